"""A name found once is a name everywhere in the same text.

"Said 'Precious is the only one who gets me' - Precious is her girlfriend": the
second "Precious" has a cue, the first does not. Each word of a person's name
found by any detector is also taken wherever else the text has it in the same
case, as a whole word: a capitalised word, or one in lower case or in capitals
that is no ordinary word ("will" or "WHERE" elsewhere stays a word).
"""

from __future__ import annotations

import re

from .intervals import containment
from .lexicon import Lexicon, lexicon
from .model import Span
from .words import FUNCTION_WORDS, TITLES

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MIN_LEN = 3
_FEW = 8  # up to this many words, each is counted first (more: the text is read once)
_SKIP = ("known", "known-other", "repeat")


def repeats(text: str, found: list[Span]) -> list[Span]:
    """NAME spans for the other whole-word occurrences of the words of names found.

    Linear: the words of the names are gathered first, then the text is read once."""
    words: set[str] = set()
    for sp in found:
        if sp.category == "NAME" and sp.source not in _SKIP:
            words.update(m.group() for m in _WORD.finditer(text, sp.start, sp.end))
    if len(words) <= _FEW:  # mostly each name is there once: nothing to read
        words = {w for w in words if text.count(w) > 1}
    if not words:
        return []
    lex = lexicon()
    words = {w for w in words if len(w) >= _MIN_LEN and _may_repeat(w, lex)}
    if not words:
        return []
    inside = containment([(sp.start, sp.end) for sp in found])
    return [
        Span(m.start(), m.end(), "NAME", "repeat")
        for m in _WORD.finditer(text)
        if m.group() in words and _whole(text, m.start(), m.end()) and not inside(*m.span())
    ]


def _may_repeat(w: str, lex: Lexicon) -> bool:
    low = w.lower()
    if low in FUNCTION_WORDS or low in TITLES:
        return False
    if w[0].isupper() and not w.isupper():
        return True
    # in lower case or in capitals, an ordinary word may be meant ("WHERE")
    return low not in lex.common and low not in lex.dictionary


def _whole(text: str, i: int, j: int) -> bool:
    """Not part of a longer word, handle or address ("Graceland", "grace_99")."""
    return _free(text[i - 1 : i]) and _free(text[j : j + 1])


def _free(ch: str) -> bool:
    return not ch or not (ch.isalnum() or ch in "-_@")
