"""The cost of matching registered terms (known.py) on the notes of the benchmark's
export: 1,002 notes, each against its own client and the other 49, as an export
matches them (built once into the folder given, 10,000 notes).

    python benchmarks/known_cost.py /tmp/v10000 [--profile]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import workload  # noqa: E402

from confvault.redact import known as known_mod  # noqa: E402


def main() -> int:
    jobs = [
        (known_mod.normalise(known), text)
        for known, text in workload.export_jobs(Path(sys.argv[1]))
    ]
    for clients, text in jobs:  # (warm: the per-client indexes)
        list(known_mod.detect_known(text, clients))
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for clients, text in jobs:
            list(known_mod.detect_known(text, clients))
        best = min(best, time.perf_counter() - t0)
    print(f"{len(jobs)} notes: {best / len(jobs) * 1e6:.0f} us a note (best of 3)")
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.enable()
        for clients, text in jobs:
            list(known_mod.detect_known(text, clients))
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
