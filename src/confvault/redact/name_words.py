"""How the name detector classes a word, with the shipped lexicons.

Each capitalised word gets a class (ordinary, ordinary but also a name, a first
name or place that is also a fairly common word, a name, a place, unknown, a
title, an initial, a Roman numeral, an organisation suffix). A note typed without
capitals is classed word by word; lower-case words that can only be names are
judged when first met and remembered. Used by :mod:`.names` and its helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .given_names import EXTRA_FIRST_NAMES
from .lexicon import Lexicon, is_word, rare_first_name, stems
from .org_words import ORG_SUFFIXES
from .words import (
    ACRONYMS,
    EXTRA_WORDS,
    FUNCTION_WORDS,
    LOWER_CASE_WORDS,
    RELATIONS,
    TITLES,
)

# Token classes. CNAME: an ordinary word that is also a name ("Will", "Hall"),
# suspect only beside other names or after a title. AMBIG: a first name or
# place that is also a fairly common word ("Paris"), suspect except when it
# opens a sentence.
SAFE, COMMON, CNAME, AMBIG, NAME, PLACE, UNKNOWN, TITLE, INITIAL, ROMAN, SUFFIX = range(11)
# the classes of a word with nothing to judge ("The", "I"): detect_names passes over
# a run of one such word unless it is in capitals ("IBM")
INERT = (SAFE, INITIAL, ROMAN)


_VERY_COMMON_PART = 5000  # the part after "O'" of a surname is no frequent word
_VERY_COMMON = 300  # frequency rank under which a capitalised word is taken as ordinary
RARE = 3000  # rank from which a word that is also a first name is taken as a name


_ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr|Sr|Jnr|Snr|MD|DDS|PhD|Esq|DVM|RN)\.?")
_ROMAN_FIRST = frozenset("IVXJSMDPER")  # the letters _ROMAN's words start with


BOUNDARY = set(".!?:;\n\r…•*>|")
SKIP_BACK = " \t\"'\u201c\u2018([-_"  # what may stand between a boundary and a sentence


def spelled_out(alternatives: str) -> list[str]:
    """Every string an alternation of letters, "[..]" sets and "?" matches."""
    if any(c in alternatives for c in "()*+{}.\\^$"):
        raise ValueError("only letters, [sets] and ? can be spelled out")
    out: list[str] = []
    for alternative in alternatives.split("|"):
        forms = [""]
        i = 0
        while i < len(alternative):
            if alternative[i] == "[":
                j = alternative.index("]", i)
                options = list(alternative[i + 1 : j])
                i = j + 1
            else:
                options = [alternative[i]]
                i += 1
            if alternative[i : i + 1] == "?":
                options.append("")
                i += 1
            forms = [f + o for f in forms for o in options]
        out.extend(forms)
    return out


# every word for a relative ("mum", "flatmates", "key worker"), and its plural
RELATION_WORDS = frozenset(w for r in spelled_out(RELATIONS) for w in (r, r + "s"))


_PRONOUN_I = re.compile(r"\bI\b")
# letters that have an upper case (Thai or Chinese text is not "typed without capitals");
# the pattern finds twelve of them without listing them all
_LETTERS = "a-zß-öø-ÿā-žα-ωа-я"
_TWELVE_LETTERS = re.compile(f"(?:[^{_LETTERS}]*[{_LETTERS}]){{12}}")


# Lower-case words that can only be names: in a name list, in no word list. Each
# word is judged when first met and remembered, instead of judging all 92,000 names
# once per process (0.3 s that every redacting command paid before its first note).
_ONLY_NAMES: set[str] = set()
_JUDGED: set[str] = set()  # every word judged, either way
_MEMO_LIMIT = 200_000
# The name lists hold words of the letters a-z only (tests/test_redact_names_paths.py
# checks it) of two letters or more: every such word is among these runs.
NAME_RUN = re.compile(r"[a-z]{2,}")


def only_names(words: list[str], lex: Lexicon) -> set[str]:
    """Those of ``words`` that can only be names: in a name list, in no word list."""
    if not _JUDGED.issuperset(words):  # (mostly every word was met before)
        if len(_JUDGED) > _MEMO_LIMIT:
            _JUDGED.clear()
            _JUDGED.update(_ONLY_NAMES)
        for w in set(words).difference(_JUDGED):
            if _can_only_be_a_name(w, lex):
                _ONLY_NAMES.add(w)
            _JUDGED.add(w)
    return _ONLY_NAMES.intersection(words)


def _can_only_be_a_name(w: str, lex: Lexicon) -> bool:
    if w not in lex.first_names and w not in lex.surnames:
        return False
    if w in EXTRA_WORDS or w in LOWER_CASE_WORDS:
        return False  # "app", "bro": words of notes; "jan": a month
    forms: tuple[str, ...] = (w, w[:-1], w[:-2], w[:-3]) if len(w) > 5 else (w, w[:-1])
    common = lex.common
    if rare_first_name(w, lex):
        forms = forms[1:]  # "arjun": a name the subtitles list far down
    return not any(f in common or f in lex.dictionary for f in forms)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    cls: int
    first: bool  # first word of a sentence or line


def _lookup(word: str, lex: Lexicon) -> int:
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    elif w.endswith(("'", "\u2019")):
        w = w[:-1]
    fixed = _FIXED_CLASSES.get(w)
    if fixed is not None:
        return fixed  # a title, determiner, organisation suffix or extra word
    rank = lex.common.get(w)
    first = w in lex.first_names
    if w in lex.countries and (not first or (rank is not None and rank < 1000)):
        return PLACE  # "France", "Iceland"; not "Jordan" or "Chad"
    ordinary = rank is not None or w in lex.dictionary
    if not ordinary and len(w) > 3 and w[-1] in "sdg":
        ordinary = any(s in lex.common or s in lex.dictionary for s in stems(w))
    # below, each list is asked only while the answer still depends on it
    if not ordinary:
        if first or w in lex.surnames:
            return NAME
        if w in lex.places:
            return PLACE
        if word.isupper() and _acronym(w):
            return SAFE  # "TCKN", "GSTIN": letters, not a name
        if len(w) <= 2:
            return AMBIG  # "Mi pasaporte": not at the start of a sentence
        return UNKNOWN
    very_common = rank is not None and rank < _VERY_COMMON
    if first:
        if very_common:
            return CNAME
        return AMBIG if rank is not None and rank < RARE else NAME
    if very_common:
        return SAFE
    if w in lex.places:
        if len(w) <= 3:
            return COMMON  # "Act", "Bay": a short ordinary word, a place only as a code
        return AMBIG if rank is not None and rank < RARE else PLACE
    if w in lex.surnames:
        return CNAME
    return COMMON


_DETERMINERS = frozenset(
    ["my", "his", "her", "our", "your", "their", "the", "a", "an", "this", "that", "these", "those"]
)


def _acronym(w: str) -> bool:
    """An unknown word in capitals with at most one vowel: an abbreviation."""
    return w.isascii() and 4 <= len(w) <= 6 and sum(c in "aeiouy" for c in w) <= 1


# The classes _lookup gives its hand-written lists, each list overriding those
# before it: a short title, then a determiner ("My" is also in the first-name
# list), then an organisation suffix, then an extra ordinary word.
_FIXED_CLASSES: dict[str, int] = {
    # the names written for this project are names, however often the frequency lists
    # hold them ("Aidan was late")
    **dict.fromkeys(EXTRA_FIRST_NAMES, NAME),
    **dict.fromkeys(EXTRA_WORDS, COMMON),
    # "lives with flatmates": a word for a person is not a name (nor "Mum", "Nan")
    **dict.fromkeys(RELATION_WORDS, COMMON),
    **dict.fromkeys(ORG_SUFFIXES, SUFFIX),
    **dict.fromkeys(_DETERMINERS, SAFE),
    **{w: TITLE for w in TITLES if len(w) <= 6},
}

CLASS_CACHE: dict[str, int] = {}


def classify(word: str, lex: Lexicon) -> int:
    cls = CLASS_CACHE.get(word)
    return classify_new(word, lex) if cls is None else cls


def classify_new(word: str, lex: Lexicon) -> int:
    """The class of a word not in CLASS_CACHE, remembered there."""
    cls = _classify_uncached(word, lex)
    if len(CLASS_CACHE) < 200_000:
        CLASS_CACHE[word] = cls
    return cls


def _classify_uncached(word: str, lex: Lexicon) -> int:
    if len(word) == 1:
        return SAFE if word in "IA" else INITIAL
    if word[0] in _ROMAN_FIRST and _ROMAN.fullmatch(word):
        return ROMAN
    if word.lower().rstrip(".") in ORG_SUFFIXES:
        return SUFFIX  # "LLC", "Ltd", "Research"
    if word.isupper() and (word.lower() in ACRONYMS or len(word) <= 3):
        return SAFE
    if (
        len(word) > 3
        and word[1] in "'\u2019"
        and word[2].isupper()
        and word[3:].islower()
        and lex.common.get(word[2:].lower(), _VERY_COMMON_PART) >= _VERY_COMMON_PART
    ):
        return NAME  # "O'Neill", "D'Arcy", "D'Souza" (not "O'Clock", "Y'Know")
    if "-" in word:
        classes = [_lookup(p, lex) for p in word.split("-") if p]
        for c in (UNKNOWN, NAME, PLACE, AMBIG, CNAME, COMMON):
            if c in classes:
                return c
        return SAFE
    return _lookup(word, lex)


_CLAUSE_GOES_ON = re.compile(r"[ \t]*(?:[.,;:!?)\]\n\r]|$)|[ \t]+([a-z]+)\b")


def ends_phrase(text: str, end: int) -> bool:
    """What follows ``end`` ends a noun phrase: a stop, a bracket, a line end, a
    function word ("in Lewisham and …", "to Partick to be nearer") or a place's noun
    ("from Waverley station"), not a noun the word would qualify ("in Hospice care",
    "to Online sessions")."""
    m = _CLAUSE_GOES_ON.match(text, end)
    return m is not None and (
        m.group(1) is None or m.group(1) in FUNCTION_WORDS or m.group(1) in _PLACE_NOUNS
    )


# what may follow a district's name and keep it one: "from Waverley station"
_PLACE_NOUNS = frozenset(
    ["station", "area", "estate", "park", "road", "street", "centre", "center", "market",
     "library", "bridge", "way", "side", "end", "branch", "office", "high", "town", "village",
     "district", "bus", "train", "shops", "harbour", "harbor", "port", "quay", "beach", "pier",
     "bay", "seafront"]
)  # fmt: skip


def sentence_start(text: str, start: int) -> bool:
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalnum():
        return False  # the common case, decided as the loop below would
    i = start - 1
    while i >= 0 and text[i] in SKIP_BACK:
        i -= 1
    if i < 0 or text[i] in BOUNDARY:
        if i >= 0 and text[i] == ".":
            # "Dr. Smith", "J. Smith": an abbreviation, not a sentence end
            j = i - 1
            while j >= 0 and text[j].isalpha():
                j -= 1
            word = text[j + 1 : i].lower()
            if word in TITLES or len(word) == 1 or word in ("st", "ste"):
                return False  # ("St. Aidan's": a saint, not a sentence end)
        return True
    return False


def typed_caseless(text: str, low: str) -> bool:
    """Text typed without capitals ("follow up with patricia desrosiers");
    ``low`` is ``text.lower()``."""
    if "I" in text:
        no_i = text.replace("I", "")
        if no_i != no_i.lower():
            return False  # a capital other than "I": also there once only "I" alone is dropped
        rest = _PRONOUN_I.sub("", text)
        if rest != rest.lower():
            return False
    elif text != low:
        return False
    return _TWELVE_LETTERS.match(text, 0, 2000) is not None  # in the first 2,000 characters


LOWER_CLASS_CACHE: dict[str, int] = {}


def classify_lower(word: str, lex: Lexicon) -> int:
    """The class of a word in text typed without capitals."""
    if word in FUNCTION_WORDS or word in LOWER_CASE_WORDS:
        return SAFE  # "her nans in wigan": "in" is no name after a cue
    if "-" in word and all(
        p in lex.common and p not in lex.first_names for p in word.split("-") if len(p) > 1
    ):
        return SAFE  # "wind-down", "check-in": ordinary words joined
    cls = classify(word.capitalize(), lex)
    if cls in (INITIAL, ROMAN, AMBIG, CNAME):
        return COMMON  # without capitals a word that may be a name is taken as a word
    if cls in (COMMON, SAFE):
        return SAFE  # and an ordinary word is never a name ("i'm moving", "her dad was")
    if is_word(word, lex):
        return COMMON  # a name that is also a rare word ("donna")
    return cls
