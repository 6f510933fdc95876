"""The same characters written another way, read in the form the rules know.

A note pasted from another system can hold its letters in a form no rule expects:

* characters that show nothing ("Jor\\u200bdan": a zero-width space hid a name);
* Windows or old Mac line ends ("\\r\\n", "\\r"): an address over several lines was
  found in pieces;
* letters written decomposed, a base letter and its accent as two characters (text
  copied on a Mac can be: "Krisztia\\u0301n"): the name stopped before the accent,
  and what followed it was left in the output.

Each function gives the text in the plain form with, for each of its characters,
where that character starts and ends in the text as written, so that what is found
in one is put back on the other. Marks that can be read one character for one are
read so in place (:func:`plain_marks`, :func:`unmarked`).
"""

from __future__ import annotations

import re
import unicodedata

# A text in the plain form, and the start and end in the text as written of each
# of its characters.
Form = tuple[str, list[int], list[int]]

# Characters that show nothing, or a blank. Every format character (Unicode
# category Cf, Unicode 14), variation selectors, the combining grapheme joiner and
# the Hangul fillers.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u115f-\u1160"
    "\u17b4-\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
)


def _kept(text: str, keep: list[int]) -> Form:
    return "".join(text[i] for i in keep), keep, [i + 1 for i in keep]


def visible(text: str) -> Form:
    """Without its invisible characters (one inside a span goes with it)."""
    return _kept(text, [i for i, ch in enumerate(text) if not INVISIBLE.match(ch)])


def plain_lines(text: str) -> Form:
    """With a plain line end for every line end: the carriage return of a Windows
    line end is left out (a span ending at the line end takes it with it), and a
    lone one reads as a line end."""
    keep = [i for i, ch in enumerate(text) if ch != "\r" or text[i + 1 : i + 2] != "\n"]
    plain, starts, ends = _kept(text, keep)
    return plain.replace("\r", "\n"), starts, ends


def composed(text: str) -> Form:
    """Each letter with its accents as one character, where Unicode has one (NFC); a
    letter's accents belong to it wherever they go."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 else text[i]
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), starts, ends


# a phone's or word processor's apostrophes and quotes ("I\u2019m", "Feb \u201924"), and
# the spaces and hyphens that do not break a line (pasted from a web page or a letter:
# "14\u00a0Crown Street", "Jean\u2011Luc"), read as the plain ones, one for one
_PLAIN_MARKS = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201b\u02bc\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006", " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2212", "-"),  # (and a figure dash, a minus)
        # the Turkish capital "İ" lower-cases to two characters, so every index a rule
        # takes from text.lower() slipped by one after it ("İlkay … handle kettlecorn"
        # kept the handle: session 22); registered terms fold it to "I" too
        "\u0130": "I",
    }
)


def plain_marks(text: str) -> str:
    """``text`` with typographic apostrophes, quotes, spaces and hyphens made plain,
    and "İ" read as "I"; the same length, and ``text`` itself when it is ASCII."""
    return text if text.isascii() else text.translate(_PLAIN_MARKS)


# a list's bullet or an e-mail's quote mark opening a line: "- JT turned up late",
# "> Kim rang" (not a numbered list: "3. März" opens a German date)
_MARKS = "-*+>\u2022\u2023\u25e6\u25aa\u2043"
_LINE_MARKS = re.compile(rf"(?m)^[ \t]*(?:[{re.escape(_MARKS)}][ \t]+)+")
_MARK_CHARS = frozenset(_MARKS)


# markdown's underscores around words ("_Priya Sharma_"): an underscore is a word's
# letter to the rules, so "_Priya" was no name; only after a blank, a line's start or
# an opening bracket, quote or star, so not in a handle, a link, an address or a file
# name ("@_priya_s_", "fb.com/_sk8erboi_", "_priya_@gmail.com", "__init__")
_EMPHASIS = re.compile(r"(?<![^\s(\[{\"'\u201c\u2018*])(__?)(?=[^\W_])([^_\n]*?[^\W_])\1(?![\w@])")


def unmarked(text: str) -> str:
    """``text`` with the marks that open its lines, and markdown's underscores around
    words, as blanks (the same length: a line read as the rules read a line's start),
    and ``text`` itself when there are none."""
    if "_" in text:
        text = _EMPHASIS.sub(lambda m: " " * len(m[1]) + m[2] + " " * len(m[1]), text)
    if "\n" not in text and text.lstrip(" \t")[:1] not in _MARK_CHARS:
        return text
    return _LINE_MARKS.sub(lambda m: " " * len(m.group()), text)


def needs_composing(text: str) -> bool:
    """Some letter is written decomposed (``text`` is not ASCII)."""
    return not unicodedata.is_normalized("NFC", text)
