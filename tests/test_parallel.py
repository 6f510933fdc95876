"""Work on a second core (parallel.py): the same result as one process, whatever the
child does, and no child left behind."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from confvault import parallel

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="forks only on Linux")
PARENT = os.getpid()
ITEMS = list(range(200))


def squares_and_pids(part: list[Any]) -> list[Any]:
    return [[i * i, os.getpid()] for i in part]


def no_child_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@needs_fork
def test_split_work_gives_one_process_result_from_two() -> None:
    out = parallel.split_work(ITEMS, squares_and_pids)
    assert [v for v, _ in out] == [i * i for i in ITEMS]
    pids = {pid for _, pid in out}
    assert PARENT in pids and len(pids) == 2  # the second half came from a child
    assert no_child_left()


def test_without_fork_everything_runs_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    out = parallel.split_work(ITEMS, squares_and_pids)
    assert out == [[i * i, os.getpid()] for i in ITEMS]
    assert parallel.Ahead(ITEMS, squares_and_pids).result() == out


def test_a_short_list_is_not_split() -> None:
    short = ITEMS[: parallel.MIN_ITEMS - 1]
    assert {pid for _, pid in parallel.split_work(short, squares_and_pids)} == {os.getpid()}


@needs_fork
@pytest.mark.parametrize("how", ["raises", "not a list", "exits", "killed"])
def test_a_failing_child_costs_time_not_results(how: str) -> None:
    def work(part: list[Any]) -> Any:
        if os.getpid() != PARENT:
            if how == "raises":
                raise RuntimeError("a bug that only shows in the child")
            if how == "not a list":
                return {"odd": 1}
            if how == "exits":
                os._exit(0)  # nothing written
            os.kill(os.getpid(), 9)
        return [i + 1 for i in part]

    assert parallel.split_work(ITEMS, work) == [i + 1 for i in ITEMS]
    assert no_child_left()


@needs_fork
def test_cancel_stops_the_child_at_once() -> None:
    def slow(part: list[Any]) -> list[Any]:
        time.sleep(30)
        return part

    ahead = parallel.Ahead(ITEMS, slow)
    began = time.monotonic()
    ahead.cancel()
    assert time.monotonic() - began < 10
    assert no_child_left()


@needs_fork
def test_an_error_in_this_process_stops_the_child() -> None:
    def work(part: list[Any]) -> list[Any]:
        if os.getpid() == PARENT:
            raise KeyboardInterrupt  # Ctrl-C while this half runs
        time.sleep(30)
        return part

    with pytest.raises(KeyboardInterrupt):
        parallel.split_work(ITEMS, work)
    assert no_child_left()


@needs_fork
def test_the_child_writes_nothing_to_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    print("buffered in the parent", end="")  # a child that flushed would print it twice
    parallel.split_work(ITEMS, squares_and_pids)
    assert capfd.readouterr().out == "buffered in the parent"


def test_with_sigchld_ignored_nothing_is_forked() -> None:
    """A parent that ignores SIGCHLD passes that on; the system would then reap the
    child before it could be waited for, so everything runs here."""
    import signal

    before = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        out = parallel.split_work(ITEMS, squares_and_pids)
    finally:
        signal.signal(signal.SIGCHLD, before)
    assert {pid for _, pid in out} == {os.getpid()}


@needs_fork
def test_a_child_reaped_elsewhere_is_a_failed_child(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.waitpid

    def reaped_already(pid: int, options: int) -> tuple[int, int]:
        real(pid, options)
        raise ChildProcessError

    monkeypatch.setattr(os, "waitpid", reaped_already)
    out = parallel.split_work(ITEMS, squares_and_pids)
    assert [v for v, _ in out] == [i * i for i in ITEMS]
    assert {pid for _, pid in out} == {os.getpid()}  # its half was done again here


@needs_fork
def test_the_child_dies_with_its_parent() -> None:
    import ctypes

    def pdeathsig(part: list[Any]) -> list[Any]:
        sig = ctypes.c_int(-1)
        ctypes.CDLL(None).prctl(2, ctypes.byref(sig), 0, 0, 0)  # PR_GET_PDEATHSIG
        return [[sig.value, os.getpid()] for _ in part]

    out = parallel.split_work(ITEMS, pdeathsig)
    child = [sig for sig, pid in out if pid != os.getpid()]
    assert child and set(child) == {9}  # SIGKILL when the parent ends


@needs_fork
def test_an_export_whose_helper_returns_too_little_is_worked_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = parallel.Ahead.result

    def short(self: parallel.Ahead) -> list[Any]:
        return real(self)[:-1]  # one note's findings missing

    monkeypatch.setattr(parallel.Ahead, "result", short)
    ahead = parallel.Ahead(ITEMS, squares_and_pids)
    assert len(ahead.result()) == len(ITEMS) - 1
    assert [v for v, _ in ahead.work_here()] == [i * i for i in ITEMS]
    assert no_child_left()


@needs_fork
def test_split_work_redoes_a_child_result_of_the_wrong_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = parallel.Ahead.result
    monkeypatch.setattr(parallel.Ahead, "result", lambda self: real(self)[:-1])
    out = parallel.split_work(ITEMS, squares_and_pids)
    assert [v for v, _ in out] == [i * i for i in ITEMS]
    assert {pid for _, pid in out} == {os.getpid()}  # the second half was redone here
    assert no_child_left()
