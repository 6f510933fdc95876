"""Timing helpers for benchmarks/run.py: whole processes with their peak memory,
medians, and a description of the machine. Standard library only."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Proc:
    """One finished process: wall seconds, peak resident memory (MiB), exit code."""

    seconds: float
    max_rss_mib: float
    code: int
    out: bytes
    err: bytes


# Peak memory needs care: on Linux a child's ru_maxrss starts from the high-water
# mark of the process it was forked or vfork-spawned from, so a child of this
# (large) benchmark process would report this process's peak, not its own. A
# small launcher interpreter spawns the command instead and reports the
# command's own wall time, peak RSS and exit code.
_LAUNCHER = """
import os, sys, time
out, args = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawnp(args[0], args, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(out, "w") as fh:
    fh.write(f"{seconds!r} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}")
"""


def run_process(
    cmd: Sequence[str],
    env: dict[str, str] | None = None,
    stdin: bytes = b"",
    cwd: Path | None = None,
) -> Proc:
    """Run cmd to completion; its wall time from spawn to reap, and its own peak RSS."""
    with (
        tempfile.TemporaryFile() as fin,
        tempfile.TemporaryFile() as fout,
        tempfile.TemporaryFile() as ferr,
        tempfile.NamedTemporaryFile("r", suffix=".txt") as report,
    ):
        fin.write(stdin)
        fin.seek(0)
        launcher = [sys.executable, "-S", "-c", _LAUNCHER, report.name, *cmd]
        code = subprocess.run(
            launcher, stdin=fin, stdout=fout, stderr=ferr, env=env, cwd=cwd, check=False
        ).returncode
        fields = report.read().split()
        fout.seek(0)
        ferr.seek(0)
        if code != 0 or len(fields) != 3:
            return Proc(float("nan"), 0.0, code or 1, fout.read(), ferr.read())
        # ru_maxrss is in KiB on Linux.
        seconds, rss_kib, status = float(fields[0]), int(fields[1]), int(fields[2])
        return Proc(seconds, rss_kib / 1024, status, fout.read(), ferr.read())


def check(proc: Proc, what: str) -> Proc:
    if proc.code != 0:
        tail = proc.err.decode(errors="replace")[-600:]
        raise RuntimeError(f"{what} exited with {proc.code}: {tail}")
    return proc


@dataclass
class Series:
    """Repeated measurements of one thing."""

    seconds: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)

    def add(self, seconds: float, rss_mib: float = 0.0) -> None:
        self.seconds.append(seconds)
        if rss_mib:
            self.rss_mib.append(rss_mib)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    @property
    def peak_rss(self) -> float:
        return max(self.rss_mib) if self.rss_mib else float("nan")

    @property
    def spread(self) -> str:
        if len(self.seconds) < 2:
            return ""
        return f"{min(self.seconds) * 1000:.0f}-{max(self.seconds) * 1000:.0f} ms"


def time_call(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ms(seconds: float) -> str:
    if seconds != seconds:  # NaN
        return "-"
    if seconds >= 10:
        return f"{seconds:.1f} s"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    return f"{seconds * 1000:.0f} ms" if seconds >= 0.01 else f"{seconds * 1000:.1f} ms"


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0] + f" ({platform.python_implementation()})",
    }


def git_commit(root: Path) -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return rev + (" (with uncommitted changes)" if dirty else "")


@dataclass
class Report:
    """Markdown sections and the targets table of one benchmark run."""

    sections: list[str] = field(default_factory=list)
    targets: list[tuple[str, str, str, bool | None]] = field(default_factory=list)
    kdf_mib: float = 0.0
    kdf_seconds: float = 0.0

    def target(self, what: str, measured: str, goal: str, ok: bool | None) -> None:
        self.targets.append((what, measured, goal, ok))


def table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("yes" if ok else "**no**")
