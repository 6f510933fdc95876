"""First-pass time of ``names.detect_names`` over the labelled corpora.

As /work/prof_first.py: a fresh process, ``warm_up()`` and one warm-up
``detect``, then every corpus text once. Give another tree's ``src`` to time it:

    python benchmarks/names_first_pass.py [SRC]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "src"))

from confvault.redact import detect, names, warm_up  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora"
FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")


def main() -> int:
    warm_up()
    detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
    total = 0.0
    out = []
    for name in FILES:
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
        start = time.perf_counter()
        for text in texts:
            list(names.detect_names(text))
        seconds = time.perf_counter() - start
        total += seconds
        out.append(f"{name[:14]} {seconds * 1000:5.1f} ms")
    print("  ".join(out), f"total {total * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
