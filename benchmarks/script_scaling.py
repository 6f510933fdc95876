"""Time ``redact`` on long texts in other scripts at one size and four times it
(hostile review, session 23).

The first draft of the rules for names in another script (``script_cued.py``) took
a whole run of words at every word it started from, and took a glossed name again
once for every time it was glossed: a 24 KB note of Korean words cost 3.5 s and one
repeated gloss 122 s at 35 KB. Each row prints the CPU seconds at n and 4n and their
ratio, which stays near 4 when the work grows with the text.

    python benchmarks/script_scaling.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from confvault.redact import redact

SHAPES = {
    "Korean words after one bracket": ("Note (Test) ", "오늘 상담 ", 1000),
    "Greek words after one bracket": ("Note (Maria) ", "σήμερα μιλήσαμε ", 800),
    "one gloss, repeated": ("", "她 (Ta) ", 1250),
    "two glossed names, repeated": ("", "Client 乌兰 (Ulaan) met 李娜 (Li Na). ", 500),
    "names after a relative, repeated": ("", "Her son 翔太 and 美咲, ", 750),
}


def _seconds(text: str) -> float:
    start = time.process_time()
    redact(text)
    return time.process_time() - start


def main() -> int:
    redact("warm up: Her son 翔太 (Shota).")
    for name, (head, unit, n) in SHAPES.items():
        small, large = _seconds(head + unit * n), _seconds(head + unit * 4 * n)
        size = len(head + unit * 4 * n) / 1000
        print(f"{name:34} {small:6.3f} s  {large:6.3f} s at {size:5.1f} KB  x{large / small:4.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
