"""Known identifiers: the terms registered for a client. The strongest signal.

Every term is matched case-insensitively as a whole word, with possessive and
plural endings, across line breaks and runs of spaces; each part of a
multi-word term is matched on its own too (except function words and generic
words such as "School"); and words of five letters or more also match with one
typo (one insertion, deletion, substitution or transposition). Accents and
curly apostrophes do not matter ("Seán Ó Briain" is found as "sean", "O'Brien"
as "o\\u2019brien"), and a term's words are found inside handles and run-together
names ("@priya_sharma", "jordo99", "priyasharma").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .lexicon import lexicon
from .model import KnownClient, Span
from .org_words import BUSINESS_WORDS, GENERIC_PARTS, ORG_SUFFIXES, STREET_WORDS
from .words import FUNCTION_WORDS

_SUFFIX = r"(?:['\u2019]s|['\u2019]|s|es)?"
_WORDS = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")
_FUZZY_MIN = 5
# a handle or run-together name: "@jordan_b", "priya.sharma99", "samblake"
_HANDLE = re.compile(r"(?<![\w@.])@?[^\W_]+(?:[_.]+[^\W_]+)*")
_HANDLE_SPLIT = re.compile(r"[_.\d@]+")
_HANDLE_MIN = 3  # a word this long, found inside a handle, is the term's
# words of a term never matched on their own: they name no one ("the", "School", "Bakery")
_NOT_ALONE = FUNCTION_WORDS | GENERIC_PARTS | BUSINESS_WORDS


@functools.cache
def _fold_table() -> dict[int, int]:
    """Latin letters with accents to their base letter, and curly apostrophes to
    straight ones: one character for one, so offsets stay the same."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = ord(base)
    for a, b in ("øo", "ØO", "łl", "ŁL", "đd", "ĐD", "\u0131i", "\u2019'", "\u2018'"):
        table[ord(a)] = ord(b)
    return table


def fold(text: str) -> str:
    """``text`` as known identifiers are matched: see _fold_table."""
    return text if text.isascii() else text.translate(_fold_table())


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
            terms = _spellings(fold(t) for t in item.terms if t and t.strip())
            others = _spellings(fold(t) for t in item.others if t and t.strip())
            if terms or others:
                clients.append(Client(item.alias or None, terms, others))
        elif isinstance(item, str) and item.strip():
            unnamed.append(fold(item))
    if unnamed:
        clients.append(Client(None, tuple(unnamed)))
    return tuple(clients)


# a street word and its usual short forms, each way: "Maple Street Bakery" is also
# written "Maple St Bakery"
_STREET_FORMS = {
    "street": ("st", "st."), "road": ("rd", "rd."), "avenue": ("ave", "ave."),
    "lane": ("ln",), "drive": ("dr",), "crescent": ("cres",), "close": ("cl",),
    "place": ("pl",), "square": ("sq",), "terrace": ("terr", "tce"), "court": ("ct",),
}  # fmt: skip
# every spelling of one of those words -> its other spellings ("st" -> "street")
_OTHER_SPELLINGS = {
    form.rstrip("."): tuple(f for f in (long, *shorts) if f.rstrip(".") != form.rstrip("."))
    for long, shorts in _STREET_FORMS.items()
    for form in (long, *shorts)
}


def _spellings(terms: Iterable[str]) -> tuple[str, ...]:
    """The terms, each followed by its other spellings of a street word (at most
    the first such word of a term, so a term gives a handful at most)."""
    out: list[str] = []
    for term in terms:
        out.append(term)
        words = term.split()
        for i, word in enumerate(words[1:], 1):  # a street word first is a name ("Court Smith")
            forms = _OTHER_SPELLINGS.get(word.lower().rstrip("."))
            if forms:
                out.extend(" ".join([*words[:i], f, *words[i + 1 :]]) for f in forms)
                break
    return tuple(dict.fromkeys(out))


def _phrase(term: str) -> str:
    parts = term.split()
    return r"\s+".join(re.escape(p) for p in parts)


@functools.lru_cache(maxsize=4096)
def _parts(term: str) -> tuple[str, ...]:
    words = term.split()
    if len(words) < 2:
        return ()
    numeric = _category(term) in ("PHONE", "ID")
    out = []
    for w in words:
        core = w.strip(".,;:()\"'\u2019")
        if core.endswith(("'s", "\u2019s")):
            core = core[:-2]
        if len(core) < 2 or core.lower() in _NOT_ALONE:
            continue  # "Bakery" of "Maple Street Bakery" alone names no one
        if numeric and core.isalpha():
            continue  # the label of a number ("NHS" of "NHS 943 476 5919") names no one
        out.append(core)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
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
    text = fold(text)  # the terms were folded alike (_normalise)
    index = _index(tuple(clients))
    screen = _Screen(text)
    present = screen.present(index.words)
    # (order, hit): the order is the one a loop over clients, then over each client's
    # searches, phrases and typo words, would add them in; _choose breaks ties by it.
    hits: list[tuple[tuple[int, ...], _Hit]] = []
    # only the parts whose words are all in the text (their order does not matter:
    # hits are sorted by their order keys below)
    candidates: Iterable[str] = index.parts
    if present is not None:
        candidates = {p for w in present for p in index.by_word[w]}.union(index.always)
    for part in candidates:
        users = index.parts[part]
        needs = index.needs[part]
        if present is not None and needs is not None and not needs <= present:
            continue  # a word of the term is not in the text: its regex cannot match
        matches = list(_pattern((part,)).finditer(text))
        for k, (c, s, own, term, strength) in enumerate(users):
            client = clients[c]
            for j, m in enumerate(matches):
                span = _span(m, own, client, term)
                hits.append(((c, 0, s, j, k), _Hit(m.start(), m.end(), strength, own, span)))
    if index.fuzzy_clients or index.phrases:
        vocab = _Vocab(text, index.near)
        for term, uses in index.phrases.items():
            want = _typo_words(term)
            if not want or not vocab.starts_for(want[0]):
                continue  # (what _typo_phrases would find: its first word is not there)
            found = list(_typo_phrases(text, vocab, term))
            for c, g, own in uses if found else ():
                client = clients[c]
                for j, (start, end) in enumerate(found):
                    sp = (
                        Span(start, end, "NAME", "known", client=client.alias)
                        if own
                        else _other_span(start, end, client, term)
                    )
                    hits.append(((c, 1, g, j), _Hit(start, end, _FULL, own, sp)))
        near = {f for f in index.fuzzy_words if vocab.near_candidates(f)}
        for c in index.fuzzy_clients if near else ():
            fuzzy = index.fuzzy[c]
            if near.isdisjoint(fuzzy):
                continue
            _typo_hits(clients[c], c, fuzzy, vocab, hits)
    if index.handles and ("_" in text or "@" in text or _DIGITS.search(text) or index.joined):
        _handle_hits(text, clients, index, hits)
    if index.numbers and _DIGITS.search(text):
        _number_hits(text, clients, index, hits)
    if "\n" in text:
        _broken_hits(text, clients, index, hits)
    hits.sort(key=lambda pair: pair[0])
    yield from _choose([h for _, h in hits])


# a word broken across a line with no hyphen: "Mrs Demi Costa\nnova came again"
_BROKEN = re.compile(r"([^\W\d_]{2,})[ \t]*\r?\n[ \t]*([^\W\d_]{2,})")


def _broken_hits(
    text: str, clients: list[Client], index: _Index, hits: list[tuple[tuple[int, ...], _Hit]]
) -> None:
    """A registered word split by a line break inside it, joined again: each of the
    word's registered parts is a hit on both halves (a part of one word only)."""
    pos = 0
    j = 0
    while True:
        m = _BROKEN.search(text, pos)
        if m is None:
            return
        pos = m.end(1) + 1  # (the second half may start the next break)
        joined = (m.group(1) + m.group(2)).lower()
        for part in index.by_word.get(joined, ()):
            if " " in part:
                continue
            for c, _s, own, term, _strength in index.parts[part]:
                client = clients[c]
                sp = (
                    Span(m.start(1), m.end(2), "NAME", "known", client=client.alias)
                    if own
                    else _other_span(m.start(1), m.end(2), client, term)
                )
                hits.append(((c, 4, j), _Hit(m.start(1), m.end(2), _PART, own, sp)))
                j += 1


def _handle_hits(
    text: str, clients: list[Client], index: _Index, hits: list[tuple[tuple[int, ...], _Hit]]
) -> None:
    """A term's word inside a handle ("@priya_sharma", "jordo99") or two of its
    words run together ("priyasharma"): the whole handle is the term's."""
    # Most tokens are plain words that no term runs together: find the tokens that
    # can hold a term first, in bulk, and walk the text only when there is one.
    tokens = {t.lower() for t in _HANDLE.findall(text)}
    # "priyasharma" (a plain word is matched above), or a handle: "jordo99"
    users_of = {t: index.joined[t] for t in index.joined.keys() & tokens if t.isalpha()}
    for t in tokens:
        users = None if t.isalpha() else _handle_users(t, index)
        if users:
            users_of[t] = users
    if not users_of:
        return
    for j, m in enumerate(_HANDLE.finditer(text)):
        for c, own, term in users_of.get(m.group().lower(), ()):
            client = clients[c]
            sp = (
                Span(m.start(), m.end(), "NAME", "known", client=client.alias)
                if own
                else _other_span(m.start(), m.end(), client, term)
            )
            hits.append(((c, 2, j), _Hit(m.start(), m.end(), _FULL, own, sp)))


# a number as people type it: digits with spaces, dashes, dots or brackets between
_NUMBER_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d \t().-]*\d(?![\w])")
_NOT_DIGIT = re.compile(r"\D")


def _number_hits(
    text: str, clients: list[Client], index: _Index, hits: list[tuple[tuple[int, ...], _Hit]]
) -> None:
    """A registered number typed another way: other spacing, without its leading
    zero ("7700900982" for "07700 900982"), or after a country code ("+44 7700 …")."""
    for j, m in enumerate(_NUMBER_RUN.finditer(text)):
        run = m.group()
        digits = _NOT_DIGIT.sub("", run)
        users = index.numbers.get(digits.lstrip("0"))
        if users is None and run.startswith(("+", "00")):
            national = digits[2:] if run.startswith("00") else digits
            for code in (1, 2, 3):  # a country code has one to three digits
                users = index.numbers.get(national[code:].lstrip("0"))
                if users:
                    break
        for c, own, term in users or ():
            client = clients[c]
            start, end = m.start(), m.end()
            sp = (
                Span(start, end, "NAME", "known", client=client.alias)
                if own
                else _other_span(start, end, client, term)
            )
            hits.append(((c, 3, j), _Hit(start, end, _FULL, own, sp)))


def _handle_users(token: str, index: _Index) -> list[tuple[int, bool, str]] | None:
    """The terms a handle-like token ("jordo99", "priya_sharma") holds a word of."""
    for piece in _HANDLE_SPLIT.split(token):
        users = index.handles.get(piece) or index.joined.get(piece)
        if users:
            return users
    return None


def _typo_hits(
    client: Client,
    c: int,
    fuzzy: dict[str, tuple[bool, str]],
    vocab: _Vocab,
    hits: list[tuple[tuple[int, ...], _Hit]],
) -> None:
    """One decision per distinct word, then a hit at each place it occurs. Each
    candidate word goes to the first registered word (in fuzzy's order) one edit
    away from it."""
    assigned: dict[str, tuple[bool, str]] = {}
    for f, kind in fuzzy.items():
        for core in vocab.near_candidates(f):
            if core not in fuzzy and core not in assigned:
                assigned[core] = kind
    spans = vocab.spans if assigned else []
    found = sorted(
        (*spans[i], own, term) for core, (own, term) in assigned.items() for i in vocab.at[core]
    )
    for j, (start, end, own, term) in enumerate(found):
        sp = (
            Span(start, end, "NAME", "known", client=client.alias)
            if own
            else _other_span(start, end, client, term)
        )
        hits.append(((c, 2, j), _Hit(start, end, _TYPO, own, sp)))


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

    def present(self, words: frozenset[str]) -> frozenset[str] | None:
        """Which of these lower-case words occur in the text (as any substring);
        None when the test cannot be trusted, so every term must be searched."""
        if not self.exact:
            return None
        lowered = self.lowered
        return frozenset([w for w in words if w in lowered])


@functools.lru_cache(maxsize=4096)
def _ascii_words(term: str) -> tuple[str, ...] | None:
    """The lower-cased words of an ASCII term (each must occur for the term to);
    None for other terms."""
    return tuple(w.lower() for w in term.split()) if term.isascii() else None


class _Vocab:
    """The words of one text, computed once for every client's typo matching.

    The words are listed without their places; ``spans`` (each word's start and
    end) is worked out only when a typo is found, which is rare. Which words lie
    one edit from a registered word is asked of the shared `_NearTable`, so a
    word seen in an earlier note costs one look-up."""

    def __init__(self, text: str, table: _NearTable) -> None:
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
            if len(core) >= _FUZZY_MIN - 1 and core not in common and core not in dictionary
        ]

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
        for f in sorted(registered):
            for key in _deletion_keys(f):
                self._by_key.setdefault(key, []).append(f)
        self._memo: dict[str, tuple[str, ...]] = {}

    def near_of(self, word: str) -> tuple[str, ...]:
        hit = self._memo.get(word)
        if hit is not None:
            return hit
        found: tuple[str, ...] = ()
        if len(word) >= _FUZZY_MIN - 1:
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
    # chosen hits never overlap: kept sorted by start, a new one is checked against
    # its two neighbours only (a note full of one registered number stays linear)
    starts: list[int] = []
    chosen: list[_Hit] = []
    order = sorted(hits, key=lambda h: (-h.strength, not h.own, -(h.end - h.start), h.start))
    for h in order:
        i = bisect.bisect_left(starts, h.start)
        if (i > 0 and chosen[i - 1].end > h.start) or (i < len(chosen) and chosen[i].start < h.end):
            continue
        starts.insert(i, h.start)
        chosen.insert(i, h)
    return [h.span for h in chosen]


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
