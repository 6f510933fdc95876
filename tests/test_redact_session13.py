"""Rules and fixes of session 13, each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


# --- a named house, and what it runs -------------------------------------------------


@pytest.mark.parametrize(
    "text, body",
    [
        ("She's started the Jacaranda House day program.", "Jacaranda House"),
        ("He walked out of Birchfield House hostel after a row.", "Birchfield House"),
        ("The respite week at Wattle Grove Respite House fell through.", "Wattle Grove"),
    ],
)
def test_a_house_before_what_it_runs_is_a_body(text: str, body: str) -> None:
    out = redact(text).text
    assert "[ORG]" in out
    assert not any(w in out for w in body.split()), out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Leeds House prices went up again.", "House prices"),  # a noun after it
        ("Took Jordan Home day after the party.", "Home day"),  # a person, not a home
    ],
)
def test_house_before_a_plain_noun_stays_a_word(text: str, kept: str) -> None:
    assert kept in redact(text).text
