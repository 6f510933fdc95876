"""Differential fuzz of ``dates_scripts``: dump ``_MONTH``'s matches and ``detect``'s
spans over generated texts, and ``ids_scripts.detect``'s (its codes in Cyrillic or Greek
capitals and numbers after "№" are among the pieces).

The texts are built from the months themselves (each script's, with a Hebrew month's
"ב" or "ל" before it, a solar Hijri month's "ماه" after it, joined or not, an
Armenian month capitalised, a Georgian stem with its endings, and each cut short or
run into another), days and years in several scripts' digits, the Hebrew day
letters, blanks and punctuation, then mutated. Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/dates_scripts_fuzz.py 60000 > /tmp/a.json
    PYTHONPATH=src python benchmarks/dates_scripts_fuzz.py 60000 > /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import sys

from confvault.redact import dates_scripts as ds
from confvault.redact import ids_scripts

DIGITS = "0123456789" * 3 + "\u0660\u0663\u0669\u06f1\u06f5\u0967\u09e8\u0be7\u1369"
BLANKS = [" ", " ", " ", "\t", "  ", "\n", "\u00a0", "", "-", ", ", "\u060c ", ".", "/"]
EXTRA = [
    "\u05d1", "\u05dc", "\u05d4", "\u0645\u0627\u0647", " \u0645\u0627\u0647", "\u0648",
    "\u0627\u0644", "\u0561", "\u10d8", "\u10e1", "\u10e8\u10d8", "\u10d8\u10d3\u10d0\u10dc",
    "\u1240\u1295", "\u12d3.\u121d", "\u0917\u0924\u0947", "\u0938\u093e\u0932", "\u0647\u0640",
    "\u0569.", "\u10ec\u10da\u10d8\u10e1", "-\u056b\u0576", "\u05f4", '"', "'", "\u05f3",
    "\u05db\u05f4\u05d7", "\u05d9\u05f4\u05d3", "\u05ea\u05e9\u05e4\u05f4\u05d4", "abc", "x",
    "7781-\u041a\u041b-4402", "\u03a4\u0395/2024/0331", "\u041a\u041b", "\u03a4\u0395",
    "\u043a\u043b",
    "AB", "-", "/", "\u2116", "\u0441\u0435\u0440\u0438\u044f", "\u0416", "\u03a9",
]  # fmt: skip


def months() -> list[str]:
    words = [w.replace("_", " ") for w in (*ds._MONTH_WORDS, *ds._HEBREW_MONTHS)]
    words += list(ds._PERSIAN_MONTHS)
    words += [w[0].upper() + w[1:] for w in ds._MONTH_WORDS if "\u0561" <= w[0] <= "\u0587"]
    words += ds._GEORGIAN_STEMS.split()
    return words


def number(rng: random.Random) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(rng.choice((1, 1, 2, 2, 2, 3, 4, 4))))


def piece(rng: random.Random, words: list[str]) -> str:
    r = rng.random()
    if r < 0.45:
        w = rng.choice(words)
        if rng.random() < 0.15:  # cut short, or run into another month
            w = w[: rng.randrange(1, len(w) + 1)] + (
                rng.choice(words) if rng.random() < 0.5 else ""
            )
        return w
    if r < 0.7:
        return number(rng)
    return rng.choice(EXTRA)


def text(rng: random.Random, words: list[str]) -> str:
    out = []
    for _ in range(rng.randrange(1, 9)):
        out.append(piece(rng, words))
        out.append(rng.choice(BLANKS))
    t = "".join(out)
    if rng.random() < 0.2 and t:  # drop or double a character
        i = rng.randrange(len(t))
        t = t[:i] + (t[i] * 2 if rng.random() < 0.5 else "") + t[i + 1 :]
    return t


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 22)
    words = months()
    found = 0
    for _ in range(n):
        t = text(rng, words)
        spans = [m.span() for m in ds._MONTH.finditer(t)]
        dated = [(s.start, s.end, s.category) for s in ds.detect(t)]
        found += bool(dated)
        codes = [(s.start, s.end, s.category) for s in ids_scripts.detect(t)]
        print(json.dumps([t, spans, dated, codes], ensure_ascii=False))
    print(f"{n} texts, {found} with dates", file=sys.stderr)


if __name__ == "__main__":
    main()
