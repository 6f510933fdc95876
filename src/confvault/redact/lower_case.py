"""Names and places typed without capitals, where a cue shows what they are.

The name rules (:mod:`.names`) start from capital letters, and in lower-case
text take a word for a name only when no word list knows it. A first name that
some list also holds ("tom", "sammy", "wigan" in a frequency list) is found here
when the words around it say it is a person or a place:

* a person does things ("sammy hit him"), is seen or told ("saw tom today"),
  has relatives ("lisa's bf", "tom and his mum"), is one ("mum beryl"), has an
  age ("jordan (17)") or is the client ("client (tom)", "sam (client)");
* a place follows "in", "from", "near" ("at her nans in wigan").

A word that is frequent or in the dictionary ("will said", "hope is") stays:
without a capital nothing tells the name from the word.
"""

from __future__ import annotations

import functools
import re

from .lexicon import Lexicon, lexicon
from .model import Span
from .words import FUNCTION_WORDS, RELATIONS

_RARE = 3000  # a first name this rare (or rarer) as a word is taken as a name after a cue
_PLACE_RARE = 5000  # the same for a place name after "in"
_NAME = r"([a-z][a-z'\u2019-]*[a-z])"
_START = r"(?<![\w'\u2019-])"
_CUED_NAMES = (
    # doing what people in notes do
    re.compile(
        _START + _NAME + r"[ \t]+(?:said|says|rang|rings|told|tells|texted|texts|phoned|"
        r"messaged|hit|hits|punched|kicked|pushed|slapped|threatened|shouted|screamed|"
        r"admitted|disclosed|mentioned)\b"
    ),
    # seen, told or spoken to
    re.compile(
        r"(?i:\b(?:saw|met|told|texted|phoned|visited|spoke\s+to|spoke\s+with|talked\s+to))"
        r"[ \t]+" + _NAME + r"\b"
    ),
    # with relatives: "lisa's bf", "tom and his mum", "emma n her sister"
    re.compile(
        _START + _NAME + rf"['\u2019]s[ \t]+(?:bf|gf|{RELATIONS})s?\b"
        r"|" + _START + r"([a-z][a-z-]*[a-z])[ \t]+(?:and|n|&)[ \t]+(?:his|her|their)[ \t]+"
        rf"(?:{RELATIONS})s?\b"
    ),
    # an age after the name ("jordan (17)"); from a service ("tom from probation")
    re.compile(
        _START + r"([a-z]+)[ \t]*\(\d{1,2}\)|" + _START + _NAME + r"[ \t]+from[ \t]+(?:the[ \t]+)?"
        r"(?:probation|council|housing|social[ \t]+services|school|college|uni|work|church|"
        r"mosque|temple|gym|camhs|cmht|police|jobcentre|job[ \t]+centre)\b"
    ),
    # the client: "client (tom)", "sam (client)"
    re.compile(r"\bclient[ \t]*\(([a-z]+)\)|" + _START + r"([a-z]+)[ \t]*\((?:my\s+)?client\)"),
)
# Strong cues, where any first name that is not a very frequent word is a name:
_RELATIVES = rf"(?i:{RELATIONS}|aunty|fella|bloke|hubby|missus|cuz|cuzzie|mil|fil|bae)"
# a relative named ("says mum beryl", "her fella paddy", "her MIL (jaswinder)"): the
# name is found first, then this is looked for in the few characters before it
_RELATIVE_BEFORE = re.compile(rf"\b{_RELATIVES}s?[ \t]+\(?$")
_STRONG_NAMES = (
    # named ("is called sky", "goes by 'tink'")
    re.compile(
        r"(?i:\b(?:called|named|nicknamed|known[ \t]+as|goes[ \t]+by|nickname[ \t]+is))"
        r"[ \t]+['\"\u2018\u201c]?" + _NAME + r"\b"
    ),
    # described as a relative ("hope (the client's sister)", "jade (her mum)")
    re.compile(
        _START + _NAME + r"[ \t]*\((?:the[ \t]+)?(?:(?:client|[a-z]+)['\u2019]s[ \t]+|her[ \t]+|"
        rf"his[ \t]+|their[ \t]+|my[ \t]+)?{_RELATIVES}\)"
    ),
)
_VERY_COMMON = 300  # "mum may come", "dad will know": a modal, not a name
# a quoted nickname: "calls her stepdad 'Smithy'", "mentioning 'big mick'"
_QUOTED = re.compile(
    r"(?i:\b(?:calls?|called|nickname[ \t]+is|known[ \t]+as|goes[ \t]+by|mentioning|"
    r"mentions)(?:[ \t]+(?:him|her|them|me|his|her|their)(?:[ \t]+[a-z]+)?)?)"
    r"[ \t]+['\"\u2018\u201c]([^'\"\u2019\u201d\n]{2,24})['\"\u2019\u201d]"
)
_QUOTE_CUE = re.compile(r"(?i)call|nickname|known|goes|mention")
# "\b(?:in|from|near|outside|to)[ \t]+…" written to start from its first letter, which
# the regex engine skips to: the same matches, found faster
_PLACE_AFTER = re.compile(
    r"[ifnot](?<!\w[ifnot])(?:(?<=i)n|(?<=f)rom|(?<=n)ear|(?<=o)utside|(?<=t)o)[ \t]+"
    r"([a-z][a-z-]*[a-z])(?:[ \t]+([a-z][a-z-]*[a-z]))?\b"
)
_ASCII_WORD = re.compile(r"[a-z]+")
_NAME_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]+(?![\w-])")


@functools.cache
def _name_words() -> frozenset[str]:
    """The first names this module takes after a cue: rare as words. Letters a-z only
    (every shipped first name), so a scan of a-z runs finds them all."""
    lex = lexicon()
    return frozenset(
        w
        for w in lex.first_names
        if w not in FUNCTION_WORDS
        and w not in lex.dictionary
        and lex.common.get(w, _RARE) >= _RARE
        and _ASCII_WORD.fullmatch(w)
    )


@functools.cache
def _strong_words() -> frozenset[str]:
    """The first names taken after a strong cue: any but very frequent words."""
    lex = lexicon()
    return frozenset(
        w
        for w in lex.first_names
        if w not in FUNCTION_WORDS and lex.common.get(w, _VERY_COMMON) >= _VERY_COMMON
    )


def _place_word(word: str, lex: Lexicon) -> bool:
    return (
        lex.common.get(word, _PLACE_RARE) >= _PLACE_RARE
        and len(word) >= 4
        and word not in lex.first_names
        and word in lex.places
        and word not in lex.dictionary
    )


def warm_up() -> None:
    _name_words()
    _strong_words()


def _named_relatives(text: str, strong: frozenset[str]) -> list[Span]:
    out = []
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        if word in strong and _RELATIVE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            out.append(Span(m.start(), m.end(), "NAME", "context"))
    return out


def _again(text: str, names: list[Span]) -> list[Span]:
    """A one-word name found by a cue, met again elsewhere in the text without one
    ("mentioning 'big mick' … thinks mick is stealing")."""
    words = {text[s.start : s.end].lower() for s in names}
    first_names = lexicon().first_names
    words = {w.split()[-1] for w in words if w.split()} & first_names
    taken = {(s.start, s.end) for s in names}
    out = []
    for m in _ASCII_WORD.finditer(text):
        if (
            m.group() in words
            and (m.start(), m.end()) not in taken
            and not any(s.start <= m.start() < s.end for s in names)
        ):
            out.append(Span(m.start(), m.end(), "NAME", "context"))
    return out


def detect(text: str) -> list[Span]:
    """Lower-case first names and places with a cue, as described above."""
    found: list[Span] = []
    names = _name_words()
    words = _ASCII_WORD.findall(text)
    if not names.isdisjoint(words):  # a name the cues could take
        for pattern in _CUED_NAMES:
            for m in pattern.finditer(text):
                group = 1 if m.group(1) is not None else 2
                word = m.group(group)
                core = word[:-2] if word.endswith(("'s", "\u2019s")) else word
                if core in names:
                    start = m.start(group)
                    found.append(Span(start, start + len(core), "NAME", "context"))
    lex = lexicon()
    strong = _strong_words()
    if not strong.isdisjoint(words):
        found += _named_relatives(text, strong)
    for pattern in _STRONG_NAMES if not strong.isdisjoint(words) else ():
        for m in pattern.finditer(text):
            word = m.group(1)
            core = word[:-2] if word.endswith(("'s", "\u2019s")) else word
            if core in strong:
                found.append(Span(m.start(1), m.start(1) + len(core), "NAME", "context"))
    if ("'" in text or '"' in text or "\u2018" in text or "\u201c" in text) and _QUOTE_CUE.search(
        text
    ):
        for m in _QUOTED.finditer(text):
            found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    if found:
        found += _again(text, found)
    if "in " in text or "from " in text or "near " in text or "to " in text:
        for m in _PLACE_AFTER.finditer(text):
            two = m.group(2) and m.group(1) not in FUNCTION_WORDS  # not "the city"
            pair = f"{m.group(1)} {m.group(2)}" if two else ""
            if pair and pair in lex.places and lex.common.get(pair, _PLACE_RARE) >= _PLACE_RARE:
                found.append(Span(m.start(1), m.end(2), "LOCATION", "lexicon", None, "PLACE"))
            elif _place_word(m.group(1), lex):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "lexicon", None, "PLACE"))
    return found
