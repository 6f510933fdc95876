"""Session 25: a name after a word for a relative with no "my" or "her".

Notes drop the possessive: "Husband Pratap not eating", "Staying with friend Hafiz".
When the name is a word that film subtitles rank only far down and no dictionary
holds, the frequency lists made it an ordinary word and it stayed. Each test that
a name now goes sits beside one that an ordinary word after a relative stays.
"""

from __future__ import annotations

import pytest

from confvault.redact import redact


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # opening a clause, before what a person does
        ("Husband Pratap not eating.", "Pratap"),
        ("Shifted to the relief camp. Husband Pratap not eating.", "Pratap"),
        ("Post goes to the school. Wife Hayat was hurt in a car crash.", "Hayat"),
        ("Son Goran rang twice.", "Goran"),
        ("Cousin Pratap rang about the rent.", "Pratap"),
        # inside a sentence, with no "my", "his" or "her" before the relative
        ("Family kicked him out. Staying with friend Hafiz in Leeds.", "Hafiz"),
        ("His business partner Rhodri doesn't know.", "Rhodri"),
        ("Saw husband Pratap today.", "Pratap"),
        ("She lives with partner Goran now.", "Goran"),
    ],
)
def test_a_rare_proper_word_after_a_relative_goes(text: str, name: str) -> None:
    out = _out(text)
    assert name not in out
    assert "[PERSON-1]" in out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective or a word of medicine that no 1934 dictionary holds
        ("Mum Bipolar, off her meds again.", "Bipolar"),
        ("Mum Bipolar and off her meds.", "Bipolar"),
        ("Saw the locum doctor Dermatology referral made.", "Dermatology"),
        ("Taking her partner Xanax from a friend.", "Xanax"),
        # an ordinary word, frequent enough for the lists
        ("Mum Tearful and withdrawn.", "Tearful"),
        ("Partner Agencies were invited.", "Agencies"),
    ],
)
def test_an_ordinary_word_after_a_relative_stays(text: str, word: str) -> None:
    assert word in _out(text)


def test_without_a_relative_the_word_is_judged_as_before() -> None:
    # the rule needs the word for a relative: a drug after a verb stays
    assert "Xanax" in _out("Travel nurse, burned out. Taking Xanax from a friend.")


# Given names of other countries that the English frequency lists rank far down
# (data/world_first_names.txt.gz, from faker's locales): they counted as ordinary
# words and stayed when nothing cued them.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Told Goran about it.", "Goran"),
        ("Told Paolo about it.", "Paolo"),
        ("Met Dieter today.", "Dieter"),
        ("Filippo came in today.", "Filippo"),
        ("Konstantin was upset.", "Konstantin"),
        ("Asked Nabil to wait in the lobby.", "Nabil"),
        ("Saw Marcello and Graziella after the group.", "Graziella"),
        ("Contact number for Serge: 07700 900123.", "Serge"),
    ],
)
def test_a_ranked_given_name_goes(text: str, name: str) -> None:
    assert name not in _out(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # words faker gives as names in some locale, left out of the list by hand
        ("Server event went well, 40 people joined.", "Server"),
        ("Lucky money from her aunt via MoMo.", "Lucky"),
        ("Client says the Garda came to the house last night.", "Garda"),
        ("Safari park trip with the kids on Saturday.", "Safari"),
        ("theres no food in the house", "theres"),
    ],
)
def test_words_that_are_names_somewhere_stay(text: str, word: str) -> None:
    assert word in _out(text)


def test_the_world_list_holds_only_names_the_other_lists_treat_as_words() -> None:
    """What the build script promises of the shipped file."""
    from confvault.redact.given_names import EXTRA_FIRST_NAMES
    from confvault.redact.lexicon import lexicon, read_list

    lex = lexicon()
    names = read_list("world_first_names")
    census = frozenset(read_list("first_names"))
    assert len(names) > 150  # (193 when built)
    assert names == sorted(set(names))
    for name in names:
        assert name in lex.first_names
        assert name not in census and name not in EXTRA_FIRST_NAMES
        assert name not in lex.dictionary and name not in lex.places
        assert len(name) >= 3 and name.isalpha() and name.islower()
        assert lex.common.get(name) is not None  # ranked: the names no list ranks are not here
    for word in ("server", "lucky", "garda", "safari", "theres", "wolf"):
        assert word not in names
