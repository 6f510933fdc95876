"""Time the address detector and grow's parts alone: record their calls over the
corpora's texts (or ~1 KB session notes), then replay each function's calls; CPU time
per text, median of 7 replays. Run once per tree, alternating, and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/addr_replay.py [notes]
    PYTHONPATH=src python benchmarks/addr_replay.py [notes]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from confvault.redact import (
    addresses,
    addresses_extra,
    addresses_units,
    buildings,
    detect,
    grow,
    premises,
    regions,
    warm_up,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from core_replay import _texts, replayed

TARGETS: list[tuple[Any, str]] = [
    (addresses, "detect_addresses"),
    (addresses, "_spans"),
    (addresses, "cued"),
    (grow, "grow"),
    (buildings, "named_bodies"),
    (buildings, "rooms"),
    (buildings, "named_here"),
    (regions, "counties"),
    (addresses_extra, "detect"),
    (addresses_units, "detect"),
    (premises, "detect"),
]


def main() -> int:
    warm_up()
    texts = _texts(len(sys.argv) > 1 and sys.argv[1] == "notes")
    keys = [f"{mod.__name__.rsplit('.', 1)[-1]}.{name}" for mod, name in TARGETS]
    calls: dict[str, list[tuple[Any, ...]]] = {key: [] for key in keys}
    real = {key: getattr(mod, name) for key, (mod, name) in zip(keys, TARGETS, strict=True)}

    def spy(name: str) -> Any:
        def call(*args: Any) -> Any:
            # (an iterable of spans is read once: keep a copy)
            copy = name == "buildings.rooms"
            calls[name].append(tuple(tuple(a) if copy and i else a for i, a in enumerate(args)))
            return real[name](*calls[name][-1])

        return call

    for key, (mod, name) in zip(keys, TARGETS, strict=True):
        setattr(mod, name, spy(key))
    for text in texts:
        detect(text)
    for key, (mod, name) in zip(keys, TARGETS, strict=True):
        setattr(mod, name, real[key])
    for name in keys:
        per_text = replayed(real[name], calls[name], len(texts))
        print(f"{name:27s} {len(calls[name]) / len(texts):5.2f} calls/text {per_text:8.2f} us/text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
