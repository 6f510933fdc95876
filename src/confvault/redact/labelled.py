"""Details that a label before them names: the cheap screen for :mod:`.ids_cued`
(ID numbers after *plate*, *BSN*, *ssn* …) and :mod:`.handles` (handles after
*snap*, *discord* …, e-mail addresses with ``[at]``).

Both need one of their cue words in the text. The text's words, lower-cased and
split at spaces, are looked up in one set (the cue words, also with ``:``,
``.`` or ``,`` after them or ``(`` before), so a text with no cue pays a split
and a set test; a ``#`` (``A#``, ``ss#``, ``name#1234``) sends the text to both
detectors' own cue searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import handles, ids_cued
from .model import Span

_CUES = frozenset(
    form
    for word in ids_cued.CUE_WORDS | handles.CUE_WORDS
    for form in (word, word + ":", word + ".", word + ",", "(" + word)
)


# a ticket, case or log's number after its "#": the "#" says it is a number given
_NUMBERED = re.compile(
    r"(?i)\b(?:ticket|incident|complaint|tracking|case|log|job|order|claim)[ \t]*#[ \t]*"
    r"(\d[\d-]{2,18}\d)(?![\w-])"
)


def detect(text: str, digits: bool, low: str = "", words: Iterable[str] = ()) -> list[Span]:
    """``digits``: the text holds a digit (every ID rule needs one); ``low`` and
    ``words``: the text in lower case and split at blanks, if the caller has them."""
    if not low:
        low = text.lower()
        words = low.split()
    out: list[Span] = []
    if "#" in low or "nummer" in low or not _CUES.isdisjoint(words):
        if digits:
            out = ids_cued.detect(text)
            if "#" in low:  # "ticket #48210937", "incident #4821-22"
                out.extend(
                    Span(m.start(1), m.end(1), "ID", "pattern") for m in _NUMBERED.finditer(text)
                )
        out.extend(handles.detect(text))
    hidden_at = "at]" in low or "at)" in low or "at}" in low or "\uff20" in low
    if hidden_at or " @" in low or "@ " in low:
        out.extend(handles.hidden_emails(text))
    return out
