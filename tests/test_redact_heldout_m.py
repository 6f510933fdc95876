"""Rules written against held-out batch M once it was read (session 7), each with
the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Pt away at her sister's 12\u201319 August so next session moved.", "12"),
        ("Hospital stay between 1st and 15th December, discharged home.", "1st"),
        ("between 3 and 9 June she was away", "3 and"),
        ("NINETY-TWO YEAR OLD CALLER, CONFUSED ABOUT THE DAY", "NINETY"),
        ("a ninety-two year old caller rang twice", "ninety"),
        ("Her NIN (70123456789) is needed before the bank will help.", "70123456789"),
        ("uncle in Orlando East took her SASSA card.", "East"),
        ("Forum user SadRainCloud93 posted at 3am saying goodbye", "SadRainCloud93"),
        ("sc: tyla.b.xo - yp says this is who sent the pics round", "tyla"),
        ("staying with 'Rocko' in Footscray", "Rocko"),
        ("spoke to him, key worker is jo, he owes rent", "jo"),
        ("Home visit to Stand 2281, Extension 6, Diepsloot; no electricity", "2281"),
        ("she got off the bus on 5th and Main in Bakersfield", "Main"),
        ("Meet at Hastings and Main at 3pm.", "Hastings"),
    ],
)
def test_batch_m_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Young person was tearful today.",
        "Young people's group went well.",
        "Suggested the Headspace app for sleep.",
        "1. Rota gaps over the summer",
        "page 3 and 14 is where the plan is",
        "loves her PlayStation5",
        "BigMike77 messaged her again",  # two words and a number: a product's shape too
        "sc: referral made to MASH",
        "She uses WhatsApp and YouTube daily",
        "the stand 2 tickets were cheap",
        "said East is best for her",
    ],
)
def test_batch_m_plain_words_stay(text: str) -> None:
    assert _out(text) == text


def test_young_as_a_surname_before_a_verb_is_a_name() -> None:
    assert _out("Young said he would come") == "[PERSON-1] said he would come"


@pytest.mark.parametrize(
    "fragment",
    ["12\u201319 August, ", "SadRainCloud93 ", "Stand 2281, Extension 6, ", "on 5th and Main, "],
)
def test_batch_m_rules_are_linear(fragment: str) -> None:
    assert grows_linearly(lambda n: fragment * n, detect)
