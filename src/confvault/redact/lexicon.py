"""Lazy access to the word lists shipped in ``confvault/data``.

Nothing is read at import time; the first call to :func:`lexicon` reads the
gzip files once and keeps them for the life of the process.
"""

from __future__ import annotations

import functools
import gzip
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    common: dict[str, int]  # ordinary English word -> frequency rank (0 = most common)
    dictionary: frozenset[str]  # rarer lower-case dictionary headwords
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]  # single and multi-word place names, lower case
    place_words: frozenset[str]  # every word that starts a multi-word place name
    countries: frozenset[str]  # GeoNames country names, lower case


def _read(name: str) -> list[str]:
    data = resources.files("confvault").joinpath("data", f"{name}.txt.gz").read_bytes()
    return [w for w in gzip.decompress(data).decode("utf-8").split("\n") if w]


@functools.cache
def lexicon() -> Lexicon:
    common = _read("common_words")
    places = frozenset(_read("places"))
    return Lexicon(
        common={w: i for i, w in enumerate(common)},
        dictionary=frozenset(_read("dictionary_words")),
        first_names=frozenset(_read("first_names")),
        surnames=frozenset(_read("surnames")),
        places=places,
        place_words=frozenset(p.split(" ", 1)[0] for p in places if " " in p),
        countries=frozenset(_read("countries")),
    )
