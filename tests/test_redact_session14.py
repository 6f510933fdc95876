"""Rules and fixes of session 14, each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


# --- the opening words of a registered name ---------------------------------------------

KAYDEN = KnownClient("C1", ("Kayden Frost",), ("Leanne Frost", "Hollins Park School"))


@pytest.mark.parametrize(
    "text",
    [
        "Leanne says hollins park are sending work home.",
        "Leanne says Hollins  Park are sending work home.",
        "Leanne says HOLLINS PARK rang.",
    ],
)
def test_a_registered_name_without_its_generic_tail_goes_whole(text: str) -> None:
    out = redact(text, [KAYDEN]).text
    assert "[ORG]" in out
    assert "park" not in out.lower() and "hollins" not in out.lower(), out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("We walked in the park after school.", "park after school"),
        ("The park school run was late.", "park school run"),  # not the term's opening
    ],
)
def test_the_generic_words_alone_stay(text: str, kept: str) -> None:
    assert kept in redact(text, [KAYDEN]).text
