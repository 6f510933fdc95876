"""Address blocks: the rest of an address taken with a street line, unit or postcode.

Once a street line, unit or postcode is found, the rest of the address is taken with
it: a house or building number just before it, and after it any further parts on the
same line (", Town, Country 12345", "Suite 215 NUNGATTA") and on the following short
lines (a town, a region code, a postcode, a country), up to one blank line apart. A
following line is taken only when it is made entirely of such parts. Also here: the
address after a cue ("address:", "lives at", "sent to" …).
"""

from __future__ import annotations

import functools
import re

from .lexicon import lexicon, stems
from .model import Span
from .words import FUNCTION_WORDS, UNIT_AFTER

_CONNECTORS = (
    "de|la|le|les|del|della|di|da|do|dos|das|du|des|van|von|der|den|nad|pod|u|v|am|an|im|"
    "auf|bei|sur|en|y|e|et|and|of|the|upon|on|sous|lès|l'|d'|ul\\.|nan|z|ze|na|ve"
)


def warm_up() -> None:
    """Compile the address-part patterns now (about 1 ms each, their class of capitals
    is long); otherwise the first note with an address pays it."""
    _part()
    _sep_part()


@functools.cache
def _part() -> re.Pattern[str]:
    """One part of an address: a number, a unit, a capitalised word, a code."""
    upper = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
    cap = f"[{re.escape(upper)}][^\\s,;:!?()]*"
    return re.compile(
        # (and the Iberian words for them: "casa 2", "apto 31", "bloco B", "piso 3"). The
        # words are grouped by first letter, and that letter is tested first: only one
        # word can match before what follows it (no letter), so the order is free.
        rf"(?:(?i:(?=[abcdflmpqrsu#])(?:a(?:pt|partment|ndar|pto)|s(?:uite|te)|unit"
        rf"|f(?:lat|loor|l)|room|b(?:ox|loco)|p(?:\.?\s?o\.?\s+box|iso)|#|casa|d(?:epto|pto)"
        rf"|lote|quadra|manzana))"
        # (a floor and a unit: "#08-114")
        rf"\.?[ \t]*#?[ \t]*\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}}[A-Za-z]?)?"
        # (a Japanese block, lot and building number: "Taishi 1-4-9", session 18)
        rf"|\d{{1,3}}-\d{{1,3}}-\d{{1,4}}(?![\w-])"
        rf"|\d{{1,6}}(?:[-/ ]\d{{2,4}}(?![\w]))?[A-Za-z]?\.?"
        rf"|\([^()\n]{{1,30}}\)"
        rf"|{cap}(?:[ \t]+\([^()\n]{{1,30}}\))?"
        rf"|(?:{_CONNECTORS})(?=[ \t])"
        rf")(?![\w])"
    )


_SAME_LINE_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+")
_CONNECTOR = re.compile(_CONNECTORS)
# the words _CONNECTOR matches whole, for a set look-up
_CONNECTOR_WORDS = frozenset(_CONNECTORS.replace("\\.", ".").split("|"))


@functools.cache
def _sep_part() -> re.Pattern[str]:
    """A separator on the same line and the part after it (group 1), in one match.

    The separator is atomic, so it is what _SAME_LINE_SEP.match finds there (the first
    alternative that matches, taken whole) and the part is what _part() matches after
    it; this only saves a call per part."""
    return re.compile(rf"(?>{_SAME_LINE_SEP.pattern})({_part().pattern})")


_NEW_LINE_SEP = re.compile(r"[ \t]*,?[ \t]*\n(?:[ \t>]*\n)?[ \t>]*,?[ \t]*")
_LOWER_CODE = re.compile(r"[a-z]{2,3}(?=[ \t]*(?:,|\n|$))")
_LEADING_NUMBER = re.compile(r"(?<![\w.,/:-])\d{1,6}[A-Za-z]?,?[ \t]+$")
# what a same-line separator starts with (both of _SAME_LINE_SEP's alternatives)
_SEP_FIRST = (" ", "\t", ",")


# typed in lower case after a comma: a postcode or its first half ("b13 9hs", "nw9",
# "d07 ak21"), or a town ("moseley", "co offaly")
_LOWER_POSTCODE = re.compile(r"[a-z]{1,2}\d[a-z\d]?(?:[ \t]\d[a-z]{2}|[ \t][a-z\d]{4})?(?![\w])")
_LOWER_TOWN = re.compile(r"(?:co[ \t]+)?([a-z][a-z'-]+)(?:[ \t]+[a-z][a-z'-]+)?(?![\w])")


_COMPASS = frozenset(["north", "south", "east", "west", "central", "upper", "lower"])


def _lower_postcode(text: str, pos: int) -> re.Match[str] | None:
    m = _LOWER_POSTCODE.match(text, pos)
    return m if m and any(map(str.isdigit, m.group())) else None


def _town_word(word: str) -> bool:
    """A place, or a word no list knows (a district: "moseley"); not an ordinary word."""
    lex = lexicon()
    rank = lex.common.get(word, 5000)
    if rank < 1500 or word in FUNCTION_WORDS:
        return False  # "…, and she said", "…, via Gympie": the sentence goes on
    if word in lex.places:
        return True
    return rank >= 5000 and not any(
        w in lex.dictionary or lex.common.get(w, 5000) < 5000 for w in (word, *stems(word))
    )


def _lower_place(text: str, pos: int) -> re.Match[str] | None:
    """A lower-case part of an address after a comma, or None: a postcode shape, or a
    town of one or two words ("moseley", "hamilton east", "co offaly")."""
    m = _lower_postcode(text, pos)
    if m:
        return m
    m = _LOWER_TOWN.match(text, pos)
    if m is None or not _town_word(m.group(1)):
        return None
    words = m.group().split()
    if len(words) == 2 and words[0] != "co" and not (words[1] in _COMPASS or _town_word(words[1])):
        return _LOWER_TOWN.match(text, pos, m.start(1) + len(words[0]))  # the town alone
    return m


def _ordinary(word: str) -> bool:
    """A frequent English word that is not also a place name."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    lex = lexicon()
    w = word.lower()
    rank = lex.common.get(w)
    if rank is None or rank >= 2000:
        return False
    # a function word is the sentence going on, though a list has a place of that name
    # ("Wythenshawe M22. Her 2 kids"; session 24), unless it opens places' names
    return w not in lex.places or (w in FUNCTION_WORDS and w not in ("los", "the"))


def _parts_on_line(text: str, pos: int, *, whole_line: bool) -> int:
    """Extend from ``pos`` over address parts on this line; return the new end.

    With ``whole_line`` the extension counts only if it reaches the end of the
    line (or text), and the first part needs no separator before it; otherwise
    ``pos`` is returned unchanged."""
    end = solid = pos  # solid: the end of the last part that is not a connector
    if whole_line:
        m = _part().match(text, pos) or _LOWER_CODE.match(text, pos)  # a lone "nan" line
        if m is None:
            return pos
        end = solid = m.end()
    sep_part = _sep_part()
    while text.startswith(_SEP_FIRST, end):
        m = sep_part.match(text, end)
        if m is None:
            # no part after the separator: ", ec" (after a comma, or on a whole line)
            sep = _SAME_LINE_SEP.match(text, end)
            if sep is None:
                break
            if "," in sep.group():
                m = _LOWER_CODE.match(text, sep.end()) or _lower_place(text, sep.end())
            elif whole_line:
                m = _LOWER_CODE.match(text, sep.end()) or _lower_postcode(text, sep.end())
            else:  # after a space, only a postcode typed in lower case ("hove bn3")
                m = _lower_postcode(text, sep.end())
            if m is None:
                break
            word = m.group()
        else:
            word = m.group(1)
        if not whole_line and _ordinary(word):
            break  # "… 12 Hill Road You Said": a title-case sentence goes on
        if word.isdigit() and UNIT_AFTER.match(text, m.end()):
            break  # a count: "…, SA 5011, 40 min drive"
        end = m.end()
        if word == "nan" or word not in _CONNECTOR_WORDS:
            solid = end
        if not whole_line and _SENTENCE_END.search(word):
            break  # "… 9494 Schaan. Sohn (17) wieder bei ihr": the sentence has ended
    # a connector only joins two parts: "12 Hill Road, and then" ends at "Road" ("nan",
    # an empty field in exported address lists, is a part of its own)
    end = solid
    if whole_line:
        rest = end
        while rest < len(text) and text[rest] in " \t,":
            rest += 1
        if rest < len(text) and text[rest] != "\n" and not _LINE_TAIL.match(text, end):
            return pos
    return end


# a part that ends a sentence: a word of five letters or more and a full stop (not
# "St.", "Apt.", "Blvd." nor initials; session 24)
_SENTENCE_END = re.compile(r"[^\W\d_]{5}\.\Z")

# what may follow the last part of an address inside a sentence: its end, or
# (after a postcode) the sentence going on in lower case
_LINE_TAIL = re.compile(r"[.?!;](?:\s|$)|(?<=\d)[ \t]+[a-z]|(?<=\d\.)[ \t]+[A-Z]")


def grow(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole address block around a street line found at ``start:end``."""
    return _grow(text, start, end)


def _grow(text: str, start: int, end: int) -> tuple[int, int]:
    m = _LEADING_NUMBER.search(text, max(0, start - 9), start)
    if m:
        start = m.start()
    end = _parts_on_line(text, end, whole_line=False)
    for _ in range(6):
        sep = _NEW_LINE_SEP.match(text, end)
        if sep is None:
            break
        nxt = _parts_on_line(text, sep.end(), whole_line=True)
        if nxt == sep.end():
            break
        end = nxt
    while end > start and text[end - 1] in " \t,.":
        end -= 1
    return start, end


def _grow_all(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], _grow(text, out[-1][0], end)[1])
            continue
        out.append(_grow(text, start, end))
    return out


def spans(text: str, found: list[tuple[int, int]]) -> list[Span]:
    """The address blocks grown from the pieces found."""
    return [
        Span(start, end, "LOCATION", "pattern", placeholder_kind="ADDRESS")
        for start, end in _grow_all(text, found)
    ]


_CUE = re.compile(
    r"(?i)(?=[adlsrpmf])\b"
    r"(?:address(?:[ \t]+is)?[ \t]*[:\-]?|located[ \t]+at|(?:lives?|living|lived|"
    r"staying|stays?)[ \t]+at|(?:sent|send|return(?:ed)?|deliver(?:ed)?|post(?:ed)?|mail(?:ed)?|"
    r"forward(?:ed)?)[ \t]+(?:it[ \t]+|this[ \t]+|them[ \t]+)?to|arrived[ \t]+at)[ \t]*\n?[ \t]*"
)


# _CUE for lower-cased text whose case folding is plain (_CASE_ODD), matched
# case-sensitively: the same matches, found quicker
_CUE_LOWER = re.compile(_CUE.pattern.removeprefix("(?i)"))
# The characters that (?i) folds to an ASCII letter besides A-Z, a-z (as in dates.py;
# tests/test_redact_addr2_dates.py checks the claim over every character): in text
# without them lower() keeps every position and every \w, \s and \d.
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def cued(text: str, low: str, pos: int) -> list[tuple[int, int]]:
    """After "address:", "lives at", "sent to" …: capitalised words and numbers.

    ``low`` is ``text.lower()`` and no cue word (_CUE_WORDS in addresses.py, each the
    start of one of _CUE's words) starts in it before ``pos``; where case folds
    plainly, no match of _CUE can start before ``pos`` either."""
    out: list[tuple[int, int]] = []
    plain = text.isascii() or _CASE_ODD.search(text) is None
    for m in _CUE_LOWER.finditer(low, pos) if plain else _CUE.finditer(text):
        end = _parts_on_line(text, m.end(), whole_line=False)
        if end == m.end():
            m2 = _part().match(text, m.end())
            if m2 is None:
                continue
            end = _parts_on_line(text, m2.end(), whole_line=False)
        chunk = text[m.end() : end]
        if any(map(str.isdigit, chunk)) and any(map(str.isalpha, chunk)):
            out.append((m.end(), end))
    return out
