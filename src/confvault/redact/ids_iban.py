"""IBANs and the look-alike regions of the ID detector (:mod:`.ids`).

A valid IBAN is an ID; an IBAN or card shape whose checksum fails vetoes every other
finding inside it. Positions only: :mod:`.ids` makes the spans.
"""

from __future__ import annotations

import re

from . import checksums as ck

# The first digit of an IBAN hint or of a card shape (below): either, in one search.
SCREEN = re.compile(
    r"\d(?:(?<=[A-Za-z]{2}\d)\d|(?<![\w-](?s:.))\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-]))"
)


_IBAN_HINT = re.compile(r"[A-Za-z]{2}\d{2}")
# the same test, the regex engine skipping to digits: search it from the first digit
IBAN_HINT_AT = re.compile(r"\d(?<=[A-Za-z]{2}\d)\d")
# the check digits, after a two-letter country code starting a word (matched digit-first;
# the code is the two characters before the match)
_IBAN_START = re.compile(r"\d(?<=(?<![\w])[A-Za-z]{2}\d)\d(?=[ \-]?[A-Za-z0-9])")
# the rest of an IBAN of each length: its letters and digits (``[^\W_]``, as
# ``str.isalnum``), spaces or dashes (one kind) between them, and no more after
_IBAN_BODY = {
    length: re.compile(
        rf"(?:[ ]*[^\W_]){{{length - 4}}}(?![^\W_])|(?:-*[^\W_]){{{length - 4}}}(?![^\W_])"
    )
    for length in set(ck.IBAN_LENGTHS.values())
}


def ibans(text: str, at: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Valid IBANs, and where each _IBAN_START match is (its check digits): an IBAN
    shape starts at one of them. ``at`` is at or before the first IBAN hint."""
    out = []
    starts = []
    for m in _IBAN_START.finditer(text, at):
        starts.append(m.start())
        start = m.start() - 2
        length = _IBAN_LENGTHS_ANY_CASE.get(text[start : start + 2])
        if length is None:
            continue
        body = _IBAN_BODY[length].match(text, m.end())
        if body is None:
            continue
        end = body.end()
        # (the separators here are spaces or dashes, no other kind)
        if ck.iban(text[start:end].replace(" ", "").replace("-", "")):
            out.append((start, end))
    return out, starts


# ck.IBAN_LENGTHS with each country code in each case ("gb", "Gb", ...): the code
# here is two ASCII letters, so this is IBAN_LENGTHS.get(code.upper())
_IBAN_LENGTHS_ANY_CASE = {
    a + b: length
    for code, length in ck.IBAN_LENGTHS.items()
    for a in (code[0], code[0].lower())
    for b in (code[1], code[1].lower())
}


# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, and "(?=[...])(?<!C)" names the possible first characters; either
# lets the regex engine skip to candidate characters. The matches are the same.
# An IBAN shape is found from its check digits, as _IBAN_START: it starts two before.
_IBAN_SHAPE = re.compile(
    r"\d(?<=(?<![\w])[A-Z]{2}\d)\d(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![\w])"
)
_CARD_SHAPE = re.compile(r"\d(?<![\w-](?s:.))\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-])")


def lookalikes(text: str) -> list[tuple[int, int]]:
    """Regions shaped like an IBAN or a card number whose checksum fails."""
    valid, starts = ibans(text, 0) if _IBAN_HINT.search(text) else ([], [])
    return lookalike_regions(text, valid, starts, True)


# schemes whose numbers have a card's length and no card's check digit, after their
# label: Indonesia's NIK (16 digits), Brazil's SUS card (15): no look-alike (session 18)
_CARD_LENGTH_LABEL = re.compile(
    r"\b(?:NIK|KTP|SUS|CNS)(?:[ \t]+(?i:no\.?|number|nr))?[ \t]*[:#]?[ \t]*$"
)


def lookalike_regions(
    text: str, valid: list[tuple[int, int]], iban_starts: list[int], cards: bool
) -> list[tuple[int, int]]:
    """``iban_starts`` from ibans: _IBAN_SHAPE.finditer's matches are matches there
    (each after the end of the one before)."""
    out: list[tuple[int, int]] = []
    shape_end = 0
    for at in iban_starts:
        m = _IBAN_SHAPE.match(text, at) if at >= shape_end else None
        if m is not None:
            start, end = m.start() - 2, m.end()
            shape_end = end
            for a, b in valid:
                if a < end and start < b:
                    break
            else:
                shape = text[start:end]  # (its separators are spaces or dashes)
                if shape[:2] in ck.IBAN_LENGTHS and not ck.iban(
                    shape.replace(" ", "").replace("-", "")
                ):
                    out.append((start, end))
    for m in _CARD_SHAPE.finditer(text) if cards else ():
        compact = m.group().replace(" ", "").replace("-", "")
        if (
            not ck.card(compact)
            and not ck.au_ihi(compact)  # (an IHI is no look-alike)
            and not _CARD_LENGTH_LABEL.search(text, max(0, m.start() - 24), m.start())
        ):
            out.append((m.start(), m.end()))
    return out
