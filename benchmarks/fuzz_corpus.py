"""The shared corpora's texts, the seed material of the differential fuzz scripts, and
the loop that prints a generator's texts with the spans one detector finds in them."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")


def corpus_texts() -> list[str]:
    """Every text of both corpora, in file order."""
    return [
        json.loads(line)["text"]
        for name in FILES
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def print_spans(
    make: Callable[[random.Random], str], find: Callable[[str], Sequence[Any]], what: str
) -> None:
    """Print ``make``'s texts, one JSON line each with the spans ``find`` gives; the
    count and the seed come from the command line (default 100,000 and 22)."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 22)
    found = 0
    for _ in range(n):
        t = make(rng)
        spans = [(s.start, s.end) for s in find(t)]
        found += bool(spans)
        print(json.dumps([t, spans], ensure_ascii=False))
    print(f"{n} texts, {found} with {what}", file=sys.stderr)
