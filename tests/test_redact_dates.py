"""Dates and ages: every common form, but bare years and scores are kept."""

from __future__ import annotations

import pytest

from confvault.redact import detect


def dated(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.category in ("DATE", "AGE")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seen on 14/03/2025.", "14/03/2025"),
        ("seen on 2025-03-14.", "2025-03-14"),
        ("born March 14th, 1990", "March 14th, 1990"),
        ("due 14 Mar", "14 Mar"),
        ("Today is 5-May-2021", "5-May-2021"),
        ("Today is 21.5.21", "21.5.21"),
        ("meet Tuesday", "Tuesday"),
        ("since 5/21", "5/21"),
        ("stamp 2024-03-15T14:30:00Z ok", "2024-03-15T14:30:00Z"),
        ("grandmother is 94 years old", "94 years old"),
        ("aged 91", "91"),
        ("seen on the 3rd of May.", "the 3rd of May"),
        ("since May 2019 she has", "May 2019"),  # month and year is redacted
        ("on Tuesday 4 March at 3pm", "Tuesday 4 March at 3pm"),
        ("at 10:30 on 14/03/2025", "10:30 on 14/03/2025"),
        ("Tuesday, 4th March 2025 at 14:30", "Tuesday, 4th March 2025 at 14:30"),
        ("Mon 3 March", "Mon 3 March"),
    ],
)
def test_positives(text: str, value: str) -> None:
    assert value in dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "back in 2019 things were hard",  # a bare year is kept
        "mood went from 3/10 to 6/10",  # scores, not dates
        "she is 45 years old",  # ages under 90 are kept
        "you may come",
        "Version 1.2.3",
        "meet at 3pm",  # a time of day alone is kept
        "founded in 1977",
    ],
)
def test_negatives(text: str) -> None:
    assert dated(text) == []


def test_relative_word_stays_readable() -> None:
    from confvault.redact import redact

    assert redact("we met last Tuesday.").text == "we met last [DATE]."


@pytest.mark.parametrize(
    "text, value",
    [
        # a day and month with no year after a note's own cue, or written with a zero
        ("seen 05/06, DNA 03/04, next appt 17/06", "05/06"),
        ("seen 05/06, DNA 03/04, next appt 17/06", "03/04"),
        ("w/c 3/6 she is away", "3/6"),
        ("on 14/06 call with mum she cried", "14/06"),  # a count is never 14/06
        ("DNA 21/03 appt, rebooked", "21/03"),
    ],
)
def test_day_and_month_after_a_note_cue(text: str, value: str) -> None:
    assert value in dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "DNA 2/3 sessions this term",  # counts, not dates
        "attended 4/5 sessions",
        "seen 4/5 times by the GP",
        "seen 5/6 and DNA 3/4",  # "did not attend 3 of 4" as often as a date
        "Attended 4/6 sessions (DNA 2/6), discharged.",
        "cancelled 2/3 of her sessions this term",
        "seen 3/7 ago by GP",  # three days, in clinical shorthand
        "on 2/3 sessions she was late",
        "Sleep rated 05/10 this week.",  # a score, even with a zero
        "Scored 04/10 on the scale",
        "Distress 07/10 at start, 04/10 at end.",
        "Urges 06/10 today",
        "Took 1/2 a tablet.",
    ],
)
def test_counts_and_scores_with_note_cues_stay(text: str) -> None:
    assert dated(text) == []
