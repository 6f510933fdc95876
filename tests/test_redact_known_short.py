"""Short and long forms of a registered first name (redact/known_short.py): the
registered person, found as surely as the registered term (session 10)."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact
from tests.linear_time import grows_linearly

_PEGGY = [KnownClient("C1", ("Margaret Fairclough", "Peggy"), ("Dennis Fairclough",))]
_WILLIAM = [KnownClient("C2", ("William Hart",), ())]


def test_short_forms_are_the_registered_people() -> None:
    out = redact("Margaret came in. Met Maggie and her husband Denny at the club.", _PEGGY).text
    assert out.startswith("C1 came in. Met C1 and her husband [PERSON-1]")


def test_a_form_in_a_note_that_never_names_the_person_is_someone_else() -> None:
    # no "Margaret" in the note: this Maggie is not taken for the client (the other
    # detectors still remove her as a person)
    spans = detect("Met Maggie at the club.", _PEGGY)
    assert [s.source for s in spans] == ["lexicon"]


def test_the_start_of_a_first_name_after_a_relative() -> None:
    out = redact("Stroke club went well. Husband Den was there too.", _PEGGY).text
    assert "Den " not in out and "[PERSON-1]" in out
    spans = detect("Husband Den was there too.", _PEGGY)
    assert [(s.category, s.source, s.ref) for s in spans] == [
        ("NAME", "known-other", "Dennis Fairclough")
    ]


def test_a_long_form_of_a_registered_short_name() -> None:
    out = redact(
        "Bill rang. Saw William at the club, then Billy again.",
        [KnownClient("C3", ("Bill Hart",), ())],
    ).text
    assert "William" not in out and "C3" in out


_JORDAN = [KnownClient("River", ("Jordan Blake", "Jo"), ("Sam Blake",))]


def test_pet_names_cut_from_a_registered_name() -> None:
    # cut short with a pet name's ending, even opening a sentence when no frequent
    # word ("Jordy" is in the frequency lists only from film subtitles)
    out = redact("Jordan's week. Jordy came in late. Saw Jordo again after.", _JORDAN).text
    assert out == "River's week. River came in late. Saw River again after."


def test_short_names_of_months_and_days_are_no_forms() -> None:
    k = [KnownClient("C4", ("Margaret Sun",), ())]
    spans = detect("Seen since Mar, and again on Sat.", k)
    assert [s.source for s in spans if s.source.startswith("known")] == []


def test_a_longer_registered_match_wins_over_a_short_form() -> None:
    text = "Met Priya Moreno near Blak.e Dana today."
    k = [KnownClient("C5", ("Priya Moreno", "Blake Dana"), ())]
    out = redact(text, k).text
    assert ".e" not in out and "Blak" not in out


def test_initials_of_a_registered_place_of_three_words() -> None:
    k = [KnownClient("C1", ("Maria Dela Cruz", "Leeds General Infirmary"), ())]
    assert "LGI" not in redact("Seen at LGI on the ward.", k).text
    # two letters, and a person's initials, are as often a role or a service
    k2 = [KnownClient("C2", ("Emily Sarah Adams", "South Woodford"), ("Sam Wilson",))]
    assert redact("SW visited. Her ESA was stopped.", k2).text == (
        "SW visited. Her ESA was stopped."
    )


@pytest.mark.parametrize(
    "name, text, word",
    [
        # review 17: cuts and listed forms that are words, or another person's name
        ("Courtney Blake", "Courtney missed it. The Family Court date was moved.", "Court"),
        ("Lawrence Okoye", "Lawrence wants to study Law next year.", "Law"),
        ("Grant Hughes", "Grant stays with his Gran on weekends.", "Gran"),
        ("Christopher Lamb", "Christopher said, for Christ's sake, leave it.", "Christ"),
        # a surname's and a town's words give no forms
        ("Ellis Johnson", "Ellis Johnson came in. His friend John came too.", "John"),
        ("Sam Ng, Preston", "Sam was in the local Press again.", "Press"),
    ],
)
def test_review17_words_and_other_people_are_no_forms(name: str, text: str, word: str) -> None:
    k = [KnownClient("C1", tuple(p.strip() for p in name.split(",")), ())]
    i = text.rindex(word)  # (not inside the registered name)
    known = [s for s in detect(text, k) if s.source.startswith("known") and s.start <= i < s.end]
    assert known == []


def test_other_clients_do_not_appear_in_a_note() -> None:
    # review 17: with several clients registered (an export), a note about one of them
    # named a friend and a sister who shared pet names with two others
    clients = [
        KnownClient("C1", ("Christopher Lamb",), ()),
        KnownClient("C2", ("Kemi Adeyemi",), ()),
        KnownClient("C3", ("Martin Cole",), ()),
    ]
    out = redact("Kemi came with her friend Chris and her sister Mary.", clients).text
    assert "C1" not in out and "C3" not in out and out.startswith("C2 came")


def test_a_registered_word_broken_by_a_hyphen_at_a_line_end() -> None:
    k = [KnownClient("C1", ("Aroha Ngata",), ())]
    out = redact("Aroha Nga-\nta wants to move back.", k).text
    assert "ta wants" not in out and out.endswith("wants to move back.")
    assert redact("a well-\nknown fact", k).text == "a well-\nknown fact"


def test_words_stay_words() -> None:
    # lower case is never a form; a word-form opening a sentence is not the client
    text = "the den was messy and the gas bill came. Will call back on Monday."
    assert detect(text, _PEGGY + _WILLIAM) == [
        s for s in detect(text) if text[s.start : s.end] == "Monday"
    ]
    # "Den" without a relative before it is no form of "Dennis"
    assert not [s for s in detect("Den of thieves, he called it.", _PEGGY) if s.source != "lexicon"]
    # a form of a name nobody registered is no known hit
    assert not [s for s in detect("Met with Maggie at the club.") if s.source.startswith("known")]


def test_sentence_start_forms_that_are_words_still_go_when_a_name() -> None:
    # "Bill" opening a sentence is left to the other detectors, which take it
    assert "Bill" not in redact("Bill came in today. He was calm.", _WILLIAM).text


def test_short_forms_take_linear_time() -> None:
    assert grows_linearly(
        lambda n: "Husband Den and Maggie, Husband Denni " * n, lambda t: detect(t, _PEGGY)
    )
