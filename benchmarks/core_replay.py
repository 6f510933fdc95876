"""Time the engine's core functions alone: record their calls over the corpora's
texts (or ~1 KB session notes), then replay each function's calls; CPU time per
text, median of 7 replays. Run once per tree, alternating, and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/core_replay.py [notes]
    PYTHONPATH=src python benchmarks/core_replay.py [notes]

(``word_starts`` counts the indexes it finds; ``indexes`` only its other callers'.)
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from fuzz_corpus import corpus_texts

from confvault.redact import (
    addresses_units,
    ages_spelled,
    cued,
    cues,
    detect,
    engine,
    forms,
    grow,
    known,
    lower_case,
    lower_unknown,
    ocr,
    repeats,
    warm_up,
)

ROOT = Path(__file__).resolve().parent
TARGETS: list[tuple[Any, str]] = [
    (grow, "grow"),
    (repeats, "repeats"),
    (repeats, "places_again"),
    (repeats, "heads_again"),
    (engine, "_kept_phrases"),
    (engine, "resolve"),
    (ocr, "readable"),
    (forms, "unmarked"),
    (forms, "plain_marks"),
    (cues, "word_starts"),
    (cues, "indexes"),
    (engine, "_protected"),
]
# the modules that imported a cue function by name
_USERS = {
    "word_starts": (cued, lower_case, lower_unknown),
    "indexes": (addresses_units, ages_spelled, known),
}


def replayed(fn: Any, calls: list[Any], texts: int) -> float:
    """CPU microseconds a text for ``fn`` over its recorded ``calls`` (median of 7)."""
    runs = []
    for _ in range(7):
        start = time.process_time()
        for args in calls:
            fn(*args)
        runs.append(time.process_time() - start)
    return statistics.median(runs) * 1e6 / texts


def _texts(notes: bool) -> list[str]:
    if notes:
        sys.path.insert(0, str(ROOT))
        from workload import note_text

        rng = random.Random(5)
        return [note_text(rng, i) for i in range(300)]
    return corpus_texts()


def main() -> int:
    warm_up()
    texts = _texts(len(sys.argv) > 1 and sys.argv[1] == "notes")
    calls: dict[str, list[tuple[Any, ...]]] = {name: [] for _, name in TARGETS}
    real = {name: getattr(mod, name) for mod, name in TARGETS}

    def spy(name: str) -> Any:
        def call(*args: Any) -> Any:
            calls[name].append(args)
            return real[name](*args)

        return call

    for mod, name in TARGETS:
        if name != "indexes":  # (word_starts of the older trees calls it: not counted)
            setattr(mod, name, spy(name))
        for user in _USERS.get(name, ()):
            setattr(user, name, spy(name))
    for text in texts:
        detect(text)
    for mod, name in TARGETS:
        setattr(mod, name, real[name])
        for user in _USERS.get(name, ()):
            setattr(user, name, real[name])
    for _, name in TARGETS:
        per_text = replayed(real[name], calls[name], len(texts))
        print(f"{name:15s} {len(calls[name]) / len(texts):5.1f} calls/text {per_text:8.2f} us/text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
