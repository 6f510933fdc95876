"""Rules written against held-out batch R once it was read (session 10, after four
blind measurements), each with the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a family title before an ordinary word used as a name
        ("hello it's Auntie Blessing again about the school", "Blessing"),
        ("Nonna Speranza turned up with food for everyone.", "Speranza"),
        # a given name before an Arabic article surname (the given name is a place too)
        ("Rami al-Hassan came to the men's coffee group.", "Rami"),
        ("Rami al-Hassan came to the men's coffee group.", "Hassan"),
        # a one-word name in brackets after the person's role
        ("Student (Ife) - being harassed on twitter.", "Ife"),
        ("Caller (Owain), paramedic, 11 yrs in the job", "Owain"),
        # a ward or suite with a name of its own
        ("mum in with Ellie in the Bluebell Suite, breathing changed.", "Bluebell"),
        ("He's on Rowan Ward now, bay 3.", "Rowan"),
        # a handle quoted after "user"
        ("user 'Diesel_Dan_HGV' - no posts in 2 weeks", "Diesel"),
        ('username: "kaz_1987" flagged by the mods', "kaz"),
        # an age over 89 after "himself" or "herself"
        ("Dementia carer on the line is himself 91, caring for his wife.", "91"),
        # a word of a full name that no name list holds, met again alone
        ("Saw Ranjit Sohal and his wife. Ranjit quiet - low since the licence.", "Ranjit"),
        # a police log reference of four digits
        ("Police informed, log ref 0412 of 14/06", "0412"),
    ],
)
def test_batch_r_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses of each rule
        "Auntie Said no to the sleepover, which was fair.",
        "Student (Nursing) placement ended early.",
        "Client (Retired) asked about volunteering.",
        "Caller (Anonymous) hung up after a minute.",
        "Transferred to the Maternity Ward overnight.",
        "They let the family use the Family Suite.",
        "Moved to the Day Ward for the infusion.",
        "The user said the app kept crashing.",
        "She is herself 45 and caring for both parents.",
        "Her mum is 91.",  # ages are found as before
        "ref 12 pages of the report were missing",
        "Rang in 2019 about the same thing.",
    ],
)
def test_batch_r_near_misses_stay(text: str) -> None:
    found = {text[s.start : s.end] for s in detect(text)}
    if text == "Her mum is 91.":
        assert found == {"91"}
    else:
        assert found == set(), found


def test_a_name_that_is_also_a_word_still_needs_a_verb_again() -> None:
    text = "John Green came in. Green light from the panel for the flat."
    assert [text[s.start : s.end] for s in detect(text)] == ["John Green"]


def test_batch_r_rules_take_linear_time() -> None:
    assert grows_linearly(
        lambda n: (
            "Auntie Blessing " * n
            + "Rami al-Hassan " * n
            + "Student (Ife) " * n
            + "Bluebell Suite " * n
            + "user 'a_b' " * n
            + "is himself 91 " * n
            + "Barangay Purok Sitio " * n
        ),
        detect,
    )
