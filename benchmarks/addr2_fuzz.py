"""Differential fuzz input for detect_addresses and detect_dates, stressing what the
addr2 speed round changed: address blocks over several lines, cue words, the case
folding of non-ASCII text (U+0130, U+0131, U+017F, U+212A next to month and cue
words), digits of other scripts, and the screens started after a first match.

    PYTHONPATH=/work/base2/src python benchmarks/addr2_fuzz.py 100000 5 > a.json
    PYTHONPATH=src python benchmarks/addr2_fuzz.py 100000 5 > b.json
    cmp a.json b.json

Builds on addrdates_fuzz.py (the corpus mutations); prints one JSON row per text:
the spans of detect_addresses, detect_dates and addresses.grow over a found piece.
"""

from __future__ import annotations

import json
import random
import sys

import addrdates_fuzz  # beside this script, so on the path when it runs

from confvault.redact import addresses, dates

ODD = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "ß", "Ä", "ñ", "\u00a0", "\u2019", "\u0300"]
BLOCKS = [
    "address: 12 Acacia Avenue, Leeds\nLS1 4AB\nUnited Kingdom",
    "Lives at 3 Key Road, sent to 4 Oak Road",
    "sent it to\n 94472 Atamar Street\n Suite 33, FL\n\n Albany\n NY 12207.",
    "Billing address: Tintin Forsberg\n    03262 2437 Main St Suite 442\n   Mill Village\n    NS",
    "returned to 636 1812 Rue De La Gare\n Apt. 271\n St Felicien\n Canada 36523 last night",
    "forwarded them to PSC 3117, Box 0609\nAPO AE 09402",
    "arrived at 416 Kiannonkatu 98 Apt. 934 OULU NO. then", "x, ec\nnan\n(rear) 5",
    "the corner of 5 Oak Street and Elm", "zip code: 48750", "post code SW1A 1AA, ok",
    "on the 3rd of May 2021, at 10:30", "Sept. 5, 2020", "14 March 2025 9am", "mar 3rdmarch",
    "\u0661\u0662 Main Road", "Flat \uff13, 18 Cobden Terrace", "1AB K1A 0B1 IL, 62704",
]  # fmt: skip


def stress(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 4)):
        pos = rng.randint(0, len(chars))
        kind = rng.randrange(4)
        if kind == 0:
            chars[pos:pos] = rng.choice(ODD)
        elif kind == 1:
            chars[pos:pos] = " " + rng.choice(BLOCKS) + rng.choice(["", " ", "\n", ", "])
        elif kind == 2 and chars:  # a letter swapped for its odd case-folding twin
            i = rng.randrange(len(chars))
            twin = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}
            chars[i] = twin.get(chars[i], chars[i])
        else:
            chars[pos:pos] = rng.choice([" ", "\t", "\n", ",", ", ", "  ", "\n\n", "\n> "])
    return "".join(chars)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    rng = random.Random(seed)
    for text in addrdates_fuzz.generate(n, seed):
        if rng.random() < 0.5:
            text = stress(rng, text)
        found = addresses.detect_addresses(text)
        row = [
            [(s.start, s.end, s.category, s.source, s.placeholder_kind) for s in found],
            [(s.start, s.end, s.category, s.source) for s in dates.detect_dates(text)],
            [addresses.grow(text, s.start, s.end) for s in found],
        ]
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
