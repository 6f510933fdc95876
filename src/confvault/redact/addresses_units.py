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

from .model import Span

_UNIT = (
    r"(?:house|bldg\.?|building|block|blk\.?|lot|section|sec\.|sector|district|zone|phase|"
    r"plot|stand|erf|street|st\.?|flat|apt\.?|apartment|unit|caravan|container|tent|"
    r"shelter|shack|hut|box|compound|ward|mz\.?|manzana|lt\.?|lote|km|dom|дом|д\.|кв\.?|"
    r"квартира|корп\.?|корпус|мкр\.?|квартал|kvartal|sokak|sk\.|chak|mahalla)"
)
_NUMBER = r"(?:\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?|[A-Z](?![\w]))"
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


_UNIT_NAMES = [
    "house", "bldg", "bldg.", "building", "block", "blk", "blk.", "lot", "section", "sec.",
    "sector", "district", "zone", "phase", "plot", "stand", "erf", "street", "st", "st.",
    "flat", "apt", "apt.", "apartment", "unit", "caravan", "container", "tent", "shelter",
    "shack", "hut", "box", "compound", "ward", "mz", "mz.", "manzana", "lt", "lt.", "lote",
    "km", "dom", "дом", "д.", "кв", "кв.", "квартира", "корп", "корп.", "корпус", "мкр",
    "мкр.", "квартал", "kvartal", "sokak", "sk.", "chak", "mahalla",
]  # fmt: skip
_UNIT_WORDS = frozenset(w + stop for w in _UNIT_NAMES for stop in ("", ","))


# a chain names a home only with a unit people live in or on: not "section 4 unit 3" of
# a workbook, "phase 2 zone 3" of a plan
_DWELLING = re.compile(
    r"(?i)(?<![\w.])(?:house|bldg|building|lot|plot|stand|erf|street|st|flat|apt|apartment|"
    r"caravan|container|tent|shelter|shack|hut|box|compound|mz|manzana|lt|lote|dom|дом|д|"
    r"кв|квартира|корп|корпус|мкр|квартал|kvartal|sokak|sk|chak|mahalla)(?![\w])"
)


def detect(text: str, digits: bool, words: list[str]) -> list[Span]:
    """The chains of units above; ``digits``: whether the text holds a digit,
    ``words``: its lower-cased words split on blanks."""
    found = []
    if digits and not _UNIT_WORDS.isdisjoint(words):
        found = [
            Span(*m.span(), "LOCATION", "pattern", None, "ADDRESS")
            for m in _CHAIN.finditer(text)
            if _DWELLING.search(m.group())
        ]
    if not text.isascii():
        found += [
            Span(*m.span(), "LOCATION", "pattern", None, "ADDRESS")
            for m in _VIETNAMESE.finditer(text)
        ]
    return found
