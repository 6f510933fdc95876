"""Known identifiers: the terms registered for a client. The strongest signal.

Every term is matched case-insensitively as a whole word, with possessive and
plural endings, across line breaks and runs of spaces; each part of a
multi-word term is matched on its own too (except function words and generic
words such as "School"); and words of five letters or more also match with one
typo (one insertion, deletion, substitution or transposition).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .lexicon import lexicon
from .model import KnownClient, Span
from .words import FUNCTION_WORDS, GENERIC_PARTS

_SUFFIX = r"(?:['\u2019]s|['\u2019]|s|es)?"
_WORDS = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")
_FUZZY_MIN = 5


@dataclass(frozen=True)
class Client:
    alias: str | None
    terms: tuple[str, ...]


def normalise(known: Iterable[str | KnownClient]) -> list[Client]:
    unnamed: list[str] = []
    clients: list[Client] = []
    for item in known:
        if isinstance(item, KnownClient):
            terms = tuple(t for t in item.terms if t and t.strip())
            if terms:
                clients.append(Client(item.alias or None, terms))
        elif isinstance(item, str) and item.strip():
            unnamed.append(item)
    if unnamed:
        clients.append(Client(None, tuple(unnamed)))
    return clients


def _phrase(term: str) -> str:
    parts = term.split()
    return r"\s+".join(re.escape(p) for p in parts)


def _parts(term: str) -> list[str]:
    words = term.split()
    if len(words) < 2:
        return []
    out = []
    for w in words:
        core = w.strip(".,;:()\"'\u2019")
        if core.endswith(("'s", "\u2019s")):
            core = core[:-2]
        if len(core) < 2 or core.lower() in FUNCTION_WORDS or core.lower() in GENERIC_PARTS:
            continue
        out.append(core)
    return out


def _category(term: str) -> str:
    if _EMAIL.fullmatch(term.strip()):
        return "EMAIL"
    digits = sum(c.isdigit() for c in term)
    if digits >= 6 and not any(c.isalpha() for c in term):
        return "PHONE"
    if digits >= 4:
        return "ID"
    return "NAME"


def _pattern(terms: list[str]) -> re.Pattern[str]:
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


def detect_known(text: str, clients: list[Client]) -> Iterator[Span]:
    if not clients:
        return
    words: list[tuple[int, int, str]] | None = None
    for client in clients:
        alias = client.alias
        terms = list(client.terms)
        for term in client.terms:
            terms.extend(_parts(term))
        for m in _pattern(terms).finditer(text):
            yield Span(m.start(), m.end(), _category(m.group()), "known", client=alias)
        fuzzy = {
            t.lower()
            for t in terms
            if " " not in t.strip() and len(t) >= _FUZZY_MIN and t.isalpha()
        }
        if not fuzzy:
            continue
        if words is None:
            words = [(m.start(), m.end(), m.group().lower()) for m in _WORDS.finditer(text)]
        lex = lexicon()
        for start, end, word in words:
            core = word[:-2] if word.endswith(("'s", "\u2019s")) else word
            if core in fuzzy or len(core) < _FUZZY_MIN - 1:
                continue
            if core in lex.common or core in lex.dictionary:
                continue  # a typo is not taken when it spells an ordinary word
            if any(within_one_edit(core, f) for f in fuzzy):
                yield Span(start, end, "NAME", "known", client=alias)
