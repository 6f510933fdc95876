"""A lower-case word no list knows, where a cue says a person is named (session 19).

Notes typed in a hurry keep some capitals ("MS", "GP") and write a client's or a
relative's name in lower case. :mod:`.lower_case` finds such names when a list knows
them as first names; a name from further afield ("bára", "nilufar", "inti") is in no
list. Two cues name a person whatever the word: the client shorthand "c/" ("c/ bára
again re her dad") and a relative after a possessive ("her brother rui", "his son
inti"). The word goes only when no dictionary or frequency list (at any rank) knows it, its
stem or a part of it: "c/ mum", "her brother again", "his wife handles", "her
partner post-stroke" stay.
"""

from __future__ import annotations

import re

from .cues import word_starts
from .lexicon import lexicon, stems
from .model import Span
from .words import BRANDS, EXTRA_WORDS, FUNCTION_WORDS, LOWER_CASE_WORDS

_LOW = r"a-z\u00df-\u00ff\u0101-\u017f"  # lower-case letters, with Latin accents
_WORD = rf"([{_LOW}][{_LOW}'-]*[{_LOW}])"
_CLIENT = re.compile(rf"c/[ \t]*{_WORD}(?![\w/])")
_RELATIVE = re.compile(
    r"(?:her|his|their|my|our)[ \t]+(?:brother|sister|son|daughter|cousin|husband|wife|"
    r"nephew|niece|grandson|granddaughter|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?)"
    rf"[ \t]+{_WORD}(?![\w/])"
)


_OWNERS = ("her ", "his ", "their ", "my ", "our ")
_SHORT = 250


def detect(text: str) -> list[Span]:
    """The names above."""
    found: list[Span] = []
    hits: list[tuple[int, re.Pattern[str]]] = []
    # (in a short text the whole pattern is looked for first, and mostly fails; a regex
    # scan costs more than str.find over a long one)
    if len(text) > _SHORT or _RELATIVE.search(text):
        hits = [(i, _RELATIVE) for i in word_starts(text, _OWNERS)]
    if "c/" in text:
        hits += [(i, _CLIENT) for i in word_starts(text, ("c/",))]
    for start, pattern in hits:
        m = pattern.match(text, start)
        if m is not None and _unknown(m.group(1)):
            found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    return found


def _unknown(word: str) -> bool:
    """A word no list knows as a word."""
    if word in FUNCTION_WORDS or word in LOWER_CASE_WORDS or word in EXTRA_WORDS:
        return False
    if word in BRANDS:
        return False
    if len(word) > 5 and word.endswith("ly"):
        return False  # an adverb: "his wife repeatedly"
    lex = lexicon()
    # a word, its stem or a part of it joined by a hyphen: "handles", "naps", "post-stroke"
    forms = [word, *stems(word), *word.split("-")] if "-" in word else [word, *stems(word)]
    return not any(w in lex.dictionary or w in lex.common for w in forms if w)
