"""A hostile review of the rules written against batch M and dictated notes
(session 7) tried to break them; each finding that was mended is a case here."""

from __future__ import annotations

import pytest

from confvault.redact import redact


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        # a stand at a match, a stand in an exercise
        "We sat in Stand 4 at the match.",
        "Stand 30 seconds then sit.",
        # title-case headings that look like street corners
        "She is a big fan of Disney and Broadway musicals.",
        "SESSION PLAN: Focus on Housing and Main Concerns",
        "We will work on Anger and Oak Tree exercise.",
        # spoken times and amounts with "hundred"
        "Obs checked at oh six hundred, oh nine hundred and midday.",
        "Arrears went two hundred, four hundred, six hundred, eight hundred over the year.",
        # "ok" after a worker, a relative in quotes
        "the support worker is ok, thanks",
        "living with 'Nan' since the move",
        # the age of a thing
        "they live in a hundred-year-old cottage",
        "A ninety year old law still applies.",
        # products, and a count after a date
        "He plays FootballManager24 all night.",
        "He wants AirMax90 trainers.",
        "She got the number seven bus home.",
        "She confided in her sister South of the river.",
    ],
)
def test_review10_damage_is_gone(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Her number is oh seven seven double oh nine hundred and four two two.", "four two"),
        ("Home visit to stand 2281, extension 6, Diepsloot", "2281"),
        ("She sleeps outside 5th and Main.", "Main"),
        ("social worker is jo", "jo"),
        ("a ninety two yr old caller rang twice", "ninety"),
        ("Away from 3 till 9 June.", "3 till"),
    ],
)
def test_review10_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_a_count_after_a_date_stays() -> None:
    assert _out("On 4 April two thousand people marched.") == (
        "On [DATE] two thousand people marched."
    )


def test_a_house_number_read_out_needs_a_street_after_it() -> None:
    assert _out("She got the number seven Leeds train.") == (
        "She got the number seven [PLACE] train."
    )


@pytest.mark.parametrize(
    "text, gone",
    [
        # near variants the review listed as left open, found at the session's end
        ("Her NIN: 701 2345 6789.", "2345"),
        ("She was born on 3 March in nineteen ninety.", "ninety"),
        ("Her email is m dash kowalski seventy six at hotmail dot co dot uk", "kowalski"),
        ("email is jo hyphen bloggs at gmail dot com", "bloggs"),
        ("Mr al-Hashimi says the interpreter misunderstood.", "Hashimi"),
        ("The al-Hashimi family were evicted.", "Hashimi"),
    ],
)
def test_review10_left_open_now_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("On 3 March in twenty minutes she had left", "in twenty minutes"),
        ("the dash at the end of the sentence at work", "the dash at the end"),
        ("go to the al-Noor centre on the corner", "al-Noor centre"),  # no title or family
    ],
)
def test_review10_left_open_near_misses_stay(text: str, kept: str) -> None:
    assert kept in _out(text)
