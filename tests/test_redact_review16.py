"""The sixteenth and eighteenth hostile reviews (session 10), of the session's rules: each
finding as a test, so that the mends stay."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact
from confvault.redact.lexicon import lexicon
from confvault.redact.world_words import WORLD_WORDS
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # 1-4: given names, surnames and places the first word list held as words
        ("Lassi Korhonen came in again. Lassi says the shifts are wrecking him.", "Lassi"),
        ("Umid Karimov, 27, agency work. Umid is worried about his visa.", "Umid"),
        ("Danish Iqbal, 22, came with his cousin. Danish has been gambling again.", "Danish"),
        ("Teina came in with his nan. Teina has been kicked out of kura.", "Teina"),
        ("Moldovan is the landlord; Moldovan says he'll change the locks.", "Moldovan"),
        ("She is going back to Ganja to care for her father.", "Ganja"),
        # a word of the list before a surname found is the first name
        ("Roti Okafor attended; Roti talked about the bereavement.", "Roti"),
        # 9: an age at the end of a sentence
        ("Her husband is her carer but is himself 93.", "93"),
    ],
)
def test_review16_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # 5: festivals and surahs are no names
        "They celebrated Eid al-Fitr with family, first time in years.",
        "Reads Surah al-Baqarah at night to settle herself.",
        # 6: the note's own words after a family title or in a role's brackets
        "Took Grandma Tues to the hospital, she was fine.",
        "She has been living in the Granny Annexe since the split.",
        "Patient (Diabetic) missed meals.",
        "Parent (Stepmum) wants contact with the kids.",
        "Caller (Nonbinary) asked for a different volunteer.",
        # 7: a barangay's offices and documents
        "She got a Barangay Protection Order against him last year.",
        "Her dad is the Barangay Captain back home.",
        # 8: kinds of suite
        "Transferred to the Endoscopy Suite then home.",
        "Their flat has an En Suite but no heating.",
        # 9: minutes are no age
        "The carer was herself 90 minutes late to the review.",
        # 10: counts and amounts after "reference"
        "Essay without reference, 2500 words, and she hasn't started.",
        "Her son is a football ref, 1200 games now.",
        "Ref: 2300 hrs incident at the hostel.",
        "The reference is 1000% wrong she said.",
        # 12: kept in common wording
        "Dr Google said it was cancer and she panicked.",
    ],
)
def test_review16_damage_is_mended(text: str) -> None:
    assert detect(text) == [], [text[s.start : s.end] for s in detect(text)]


def test_the_red_cross_before_a_role() -> None:
    text = "Spoke to Red Cross caseworker Amina about the family reunion."
    assert [text[s.start : s.end] for s in detect(text)] == ["Amina"]


def test_barangay_name_stops_before_a_relative() -> None:
    out = _out("Family still in Barangay Malinis Mum says it flooded again.")
    assert out == "Family still in [PLACE] Mum says it flooded again."


def test_no_long_world_word_is_in_the_name_or_place_lists() -> None:
    lex = lexicon()
    languages = {"spanish", "russian", "greek", "czech", "malay", "maltese", "slovak"}
    languages |= {"sicilian", "basque", "kazakh", "tagalog", "cebuano", "igbo", "gikuyu"}
    languages |= {"pasifika", "seder", "shinto"}
    listed = {
        w
        for w in WORLD_WORDS
        if len(w) > 3 and (w in lex.surnames or w in lex.places or w in lex.first_names)
    }
    assert listed <= languages, sorted(listed - languages)


def test_kept_phrases_take_linear_time() -> None:
    # 11: each kept phrase asked every name before it (23.5 s at 400 kB)
    assert grows_linearly(lambda n: "Jo. Red Cross. Jo. " * n, detect)
    assert grows_linearly(lambda n: "kirsty ward rounds " * n, detect)


@pytest.mark.parametrize(
    "text",
    [
        # review 18: the cue rules and the OCR reading on ordinary text
        "She prefers Tea.",
        "'Sorry' to the family, she said.",
        "Teacher (Maths) rang about the detention.",
        "Client is 95 kilos and wants to lose weight.",
        "Lvl10 on the game, Ep01 of the show, W1ll not be in.",
    ],
)
def test_review18_damage_is_mended(text: str) -> None:
    assert detect(text) == [], [text[s.start : s.end] for s in detect(text)]


@pytest.mark.parametrize(
    "text, known, gone",
    [
        # review 18: registered terms, codes and handles with 0 or 1 in them
        ("Msg from b00tsy again", [KnownClient("C1", ("b00tsy",), ())], "b00tsy"),
        ("ID emp1001 and ref kt0110 on file", [], "kt0110"),
        ("insta is chl0e.m", [], "chl0e"),
        ("GCSE Kayla came in late", [], "Kayla"),
        ("Met JD Williams at the hub", [], "Williams"),
        ("mum Gloria, 93, 3 falls this year", [], "93"),
    ],
)
def test_review18_leaks_are_found(text: str, known: list[KnownClient], gone: str) -> None:
    assert gone not in redact(text, known).text
