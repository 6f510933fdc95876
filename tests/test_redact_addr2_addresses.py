"""The address block growing and cue scan as rewritten for speed (addresses_grow.py).

Each rewritten piece is checked against its form as first written, kept here, with
the later, deliberate changes of behaviour written into it where marked.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import addresses, addresses_grow
from confvault.redact.addresses_grow import (
    _CONNECTOR,
    _CUE,
    _LINE_TAIL,
    _LOWER_CODE,
    _SAME_LINE_SEP,
    _SENTENCE_END,
    _lower_place,
    _lower_postcode,
    _ordinary,
    _part,
)
from confvault.redact.words import UNIT_AFTER

# --- reference forms ----------------------------------------------------------


def _old_parts_on_line(text: str, pos: int, *, whole_line: bool) -> int:
    part = _part()
    end = solid = pos
    first = True
    sep = None
    while True:
        if first and whole_line:
            sep_end = pos
        else:
            sep = _SAME_LINE_SEP.match(text, end)
            if sep is None:
                break
            sep_end = sep.end()
        m = part.match(text, sep_end)
        if m is None and sep is None:
            m = _LOWER_CODE.match(text, sep_end) if whole_line else None
        elif m is None and "," in sep.group():  # a later change: a lower-case town too
            m = _LOWER_CODE.match(text, sep_end) or _lower_place(text, sep_end)
        elif m is None and whole_line:  # a later change: a lower-case postcode too
            m = _LOWER_CODE.match(text, sep_end) or _lower_postcode(text, sep_end)
        elif m is None:
            m = _lower_postcode(text, sep_end)
        if m is None or m.end() == sep_end:
            break
        if not whole_line and _ordinary(m.group()):
            break
        # a later change (session 24): a count is no part ("…, SA 5011, 40 min drive")
        if m.group().isdigit() and UNIT_AFTER.match(text, m.end()):
            break
        end = m.end()
        # a later change: a connector must join two parts ("12 Hill Road, and then")
        if sep is None or m.group() == "nan" or not _CONNECTOR.fullmatch(m.group()):
            solid = end
        # a later change (session 24): a part that ends a sentence ends the address
        if not whole_line and _SENTENCE_END.search(m.group()):
            break
        first = False
    end = solid
    if whole_line:
        if end == pos:
            return pos
        rest = end
        while rest < len(text) and text[rest] in " \t,":
            rest += 1
        if rest < len(text) and text[rest] != "\n" and not _LINE_TAIL.match(text, end):
            return pos
    return end


def _old_cued(text: str) -> list[tuple[int, int]]:
    """cued() as first written, behind the cue-word test detect_addresses makes."""
    if not addresses._CUE_WORD.search(text.lower()):
        return []
    out: list[tuple[int, int]] = []
    for m in _CUE.finditer(text):
        end = _old_parts_on_line(text, m.end(), whole_line=False)
        if end == m.end():
            m2 = _part().match(text, m.end())
            if m2 is None:
                continue
            end = _old_parts_on_line(text, m2.end(), whole_line=False)
        chunk = text[m.end() : end]
        if any(map(str.isdigit, chunk)) and any(map(str.isalpha, chunk)):
            out.append((m.end(), end))
    return out


def _new_cued(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    cue = addresses._CUE_WORD.search(low)
    return addresses_grow.cued(text, low, cue.start()) if cue else []


PIECES = [
    "12", "4844", "\u0665\u0662", "\uff13", "7B", "10-12", "3/4", " ", "  ", "\t", ", ", " ,",
    ",", "\n", "\n\n", "\n> ", ". ", ".", "; ", "(", ")", "(rear)", "#", "Apt 5", "apt. 9",
    "Suite 215", "P.O. Box 7", "Box", "Main", "Road", "Hill", "Leeds", "ÉVORA", "Søndergade",
    "You", "Said", "The", "the", "of", "de", "la", "l'", "ul.", "nan", "ec", "ny", "abc",
    "abcd", "SW1A", "1AA", "address:", "Address is", "lives at", "LIVED AT", "sent to",
    "sent it to", "returned to", "arrived at", "addre\u017fs:", "\u0130ves at", "live\u017f at",
    "\u212aent", "\u0131", "x", "é", "\u00a0",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=18).map("".join)


@settings(max_examples=2000, deadline=None)
@given(text=texts, data=st.data())
def test_parts_on_line_as_first_written(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    for whole_line in (False, True):
        want = _old_parts_on_line(text, pos, whole_line=whole_line)
        assert addresses_grow._parts_on_line(text, pos, whole_line=whole_line) == want


@settings(max_examples=2000, deadline=None)
@given(text=texts)
def test_cued_as_first_written(text: str) -> None:
    assert _new_cued(text) == _old_cued(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("address: 12 Acacia Avenue, Leeds", [(9, 18)]),  # "Avenue": a common word ends it
        ("Address is\n12 Acacia Avenue", [(11, 20)]),
        ("we sent it to 4 Acacia Avenue You Said", [(14, 22)]),
        ("lives at \u0665\u0662 Acacia Avenue", [(9, 18)]),  # digits of another script
        ("lives at Acacia Avenue", []),  # no number: not an address
        ("Lives at 3 Key Road, sent to 4 Oak Road", [(9, 14), (29, 34)]),
        ("ADDRESS: 9 Rue Cler", [(9, 19)]),
        ("\u0130 lives at 5 Zorb Lane", [(11, 22)]),  # dotted capital I: the (?i) path
        # long s: no cue word in the lower case, so no cue at all ...
        ("addre\u017fs: 12 Acacia Avenue", []),
        # ... unless another cue word is there: then (?i) matches the long s too
        ("sent to 7 Zorb Lane; addre\u017fs: 12 Acacia Avenue", [(8, 19), (30, 39)]),
        ("sent to 7 Zorb Lane; LIVE\u017f AT 12 Acacia Avenue", [(8, 19), (30, 39)]),
        # a later change: a lower-case place after a comma continues an address
        ("address: , ny 12", [(9, 16)]),
    ],
)
def test_cued_examples(text: str, want: list[tuple[int, int]]) -> None:
    assert _new_cued(text) == want == _old_cued(text)


@settings(max_examples=2000, deadline=None)
@given(text=texts)
def test_number_name_number_found_from_its_hint(text: str) -> None:
    rx = addresses.NUMBER_NAME_NUMBER
    hint = addresses._NUMBER_NAME_HINT.search(text)
    want = [m.span() for m in rx.finditer(text)]
    got = [m.span() for m in rx.finditer(text, max(0, hint.start() - 6))] if hint else []
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "19902 Dobrovského 1394",
        "123456 Main 12",
        "x 1234567 Main 12",  # seven digits: the hint is too far on for a match
        "\u0661\u0662\u0663\u0664\u0665\u0666 Puruntie 82",
    ],
)
def test_number_name_number_examples(text: str) -> None:
    hint = addresses._NUMBER_NAME_HINT.search(text)
    assert hint is not None
    rx = addresses.NUMBER_NAME_NUMBER
    assert [m.span() for m in rx.finditer(text, max(0, hint.start() - 6))] == [
        m.span() for m in rx.finditer(text)
    ]


def test_sep_part_is_a_separator_then_a_part() -> None:
    sep_part = addresses_grow._sep_part()
    assert sep_part.match(" , Leeds").group(1) == "Leeds"  # type: ignore[union-attr]
    assert sep_part.match("  12B").group(1) == "12B"  # type: ignore[union-attr]
    assert sep_part.match(",ec") is None  # a lower-case code is no part
    assert sep_part.match("\nLeeds") is None  # not on the same line


def test_sep_part_costs_linear_time() -> None:
    rx = addresses_grow._sep_part()

    def cost(n: int) -> float:
        text = " " * n + "," + "\t" * n + "a" + "A" * n + "!"
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for i in range(0, 2 * n, max(1, n // 10)):
                rx.match(text, i)
            best = min(best, time.perf_counter() - start)
        return best

    cost(10)
    assert cost(4000) < 10 * max(cost(1000), 1e-5)


def test_case_odd_is_the_one_in_dates() -> None:
    from confvault.redact import dates

    assert addresses_grow._CASE_ODD.pattern == dates._CASE_ODD.pattern
    assert re.compile(addresses_grow._CUE_LOWER.pattern, re.I).pattern != _CUE.pattern


SCREEN_PIECES = [
    *PIECES, "gade", "Søndergade 52", "vej", "weg.", "straße", "\u0130", "İİ", "rua ", "ul. ",
    "Apt", "apartment", "unit", "ste", "box", "po", "PO ", "apo", "corner", "zip", "post",
    "plz", "psc", "AB1 2CD", "K1A 0B1", "1AB", "A1B", "NY 10001", "IL, 62704", "X\n1234",
    "3 Main", "7\tOak",
]  # fmt: skip
screen_texts = st.lists(st.sampled_from(SCREEN_PIECES), max_size=18).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text=screen_texts)
def test_screens_searched_from_the_first_possible_place(text: str) -> None:
    """The tests detect_addresses starts after the first match of a broader one find
    what they find from the start."""
    low = text.lower()
    word = addresses._SUBSTRING_HINT.search(low)
    for rx in (addresses._UNIT_WORD, addresses._CUE_WORD, addresses._COMPOUND_END):
        whole = rx.search(low)
        assert word is not None or whole is None
        if word is not None:
            part = rx.search(low, word.start())
            assert (part and part.span()) == (whole and whole.span())
    if text == low and word is not None:
        rx = addresses._LOWER_FOREIGN_PREFIX
        assert (rx.search(text) is None) == (rx.search(text, word.start()) is None)
    if addresses._COMPOUND_NUMBER_HINT.search(text):
        assert word is not None
    cased = addresses._CASED_HINT.search(text)
    for rx in (addresses._UK_HINT, addresses._CA_HINT, addresses._STATE_HINT):
        if cased is None:
            assert rx.search(text) is None
        else:
            assert (rx.search(text) is None) == (rx.search(text, max(0, cased.start() - 1)) is None)
    digit = addresses._DIGIT.search(text)
    hint = addresses._NUMBER_NAME_HINT.search(text)
    if digit is None:
        assert hint is None
    else:
        later = addresses._NUMBER_NAME_HINT.search(text, digit.start())
        assert (hint and hint.span()) == (later and later.span())


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Flat 3, 18 Cobden Terrace", ["Flat 3, 18 Cobden Terrace"]),
        ("\u0130\u0130 4844 Søndergade 52", ["4844 Søndergade 52"]),  # lower case is longer
        ("see 12 Xgade 5 now", ["12 Xgade 5"]),
        ("call 555 0100 about apt 4B", ["apt 4B"]),
        ("write: 9 Acacia Road, sent to 1AB", ["9 Acacia Road"]),
        ("Toronto K1A 0B1 or IL, 62704", ["K1A 0B1", "IL, 62704"]),
        # (the block grown from "unit 5" (in Arabic-Indic digits) took the connectors after
        # it as first written; a later change ends a block at its last part)
        (
            "unit \u0665 and the corner of 5 Oak Street and Elm",
            ["unit \u0665", "corner of 5 Oak Street and Elm"],
        ),
    ],
)
def test_detect_addresses_examples(text: str, want: list[str]) -> None:
    assert [text[s.start : s.end] for s in addresses.detect_addresses(text)] == want
