"""How fast could a redesigned engine be? The cost of one shared tokenising pass.

The engine runs some twenty detectors, each scanning the text its own way. A
redesign would tokenise each text once and let every detector work from the
tokens. This script times that pass alone (one regex over the text, each
token's span, lower-cased, looked up in the common-word ranks) next to
today's ``detect``, on the same corpora, so the budget left for the detectors
is known before anyone starts.

    python benchmarks/token_pass_bound.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from confvault.redact import detect, warm_up  # noqa: E402
from confvault.redact.lexicon import lexicon  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora"
FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")
TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def best_of(fn: Callable[[str], object], texts: list[str], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    texts = [
        json.loads(line)["text"]
        for name in FILES
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line
    ]
    size = sum(len(t.encode("utf-8")) for t in texts)
    warm_up()
    common = lexicon().common

    def token_pass(text: str) -> object:
        return [(m.span(), common.get(m.group().lower())) for m in TOKEN.finditer(text)]

    print(f"{len(texts)} texts, {size / 1e6:.2f} MB; best of 7 warm passes")
    for label, fn in (("one tokenising pass", token_pass), ("detect() today", detect)):
        seconds = best_of(fn, texts)
        per_text = seconds / len(texts) * 1e6
        print(f"{label:22s} {per_text:6.1f} us a text  {size / seconds / 1e6:6.2f} MB/s")
    print(f"2 MB/s leaves {size / 2e6 / len(texts) * 1e6:.1f} us a text in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
