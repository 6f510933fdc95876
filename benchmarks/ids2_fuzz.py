"""Differential fuzz of ``ids.scan`` for the second speed round: dump spans and vetoes.

The texts of benchmarks/ids_fuzz.py from another seed, each also with one of: a
16-digit run (a card shape) or a 15-digit one, a letter put just before or inside a
run, a digit swapped for a non-ASCII one, a run of several short numbers after a
word (a phone number), a two-letter word before a 7-digit number. Run once per
source tree and compare:

    PYTHONPATH=/work/base2/src python benchmarks/ids2_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/ids2_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids_fuzz import texts

from confvault.redact import ids

_ODD_DIGITS = "\u0661\u0662\u06f4\u0967\u09e8\uff11\u0e51"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _twist(text: str, rng: random.Random) -> str:
    i = rng.randint(0, len(text))
    op = rng.randrange(7)
    if op == 0:  # a card shape, or one digit short of one
        n = rng.choice([15, 16, 16])
        s = _digits(rng, n)
        if rng.random() < 0.5:
            sep = rng.choice([" ", "-"])
            s = sep.join(s[k : k + 4] for k in range(0, n, 4))
        return (
            text[:i]
            + rng.choice([" ", "", "x", "-", "("])
            + s
            + rng.choice([" ", "", "a", "."])
            + text[i:]
        )
    digits = [k for k, c in enumerate(text) if c.isdigit()]
    if op == 1 and digits:  # a letter just before or inside a run
        k = rng.choice(digits)
        return text[:k] + rng.choice("aZgbGB\u00e9") + text[k:]
    if op == 2 and digits:  # a non-ASCII digit
        k = rng.choice(digits)
        return text[:k] + rng.choice(_ODD_DIGITS) + text[k + 1 :]
    if op == 3:  # a phone number after a word
        parts = [_digits(rng, rng.randint(2, 4)) for _ in range(rng.randint(2, 5))]
        return (
            text[:i]
            + rng.choice([" to ", " at ", " is ", " no ", " "])
            + " ".join(parts)
            + text[i:]
        )
    if op == 4:  # a short word before a 7-digit number
        return text[:i] + rng.choice([" is ", " at ", " AB ", " my "]) + _digits(rng, 7) + text[i:]
    if op == 5:  # an IBAN hint not at a word start
        return (
            text[:i]
            + "x"
            + rng.choice(["GB82", "DE89", "ab12"])
            + _digits(rng, rng.randint(2, 18))
            + text[i:]
        )
    return text


def main() -> None:
    n = int(sys.argv[1])
    rng = random.Random(7)
    result = []
    for text in texts(n, seed=77):
        for t in (text, _twist(text, rng)):
            spans, vetoes = ids.scan(t)
            result.append([[[s.start, s.end, s.category, s.source] for s in spans], vetoes])
    Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
    print(f"{n} texts, {2 * n} scanned")


if __name__ == "__main__":
    main()
