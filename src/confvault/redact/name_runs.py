"""Capitalised words joined into runs ("Sari J. Paavolainen", "Lending Club"): the
first step of :func:`.names.detect_names`."""

from __future__ import annotations

import functools
import re

from .lexicon import Lexicon
from .name_lower import caseless_runs
from .name_words import (
    BOUNDARY,
    CLASS_CACHE,
    INERT,
    INITIAL,
    SKIP_BACK,
    TITLE,
    Tok,
    classify_new,
    sentence_start,
)

_PARTICLES = (
    "de|la|le|du|des|del|della|di|da|van|von|der|den|ten|ter|y|dos|das|do|bin|al|el|na|ap|ab"
)
# (and German "an der", "an dem" between two capitalised words: "Mülheim an der Ruhr";
# "an" alone is English: "Ordered Priya an Uber")
_CONNECT = re.compile(rf"[ \t]+|\.[ \t]*|[ \t]+(?:(?:{_PARTICLES}|an[ \t]+de[mr])[ \t]+)+")
# every character _CONNECT can match: text with any other cannot join two words
_CONNECT_CHARS = " \t." + "".join(sorted(set(_PARTICLES) - {"|"}))


_SAINT_WORDS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])


@functools.cache
def _capword() -> re.Pattern[str]:
    upper = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
    cls = re.escape(upper)
    # "[X](?<!C(?s:.))" is "(?<!C)[X]" with the capital matched first: a faster scan;
    # after an apostrophe only when it opens a quote ("said 'Kwabena would …'"), not
    # inside a word ("O'Neill")
    return re.compile(
        rf"[{cls}](?<![\w-](?s:.))(?<!\w['\u2019](?s:.))"
        r"[^\W\d_]*(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+)*"
    )


@functools.cache
def _capwords() -> re.Pattern[str]:
    """_capword() as one group, for ``split``: no match objects to make."""
    return re.compile(f"({_capword().pattern})")


def _runs(text: str, lex: Lexicon, caseless: bool, low: str) -> list[list[Tok]]:
    """Capitalised words, joined into runs ("Sari J. Paavolainen"); ``low`` is
    ``text.lower()``."""
    if caseless:
        return caseless_runs(text, lex)
    if text == low and text.isascii():
        return []  # no capital letter to open a word ("121000358")
    runs: list[list[Tok]] = []
    prev: Tok | None = None
    seen = CLASS_CACHE
    # split: [text before the first word, word, text between, word, ..., the rest]
    parts = _capwords().split(text)
    end = 0
    for k in range(1, len(parts), 2):
        between, word = parts[k - 1], parts[k]
        start = end + len(between)
        end = start + len(word)
        if text[end : end + 1].isdigit():
            continue  # "IPv4", "Win11": a code, judged by the ID detector
        cls = seen.get(word)
        if cls is None:
            cls = classify_new(word, lex)
        if prev is not None:
            gap = text[prev.end : start]
            if gap == " " or (
                not gap.strip(_CONNECT_CHARS)
                and _CONNECT.fullmatch(gap)
                and (
                    gap[0] != "."
                    or prev.cls in (INITIAL, TITLE)
                    or len(prev.text) == 1
                    or prev.text in _SAINT_WORDS
                )
            ):
                prev = Tok(start, end, word, cls, False)
                runs[-1].append(prev)
                continue
        if cls in INERT and not (len(word) >= 2 and word.isupper()):
            # a word with nothing to judge ("The", "I") that no word joins: not
            # the one before (above), nor the next, when the text up to it cannot
            # join two words (nor can any longer gap: it would hold a capital).
            # detect_names would pass over its run of one; leave it out.
            after = parts[k + 1]
            if after != " " and (
                after.strip(_CONNECT_CHARS)
                or not _CONNECT.fullmatch(after)
                or (after[0] == "." and cls != INITIAL and len(word) != 1)
            ):
                prev = None
                continue
        # sentence_start looks back over SKIP_BACK to a sentence boundary; mostly
        # the text since the last word found shows there is none ("went to Word")
        stop = between.rstrip(SKIP_BACK)
        first = (not stop or stop[-1] in BOUNDARY) and sentence_start(text, start)
        prev = Tok(start, end, word, cls, first)
        runs.append([prev])
    return runs
