"""Differential fuzz of ``spelled.detect``: dump its spans over texts built from numbers
read out in words ("oh seven seven double oh nine …"), with figures, "double",
"triple", "treble", "hundred", other words, blanks and signs mixed in, in any case and
with the long s and the dotted capital I, so that the counts of digit words fall on
both sides of the screen's thresholds (3 and 5). Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/spelled_fuzz.py 100000 > /tmp/a.json
    PYTHONPATH=src python benchmarks/spelled_fuzz.py 100000 > /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import random

from fuzz_corpus import print_spans

from confvault.redact import spelled

DIGIT_WORDS = [
    "zero",
    "oh",
    "o",
    "nought",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
]
EXTRA = [
    "double", "triple", "treble", "hundred", "and", "077", "900", "5", "12345", "ring", "call",
    "me", "on", "the", "phone", "is", "mum", "s\u017fix", "F\u0130VE", "doubled", "oneself",
]  # fmt: skip
SEPS = [" ", " ", " ", ", ", "-", ". ", "\n", "\t", "; ", "/", " (", ") ", "  ", ""]


def word(rng: random.Random) -> str:
    w = rng.choice(DIGIT_WORDS) if rng.random() < 0.6 else rng.choice(EXTRA)
    r = rng.random()
    return w.upper() if r < 0.1 else w.title() if r < 0.2 else w


def text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randrange(1, 16)):
        out.append(word(rng))
        out.append(rng.choice(SEPS))
    return "".join(out)


def main() -> None:
    print_spans(text, spelled.detect, "numbers")


if __name__ == "__main__":
    main()
