"""Lazy access to the word lists shipped in ``confvault/data``.

Nothing is read at import time; the first call to :func:`lexicon` reads the
gzip files once and keeps them for the life of the process.

The three big lists (places, dictionary words, surnames: half a million words)
are kept as :class:`WordSet`, about the size of their text; as frozensets they
took ~50 MB, most of an export's memory. They are shipped already split into the
set's buckets (``data/<name>.buckets.gz``, made from ``<name>.txt.gz`` by
``benchmarks/build_lexicons.py``), so loading one is splitting a string, not
sorting half a million words in Python (about 0.45 s of every redacting command,
session 20). The small lists that are looked up most (common words, first names,
countries) stay Python dicts and sets.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from .given_names import EXTRA_FIRST_NAMES
from .wordlist import wordlist

_BUCKET_WORDS = 16  # words per bucket on average: shorter is faster and bigger


def _slot(word: str, n: int) -> int:
    """The bucket of ``word`` among ``n``: CRC-32 of its UTF-8, the same in every
    process (str's own hash is not), so that buckets can be shipped made."""
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) % n


def _buckets(words: list[str]) -> tuple[str, ...]:
    """Each word in bucket ``_slot(word, len(buckets))``; a bucket is one string
    "\nword\nword\n", or "\n" when empty."""
    n = max(1, len(words) // _BUCKET_WORDS)
    groups: list[list[str]] = [[] for _ in range(n)]
    add = [g.append for g in groups]
    for word in words:
        add[_slot(word, n)](word)
    return tuple("\n" + "\n".join(g) + "\n" if g else "\n" for g in groups)


# a WordSet as shipped: its ASCII buckets, then its others, each bucket as in memory
_BUCKET_SEP, _PART_SEP = "\x00", "\x01"


class WordSet:
    """A read-only set of words stored as short strings of text.

    ``word in s`` finds the word's bucket by its hash and searches that string
    for "\\nword\\n", so a word costs its length plus one byte, not the ~100
    bytes of a str in a frozenset, at ~0.2 us a lookup instead of ~0.03 us.
    Words with non-ASCII letters are kept apart so that one accented place name
    does not double the size of a bucket of plain ones. A word's bucket is its
    CRC-32's (:func:`_slot`), so :meth:`dumps` and :meth:`loads` keep a set's buckets
    as they are.
    """

    __slots__ = ("_ascii", "_len", "_n_ascii", "_n_other", "_other")

    _len: int | None

    def __init__(self, words: Iterable[str]) -> None:
        words = list(words)
        if "\n" in "".join(words):
            raise ValueError("a word in a WordSet cannot contain a newline")
        self._ascii = _buckets(list(filter(str.isascii, words)))
        self._other = _buckets(list(itertools.filterfalse(str.isascii, words)))
        self._n_ascii, self._n_other = len(self._ascii), len(self._other)
        self._len = None  # counted when first asked: a word may have been given twice

    def dumps(self) -> str:
        """The buckets as one string, for :meth:`loads`."""
        words = "".join(self._ascii) + "".join(self._other)
        if _BUCKET_SEP in words or _PART_SEP in words:
            raise ValueError("a word holds a separator of the bucket file")
        return _BUCKET_SEP.join(self._ascii) + _PART_SEP + _BUCKET_SEP.join(self._other)

    @classmethod
    def loads(cls, data: str) -> WordSet:
        """The set :meth:`dumps` gave."""
        ascii_, other = data.split(_PART_SEP)
        s = cls.__new__(cls)
        s._ascii, s._other = tuple(ascii_.split(_BUCKET_SEP)), tuple(other.split(_BUCKET_SEP))
        if not all(b[:1] == b[-1:] == "\n" for b in (s._ascii[0], s._other[-1])):
            raise ValueError("not a WordSet's buckets")
        s._n_ascii, s._n_other = len(s._ascii), len(s._other)
        s._len = None
        return s

    # "\n" not in word: a word with a newline could match across two listed words
    def __contains__(self, word: str) -> bool:
        if word.isascii():
            return f"\n{word}\n" in self._ascii[_slot(word, self._n_ascii)] and "\n" not in word
        return f"\n{word}\n" in self._other[_slot(word, self._n_other)] and "\n" not in word

    def isdisjoint(self, words: Iterable[str]) -> bool:
        """No word in ``words`` is in the set (``in`` for each, with less overhead)."""
        ascii_, other, n_ascii, n_other = self._ascii, self._other, self._n_ascii, self._n_other
        for word in words:
            if word.isascii():
                if f"\n{word}\n" in ascii_[_slot(word, n_ascii)] and "\n" not in word:
                    return False
            elif f"\n{word}\n" in other[_slot(word, n_other)] and "\n" not in word:
                return False
        return True

    def __iter__(self) -> Iterator[str]:
        for bucket in (*self._ascii, *self._other):
            if bucket != "\n":
                yield from dict.fromkeys(bucket[1:-1].split("\n"))

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(1 for _ in self)
        return self._len

    def __repr__(self) -> str:
        return f"<WordSet of {len(self)} words>"

    def __reduce__(self) -> tuple[type[WordSet], tuple[list[str]]]:
        return WordSet, (list(self),)


class FirstNames(frozenset[str]):
    """The first names; a name written with accents the list lacks is found by its
    plain letters ("angélica", "siobhán", "zoë"; session 23). Words of other
    languages that lose their accents into a listed name stay words ("día", "doña",
    "más")."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        plain = _unaccented(word)
        if plain == word or plain in _ACCENTED_WORDS:
            return False
        return frozenset.__contains__(self, plain)


# words whose accents are all that tells them from a listed name (Spanish, Portuguese,
# French, Italian, Vietnamese, Irish, Danish and Polish words of notes)
_ACCENTED_WORDS = frozenset(
    wordlist(
        "dia dona don mae maes nao sao esta mas que tia tio chi chu chere bebe noel",
        "zena fran meta mi so ta tu si el ete deja pere mere soeur frere ano nos una",
        "uno mia fe ja la le ma mo na ni no sa se te un eve",
    )
)


def _unaccented(word: str) -> str:
    """``word`` without its combining marks ("angélica" -> "angelica")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# letters that carry no combining mark to drop, made plain as their languages' names
# are often typed ("paweł" -> "pawel", "bjørn" -> "bjorn"; hostile review, session 24)
_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "\u0131": "i", "æ": "ae", "œ": "oe", "đ": "d", "ß": "ss"}
)


def plain_letters(word: str) -> str:
    """``word`` in plain letters: no combining marks, and ``ł``, ``ø``, the dotless
    ``i``, ``æ``, ``œ``, ``đ``, ``ß`` written as Latin letters."""
    return _unaccented(word.translate(_LETTERS))


@dataclass(frozen=True)
class Lexicon:
    common: dict[str, int]  # ordinary English word -> frequency rank (0 = most common)
    dictionary: WordSet  # rarer lower-case dictionary headwords
    first_names: FirstNames
    surnames: WordSet
    places: WordSet  # single and multi-word place names, lower case
    countries: frozenset[str]  # GeoNames country names, lower case

    @functools.cached_property
    def place_words(self) -> WordSet:
        """Every word that starts a multi-word place name (built when first used)."""
        return WordSet(p.split(" ", 1)[0] for p in self.places if " " in p)


def read_list(name: str) -> list[str]:
    """The lines of ``data/<name>.txt.gz`` (no blank ones)."""
    data = resources.files("confvault").joinpath("data", f"{name}.txt.gz").read_bytes()
    return list(filter(None, gzip.decompress(data).decode("utf-8").split("\n")))


def read_word_set(name: str) -> WordSet:
    """``data/<name>.buckets.gz`` (the words of ``<name>.txt.gz``, split into buckets),
    or the set made from the words when that file is missing."""
    data = resources.files("confvault").joinpath("data", f"{name}.buckets.gz")
    if not data.is_file():
        return WordSet(read_list(name))
    return WordSet.loads(gzip.decompress(data.read_bytes()).decode("utf-8"))


def other_words(code: str) -> frozenset[str]:
    """The frequent words of another language (a code of note_language: "es", "fr",
    "it"; empty for the others), none a listed name or place (data/other_words.txt.gz,
    SOURCES.md); read when a note in another language is first met."""
    return _other_words().get(code, frozenset())


@functools.cache
def _other_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for line in read_list("other_words"):
        code, word = line.split("\t")
        words.setdefault(code, set()).add(word)
    return {code: frozenset(ws) for code, ws in words.items()}


@functools.cache
def world_first_names() -> frozenset[str]:
    """The given names of other countries that the census lists lack and the frequency
    lists rank (data/world_first_names.txt.gz; also in ``Lexicon.first_names``)."""
    return frozenset(read_list("world_first_names"))


@functools.cache
def lexicon() -> Lexicon:
    return Lexicon(
        places=read_word_set("places"),  # the biggest first: the lowest peak while loading
        dictionary=read_word_set("dictionary_words"),
        surnames=read_word_set("surnames"),
        common={w: i for i, w in enumerate(read_list("common_words"))},
        first_names=FirstNames(
            # (the census lists, the world's given names they lack, the project's own)
            frozenset(read_list("first_names")) | world_first_names() | EXTRA_FIRST_NAMES
        ),
        countries=frozenset(read_list("countries")),
    )


def is_word(word: str, lex: Lexicon) -> bool:
    """An ordinary word: among the frequent words or in the dictionary (any case)."""
    w = word.lower()
    return w in lex.common or w in lex.dictionary


# From this frequency rank the lists hold rare words, and the names of film
# subtitles' characters ("jordy", "ranjit") that no name list knows.
FAR_DOWN = 15000


# The ranked part of the frequency lists (film subtitles and Wikipedia, interleaved)
# ends near this rank; after it come the name and password lists' words that the
# dictionary knows ("money", "lovely"), in no order of frequency.
RANKED_END = 40000


def frequent(word: str, lex: Lexicon, rank: int = FAR_DOWN) -> bool:
    """Ranked above ``rank`` in the frequency lists (lower-case ``word``): a word
    first ("chance", "blood"), whatever else it is."""
    return lex.common.get(word, rank) < rank


def rare_ranked(word: str, lex: Lexicon) -> bool:
    """In the ranked lists, and only far down them (lower-case ``word``)."""
    rank = lex.common.get(word)
    return rank is not None and FAR_DOWN <= rank < RANKED_END


def rare_first_name(word: str, lex: Lexicon) -> bool:
    """A first name that the ranked lists hold only far down, and no dictionary:
    "arjun", "conor", "tomasz" (lower-case ``word``)."""
    return rare_ranked(word, lex) and word in lex.first_names and word not in lex.dictionary


def far_down(word: str, lex: Lexicon) -> bool:
    """In the frequency lists, and only far down them (lower-case ``word``)."""
    rank = lex.common.get(word)
    return rank is not None and rank >= FAR_DOWN


def subtitle_name(word: str, lex: Lexicon) -> bool:
    """Far down the frequency lists and in no name list: as often a name as a word
    ("jordy", "ranjit"; not "grace", "green", listed names too). The world list's
    names count as unlisted here: it holds only names ranked so (world_first_names)."""
    return (
        far_down(word, lex)
        and (word not in lex.first_names or word in world_first_names())
        and word not in lex.surnames
    )


# how English words end, which a district's or a person's own name seldom does
_WORD_ENDS = (
    "ing", "ed", "tion", "sion", "ness", "ment", "ity", "ism", "ist", "ive", "ous", "al",
    "er", "ers", "or", "ors", "ic", "ics", "ly", "ful", "less", "able", "ible", "ance",
    "ence", "ship", "hood", "ure", "ery", "ary", "ory", "age", "ant", "ent", "ies", "es",
    "wife", "man", "men", "work", "care",
)  # fmt: skip


def subtitle_proper(word: str, lex: Lexicon) -> bool:
    """Ranked far down among the film subtitles' words, with no English word's ending:
    as a rule a place's or a person's own name ("lewisham", "partick", "gwennie"; not
    "counselling", "bereavement", "midwife", "suffocating") (lower-case ``word``)."""
    return rare_ranked(word, lex) and not word.endswith(_WORD_ENDS) and word not in lex.dictionary


def rare_word(word: str, lex: Lexicon, rank: int = 3000) -> bool:
    """A word in no dictionary and at most this frequent ("tom", "sammy"; not "will"):
    without a capital, a first name is taken for a name only when it is one."""
    return word not in lex.dictionary and lex.common.get(word, rank) >= rank


# endings of inflected words, and how much of each to cut for the word it comes from
_ENDINGS = (
    ("ers", (3, 2)), ("er", (2, 1)), ("ed", (2, 1)), ("ing", (3,)), ("ly", (2,)),
    ("ful", (3,)), ("ish", (3,)), ("y", (1,)), ("s", (1,)),
)  # fmt: skip


def inflected(word: str, lex: Lexicon) -> bool:
    """A word made from another by an ending: "teary" (tear), "calmer", "remanded";
    not "jordy", "jules" (lower-case ``word``)."""
    for ending, cuts in _ENDINGS:
        if word.endswith(ending):
            return any(is_word(word[:-cut], lex) for cut in cuts if len(word) - cut >= 3)
    return False


def stems(w: str) -> list[str]:
    """What an inflected word may come from: "replies" reply, "texted" text,
    "messaging" message. Only long enough words, so a name is not cut to a word."""
    out = [w[:-1]] if w.endswith("s") else []
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    elif w.endswith("ied") and len(w) > 5:
        out += [w[:-3] + "y", w[:-1]]  # "tidied" tidy, "replied" reply
    elif w.endswith("es") and len(w) > 5:
        out.append(w[:-2])
    elif w.endswith("ed") and len(w) > 5:
        out += [w[:-2], w[:-1]]
    elif w.endswith("ing") and len(w) > 6:
        out += [w[:-3], w[:-3] + "e"]
    return out
