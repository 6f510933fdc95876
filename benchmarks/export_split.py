"""Where an export's redaction time goes, in one process: the first detection of
every note, the settle round (each note redacted once, then detected again), on a
vault of the benchmark's notes (built once into the folder given, 10,000 notes).

    python benchmarks/export_split.py /tmp/v10000
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import workload  # noqa: E402

from confvault.redact import RedactionSession, detect  # noqa: E402


def main() -> int:
    jobs = workload.export_jobs(Path(sys.argv[1]))
    t0 = time.perf_counter()
    firsts = [detect(text, known) for known, text in jobs]
    t1 = time.perf_counter()
    session = RedactionSession()
    redacted = [session._replace(t, sp, {}) for (_, t), sp in zip(jobs, firsts, strict=True)]
    t2 = time.perf_counter()
    again = [detect(r, known) for (known, _), r in zip(jobs, redacted, strict=True)]
    t3 = time.perf_counter()
    print(
        f"{len(jobs)} notes: first detection {t1 - t0:.2f} s, replacing {t2 - t1:.2f} s, "
        f"settle round {t3 - t2:.2f} s ({sum(1 for a in again if a)} notes found more)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
