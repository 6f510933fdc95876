"""First-pass time of one address/date/age detector over the labelled corpora.

Start-up as in redaction_eval.py (``warm_up()`` and one warm-up note), then every
corpus text once, in a fresh process; run it several times and take the median:

    python benchmarks/addrdates_first_pass.py addr [SRC]     # or dates, ages
    python benchmarks/addrdates_first_pass.py addr /work/base/src

SRC (default: this tree's src/) is put first on sys.path, to compare two trees.
With --hook, ``addresses.warm_up()`` runs at start-up too.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--hook"]
    which = args[0]
    sys.path.insert(0, args[1] if len(args) > 1 else str(ROOT / "src"))
    from confvault.redact import addresses, dates, detect, warm_up

    warm_up()
    if "--hook" in sys.argv:
        addresses.warm_up()
    detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
    fn = {
        "addr": addresses.detect_addresses,
        "dates": dates.detect_dates,
        "ages": dates.detect_ages,
    }[which]
    total = 0.0
    for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
        with (CORPORA / name).open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
        start = time.perf_counter()
        for text in texts:
            list(fn(text))
        total += time.perf_counter() - start
    print(f"{which} {total * 1000:.1f} ms")


if __name__ == "__main__":
    main()
