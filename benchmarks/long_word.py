"""Time ``redact`` on one long word with a client registered (review 23, session 12).

Typo matching once built every one-letter deletion of every word: a word of n
letters cost n strings of n letters, in time and memory. Prints the seconds for
words of 10,000, 40,000 and 100,000 random letters (the first call also loads
the word lists).

    python benchmarks/long_word.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from confvault.redact import KnownClient, redact


def main() -> int:
    rng = random.Random(23)
    clients = [KnownClient("River", ("Jordan Blake",), ("Ann Blake", "Leeds"))]
    for n in (10_000, 40_000, 100_000):
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
        start = time.perf_counter()
        redact(f"Jordan said {word} ok", clients)
        print(f"{n:>7} letters: {time.perf_counter() - start:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
