"""The shared corpora's texts, the seed material of the differential fuzz scripts."""

from __future__ import annotations

import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")


def corpus_texts() -> list[str]:
    """Every text of both corpora, in file order."""
    return [
        json.loads(line)["text"]
        for name in FILES
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
