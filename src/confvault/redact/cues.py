"""Where cue words stand in a text, found with ``str.find``.

A pattern that opens with an alternation of words is tried at nearly every letter of a
note; most cues are rare, so finding them first and trying the pattern only there is
far cheaper (session 18's profile: about 7% of the engine on 1 KB notes).
"""

from __future__ import annotations

import re


def indexes(text: str, word: str) -> list[int]:
    """Every index of ``word`` in ``text``."""
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def word_starts(text: str, cues: tuple[str, ...]) -> list[int]:
    """Where each cue stands at the start of a word (not inside "recall", "o'pt"): each
    cue's indexes in turn, in the order of ``cues``."""
    if len(cues) > 2 and len(text) < _SHORT:
        # most short texts hold none of the cues: one search for any of them says so
        # at once (a long note holds some nearly always: the search would only add one)
        screen = _SCREENS.get(cues)
        if screen is None:
            screen = re.compile("|".join(map(re.escape, cues)))
            if len(_SCREENS) < 64:
                _SCREENS[cues] = screen
        if screen.search(text) is None:
            return []
    out = []
    for cue in cues:
        i = text.find(cue)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'\u2019-"):
                out.append(i)
            i = text.find(cue, i + 1)
    return out


_SHORT = 400
# a pattern for each tuple of cues asked for (a handful, fixed in the callers' code)
_SCREENS: dict[tuple[str, ...], re.Pattern[str]] = {}


def lowered_alike(text: str, low: str) -> bool:
    """Whether ``low`` (``text.lower()``) finds what a case-blind pattern finds in
    ``text``, at the same indexes: lowering moved no letter, and the text holds no long
    s nor Kelvin sign (which such a pattern reads as "s" and "k", and lowering keeps)."""
    return len(low) == len(text) and "\u017f" not in text and "\u212a" not in text
