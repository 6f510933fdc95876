"""The registered terms as they are searched for: folded, respelt, split and classified."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lexicon import frequent, lexicon
from .org_words import BUSINESS_WORDS, GENERIC_PARTS, ORG_SUFFIXES, STREET_WORDS
from .words import FUNCTION_WORDS

_SUFFIX = r"(?:['\u2019]s|['\u2019]|s|es)?"
_WORDS = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.\w+")
# words of a term never matched on their own: they name no one ("the", "School", "Bakery")
_NOT_ALONE = FUNCTION_WORDS | GENERIC_PARTS | BUSINESS_WORDS


@functools.cache
def _fold_table() -> dict[int, int]:
    """Latin letters with accents to their base letter, and curly apostrophes to
    straight ones: one character for one, so offsets stay the same."""
    table = {}
    # (and Latin Extended Additional: Vietnamese "thảo", review 39)
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
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
    as_written: tuple[str, ...] = ()  # KnownClient.as_written
    # the hash, worked out once: a list of fifty clients is a cache key several times
    # for every note an export redacts (session 20)
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_hash", hash((self.alias, self.terms, self.others, self.as_written))
        )

    def __hash__(self) -> int:
        return self._hash


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
    cores = [_core(w) for w in words]
    for core in cores:
        if len(core) < 2 or core.lower() in _NOT_ALONE:
            continue  # "Bakery" of "Maple Street Bakery" alone names no one
        if numeric and core.isalpha():
            continue  # the label of a number ("NHS" of "NHS 943 476 5919") names no one
        out.append(core)
    # the term's opening words when they hold a part that is no very frequent word
    # ("hollins park" of "Hollins Park School": people drop the generic tail, and only
    # "hollins" was found; not "new life" of "New Life Church": review 27)
    rare = {p for p in out if not frequent(p.lower(), lexicon(), 500)}
    for j in range(2, min(len(words), 8) if rare and not numeric else 0):
        head = [w.strip(_MARKS) for w in words[:j]]
        if all(head) and not rare.isdisjoint(cores[:j]):
            out.append(" ".join(head))
    return tuple(out)


_MARKS = ".,;:()\"'\u2019"


def _core(word: str) -> str:
    """A term's word without its marks and possessive ("Mary's" is "Mary")."""
    core = word.strip(_MARKS)
    return core[:-2] if core.endswith(("'s", "\u2019s")) else core


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
