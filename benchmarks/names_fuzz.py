"""Differential fuzz of ``names.detect_names``: dump its spans over generated texts.

Mutations of the corpus sentences (case changes, digits swapped, punctuation,
whitespace, non-ASCII letters and digits, relations and titles, long runs,
random tokens), reproducible from a seed. Run once per source tree and compare:

    PYTHONPATH=/work/base/src python benchmarks/names_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/names_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from fuzz_corpus import corpus_texts

from confvault.redact import names

_INSERTS = [
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    ".",
    ". ",
    ", ",
    ",",
    ":",
    ": ",
    ";",
    "!",
    "?",
    "-",
    "'",
    "\u2019",
    "\u2019s",
    "'s",
    '"',
    "(",
    ")",
    "*",
    ">",
    "|",
    "\u2026",
    "\u2022",
    " and ",
    " & ",
    " or ",
    " de ",
    " van ",
    " la ",
    "Dr ",
    "Dr. ",
    "Mr ",
    "Mrs. ",
    "my sister ",
    "his wife ",
    "her friend ",
    "works at ",
    "works for ",
    "lives in ",
    "moved to ",
    "called ",
    "named ",
    "name is ",
    "name: ",
    "I'm ",
    "with ",
    " Ltd",
    " Inc.",
    " LLC",
    " and Sons",
    " & Co",
    " is a company",
    "'s website",
    " Jr",
    " III",
    " PhD",
    "7",
    "12 ",
    " 42",
    "221B ",
    " 10-12",
    "\u0661\u0662",
    "\u00b2",
    "\u2460",
    "\u0663",
    "\uff11",
    "I ",
    " I ",
    "A. ",
    "J. ",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "\u00df",
    "\u00e9",
    "\u00c9",
    "\u00d6",
    "\u0416",
    "\u03a9",
    "\u0398",
    "\u00ff",
    "\u1e9e",
    "\u01c5",
    "\u0345",
    "Subnet: 1",
    "Telefon: +9",
    "follow up with patricia ",
    "my sister jane ",
    "her mum lucy's ",
    "[NAME]",
    ": [ID-2]",
    "Destiny: ",
    "my older probation officer ",
    "Ann's big support worker, ",
    "her key worker at ",
    "key worker  at ",
    "name  is ",
    "name : ",
    "grew \u00a0up in ",
    "works\u2003for ",
    "our step-sister ",
    "called\n",
    "Street",
    " Road",
    " London",
    " Paris",
    " New York",
    " Quinta de S\u00e3o Tiago",
]
_WORDS = [
    "Jordan",
    "Smith",
    "Will",
    "Hall",
    "Paris",
    "France",
    "Chad",
    "Mi",
    "TCKN",
    "GSTIN",
    "NHS",
    "IBM",
    "Acme",
    "Northwind",
    "Lending",
    "Club",
    "Monjeau",
    "Graves",
    "Reed",
    "Key",
    "Brad",
    "patricia",
    "desrosiers",
    "hubbard",
    "fox",
    "gillespie",
    "aksel",
    "kristensen",
    "seiler",
    "benjamin",
    "codey",
    "ross",
    "stillwater",
    "supercomputing",
    "inc",
    "ltd",
    "llc",
    "the",
    "The",
    "Yesterday",
    "Wisdom",
    "McDonald",
    "O'Brien",
    "Jean-Luc",
    "Anne-Marie",
    "MD",
    "Jnr",
    "Sari",
    "J.",
    "Paavolainen",
    "Iceland",
    "Act",
    "Bay",
    "My",
    "A",
    "I",
    "Win11",
    "IPv4",
    "donna",
    "jane",
    "lucy",
    "Destiny",
    "Sons",
    "Partners",
    "Associates",
    "Company",
    "Co",
    "Research",
    "School",
    "Bakery",
    "St",
    "Mrs",
    "Prof",
    "Sister",
    "Father",
]


def _mutate(text: str, rng: random.Random, pool: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(11)
        n = len(text)
        i = rng.randint(0, n)
        if op == 0:
            text = text.lower()
        elif op == 1:
            text = text.upper() if rng.random() < 0.3 else text.title()
        elif op == 2:
            text = text[:i] + rng.choice(_INSERTS) + text[i:]
        elif op == 3:
            text = text[:i] + rng.choice(_WORDS) + " " + text[i:]
        elif op == 4 and n:
            j = min(n, i + rng.randint(1, 8))
            text = text[:i] + text[j:]
        elif op == 5:
            text = "".join(
                rng.choice("0123456789\u0663\u00b2") if c.isdigit() and rng.random() < 0.5 else c
                for c in text
            )
        elif op == 6:
            text = text + rng.choice([" ", ". ", "\n", ", ", " and "]) + rng.choice(pool)
        elif op == 7:
            k = rng.randint(2, 40)
            text = text[:i] + " ".join(rng.choice(_WORDS) for _ in range(k)) + text[i:]
        elif op == 8:
            text = text[:i] + rng.choice(_INSERTS) * rng.randint(2, 30) + text[i:]
        elif op == 9:
            chars = list(text)
            for _ in range(rng.randint(1, 4)):
                if chars:
                    k = rng.randrange(len(chars))
                    c = chars[k]
                    chars[k] = c.swapcase() if rng.random() < 0.7 else rng.choice(_INSERTS)
            text = "".join(chars)
        else:
            words = text.split(" ")
            rng.shuffle(words)
            text = " ".join(words)
    return text


def main() -> int:
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pool = corpus_texts()
    rng = random.Random(seed)
    rows = []
    for k in range(count):
        base = pool[k % len(pool)] if k < len(pool) else rng.choice(pool)
        text = base if k < len(pool) else _mutate(base, rng, pool)
        spans = [
            [s.start, s.end, s.category, s.source, s.client, s.placeholder_kind, s.ref]
            for s in names.detect_names(text)
        ]
        rows.append([text, spans])
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
