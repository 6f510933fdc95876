"""Alternations of cue words written so that the regex engine skips to them.

Python's regex engine jumps ahead to where a pattern can start only when the pattern
opens with a literal, a character class or an alternation of literals. A pattern
opening with ``\\b`` or a look-around is tried at every character of a note instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(alternatives: Iterable[str]) -> str:
    """``\\b(?:a|b|…)`` for alternatives that each open with a plain letter, rewritten
    to open with those letters: the alternatives are grouped by their first letter (each
    group in its order, so the same alternative matches) and a look-behind after the
    letter stands for the ``\\b`` before it."""
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(rf"{c}(?<!\w.)(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


def word_start_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` (an alternation of cues made of letters, a cue
    perhaps ending in a blank) that start a word as :func:`.cues.word_starts` reads
    it: not after a letter, a digit, an apostrophe or a hyphen ("recall", "o'pt").
    The cues hold no other character, so no cue can start inside another's match."""
    return [
        m
        for m in pattern.finditer(text)
        if (i := m.start()) == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'\u2019-")
    ]
