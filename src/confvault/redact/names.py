"""Names, places and organisations nobody registered.

Philter-style: a capitalised word that is not known to be an ordinary word is
suspect. Each capitalised word is classed with the shipped lexicons (ordinary
English words with a frequency rank, first names, surnames, places); runs of
capitalised words ("Sari J. Paavolainen", "Lending Club") are judged together,
and context decides the rest: titles ("Dr X"), relations ("my sister X"),
places ("lives in X") and organisation words ("X Ltd", "works at X").
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass

from .lexicon import Lexicon, lexicon
from .model import Span
from .words import ACRONYMS, ORG_SUFFIXES, RELATIONS, TITLES

# token classes
SAFE, COMMON, AMBIG, NAME, PLACE, UNKNOWN, TITLE, INITIAL, ROMAN, SUFFIX = range(10)
_FLAGGING = (NAME, PLACE, UNKNOWN)
_VERY_COMMON = 300  # frequency rank under which a capitalised word is taken as ordinary
_RARE = 3000  # rank from which a word that is also a name is taken as a name

_CONNECT = re.compile(
    r"[ \t]+|\.[ \t]*|[ \t]+(?:de|la|le|du|des|del|della|di|da|van|von|der|den|ten|ter|y|dos|das|"
    r"do|bin|al|el|st\.?)[ \t]+"
)
_ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr|Sr|Jnr|Snr)\.?")
_BOUNDARY = set(".!?:;\n\r…•*>|")
_PERSON_CTX = re.compile(
    rf"(?i)(?:\b(?:my|his|her|their|our|your|the|a|client's|whose)\s+(?:(?:older|younger|"
    rf"little|big|twin|step|half|ex|late|best|new|old|former)[- ]?)?(?:{RELATIONS})s?,?|"
    r"\b(?:called|named|name\s+is|name's|name\s+was|known\s+as|nicknamed|aka|signed|"
    r"i'm|i\s+am|this\s+is|meet|married|dating|texted|rang|phoned|emailed|told|asked|with)"
    r")\s+$"
)
_PLACE_CTX = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|moving|born|grew\s+up|based|located|staying|stays|"
    r"from|in|to|at|near|around|visit(?:ing|ed)?|travel(?:l?ing|l?ed)?|flew|drove|outside|"
    r"towards|across)\s+$"
)
_ORG_CTX = re.compile(
    r"(?i)\b(?:works?|working|worked|job|employed|volunteers?|volunteering|studies|studying|"
    r"enrolled|attends?|attending|placement|intern(?:ing)?|shifts?)\s+(?:at|for|with|in)\s+$"
)
_LOWER_NAME = re.compile(
    rf"(?i)\b(?:my|his|her|their|our|your)\s+(?:(?:older|younger|little|big|step|half|ex|"
    rf"best)[- ]?)?(?:{RELATIONS}),?\s+([a-z][a-z'’-]+)\b"
)
_NUM_AFTER = re.compile(r"[ \t]+\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?![\w])")
_NUM_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,6}[A-Za-z]?[ \t]+$")


@functools.cache
def _capword() -> re.Pattern[str]:
    upper = "".join(
        chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha()
    )
    cls = re.escape(upper)
    return re.compile(rf"(?<![\w'’-])[{cls}][^\W\d_]*(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    cls: int
    first: bool  # first word of a sentence or line


def _lookup(word: str, lex: Lexicon) -> int:
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    elif w.endswith(("'", "’")):
        w = w[:-1]
    if w in TITLES and len(w) <= 6:
        return TITLE
    if w in ORG_SUFFIXES:
        return SUFFIX
    rank = lex.common.get(w)
    is_name = w in lex.first_names or w in lex.surnames
    is_place = w in lex.places
    if rank is not None and rank < _VERY_COMMON:
        return SAFE
    ordinary = rank is not None or w in lex.dictionary
    if not ordinary and w.endswith("s") and len(w) > 3:
        ordinary = w[:-1] in lex.common or w[:-1] in lex.dictionary
    if ordinary:
        if is_name or is_place:
            return AMBIG if (rank or _RARE) >= _VERY_COMMON else COMMON
        return COMMON
    if is_name:
        return NAME
    if is_place:
        return PLACE
    return UNKNOWN


def _classify(word: str, lex: Lexicon) -> int:
    if len(word) == 1:
        return SAFE if word in "IA" else INITIAL
    if _ROMAN.fullmatch(word):
        return ROMAN
    if word.isupper():
        if word.lower() in ACRONYMS or len(word) <= 3:
            return SAFE
    if "-" in word:
        classes = [_lookup(p, lex) for p in word.split("-") if p]
        for c in (UNKNOWN, NAME, PLACE, AMBIG, COMMON):
            if c in classes:
                return c
        return SAFE
    return _lookup(word, lex)


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([-_":
        i -= 1
    if i < 0 or text[i] in _BOUNDARY:
        if i >= 0 and text[i] == ".":
            # "Dr. Smith", "J. Smith": an abbreviation, not a sentence end
            j = i - 1
            while j >= 0 and text[j].isalpha():
                j -= 1
            word = text[j + 1 : i].lower()
            if word in TITLES or len(word) == 1:
                return False
        return True
    return False


def _runs(text: str, lex: Lexicon) -> list[list[_Tok]]:
    runs: list[list[_Tok]] = []
    prev: _Tok | None = None
    for m in _capword().finditer(text):
        word = m.group()
        tok = _Tok(m.start(), m.end(), word, _classify(word, lex), _sentence_start(text, m.start()))
        gap = text[prev.end : tok.start] if prev else ""
        if prev and (_CONNECT.fullmatch(gap) and (gap[0] != "." or prev.cls in (INITIAL, TITLE))):
            runs[-1].append(tok)
            tok.first = tok.first and gap[0] != "."
        else:
            runs.append([tok])
        prev = tok
    return runs


def _trim(run: list[_Tok], forced: bool) -> list[_Tok]:
    """Drop leading ordinary words that open a sentence, and titles."""
    while run:
        t = run[0]
        lead_ok = t.cls in (SAFE, TITLE, ROMAN) or (t.first and t.cls == COMMON)
        if t.cls == AMBIG and t.first and not forced and len(run) > 1:
            lead_ok = run[1].cls not in (NAME, UNKNOWN, AMBIG, INITIAL)
        if not lead_ok:
            break
        run = run[1:]
    while run and run[-1].cls in (SAFE, TITLE, INITIAL):
        run = run[:-1]
    return run


def _flagged(tok: _Tok, forced: bool) -> bool:
    if tok.cls in _FLAGGING:
        return True
    if tok.cls == AMBIG:
        return forced or not tok.first
    return forced and tok.cls == COMMON


def detect_names(text: str) -> list[Span]:
    lex = lexicon()
    spans: list[Span] = []
    for run in _runs(text, lex):
        head = run[0].start
        before = text[max(0, head - 40) : head]
        after_title = any(t.cls == TITLE for t in run[:1])
        person = after_title or bool(_PERSON_CTX.search(before))
        org = bool(_ORG_CTX.search(before))
        body = _trim(run, person or org)
        if not body:
            continue
        has_suffix = any(t.cls == SUFFIX for t in body[1:])
        flagged = [t for t in body if _flagged(t, person or org)]
        if not flagged and not has_suffix:
            continue
        if not flagged:
            body = [t for t in body if not (t.first and t.cls in (SAFE, COMMON))] or body
        start, end = body[0].start, body[-1].end
        category, kind = _category(text, body, lex, person, org, has_suffix, before)
        if category == "LOCATION" or all(t.cls in (UNKNOWN, PLACE, AMBIG, COMMON) for t in body):
            start, end, kind2 = _with_numbers(text, start, end)
            if kind2:
                category, kind = "LOCATION", kind2
        spans.append(Span(start, end, category, "lexicon", placeholder_kind=kind))
    spans.extend(_lower_names(text, lex))
    return spans


def _category(
    text: str,
    body: list[_Tok],
    lex: Lexicon,
    person: bool,
    org: bool,
    has_suffix: bool,
    before: str,
) -> tuple[str, str]:
    if has_suffix or org:
        return "ORG", ""
    if person:
        return "NAME", ""
    phrase = " ".join(t.text.lower() for t in body)
    if phrase in lex.places and len(body) > 1:
        return "LOCATION", "PLACE"
    names = sum(t.cls == NAME for t in body)
    places = sum(t.cls == PLACE or t.text.lower() in lex.places for t in body)
    first_name = any(t.text.lower().rstrip("'s’") in lex.first_names for t in body)
    if places and not names and not first_name:
        return "LOCATION", "PLACE"
    if _PLACE_CTX.search(before) and not first_name:
        return "LOCATION", "PLACE"
    return "NAME", ""


def _with_numbers(text: str, start: int, end: int) -> tuple[int, int, str]:
    kind = ""
    m = _NUM_AFTER.match(text, end)
    if m:
        end, kind = m.end(), "ADDRESS"
    m2 = _NUM_BEFORE.search(text, max(0, start - 12), start)
    if m2:
        start, kind = m2.start(), "ADDRESS"
    return start, end, kind


def _lower_names(text: str, lex: Lexicon) -> list[Span]:
    out: list[Span] = []
    for m in _LOWER_NAME.finditer(text):
        word = m.group(1)
        if not word.islower():
            continue
        w = word.rstrip("'’s") if word.endswith(("'s", "’s")) else word
        rank = lex.common.get(w, sys.maxsize)
        if (w in lex.first_names or w in lex.surnames) and rank >= _RARE:
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    return out
