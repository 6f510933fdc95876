"""Time an export's redaction work with two source trees in one sitting, alternating.

Each run is a fresh process that imports ``confvault`` from the tree given and does
what an export's detection does for the benchmark's window of notes, in one process:
``detect`` of every note with its client's and the other clients' identifiers, each
note redacted, then ``detect`` of every redacted note (the second pass). It prints
the CPU seconds of the best of three such passes. CPU time, not wall time: an export
splits this work over two cores, and the machine is shared.

    git worktree add /tmp/old <commit>
    python benchmarks/export_ab.py /tmp/old/src src /tmp/v10000 [--rounds 3]

The vault folder is built first (10,000 notes, the benchmark's workload) if it is not
there.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[3])
import confvault
assert Path(confvault.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve())
import workload
from confvault.redact import RedactionSession, detect
jobs = workload.export_jobs(Path(sys.argv[2]))
best = None
for _ in range(3):
    t0 = time.process_time()
    firsts = [detect(text, known) for known, text in jobs]
    session = RedactionSession()
    redacted = [session._replace(t, sp, {}) for (_, t), sp in zip(jobs, firsts)]
    again = [detect(r, known) for (known, _), r in zip(jobs, redacted)]
    t = time.process_time() - t0
    best = t if best is None else min(best, t)
print(f"{best:.2f}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the first tree's src folder")
    parser.add_argument("new", type=Path, help="the second tree's src folder")
    parser.add_argument("vault", type=Path, help="a vault folder of the benchmark's notes")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bench = ROOT / "benchmarks"
    for _ in range(args.rounds):
        for tree in (args.old, args.new):
            out = subprocess.run(
                [sys.executable, "-c", _RUN, str(tree), str(args.vault), str(bench)],
                capture_output=True,
                text=True,
                check=False,
            )
            print(f"{tree}: {out.stdout.strip() or out.stderr.strip()[-400:]} CPU s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
