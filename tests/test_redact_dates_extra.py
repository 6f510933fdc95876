"""Dates and ages as support notes write them (redact/dates_extra.py); each case was
a leak found by a hostile review of the engine."""

from __future__ import annotations

import pytest

from confvault.redact import detect
from confvault.redact.dates_extra import detect as detect_extra
from tests.linear_time import grows_linearly


@pytest.mark.parametrize(
    ("text", "found", "category"),
    [
        ("her mum died on Boxing Day 2021", "Boxing Day 2021", "DATE"),
        ("New Year's Eve 2023 was hard", "New Year's Eve 2023", "DATE"),
        ("since Christmas, 1999", "Christmas, 1999", "DATE"),
        ("DOB 19870312", "19870312", "DATE"),
        ("dob: 12031987", "12031987", "DATE"),
        ("DOB 2001/03/12", "2001/03/12", "DATE"),
        ("last Tues 14th she self harmed", "Tues 14th", "DATE"),
        ("on the 3rd she called", "3rd", "DATE"),
        ("her gran is 94", "94", "AGE"),
        ("nan (95) fell", "95", "AGE"),
        ("her nani (94) lives with them", "94", "AGE"),
        ("mum beryl (94) lives alone", "94", "AGE"),
        ("her fella paddy (94?) is unsure", "94", "AGE"),
        ("Rahul (92) came in", "92", "AGE"),
        ("my gran, 96, fell", "96", "AGE"),
        ("her nan's 92nd birthday party", "92nd", "AGE"),
        ("she is aged ninety-four", "ninety-four", "AGE"),
    ],
)
def test_found(text: str, found: str, category: str) -> None:
    spans = [s for s in detect(text) if s.category == category]
    assert [text[s.start : s.end] for s in spans] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "at Christmas she cried",
        "the 1990s were hard",
        "her dad is 95 kg",
        "his mum was 90 minutes late",
        "my 14th birthday",
        "version 2001.03.12 of the form",
        "DOB unknown, ref 12345678",
        "dob 99999999",
        "190 people came",
        "growth (94%) was slow",
        "item 3 (94)",
    ],
)
def test_kept(text: str) -> None:
    assert detect_extra(text) == []


def test_caller_may_say_there_is_no_digit() -> None:
    assert detect_extra("her gran is 94", digits=False) == []
    assert [s.category for s in detect_extra("aged ninety", digits=False)] == ["AGE"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [("gets 24/7 support", True), ("on 24/7 she called", False), ("met 25/7", False)],
)
def test_all_day_every_day_is_no_date(text: str, kept: bool) -> None:
    assert (detect(text) == []) is kept


@pytest.mark.parametrize("text", ["tried to ring 3 times", "told to ring 999", "tie 2 knots"])
def test_english_words_that_are_street_types_elsewhere(text: str) -> None:
    """German "Ring" and Finnish "tie" are street types; in lower-case text "to ring
    3 times" was an address."""
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "found", "category"),
    [
        ("next appt the 3rd", "3rd", "DATE"),
        ("session moved to weds 5th", "weds 5th", "DATE"),
        ("he was born in Feb '88", "Feb '88", "DATE"),
        ("her great-gran (age ninety-three) is dying", "ninety-three", "AGE"),
        ("zip is 90210", "90210", "LOCATION"),
    ],
)
def test_more_forms_from_the_review(text: str, found: str, category: str) -> None:
    spans = [s for s in detect(text) if s.category == category]
    assert [text[s.start : s.end] for s in spans] == [found]
    assert [s for s in detect(text) if s.category not in (category,)] == []


@pytest.mark.parametrize("text", ["the 3rd time she rang", "it's the 3rd time"])
def test_an_ordinal_that_counts_stays(text: str) -> None:
    assert detect(text) == []


@pytest.mark.parametrize(
    ("text", "found", "category"),
    [
        ("last sat she relapsed", "sat", "DATE"),
        ("on weds", "weds", "DATE"),
        ("Thurs 6pm", "Thurs", "DATE"),
        ("NYE 2022", "NYE 2022", "DATE"),
        ("Anzac Day 2022", "Anzac Day 2022", "DATE"),
        ("wk of the 14th", "14th", "DATE"),
        ("2 wks ago (the 1st)", "1st", "DATE"),
        ("she's 94", "94", "AGE"),
        ("she is 91 and still driving", "91", "AGE"),
    ],
)
def test_third_round_from_the_review(text: str, found: str, category: str) -> None:
    assert [text[s.start : s.end] for s in detect(text)] == [found]
    assert {s.category for s in detect(text)} == {category}


@pytest.mark.parametrize(
    "text",
    ["I sat on the sofa", "on the 3rd floor", "one of the 3rd floor flats", "he was 95 kg",
     "they are 90 minutes away", "his 2nd birthday"],
)  # fmt: skip
def test_third_round_kept(text: str) -> None:
    assert detect(text) == []


# Days written as words, days after a label or a dating word: a second hostile review's leaks.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("born March the 12th", "March the 12th"),
        ("d.o.b. third of march 2001", "third of march 2001"),
        ("born on the twelfth of March", "twelfth of March"),
        ("on the fifth of may", "fifth of may"),
        ("on the twenty-first of June", "twenty-first of June"),
        ("the 3rd of next month", "3rd"),
        ("dob 12th", "12th"),
        ("dob: 12 3 87", "12 3 87"),
        ("DOB 4.7.1990", "4.7.1990"),
        ("born 12 3 87", "12 3 87"),
        ("court 12.06", "12.06"),
        ("next sesh 14-5", "14-5"),
        ("next sess thurs 9/11", "thurs 9/11"),  # (the weekday with it: session 15)
        ("hearing: 3/4", "3/4"),
    ],
)
def test_days_in_words_and_after_a_dating_word(text: str, found: str) -> None:
    spans = [s for s in detect(text) if s.category == "DATE"]
    assert [text[s.start : s.end] for s in spans] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "first of all, she is safe",
        "the second of the two",
        "session 3/6 today",
        "scored 3/10 this week",
        "born 2 weeks early",
        "DOB 13 13 87",
        "court 3/4 of the way",
        "thurs 12.30pm",
        "may the best one win",
        "the 3rd of the group",
    ],
)
def test_near_misses_of_days_are_kept(text: str) -> None:
    assert [s for s in detect(text) if s.category == "DATE"] == []


def test_day_rules_cost_linear_time() -> None:
    def make(n: int) -> str:
        return "dob " + "1 " * n + "court " + "9." * n + " the " + "twelfth of " * n

    assert grows_linearly(make, detect_extra, floor=1e-4)


@pytest.mark.parametrize(
    ("text", "age"),
    [("Husband is 93, she's 71", "93"),
     ("says her own mum lived to 98", "98"),
     ("he's ninety-five, lives with us", "ninety-five"),
     ("Gran's 99th was at the weekend", "99th"),
     ("Mrs Kaur is 91, lives w/ son", "91"),
     ("Mr O'Brien was 94 and still driving", "94")],
)  # fmt: skip
def test_more_ways_of_giving_an_age_over_89(text: str, age: str) -> None:
    assert (age, "AGE") in [(text[s.start : s.end], s.category) for s in detect(text)]


@pytest.mark.parametrize(
    "text",
    ["the team's 95th anniversary", "Dr Smith is 95% sure", "it lived to 95 years ago"],
)
def test_numbers_that_are_no_age_stay(text: str) -> None:
    assert all(s.category != "AGE" for s in detect(text))


def test_us_is_a_pronoun_not_a_name() -> None:
    assert detect("he lives with us now") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [("last drink was new years eve, so nearly 3 months sober", "new years eve"),
     ("on Valentines Day he turned up drunk", "Valentines Day"),
     ("Christmas Day was hard without her mum", "Christmas Day"),
     ("on Boxing Day we talked", "Boxing Day")],
)  # fmt: skip
def test_a_holiday_that_is_one_day_dates_without_a_year(text: str, day: str) -> None:
    assert (day, "DATE") in [(text[s.start : s.end], s.category) for s in detect(text)]


@pytest.mark.parametrize("text", ["she hates Christmas, always has", "moved to Canada last year"])
def test_a_season_or_a_country_is_no_holiday(text: str) -> None:
    assert all(s.category != "DATE" for s in detect(text))


def test_an_age_next_door_and_the_words_after_it_stay() -> None:
    text = "the lady next door is 95 and still gardens"
    assert [(text[s.start : s.end], s.category) for s in detect(text)] == [("95", "AGE")]
    text = "Mrs Nguyen next door, 93, found her on the stairs"
    assert ("93", "AGE") in [(text[s.start : s.end], s.category) for s in detect(text)]
