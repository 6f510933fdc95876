"""Time each redaction detector on its own over the corpora (warm passes).

Where the engine's time goes, detector by detector: each runs over every text
of both corpora five times after `warm_up()`, and the best pass is reported,
with `detect()` as a whole for comparison (it also resolves overlaps, and runs
the digit-based detectors only on texts with a digit).

    python benchmarks/redaction_detectors.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from confvault.redact import (  # noqa: E402
    addresses,
    dates,
    dates_extra,
    detect,
    ids,
    labelled,
    names,
    patterns,
    phones,
    warm_up,
)

FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")
DETECTORS: list[tuple[str, Callable[[str], object]]] = [
    ("detect() as a whole", detect),
    ("names", names.detect_names),
    ("ID numbers", ids.scan),
    ("addresses", addresses.detect_addresses),
    ("dates_extra", dates_extra.detect),
    ("phones", phones.detect_phones),
    ("dates", dates.detect_dates),
    ("web addresses", patterns.detect_web),
    ("ages", dates.detect_ages),
    ("labelled (IDs, handles)", lambda text: labelled.detect(text, True)),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora")
    args = parser.parse_args()
    texts = [
        json.loads(line)["text"]
        for name in FILES
        for line in (args.corpus / name).read_text(encoding="utf-8").splitlines()
        if line
    ]
    warm_up()
    print(f"{len(texts)} texts; best of 5 warm passes, CPU time")
    for label, fn in DETECTORS:
        best = float("inf")
        for _ in range(5):
            start = time.thread_time()
            for text in texts:
                fn(text)
            best = min(best, time.thread_time() - start)
        print(f"{label:22s} {best * 1000:6.1f} ms  {best / len(texts) * 1e6:5.1f} us a text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
