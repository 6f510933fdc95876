"""Short and long forms of a registered person's first name, for known.py.

A supporter registers "William Hart" and writes "Bill"; registers "Peggy" and
writes "Margaret"; registers "Jordan Blake" and writes "Jordy"; registers "Dennis
Fairclough" as the husband and writes "Husband Den". Each is the registered person,
the strongest signal. The forms of the first name of each registered term that
names a person (never of a town's or a surname's words):

* a form from a table of given names and their short forms (``data/nicknames``,
  from the ``nicknames`` package: see data/SOURCES.md), one step either way;
* the name cut short, three letters or more, alone and with the endings English
  gives a pet name ("Jordy", "Jordo", "Sammy"); a cut that is an ordinary word or
  another person's name ("Den", "Law", "Gran", "Chris") only right after a word for
  a relative ("Husband Den").

A form is taken capitalised, as a whole word, and only where the note names the
registered person in full too ("Jordan ... Jordy"), or right after a relative: a
"Danny" in a note that never names the registered Daniel is someone else (review
17 found such forms turning other people, other clients and words such as "Law"
and "Gran" into the client). A form that is also an ordinary word ("Bill") is not
taken opening a sentence. Lower case is never a form: "bill" and "den" stay words.
A place's or body's name of three words or more is found by its capitals too ("LGI"
for "Leeds General Infirmary"; two letters are as often a role or a service).
"""

from __future__ import annotations

import functools
import re

from .known_terms import Client, _category, classify_other
from .lexicon import Lexicon, is_word, lexicon, read_list, subtitle_name, world_first_names
from .model import Span
from .words import ACRONYMS, FUNCTION_WORDS, RELATIONS, TITLES

_SENTENCE_END = re.compile(
    r"(?:^|[.!?:;\n\u2022*>)\u2026\u2013\u2014-])[ \t\"'\u201c\u2018\u201d\u2019(]*$"
)
_MIN_PREFIX = 3
# never a form: titles, and the short names of months and days ("Mar" of "Margaret")
NOT_FORMS = TITLES | frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]
)  # fmt: skip
# a form that is a function word ("den", "van") only right after a relative: "Husband Den"
_RELATIVE_BEFORE = re.compile(rf"(?i:\b(?:{RELATIONS}))[ \t]+$")


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    """Each name -> its short forms and the names it is a short form of."""
    forms: dict[str, set[str]] = {}
    for line in read_list("nicknames"):
        name, short = line.split(" ", 1)
        forms.setdefault(name, set()).add(short)
        forms.setdefault(short, set()).add(name)
    return {k: frozenset(v) for k, v in forms.items()}


def nickname_forms(name: str) -> frozenset[str]:
    """The table's short forms of a lower-case given name, and the names it is a
    short form of ("nathan": "nat", "nate", ...)."""
    return _table().get(name, frozenset())


# capitalised word -> (person index, own, term, registered first name, when to take
# it, a plain cut of the name that is no other given name)
_Lookup = dict[str, list[tuple[int, bool, str, str, int, bool]]]
_ALWAYS, _NOT_OPENING, _AFTER_RELATIVE = 0, 1, 2
_CAP_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{2,}(?![\w-])")
_PET_ENDINGS = ("y", "ie", "o", "s")
_ANY_INITIALS = ""  # a key of the lookup when it holds initials
_CAPITALS = re.compile(r"(?<![\w'\u2019&/.-])[A-Z]{3,5}(?![\w&/.-])")
# initials that are a service, a role or a word of notes, whatever was registered
_NOT_INITIALS = ACRONYMS | TITLES | FUNCTION_WORDS
_WORDS = re.compile(r"[^\W\d_]+")


def name_cuts(first: str) -> set[str]:
    """The name cut short (three letters or more), alone and with a pet name's ending;
    "jordan": "jor", "jord", "jorda", "jordy", "jordie", "jordo", "jords", ..."""
    out: set[str] = set()
    for n in range(_MIN_PREFIX, len(first)):
        cut = first[:n]
        out.add(cut)
        out.update(cut + e for e in _PET_ENDINGS)
        if cut[-1] not in "aeiouy":  # "Sammy", "Danny"
            out.update((cut + cut[-1] + "y", cut + cut[-1] + "ie"))
    out.discard(first)
    return out


@functools.lru_cache(maxsize=16)
def _lookup(clients: tuple[Client, ...]) -> _Lookup:
    """Every form to look for, for these clients' registered people: the first name
    of each term that names a person (not a town's or a surname's words). Made from
    each client's own forms (an export reads its notes with fifty clients in turn, each
    note's client first: the forms of each are worked out once)."""
    out: _Lookup = {}
    for c, client in enumerate(clients):
        for key, entry in _client_forms(client):
            out.setdefault(key, []).append((c, *entry))
            if not entry[2]:  # (initials: no first name)
                out[_ANY_INITIALS] = []
    return out


_Form = tuple[str, tuple[bool, str, str, int, bool]]


@functools.lru_cache(maxsize=1024)
def _client_forms(client: Client) -> tuple[_Form, ...]:
    """_lookup's keys and entries (without the client's index) for one client, in order."""
    lex = lexicon()
    table = _table()
    out: list[_Form] = []
    terms = [(t, True) for t in client.terms] + [(t, False) for t in client.others]
    registered = {w.lower() for t, _ in terms for w in _WORDS.findall(t) if len(w) > 1}
    for term, own in terms:
        if own and _category(term) != "NAME":
            continue
        if classify_other(term)[0] != "PERSON":
            initials = _initials(term)
            low = initials.lower()
            if initials and low not in _NOT_INITIALS and not is_word(low, lex):
                out.append((initials, (own, term, "", _ALWAYS, False)))
            continue
        words = _WORDS.findall(term)
        first = words[0].lower() if words else ""
        if first not in lex.first_names and first not in table:
            continue
        listed = table.get(first, frozenset())
        for f in listed | name_cuts(first):
            if len(f) < _MIN_PREFIX or f in registered or f in NOT_FORMS:
                continue
            # (a name only the world list gives is no other person's here: "Jordy"
            # stays a pet form of Jordan, as before that list)
            census_name = f in lex.first_names and f not in world_first_names()
            other_name = census_name or f in lex.surnames
            if (
                f in FUNCTION_WORDS
                or (f not in listed and (_ordinary(f, lex) or other_name))
                # a listed form that is a word and no given name: "Court" of "Courtney"
                or (f in listed and _ordinary(f, lex) and f not in lex.first_names)
            ):
                when = _AFTER_RELATIVE  # "Den", "Law", "Gran", "Chris": a word or
                # another person's name, unless a relative is named so
            elif _ordinary(f, lex):
                when = _NOT_OPENING  # "Bill", "Peggy"
            else:
                when = _ALWAYS  # "Jordy", "Maggie"
            bare_cut = first.startswith(f) and not census_name
            out.append((f.capitalize(), (own, term, first, when, bare_cut)))
    return tuple(out)


def _initials(term: str) -> str:
    """The capitals of a place's or body's name of three words or more, each
    capitalised ("LGI" for "Leeds General Infirmary"); two letters are as often a
    role or a service ("SW", "MH"), so "QC" for "Quezon City" is not taken."""
    words = [w for w in term.split() if w.lower() not in FUNCTION_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _ordinary(word: str, lex: Lexicon) -> bool:
    """A word as likely meant as a word as a name: an ordinary word that is frequent or
    a listed name too ("bill", "grace"); not a film subtitle's name ("jordy")."""
    return is_word(word, lex) and not subtitle_name(word, lex)


def short_hits(text: str, clients: list[Client]) -> list[tuple[int, bool, Span]]:
    """(client index, own, span) for each short or long form of a registered first
    name in ``text`` (``text`` folded as known.py folds it). A form is taken only
    where the note also names the registered person in full, or right after a word
    for a relative ("Husband Den"): a "Danny" in a note that never names the
    registered Daniel is someone else. Linear: the text's capitalised words are read
    once and looked up."""
    lookup = _lookup(tuple(clients))
    if not lookup:
        return []
    out: list[tuple[int, bool, Span]] = []
    for m in _CAPITALS.finditer(text) if _ANY_INITIALS in lookup else ():
        for c, own, term, _first, _when, _cut in lookup.get(m.group(), ()):
            out.append((c, own, _span(m.start(), m.end(), own, clients[c], term)))
    named: set[str] | None = None  # the text's words in lower case (read when needed)
    for m in _CAP_WORD.finditer(text):
        entries = lookup.get(m.group())
        if entries is None:
            continue
        i, j = m.span()
        relative: bool | None = None  # (asked only when a form needs it)
        best: tuple[int, bool, str] | None = None
        for c, own, term, first, when, bare_cut in entries:
            if named is None:
                named = set(_WORDS.findall(text.lower()))
            if when == _AFTER_RELATIVE or first not in named:
                # "den", "Law", "Court": the word, or someone else, unless a relative is
                # named so; and a form of a person the note never names in full is
                # someone else ("her friend Chris" without the registered Christopher),
                # except the name cut short after a relative ("Husband Den")
                if relative is None:
                    relative = _RELATIVE_BEFORE.search(text, max(0, i - 24), i) is not None
                if not relative or (first not in named and not bare_cut):
                    continue
            if when == _NOT_OPENING and _SENTENCE_END.search(text, max(0, i - 8), i):
                continue  # "Bill came in today": the word, as often as the person
            if best is None or (own and not best[1]):
                best = (c, own, term)
                if own:
                    break  # (known.py chooses a client's own term first, then the first)
        if best is not None:
            c, own, term = best
            out.append((c, own, _span(i, j, own, clients[c], term)))
    return out


def _span(start: int, end: int, own: bool, client: Client, term: str) -> Span:
    if own:
        return Span(start, end, "NAME", "known", client=client.alias)
    kind, category = classify_other(term)
    return Span(start, end, category, "known-other", None, kind, term if kind == "PERSON" else "")
