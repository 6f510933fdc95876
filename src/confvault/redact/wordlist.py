"""Word tables written as lines of text."""

from __future__ import annotations


def wordlist(*lines: str) -> list[str]:
    """The words of ``lines``, split on blanks: a table of months, names or words
    written a line of the source at a time."""
    return " ".join(lines).split()
