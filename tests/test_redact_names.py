"""Names, places and organisations nobody registered."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her brother Tobias came.", "Tobias"),
        ("Referred by Dr Olusegun Adeyemi today.", "Olusegun Adeyemi"),
        ("Spoke to Mr. May about it.", "May"),
        ("My name is Ján M. Novák.", "Ján M. Novák"),
        ("my sister grace called", "grace"),
        ("follow up with patricia desrosiers", "patricia desrosiers"),
        ("We moved here from Tjæreborg", "Tjæreborg"),
        ("Founders: Monjeau, Graves and Reed.", "Reed"),
        ("I work for Lending Club now.", "Lending Club"),
    ],
)
def test_positives(text: str, value: str) -> None:
    assert value in [v for v, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "What are my options?",
        "Capitalized words like Wisdom and Discipline are often mistaken with names.",
        "Maybe it will rain.",
        "The Client said the Session helped.",
    ],
)
def test_ordinary_words_are_kept(text: str) -> None:
    assert found(text) == []


def test_places_and_orgs_get_their_placeholders() -> None:
    out = redact("She lives in Sheffield and works at Riverside Medical Centre.").text
    assert out == "She lives in [PLACE] and works at [ORG]."


def test_titles_may_stay() -> None:
    assert redact("Dr. Helen Achterberg called.").text == "Dr. [PERSON-1] called."
