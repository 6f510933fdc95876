"""Typo matching: which words of a text lie one edit or less from a registered word."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from .known_terms import _WORDS
from .lexicon import Lexicon, inflected, lexicon, rare_ranked
from .words import PERSON_VERB

_FUZZY_MIN = 5


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


class _Vocab:
    """The words of one text, computed once for every client's typo matching.

    The words are listed without their places; ``spans`` (each word's start and
    end) is worked out only when a typo is found, which is rare. Which words lie
    one edit from a registered word is asked of the shared `_NearTable`, so a
    word seen in an earlier note costs one look-up."""

    def __init__(self, text: str, table: _NearTable) -> None:
        self._written = text
        self._spans: list[tuple[int, int]] | None = None
        low = text.lower()
        if len(low) == len(text):  # each word's place is the same in the lower-cased text
            self._text = low
            self.tokens: list[str] = _WORDS.findall(low)
        else:
            self._text = text
            self.tokens = [w.lower() for w in _WORDS.findall(text)]
        self.cores = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in self.tokens]
        self.at: dict[str, list[int]] = {}
        for i, core in enumerate(self.cores):
            self.at.setdefault(core, []).append(i)
        # registered word -> this text's words one edit or less from it
        self._near: dict[str, list[str]] = {}
        near_of = table.near_of
        for core in self.at:
            for f in near_of(core):
                self._near.setdefault(f, []).append(core)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each word's (start, end) in the text, in the order of ``tokens``."""
        if self._spans is None:
            self._spans = [m.span() for m in _WORDS.finditer(self._text)]
        return self._spans

    def near_candidates(self, f: str) -> list[str]:
        """This text's words one edit or less from the registered word f that a typo
        may hide behind: long enough, and not an ordinary word."""
        near = self._near.get(f)
        if not near:
            return []
        lex = lexicon()
        common, dictionary = lex.common, lex.dictionary
        return [
            core
            for core in near
            if len(core) >= _FUZZY_MIN - 1
            and core not in dictionary
            and (core not in common or self._written_as_name(core, lex))
        ]

    def _written_as_name(self, core: str, lex: Lexicon) -> bool:
        """A word the ranked lists hold only far down, used as a name here: a film
        subtitle's name ("liesl" for a registered Liezl), no place, capitalised in the
        text; a word with an ending ("teary", "calmer", "sumer") only as below."""
        if not rare_ranked(core, lex) or core in lex.places:
            return False
        # a word with an ending ("Sumer" for a registered Summer) only before a person's
        # verb: the note makes it a person (not "Calmer today", "Teary at times")
        if not inflected(core, lex):
            return re.search(rf"\b{re.escape(core.capitalize())}\b", self._written) is not None
        # and never written in lower case: "Calmer said she felt calmer after" uses the
        # word (review 27)
        if re.search(rf"\b{re.escape(core)}\b", self._written):
            return False
        verb = rf"(?:['\u2019]s)?[ \t]+{PERSON_VERB}\b"
        return re.search(rf"\b{re.escape(core.capitalize())}{verb}", self._written) is not None

    def starts_for(self, first: str) -> list[int]:
        """Positions whose word is `first`, or one edit from it when it is long enough
        (`first` must then be one of the table's registered words)."""
        if len(first) < _FUZZY_MIN:
            return self.at.get(first, [])
        at = self.at
        return sorted(i for core in self._near.get(first, ()) for i in at[core])


class _NearTable:
    """Which registered words (five letters or more) lie one edit or less from a
    word: shared by every text checked against the same words.

    One edit (insertion, deletion, substitution or adjacent swap) leaves two
    words sharing a "deletion key" (the word itself, or the word less one
    letter), so only the registered words sharing a key with a word need the
    full test. The answer per word is remembered: the words of notes repeat.
    """

    _MEMO_MAX = 100_000

    def __init__(self, registered: frozenset[str]) -> None:
        self._by_key: dict[str, list[str]] = {}
        # one edit changes a word's length by one at most: a longer word is near none
        # (and its deletion keys would take time and memory growing with its square)
        self._longest = max(map(len, registered), default=0)
        for f in sorted(registered):
            for key in _deletion_keys(f):
                self._by_key.setdefault(key, []).append(f)
        self._memo: dict[str, tuple[str, ...]] = {}

    def near_of(self, word: str) -> tuple[str, ...]:
        hit = self._memo.get(word)
        if hit is not None:
            return hit
        found: tuple[str, ...] = ()
        if _FUZZY_MIN - 1 <= len(word) <= self._longest + 1:
            by_key = self._by_key
            cands = {f for key in _deletion_keys(word) for f in by_key.get(key, ())}
            found = tuple(sorted(f for f in cands if within_one_edit(word, f)))
        if len(self._memo) >= self._MEMO_MAX:
            self._memo.clear()
        self._memo[word] = found
        return found


def _deletion_keys(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


@functools.lru_cache(maxsize=64)
def _near_table(registered: frozenset[str]) -> _NearTable:
    return _NearTable(registered)


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
    cores = vocab.cores
    for i in vocab.starts_for(want[0]):
        if i > len(cores) - n:
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
            if not typos:
                continue
            window = vocab.spans[i : i + n]
            if all(text[a[1] : b[0]].isspace() for a, b in itertools.pairwise(window)):
                yield window[0][0], window[-1][1]
