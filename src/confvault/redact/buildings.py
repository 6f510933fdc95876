"""Rooms, sections and named places of worship and schools, for :mod:`.grow`.

A room in a building found, after or before its name ("the Sunnyside Hotel room
311", "Room 214 Kelvin House", "Room 14, Elm Lodge"); a township's section after
its name ("Umlazi, J section", "Diepsloot Ext. 12"); a dedication before a church's
or a school's name ("Our Lady of Lourdes Secondary"); a mosque, gurdwara or mandir
by its name; a New York public school by its number; a body named by capitalised
words before its kind ("Sunbeams Nursery", "Oakfield Academy", "Little Sprouts
Daycare", "Solace Women's Aid").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Span
from .words import FUNCTION_WORDS

_WORDY = ("NAME", "LOCATION", "ORG")

# what a building's name ends in, for a room in it: "the Sunnyside Hotel room 311"
_BUILDING_END = (
    "Hotel", "Hostel", "Hall", "Halls", "House", "Court", "Lodge", "Tower", "Towers", "Flats",
    "Block", "Centre", "Center", "Inn", "Motel", "Residence", "Building", "Hospital", "Mansions",
)  # fmt: skip
# a room or flat in a building found: "the Sunnyside Hotel room 311", "Rutherford Hall
# rm C214"
_ROOM_AFTER = re.compile(
    r",?[ \t]+(?:in[ \t]+)?(?i:room|rm|flat|unit|apt|bed|cell)\.?[ \t]*(?i:no\.?|number)?[ \t]*"
    r"#?(?:[A-Z]?-?\d{1,4}[A-Za-z]?|[A-Z])"
    r"(?![\w'\u2019-])"
)
_ROOM_HINT = re.compile(r"room|rm|flat|unit|apt|bed|cell")  # (in the lower-cased text)
# what every room rooms() finds ends or begins with: a building's name, so one of its
# last words (capitalised: the engine skips to the capitals)
_BUILDING_END_HINT = re.compile("|".join(_BUILDING_END))
_ROOM_IN_BUILDING = re.compile(
    r"\b(?i:room|rm|flat)\.?[ \t]*#?(?:[A-Z]?\d{1,4}[A-Za-z]?)[ \t]*,?[ \t]+"
    rf"(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(_BUILDING_END)})\b"
)
_ROOM_BEFORE = re.compile(
    r"\b(?i:room|rm|flat|apt)\.?[ \t]*#?(?:[A-Z]?\d{1,4}[A-Za-z]?|[A-Z])[ \t]*,?[ \t]+$"
)
# a part of a township or estate after its name: "Khayelitsha, Site C", "Umlazi, J
# section", "Tembisa Ext 5"
# (a number only after "Ext": "Section 21", "Phase 2", "Zone 2" are no places)
_SECTION_AFTER = re.compile(
    r",?[ \t]+(?:(?i:site|section|zone|block)[ \t]+[A-Z]|(?i:ext\.?|extension)[ \t]*\d{1,3}"
    r"|[A-Z]{1,2}[ \t]+[Ss]ection)(?![\w'\u2019-])"
)
_SECTION_HINT = re.compile(r"site|section|zone|block|ext")  # (in the lower-cased text)
_EXT_NUMBER = re.compile(r"\.?[ \t]*\d{1,3}(?![\w'\u2019-])")  # "Diepsloot Ext. 12"
# a dedication before a church's or a school's name: "Our Lady of Lourdes Secondary"
_DEDICATION_BEFORE = re.compile(
    r"\b(?:Our[ \t]+Lady(?:[ \t]+(?:Queen|Star|Help|Mother|Immaculate))?[ \t]+of"
    r"|Our[ \t]+Lady['\u2019]s"  # "Our Lady's Hospital"
    r"|(?:Holy|Most[ \t]+Holy)[ \t]+(?:Family|Cross|Trinity|Spirit|Name|Rosary)[ \t]+of"
    r"|Sacred[ \t]+Heart[ \t]+of)(?:[ \t]+the)?[ \t]+$"
)
# a mosque, gurdwara or mandir by its name: "Masjid al-Noor", "Gurdwara Guru Nanak"
_WORSHIP = re.compile(
    r"\b(?:Jamia[ \t]+)?(?:Masjid|Gurdwara|Mandir)[ \t]+(?:(?:al|el|an|ar|as|at|e|un)-)?"
    r"[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}"
    # "Jamia Masjid" (the town's central mosque) on its own
    r"|\bJamia[ \t]+Masjid\b"
    # typed in lower case, with its article: "masjid al-noor"
    r"|\b(?i:masjid|jamia)[ \t]+(?:al|el|an|ar|as|at|un)-[a-z]{2,}"
)
# a New York public school by its number: "outside PS 96", "at JHS 45"
_NYC_SCHOOL = re.compile(
    r"\b(?:PS|JHS)[ \t]\d{1,3}\b(?![.,]\d)(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:on|in|near|school)\b)"
)


def rooms(text: str, spans: Iterable[Span]) -> list[Span]:
    """Rooms in the buildings among ``spans`` (the names, places and bodies found), and
    a room with the building named after it whether or not the name was found."""
    if not _BUILDING_END_HINT.search(text) or not _ROOM_HINT.search(text.lower()):
        return []
    out = [
        Span(m.start(), m.end(), "LOCATION", "pattern", None, "ADDRESS")
        for m in _ROOM_IN_BUILDING.finditer(text)
    ]
    for sp in spans:
        if sp.category not in _WORDY or not text.endswith(_BUILDING_END, sp.start, sp.end):
            continue
        m = _ROOM_AFTER.match(text, sp.end)
        if m:
            out.append(Span(sp.start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        if text[sp.start - 1 : sp.start] == " ":
            m = _ROOM_BEFORE.search(text, max(0, sp.start - 24), sp.start)
            if m:
                out.append(Span(m.start(), sp.end, "LOCATION", "pattern", None, "ADDRESS"))
    return out


def room_after(text: str, end: int) -> int:
    """Where a room given just after ``end`` ends (0: none): "…, cell 14"."""
    m = _ROOM_AFTER.match(text, end)
    return m.end() if m else 0


def sections_here(text: str) -> bool:
    return _SECTION_HINT.search(text.lower()) is not None


def section_after(text: str, sp: Span) -> list[Span]:
    m = _SECTION_AFTER.match(text, sp.end)
    if m is None and text.endswith(("Ext", "ext"), sp.start, sp.end):
        m = _EXT_NUMBER.match(text, sp.end)
    return [Span(sp.start, m.end(), "LOCATION", "pattern", None, "PLACE")] if m else []


def dedicated(text: str, sp: Span) -> list[Span]:
    m = _DEDICATION_BEFORE.search(text, max(0, sp.start - 32), sp.start)
    return [Span(m.start(), sp.end, "ORG", "context")] if m else []


# a Māori-medium school by its name: "Te Kura o Pukeatua", "Te Kura Kaupapa Māori o
# Ngā Mokopuna"
_KURA = re.compile(
    r"\bTe[ \t]+Kura(?:[ \t]+Kaupapa[ \t]+M[aā]ori)?[ \t]+(?:o[ \t]+)?"
    r"[A-Z\u0100][\w\u0101-\u016b-]+(?:[ \t]+[A-Z\u0100][\w\u0101-\u016b-]+)?"
)


_OUR_LADY = re.compile(
    r"\bOur[ \t]+Lady[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'\u2019-]+)?"
)


# a school, church or hospital by its dedication and kind, a denomination between
# ("Holy Family RC Primary", "Sacred Heart Catholic Primary", "Holy Cross Hospital")
_DEDICATED = re.compile(
    r"\b(?:Holy|Sacred|Blessed)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
    r"(?:(?:RC|R\.C\.|CE|C\.E\.|C[ \t]of[ \t]E|Catholic|Anglican|Methodist)[ \t]+)?"
    r"(?:Primary|Secondary|High|Academy|College|School|Church|Parish|Hospital|Hospice|"
    r"Infants|Juniors|Nursery)\b(?:[ \t]+School)?"
)


# what each rule of named_here() looks for, in one search (the engine skips to the
# capitals); "masjid" is tested on its own
_HERE_HINT = re.compile(
    r"Te Kura|Masjid|Gurdwara|Mandir|Our Lady of|Holy |Sacred |Blessed |PS |JHS "
)


def named_here(text: str) -> list[Span]:
    out: list[Span] = []
    if "masjid" not in text and not _HERE_HINT.search(text):
        return out
    if "Te Kura" in text:
        out += [Span(m.start(), m.end(), "ORG", "context") for m in _KURA.finditer(text)]
    if "Masjid" in text or "Gurdwara" in text or "Mandir" in text or "masjid" in text:
        out += [
            Span(m.start(), m.end(), "ORG", "context")
            for m in _WORSHIP.finditer(text)
            if not m.group().endswith((" Sahib", " Ji"))  # a gurdwara's honorific alone
        ]
    if "Our Lady of" in text:  # a parish, church or school: "Our Lady of the Rosary"
        out += [Span(m.start(), m.end(), "ORG", "context") for m in _OUR_LADY.finditer(text)]
    if "Holy " in text or "Sacred " in text or "Blessed " in text:
        out += [Span(m.start(), m.end(), "ORG", "context") for m in _DEDICATED.finditer(text)]
    if "PS " in text or "JHS " in text:
        out += [Span(m.start(), m.end(), "ORG", "context") for m in _NYC_SCHOOL.finditer(text)]
    return out


# a body named by capitalised words before its kind: "Solace Women's Aid",
# "Sunbeams Nursery", "Oakfield Academy", "Little Sprouts Daycare" (not "The
# Academy", "Our Nursery")
_NAMED_BODY = re.compile(
    r"[A-Z](?<![\w'\u2019-][A-Z])[a-z][\w'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}[ \t]+(?:Women['\u2019]?s[ \t]+Aid|Men['\u2019]?s[ \t]+Shed"
    r"|Nursery|Academy"
    r"|Daycare|Day[ \t]Care|Preschool|Pre-[Ss]chool|Playgroup|Creche|Kindergarten|Montessori"
    # small bodies of support work and faith ("Kowhai Rainbow Collective", "the Basement
    # Project", "Living Waters Chapel", "Sunbeam Early Years")
    r"|Collective|Project|Parish|Chapel|Fellowship|Early[ \t]Years|Maternity[ \t]Home"
    # a school by its name and "High", before a stop ("at Sacred Heart High;")
    r"|High(?=[ \t]*(?:[,.;:)]|$)))(?![\w-])"
)
# what _NAMED_BODY cannot match without, in one search (each word starts with a capital,
# which the engine skips to): "Women", "Shed", a kind of childcare or of support body,
# "Nursery", "Academy", "High"
_BODY_HINT = re.compile(
    r"Women|Shed|Nursery|Academy|High"
    r"|Daycare|Day[ \t]Care|Preschool|Pre-[Ss]chool|Playgroup|Creche|Kindergarten|Montessori"
    r"|Collective|Project|Parish|Chapel|Fellowship|Early[ \t]Years|Maternity[ \t]Home"
)
# what each of named_bodies(), rooms() and named_here() needs, written out as strings (a
# "[ \t]" as a space and as a tab): when none is in a text, none of them finds anything
HINT_WORDS = (
    "Women", "Shed", "Nursery", "Academy", "High", "Daycare", "Day Care", "Day\tCare",
    "Preschool", "Pre-School", "Pre-school", "Playgroup", "Creche", "Kindergarten",
    "Montessori", "Collective", "Project", "Parish", "Chapel", "Fellowship", "Early Years",
    "Early\tYears", "Maternity Home", "Maternity\tHome",  # _BODY_HINT
    *_BUILDING_END,  # _BUILDING_END_HINT
    "Te Kura", "Masjid", "Gurdwara", "Mandir", "Our Lady of", "Holy ", "Sacred ", "Blessed ",
    "PS ", "JHS ", "masjid",  # _HERE_HINT, and "masjid"
)  # fmt: skip
_KINDS = (
    "Women", "Men", "Nursery", "Academy", "High", "Daycare", "Day Care", "Preschool", "Pre-",
    "Playgroup", "Creche", "Kindergarten", "Montessori", "Collective", "Project", "Parish",
    "Chapel", "Fellowship", "Early Years", "Maternity Home",
)  # fmt: skip
# what names no one school: "at Junior High.", "went to Senior High,"
_GENERIC_HIGH = frozenset(["junior", "senior", "middle", "the", "a", "my", "his", "her"])
# words before a kind of home or shed that name none ("a Local Men's Shed", "Government
# Old Age Home", "Discussed Old Age Home")
GENERIC_BEFORE = frozenset(
    ["local", "government", "private", "public", "council", "state", "national",
     "nearest", "nearby", "family", "considering", "considered", "discussed",
     "suggested", "recommended", "researched", "irish", "australian", "community", "village",
     "town", "parish", "church", "another", "other", "any", "some", "one", "that", "this",
     "youth", "catholic", "anglican", "methodist", "baptist", "pentecostal", "our", "my",
     "his", "her", "their", "pilot", "research", "art", "arts", "music", "school", "bible",
     "clinical", "teaching", "final", "year", "masters", "phd", "science", "housing", "first",
     "allotment", "troubled", "families", "food", "women's", "hearing", "voices", "young",
     "carers", "day", "baby", "toddler", "family's"]
)  # fmt: skip


def named_bodies(text: str) -> list[Span]:
    """The bodies of _NAMED_BODY, without a verb opening the sentence ("Started
    Nursery today", "Contacted Women's Aid" are no names), a function word ("at The
    Academy"), or only generic words ("Local Men's Shed", "Youth Project")."""
    if not _BODY_HINT.search(text):
        return []
    out = []
    for m in _NAMED_BODY.finditer(text):
        start = m.start()
        k = start  # the character before the match, blanks skipped (no copy of the text)
        while k and text[k - 1] in " \t":
            k -= 1
        opener = text[start : m.end()].split(None, 1)[0]
        if (not k or text[k - 1] in '.!?:;\n"(') and (
            # a verb opening the sentence is not the name ("Started Nursery today"); any
            # other first word is ("Sunbeams Nursery closed", "Park Road Chapel run …")
            opener.lower().endswith(("ed", "ing")) or opener.lower() in _OPENING_VERBS
        ):
            nxt = text.find(" ", start)
            start = nxt + 1 if nxt != -1 else m.end()
            if not text[start : start + 1].isupper() or text.startswith(_KINDS, start):
                continue
        words = text[start : m.end()].lower().split()
        first = words[0]
        if first in FUNCTION_WORDS:  # "The"
            continue
        if m.group().endswith("High") and first in _GENERIC_HIGH:
            continue
        name = [w for w in words if w.capitalize() not in _KIND_WORDS]
        if all(w in GENERIC_BEFORE or w in FUNCTION_WORDS for w in name):
            continue  # "Local Men's Shed", "Youth Project": no name of its own
        out.append(Span(start, m.end(), "ORG", "context"))
    return out


# words of the kinds, and verbs that open a note's sentence before one
_KIND_WORDS = frozenset(w for kind in _KINDS for w in kind.split()) | {"Men's", "Shed", "Aid"}
_OPENING_VERBS = frozenset(
    ["joined", "started", "contacted", "visited", "phoned", "rang", "called", "emailed", "met",
     "attends", "attended", "left", "referred", "signposted", "discussed", "suggested",
     "recommended", "mentioned", "loves", "likes", "hates", "at", "from", "to", "via"]
)  # fmt: skip


# "House", "Home" or "Centre" after a name or place found (grow.py)
BUILDING_WORDS = ("House", "Home", "Centre", "Center")
# a lower-case word after "House" that is no function word makes it a noun's
# ("Leeds House prices"), unless it is what a house of that kind runs ("Jacaranda
# House day program", "Birchfield House hostel"); not a verb: "Sam House rang" is a
# person (review 26)
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)")
_SERVICE_AFTER = frozenset(
    ["day", "program", "programme", "hostel", "refuge", "shelter", "project", "unit", "ward",
     "clinic", "staff", "residents", "keyworker", "volunteers", "drop", "lunch", "cafe",
     "respite", "placement", "referral", "reception", "office"]
)  # fmt: skip


def building_ok(text: str, sp: Span, m: re.Match[str]) -> bool:
    """ "House", "Home" or "Centre" after a span makes a body: not "Leeds House
    prices", and a bare "Home" not after a person ("Took Jordan Home")."""
    if sp.category == "NAME" and _BARE_HOME.search(m.group()):
        return False
    after = _NOUN_AFTER.match(text, m.end())
    return after is None or after.group(1) in FUNCTION_WORDS or after.group(1) in _SERVICE_AFTER


_BARE_HOME = re.compile(r"(?<!Care)(?<!Nursing)(?<!Residential)(?<!Retirement)[ \t]Home$")
