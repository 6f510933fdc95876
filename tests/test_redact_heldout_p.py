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
        ("Told Goran I'd sit in on the call with his case worker.", "Goran"),
        ("Vernon's been ringing 555-0119 for two weeks thinking it was the line", "0119"),
        ("Caller gave her name as 'Jazz'. Said her stepdad has been coming in.", "Jazz"),
        ("Chloe's moved from the refuge to a flat. Feels isolated.", "Chloe"),
        ("Chloe moved from the refuge to a flat.", "Chloe"),
        ("Li Na (\u674e\u5a1c) asked that we use her English name", "\u674e"),
        ("Her son got jumped outside PS 96 on the way home.", "96"),
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
            + "Told Goran I'd " * n
            + "Chloe's been Li Na (\u674e\u5a1c) " * n
        ),
        detect,
    )
