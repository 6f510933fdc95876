"""First-pass time of ids.scan over the labelled corpora, in a fresh process.

Run: python benchmarks/ids_first.py [SRC]   (SRC defaults to this tree's src/)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "src"))

from confvault.redact import detect, ids, warm_up  # noqa: E402

CORPORA = HERE.parent.parent / "shared" / "corpora"

warm_up()
detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
total = 0.0
for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    t = time.perf_counter()
    for text in texts:
        ids.scan(text)
    d = time.perf_counter() - t
    total += d
    print(f"{name[:14]} {d * 1000:6.2f} ms", end="  ")
print(f"total {total * 1000:.2f}")
