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


@pytest.mark.parametrize("host", ["www", "WWW", "Www", "wWw"])
def test_a_web_address_is_removed_whole_in_any_case(host: str) -> None:
    """The URL pattern ignores case; its gate once looked only for 'www.' and 'WWW.',
    so in 'Www.example.com/a/b' only the host was caught and the path stayed."""
    text = f"see {host}.example.com/jordan-blake?id=7 today"
    (span,) = detect(text)
    assert (span.category, text[span.start : span.end]) == (
        "URL",
        f"{host}.example.com/jordan-blake?id=7",
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("see 44 20 7946 0958 now", "44 20 7946 0958"),
        ("my international one is 91-415-555-0132", "91-415-555-0132"),
        ("ring 353 1 234 5678 tomorrow", "353 1 234 5678"),
    ],
)
def test_international_number_written_without_plus(text: str, number: str) -> None:
    (span,) = detect(text)
    assert (span.category, text[span.start : span.end]) == ("PHONE", number)


@pytest.mark.parametrize("text", ["44 20 7946 09", "999 20 7946 0958", "44 99 9999 9999"])
def test_country_code_lookalikes_without_plus_stay(text: str) -> None:
    """Not a valid number behind the calling code, or no tried region's code."""
    assert [s for s in detect(f"the totals were {text} today") if s.category == "PHONE"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("message her on wa.me/447700900461 tonight", "wa.me/447700900461"),
        ("see instagram.com/jordan_b.", "instagram.com/jordan_b"),
        ("go to nhs.uk/mental-health now", "nhs.uk/mental-health"),
    ],
)
def test_a_domain_is_removed_with_its_path(text: str, address: str) -> None:
    """A bare domain once lost only its host: the path ("/447700900461") stayed."""
    (span,) = detect(text)
    assert (span.category, text[span.start : span.end]) == ("URL", address)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("her insta is @priya_sharma", "@priya_sharma"),
        ("twitter @SamBlake82 ok", "@SamBlake82"),
        ("he follows @jordanb now", "@jordanb"),
        ("snap @j.b.99", "@j.b.99"),
    ],
)
def test_social_handles_are_online_addresses(text: str, handle: str) -> None:
    (span,) = detect(text)
    assert (span.category, text[span.start : span.end]) == ("URL", handle)


@pytest.mark.parametrize(
    "text", ["I was @home all day", "meet @ 5pm", "@everyone hi", "see @ab", "c@t"]
)
def test_at_signs_that_are_no_handle(text: str) -> None:
    assert [s for s in detect(text) if s.category == "URL"] == []


def test_phone_numbers_joined_by_a_slash() -> None:
    text = "mum 07700900461/07700900462 either"
    assert [text[s.start : s.end] for s in detect(text)] == ["07700900461", "07700900462"]


@pytest.mark.parametrize("text", ["ids 555555555/555555556", "dates 20230101/20230202"])
def test_slashed_digit_runs_that_are_no_phones(text: str) -> None:
    assert [s for s in detect(text) if s.category == "PHONE"] == []


@pytest.mark.parametrize(
    "text",
    ["email: j.blake at gmail dot com", "jo(at)example(dot)org",
     "write to sam [at] mail [dot] co [dot] uk now", "priya.sharma at outlook dot co dot uk",
     "email J.BLAKE AT GMAIL DOT COM"],
)  # fmt: skip
def test_an_email_address_spelled_out(text: str) -> None:
    assert [s.category for s in detect(text)] == ["EMAIL"]


@pytest.mark.parametrize("text", ["meet at the dot of 5", "she was at home dot com"])
def test_at_and_dot_in_plain_words(text: str) -> None:
    assert [s for s in detect(text) if s.category == "EMAIL"] == []


def test_spelled_email_scan_is_linear() -> None:
    import time

    from confvault.redact import patterns

    def cost(n: int) -> float:
        text = "x at " + "ab dot " * n + "zz"
        start = time.perf_counter()
        patterns.detect_web(text)
        return time.perf_counter() - start

    cost(50)
    assert cost(3200) < 40 * max(cost(400), 1e-4)  # 8x the text, far under 64x the time
