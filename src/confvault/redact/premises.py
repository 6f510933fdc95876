"""Named premises the name and address rules miss or mislabel, as support notes
write them:

* a farm ("Higher Coombe Farm", "Glenwhinny Steading"), or a farming business
  ("picks for Marlpit Farms");
* a care home ("Tall Pines Nursing Home");
* a named building after a floor, a block or a stay ("top floor of Kestrel House",
  "staying at Ash Court"; not "Crown Court" or "the White House");
* a housing estate ("lives on the Meadowfield estate");
* a pitch or plot on a site ("pitch 12", "plot 7" where a site or caravan is named);
* a pub's traditional name after a place word ("outside the Fox and Hounds",
  "at the Red Lion", "the Kings Arms").

Each rule runs only when a plain substring test on the lower-cased text shows
it could match.
"""

from __future__ import annotations

import re

from .lexicon import is_word, lexicon
from .model import Span

_CAP = r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Za-z][a-z]+)?"
# a word that starts a sentence or names a thing, never a premises' own name
_NOT_A_NAME = frozenset(
    ["the", "a", "an", "our", "his", "her", "their", "my", "your", "this", "that", "at",
     "in", "on", "to", "from", "for", "of", "and", "or", "but", "with", "by", "visited",
     "went", "works", "worked", "lives", "lived"]
)  # fmt: skip
# what a farm's name is not: a book, a kind of farm, a business word
_NOT_A_FARM = frozenset(
    ["animal", "ant", "wind", "solar", "server", "funny", "fish", "pig", "dairy", "sheep",
     "family", "organic", "urban", "care", "city", "community", "click", "troll", "content",
     "pet", "petting", "worm", "bot", "link", "tax", "open", "school"]
)  # fmt: skip
_QUALIFIER = r"(?:(?:Higher|Lower|Upper|Little|Great|Nether|Over|Middle|Old|New|Home|Far)[ \t]+)?"
_FARM = re.compile(
    rf"(?<![\w'\u2019-]){_QUALIFIER}((?:{_CAP}[ \t]+){{0,2}}{_CAP})[ \t]+"
    r"(Farm|Farms|farm|Farmhouse|Steading|Croft|Smallholding)(?![\w'\u2019-])"
)
_CARE_HOME = re.compile(
    rf"(?<![\w'\u2019-])((?:{_CAP}[ \t]+){{1,3}})(?:Nursing|Care|Residential|Rest|Retirement)"
    r"[ \t]+Home(?![\w'\u2019-])"
)
_BUILDING = re.compile(
    r"(?i:\b(?:floor[ \t]+of|floor,|block[ \t]+of|flats[ \t]+at|room[ \t]+(?:in|at)|"
    r"staying[ \t]+(?:in|at)|moved[ \t]+(?:in)?to|lives[ \t]+(?:in|at)|living[ \t]+(?:in|at)))"
    rf"[ \t]+(?:the[ \t]+)?((?:{_CAP}[ \t]+){{1,2}}"
    r"(?:House|Court|Tower|Towers|Mansions|Heights|Lodge|Buildings))(?![\w'\u2019-])"
)
# what a building's name is not: a court of law, a famous or generic house
_NOT_A_BUILDING = frozenset(
    ["crown", "county", "magistrates", "magistrates'", "magistrates\u2019", "high", "family",
     "youth", "supreme", "district", "sheriff", "circuit", "juvenile", "coroner's",
     "coroners", "royal", "white", "opera", "open", "halfway", "companies", "council",
     "care", "guest", "boarding", "public", "coffee", "bleak", "big", "tree", "dolls",
     "doll's", "full", "safe", "half"]
)  # fmt: skip
_ESTATE = re.compile(
    r"(?i:\b(?:on|off|from|near|round|around|across|onto|to|of)[ \t]+the)[ \t]+"
    rf"((?:{_CAP}[ \t]+){{1,2}}[Ee]state)(?![\w'\u2019-])"
)
_NOT_AN_ESTATE = frozenset(["council", "housing", "real", "crown", "industrial", "trading"])
# a site: "Cranmoor Lane Traveller site", "at the Saltley Gate site"
_SITE = re.compile(
    rf"(?<![\w'\u2019-])((?:{_CAP}[ \t]+){{1,3}})(?:Traveller|Travellers['\u2019]?|Gypsy|"
    r"Caravan|Roma)[ \t]+(?:[Ss]ite|[Pp]ark|[Cc]amp)(?![\w'\u2019-])"
)
_AT_SITE = re.compile(
    r"(?i:\b(?:at|on|onto|to|from|off|near|by|round|leave|left)[ \t]+the)[ \t]+"
    rf"((?:{_CAP}[ \t]+){{1,2}})site(?![\w'\u2019-])"
)
_NOT_A_SITE = frozenset(
    ["web", "gov", "news", "dating", "betting", "gambling", "booking", "main", "building",
     "work", "construction", "test", "home", "mobile", "official", "council", "camp",
     "nhs", "bbc", "government", "company", "school", "college", "university"]
)  # fmt: skip
_PITCH = re.compile(r"(?i)\b(?:pitch|plot)[ \t]+(?:no\.?[ \t]*)?\d{1,3}[a-z]?(?![\w-])")
_PUB_NOUNS = (
    "Fox|Hounds|Hare|Rose|Crown|Anchor|Plough|Horse|Horses|Groom|Cat|Fiddle|Dog|Duck|Bell|"
    "Feathers|Castle|Lion|Lamb|Flag|Partridge|Pheasant|Ferret|Firkin|Drum|Monkey|Grapes|"
    "Barley|Mow|Mitre|Keys|Kettle|Swan|Bear|Staff|Falcon|Hawk|Buck|Stag|Trout|Salmon|Ship|"
    "Shovel|Spade|Sickle|Sun|Moon|Star|Globe|Compass|Coach|Harp|Pig|Whistle|Goat|Boot|"
    "Slipper|Shears|Bull|Gate|Fleece|Hart|Dragon|Unicorn|Thistle|Pen|Wig|Gown|Crook|"
    "Cock|Bottle|Hen|Chickens|Magpie|Crow|Raven|Owl|Ox|Cow|Boar|Wheatsheaf|Oak|Ash"
)
# the pub's name after "the" (case as written), then a place word before "the"
_PUB = re.compile(
    rf"the[ \t]+((?:{_PUB_NOUNS})[ \t]+(?:and|&)[ \t]+(?:{_PUB_NOUNS})"
    r"|(?:Red|White|Black|Golden|Royal|Old|Green|Blue|Rising|Spotted|Jolly|Kings|King's|"
    r"Queens|Queen's|Bay)[ \t]+(?:Lion|Hart|Swan|Bull|Horse|Cow|Dragon|Boar|Lamb|Head|Oak|"
    r"Sun|Star|Anchor|Crown|Bell|Cockerel|Sailor|Farmer|Dog|Cross|Post)"
    rf"|{_CAP}(?:['\u2019]s)?[ \t]+Arms)(?![\w'\u2019-])"
)
_PUB_CUE = re.compile(
    r"(?i)\b(?:at|in|outside|behind|near|opposite|of|from|to|by|round|down)[ \t]+$"
)
_BUILDING_WORDS = (" House", " Court", " Tower", " Mansions", " Heights", " Lodge", " Buildings")


def detect(text: str) -> list[Span]:
    low = text.lower()
    found: list[Span] = []
    if "farm" in low or "steading" in low or "croft" in low or "smallholding" in low:
        found.extend(_farms(text))
    if " Home" in text:
        for m in _CARE_HOME.finditer(text):
            start = _after_determiners(text, m.start(), m.start(1) + len(m.group(1)))
            if start is not None:
                found.append(Span(start, m.end(), "ORG", "context"))
    if any(w in text for w in _BUILDING_WORDS):
        for m in _BUILDING.finditer(text):
            words = m.group(1).split()
            if words[0].lower() not in _NOT_A_BUILDING and words[0].lower() not in _NOT_A_NAME:
                found.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS"))
    if "estate" in low:
        for m in _ESTATE.finditer(text):
            first = m.group(1).split()[0].lower()
            if first not in _NOT_AN_ESTATE and first not in _NOT_A_NAME:
                found.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS"))
    if "traveller" in low or "gypsy" in low or "caravan" in low or "roma" in low:
        for m in _SITE.finditer(text):
            start = _after_determiners(text, m.start(), m.start(1) + len(m.group(1)))
            if start is not None:
                found.append(Span(start, m.end(), "LOCATION", "context", None, "ADDRESS"))
    if " site" in low:
        for m in _AT_SITE.finditer(text):
            if m.group(1).split()[0].lower() not in _NOT_A_SITE:
                found.append(Span(m.start(1), m.end(), "LOCATION", "context", None, "ADDRESS"))
    if ("pitch" in low or "plot" in low) and (
        "site" in low or "caravan" in low or "traveller" in low or "trailer" in low
    ):
        found.extend(
            Span(m.start(), m.end(), "LOCATION", "context", None, "ADDRESS")
            for m in _PITCH.finditer(text)
        )
    if "the " in text:
        for m in _PUB.finditer(text):
            if _PUB_CUE.search(text, max(0, m.start() - 12), m.start()):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS"))
    return found


def _farms(text: str) -> list[Span]:
    out = []
    lex = lexicon()
    for m in _FARM.finditer(text):
        name = m.group(1).split()
        while name and name[0].lower() in _NOT_A_NAME:
            name = name[1:]
        if (
            len(name) > 1
            and m.start() == m.start(1)
            and _opens_sentence(text, m.start())
            and is_word(name[0], lex)
        ):
            name = name[1:]  # "Yesterday Coombe Farm …": the sentence's word
        if not name or name[0].lower() in _NOT_A_FARM or name[-1].lower() in _NOT_A_FARM:
            continue
        kind = m.group(2)
        if kind == "farm" and is_word(name[-1], lex):
            continue  # "the Smith farm" is the name rules'; "the Old farm" no name
        whole = len(name) == len(m.group(1).split())
        start = m.start() if whole else text.index(name[0], m.start())
        if kind == "Farms":  # a business: "works for Marlpit Farms"
            out.append(Span(start, m.end(), "ORG", "context"))
        else:
            out.append(Span(start, m.end(), "LOCATION", "context", None, "ADDRESS"))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;-(\"'"


def _after_determiners(text: str, start: int, end: int) -> int | None:
    """Where the name in text[start:end] begins once leading determiners are skipped;
    None when nothing is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for w in words:
        if w.group().lower() not in _NOT_A_NAME:
            return start + w.start()
    return None
