"""Street addresses, PO boxes, flats and postcodes.

Street lines are a house number followed by up to five words ending in a
street type ("12 Acacia Avenue") or a capitalised street name followed by a
number ("Søndergade 52"); flats, suites and PO boxes have their own rules.
Postcodes: UK and Canadian formats on their own, ZIP-style digits only after
a state code, a "ZIP"/"postcode" label, or next to an address. The address block
grown around each piece found, and the address after a cue, are in addresses_grow.py.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Any

from . import addresses_grow
from .addresses_grow import _part as _part
from .addresses_grow import cued as cued
from .addresses_grow import grow as grow
from .addresses_grow import spans as _spans
from .model import Span

_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    "terrace|tce|close|crescent|cres|grove|gardens|gdns|square|sq|parkway|pkwy|highway|hwy|"
    "row|mews|walk|hill|rise|view|park|parade|circle|cir|trail|path|alley|wharf|quay|green|"
    "heights|estate|vale|wynd|causeway|bypass|rapids|ridge|crossing|gateway|point|pike|plaza|"
    "loop|landing|meadows?|fields?|gate|strasse|straße|gasse|weg|vej|gade|katu|tie|rue|via|"
    "calle|avenida|rua|vicolo|ulica|utca|u|"
    "nagar|marg|colony|enclave|vihar|chowk|layout"  # Indian: "45 Gandhi Nagar"
)
# Words are taken whole ("*+"): every pattern below follows a word with a space or tab,
# which no word character is, so giving characters back could never help a match.
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019.-]*+"
_TYPES_CAP = "|".join(t[0].upper() + t[1:] for t in _STREET_TYPES.split("|"))
# "[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:gade|vej|…)" (a space or tab follows) with the word taken
# whole and its ending then looked back at, one look-behind per ending length
_COMPOUND = (
    r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*+(?:(?<=vej|tie|weg)|(?<=gade|katu|laan|kuja|utca)|"
    r"(?<=gasse|veien|gatan|vägen|dreef|plein|steeg|polku|ulica)|(?<=straat|straße)|"
    r"(?<=strasse))"
)
# Street types written before the name ("ul. Słowicza 10", "Rua João Pessoa 1636",
# "Via Roma 131", "C/ Señores Curas 88") or after it ("Piroska u. 97.",
# "Erzsébet tér 19.", "Luite tee 87").
_PREFIX_TYPES = (
    r"(?:ul|al|os|pl|str|av|avda|r|c|bd|blvd)\.|C/|[Uu]lica|[Aa]leja|Rua|Via|Viale|Piazza|"
    r"Corso|Largo|Vicolo|Strada|Avenida|Calle|Carrer|Paseo|Plaza|Rambla|Travessa|Praça|"
    r"Alameda|Estrada|Camino|Rue|Chemin|Route|Allée|Impasse|Quai|Boulevard|Ulitsa|Postbox|"
    r"Rruga|Sokak|Cadde(?:si)?|Calea|Strada|Bulevardul|Trg|Náměstí|Nám\."
)
_SUFFIX_TYPES = (
    r"u\.|utca|út|útja|tér|körút|krt\.|köz|sor|tee|tn|puiestee|põik|gatan|gata|gatu|vägen|"
    r"veien|vei|vej|gade|straat|laan|weg|plein|steeg|gasse|platz|allee|ring|damm|ufer|str\.|"
    r"rkp\.|sétány|stræde|tie|katu|kuja|polku|väylä|vegur|gata|braut|stígur|sokak|caddesi"
)
# in lower case, street types that are also English words ("to ring 3 times", "tie 2")
# are left out: a capitalised "Berliner Ring 5" is still found
_LOWER_SUFFIX_TYPES = "|".join(t for t in _SUFFIX_TYPES.split("|") if t not in ("ring", "tie"))
_WORDISH = r"[^\W\d_][\w'\u2019.-]*+"
FOREIGN_STREET = re.compile(  # (?=…): the first letters of _PREFIX_TYPES and of _CAP
    rf"(?=[A-ZÀ-ÖØ-Þabcoprsu])(?<![\w])"
    rf"(?:(?:{_PREFIX_TYPES})[ \t]*(?:{_WORDISH}[ \t]+){{0,5}}\d{{1,5}}[A-Za-z]?"
    rf"|(?:{_CAP}[ \t]+){{1,3}}(?:{_SUFFIX_TYPES})[ \t]+\d{{1,5}}[A-Za-z]?)(?![\w])\.?"
)
# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, and "(?=[...])(?<!C)" names the possible first characters; either
# lets the regex engine skip to candidate characters. The matches are the same.
_LOWER_WORD = r"[^\W\d_][\w'\u2019.-]*+"
# in lower case only the prefixes that are not also English words ("via", "route")
_LOWER_PREFIX_TYPES = (
    r"ul\.|ulica|aleja|rua|calle|carrer|avenida|rue|travessa|praça|strada|viale|piazza|corso|"
    r"largo|vicolo|ulitsa|rruga|postbox|avda\."
)
LOWER_FOREIGN_STREET = re.compile(
    rf"(?<![\w])(?:(?:{_LOWER_PREFIX_TYPES})[ \t]+(?:{_WORDISH}[ \t]+){{0,5}}\d{{1,5}}[a-z]?"
    rf"|(?:{_LOWER_WORD}[ \t]+){{1,3}}(?:{_LOWER_SUFFIX_TYPES})[ \t]+\d{{1,5}}[a-z]?)(?![\w])\.?"
)
_LOWER_TYPES = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|terrace|crescent|"
    r"gardens|parkway|highway|hwy|strasse|straße|gasse|weg|vej|gade|rue|via|calle|avenida|rua|"
    r"ulica|utca)\b"
)
# words that are never part of a street's name ("95 and still gardens" is an age and a verb)
_NOT_STREET_WORD = (
    r"(?!(?:and|or|but|still|then|now|also|just|only|so|she|he|they|we|i|it|is|was|are|were|"
    r"to|of|in|on|at|for|with|her|his|my|their|our|your|a|an|has|had|have|be|been|not|very|"
    r"hours?|hrs?|mins?|days?|weeks?|months?|years?|times?)[ \t])"
)
LOWER_STREET = re.compile(
    rf"\d(?<![\w](?s:.))\d{{0,4}}[a-z]?,?[ \t]+(?:{_NOT_STREET_WORD}{_LOWER_WORD}[ \t]+){{1,4}}"
    rf"{_LOWER_TYPES}\.?"
)
# what LOWER_STREET needs, found faster: a street type after a space or tab
_LOWER_STREET_HINT = re.compile(rf"[ \t]{_LOWER_TYPES}")
# French, Iberian and Italian order, often in lower case: "26 rue des Lilas",
# "12 calle de la Paz"; the name runs to the end of the line or a comma. Each word is
# taken whole ("*+"): the name can only end where a word does, and splitting a word in
# two only tried, in vain, every way of doing so (time growing as its length to the 5th).
NUMBER_FIRST_ROMANCE = re.compile(
    r"(?i)\d(?<![\w.,/-](?s:.))\d{0,4}(?:-\d{1,5})?[a-z]?,?[ \t]+"  # "305-1120": flat-number
    r"(?:rue|avenue|av\.|bd|boulevard|allée|chemin|"
    r"impasse|quai|calle|avenida|rua|travessa|via|viale|piazza|corso)[ \t]+"
    r"(?:[^\W\d_][\w'\u2019.-]*+[ \t]*){1,5}(?=[,\n]|$|[ \t]+\d)"
)
# "19902 Dobrovského 1394", "28245 Puruntie 82": a capitalised name between two numbers
NUMBER_NAME_NUMBER = re.compile(
    rf"\d(?<![\w.,/:-](?s:.))\d{{0,5}}[ \t]+{_CAP}[ \t]+(?:(?:{_CAP}|z|ze|na|nad|pod|u|v|de|da|do|"
    rf"dos|das|del|di|la|van|von)[ \t]+){{0,3}}\d{{1,5}}[A-Za-rt-z]?(?![\w]|[.,/:-]\d)"
)
# what NUMBER_NAME_NUMBER needs, found faster (spaces are rarer than digits in notes
# full of numbers): a digit, spaces or tabs, a capital
_NUMBER_NAME_HINT = re.compile(r"[ \t](?<=\d[ \t])[ \t]*[A-ZÀ-ÖØ-Þ]")
# a ship or unit line just before an FPO/APO/DPO line ("USNV Vincent\nFPO AA 68422")
SHIP_LINE = re.compile(r"(?<![\w])[A-Z]{2,5}[ \t]+[A-Z][\w-]+(?=[ \t]*\n[ \t]*(?:FPO|APO|DPO)\b)")
MILITARY_UNIT = re.compile(
    r"(?=[PCU])(?<![\w])(?:PSC|CMR|Unit)[ \t]+\d{1,5}\b|(?=U)(?<![\w])US[NC]?S[ \t]+[A-Z][\w-]+"
)
CORNER = re.compile(
    r"(?i)(?<![\w])corner[ \t]+of[ \t]+((?:[^\W_][\w'\u2019.-]*[ \t]+){1,6}?)and[ \t]+"
    r"((?:[^\W_][\w'\u2019.-]*)(?:[ \t]+[^\W_][\w'\u2019.-]*){0,2})"
)
STREET = re.compile(
    rf"\d(?<![\w](?s:.))\d{{0,4}}[A-Za-z]?(?:[-/]\d{{1,4}})?,?[ \t]+"
    rf"(?:(?:{_CAP}|of|the|de|la|du|des|del)[ \t]+){{1,4}}"
    rf"(?:{_TYPES_CAP}|{_STREET_TYPES.upper()})\b\.?"
)
NAME_NUMBER = re.compile(  # both kinds start with a capital (the speed idiom above)
    rf"(?=[A-ZÀ-ÖØ-Þ])(?<![\w])(?:(?:{_CAP}[ \t]+){{1,3}}(?:{_TYPES_CAP})|{_COMPOUND})"
    rf"[ \t]+\d{{1,5}}[A-Za-z]?\b"
)
UNIT = re.compile(
    r"(?i)(?=[abfpsu])(?<![\w])(?:apt|apartment|flat|suite|ste|unit|box|p\.?\s?o\.?\s+box|po\s+box)"
    r"\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b"
)
MILITARY = re.compile(r"(?=[AFD])(?<![\w])(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", re.I)
UK_POSTCODE = re.compile(
    r"(?=[A-PR-UWYZ])(?<![\w])"
    r"(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)) ?"
    r"\d[ABD-HJLNP-UW-Z]{2})(?![\w])"
)
CA_POSTCODE = re.compile(
    r"[ABCEGHJ-NPRSTVXY](?<![\w](?s:.))\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
)
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|NSW|VIC|QLD|TAS|ACT|NT|SA|WA"
)
STATE_ZIP = re.compile(rf"(?=[A-Z])(?<![\w])(?:{_US_STATES}),?\s+\d{{4,5}}(?:-\d{{4}})?(?![\w])")
LABELLED = re.compile(
    r"(?i)\b(?:zip(?:\s*code)?|post\s*code|postal\s*code|plz)\b\s*(?:[:#]|is\b)?\s*"
    r"([A-Z0-9]{2,6}(?:[ -][A-Z0-9]{2,4})?)(?![\w])"
)


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
        "bulevardul", "trg", "náměstí", "nám."
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
        "calle", "avenida", "rua", "travessa", "via", "viale", "piazza", "corso"
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
_CUE_WORD = re.compile("|".join(_CUE_WORDS))
_COMPOUND_END = re.compile(rf"(?:{'|'.join(_COMPOUND_ENDS)})[.,;:!?()>]*(?!\S)")


def _alternation(groups: list[tuple[list[str], str]]) -> str:
    """A regex for "one of these words, then its tail", given (words, tail) groups.

    Alternatives are grouped by first letter and words sharing a beginning are merged,
    so the engine skips straight to possible first letters and tries few branches."""

    def merged(words: list[str]) -> str:
        tree: dict[str, dict[str, Any]] = {}
        for word in words:
            node = tree
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
        return emit(tree)

    def emit(node: dict[str, Any]) -> str:
        parts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(parts)})?" if parts else ""
        return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"

    out = []
    for first in sorted({w[0] for words, _ in groups for w in words}):
        alts = [
            merged([w[1:] for w in words if w[0] == first]) + tail
            for words, tail in groups
            if any(w[0] == first for w in words)
        ]
        out.append(re.escape(first) + (alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"))
    return "|".join(out)


# Every test below made on a substring of the lower-cased text, in one scan: when none
# can pass (most notes), the compound street test, the unit, PO, military, corner, cue
# and postcode-label tests and LOWER_FOREIGN_STREET's prefixes are skipped.
_SUBSTRING_HINT = re.compile(
    _alternation(
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
_STREET_TYPE_HINT = re.compile(rf"[ \t](?:{_alternation(_TYPES_WRITTEN)})")
_COMPOUND_NUMBER_HINT = re.compile(rf"(?:{'|'.join(_COMPOUND_ENDS)})[ \t]+\d")

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
            if _STREET_TYPE_HINT.search(text):
                found += map(_span, STREET.finditer(text))
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
        if _UNIT_WORD.search(low, at):
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


STREET_WORD = re.compile(rf"(?i)\b(?:{_STREET_TYPES})\b")


def warm_up() -> None:
    """Compile the address-part patterns now (see addresses_grow.warm_up); otherwise
    the first note with an address pays it."""
    addresses_grow.warm_up()
