"""First-pass time of one detector over both corpora, in a fresh process.

    python benchmarks/phones_first_pass.py phones|web [src-dir]

The src dir defaults to this tree's src/; pass /work/base/src to time the reference.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = Path("/work/shared/corpora")


def main() -> None:
    which = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else str(HERE.parent / "src")
    sys.path.insert(0, src)
    from confvault.redact import detect, patterns, phones, warm_up

    warm_up()
    detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
    fn = {"phones": phones.detect_phones, "web": patterns.detect_web}[which]
    total = 0.0
    parts = []
    for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
        lines = (CORPORA / name).read_text().splitlines()
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
        start = time.perf_counter()
        for text in texts:
            list(fn(text))
        took = time.perf_counter() - start
        total += took
        parts.append(f"{name[:14]} {took * 1000:6.1f} ms")
    print(f"{which:7s} {'  '.join(parts)}  total {total * 1000:.1f}")


if __name__ == "__main__":
    main()
