"""E-mail, URLs, IP and MAC addresses, phone numbers."""

from __future__ import annotations

import pytest

from confvault.redact import detect


def cats(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "mail me at jo.bloggs+notes@example.co.uk today",
            "jo.bloggs+notes@example.co.uk",
            "EMAIL",
        ),
        ("see https://example.org/a?b=1.", "https://example.org/a?b=1", "URL"),
        ("visit www.example.com now", "www.example.com", "URL"),
        ("domain example.net is theirs", "example.net", "URL"),
        ("from 192.168.0.1, again", "192.168.0.1", "URL"),
        ("v6 2001:db8::1 here", "2001:db8::1", "URL"),
        ("mac 00:1A:2B:3C:4D:5E", "00:1A:2B:3C:4D:5E", "ID"),
        ("call (415) 555-0132 now", "(415) 555-0132", "PHONE"),
        ("UK mobile 07700 900461.", "07700 900461", "PHONE"),
        ("abroad +33 1 42 68 53 00 ok", "+33 1 42 68 53 00", "PHONE"),
        ("Phone: 451 5986", "451 5986", "PHONE"),
    ],
)
def test_positives(text: str, value: str, category: str) -> None:
    assert (value, category) in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "my email is info@presidio.",
        "Time 12:34:56",
        "Version 1.2.3",
        "std::cout and MyClass::toString",
        "256.256.256.256",
        "Broadcast: FF:FF:FF:FF:FF:FF",
        "we scored 7 out of 10",
        "the year 2019",
    ],
)
def test_negatives(text: str) -> None:
    assert not [c for c in cats(text) if c[1] in ("EMAIL", "URL", "PHONE", "ID")]


def test_phonenumbers_is_not_imported_by_the_package() -> None:
    import subprocess
    import sys

    code = "import sys, confvault.redact; print('phonenumbers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
