"""Street addresses, PO boxes, flats and postcodes.

Street lines are a house number followed by up to five words ending in a
street type ("12 Acacia Avenue") or a capitalised street name followed by a
number ("Søndergade 52"); flats, suites and PO boxes have their own rules.
Postcodes: UK and Canadian formats on their own, ZIP-style digits only after
a state code, a "ZIP"/"postcode" label, or next to an address. The address block
grown around each piece found, and the address after a cue, are in addresses_grow.py;
the patterns themselves in addresses_patterns.py.
"""

from __future__ import annotations

import re
from itertools import repeat

from . import addresses_grow
from .addresses_grow import _CASE_ODD
from .addresses_grow import _part as _part
from .addresses_grow import cued as cued
from .addresses_grow import grow as grow
from .addresses_grow import spans as _spans
from .addresses_patterns import _CAP as _CAP
from .addresses_patterns import _COMPOUND as _COMPOUND
from .addresses_patterns import (
    _LOWER_PREFIX_TYPES,
    _LOWER_STREET_HINT,
    _LOWER_SUFFIX_TYPES,
    _NUMBER_NAME_HINT,
    _STREET_TYPES,
    CA_POSTCODE,
    CORNER,
    FOREIGN_STREET,
    LABELLED,
    LOWER_FOREIGN_STREET,
    LOWER_STREET,
    MILITARY,
    MILITARY_UNIT,
    NAME_NUMBER,
    NUMBER_FIRST_ROMANCE,
    NUMBER_NAME_NUMBER,
    SHIP_LINE,
    STATE_ZIP,
    STREET,
    STREET_WORD,
    UK_POSTCODE,
    UNIT,
    alternation,
)
from .addresses_patterns import _LOWER_WORD as _LOWER_WORD
from .addresses_patterns import _SUFFIX_TYPES as _SUFFIX_TYPES
from .addresses_patterns import _WORDISH as _WORDISH
from .model import Span

_MONTH_OR_DAY = re.compile(
    r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?"
)
_UK_HINT = re.compile(r"\d[A-Z]{2}(?![\w])")
_CA_HINT = re.compile(r"\d[A-Z]\d")
_STATE_HINT = re.compile(r"[A-Z]{2},?\s+\d{4}")


_STREET_TYPE_WORDS = frozenset(
    t for t in _STREET_TYPES.replace("?", "").split("|") for t in (t, t + "s", t[:-1])
)
_PREFIX_WORDS = frozenset(
    (
        "ul.", "al.", "os.", "pl.", "str.", "av.", "avda.", "r.", "c.", "bd.", "blvd.", "c/",
        "ulica", "aleja", "rua", "via", "viale", "piazza", "corso", "largo", "vicolo", "strada",
        "avenida", "calle", "carrer", "paseo", "plaza", "rambla", "travessa", "praça",
        "alameda", "estrada", "camino", "rue", "chemin", "route", "allée", "impasse", "quai",
        "boulevard", "ulitsa", "postbox", "rruga", "sokak", "cadde", "caddesi", "calea",
        "bulevardul", "trg", "náměstí", "nám.", "carrera", "cra.", "triq"
    )
)  # fmt: skip
_SUFFIX_WORDS = frozenset(
    (
        "u.", "utca", "út", "útja", "tér", "körút", "krt.", "köz", "sor", "tee", "tn",
        "puiestee", "põik", "gatan", "gata", "gatu", "vägen", "veien", "vei", "vej", "gade",
        "straat", "laan", "weg", "plein", "steeg", "gasse", "platz", "allee", "ring", "damm",
        "ufer", "str.", "rkp.", "sétány", "stræde", "tie", "katu", "kuja", "polku", "väylä",
        "vegur", "braut", "stígur", "sokak", "caddesi"
    )
)  # fmt: skip
_COMPOUND_ENDS = (
    "gade", "vej", "straat", "strasse", "straße", "gasse", "katu", "tie", "weg", "veien",
    "gatan", "vägen", "laan", "dreef", "plein", "steeg", "kuja", "polku", "utca", "ulica",
)  # fmt: skip
_ROMANCE_WORDS = frozenset(
    (
        "rue", "avenue", "av.", "bd", "boulevard", "allée", "chemin", "impasse", "quai",
        "calle", "avenida", "rua", "travessa", "via", "viale", "piazza", "corso", "triq",
        "shari'", "shari\u2019", "sharia", "shareh", "sharie"
    )
)  # fmt: skip
_TOKEN_WORDS = _STREET_TYPE_WORDS | _PREFIX_WORDS | _SUFFIX_WORDS | _ROMANCE_WORDS
_CUE_WORDS = (
    "address", "located", "live", "living", "stay", "sent", "send", "return", "deliver",
    "post", "mail", "forward", "arrived",
)  # fmt: skip
_UNIT_WORDS = ("apt", "apartment", "flat", "suite", "ste", "unit", "box")
# one scan each instead of a loop of substring tests: "is one of these a substring of the
# lower-cased text", and "does a whitespace-separated word (less trailing punctuation) end
# in a compound street ending"
_UNIT_WORD = re.compile("|".join(_UNIT_WORDS))
# (the same first match as "|".join(_CUE_WORDS), found quicker)
_CUE_WORD = re.compile(alternation([(list(_CUE_WORDS), "")]))
# what UNIT needs in the lower-cased text where case folds plainly (_CASE_ODD): one of
# its words (the "box" of "PO box" among them), then a number
_UNIT_NUMBER_HINT = re.compile(alternation([(list(_UNIT_WORDS), r"\.?[ \t]*#?[ \t]*\d")]))
_COMPOUND_END = re.compile(rf"(?:{'|'.join(_COMPOUND_ENDS)})[.,;:!?()>]*(?!\S)")


# Every test below made on a substring of the lower-cased text, in one scan: when none
# can pass (most notes), the compound street test, the unit, PO, military, corner, cue
# and postcode-label tests and LOWER_FOREIGN_STREET's prefixes are skipped.
_SUBSTRING_HINT = re.compile(
    alternation(
        [
            (list(_COMPOUND_ENDS), r"[.,;:!?()>]*(?!\S)"),  # _COMPOUND_END
            (_LOWER_PREFIX_TYPES.replace("\\.", ".").split("|"), r"[ \t]"),  # _LOWER_FOREIGN_PREFIX
            ([*_UNIT_WORDS, *_CUE_WORDS, "corner", "zip", "plz", "po"], ""),
            (["psc", "cmr", "uss", "usns"], ""),  # _military_unit_hint, lower-cased
        ]
    )
)

# STREET and NAME_NUMBER need a street type after a space or tab, or (NAME_NUMBER) a
# compound street name before a number: the street words alone, common English among
# them, do not prove it
_TYPE_WORDS = _STREET_TYPES.replace("meadows?", "meadow|meadows").replace("fields?", "field|fields")
_TYPES_WRITTEN = [
    ([t[0].upper() + t[1:] for t in _TYPE_WORDS.split("|")], r"\b"),  # as in _TYPES_CAP
    ([t.upper() for t in _TYPE_WORDS.split("|")], r"\b"),
]
_STREET_TYPE_HINT = re.compile(rf"[ \t](?:{alternation(_TYPES_WRITTEN)})")
# the same words alone: the engine skips to their capitals, fewer than the blanks
_STREET_TYPE_WORD = re.compile(alternation(_TYPES_WRITTEN))


def _street_type_after_blank(text: str) -> bool:
    """Whether _STREET_TYPE_HINT is found: a match of _STREET_TYPE_WORD after a space or
    tab (the words are letters only, so no match starts inside another)."""
    for m in _STREET_TYPE_WORD.finditer(text):
        if text[m.start() - 1 : m.start()] in (" ", "\t"):
            return True
    return False


# NAME_NUMBER's second kind (a compound street name) before a number, from the capital it
# opens with (the engine skips to the capitals; its endings open with common letters)
_COMPOUND_NUMBER_HINT = re.compile(rf"{_COMPOUND}[ \t]+\d")
# what NAME_NUMBER's first kind needs: a street type, as in _TYPES_CAP, before a number
_TYPE_NUMBER_HINT = re.compile(alternation([(_TYPES_WRITTEN[0][0], r"[ \t]+\d")]))

_DIGIT = re.compile(r"\d")
_PUNCT = ".,;:!?()>"  # stripped from the ends of words before looking them up
# what each upper-case hint below starts with: an A-Z next to a digit
# ("\d[A-Z]|[A-Z],?\s+\d{4}", written to start with the capital)
_CASED_HINT = re.compile(r"[A-Z](?:(?<=\d.)|,?\s+\d{4})")
# LOWER_FOREIGN_STREET needs one of its prefixes or suffixes next to a space or tab
# (two searches, as each starts with a literal or a class the engine can skip to)
_LOWER_FOREIGN_PREFIX = re.compile(rf"(?:{_LOWER_PREFIX_TYPES})[ \t]")
_LOWER_FOREIGN_SUFFIX = re.compile(rf"[ \t](?:{_LOWER_SUFFIX_TYPES})[ \t]")


def detect_addresses(text: str) -> list[Span]:
    """Cheap tests on the words present decide which patterns run at all.

    Nearly every pattern needs a digit (callers skip text without one); without
    one only a ship line, a ship name and a street corner can be found. The order
    the patterns run in does not matter: the pieces found are sorted."""
    digit = _DIGIT.search(text)
    if digit is None:
        return _without_digits(text)
    low = text.lower()
    found: list[tuple[int, int]] = []
    # the words (as they are, and less punctuation at either end) that are street words
    raw = low.split()
    toks = _TOKEN_WORDS.intersection(raw) | _TOKEN_WORDS.intersection(
        map(str.strip, raw, repeat(_PUNCT))
    )
    # every word the tests below look for in ``low`` is one of _SUBSTRING_HINT's: none
    # starts before the first of them, ``at``
    word = _SUBSTRING_HINT.search(low)
    worded = word is not None
    at = word.start() if word else 0
    if toks:
        if not toks.isdisjoint(_STREET_TYPE_WORDS):
            if _street_type_after_blank(text):
                found += map(_span, STREET.finditer(text))
                if _TYPE_NUMBER_HINT.search(text) or (
                    worded and _COMPOUND_NUMBER_HINT.search(text)
                ):
                    found += map(_span, NAME_NUMBER.finditer(text))
            # (a compound ending before a space is one of _SUBSTRING_HINT's words)
            elif worded and _COMPOUND_NUMBER_HINT.search(text):
                found += map(_span, NAME_NUMBER.finditer(text))
        elif worded and _COMPOUND_END.search(low, at):
            found += map(_span, NAME_NUMBER.finditer(text))
        if not toks.isdisjoint(_PREFIX_WORDS) or not toks.isdisjoint(_SUFFIX_WORDS):
            found += map(_span, FOREIGN_STREET.finditer(text))
        if not toks.isdisjoint(_ROMANCE_WORDS):
            found += map(_span, NUMBER_FIRST_ROMANCE.finditer(text))
    elif worded and _COMPOUND_END.search(low, at):
        found += map(_span, NAME_NUMBER.finditer(text))
    if worded:
        plain = text.isascii() or _CASE_ODD.search(text) is None
        # (where case folds plainly, every match of UNIT is one of the hint's in ``low``,
        # at the same place, and none starts before ``at``)
        if (_UNIT_NUMBER_HINT if plain else _UNIT_WORD).search(low, at):
            found += map(_span, UNIT.finditer(text))
        if "apo" in low or "fpo" in low or "dpo" in low:
            found += map(_span, MILITARY.finditer(text))
        if "PO " in text:
            found += map(_span, SHIP_LINE.finditer(text))
        if "PSC" in text or "CMR" in text or "Unit" in text or "USS" in text or "USNS" in text:
            found += map(_span, MILITARY_UNIT.finditer(text))
    # the three hints need an upper-case letter A-Z: none when lower-casing changes nothing
    if low != text:
        cased = _CASED_HINT.search(text)
        if cased:
            # each of the three starts at most one character before a match of _CASED_HINT
            first = max(0, cased.start() - 1)
            if _UK_HINT.search(text, first):
                found += map(_span, UK_POSTCODE.finditer(text))
            if _CA_HINT.search(text, first):
                found += map(_span, CA_POSTCODE.finditer(text))
            if _STATE_HINT.search(text, first):
                found += map(_span, STATE_ZIP.finditer(text))
        # a capitalised name (_CAP: letters that lower-casing changes) between two numbers
        hint = _NUMBER_NAME_HINT.search(text, digit.start())  # a digit comes first
        # a match starts at most 6 digits before the space or tab the hint starts at
        for m in NUMBER_NAME_NUMBER.finditer(text, max(0, hint.start() - 6)) if hint else ():
            words = m.group().split()[1:-1]
            if not any(_MONTH_OR_DAY.fullmatch(w) for w in words):
                found.append(m.span())
    else:  # typed without capitals: street types still tell
        if _LOWER_STREET_HINT.search(text):
            found += map(_span, LOWER_STREET.finditer(text))
        prefix = worded and _LOWER_FOREIGN_PREFIX.search(text, at) is not None
        if prefix or _LOWER_FOREIGN_SUFFIX.search(text):
            found += map(_span, LOWER_FOREIGN_STREET.finditer(text))
    if worded:
        if "corner" in low:
            _corners(text, found)
        cue = _CUE_WORD.search(low, at)
        if cue:
            found += cued(text, low, cue.start())
    spans = _spans(text, found) if found else []
    if worded and ("zip" in low or "post" in low or "plz" in low):
        for m in LABELLED.finditer(text):
            if any(map(str.isdigit, m.group(1))):
                spans.append(
                    Span(m.start(1), m.end(1), "LOCATION", "pattern", placeholder_kind="ADDRESS")
                )
    return spans


_span = re.Match.span


def _without_digits(text: str) -> list[Span]:
    """Only a ship line, a ship name, a street corner and (in text with digits that
    ``str.isdigit`` knows but ``\\d`` does not) a cued address need no digit."""
    found: list[tuple[int, int]] = []
    if "PO " in text:
        found += map(_span, SHIP_LINE.finditer(text))
    if _military_unit_hint(text):  # (only its ship names, "USS Cole", lack digits)
        found += map(_span, MILITARY_UNIT.finditer(text))
    low = text.lower()
    if "corner" in low:
        _corners(text, found)
    # a cued address needs ``str.isdigit``, true for some non-ASCII characters
    cue = None if text.isascii() else _CUE_WORD.search(low)
    if cue:
        found += cued(text, low, cue.start())
    return _spans(text, found) if found else []  # LABELLED needs an ASCII digit


def _military_unit_hint(text: str) -> bool:
    return "PSC" in text or "CMR" in text or "Unit" in text or "USS" in text or "USNS" in text


def _corners(text: str, found: list[tuple[int, int]]) -> None:
    """A street corner ("corner of X and Y") where X has a number or a street type."""
    for m in CORNER.finditer(text):
        if any(map(str.isdigit, m.group(1))) or STREET_WORD.search(m.group(1)):
            found.append((m.start(), m.end()))


def warm_up() -> None:
    """Compile the address-part patterns now (see addresses_grow.warm_up); otherwise
    the first note with an address pays it."""
    addresses_grow.warm_up()
