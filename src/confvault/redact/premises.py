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
  "at the Red Lion", "the Kings Arms");
* a union's local branch ("UFCW Local 7").

Each rule runs only when a plain substring test on the lower-cased text shows
it could match.
"""

from __future__ import annotations

import re

from .addresses_grow import _CASE_ODD
from .addresses_patterns import alternation
from .buildings import GENERIC_BEFORE
from .lexicon import Lexicon, is_word, lexicon
from .model import Span
from .name_words import RARE, RELATION_WORDS
from .words import TITLES

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
     "pet", "petting", "worm", "bot", "link", "tax", "open", "school", "comfort", "tree",
     "battery", "factory", "fur", "emmerdale", "christmas", "pumpkin", "strawberry"]
)  # fmt: skip
# a word opening a sentence before a premises' name: the sentence's, not the name's
# ("Phoned Oakview Care Home", "Yesterday Coombe Farm …")
_OPENERS = frozenset(
    ["today", "yesterday", "tomorrow", "also", "then", "later", "again", "now", "after",
     "before", "phoned", "rang", "called", "emailed", "visited", "chased", "contacted",
     "texted", "wrote", "met", "saw", "left", "went", "drove", "walked", "moved", "spoke"]
)  # fmt: skip
_QUALIFIERS = frozenset(
    ["higher", "lower", "upper", "little", "great", "nether", "over", "middle", "old", "new",
     "home", "far"]
)  # fmt: skip
_QUALIFIER = rf"(?:(?:{'|'.join(sorted(_QUALIFIERS))})[ \t]+)?"  # (in any case: see _FARM)
_WORD = r"[^\W\d_][\w'\u2019]*(?:-[^\W\d_]+)?"
_FARM = re.compile(
    rf"(?<![\w'\u2019-])(?i:{_QUALIFIER})((?:{_WORD}[ \t]+){{0,2}}{_WORD})[ \t]+"
    r"(?i:(farms?|farmhouse|steading|croft|smallholding))(?=['\u2019]s\b|(?![\w'\u2019-]))"
)
_CARE_HOME = re.compile(
    rf"(?<![\w'\u2019-])((?:{_CAP}[ \t]+){{1,3}})(?i:(?:nursing|care|residential|rest|"
    r"retirement|old[ \t]+age|old[ \t]+people['\u2019]?s)[ \t]+home)(?![\w'\u2019-])"
)
# what _CARE_HOME's kind needs, in the lower-cased text where case folds plainly (no
# character of addresses_grow._CASE_ODD): "old age" and "old people's" by their last word
_CARE_HOME_HINT = re.compile(
    r"(?:nursing|care|residential|rest|retirement|age|people['\u2019]?s)[ \t]+home"
)
# after a word of where someone lives or stays; the name as written, or in lower case or
# capitals after the strongest cues ("top floor of kestrel house")
_BUILDING = re.compile(
    r"(?i:\b((?:floor|block)[ \t]+of|floor,|flats?[ \t]+(?:at|in)|room[ \t]+(?:in|at)|"
    r"staying[ \t]+(?:in|at)|moved[ \t]+(?:in[ \t]*)?to|rehoused[ \t]+(?:in|at)|"
    r"lives[ \t]+(?:in|at)|living[ \t]+(?:in|at)|at|in))"
    rf"[ \t]+(?:the[ \t]+)?((?:{_WORD}[ \t]+){{1,2}}"
    r"(?i:house|court|tower|towers|mansions|heights|lodge|buildings))"
    r"(?=['\u2019]s\b|(?![\w'\u2019-]))"
)
_WORK_BEFORE = re.compile(
    r"(?i)\b(?:works?|working|worked|job|employed|volunteers?|volunteering|shifts?|"
    r"placement|nights|days|part[- ]time|full[- ]time)\b[^.!?\n]{0,20}$"
)
_STRONG_BUILDING_CUE = re.compile(r"(?i)(?:floor|block)[ \t]+of|floor,|flats?[ \t]+(?:at|in)")
# what a building's name is not: a court of law, a famous or generic house
_NOT_A_BUILDING = frozenset(
    ["crown", "county", "magistrates", "magistrates'", "magistrates\u2019", "high", "family",
     "youth", "supreme", "district", "sheriff", "circuit", "juvenile", "coroner's",
     "coroners", "royal", "white", "opera", "open", "halfway", "companies", "council",
     "care", "guest", "boarding", "public", "coffee", "bleak", "big", "tree", "dolls",
     "doll's", "full", "safe", "half", "whole", "entire", "next", "same", "other", "new",
     "old", "my", "mum's", "dad's", "nan's", "gran's", "parliament", "somerset", "bush"]
)  # fmt: skip
_ESTATE = re.compile(
    r"(?i:\b(?:on|off|from|near|round|around|across|onto|in)[ \t]+the"
    # or where someone lives, without "the": "Lives in Glacis Estate" (session 20)
    r"|\b(?:lives?|living|lived|moved|moving|staying|stays|grew[ \t]+up)[ \t]+(?:on|in|to|at))"
    r"[ \t]+"
    rf"((?:{_CAP}[ \t]+){{1,2}}[Ee]state)(?![\w'\u2019-])"
)
# (an estate in law is no place: "a share of the Family Estate")
_NOT_AN_ESTATE = frozenset(
    ["council", "housing", "real", "crown", "industrial", "trading", "family", "late",
     "deceased", "whole", "entire", "landed"]
)  # fmt: skip
# a site: "Cranmoor Lane Traveller site", "at the Saltley Gate site"
_SITE = re.compile(
    rf"(?<![\w'\u2019-])((?:{_CAP}[ \t]+){{1,3}})(?:Traveller|Travellers['\u2019]?|Gypsy|"
    r"Caravan|Roma)[ \t]+(?:[Ss]ite|[Pp]ark|[Cc]amp)(?![\w'\u2019-])"
)
# (only where a site of homes is meant: not "on the Samaritans site")
_AT_SITE = re.compile(
    r"(?i:\b(?:at|onto|to|from|off|near|by|round|leave|left)[ \t]+the)[ \t]+"
    rf"((?:{_CAP}[ \t]+){{1,2}})site(?![\w'\u2019-])"
)
_NOT_A_SITE = frozenset(
    ["web", "gov", "news", "dating", "betting", "gambling", "booking", "main", "building",
     "work", "construction", "test", "home", "mobile", "official", "council", "camp",
     "nhs", "bbc", "government", "company", "school", "college", "university"]
)  # fmt: skip
_SITE_WORDS = re.compile(r"\b(?:site|sites|caravans?|travell?ers?|trailers?|gypsy|gypsies)\b")
_PITCH = re.compile(r"(?i)\b(?:pitch|plot)[ \t]+(?:no\.?[ \t]*)?\d{1,3}[a-z]?(?![\w-])")
_PUB_NOUNS = (
    "Fox|Hounds|Hare|Rose|Crown|Anchor|Plough|Horse|Horses|Groom|Cat|Fiddle|Dog|Duck|Bell|"
    "Feathers|Castle|Lion|Lamb|Flag|Partridge|Pheasant|Ferret|Firkin|Drum|Monkey|Grapes|"
    "Barley|Mow|Mitre|Keys|Kettle|Swan|Bear|Staff|Falcon|Hawk|Buck|Stag|Trout|Salmon|Ship|"
    "Shovel|Spade|Sickle|Sun|Moon|Star|Globe|Compass|Coach|Harp|Pig|Whistle|Goat|Boot|"
    "Slipper|Shears|Bull|Gate|Fleece|Hart|Dragon|Unicorn|Thistle|Pen|Wig|Gown|Crook|"
    "Cock|Bottle|Hen|Chickens|Magpie|Crow|Raven|Owl|Ox|Cow|Boar|Wheatsheaf|Oak|Ash|Hound|"
    "Dove|Feather|Pheasants|Drake|Rabbit|Squirrel"
)
# the pub's name after "the" (case as written), then a place word before "the"
_PUB_ADJECTIVES = (
    "Red|White|Black|Golden|Royal|Old|Green|Blue|Rising|Spotted|Jolly|Kings|King's|Queens|"
    "Queen's|Bay"
)
_PUB = re.compile(
    rf"[Tt]he[ \t]+((?i:(?:{_PUB_NOUNS})[ \t]+(?:and|&)[ \t]+(?:{_PUB_NOUNS})"
    rf"|(?:{_PUB_ADJECTIVES})[ \t]+(?:Lion|Hart|Swan|Bull|Horse|Cow|Dragon|Boar|Lamb|Head|Oak|"
    r"Sun|Star|Anchor|Crown|Bell|Cockerel|Sailor|Farmer|Dog|Cross|Post))"
    rf"|{_CAP}(?:['\u2019]s)?[ \t]+Arms|{_CAP}['\u2019]s[ \t]+Head"
    r"|Plough|Wheatsheaf|Feathers|Greyhound|Crooked[ \t]+Billet)(?![\w'\u2019-])"
)
_PUB_CUE = re.compile(
    r"(?i)\b(?:at|in|outside|behind|near|opposite|of|from|to|by|round|down|for|past|into)"
    r"[ \t]+$"
)
# a one-word pub after drinking ("drinks in the Ship", "his local is the Anchor")
_DRINK_HINT = re.compile(r"drink|drank|pint|local|regular|boozer|landl")
_DRINK_PUB = re.compile(
    r"(?i:\b(?:(?:drinks?|drinking|drank|pints?|boozer|regulars?|landlord|landlady)"
    r"(?:[ \t]+(?:at|in|down|round|up))*|(?:his|her|their|the)[ \t]+local(?:[ \t]+(?:is|was))?))"
    r"[ \t]+"
    rf"[Tt]he[ \t]+((?:{_PUB_NOUNS})(?:[ \t]+(?:Inn|Tavern))?)(?![\w'\u2019-])"
    # the name ends the phrase: not "the Staff room", "the Crown Estate", "the Drum
    # circle", "the Gate before her flight" (review 31)
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:and|but|or|with|on|every|most|since|for|"
    r"tonight|again|last|these|nowadays|now)\b)"
)
# any pub's name where someone works its bar: "works behind the bar at the Roebuck in
# Hanley", "barmaid at the Golden Fleece" (session 17; the name ends the phrase)
_BAR_PUB = re.compile(
    r"(?i:\b(?:behind[ \t]+the[ \t]+bar|bar[ \t]+(?:job|work|shifts?|staff)|barmaid|barman|"
    r"bartender|bar[ \t]+tender|pulls?[ \t]+pints|pulling[ \t]+pints)[ \t]+(?:at|in|of|down)[ \t]+)"
    r"[Tt]he[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?![\w'\u2019-])"
    r"(?=[ \t]*(?:[.,;:!?)(\n]|$)|[ \t]+(?:and|but|or|with|on|in|near|every|most|since|for|"
    r"tonight|again|now|nights|weekends)\b)"
)
# what _PUB needs, in ASCII text lower-cased (where its (?i) adds nothing): "the", blanks,
# then a noun and "and" or "&", an adjective, a word before "Arms" or "Head" (_CAP's
# letters, lower-cased), or a one-word name; found from the literal "the"
_PUB_HINT = re.compile(
    rf"the[ \t]+(?:(?:{_PUB_NOUNS.lower()})[ \t]+(?:and|&)|(?:{_PUB_ADJECTIVES.lower()})[ \t]"
    r"|[a-z][a-z'-]*[ \t]+(?:arms|head)|plough|wheatsheaf|feathers|greyhound|crooked)"
)


# every word the substring tests in detect() look for, but "the ", in two searches of the
# lower-cased text ("Local " lower-cased): those after a blank (a literal first character
# the regex engine finds quickly), then the others
_BLANK_WORDS = re.compile(r" (?:home|house|court|tower|mansions|heights|lodge|buildings|site)")
_RULE_WORDS = re.compile(
    alternation(
        [
            (
                ["local ", "farm", "steading", "croft", "smallholding", "estate", "traveller",
                 "gypsy", "caravan", "roma", "pitch", "plot", "district", "province", "borough",
                 "municipality", "custody", "police station"],
                "",
            )
        ]
    )
)  # fmt: skip


# a union's local branch by its number, which names a workplace: "UFCW Local 7", "Unite
# Local 342" (session 20)
_UNION_LOCAL = re.compile(
    r"(?<![\w])(?:[A-Z]{2,6}|Unite|Unison|Teamsters|Union)[ \t]+Local[ \t]+\d{1,5}[A-Za-z]?"
    r"(?![\w])"
)


def detect(text: str) -> list[Span]:
    low = text.lower()
    if "the " not in low and not _BLANK_WORDS.search(low) and not _RULE_WORDS.search(low):
        return []  # (the rules below all need "the " or one of these words)
    found: list[Span] = []
    if "Local " in text:
        found.extend(Span(*m.span(), "ORG", "context") for m in _UNION_LOCAL.finditer(text))
    if "farm" in low or "steading" in low or "croft" in low or "smallholding" in low:
        found.extend(_farms(text))
    if " home" in low and (
        _CARE_HOME_HINT.search(low) or not (text.isascii() or _CASE_ODD.search(text) is None)
    ):
        for m in _CARE_HOME.finditer(text):
            start = _name_start(text, m.start(), m.start(1) + len(m.group(1)))
            if start is not None:
                found.append(Span(start, m.end(), "ORG", "context"))
    if (
        " house" in low
        or " court" in low
        or " tower" in low
        or " mansions" in low
        or " heights" in low
        or " lodge" in low
        or " buildings" in low
    ):
        found.extend(_buildings(text))
    if "estate" in low:
        for m in _ESTATE.finditer(text):
            first = m.group(1).split()[0].lower()
            if first not in _NOT_AN_ESTATE and first not in _NOT_A_NAME:
                found.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS"))
    if "traveller" in low or "gypsy" in low or "caravan" in low or "roma" in low:
        for m in _SITE.finditer(text):
            start = _name_start(text, m.start(), m.start(1) + len(m.group(1)))
            if start is not None:
                found.append(Span(start, m.end(), "LOCATION", "context", None, "ADDRESS"))
    homes = None  # does the note speak of a site of homes (caravans, Travellers)?
    if " site" in low or "pitch" in low or "plot" in low:
        homes = bool(_SITE_WORDS.search(low)) and (
            "travel" in low
            or "caravan" in low
            or "gypsy" in low
            or "trailer" in low
            or "pitch" in low
            or "plot" in low
        )
    if homes and " site" in low:
        for m in _AT_SITE.finditer(text):
            if m.group(1).split()[0].lower() not in _NOT_A_SITE:
                found.append(Span(m.start(1), m.end(), "LOCATION", "context", None, "ADDRESS"))
    if homes and ("pitch" in low or "plot" in low):
        found.extend(
            Span(m.start(), m.end(), "LOCATION", "context", None, "ADDRESS")
            for m in _PITCH.finditer(text)
        )
    if (
        "district" in low
        or "province" in low
        or "borough" in low
        or "municipality" in low
        or "custody" in low
        or "police station" in low
    ):
        found.extend(_areas(text))
    if "the " in low:
        pubs = _PUB.finditer(text) if not text.isascii() or _PUB_HINT.search(low) else ()
        for m in pubs:
            if _PUB_CUE.search(text, max(0, m.start() - 12), m.start()):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS"))
        if _DRINK_HINT.search(low):
            found += [
                Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS")
                for m in _DRINK_PUB.finditer(text)
            ]
        if "bar" in low or "pint" in low:
            found += [
                Span(m.start(1), m.end(1), "LOCATION", "context", None, "ADDRESS")
                for m in _BAR_PUB.finditer(text)
            ]
    return found


# a rare capitalised word before the kind of area or the custody it names: "from Gorkha
# district", "taken to Lewisham custody" (the word lists hold such names as rare words)
_AREA = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z]{2,})[ \t]+(?:district|province|borough|municipality|"
    r"custody|police[ \t]+station)\b"
)
# kinds of custody and district that the frequency lists may not hold
_NOT_AN_AREA = frozenset(
    ["police", "family", "joint", "shared", "sole", "full", "protective", "emergency",
     "temporary", "interim", "residential", "foster", "kinship", "state", "federal", "local",
     "rural", "urban", "remand", "youth", "juvenile", "immigration", "school", "health",
     "postal", "electoral", "business", "shopping", "financial", "historic", "red"]
)  # fmt: skip


def _areas(text: str) -> list[Span]:
    lex = lexicon()
    out = []
    for m in _AREA.finditer(text):
        low = m.group(1).lower()
        if (
            lex.common.get(low, RARE) < RARE  # a kind, not a place ("Central district")
            or low in _NOT_A_NAME
            or low in _NOT_AN_AREA
        ):
            continue
        out.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "PLACE"))
    return out


def _farms(text: str) -> list[Span]:
    out = []
    lex = lexicon()
    for m in _FARM.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        keep = _farm_name([w.group() for w in words], m.group(2), lex)
        if keep < len(words) and words[keep].group().lower() in _OPENERS:
            keep += 1  # "Yesterday Coombe Farm …", "Visited Hill Farm": the sentence's word
        name = [w.group() for w in words[keep:]]
        if not name or name[0].lower() in _NOT_A_FARM or name[-1].lower() in _NOT_A_FARM:
            continue
        kind = m.group(2).lower()
        if kind == "croft" and any(
            w.lower() in TITLES or w.lower() in lex.first_names for w in name
        ):
            continue  # "Dr Croft", "Jo Croft": a person with the surname
        # (all of it: with "Higher", "Nether" … before it)
        start = m.start() if keep == 0 else m.start(1) + words[keep].start()
        if kind == "farms":  # a business: "works for Marlpit Farms"
            out.append(Span(start, m.end(), "ORG", "context"))
        else:
            out.append(Span(start, m.end(), "LOCATION", "context", None, "ADDRESS"))
    return out


def _farm_name(name: list[str], kind: str, lex: Lexicon) -> int:
    """How many of the words before a farm word are not the farm's name (len(name)
    when none is): its name is the capitalised words just before it; in lower case
    or in capitals, the words just before it that are no ordinary words, with a
    "higher", "nether" … before them ("at higher coombe farm"). Determiners never
    belong to it."""
    keep = len(name)
    while keep > 0:
        w = name[keep - 1]
        low = w.lower()
        if low in _NOT_A_NAME:
            break
        cased = w[:1].isupper() and not w.isupper() and kind[:1].isupper()
        if not cased and keep < len(name) and low in _QUALIFIERS:
            keep -= 1
            continue
        if not cased and (is_word(low, lex) or not w.isalpha()):
            break
        keep -= 1
    return keep


def _buildings(text: str) -> list[Span]:
    out = []
    for m in _BUILDING.finditer(text):
        name = m.group(2).split()[:-1]
        first = name[0].lower()
        if first in _NOT_A_BUILDING or first in _NOT_A_NAME or first in _OPENERS:
            continue
        cased = all(w[:1].isupper() and not w.isupper() for w in name)
        if not cased and not _STRONG_BUILDING_CUE.fullmatch(m.group(1)):
            continue  # in lower case or capitals only after "floor of", "flat in" …
        if m.group(1).lower() in ("at", "in"):
            if not m.group(2).split()[-1][:1].isupper():
                continue  # "in the old house": after a bare "at" or "in", only "X House"
            if _WORK_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "works nights at Kowhai Lodge": an employer (the name rules')
        out.append(Span(m.start(2), m.end(2), "LOCATION", "context", None, "ADDRESS"))
    return out


def _name_start(text: str, start: int, end: int) -> int | None:
    """Where the name in text[start:end] begins once determiners, the word opening a
    sentence and a relative's possessive are skipped ("Visited Mum's Nursing Home");
    None when nothing is left."""
    for w in re.finditer(r"\S+", text[start:end]):
        word = w.group().lower()
        if word in _NOT_A_NAME or word in _OPENERS or word in GENERIC_BEFORE:
            continue
        if word.endswith(("'s", "\u2019s")) and word[:-2] in RELATION_WORDS:
            continue
        return start + w.start()
    return None
