"""Interval look-ups shared by the engine and the ID detector (no quadratic scans)."""

from __future__ import annotations

import bisect
from collections.abc import Callable


def containment(regions: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test "is [start, end) inside one of these regions", in O(log n) a query."""
    ordered = sorted(regions)
    starts = [a for a, _ in ordered]
    reach: list[int] = []  # the furthest end among the regions starting so far
    for _, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start)
        return i > 0 and reach[i - 1] >= end

    return inside
