"""Run confvault in a child process that imports this checkout's src/, in CI too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Result

SRC = Path(__file__).resolve().parents[2] / "src"


def child_env(**extra: str) -> dict[str, str]:
    """The test's (isolated) environment, with this checkout's src/ first on the path."""
    path = os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path, "COLUMNS": "200", **extra}


def confvault(*args: str, stdin: bytes = b"", timeout: float = 60) -> Result:
    """`python -m confvault ARGS` (str args with surrogates become raw argv bytes)."""
    proc = subprocess.run(
        [sys.executable, "-m", "confvault", *args],
        input=stdin,
        capture_output=True,
        env=child_env(),
        timeout=timeout,
    )
    return Result(
        proc.returncode,
        proc.stdout.decode("utf-8", "surrogateescape"),
        proc.stderr.decode("utf-8", "surrogateescape"),
    )
