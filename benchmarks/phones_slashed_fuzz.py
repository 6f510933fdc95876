"""Differential fuzz of ``phones.detect_phones`` on numbers run together with slashes
("07700900461/07700900462", "+447700900461/+447700900462"), the shape ``_SLASHED`` reads.

Each text is a few pieces (numbers of 7 to 16 digits, in ASCII or other scripts'
digits, with or without a "+", joined by one or two slashes) with letters, signs and
blanks around them. Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/phones_slashed_fuzz.py 100000 > /tmp/a.json
    PYTHONPATH=src python benchmarks/phones_slashed_fuzz.py 100000 > /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import random

from fuzz_corpus import print_spans

from confvault.redact import phones

DIGITS = "0123456789" * 4 + "\u0663\u0669\u06f5\u0967"
AROUND = ["", "", " ", " ", "\n", "a", "x", "_", "+", "/", ".", "-", "tel ", "mob: ", "(", ")"]


def number(rng: random.Random) -> str:
    n = rng.randrange(7, 17)
    return ("+" if rng.random() < 0.2 else "") + "".join(rng.choice(DIGITS) for _ in range(n))


def text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randrange(1, 5)):
        out.append(rng.choice(AROUND))
        run = [number(rng) for _ in range(rng.randrange(1, 4))]
        out.append(rng.choice(["/", "/", "//", " / "]).join(run))
    out.append(rng.choice(AROUND))
    return "".join(out)


def main() -> None:
    print_spans(text, phones.detect_phones, "phones")


if __name__ == "__main__":
    main()
