"""The address patterns :func:`.addresses.detect_addresses` runs: street lines (English,
foreign and lower-case), units, PO boxes, military addresses, street corners and
postcodes, with the hints that screen two of them; and :func:`alternation`, which
writes a list of words as a regex the engine searches quickly."""

from __future__ import annotations

import re
from typing import Any

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
    r"Rruga|Sokak|Cadde(?:si)?|Calea|Strada|Bulevardul|Trg|Náměstí|Nám\.|Carrera|Cra\.|"
    r"Triq"  # Maltese (session 20)
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
    # (a comma before the number: "Rua das Acácias, 118", session 18)
    rf"(?:(?:{_PREFIX_TYPES})[ \t]*(?:{_WORDISH}[ \t]+){{0,4}}(?:{_WORDISH},?[ \t]+)?"
    rf"\d{{1,5}}[A-Za-z]?"
    rf"|(?:{_CAP}[ \t]+){{1,3}}(?:{_SUFFIX_TYPES})[ \t]+\d{{1,5}}[A-Za-z]?)(?![\w])\.?"
)
# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, which lets the regex engine skip to candidate characters. A
# pattern that opens with a look-ahead such as "(?=[...])" gets no such skip (measured in
# session 22): it is tried at every character, only failing a little sooner.
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
    r"impasse|quai|calle|avenida|rua|travessa|via|viale|piazza|corso|triq|"
    # Arabic "street" transliterated, capitalised before a capitalised name: "14 Shari'
    # El-Nasr" (session 18; not "3 sharia rulings", review 39)
    r"(?-i:Shari['\u2019]|Sharia|Shareh|Sharie)(?=[ \t]+(?-i:[A-Z])))[ \t]+"
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

STREET_WORD = re.compile(rf"(?i)\b(?:{_STREET_TYPES})\b")


def alternation(groups: list[tuple[list[str], str]]) -> str:
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
