"""Phone numbers read out in words: "oh seven seven double oh nine double oh one".

A run of digits spoken one by one (a "double" or "triple" counts twice or three
times; figures may be mixed in: "077 nine zero one …") is a number someone could
ring when it holds three digit words or more and reads as a phone number: ten
digits or more, or eight or more starting with a zero or holding a "double".
Counting ("one two three four"), a rhythm said twice ("one two, one two") and a
list of single scores ("six, five, seven, four, …") stay: they are ordinary in a
note.
"""

from __future__ import annotations

import itertools
import re

from .model import Span

# the words of numbers read out, shared with the rules for dictated years, house
# numbers and e-mail names (grow.py, handles.py)
ONES = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DIGIT_WORDS = "zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
# (a digit and "hundred" is that digit and two zeros, as numbers are read out:
# "oh seven seven double oh nine hundred four two two")
_UNIT = (
    rf"(?:(?:double|triple|treble)[ \t-]+)?(?:{_DIGIT_WORDS}|\d{{1,5}})"
    r"(?:[ \t-]+hundred(?:[ \t]+and(?=[ \t]))?)?"
)
_SEP = r"[ \t,.;/()\n-]+"
# ASCII letters only: "(?i)" alone also takes the long s and the dotted capital I
# ("six" spelled with U+017F), which lower() does not turn into digit words
_RUN = re.compile(rf"(?<![\w-])(?ai:{_UNIT}(?:{_SEP}{_UNIT}){{2,}})(?![\w-])")
# _RUN for an ASCII text in lower case: the same positions, and (?ai) folds ASCII letters
# only, so the same matches; matched case-sensitively, quicker (session 22)
_RUN_LOWER = re.compile(_RUN.pattern.replace("(?ai:", "(?a:", 1))
_SPLIT = re.compile(_SEP)
_FIGURE = re.compile(r"\d")
_WORD_SET = frozenset(_DIGIT_WORDS.split("|")) - {"o"}
_MIN_WORDS = 3  # digit words in a run, at least ("triple one triple two double three")
_MIN_PLAIN = 5  # ... and with no "double", "triple" nor figure (the screen asks no more)
_MIN_DIGITS = 10  # a phone number's length, or ...
_MIN_DIGITS_ZERO = 8  # ... when it starts with a zero or says "double"

_VALUE = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3}
_VALUE |= {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _read(run: str) -> tuple[list[int], int, bool, bool]:
    """The run's digits, how many digit words it holds, whether it says "double" or
    "triple", and whether it is a comma list of single digits ("six, five, seven")."""
    digits: list[int] = []
    hundreds = 0
    words = 0
    times = 1
    repeated = False
    for part in _SPLIT.split(run.lower()):
        if part in ("double", "triple", "treble"):
            times = 2 if part == "double" else 3
            repeated = True
        elif part == "hundred":
            digits += [0, 0]
            hundreds += 1
        elif part == "and":
            continue
        elif part.isdigit():
            digits += [int(c) for c in part]
        elif part:
            digits += [_VALUE[part]] * times
            words += part != "o"
            times = 1
    pieces = run.split(",")
    listed = len(pieces) > 2 and all(len(p.split()) == 1 for p in pieces)
    # "oh six hundred, oh nine hundred", "two hundred, four hundred …": times and amounts
    # (a number read out with "hundred" still says most of its digits one by one)
    listed = listed or (hundreds > 0 and words - 2 * hundreds < 4)
    return digits, words, repeated, listed


def _is_number(digits: list[int], words: int, repeated: bool, listed: bool) -> bool:
    if words < _MIN_WORDS or listed:
        return False
    if len(digits) < (_MIN_DIGITS_ZERO if digits[0] == 0 or repeated else _MIN_DIGITS):
        return False
    steps = {b - a for a, b in itertools.pairwise(digits)}
    if steps in ({1}, {-1}):
        return False  # counting up or down
    for size in range(2, len(digits) // 2 + 1):  # a rhythm said again: "1234 1234"
        if len(digits) % size == 0 and digits == digits[:size] * (len(digits) // size):
            return False
    return True


def detect(text: str) -> list[Span]:
    """Numbers spoken in words, as PHONE spans."""
    low = text.lower()
    if "-" in low or "," in low or "." in low:
        low = low.replace("-", " ").replace(",", " ").replace(".", " ")
    words = low.split()
    # the cheap screen: enough digit words in the text (most have none): three with a
    # "double", "triple" or figures ("ring 07700 900 four five six"), else five
    if _WORD_SET.isdisjoint(words):
        return []
    count = sum(map(_WORD_SET.__contains__, words))
    if count < _MIN_WORDS:
        return []
    # (between the two, whether the text is mixed decides: asked only then)
    if count < _MIN_PLAIN and not (
        "ouble" in low
        or "riple" in low
        or "reble" in low
        or "hundred" in low
        or _FIGURE.search(text)
    ):
        return []
    found = _RUN_LOWER.finditer(text.lower()) if text.isascii() else _RUN.finditer(text)
    return [
        Span(m.start(), m.end(), "PHONE", "pattern")
        for m in found
        if _is_number(*_read(text[m.start() : m.end()]))
    ]
