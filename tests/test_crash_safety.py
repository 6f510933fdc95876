"""Crash safety: SIGKILL a writer at random moments; nothing acknowledged is ever lost.

The harness is tests/robustness/crash.py (also runnable on its own). The quick
run is part of every test run; the full run (at least 200 kills) is marked
`slow` and still runs by default, so CI runs it. CONFVAULT_CRASH_KILLS raises
the full run's count for a longer soak.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.robustness import crash
from tests.robustness.figures import Figures

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL"
)


def _run_and_check(kills: int, seed: int, figures: Figures, family: str) -> None:
    report = crash.run(kills, seed)
    print(report.summary())
    assert report.failures == [], report.failures[:5]
    assert report.kills == kills
    assert report.notes_lost == 0 and report.notes_wrong == 0 and report.verify_problems == 0
    assert report.temp_files_after_open == 0
    # The kills really landed inside writes, not only between them.
    assert report.in_flight_done + report.in_flight_not_done > 0
    assert sum(report.acknowledged.values()) > kills
    figures.add(family, "kills", report.kills)
    figures.add(family, "acknowledged_writes", sum(report.acknowledged.values()))
    figures.add(family, "in_flight_at_kill", report.in_flight_done + report.in_flight_not_done)
    figures.add(family, "temp_files_left_by_kills", report.temp_files_left_by_kills)
    figures.add(family, "temp_files_after_next_open", report.temp_files_after_open)
    figures.add(family, "notes_lost", report.notes_lost + report.notes_wrong)
    figures.add(family, "verify_problems", report.verify_problems)


def test_crash_quick(figures: Figures) -> None:
    _run_and_check(30, seed=20250314, figures=figures, family="crash (quick)")


@pytest.mark.slow
def test_crash_full(figures: Figures) -> None:
    kills = max(200, int(os.environ.get("CONFVAULT_CRASH_KILLS", "200")))
    _run_and_check(kills, seed=1, figures=figures, family="crash (full)")
