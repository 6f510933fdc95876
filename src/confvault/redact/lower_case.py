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
    # a relative named ("says mum beryl"), or an age after the name ("jordan (17)")
    re.compile(
        rf"\b(?:{RELATIONS})[ \t]+" + _NAME + r"\b|" + _START + r"([a-z]+)[ \t]*\(\d{1,2}\)"
    ),
    # the client: "client (tom)", "sam (client)"
    re.compile(r"\bclient[ \t]*\(([a-z]+)\)|" + _START + r"([a-z]+)[ \t]*\((?:my\s+)?client\)"),
)
# "\b(?:in|from|near|outside)[ \t]+…" written to start from its first letter, which
# the regex engine skips to: the same matches, found faster
_PLACE_AFTER = re.compile(
    r"[ifno](?<!\w[ifno])(?:(?<=i)n|(?<=f)rom|(?<=n)ear|(?<=o)utside)[ \t]+([a-z][a-z-]*[a-z])\b"
)
_ASCII_WORD = re.compile(r"[a-z]+")


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


def detect(text: str) -> list[Span]:
    """Lower-case first names and places with a cue, as described above."""
    found: list[Span] = []
    names = _name_words()
    if not names.isdisjoint(_ASCII_WORD.findall(text)):  # a name the cues could take
        for pattern in _CUED_NAMES:
            for m in pattern.finditer(text):
                group = 1 if m.group(1) is not None else 2
                word = m.group(group)
                core = word[:-2] if word.endswith(("'s", "\u2019s")) else word
                if core in names:
                    start = m.start(group)
                    found.append(Span(start, start + len(core), "NAME", "context"))
    if "in " in text or "from " in text or "near " in text or "outside " in text:
        lex = lexicon()
        for m in _PLACE_AFTER.finditer(text):
            if _place_word(m.group(1), lex):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "lexicon", None, "PLACE"))
    return found
