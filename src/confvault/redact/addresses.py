"""Street addresses, PO boxes, flats and postcodes.

Street lines are a house number followed by up to five words ending in a
street type ("12 Acacia Avenue") or a capitalised street name followed by a
number ("Søndergade 52"); flats, suites and PO boxes have their own rules.
Postcodes: UK and Canadian formats on their own, ZIP-style digits only after
a state code, a "ZIP"/"postcode" label, or next to an address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Span

_STREET_TYPES = (
    "street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|way|court|ct|place|pl|"
    "terrace|tce|close|crescent|cres|grove|gardens|gdns|square|sq|parkway|pkwy|highway|hwy|"
    "row|mews|walk|hill|rise|view|park|parade|circle|cir|trail|path|alley|wharf|quay|green|"
    "heights|estate|vale|wynd|causeway|bypass|rapids|ridge|crossing|gateway|point|pike|plaza|"
    "loop|landing|meadows?|fields?|gate|strasse|straße|gasse|weg|vej|gade|katu|tie|rue|via|"
    "calle|avenida|rua|vicolo|ulica|utca|u"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'\u2019.-]*"
_TYPES_CAP = "|".join(t[0].upper() + t[1:] for t in _STREET_TYPES.split("|"))
_COMPOUND = (
    r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:gade|vej|straat|strasse|straße|gasse|katu|tie|weg|veien|gatan|"
    r"vägen|laan|dreef|plein|steeg|kuja|polku|utca|ulica)"
)
STREET = re.compile(
    rf"(?<![\w])\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?,?[ \t]+"
    rf"(?:(?:{_CAP}|of|the|de|la|du|des|del)[ \t]+){{1,4}}"
    rf"(?:{_TYPES_CAP}|{_STREET_TYPES.upper()})\b\.?"
)
NAME_NUMBER = re.compile(
    rf"(?<![\w])(?:(?:{_CAP}[ \t]+){{1,3}}(?:{_TYPES_CAP})|{_COMPOUND})[ \t]+\d{{1,5}}[A-Za-z]?\b"
)
UNIT = re.compile(
    r"(?i)(?<![\w])(?:apt|apartment|flat|suite|ste|unit|box|p\.?\s?o\.?\s+box|po\s+box)"
    r"\.?[ \t]*#?[ \t]*\d{1,5}[A-Za-z]?\b"
)
MILITARY = re.compile(r"(?<![\w])(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5}\b", re.I)
UK_POSTCODE = re.compile(
    r"(?<![\w])(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)) ?"
    r"\d[ABD-HJLNP-UW-Z]{2})(?![\w])"
)
CA_POSTCODE = re.compile(
    r"(?<![\w])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])"
)
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|NSW|VIC|QLD|TAS|ACT|NT|SA|WA"
)
STATE_ZIP = re.compile(rf"(?<![\w])(?:{_US_STATES}),?\s+\d{{4,5}}(?:-\d{{4}})?(?![\w])")
LABELLED = re.compile(
    r"(?i)\b(?:zip(?:\s*code)?|post\s*code|postal\s*code|plz)\b\s*[:#]?\s*"
    r"([A-Z0-9]{2,6}(?:[ -][A-Z0-9]{2,4})?)(?![\w])"
)


_STREET_HINT = re.compile(r"\d[A-Za-z]?(?:[-/]\d+)?,?[ \t]+[A-ZÀ-ÖØ-Þ]|[^\W\d_][ \t]+\d")
_CODE_HINT = re.compile(r"[A-Z]\d|[A-Z],?\s+\d")
_UNIT_HINT = re.compile(r"(?i)apt|flat|suite|ste|unit|box")


def detect_addresses(text: str) -> Iterator[Span]:
    """Every pattern here needs a digit; callers skip text without one."""
    low = text.lower()
    rxs: list[re.Pattern[str]] = []
    if _STREET_HINT.search(text):
        rxs += (STREET, NAME_NUMBER)
    if _UNIT_HINT.search(text):
        rxs.append(UNIT)
    if "po" in low:
        rxs.append(MILITARY)
    if _CODE_HINT.search(text):
        rxs += (UK_POSTCODE, CA_POSTCODE, STATE_ZIP)
    for rx in rxs:
        for m in rx.finditer(text):
            yield Span(m.start(), m.end(), "LOCATION", "pattern", placeholder_kind="ADDRESS")
    if "zip" in low or "post" in low or "plz" in low:
        for m in LABELLED.finditer(text):
            if any(c.isdigit() for c in m.group(1)):
                yield Span(m.start(1), m.end(1), "LOCATION", "pattern", placeholder_kind="ADDRESS")
