"""Street addresses, PO boxes, flats and postcodes.

Street lines are a house number followed by up to five words ending in a
street type ("12 Acacia Avenue") or a capitalised street name followed by a
number ("Søndergade 52"); flats, suites and PO boxes have their own rules.
Postcodes: UK and Canadian formats on their own, ZIP-style digits only after
a state code, a "ZIP"/"postcode" label, or next to an address.
"""

from __future__ import annotations

import functools
import re
from itertools import repeat
from typing import Any

from .lexicon import lexicon
from .model import Span

_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    "terrace|tce|close|crescent|cres|grove|gardens|gdns|square|sq|parkway|pkwy|highway|hwy|"
    "row|mews|walk|hill|rise|view|park|parade|circle|cir|trail|path|alley|wharf|quay|green|"
    "heights|estate|vale|wynd|causeway|bypass|rapids|ridge|crossing|gateway|point|pike|plaza|"
    "loop|landing|meadows?|fields?|gate|strasse|straße|gasse|weg|vej|gade|katu|tie|rue|via|"
    "calle|avenida|rua|vicolo|ulica|utca|u"
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
    rf"|(?:{_LOWER_WORD}[ \t]+){{1,3}}(?:{_SUFFIX_TYPES})[ \t]+\d{{1,5}}[a-z]?)(?![\w])\.?"
)
_LOWER_TYPES = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|terrace|crescent|"
    r"gardens|parkway|highway|hwy|strasse|straße|gasse|weg|vej|gade|rue|via|calle|avenida|rua|"
    r"ulica|utca)\b"
)
LOWER_STREET = re.compile(
    rf"\d(?<![\w](?s:.))\d{{0,4}}[a-z]?,?[ \t]+(?:{_LOWER_WORD}[ \t]+){{1,4}}{_LOWER_TYPES}\.?"
)
# what LOWER_STREET needs, found faster: a street type after a space or tab
_LOWER_STREET_HINT = re.compile(rf"[ \t]{_LOWER_TYPES}")
# French, Iberian and Italian order, often in lower case: "26 rue des Lilas",
# "12 calle de la Paz"; the name runs to the end of the line or a comma. Each word is
# taken whole ("*+"): the name can only end where a word does, and splitting a word in
# two only tried, in vain, every way of doing so (time growing as its length to the 5th).
NUMBER_FIRST_ROMANCE = re.compile(
    r"(?i)\d(?<![\w.,/-](?s:.))\d{0,4}[a-z]?,?[ \t]+(?:rue|avenue|av\.|bd|boulevard|allée|chemin|"
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
    r"(?i)\b(?:zip(?:\s*code)?|post\s*code|postal\s*code|plz)\b\s*[:#]?\s*"
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
    [
        "ul.",
        "al.",
        "os.",
        "pl.",
        "str.",
        "av.",
        "avda.",
        "r.",
        "c.",
        "bd.",
        "blvd.",
        "c/",
        "ulica",
        "aleja",
        "rua",
        "via",
        "viale",
        "piazza",
        "corso",
        "largo",
        "vicolo",
        "strada",
        "avenida",
        "calle",
        "carrer",
        "paseo",
        "plaza",
        "rambla",
        "travessa",
        "praça",
        "alameda",
        "estrada",
        "camino",
        "rue",
        "chemin",
        "route",
        "allée",
        "impasse",
        "quai",
        "boulevard",
        "ulitsa",
        "postbox",
        "rruga",
        "sokak",
        "cadde",
        "caddesi",
        "calea",
        "bulevardul",
        "trg",
        "náměstí",
        "nám.",
    ]
)
_SUFFIX_WORDS = frozenset(
    [
        "u.",
        "utca",
        "út",
        "útja",
        "tér",
        "körút",
        "krt.",
        "köz",
        "sor",
        "tee",
        "tn",
        "puiestee",
        "põik",
        "gatan",
        "gata",
        "gatu",
        "vägen",
        "veien",
        "vei",
        "vej",
        "gade",
        "straat",
        "laan",
        "weg",
        "plein",
        "steeg",
        "gasse",
        "platz",
        "allee",
        "ring",
        "damm",
        "ufer",
        "str.",
        "rkp.",
        "sétány",
        "stræde",
        "tie",
        "katu",
        "kuja",
        "polku",
        "väylä",
        "vegur",
        "braut",
        "stígur",
        "sokak",
        "caddesi",
    ]
)
_COMPOUND_ENDS = (
    "gade", "vej", "straat", "strasse", "straße", "gasse", "katu", "tie", "weg", "veien",
    "gatan", "vägen", "laan", "dreef", "plein", "steeg", "kuja", "polku", "utca", "ulica",
)  # fmt: skip
_ROMANCE_WORDS = frozenset(
    (
        "rue",
        "avenue",
        "av.",
        "bd",
        "boulevard",
        "allée",
        "chemin",
        "impasse",
        "quai",
        "calle",
        "avenida",
        "rua",
        "travessa",
        "via",
        "viale",
        "piazza",
        "corso",
    )
)
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
_LOWER_FOREIGN_SUFFIX = re.compile(rf"[ \t](?:{_SUFFIX_TYPES})[ \t]")


def detect_addresses(text: str) -> list[Span]:
    """Cheap tests on the words present decide which patterns run at all.

    Nearly every pattern needs a digit (callers skip text without one); without
    one only a ship line, a ship name and a street corner can be found."""
    low = text.lower()
    found: list[tuple[int, int]] = []
    if _DIGIT.search(text) is None:
        if "PO " in text:
            found += map(re.Match.span, SHIP_LINE.finditer(text))
        if _military_unit_hint(text):  # (only its ship names, "USS Cole", lack digits)
            found += map(re.Match.span, MILITARY_UNIT.finditer(text))
        if "corner" in low:
            _corners(text, low, found)
        # a cued address needs ``str.isdigit``, true for some non-ASCII characters
        if not text.isascii() and _CUE_WORD.search(low):
            found += cued(text)
        return _spans(text, found) if found else []  # LABELLED needs an ASCII digit
    # the words (as they are, and less punctuation at either end) that are street words
    raw = low.split()
    toks = _TOKEN_WORDS.intersection(raw) | _TOKEN_WORDS.intersection(
        map(str.strip, raw, repeat(_PUNCT))
    )
    rxs: list[re.Pattern[str]] = []
    worded = _SUBSTRING_HINT.search(low) is not None
    if toks and not toks.isdisjoint(_STREET_TYPE_WORDS):
        if _STREET_TYPE_HINT.search(text):
            rxs += (STREET, NAME_NUMBER)
        elif _COMPOUND_NUMBER_HINT.search(text):
            rxs.append(NAME_NUMBER)
    elif worded and _COMPOUND_END.search(low):
        rxs.append(NAME_NUMBER)
    if toks and (not toks.isdisjoint(_PREFIX_WORDS) or not toks.isdisjoint(_SUFFIX_WORDS)):
        rxs.append(FOREIGN_STREET)
    if toks and not toks.isdisjoint(_ROMANCE_WORDS):
        rxs.append(NUMBER_FIRST_ROMANCE)
    if worded:
        if _UNIT_WORD.search(low):
            rxs.append(UNIT)
        if "apo" in low or "fpo" in low or "dpo" in low:
            rxs.append(MILITARY)
        if "PO " in text:
            rxs.append(SHIP_LINE)
        if _military_unit_hint(text):
            rxs.append(MILITARY_UNIT)
    # the three hints need an upper-case letter A-Z: none when lower-casing changes nothing
    cased = low != text
    if cased and _CASED_HINT.search(text):
        if _UK_HINT.search(text):
            rxs.append(UK_POSTCODE)
        if _CA_HINT.search(text):
            rxs.append(CA_POSTCODE)
        if _STATE_HINT.search(text):
            rxs.append(STATE_ZIP)
    if not cased:  # typed without capitals: street types still tell
        if _LOWER_STREET_HINT.search(text):
            rxs.append(LOWER_STREET)
        prefix = worded and _LOWER_FOREIGN_PREFIX.search(text) is not None
        if prefix or _LOWER_FOREIGN_SUFFIX.search(text):
            rxs.append(LOWER_FOREIGN_STREET)
    for rx in rxs:
        found += map(re.Match.span, rx.finditer(text))
    # a capitalised name (_CAP: letters that lower-casing changes) between two numbers
    hint = cased and _NUMBER_NAME_HINT.search(text) is not None
    for m in NUMBER_NAME_NUMBER.finditer(text) if hint else ():
        words = m.group().split()[1:-1]
        if not any(_MONTH_OR_DAY.fullmatch(w) for w in words):
            found.append((m.start(), m.end()))
    if worded:
        _corners(text, low, found)
        if _CUE_WORD.search(low):
            found += cued(text)
    spans = _spans(text, found) if found else []
    if worded and ("zip" in low or "post" in low or "plz" in low):
        for m in LABELLED.finditer(text):
            if any(map(str.isdigit, m.group(1))):
                spans.append(
                    Span(m.start(1), m.end(1), "LOCATION", "pattern", placeholder_kind="ADDRESS")
                )
    return spans


def _spans(text: str, found: list[tuple[int, int]]) -> list[Span]:
    """The address blocks grown from the pieces found."""
    return [
        Span(start, end, "LOCATION", "pattern", placeholder_kind="ADDRESS")
        for start, end in _grow_all(text, found)
    ]


def _military_unit_hint(text: str) -> bool:
    return "PSC" in text or "CMR" in text or "Unit" in text or "USS" in text or "USNS" in text


def _corners(text: str, low: str, found: list[tuple[int, int]]) -> None:
    """A street corner ("corner of X and Y") where X has a number or a street type."""
    if "corner" in low:
        for m in CORNER.finditer(text):
            if any(map(str.isdigit, m.group(1))) or STREET_WORD.search(m.group(1)):
                found.append((m.start(), m.end()))


STREET_WORD = re.compile(rf"(?i)\b(?:{_STREET_TYPES})\b")

# --- address blocks ---------------------------------------------------------
# Once a street line, unit or postcode is found, the rest of the address is
# taken with it: a house or building number just before it, and after it any
# further parts on the same line (", Town, Country 12345", "Suite 215 NUNGATTA")
# and on the following short lines (a town, a region code, a postcode, a
# country), up to one blank line apart. A following line is taken only when it
# is made entirely of such parts.

_CONNECTORS = (
    "de|la|le|les|del|della|di|da|do|dos|das|du|des|van|von|der|den|nad|pod|u|v|am|an|im|"
    "auf|bei|sur|en|y|e|et|and|of|the|upon|on|sous|lès|l'|d'|ul\\.|nan|z|ze|na|ve"
)


def warm_up() -> None:
    """Compile the address-part pattern now (about 1 ms, its class of capitals is long);
    otherwise the first note with an address pays it."""
    _part()


@functools.cache
def _part() -> re.Pattern[str]:
    """One part of an address: a number, a unit, a capitalised word, a code."""
    upper = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
    cap = f"[{re.escape(upper)}][^\\s,;:!?()]*"
    return re.compile(
        rf"(?:(?i:apt|apartment|suite|ste|unit|flat|room|floor|fl|box|p\.?\s?o\.?\s+box|#)"
        rf"\.?[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?"
        rf"|\d{{1,6}}(?:[-/ ]\d{{2,4}}(?![\w]))?[A-Za-z]?\.?"
        rf"|\([^()\n]{{1,30}}\)"
        rf"|{cap}(?:[ \t]+\([^()\n]{{1,30}}\))?"
        rf"|(?:{_CONNECTORS})(?=[ \t])"
        rf")(?![\w])"
    )


_SAME_LINE_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+")
_NEW_LINE_SEP = re.compile(r"[ \t]*,?[ \t]*\n(?:[ \t>]*\n)?[ \t>]*,?[ \t]*")
_LOWER_CODE = re.compile(r"[a-z]{2,3}(?=[ \t]*(?:,|\n|$))")
_LEADING_NUMBER = re.compile(r"(?<![\w.,/:-])\d{1,6}[A-Za-z]?,?[ \t]+$")


def _ordinary(word: str) -> bool:
    """A frequent English word that is not also a place name."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lex = lexicon()
    w = word.lower()
    rank = lex.common.get(w)
    return rank is not None and rank < 2000 and w not in lex.places


def _parts_on_line(text: str, pos: int, *, whole_line: bool) -> int:
    """Extend from ``pos`` over address parts on this line; return the new end.

    With ``whole_line`` the extension counts only if it reaches the end of the
    line (or text); otherwise ``pos`` is returned unchanged."""
    part = _part()
    end = pos
    first = True
    while True:
        if first and whole_line:
            sep_end = pos
        else:
            sep = _SAME_LINE_SEP.match(text, end)
            if sep is None:
                break
            sep_end = sep.end()
        m = part.match(text, sep_end)
        if m is None and (whole_line or (sep is not None and "," in sep.group())):
            m = _LOWER_CODE.match(text, sep_end)  # ", ec", a lone "nan" line
        if m is None or m.end() == sep_end:
            break
        if not whole_line and _ordinary(m.group()):
            break  # "… 12 Hill Road You Said": a title-case sentence goes on
        end = m.end()
        first = False
    if whole_line:
        if end == pos:
            return pos
        rest = end
        while rest < len(text) and text[rest] in " \t,":
            rest += 1
        if rest < len(text) and text[rest] != "\n" and not _LINE_TAIL.match(text, end):
            return pos
    return end


# what may follow the last part of an address inside a sentence: its end, or
# (after a postcode) the sentence going on in lower case
_LINE_TAIL = re.compile(r"[.?!;](?:\s|$)|(?<=\d)[ \t]+[a-z]|(?<=\d\.)[ \t]+[A-Z]")


def grow(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole address block around a street line found at ``start:end``."""
    return _grow(text, start, end)


def _grow(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_NUMBER.search(text, max(0, start - 9), start)
    if m:
        start = m.start()
    end = _parts_on_line(text, end, whole_line=False)
    for _ in range(6):
        sep = _NEW_LINE_SEP.match(text, end)
        if sep is None:
            break
        nxt = _parts_on_line(text, sep.end(), whole_line=True)
        if nxt == sep.end():
            break
        end = nxt
    while end > start and text[end - 1] in " \t,.":
        end -= 1
    return start, end


def _grow_all(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], _grow(text, out[-1][0], end)[1])
            continue
        out.append(_grow(text, start, end))
    return out


_CUE = re.compile(
    r"(?i)(?=[adlsrpmf])\b"
    r"(?:address(?:[ \t]+is)?[ \t]*[:\-]?|located[ \t]+at|(?:lives?|living|lived|"
    r"staying|stays?)[ \t]+at|(?:sent|send|return(?:ed)?|deliver(?:ed)?|post(?:ed)?|mail(?:ed)?|"
    r"forward(?:ed)?)[ \t]+(?:it[ \t]+|this[ \t]+|them[ \t]+)?to|arrived[ \t]+at)[ \t]*\n?[ \t]*"
)


def cued(text: str) -> list[tuple[int, int]]:
    """After "address:", "lives at", "sent to" …: capitalised words and numbers."""
    out: list[tuple[int, int]] = []
    for m in _CUE.finditer(text):
        end = _parts_on_line(text, m.end(), whole_line=False)
        if end == m.end():
            m2 = _part().match(text, m.end())
            if m2 is None:
                continue
            end = _parts_on_line(text, m2.end(), whole_line=False)
        chunk = text[m.end() : end]
        if any(map(str.isdigit, chunk)) and any(map(str.isalpha, chunk)):
            out.append((m.end(), end))
    return out
