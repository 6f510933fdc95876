"""Known identifiers: the terms registered for a client. The strongest signal.

Every term is matched case-insensitively as a whole word, with possessive and
plural endings, across line breaks and runs of spaces; each part of a
multi-word term is matched on its own too (except function words and generic
words such as "School"); and words of five letters or more also match with one
typo (one insertion, deletion, substitution or transposition).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .lexicon import lexicon
from .model import KnownClient, Span
from .words import BUSINESS_WORDS, FUNCTION_WORDS, GENERIC_PARTS, ORG_SUFFIXES, STREET_WORDS

_SUFFIX = r"(?:['\u2019]s|['\u2019]|s|es)?"
_WORDS = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")
_FUZZY_MIN = 5


@dataclass(frozen=True)
class Client:
    alias: str | None
    terms: tuple[str, ...]
    others: tuple[str, ...] = ()


def normalise(known: Iterable[str | KnownClient]) -> list[Client]:
    """The clients to look for; worked out once per distinct list (an export passes
    the same list for every note)."""
    items = tuple(known)
    try:
        return list(_normalise(items))
    except TypeError:  # something unhashable: work it out directly
        return list(_normalise.__wrapped__(items))


@functools.lru_cache(maxsize=256)
def _normalise(known: tuple[str | KnownClient, ...]) -> tuple[Client, ...]:
    unnamed: list[str] = []
    clients: list[Client] = []
    for item in known:
        if isinstance(item, KnownClient):
            terms = tuple(t for t in item.terms if t and t.strip())
            others = tuple(t for t in item.others if t and t.strip())
            if terms or others:
                clients.append(Client(item.alias or None, terms, others))
        elif isinstance(item, str) and item.strip():
            unnamed.append(item)
    if unnamed:
        clients.append(Client(None, tuple(unnamed)))
    return tuple(clients)


def _phrase(term: str) -> str:
    parts = term.split()
    return r"\s+".join(re.escape(p) for p in parts)


@functools.lru_cache(maxsize=4096)
def _parts(term: str) -> tuple[str, ...]:
    words = term.split()
    if len(words) < 2:
        return ()
    out = []
    for w in words:
        core = w.strip(".,;:()\"'\u2019")
        if core.endswith(("'s", "\u2019s")):
            core = core[:-2]
        if len(core) < 2 or core.lower() in FUNCTION_WORDS or core.lower() in GENERIC_PARTS:
            continue
        out.append(core)
    return tuple(out)


def _category(term: str) -> str:
    if _EMAIL.fullmatch(term.strip()):
        return "EMAIL"
    digits = sum(c.isdigit() for c in term)
    if digits >= 6 and not any(c.isalpha() for c in term):
        return "PHONE"
    if digits >= 4:
        return "ID"
    return "NAME"


@functools.lru_cache(maxsize=2048)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({_phrase(t) for t in terms}, key=len, reverse=True)
    body = "|".join(alts)
    return re.compile(rf"(?<![\w])(?:{body}){_SUFFIX}(?![\w])", re.IGNORECASE)


def within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (Damerau: swaps count as one)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


# strength of a match: the whole registered phrase beats one of its parts,
# which beats a one-typo match; on a tie the client's own terms win.
_FULL, _PART, _TYPO = 3, 2, 1


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    strength: int
    own: bool  # the client's own term (alias) rather than an "other"
    span: Span


def detect_known(text: str, clients: list[Client]) -> Iterator[Span]:
    if not clients:
        return
    hits: list[_Hit] = []
    vocab: _Vocab | None = None
    screen = _Screen(text)
    for client in clients:
        groups, searches, fuzzy = _plan(client)
        for own, term, part, strength in searches:
            if screen.may_contain(part):
                for m in _pattern((part,)).finditer(text):
                    hits.append(
                        _Hit(m.start(), m.end(), strength, own, _span(m, own, client, term))
                    )
        if not fuzzy:
            continue
        if vocab is None:
            vocab = _Vocab(text)
        for own, term in groups:
            for start, end in _typo_phrases(text, vocab, term):
                sp = (
                    Span(start, end, "NAME", "known", client=client.alias)
                    if own
                    else _other_span(start, end, client, term)
                )
                hits.append(_Hit(start, end, _FULL, own, sp))
        # One decision per distinct word, then a hit at each place it occurs.
        # Each candidate word goes to the first registered word (in fuzzy's order)
        # one edit away from it.
        assigned: dict[str, tuple[bool, str]] = {}
        for f, kind in fuzzy.items():
            for core in vocab.near_candidates(f):
                if core not in fuzzy and core not in assigned:
                    assigned[core] = kind
        found = [
            (start, end, own, term)
            for core, (own, term) in assigned.items()
            for start, end in vocab.typo_candidates[core]
        ]
        found.sort()
        for start, end, own, term in found:
            sp = (
                Span(start, end, "NAME", "known", client=client.alias)
                if own
                else _other_span(start, end, client, term)
            )
            hits.append(_Hit(start, end, _TYPO, own, sp))
    yield from _choose(hits)


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


class _Screen:
    """A cheap test that a term cannot occur in the text, so its regex need not run.

    Only used where lower-casing is exactly what the regex's IGNORECASE does: an
    ASCII term, and a text without the few characters IGNORECASE matches to an
    ASCII letter that lower() does not (the long s, the Kelvin and Angstrom
    signs, dotted and dotless i).
    """

    _SPECIAL = frozenset("\u017f\u212a\u212b\u0130\u0131")

    def __init__(self, text: str) -> None:
        self.lowered = text.lower()
        self.exact = text.isascii() or not self._SPECIAL.intersection(text)

    def may_contain(self, term: str) -> bool:
        if not self.exact:
            return True
        first = _first_ascii_word(term)
        return first is None or first in self.lowered


@functools.lru_cache(maxsize=4096)
def _first_ascii_word(term: str) -> str | None:
    """The lower-cased first word of an ASCII term; None for other terms."""
    words = term.split()
    return words[0].lower() if words and term.isascii() else None


class _Vocab:
    """The words of one text, computed once for every client's typo matching."""

    def __init__(self, text: str) -> None:
        self._edits: dict[tuple[str, str], bool] = {}
        self._starts: dict[str, list[int]] = {}
        self._by_len: dict[int, list[str]] | None = None
        self._cand_by_len: dict[int, list[str]] | None = None
        self._near: dict[str, list[str]] = {}
        self.words = [(m.start(), m.end(), m.group().lower()) for m in _WORDS.finditer(text)]
        self.cores = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for _, _, w in self.words]
        self.at: dict[str, list[int]] = {}
        for i, core in enumerate(self.cores):
            self.at.setdefault(core, []).append(i)
        lex = lexicon()
        # words a typo may hide behind: long enough, and not an ordinary word
        self.typo_candidates: dict[str, list[tuple[int, int]]] = {}
        for (start, end, _word), core in zip(self.words, self.cores, strict=True):
            if len(core) < _FUZZY_MIN - 1 or core in lex.common or core in lex.dictionary:
                continue
            self.typo_candidates.setdefault(core, []).append((start, end))

    def near_candidates(self, f: str) -> list[str]:
        """Typo candidates of this text one edit away from the registered word f."""
        hit = self._near.get(f)
        if hit is None:
            if self._cand_by_len is None:
                self._cand_by_len = {}
                for core in self.typo_candidates:
                    self._cand_by_len.setdefault(len(core), []).append(core)
            hit = [
                core
                for length in (len(f) - 1, len(f), len(f) + 1)
                for core in self._cand_by_len.get(length, ())
                if self.one_edit(core, f)
            ]
            self._near[f] = hit
        return hit

    def one_edit(self, a: str, b: str) -> bool:
        key = (a, b)
        hit = self._edits.get(key)
        if hit is None:
            hit = self._edits[key] = within_one_edit(a, b)
        return hit

    def starts_for(self, first: str) -> list[int]:
        """Positions whose word is `first`, or one edit from it when it is long enough."""
        if len(first) < _FUZZY_MIN:
            return self.at.get(first, [])
        cached = self._starts.get(first)
        if cached is not None:
            return cached
        if self._by_len is None:
            self._by_len = {}
            for core in self.at:
                self._by_len.setdefault(len(core), []).append(core)
        out: list[int] = []
        for length in (len(first) - 1, len(first), len(first) + 1):
            for core in self._by_len.get(length, ()):
                if self.one_edit(core, first):
                    out.extend(self.at[core])
        out.sort()
        self._starts[first] = out
        return out


@functools.lru_cache(maxsize=4096)
def _typo_words(term: str) -> tuple[str, ...]:
    """The lower-cased words of a multi-word term that can carry a typo; () if none can."""
    want = tuple(w.lower() for w in term.split())
    if len(want) < 2 or not any(len(w) >= _FUZZY_MIN for w in want):
        return ()
    return want


def _typo_phrases(text: str, vocab: _Vocab, term: str) -> Iterator[tuple[int, int]]:
    """A multi-word term with one typo in some of its long words ("Sam Blkae")."""
    want = _typo_words(term)
    if not want:
        return
    n = len(want)
    words, cores = vocab.words, vocab.cores
    for i in vocab.starts_for(want[0]):
        if i > len(words) - n:
            continue
        typos = 0
        for k in range(n):
            got = cores[i + k]
            w = want[k]
            if got == w:
                continue
            if len(w) >= _FUZZY_MIN and abs(len(got) - len(w)) <= 1 and within_one_edit(got, w):
                typos += 1
                continue
            break
        else:
            window = words[i : i + n]
            gaps_ok = all(text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(window))
            if typos and gaps_ok:
                yield window[0][0], window[-1][1]


def _span(m: re.Match[str], own: bool, client: Client, term: str) -> Span:
    if own:
        return Span(m.start(), m.end(), _category(m.group()), "known", client=client.alias)
    return _other_span(m.start(), m.end(), client, term)


def _other_span(start: int, end: int, client: Client, term: str) -> Span:
    kind, category = classify_other(term)
    ref = term if kind == "PERSON" else ""
    return Span(start, end, category, "known-other", None, kind, ref)


def _choose(hits: list[_Hit]) -> list[Span]:
    """Non-overlapping hits, strongest first ("Sam Blake" over the part "Blake")."""
    chosen: list[_Hit] = []
    order = sorted(hits, key=lambda h: (-h.strength, not h.own, -(h.end - h.start), h.start))
    for h in order:
        if any(h.start < c.end and c.start < h.end for c in chosen):
            continue
        chosen.append(h)
    return [h.span for h in sorted(chosen, key=lambda h: h.start)]


_DIGITS = re.compile(r"\d")


@functools.lru_cache(maxsize=1024)
def classify_other(term: str) -> tuple[str, str]:
    """(placeholder kind, category) for a registered "other" identifier.

    Lexicons first, then the engine's own detectors run on the term itself:
    ORG (organisation word such as Ltd, School, Bakery), ADDRESS (a street line),
    PERSON (first name or surname, or the name detector calls it a name),
    PLACE (a place name, or the detector calls it a place); otherwise an
    e-mail/phone/ID shape keeps its category, and the rest is a DETAIL,
    counted as NAME."""
    from . import addresses, names  # lazy: avoids an import cycle

    lex = lexicon()
    words = [w.strip(".,'\u2019").lower() for w in term.split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words if w]
    shape = _category(term)
    if shape in ("EMAIL", "PHONE") or (shape == "ID" and not any(w in STREET_WORDS for w in words)):
        return shape, shape
    if any(w in ORG_SUFFIXES or w in BUSINESS_WORDS for w in words):
        return "ORG", "ORG"
    if _DIGITS.search(term) and any(
        sp.placeholder_kind == "ADDRESS" for sp in addresses.detect_addresses(term)
    ):
        return "ADDRESS", "LOCATION"
    if words and words[-1] in STREET_WORDS and len(words) > 1:
        return "ADDRESS", "LOCATION"
    content = [w for w in words if w not in FUNCTION_WORDS]
    joined = " ".join(words)
    if joined in lex.places and not (content and content[0] in lex.first_names):
        return "PLACE", "LOCATION"
    if content and content[0] in lex.first_names:
        return "PERSON", "NAME"
    if len(content) == 1 and content[0] in lex.places:
        return "PLACE", "LOCATION"
    if content and all(
        (w in lex.surnames or w in lex.first_names)
        and w not in lex.common
        and w not in lex.dictionary
        for w in content
    ):
        return "PERSON", "NAME"
    found = names.detect_names(term[:1].upper() + term[1:])
    if found:
        cat = found[0].category
        if cat == "ORG":
            return "ORG", "ORG"
        if cat == "LOCATION":
            return ("ADDRESS" if found[0].placeholder_kind == "ADDRESS" else "PLACE"), "LOCATION"
        return "PERSON", "NAME"
    return "DETAIL", "NAME"
