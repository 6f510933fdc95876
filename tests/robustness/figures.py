"""Counts that robustness tests report: what was tried, and what was lost or leaked.

Tests add to a session-wide tally; pytest prints it at the end of the run (see
tests/conftest.py) and, if CONFVAULT_FIGURES names a file, writes it there as
JSON. docs/RELIABILITY.md quotes these numbers from a real run.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from pathlib import Path

ENV = "CONFVAULT_FIGURES"


class Figures:
    def __init__(self) -> None:
        self.tally: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def add(self, family: str, what: str, count: int = 1) -> None:
        self.tally[family][what] += count

    def lines(self) -> list[str]:
        return [
            f"{family}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
            for family, counts in sorted(self.tally.items())
        ]

    def save(self) -> None:
        target = os.environ.get(ENV)
        if target and self.tally:
            data = {family: dict(counts) for family, counts in sorted(self.tally.items())}
            Path(target).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


FIGURES = Figures()
