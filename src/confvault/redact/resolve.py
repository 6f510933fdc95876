"""Which span wins where spans overlap, and how the winners are tidied.

Spans found by different detectors overlap ("Jordan Blake" registered, and found
as a name too): each group of overlapping spans becomes one span over their union,
of the strongest kind in it. A registered term is the strongest, except where a
pattern covers it whole (an e-mail address holding a registered name) and where
a name found around it has a given name of its own (another person who shares the
client's surname).
"""

from __future__ import annotations

import re

from .lexicon import frequent, is_word, lexicon
from .model import Span
from .word_names import WORD_NAMES
from .words import TITLES

KNOWN = ("known", "known-other")  # the sources of registered terms
_PATTERNY = {"EMAIL", "URL", "PHONE", "ID"}
ALNUM = re.compile(r"[^\W_]")

# Lower number wins when spans overlap.
_PRIORITY = {
    ("EMAIL", ""): 1,
    ("URL", ""): 2,
    ("URL", "IP"): 2,
    ("DATE", ""): 3,
    ("PHONE", ""): 4,
    ("ID", ""): 5,
    ("AGE", ""): 6,
    ("LOCATION", "ADDRESS"): 7,
    ("ORG", ""): 8,
    ("NAME", ""): 9,
    ("LOCATION", "PLACE"): 10,
}


def _rank(sp: Span) -> int:
    if sp.source in KNOWN:
        return 0
    return _PRIORITY.get((sp.category, sp.placeholder_kind), 9)


def resolve(text: str, spans: list[Span]) -> list[Span]:
    if not spans:
        return []
    # (one span, as most texts have: nothing to sort, merge or join)
    joined = spans if len(spans) == 1 else _merged(text, spans)
    out = []
    for s in joined:
        if s.source in ("known", "known-other", "lexicon", "context") and text.endswith(
            ("'s", "\u2019s"), s.start, s.end
        ):
            s = Span(s.start, s.end - 2, s.category, s.source, s.client, s.placeholder_kind, s.ref)
        if s.category not in ("URL", "EMAIL") and text[s.end - 1 : s.end] in _TRAILING:
            # the sentence's full stop (or a list comma) stays outside the span
            end = s.end
            while end > s.start and text[end - 1] in _TRAILING:
                end -= 1
            s = Span(s.start, end, s.category, s.source, s.client, s.placeholder_kind, s.ref)
        if ALNUM.search(text, s.start, s.end):
            out.append(s)
    return out


def _merged(text: str, spans: list[Span]) -> list[Span]:
    """Each group of overlapping spans as one span, and a client's identifiers
    separated only by spaces joined."""
    spans = sorted(_weekdays_apart(text, spans), key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    group: list[Span] = []
    end = -1
    for sp in [*spans, None]:
        if sp is not None and sp.start < end:
            group.append(sp)
            end = max(end, sp.end)
            continue
        if group:
            merged.append(
                group[0] if len(group) == 1 else _winner(text, group, group[0].start, end)
            )
        if sp is not None:
            group, end = [sp], sp.end
    # join a client's identifiers separated only by spaces ("Jordan  Smith")
    joined: list[Span] = []
    for sp in merged:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.source == "known"
            and sp.source == "known"
            and prev.client == sp.client
            and text[prev.end : sp.start].isspace()
        ):
            joined[-1] = Span(prev.start, sp.end, prev.category, "known", prev.client)
            continue
        joined.append(sp)
    return joined


_TRAILING = frozenset(".,;:")
_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _a_name(words: str) -> bool:
    """Some word is a first name or no plain word ("Jordan Blake"; not the "Black" of
    "Black Friday", which stays one date)."""
    lex = lexicon()
    return any(
        (low := w.lower()) in lex.first_names or not is_word(low, lex) for w in words.split()
    )


def _weekdays_apart(text: str, spans: list[Span]) -> list[Span]:
    """A weekday that a run of capitalised words took into a name found ("Monday
    Jordan Blake came in", "Saw Priya Sharma Monday") is a date beside the person:
    the name loses it, so the person still gets their number. Only when what is left
    is a name of two words or more: "Sunday Adeyemi" and "Joe Friday" are people."""
    starts: dict[int, int] = {}  # a weekday's start -> its end, and the other way
    ends: dict[int, int] = {}
    for sp in spans:
        if sp.category == "DATE" and text[sp.start : sp.end].lower() in _WEEKDAYS:
            starts[sp.start] = sp.end
            ends[sp.end] = sp.start
    if not starts:
        return spans
    out = []
    for sp in spans:
        if sp.category == "NAME" and sp.source not in KNOWN:
            start, end = sp.start, sp.end
            day_end = starts.get(start)
            if day_end is not None and day_end < end and text[day_end] in " \t":
                start = end - len(text[day_end:end].lstrip(" \t"))
            day_start = ends.get(end)
            if day_start is not None and day_start > start and text[day_start - 1] in " \t":
                end = start + len(text[start:day_start].rstrip(" \t"))
            rest = text[start:end]
            if (start, end) != (sp.start, sp.end) and len(rest.split()) >= 2 and _a_name(rest):
                sp = Span(start, end, "NAME", sp.source, sp.client, sp.placeholder_kind, sp.ref)
        out.append(sp)
    return out


def _winner(text: str, group: list[Span], start: int, end: int) -> Span:
    if len(group) == 1:
        return group[0]  # alone: it already covers exactly [start, end)
    best = min(group, key=_rank)
    # (a name found around a registered word starts before it: the group's first span)
    if best.source == "known" and best.category == "NAME" and group[0].source not in KNOWN:
        best = _relative(text, group, best) or best
    if best.category == "NAME" and best.source not in KNOWN:
        # a place of the lists joined whole over a person found in it: "Newcastle upon
        # Tyne", "Burton upon Trent" (grow.py)
        for other in group:
            if other.source == "place" and other.start == start and other.end == end:
                best = other
                break
    if best.category == "PHONE":
        # a whole address block wins over a phone-like number inside it
        for other in group:
            if (
                other.placeholder_kind == "ADDRESS"
                and other.source == "pattern"
                and other.start == start
                and other.end == end
            ):
                best = other
                break
    if best.source == "known":
        for other in group:
            covers = other.start <= best.start and other.end >= best.end
            if other.category in _PATTERNY and covers and other.source != "known":
                best = other
                break
    if best.start == start and best.end == end:
        return best
    return Span(
        start, end, best.category, best.source, best.client, best.placeholder_kind, best.ref
    )


# given names just before a registered part, and nothing else ("Ann ", not "Oneal's ")
_GIVEN = re.compile(r"(?:[A-Z][a-z]+[ \t]+)+")


def _relative(text: str, group: list[Span], known: Span) -> Span | None:
    """Another person who shares a part of the client's name: a name found around a
    registered word (one word: the surname, not the whole registered name), with a
    first name of its own just before it ("Her mother Ann Blake" for a client
    registered as Jordan Blake), is that person, not the client. A title or any
    other capitalised word before it ("Mr Blake", "Monday Jordan Blake") cannot tell,
    and it stays the client."""
    firsts = [sp for sp in group if sp.source == "known"]
    first = min(sp.start for sp in firsts)
    if any(" " in text[sp.start : sp.end].strip() for sp in firsts):
        return None  # the registered name in full, or more than one word of it
    for sp in group:
        if (
            sp.category == "NAME"
            and sp.source not in KNOWN
            and sp.start < first
            and sp.end >= known.end
            and _GIVEN.fullmatch(text, sp.start, first)
            and all(_first_name(w) for w in text[sp.start : first].split())
        ):
            return sp
    return None


def _first_name(word: str) -> bool:
    """A given name that is no title and no frequent word ("Ann"; not "Mr", "Monday",
    "Young", "Dear")."""
    low = word.lower()
    lex = lexicon()
    return (
        low in lex.first_names
        and low not in TITLES
        and low not in WORD_NAMES  # ("Young", "Will": words as often)
        and not frequent(low, lex, 3000)
    )
