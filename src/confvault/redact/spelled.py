"""Phone numbers read out in words: "oh seven seven double oh nine double oh one".

Eight or more digits spoken in a row (a "double" or "triple" counts twice or
three times) are a number someone could ring. Shorter runs stay: counting
("one two three") and times are ordinary in a note.
"""

from __future__ import annotations

import itertools
import re

from .model import Span

_DIGIT_WORDS = "zero|oh|nought|one|two|three|four|five|six|seven|eight|nine"
_UNIT = rf"(?:(?:double|triple|treble)[ \t-]+)?(?:{_DIGIT_WORDS})"
_RUN = re.compile(rf"(?<![\w-])(?i:{_UNIT}(?:[ \t,-]+{_UNIT}){{2,}})(?![\w-])")
_WORD_SET = frozenset(_DIGIT_WORDS.split("|"))
_MIN_WORDS = 3  # eight digits take three digit words at least ("triple one triple two …")
_MIN_DIGITS = 8


_VALUE = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_VALUE |= {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _digits(run: str) -> list[int]:
    out: list[int] = []
    times = 1
    for word in re.split(r"[ \t,-]+", run.lower()):
        if word == "double":
            times = 2
        elif word in ("triple", "treble"):
            times = 3
        elif word:
            out += [_VALUE[word]] * times
            times = 1
    return out


def _is_number(digits: list[int]) -> bool:
    """Eight digits or more, and not counting up or down ("nine eight seven …")."""
    if len(digits) < _MIN_DIGITS:
        return False
    steps = {b - a for a, b in itertools.pairwise(digits)}
    return steps != {1} and steps != {-1}


def detect(text: str) -> list[Span]:
    """Numbers of eight or more digits spoken in words, as PHONE spans."""
    low = text.lower()
    if "-" in low or "," in low:
        low = low.replace("-", " ").replace(",", " ")
    words = low.split()
    # the cheap screen: enough digit words in the text (most have none)
    if _WORD_SET.isdisjoint(words) or sum(w in _WORD_SET for w in words) < _MIN_WORDS:
        return []
    return [
        Span(m.start(), m.end(), "PHONE", "pattern")
        for m in _RUN.finditer(text)
        if _is_number(_digits(m.group()))
    ]
