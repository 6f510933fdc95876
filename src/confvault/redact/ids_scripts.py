"""ID-like codes written with Cyrillic or Greek capitals, and numbers after "№" (session 19).

The ID detector (:mod:`.ids`) reads codes in Latin letters and digits. A bank's or an
office's reference in Russian, Ukrainian, Bulgarian, Serbian or Greek mixes its own
capitals with digits ("7781-КЛ-4402", "\u03a4\u0395/2024/0331"), and Russian papers number a
document after "№" ("серия 77 № 2401567890"). Each is as identifying as a Latin code.
"""

from __future__ import annotations

import re

from .model import Span

_CAPS = "0-9A-Z\u0400-\u042f\u0391-\u03a9"
# parts joined by "-" or "/", one of them holding a Cyrillic or Greek capital, four
# digits or more in all (not "ДТП-2" nor "ГОСТ 12")
_CODE = re.compile(
    rf"(?<![\w/-])(?=[{_CAPS}/-]*[\u0400-\u042f\u0391-\u03a9])"
    rf"(?=(?:[^\d\s]*\d){{4}})[{_CAPS}]+(?:[-/][{_CAPS}]+)+(?![\w/-])"
)
# a document's number after "№" (five digits or more), with its series before it
_NUMBERED = re.compile(
    r"(?:(?i:серия|series|\u0441\u0435\u0440\.)[ \t]+\d{2}[ \t]?\d{0,2}[ \t]+)?"
    r"\u2116[ \t]*\d{5,}(?!\d)"
)


def detect(text: str) -> list[Span]:
    """The codes above; an ASCII text holds none."""
    if text.isascii():
        return []
    found = [Span(*m.span(), "ID", "pattern") for m in _CODE.finditer(text)]
    if "\u2116" in text:
        found += [Span(*m.span(), "ID", "pattern") for m in _NUMBERED.finditer(text)]
    return found
