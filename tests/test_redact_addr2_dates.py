"""Named dates in non-ASCII text matched on its plain lower case (dates._CASE_ODD).

Text without the four characters that (?i) folds to an ASCII letter (U+0130, U+0131,
U+017F, U+212A) is lower-cased and matched case-sensitively, as ASCII text was; these
tests check the claim behind it over every character, and the detector against the
(?i) patterns.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import dates


def _non_ascii_chars() -> list[str]:
    return [chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]


def test_case_odd_names_every_character_folded_to_an_ascii_letter() -> None:
    letter = re.compile("(?i)[a-z]")
    folded = {c for c in _non_ascii_chars() if letter.fullmatch(c)}
    assert folded == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(dates._CASE_ODD.search(c) for c in folded)


def test_lower_case_keeps_positions_and_classes_of_other_characters() -> None:
    classes = [re.compile(r"\w"), re.compile(r"\s"), re.compile(r"\d")]
    for c in _non_ascii_chars():
        if dates._CASE_ODD.search(c):
            continue
        low = c.lower()
        assert len(low) == 1 and not low.isascii(), c
        for rx in classes:
            assert (rx.match(c) is None) == (rx.match(low) is None), c


def _reference(text: str) -> list[tuple[int, int]]:
    """detect_dates' named dates as first written: NAMED with (?i) on the text."""
    if not dates._MONTH_HINT.search(text):
        return []
    return [(s.start, s.end) for s in dates._named_dates(text, dates.NAMED.finditer(text))]


def _named(text: str) -> list[tuple[int, int]]:
    """The named dates detect_dates finds (no numeric dates or weekdays in these texts)."""
    return [(s.start, s.end) for s in dates.detect_dates(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Née le 14 mars, arrivée 3 May 2021 à Zürich", [(24, 34)]),
        ("Ärztin seit March 2019", [(12, 22)]),
        ("Él nació el 5 de MAY 1990", [(17, 25)]),  # "de" is no ordinal's "of"
        ("Straße 5, Jänner, jan 7 — Ünal", [(18, 23)]),
        ("Émile may come", []),
        ("Émile: on the 3rd of SEPT", [(10, 25)]),
        ("Émile: on the 3rd of \u017fept", [(10, 25)]),  # long s: the (?i) path
        ("\u0130lk: 3 Jan 2020", [(5, 15)]),  # dotted capital I: the (?i) path
        ("\u212aaren \u0131 Dec 2020", [(8, 16)]),  # Kelvin sign
        ("٣ May ٢٠٢٠ in Köln", [(0, 10)]),
    ],
)
def test_named_dates_in_non_ascii_text(text: str, found: list[tuple[int, int]]) -> None:
    assert _named(text) == found == _reference(text)


PIECES = [
    "3", "14", "2020", "\u0663", "\uff13", " ", "  ", "\t", "\n", ", ", ". ", "-", "'",
    "jan", "Jan", "JANUARY", "may", "May", "MAY", "sept", "Sept.", "\u017fept", "de\u017f",
    "dec", "DEC", "mar", "Mär", "mars", "Nov", "nov.", "the", "of", "3rd", "1st", "22nd",
    "Monday", "MONDAY", "mon", "tues", "Thu", "\u0130", "\u0131", "\u212a", "é", "É", "ß",
    "Ä", "ä", "ø", "Ø", "ñ", "\u00a0", "\u2019", "x", "Ab", "on", "since",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=texts)
def test_named_dates_as_with_case_folding(text: str) -> None:
    want = _reference(text)
    got = [
        (s.start, s.end)
        for s in dates.detect_dates(text)
        if not dates._NUMDATE_HINT.search(text[s.start : s.end])
        and "day" not in text[s.start : s.end]
    ]
    if not dates._NUMDATE_HINT.search(text) and "day" not in text:
        assert got == want
    hint = dates._MONTH_HINT.search(text) is not None
    if not text.isascii() and not dates._CASE_ODD.search(text):
        low = text.lower()
        assert (dates._ASCII_MONTH_HINT.search(low) is not None) == hint
        folded = [m.span() for m in dates.NAMED.finditer(text)]
        assert [m.span() for m in dates._NAMED_LOWER.finditer(low)] == folded
