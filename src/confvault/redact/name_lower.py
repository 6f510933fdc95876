"""Names in text typed without capitals, for :mod:`.names`.

A first name after a relative ("my nan beryl"), a word that can only be a name
("follow up with patricia"), a first name, middle initial and surname joined
("benjamin a seiler"), a surname listed between two names ("hubbard, fox and
gillespie"), and "x y inc." as an organisation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .lexicon import Lexicon, is_word
from .model import Span
from .name_words import (
    INERT,
    LOWER_CLASS_CACHE,
    NAME_RUN,
    RARE,
    RELATION_WORDS,
    Tok,
    classify_lower,
    only_names,
    sentence_start,
)
from .words import (
    EXTRA_WORDS,
    FUNCTION_WORDS,
    RELATIONS,
)

_LOWER_AFTER_RELATION = re.compile(  # "(?=[mhoty])": the first letters, for a faster scan
    rf"(?i)(?=[mhoty])\b(?:my|his|her|their|our|your)\s+(?:(?:older|younger|little|big|step|half|ex|"
    rf"best)[- ]?)?(?:{RELATIONS}),?\s+([a-z][a-z'\u2019-]+)\b"
)
_LOWER_WORD = re.compile(
    r"(?<![\w'\u2019-])[^\W\d_A-Z][^\W\d_]*(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+)*"
)


@functools.cache
def after_relation_low() -> re.Pattern[str]:
    """_LOWER_AFTER_RELATION without (?i), for lower-cased ASCII text (compiled
    when first needed: it is long)."""
    return re.compile(_LOWER_AFTER_RELATION.pattern.replace("(?i)", "", 1))


def caseless_runs(text: str, lex: Lexicon) -> list[list[Tok]]:
    """Without capitals every word is its own run; an ordinary word ("her", "dad")
    is left out, as detect_names would pass over its run."""
    runs: list[list[Tok]] = []
    for m in _LOWER_WORD.finditer(text):
        start, end = m.span()
        if text[end : end + 1].isdigit():
            continue  # "ipv4": a code
        word = m.group()
        cls = LOWER_CLASS_CACHE.get(word)
        if cls is None:
            cls = classify_lower(word, lex)
            if len(LOWER_CLASS_CACHE) < 200_000:
                LOWER_CLASS_CACHE[word] = cls
        if cls in INERT and not (len(word) >= 2 and word.isupper()):
            continue  # (detect_names judges a word of these classes in capitals only)
        runs.append([Tok(start, end, word, cls, sentence_start(text, start))])
    return runs


# a first name that is also a word, doing what people in notes do: "Hope rang back",
# "Will said he'd try"
SUBJECT_VERB = re.compile(
    r"[ \t]+(?:said|says|rang|rings|called|calls|told|tells|asked|asks|texted|texts|cried|"
    r"phoned|emailed|messaged|agreed|admitted|disclosed|mentioned|explained|shared|talked|"
    r"talks|spoke|speaks|shouted|whispered|laughed|smiled|sobbed|screamed|apologised|"
    r"apologized|refused|decided|reported|reports|attended|arrived|wants|wanted|thinks|"
    r"believes|worries|struggles|struggled|admits|discloses)\b"
)


_SANDWICH = re.compile(r",[ \t]+([a-z][a-z'\u2019-]+),?[ \t]+(?:and|&)[ \t]+")


def sandwiched(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Without capitals: "hubbard, fox and gillespie" — a surname that is also a
    word, listed between two names found."""
    if ", " not in text:
        return []
    ends = {sp.end for sp in spans if sp.category in ("NAME", "LOCATION", "ORG")}
    starts = {sp.start for sp in spans if sp.category in ("NAME", "LOCATION", "ORG")}
    return [
        Span(m.start(1), m.end(1), "NAME", "lexicon")
        for m in _SANDWICH.finditer(text)
        if m.start() in ends and m.end() in starts and m.group(1) in lex.surnames
    ]


_RARE_WORD = 5000  # a word this rare (or rarer) next to a name is taken as part of it
_INITIAL_GAP = re.compile(r" [a-z]\.? ")
_LEFT_NAME = re.compile(r"(?<![\w'\u2019-])([a-z][a-z'\u2019-]+)[ \t]+(?:[a-z]\.?[ \t]+)?$")
_RIGHT_NAME = re.compile(r"[ \t]+(?:[a-z]\.?[ \t]+)?([a-z][a-z'\u2019-]+)(?![\w'\u2019-])")


def widen_lower_names(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Without capitals: "benjamin a seiler", "codey m ross" — a first name
    before a found name, a surname after it, and a middle initial between."""
    out: list[Span] = []
    for sp in spans:
        if sp.category != "NAME":
            out.append(sp)
            continue
        start, end = sp.start, sp.end
        m = _LEFT_NAME.search(text, max(0, start - 30), start)
        if (
            m
            and m.group(1) in lex.first_names
            and m.group(1) not in FUNCTION_WORDS
            and m.group(1) not in RELATION_WORDS  # "his nan beryl": nan is who she is
            and lex.common.get(m.group(1), _RARE_WORD) >= _RARE_WORD
        ):
            start = m.start()
        m2 = _RIGHT_NAME.match(text, end)
        if m2:
            w = m2.group(1)
            w = w[:-2] if w.endswith(("'s", "\u2019s")) else w
            rank = lex.common.get(w, _RARE_WORD)
            if (
                (w in lex.surnames or w in lex.first_names)
                and rank >= _RARE_WORD
                and w not in EXTRA_WORDS  # "mo abt his cousin": a note's word, not Abt
                and not SUBJECT_VERB.match(text, m2.start())  # "jordan blake rang"
            ):
                end = m2.start(1) + len(w)
        out.append(Span(start, end, sp.category, sp.source, sp.client, sp.placeholder_kind))
    return out


_LOWER_ORG = re.compile(
    r"(?<![\w'\u2019-])((?:[^\W\d_][\w'\u2019-]*[ \t]+){1,3})"
    r"(?:inc|llc|ltd|plc|gmbh|corp|co|pty|llp|limited|incorporated)\b\.?"
)


def lower_orgs(text: str, lex: Lexicon) -> list[Span]:
    """Without capitals: "stillwater supercomputing inc." — the words before a
    company suffix, back to the first ordinary or function word."""
    out: list[Span] = []
    for m in _LOWER_ORG.finditer(text):
        words = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", m.group(1)))
        start = m.end(1)
        for w in reversed(words):
            if is_word(w.group(), lex) and lex.common.get(w.group(), RARE) < 2000:
                break
            start = m.start(1) + w.start()
        if start < m.end(1):
            out.append(Span(start, m.end(), "ORG", "lexicon"))
    return out


def join_names(text: str, spans: list[Span]) -> list[Span]:
    """Without capitals every word is its own run: rejoin "aksel kristensen"."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        gap = text[prev.end : sp.start] if prev else ""
        if (
            prev
            and prev.category == sp.category == "NAME"
            and (gap == " " or _INITIAL_GAP.fullmatch(gap))
        ):
            out[-1] = Span(prev.start, sp.end, "NAME", prev.source)
        else:
            out.append(sp)
    return out


def _after_relation(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """_LOWER_AFTER_RELATION.finditer(text), faster on ASCII text: there its
    case-blind letters are those of ``lower()``, so the case-sensitive pattern
    over the lower-cased text matches at the same places (the words themselves
    are read from ``text``). ``low``: ``text.lower()``."""
    scanned = _relation_text(text, text.lower() if low is None else low)
    return iter(()) if scanned is None else _relation_matches(text, scanned)


def _relation_text(text: str, low: str) -> str | None:
    """The text _relation_matches scans, from ``low`` (``text.lower()``); None when
    it holds none of "my", "his", "her", "their", "our", "your" ("their" holds "heir",
    "your" "our"), that each match opens with."""
    if not text.isascii():
        # the pattern also takes dotless i and capital I with a dot (lower-cased
        # "i" and a combining dot) for "i", and long s for "s"
        low = low.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    if not ("my" in low or "his" in low or "her" in low or "our" in low or "heir" in low):
        return None
    return low


def _relation_matches(text: str, scanned: str) -> Iterator[re.Match[str]]:
    if text.isascii():
        return after_relation_low().finditer(scanned)
    return _LOWER_AFTER_RELATION.finditer(text)


def lower_names(text: str, lex: Lexicon, low: str) -> list[Span]:
    out: list[Span] = []
    runs = NAME_RUN.findall(text)
    scanned = _relation_text(text, low)
    # a name found after a relation is a first name the lists rank rare, in lower case
    # between a space and no letter a-z: one of these runs (mostly there is none)
    if scanned is not None and any(
        lex.common.get(w, RARE) >= RARE for w in lex.first_names.intersection(runs)
    ):
        for m in _relation_matches(text, scanned):
            w = text[m.start(1) : m.end(1)]
            core = w[:-2] if w.endswith(("'s", "\u2019s")) else w
            if w.islower() and core in lex.first_names and lex.common.get(core, RARE) >= RARE:
                out.append(Span(m.start(1), m.start(1) + len(core), "NAME", "context"))
    if not only_names(runs, lex):
        # every hit would be a run of a-z letters; a simpler scan finds them all
        return out
    hits = only_names(_LOWER_WORD.findall(text), lex)
    if not hits:
        return out
    return out + [
        Span(m.start(), m.end(), "NAME", "lexicon")
        for m in _LOWER_WORD.finditer(text)
        if m.group() in hits
    ]


# a lower-case name opening a line, before a dash or colon, as a note's header:
# "ioana popescu - attended drop-in" (a surname after a first name or unknown word)
_LINE_START_NAME = re.compile(
    r"(?m)^[ \t]*([a-z\u00df-\u00ff]+)[ \t]+([a-z\u00df-\u00ff'\u2019-]+)"
    r"(?=[ \t]*[-:,\u2013\u2014])"
)


def line_start_names(text: str, lex: Lexicon) -> list[Span]:
    out = []
    # ("^" opens a line only at the start and after "\n")
    found = _LINE_START_NAME.finditer(text) if "\n" in text else [_LINE_START_NAME.match(text)]
    for m in found:
        if m is None:
            break
        first, last = m.group(1), m.group(2)
        if first in FUNCTION_WORDS or last in FUNCTION_WORDS:
            continue
        first_ok = first in lex.first_names or _unknown_word(first, lex)
        last_ok = (last in lex.surnames and lex.common.get(last, _RARE_WORD) >= _RARE_WORD) or (
            _unknown_word(last, lex)
        )
        if first_ok and last_ok and not (is_word(first, lex) and is_word(last, lex)):
            out.append(Span(m.start(1), m.end(2), "NAME", "lexicon"))
    return out


def _unknown_word(word: str, lex: Lexicon) -> bool:
    return not is_word(word, lex) and word not in EXTRA_WORDS
