"""The linear-time check the redaction tests share.

A detector is fed a text built from a fragment repeated n times; made 8x longer,
it must cost far less than 64x the time (40x, with room for a shared machine).
Each size is timed three times and the best kept: a shared machine pauses now
and then.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def grows_linearly(
    make: Callable[[int], str],
    run: Callable[[str], object],
    small: int = 400,
    floor: float = 1e-3,
) -> bool:
    """Whether ``run(make(8 * small))`` costs under 40x ``run(make(small))`` (the
    smaller never counted as less than ``floor`` seconds)."""

    def cost(n: int) -> float:
        text = make(n)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            run(text)
            best = min(best, time.perf_counter() - start)
        return best

    cost(50)  # warm: lexicons, compiled patterns
    return cost(8 * small) < 40 * max(cost(small), floor)
