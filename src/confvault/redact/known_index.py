"""Every client's searches, grouped so that a term several clients share is looked for once."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from .known_terms import _NOT_ALONE, _WORDS, Client, _category, _parts
from .known_typos import _FUZZY_MIN, _near_table, _NearTable, _typo_words

_HANDLE_MIN = 3  # a word this long, found inside a handle, is the term's

# strength of a match: the whole registered phrase beats one of its parts,
# which beats a one-typo match; on a tie the client's own terms win.
_FULL, _PART, _TYPO = 3, 2, 1
_NOT_DIGIT = re.compile(r"\D")


@dataclass
class _Index:
    """Every client's searches, grouped by what is searched for, so that a term
    several clients share (or one client registers twice) is looked for once a
    text; each use remembers its client and its place in that client's plan."""

    parts: dict[str, list[tuple[int, int, bool, str, int]]]
    needs: dict[str, frozenset[str] | None]  # see _Screen
    words: frozenset[str]  # every word some term needs
    phrases: dict[str, list[tuple[int, int, bool]]]
    fuzzy: dict[int, dict[str, tuple[bool, str]]]
    fuzzy_clients: list[int]
    fuzzy_words: set[str]
    handles: dict[str, list[tuple[int, bool, str]]]  # a word a handle may hold
    joined: dict[str, list[tuple[int, bool, str]]]  # two words of a term run together
    # a registered number's digits without leading zeros: "07700 900982" -> "7700900982"
    numbers: dict[str, list[tuple[int, bool, str]]]
    # each word some term needs -> the parts that need it; the parts no screen can skip
    by_word: dict[str, list[str]] = field(default_factory=dict)
    always: list[str] = field(default_factory=list)
    # which text words lie one edit from a registered word (set once they are known)
    near: _NearTable = field(default_factory=lambda: _NearTable(frozenset()))


@functools.lru_cache(maxsize=256)
def _index(clients: tuple[Client, ...]) -> _Index:
    index = _Index({}, {}, frozenset(), {}, {}, [], set(), {}, {}, {})
    for c, client in enumerate(clients):
        groups, searches, fuzzy = _plan(client)
        for own, term in groups:
            _add_handle_words(index, c, own, term)
            if _category(term) in ("PHONE", "ID"):
                digits = _NOT_DIGIT.sub("", term).lstrip("0")
                if len(digits) >= 6:
                    index.numbers.setdefault(digits, []).append((c, own, term))
        for s, (own, term, part, strength) in enumerate(searches):
            index.parts.setdefault(part, []).append((c, s, own, term, strength))
            words = _ascii_words(part)
            index.needs[part] = None if words is None else frozenset(words)
        # a whole term with a typo, even when none of its words is fuzzy on its own
        # (business words such as "Laundry" are not matched alone)
        for g, (own, term) in enumerate(groups):
            if _typo_words(term):
                index.phrases.setdefault(term, []).append((c, g, own))
        if not fuzzy:
            continue
        index.fuzzy[c] = fuzzy
        index.fuzzy_clients.append(c)
        index.fuzzy_words.update(fuzzy)
    index.words = frozenset(w for needs in index.needs.values() if needs for w in needs)
    for part, needs in index.needs.items():
        if not needs:
            index.always.append(part)
        for w in needs or ():
            index.by_word.setdefault(w, []).append(part)
    firsts = (_typo_words(term)[0] for term in index.phrases)
    index.near = _near_table(
        frozenset(index.fuzzy_words).union(w for w in firsts if len(w) >= _FUZZY_MIN)
    )
    return index


def _add_handle_words(index: _Index, c: int, own: bool, term: str) -> None:
    words = [w.lower() for w in _WORDS.findall(term) if w.isalpha()]
    for w in words:
        if len(w) >= _HANDLE_MIN and w not in _NOT_ALONE:
            index.handles.setdefault(w, []).append((c, own, term))
    for a, b in itertools.pairwise(words):
        index.joined.setdefault(a + b, []).append((c, own, term))


_Plan = tuple[
    list[tuple[bool, str]],
    list[tuple[bool, str, str, int]],
    dict[str, tuple[bool, str]],
]


@functools.lru_cache(maxsize=1024)
def _plan(client: Client) -> _Plan:
    """What to look for, per client, worked out once (an export asks for each client
    in every note): the term groups, each term and part to search with its strength,
    and the words that may carry a typo (with the kind of their whole term)."""
    groups: list[tuple[bool, str]] = [(True, t) for t in client.terms]
    groups += [(False, t) for t in client.others]
    searches: list[tuple[bool, str, str, int]] = []
    fuzzy: dict[str, tuple[bool, str]] = {}
    for own, term in groups:
        for part, strength in [(term, _FULL)] + [(p, _PART) for p in _parts(term)]:
            searches.append((own, term, part, strength))
            core = part.strip()
            if " " not in core and len(core) >= _FUZZY_MIN and core.isalpha():
                fuzzy.setdefault(core.lower(), (own, term))  # kind of the whole term
    return groups, searches, fuzzy


@functools.lru_cache(maxsize=4096)
def _ascii_words(term: str) -> tuple[str, ...] | None:
    """The lower-cased words of an ASCII term (each must occur for the term to);
    None for other terms."""
    return tuple(w.lower() for w in term.split()) if term.isascii() else None
