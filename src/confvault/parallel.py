"""Pure, in-memory work on a second core, in a forked child process.

For work that reads only memory and returns plain data (JSON): the child is a
copy-on-write image of this process, so the lexicons are not loaded again, and
it hands its result back through a pipe. Nothing is written to disk and nothing
crosses anything but that pipe. Where fork is not safe (anything but Linux)
and whenever the child fails in any way, this process does the work itself:
the result is always the one a single process gets.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

# below this many items a fork costs more than it saves
MIN_ITEMS = 64

Work = Callable[[list[Any]], list[Any]]


def can_fork() -> bool:
    # (macOS: system libraries are not safe in a forked child without exec; and a
    # process with other threads may fork while one of them holds a lock)
    # (and with SIGCHLD ignored, the system reaps the child before it can be waited for)
    import threading

    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and signal.getsignal(signal.SIGCHLD) == signal.SIG_DFL
    )


class Ahead:
    """work(items), started now in a child process and collected by result().

    `work` must be pure and return JSON data (lists, strings, numbers). Without
    a child (no fork here, or fork failed), result() computes it in this process.
    """

    def __init__(self, items: list[Any], work: Work) -> None:
        self._items, self._work = items, work
        self._pid: int | None = None
        self._fd = -1
        if can_fork():
            self._start()

    def _start(self) -> None:
        parent = os.getpid()
        r, w = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(r)
            os.close(w)
            return
        if pid == 0:  # the child: compute, hand back, and leave without any clean-up
            code = 1
            try:
                os.close(r)
                _die_with(parent)
                view = memoryview(json.dumps(self._work(self._items)).encode("utf-8"))
                while view:
                    view = view[os.write(w, view) :]
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        self._pid, self._fd = pid, r

    def result(self) -> list[Any]:
        if self._pid is None:
            return self._work(self._items)
        try:
            data = _read_all(self._fd)
        except BaseException:
            self.cancel()
            raise
        ok = self._reap() == 0
        try:
            theirs = json.loads(data) if ok else None
        except ValueError:
            theirs = None
        if not isinstance(theirs, list):
            return self._work(self._items)  # the child failed: do it here
        return theirs

    def work_here(self) -> list[Any]:
        """The work done in this process (when a result looks wrong to the caller)."""
        self.cancel()
        return self._work(self._items)

    def cancel(self) -> None:
        """Stop the child (this process is stopping: an error or Ctrl-C). The child is
        not reaped before this, so its id cannot belong to another process yet."""
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> int:
        """The child's exit code once it has ended; -1 if it cannot be known."""
        pid, self._pid = self._pid, None
        os.close(self._fd)
        if pid is None:
            return 0
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return -1  # reaped by someone else: its result is not trusted
        return os.waitstatus_to_exitcode(status)


def split_work(items: list[Any], work: Work) -> list[Any]:
    """work(items) as work(first half) + work(second half), the second half in a
    child process when the list is long enough and a child can be made. `work`
    gives one result per item: a child's result of another length is redone here."""
    if len(items) < MIN_ITEMS or not can_fork():
        return work(items)
    mid = len(items) // 2
    ahead = Ahead(items[mid:], work)
    try:
        mine = work(items[:mid])
        theirs = ahead.result()
    except BaseException:
        ahead.cancel()
        raise
    if len(theirs) != len(items) - mid:  # (never: a child gone wrong)
        theirs = work(items[mid:])
    return mine + theirs


def _die_with(parent: int) -> None:
    """Have the system end this child if its parent ends first (Linux's
    PR_SET_PDEATHSIG), so a killed export leaves no copy of the vault's memory
    running on; and end now if the parent is already gone."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _read_all(fd: int) -> bytes:
    parts = []
    while chunk := os.read(fd, 1 << 16):
        parts.append(chunk)
    return b"".join(parts)
