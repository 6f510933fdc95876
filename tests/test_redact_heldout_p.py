"""Rules written against held-out batch P once it was read (session 9, after its
blind figures were taken), each with the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Student no. 2081, Room 214 Kelvin House. Emergency contact dad.", "214"),
        ("Sana goes to Jamia Masjid on Fridays with her dad", "Jamia"),
        ("Dorothy's 89, Arthur's 92, married 70 years.", "92"),
        ("Befriending: Harold is 101 (!!) and still does the crossword", "101"),
        ("Vernon's been ringing 555-0119 for two weeks thinking it was the line", "0119"),
        ("Caller gave her name as 'Jazz'. Said her stepdad has been coming in.", "Jazz"),
        ("Chloe's moved from the refuge to a flat. Feels isolated.", "Chloe"),
        ("Chloe moved from the refuge to a flat.", "Chloe"),
        ("Li Na (\u674e\u5a1c) asked that we use her English name", "\u674e"),
        ("Her son got jumped outside PS 96 on the way home.", "96"),
        # the fourteenth review: what the first rules missed
        ("Now staying in Room 14, Elm Lodge, since the eviction.", "Elm"),
        ("She's in Room 214 Kelvin House now.", "Kelvin"),
        # and the people the first keep-rules let through
        ("Spoke to a Sharon at the DWP who said the sanction stands.", "Sharon"),
        ("Moved to an Oldham refuge.", "Oldham"),
        ("Rose from Housing rang back.", "Rose"),
        ("Actions: Dawn to ring the GP.", "Dawn"),
        ("Drew a knife on him.", "Drew"),
    ],
)
def test_batch_p_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lad said his dad went away. Drew a picture of a house with no door.",
        "Parole hearing deferred again.",
        "Amber warning for snow so half the visits were calls.",
        "Rose from her chair three times during the hour.",
        "She's a Christian and finds the prayer group a comfort.",
        "Signposted to the ACAS helpline.",
        "Session moved to Room 12B because of the fire drill.",
        "Sunny today and she came outside.",
        "Dawn to dusk she's either crying or furious.",
        "Patience wearing thin with the process.",
        "Chase up the DWP re: the sanction.",
        "I'm not being a Karen, I just want to know.",
        # near misses of the new rules
        "Rang Housing about the repair.",
        "Visited Mum's Nursing Home today.",
        "Hope's been hard to find lately.",
        # the fourteenth review: damage the first rules did
        "Rang Jobcentre to rebook.",
        "Hope left her when the baby was taken.",
        "Temple went quiet after the Imam left.",
        "He put the name as 'Unknown' on the form.",
        "He sold his PS4 on Facebook.",
        "PS 1: she asked about the forms.",
        "Hope is 98, that's what the nurse said.",
        "Dial-a-Ride booking 20231112 confirmed.",
        "The ward is 95% full tonight.",
        "Score is 92 out of 100.",
        "Page 96 of the form.",
    ],
)
def test_batch_p_plain_words_stay(text: str) -> None:
    assert _out(text) == text


def test_word_names_are_still_people_when_they_act() -> None:
    assert "Rose" not in _out("Rose said she was fine.")
    assert "Drew" not in _out("Drew came in late.")


def test_new_rules_stay_linear() -> None:
    assert grows_linearly(
        lambda n: (
            "Room 214 Kelvin House " * n
            + "Met at Random House. " * n
            + "Chloe's been Li Na (\u674e\u5a1c) " * n
        ),
        detect,
    )


def _word(i: int) -> str:
    """A distinct made-up capitalised word for each i ("Bab", "Bac", ...)."""
    letters = ""
    for _ in range(3):
        letters += "bcdfghjklmnpqrstvwxz"[i % 20] + "aeiou"[i % 5]
        i //= 20
    return letters.capitalize()


def test_many_distinct_bodies_stay_linear() -> None:
    """Each named building's first word is looked for again: with thousands of
    distinct ones the text must still be read once, not once a name."""
    assert grows_linearly(
        lambda n: "".join(f"Met at {_word(i)} House. " for i in range(n)),
        detect,
        small=200,
    )
