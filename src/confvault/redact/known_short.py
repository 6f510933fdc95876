"""Short and long forms of a registered person's first name, for known.py.

A supporter registers "William Hart" and writes "Bill"; registers "Peggy" and
writes "Margaret"; registers "Jordan Blake" and writes "Jordy"; registers "Dennis
Fairclough" as the husband and writes "Husband Den". Each is the registered person,
so each is the strongest signal:

* a form from a table of given names and their short forms (``data/nicknames``,
  from the ``nicknames`` package: see data/SOURCES.md), one step either way from
  a first name in a registered person's term;
* the name cut short, three letters or more ("Den", "Marg", "Alex"), and cut short
  with the endings English gives a pet name ("Jordy", "Jordie", "Jordo", "Sammy",
  "Danny").

Each is taken capitalised, as a name is written, as a whole word; a form that is
also an ordinary word ("Bill", "Will", "Den") not at the start of a sentence, where
the word is meant as often; one that is a function word ("Den", "Van") only right
after a word for a relative. Only capitalised forms are taken: "bill" and "den" in
lower case stay words. A different person who shares a pet name with the
registered one ("Danny" for a registered "Daniel") is replaced by the registered
person's placeholder: hidden, if under the wrong name.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

from .known_terms import Client, _category, classify_other
from .lexicon import Lexicon, is_word, lexicon
from .model import Span
from .words import ACRONYMS, FUNCTION_WORDS, RELATIONS, TITLES

_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\u2022*>-])[ \t\"'\u201c\u2018(]*$")
_MIN_PREFIX = 3
_FREQUENT = 15000  # a frequency rank below which a form is an ordinary word first
# never a form: titles, and the short names of months and days ("Mar" of "Margaret")
_NOT_FORMS = TITLES | frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"]
)  # fmt: skip
# a form that is a function word ("den", "van") only right after a relative: "Husband Den"
_RELATIVE_BEFORE = re.compile(rf"(?i:\b(?:{RELATIONS}))[ \t]+$")


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    """Each name -> its short forms and the names it is a short form of."""
    raw = resources.files("confvault").joinpath("data", "nicknames.txt.gz").read_bytes()
    forms: dict[str, set[str]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, short = line.split(" ", 1)
        forms.setdefault(name, set()).add(short)
        forms.setdefault(short, set()).add(name)
    return {k: frozenset(v) for k, v in forms.items()}


# capitalised word -> (person index, own, term, is an ordinary word, is a function word)
_Lookup = dict[str, list[tuple[int, bool, str, bool, bool]]]
_CAP_WORD = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{2,}(?![\w-])")
_PET_ENDINGS = ("y", "ie", "o", "s")
_ANY_INITIALS = ""  # a key of the lookup when it holds initials
_CAPITALS = re.compile(r"(?<![\w'\u2019&/-])[A-Z]{2,5}(?![\w&/-])")
# initials that are a service, a role or a word of notes, whatever was registered
_NOT_INITIALS = ACRONYMS | TITLES | FUNCTION_WORDS


def _short_forms(first: str) -> set[str]:
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
    """Every form to look for, for these clients' registered first names."""
    lex = lexicon()
    table = _table()
    out: _Lookup = {}
    for c, client in enumerate(clients):
        terms = [(t, True) for t in client.terms] + [(t, False) for t in client.others]
        registered = {
            w.lower() for t, _ in terms for w in re.findall(r"[^\W\d_]+", t) if len(w) > 1
        }
        for term, own in terms:
            if own and _category(term) != "NAME":
                continue
            if not own and classify_other(term)[0] != "PERSON":
                continue
            initials = _initials(term)
            if initials and initials.lower() not in _NOT_INITIALS and not is_word(initials, lex):
                out.setdefault(initials, []).append((c, own, term, False, False))
                out[_ANY_INITIALS] = []
            for word in re.findall(r"[^\W\d_]+", term):
                first = word.lower()
                if first not in lex.first_names and first not in table:
                    continue
                for f in table.get(first, frozenset()) | _short_forms(first):
                    if len(f) < _MIN_PREFIX or f in registered or f in _NOT_FORMS:
                        continue
                    entry = (c, own, term, _ordinary(f, lex), f in FUNCTION_WORDS)
                    out.setdefault(f.capitalize(), []).append(entry)
    return out


def _initials(term: str) -> str:
    """The capitals of a term of two words or more, each capitalised: "QC" for "Quezon
    City"; a person's ("AH" of "Amelia Hargreaves") only of three letters or more,
    since two are as often a role ("SW") or a unit."""
    words = [w for w in term.split() if w.lower() not in FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return ""
    person = classify_other(term)[0] == "PERSON"
    if person and len(words) < 3:
        return ""
    return "".join(w[0] for w in words)


def _ordinary(word: str, lex: Lexicon) -> bool:
    """A word as likely meant as a word as a name: frequent, or a word that is also a
    listed name ("bill", "grace"); not a rare word of the frequency lists that no name
    list holds ("jordy", "ranjit": names from film subtitles, taken as the person)."""
    if not is_word(word, lex):
        return False
    rank = lex.common.get(word)
    return rank is None or rank < _FREQUENT or word in lex.first_names or word in lex.surnames


def short_hits(text: str, clients: list[Client]) -> list[tuple[int, bool, Span]]:
    """(client index, own, span) for each short or long form of a registered first
    name in ``text`` (``text`` folded as known.py folds it). Linear: the text's
    capitalised words are read once and looked up."""
    lookup = _lookup(tuple(clients))
    if not lookup:
        return []
    out: list[tuple[int, bool, Span]] = []
    for m in _CAPITALS.finditer(text) if _ANY_INITIALS in lookup else ():
        for c, own, term, _ordinary_word, _function in lookup.get(m.group(), ()):
            out.append((c, own, _span(m.start(), m.end(), own, clients[c], term)))
    for m in _CAP_WORD.finditer(text):
        entries = lookup.get(m.group())
        if entries is None:
            continue
        i, j = m.span()
        for c, own, term, ordinary, function in entries:
            if function and not _RELATIVE_BEFORE.search(text, max(0, i - 24), i):
                continue  # "den", "van": the word, but "Husband Den" for "Dennis"
            if ordinary and _SENTENCE_END.search(text, max(0, i - 6), i):
                continue  # "Bill came in today": the word, as often as the person
            out.append((c, own, _span(i, j, own, clients[c], term)))
    return out


def _span(start: int, end: int, own: bool, client: Client, term: str) -> Span:
    if own:
        return Span(start, end, "NAME", "known", client=client.alias)
    kind, category = classify_other(term)
    return Span(start, end, category, "known-other", None, kind, term if kind == "PERSON" else "")
