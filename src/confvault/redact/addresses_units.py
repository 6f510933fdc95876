"""Addresses written as a chain of numbered units, and Vietnamese ones (session 19).

Where streets have no names or numbers, an address is a list of units, each with its
number or letter: a camp's "District 8, Street 14, Block 3, caravan 22", a Pacific
town's "Section 42, Lot 17", a northern Canadian "House 1047, Box 218", Peru's "Mz. F
Lt. 12", a Soviet block's "дом 83/2, кв. 19". Two such units in a row, joined by a
comma or a blank, are an address; so are two or more Vietnamese administrative units
with their names ("Ấp Phú Hòa, xã An Thạnh, huyện Mỏ Cày Nam, tỉnh Bến Tre").
One unit alone ("Block 3", "Section 42") is left: it may be a form's section or a
building on a campus; so is a chain without a unit people live in ("section 4 unit 3").
"""

from __future__ import annotations

import re

from .addresses_patterns import alternation
from .cues import lowered_alike
from .model import Span

# the units people live in or on, then the others ("section 4 unit 3" of a workbook,
# "phase 2 zone 3" of a plan name no home: a chain needs one of the first)
_HOMES = (
    "house", "bldg", "building", "lot", "plot", "stand", "erf", "street", "st", "flat", "apt",
    "apartment", "caravan", "container", "tent", "shelter", "shack", "hut", "box",
    "compound", "mz", "manzana", "lt", "lote", "dom", "дом", "д", "кв", "квартира", "корп",
    "корпус", "мкр", "квартал", "kvartal", "sokak", "sk", "chak", "mahalla",
    # (session 20) a Gulf villa, a French or Portuguese door, house and flat
    "villa", "porte", "casa", "appartement", "appt", "road", "rd",
)  # fmt: skip
_OTHERS = (
    "block", "blk", "section", "sec", "sector", "district", "zone", "phase", "unit", "ward", "km",
    # (session 20) Oman's numbered ways, a French building and floor, a Mozambican block
    "way", "lane", "floor", "bâtiment", "bat", "immeuble", "étage", "entrée", "escalier",
    "quarteirão", "quarteirao",
)  # fmt: skip
# short forms written with a full stop or without, and those written only with one
_STOP_OR_NOT = frozenset(
    ["bldg", "blk", "st", "apt", "mz", "lt", "кв", "корп", "мкр", "appt", "rd", "bat"]
)
_STOP = frozenset(["sec", "д", "sk"])


def _spellings(unit: str) -> tuple[str, ...]:
    if unit in _STOP_OR_NOT:
        return (unit, unit + ".")
    return (unit + ".",) if unit in _STOP else (unit,)


_UNIT = "(?:" + "|".join(re.escape(f) for u in _HOMES + _OTHERS for f in _spellings(u)) + ")"
# (after "nº" or "no." too: "Casa nº 27")
_NUMBER = r"(?:n[º°o]\.?[ \t]*)?(?:\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?|[A-Z](?![\w]))"
_CHAIN = re.compile(
    rf"(?i)(?<![\w.])(?:{_UNIT}[ \t]+{_NUMBER})(?:(?:,[ \t]*|[ \t]+){_UNIT}[ \t]+{_NUMBER})+"
    r"(?![\w/])"
)
# Vietnamese: hamlet, commune, ward, district, quarter, town, province, city
_VN_UNIT = r"(?:ấp|thôn|xã|phường|quận|huyện|thị[ \t]+trấn|thị[ \t]+xã|tỉnh|thành[ \t]+phố|tp\.)"
_VN_NAME = r"(?:[A-ZÀ-Ỹ\u0110][^\W\d_]*|\d{1,3})(?:[ \t]+[A-ZÀ-Ỹ\u0110][^\W\d_]*)*"
_VIETNAMESE = re.compile(
    rf"(?i:{_VN_UNIT})[ \t]+{_VN_NAME}(?:,[ \t]*(?i:{_VN_UNIT})[ \t]+{_VN_NAME})+"
)
# what _VIETNAMESE needs, in the lower-cased text: a unit's word (each character that
# (?i) matches in one of them lower-cases to it)
_VN_HINT = re.compile(_VN_UNIT.removeprefix("(?:").removesuffix(")"))


# the units as words of the lower-cased text, with a comma after them or not
_UNIT_WORDS = frozenset(
    f + stop for u in _HOMES + _OTHERS for f in _spellings(u) for stop in ("", ",")
)
_HOME = "|".join(re.escape(u) for u in _HOMES)
# where a unit's word stands in the lower-cased text, the one search of them all
_UNIT_AT = re.compile(alternation([(list(_HOMES + _OTHERS), "")]))
_DWELLING = re.compile(rf"(?i)(?<![\w.])(?:{_HOME})(?![\w])")


def detect(text: str, digits: bool, low: str, words: list[str]) -> list[Span]:
    """The chains of units above; ``digits``: whether the text holds a digit, ``low``:
    the text lower-cased, ``words``: its words split on blanks."""
    found = []
    if digits and not _UNIT_WORDS.isdisjoint(words):
        found = [
            Span(*m.span(), "LOCATION", "pattern", None, "ADDRESS")
            for m in _chains(text, low)
            if _DWELLING.search(m.group())
        ]
    if not text.isascii() and _VN_HINT.search(low):
        found += [
            Span(*m.span(), "LOCATION", "pattern", None, "ADDRESS")
            for m in _VIETNAMESE.finditer(text)
        ]
    return found


def _chains(text: str, low: str) -> list[re.Match[str]]:
    """_CHAIN's matches, tried only where a unit's word starts (the pattern tried at
    every letter cost about 30 us of a 1 KB note's 2,000: session 19's review)."""
    if not lowered_alike(text, low):
        return list(_CHAIN.finditer(text))
    out: list[re.Match[str]] = []
    at = _UNIT_AT.search(low)
    while at is not None:
        m = _CHAIN.match(text, at.start())
        if m is not None:
            out.append(m)
        at = _UNIT_AT.search(low, m.end() if m else at.start() + 1)
    return out
