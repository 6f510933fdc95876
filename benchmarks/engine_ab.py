"""Time the redaction engine of two source trees in one sitting, alternating.

Runs differ by more than most changes between commits on a shared machine, so a
before/after figure for the engine comes from both trees timed the same way, one
after the other, a few rounds. Each run is a fresh process that imports
``confvault`` from the tree given, warms up, then takes the best of five passes
of ``detect`` over every text of the corpora (MB/s of UTF-8 text).

    git worktree add /tmp/old <commit>      # or: git archive <commit> | tar -x -C /tmp/old
    python benchmarks/engine_ab.py /tmp/old/src src [--rounds 2] [--corpus ../shared/corpora]
    python benchmarks/engine_ab.py /tmp/old/src src --notes 300   # ~1 KB notes, as export
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import confvault
from confvault.redact import detect, warm_up
assert Path(confvault.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve())
warm_up()
texts = []
if sys.argv[3] != "0":  # the benchmark's ~1 KB session notes (what an export redacts)
    import random
    sys.path.insert(0, sys.argv[4])
    from workload import note_text
    rng = random.Random(5)
    texts = [note_text(rng, i) for i in range(int(sys.argv[3]))]
else:
    for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
        for line in (Path(sys.argv[2]) / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
size = sum(len(t.encode("utf-8")) for t in texts)
for t in texts:
    detect(t)
best = float("inf")
for _ in range(5):
    start = time.perf_counter()
    for t in texts:
        detect(t)
    best = min(best, time.perf_counter() - start)
print(f"{size / best / 1e6:.3f}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the first tree's src/ folder")
    parser.add_argument("new", type=Path, help="the second tree's src/ folder")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--notes", type=int, default=0, help="time this many ~1 KB notes instead")
    args = parser.parse_args()
    results: dict[Path, list[str]] = {args.old: [], args.new: []}
    for _ in range(args.rounds):
        for tree in (args.old, args.new):
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _RUN,
                    str(tree.resolve()),
                    str(args.corpus),
                    str(args.notes),
                    str(ROOT / "benchmarks"),
                ],
                capture_output=True,
                text=True,
                check=True,
                cwd="/",
            )
            results[tree].append(out.stdout.strip())
    for tree, figures in results.items():
        print(f"{tree}: {', '.join(figures)} MB/s (best of 5 passes, each run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
