"""Phone numbers read out in words."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("her number is oh seven seven double oh nine double oh one two three",
         "oh seven seven double oh nine double oh one two three"),
        ("call him on seven-seven-oh-oh, nine-oh-oh, one two three",
         "seven-seven-oh-oh, nine-oh-oh, one two three"),
        ("Mobile: Seven Seven Oh Oh Nine Oh Oh Nine Eight Two.",
         "Seven Seven Oh Oh Nine Oh Oh Nine Eight Two"),
        ("try triple one triple two double three", "triple one triple two double three"),
    ],
)  # fmt: skip
def test_a_number_read_out_in_words_is_a_phone(text: str, number: str) -> None:
    assert [(text[s.start : s.end], s.category) for s in detect(text)] == [(number, "PHONE")]


@pytest.mark.parametrize(
    "text",
    [
        "we counted one two three four five together",  # too short for a number
        "one two three four five six seven",
        "counting down nine eight seven six five four three two one",  # counting, not a number
        "one two three four five six seven eight nine",
        "she said two or three times, maybe four",
        "It was one of two. One-nine-eight-four is a book",
    ],
)
def test_counting_and_short_runs_stay(text: str) -> None:
    assert redact(text).text == text


def test_cost_grows_linearly() -> None:
    assert grows_linearly(lambda n: "one double two, " * n + "oh", detect)


@pytest.mark.parametrize(
    "text",
    [
        "Number: oh seven seven. nine oh one. two three four.",
        "077 nine zero one two three four",
        "0 seven seven 0 0 nine 0 0 one two three",
        "o seven seven double o nine double o one two three",
    ],
)
def test_a_number_read_out_with_other_separators_or_figures(text: str) -> None:
    assert [s.category for s in detect(text)] == ["PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "counting one two three four, one two three four.",  # a rhythm said twice
        "Dance routine: five six seven eight, one two three four.",  # eight, no zero
        "Rated mood each day: six, five, seven, four, six, five, eight, seven.",  # a list
        "Scores were one, two, two, three, one, zero, two, one.",
        "Step count: one two, one two, one two, one two.",
    ],
)
def test_counts_rhythms_and_lists_of_scores_stay(text: str) -> None:
    assert redact(text).text == text


def test_long_s_and_dotted_i_do_not_break_it() -> None:
    for text in ["one two three \u017fix", "Call me on one two three f\u0130ve"]:
        assert redact(text).text.startswith(text[:5])  # no exception; nothing lost


def test_figures_then_words() -> None:
    text = "ring 07700 900 four five six"
    assert [(text[s.start : s.end], s.category) for s in detect(text)] == [
        ("07700 900 four five six", "PHONE")
    ]
