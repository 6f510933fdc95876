"""Known identifiers: the terms registered for a client. The strongest signal.

Every term is matched case-insensitively as a whole word, with possessive and
plural endings, across line breaks and runs of spaces; each part of a
multi-word term is matched on its own too (except function words and generic
words such as "School"); and words of five letters or more also match with one
typo (one insertion, deletion, substitution or transposition). Accents and
curly apostrophes do not matter ("Seán Ó Briain" is found as "sean", "O'Brien"
as "o\\u2019brien"), and a term's words are found inside handles and run-together
names ("@priya_sharma", "jordo99", "priyasharma").

The terms are worked out in known_terms.py, grouped for every client at once in
known_index.py, and matched with a typo by known_typos.py; a registered first
name's short and long forms ("Bill" for "William") are found by known_short.py.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .cues import indexes
from .known_index import _FULL, _NOT_DIGIT, _PART, _TYPO, _Index, _index
from .known_short import short_hits
from .known_terms import _DIGITS, _category, _pattern, _spellings, classify_other, fold
from .known_terms import Client as Client  # engine.py names it known_mod.Client
from .known_typos import _typo_phrases, _typo_words, _Vocab
from .lexicon import is_word, lexicon
from .model import KnownClient, Span

# a handle or run-together name: "@jordan_b", "priya.sharma99", "samblake"
_HANDLE = re.compile(r"(?<![\w@.])@?[^\W_]+(?:[_.]+[^\W_]+)*")
_HANDLE_SPLIT = re.compile(r"[_.\d@]+")


_last_normalised: tuple[object, list[Client]] | None = None  # (a tuple given, its clients)


def normalise(known: Iterable[str | KnownClient]) -> list[Client]:
    """The clients to look for; worked out once per distinct list (an export passes
    the same list for every note, the same tuple for a client's notes in a row: that
    one is known by its identity, without hashing fifty clients)."""
    global _last_normalised
    last = _last_normalised  # (read once: another thread may replace it)
    if last is not None and last[0] is known and type(known) is tuple:
        return list(last[1])
    items = tuple(known)
    try:
        clients = list(_normalise(items))
    except TypeError:  # something unhashable: work it out directly
        return list(_normalise.__wrapped__(items))
    if type(known) is tuple:  # (hashable, so immutable: kept, with the clients it gave)
        _last_normalised = (known, clients)
    return list(clients)


@functools.lru_cache(maxsize=256)
def _normalise(known: tuple[str | KnownClient, ...]) -> tuple[Client, ...]:
    unnamed: list[str] = []
    clients: list[Client] = []
    for item in known:
        if isinstance(item, KnownClient):
            terms = _spellings(fold(t) for t in item.terms if t and t.strip())
            others = _spellings(fold(t) for t in item.others if t and t.strip())
            written = tuple(dict.fromkeys(p.strip() for p in item.as_written if p.strip()))
            # (a client with no identifiers yet still has an alias, which stays as
            # written: "Fern" is a pseudonym, not a name to remove)
            if terms or others or written or (item.alias and item.alias.strip()):
                clients.append(Client(item.alias or None, terms, others, written))
        elif isinstance(item, str) and item.strip():
            unnamed.append(fold(item))
    if unnamed:
        clients.append(Client(None, tuple(unnamed)))
    return tuple(clients)


class _Hit(NamedTuple):
    start: int
    end: int
    strength: int
    own: bool  # the client's own term (alias) rather than an "other"
    # the span, or what makes it (a registered term's match: made only if chosen, since
    # a name registered for several clients gives a hit for each)
    span: Span | tuple[str, bool, Client, str]


def as_written(text: str, clients: list[Client]) -> list[Span]:
    """Each client's KnownClient.as_written phrases, whole (with a plural or possessive
    ending), as the client's own name, in any case; except that an alias which is an
    ordinary word ("River", "sparrow") is matched only where it is written with a
    capital ("River", "RIVER", "Sparrow"; not "by the river"). The parts of a phrase may
    be run together or joined by "-" or "_" ("client 07": "Client07", "client-07")."""
    out = []
    low = ""
    starts: dict[str, list[int]] = {}  # where each first part stands in ASCII text
    for client in clients:
        for phrase in client.as_written:
            capital_only, first, rx = _written_pattern(phrase)
            low = low or text.casefold()
            if first not in low:  # (a plain screen: most notes name no other client)
                continue
            if text.isascii():
                # a match starts where its first part does: the pattern is tried only
                # there ("client" in a note with fifty aliases "client-NN")
                at = starts.get(first)
                if at is None:
                    at = starts[first] = indexes(low, first)
                matches = _matches_at(rx, text, at)
            else:  # (case-blind letters of other scripts need not lower alike)
                matches = list(rx.finditer(text))
            out += [
                Span(m.start(), m.end(), "NAME", "known", client=client.alias)
                for m in matches
                if not capital_only or text[m.start()].isupper()
            ]
    return out


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """rx.finditer(text)'s matches, when each can only start at one of ``starts``."""
    out = []
    end = 0
    for i in starts:
        if i >= end and (m := rx.match(text, i)) is not None:
            out.append(m)
            end = max(m.end(), i + 1)
    return out


_PARTS = re.compile(r"[\s_-]+")


@functools.lru_cache(maxsize=1024)
def _written_pattern(phrase: str) -> tuple[bool, str, re.Pattern[str]]:
    """For as_written: whether only written-with-a-capital matches count (one part that
    is an ordinary word), the first part case-folded (a screen: what the pattern
    matches, casefold() makes equal), and the pattern."""
    parts = [p for p in _PARTS.split(phrase) if p]
    word = parts[0].casefold()
    capital_only = len(parts) == 1 and word.isalpha() and is_word(word, lexicon())
    body = r"[\s_-]*".join(map(re.escape, parts))
    ending = r"(?:e?s)?(?:['\u2019]s?)?"
    rx = re.compile(rf"(?<![\w]){body}{ending}(?![\w])", re.IGNORECASE)
    return capital_only, word, rx


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
        # (no match starts before the term's first word does, in the lower-cased text:
        # the scan starts there, which spares most of a long note)
        start = screen.lowered.find(part.split(None, 1)[0].lower()) if present is not None else 0
        if start < 0 or not part.isascii():
            start = 0
        matches = [(m.start(), m.end(), m.group()) for m in _pattern((part,)).finditer(text, start)]
        for k, (c, s, own, term, strength) in enumerate(users):
            client = clients[c]
            for j, (start, end, value) in enumerate(matches):
                made = (value, own, client, term)
                hits.append(((c, 0, s, j, k), _Hit(start, end, strength, own, made)))
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
        # (a registered word written exactly is no typo: _typo_hits skips a word that is
        # one of the client's own, and the exact patterns above found it)
        near = {f for f in index.fuzzy_words if any(core != f for core in vocab.near_candidates(f))}
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
    _family_hits(text, clients, hits)  # (mostly no client has such a surname: no scan)
    # a registered first name's short or long form ("Bill" for "William"): the weakest
    # hit, so that a longer one over it wins
    for k, (c, own, sp) in enumerate(short_hits(text, clients)):
        hits.append(((c, 5, k), _Hit(sp.start, sp.end, _TYPO, own, sp)))
    hits.sort(key=lambda pair: pair[0])
    yield from _choose([h for _, h in hits])


def _family_hits(
    text: str, clients: list[Client], hits: list[tuple[tuple[int, ...], _Hit]]
) -> None:
    """A registered person's surname that is a generic word, never matched alone
    ("Ward", "Hall"), as a family: "the Wards", "the Halls' caravan"."""
    for c, client in enumerate(clients):
        for own, term, family in _family_names(client):
            for j, m in enumerate(family.finditer(text)):
                sp = (
                    Span(m.start(1), m.end(1), "NAME", "known", client=client.alias)
                    if own
                    else _other_span(m.start(1), m.end(1), client, term)
                )
                hits.append(((c, 6, j), _Hit(m.start(1), m.end(1), _PART, own, sp)))


# generic words whose plural after "the" is a family more than a place or a body
# (not "the Courts", "the Houses of Parliament", "the Streets")
_FAMILY_SURNAMES = frozenset(["ward", "hall", "wood", "field", "fields", "home"])


@functools.lru_cache(maxsize=1024)
def _family_names(client: Client) -> tuple[tuple[bool, str, re.Pattern[str]], ...]:
    """The client's person terms whose surname is a generic word ("James Ward"): a
    name of a person (not a registered "Village Hall"), each with its family's pattern."""
    out = []
    for own, terms in ((True, client.terms), (False, client.others)):
        for term in terms:
            words = term.split()
            last = words[-1] if len(words) >= 2 else ""
            person = _category(term) == "NAME" and (own or classify_other(term)[0] == "PERSON")
            if person and last.istitle() and last.lower() in _FAMILY_SURNAMES:
                family = rf"\b(?i:the)[ \t]+({re.escape(last)}(?:e?s['\u2019]?))(?!\w|[ \t]+of\b)"
                out.append((own, term, re.compile(family)))
    return tuple(out)


# a word broken across a line, with a hyphen or none: "Mrs Demi Costa\nnova came
# again", "Aroha Nga-\nta"
_BROKEN = re.compile(r"([^\W\d_]{2,})-?[ \t]*\r?\n[ \t]*([^\W\d_]{2,})")


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


def _span(start: int, end: int, value: str, own: bool, client: Client, term: str) -> Span:
    if own:
        return Span(start, end, _category(value), "known", client=client.alias)
    return _other_span(start, end, client, term)


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
    return [h.span if isinstance(h.span, Span) else _span(h.start, h.end, *h.span) for h in chosen]
