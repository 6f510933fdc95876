"""A name found once is removed wherever the same text repeats it; a title
inside a run of capitalised words still marks the word after it as a name."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


def test_a_name_with_a_cue_is_removed_where_it_has_none() -> None:
    out = _out("Said 'Precious is the only one who gets me' - Precious is her girlfriend.")
    assert "Precious" not in out
    # the same person keeps one number
    assert out.count("[PERSON-1]") == 2


def test_a_repeated_name_opening_a_sentence_goes_too() -> None:
    out = _out("Her sister Grace came. Grace cried a lot.")
    assert "Grace" not in out


def test_a_hyphenated_name_repeats_whole_with_its_possessive() -> None:
    out = _out("Her friend Jo-Anne rang; Jo-Anne's mum too.")
    assert "Jo-Anne" not in out and "'s mum" in out


@pytest.mark.parametrize(
    "text, kept",
    [
        # the lower-case word is an ordinary one: only the capitalised name repeats
        ("my brother Will came and said he will call", "will call"),
        ("her friend Hope rang. there is some hope.", "some hope"),
        # a word of the name inside a longer word
        ("her friend Grace rang from Graceland", "Graceland"),
    ],
)
def test_near_misses_stay(text: str, kept: str) -> None:
    assert kept in _out(text)


def test_a_name_inside_a_user_name_takes_the_whole_user_name() -> None:
    # "Grace" alone out of "Grace_99" would leave "_99" behind
    out = _out("her friend Grace rang from Grace_99 again")
    assert "_99" not in out and "[URL]" in out


@pytest.mark.parametrize(
    "text, handle",
    [("msgs from tom_22 again", "tom_22"), ("added jazK_x on there", "jazK_x")],
)
def test_words_joined_by_underscore_with_two_digits_or_a_hump_are_handles(
    text: str, handle: str
) -> None:
    assert handle not in _out(text)


@pytest.mark.parametrize(
    "text", ["the corner of {street_name}", "WHERE CLIENT_IP = ?", "a snake_case word"]
)
def test_underscored_fields_in_lower_case_or_capitals_stay(text: str) -> None:
    assert _out(text) == text


def test_ordinary_words_in_capitals_do_not_spread() -> None:
    # in capitals a detector may take a word for a name; that must not spread
    text = "WHEN THEY WEREN'T SINGING ABOUT HOBBITS THEY WERE SINGING ABOUT WHERE"
    spans = [sp for sp in detect(text) if sp.source == "repeat"]
    assert spans == []


def test_no_name_no_repeat() -> None:
    assert not any(sp.source == "repeat" for sp in detect("Grace before meals. Grace!"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ask Dr Patel.", "Patel"),
        ("For Dr Patel's supervision group today.", "Patel"),
        ("To Dr Patel, thanks.", "Patel"),
        ("Then Mr Rose came round.", "Rose"),
    ],
)
def test_a_title_inside_a_run_marks_the_name_after_it(text: str, name: str) -> None:
    assert name not in _out(text)


def test_title_near_misses() -> None:
    # a title before a function word names no one
    assert "For the" in _out("For the Dr it was a long day.")


def test_repeats_grow_linearly() -> None:
    # many distinct names, each twice: one reading of the text, not one per name
    def make(n: int) -> str:
        return " ".join(f"my friend Zq{i:05d}x met Zq{i:05d}x." for i in range(n)).replace("0", "o")

    assert grows_linearly(make, detect, small=100, floor=2e-3)


@pytest.mark.parametrize(
    "text",
    [
        # British spellings, in a note typed without capitals and in one with them
        "his behaviour at school has been worse, mum says",
        "she recognised the triggers and practised grounding",
        "she organised her jewellery and apologised",
        "Behaviour at school worse. Colours and the centre help.",
        # modern words the 1934 dictionary lacks, made of its words
        "talked about healthcare, lifestyle and the database download",
        "flashbacks and a meltdown after the podcast",
        "Flashbacks most nights. Universities were stating otherwise.",
    ],
)
def test_british_and_modern_words_are_words(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a compound ending like a place name stays suspect
        ("she moved to oakfield last year", "oakfield"),
        ("lives on the Hillcrest estate now", "Hillcrest"),
    ],
)
def test_place_like_compounds_stay_suspect(text: str, gone: str) -> None:
    assert gone not in _out(text)
