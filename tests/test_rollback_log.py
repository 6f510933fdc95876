"""The revision log with its sorted base (version 2) means what the old log meant.

- random operation sequences (seen / accepted / removed, two logs appending to
  one file, reopening, tiny compaction bounds) give the same `recall` and
  `verdict` for every id as the frozen version 1 implementation
  (tests/frozen_rollback_v1.py), both through the open logs and read afresh
  from disk, starting from an empty log or from a version 1 file;
- a log damaged anywhere reads as a spec reader written here reads it (entries
  in order up to the first bad batch), and the next append cuts the tail;
- version 1 files are read as before, left alone by reads, upgraded at the next
  append; lookups below, above, between and outside the base find nothing.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault import crypto, rollback
from tests import frozen_rollback_v1 as frozen

VAULT_ID = b"v" * 16
KEY = b"k" * 32
# Ids written to, sorted apart from each other, and ids only looked up.
IDS = ["00" * 16, "0f" * 15 + "10", "7f" * 16, "80" + "00" * 15, "ff" * 16]
NEVER = ["00" * 15 + "01", "7f" * 15 + "80", "fe" * 16, "f" * 32 + "00", "FF" * 16, "xyz", ""]
REVS = st.one_of(st.integers(0, 6), st.just(2**32 + 3))
ITEMS = st.lists(st.tuples(st.sampled_from(IDS), REVS), max_size=4)
STEP = st.one_of(
    st.tuples(st.sampled_from(["saw", "removed", "accept"]), st.integers(0, 1), ITEMS),
    st.tuples(st.sampled_from(["reopen", "load"]), st.integers(0, 1), st.just([])),
)


def new_log(folder: Path) -> rollback.RevisionLog:
    return rollback.RevisionLog(folder, VAULT_ID, KEY)


def old_log(folder: Path) -> Any:
    return frozen.RevisionLog(folder, VAULT_ID, KEY)


def act(log: Any, step: tuple[str, int, list[tuple[str, int]]], cap: bool = False) -> None:
    kind, _, items = step
    if cap:
        # A record never holds a revision past 2**32 - 1 (records.MAX_REV), and the log
        # stores no more; the frozen version 1 code kept larger ones in memory only.
        items = [(rid, min(rev, rollback._MAX_REV)) for rid, rev in items]
    if kind == "load":
        log.load()
    elif kind != "reopen":
        getattr(log, kind)(items)


def views(log: Any) -> list[object]:
    """Everything lookups say, as plain values."""
    out: list[object] = []
    for rid in IDS + NEVER:
        known = log.recall(rid)
        out.append(None if known is None else tuple(known))
        out += [log.verdict(rid, rev) for rev in (0, 3, 2**32 + 3)]
    return out


@contextmanager
def bounds(entries: int, batches: int, lookups: int) -> Iterator[None]:
    saved = (rollback._COMPACT_ENTRIES, rollback._COMPACT_BATCHES, rollback._POINT_LOOKUPS)
    rollback._COMPACT_ENTRIES, rollback._COMPACT_BATCHES = entries, batches
    rollback._POINT_LOOKUPS = lookups
    try:
        yield
    finally:
        rollback._COMPACT_ENTRIES, rollback._COMPACT_BATCHES, rollback._POINT_LOOKUPS = saved


@settings(max_examples=250, deadline=None)
@given(
    st.lists(STEP, max_size=5),
    st.lists(STEP, max_size=14),
    st.sampled_from([1, 3, 256]),
    st.sampled_from([2, 3, 64]),
    st.sampled_from([0, 2, 256]),
)
def test_same_answers_as_the_frozen_version_1_log(
    before: list[Any], steps: list[Any], entries: int, batches: int, lookups: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp, bounds(entries, batches, lookups):
        old_dir, new_dir = Path(tmp) / "old", Path(tmp) / "new"
        # The history before: written by the old code (a version 1 file both then
        # read), or, with none, a log each side creates.
        seed = old_log(old_dir)
        seed.create()
        for step in before:
            act(seed, step)
        if before:
            shutil.copytree(old_dir, new_dir)
        else:
            new_log(new_dir).create()
        olds = [old_log(old_dir), old_log(old_dir)]
        news = [new_log(new_dir), new_log(new_dir)]
        for step in steps:
            h = step[1]
            if step[0] == "reopen":
                olds[h], news[h] = old_log(old_dir), new_log(new_dir)
            act(olds[h], step, cap=True)
            act(news[h], step)
            for o, n in zip(olds, news, strict=True):
                assert views(n) == views(o), step
            assert views(new_log(new_dir)) == views(old_log(old_dir)), step
            assert new_log(new_dir).status() == old_log(old_dir).status()
        data = (new_dir / news[0].path.name).read_bytes()
        if any(s[0] in ("removed", "accept") and s[2] for s in steps):
            assert data[4:6] == b"\0\2"  # anything written upgraded a version 1 log


# ---- damage ------------------------------------------------------------------------


def spec_read(data: bytes) -> dict[str, tuple[int, bool]]:
    """docs/FORMAT.md's reader, written out here: entries in order, from an empty
    memory, up to the first batch that is cut short or fails to open; a version 2
    log whose base fails holds nothing."""
    memory: dict[str, tuple[int, bool]] = {}
    if len(data) < 6 or data[:4] != b"CVS1" or data[4:6] not in (b"\0\1", b"\0\2"):
        return memory
    seal = crypto.subkey(KEY, rollback.SEAL_LABEL)
    pos = 6
    while pos + 4 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        end = pos + 4 + length
        if length < 40 or end > len(data):
            break
        try:
            body = crypto.unseal(seal, data[pos + 4 : pos + 28], data[pos + 28 : end], _ad(pos))
        except Exception:
            break
        if len(body) % 21:
            break
        for at in range(0, len(body), 21):
            rid, rev, op = (
                body[at : at + 16].hex(),
                int.from_bytes(body[at + 16 : at + 20]),
                body[at + 20],
            )
            known = memory.get(rid)
            if op == 2:
                memory[rid] = (rev, False)
            elif op == 3:
                memory[rid] = (max(rev, known[0] if known else 0), True)
            elif known is None or (not known[1] and rev > known[0]):
                memory[rid] = (rev, False)
        pos = end
    return memory


def _ad(offset: int) -> bytes:
    return b"confvault/seen\0" + VAULT_ID + offset.to_bytes(8, "big")


def memory_of(log: Any) -> dict[str, tuple[int, bool]]:
    return {rid: tuple(m) for rid in IDS if (m := log.recall(rid)) is not None}


def expected_after(memory: dict[str, tuple[int, bool]], rid: str, rev: int) -> dict[str, Any]:
    out = dict(memory)
    known = out.get(rid)
    if known is None or (not known[1] and rev > known[0]):
        out[rid] = (rev, False)
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.lists(STEP, max_size=10),
    st.sampled_from(["cut", "flip", "zeros"]),
    st.integers(0, 10**6),
    st.sampled_from([3, 256]),
    st.sampled_from([2, 64]),
)
def test_a_damaged_log_reads_as_the_spec_says_and_is_cut_before_the_next_append(
    steps: list[Any], damage: str, where: int, entries: int, batches: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp, bounds(entries, batches, 256):
        folder = Path(tmp)
        new_log(folder).create()
        logs = [new_log(folder), new_log(folder)]
        for step in steps:
            if step[0] == "reopen":
                logs[step[1]] = new_log(folder)
            act(logs[step[1]], step)
        stale = logs[0]
        stale._ensure_loaded()
        # what it knows, asked of a copy: asking itself would work out every id early
        before, end, head = memory_of(copy.deepcopy(stale)), stale._end, stale._head
        f = stale.path
        data = f.read_bytes()
        at = where % (len(data) + 1)
        if damage == "cut":
            data = data[:at]
        elif damage == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :]
        else:
            data += b"\0" * (where % 300)
        f.write_bytes(data)
        read = spec_read(data)
        fresh = new_log(folder)
        assert memory_of(fresh) == read
        assert all(fresh.recall(rid) is None for rid in NEVER)
        # a fresh log appends: the damaged tail goes, what it could read stays
        fresh.saw([(IDS[2], 5)])
        want = expected_after(read, IDS[2], 5)
        assert memory_of(fresh) == want
        assert spec_read(f.read_bytes()) == want == memory_of(new_log(folder))
        assert "remembers" in new_log(folder).status()
        # an open log that read before the damage keeps what the file lost (the old rule)
        f.write_bytes(data)
        stale.saw([(IDS[1], 4)])
        unchanged = len(data) == end and data[: len(head)] == head
        if expected_after(before, IDS[1], 4) == before or unchanged:
            # nothing to write, or the same size and first bytes: it does not look (as before)
            kept = before
        else:
            kept = dict(read)
            kept.update({rid: m for rid, m in before.items() if rid not in read})
        assert memory_of(stale) == expected_after(kept, IDS[1], 4)


# ---- version 1 files, the base, lookups ---------------------------------------------


def write_version_1(folder: Path) -> Any:
    log = old_log(folder)
    log.create()
    log.saw([(IDS[4], 3), (IDS[0], 1), (IDS[2], 2)])
    log.saw([(IDS[4], 5), (IDS[0], 1)])
    log.removed([(IDS[2], 2)])
    log.accept([(IDS[0], 1), (IDS[1], 9)])
    log.saw([(IDS[3], 2**32 + 3)])
    return log


def test_a_version_1_file_is_read_as_before_and_upgraded_at_the_next_append(
    tmp_path: Path,
) -> None:
    old = write_version_1(tmp_path)
    f = old.path
    v1 = f.read_bytes()
    assert v1[4:6] == b"\0\1"
    log = new_log(tmp_path)
    assert views(log) == views(old_log(tmp_path))
    assert log.status() == old_log(tmp_path).status()
    log.saw([(IDS[0], 1)])  # nothing new: a read leaves the file alone
    assert f.read_bytes() == v1
    log.saw([(IDS[1], 10)])
    data = f.read_bytes()
    assert data[4:6] == b"\0\2"
    reference = old_log(tmp_path / "ref")  # the old code, given the same file and entry
    (tmp_path / "ref").mkdir()
    reference.path.write_bytes(v1)
    reference.saw([(IDS[1], 10)])
    assert views(new_log(tmp_path)) == views(old_log(tmp_path / "ref"))
    base = sorted_base(data)
    assert [rid for rid, _, _ in base] == sorted(rid for rid, _, _ in base)
    assert len({rid for rid, _, _ in base}) == len(base) == 5
    assert {op for _, _, op in base} == {rollback.ACCEPTED, rollback.REMOVED}
    assert dict((rid, rev) for rid, rev, _ in base)[IDS[3]] == 2**32 - 1  # kept as written


def sorted_base(data: bytes) -> list[tuple[str, int, int]]:
    log = new_log(Path("/nonexistent"))
    opened = log._open_batch(data, 6)
    assert opened is not None
    return [(raw.hex(), rev, op) for raw, rev, op in rollback._ENTRY.iter_unpack(opened[0])]


@pytest.mark.parametrize("size", [0, 1, 2, 7, 300])
def test_lookups_outside_and_between_base_entries_find_nothing(tmp_path: Path, size: int) -> None:
    present = [f"{i * 0x9E3779B1 % 2**128:032x}" for i in range(1, size + 1)]
    log = new_log(tmp_path)
    log.create()
    log.saw([(rid, i + 1) for i, rid in enumerate(present)])
    log.removed([(present[0], 0)] if present else [])
    with bounds(256, 64, 10**6):  # search the base only, never build the whole memory
        again = new_log(tmp_path)
        assert again.path.read_bytes()[4:6] == b"\0\2"
        for i, rid in enumerate(present):
            assert again.recall(rid) == rollback.Memory(i + 1, removed=i == 0)
        ordered = sorted(bytes.fromhex(r) for r in present)
        probes = ["00" * 16, "ff" * 16, *NEVER]
        for raw in ordered:
            n = int.from_bytes(raw)
            probes += [f"{n - 1:032x}" if n else "00" * 16, f"{(n + 1) % 2**128:032x}"]
        for rid in probes:
            if rid not in present:
                assert again.recall(rid) is None, rid
                assert again.verdict(rid, 0) is None
        assert again._view.full is None


@pytest.mark.parametrize("content", [b"", b"CVS1", b"CVS1\0\2", b"CVS1\0\3" + bytes(60)])
def test_an_empty_or_headless_log_reads_as_nothing_and_is_rebuilt(
    tmp_path: Path, content: bytes
) -> None:
    log = new_log(tmp_path)
    log.create()
    log.path.write_bytes(content)
    again = new_log(tmp_path)
    assert all(again.recall(rid) is None for rid in IDS + NEVER)
    assert "damaged" in again.status()
    again.saw([(IDS[0], 2)])
    assert new_log(tmp_path).recall(IDS[0]) == rollback.Memory(2)
    assert "remembers the revisions of 1 " in new_log(tmp_path).status()


def test_an_empty_version_1_log_is_sound(tmp_path: Path) -> None:
    old = old_log(tmp_path)
    old.create()
    assert old.path.read_bytes() == b"CVS1\0\1"
    log = new_log(tmp_path)
    assert "remembers the revisions of 0 " in log.status()
    log.saw([(IDS[0], 1)])
    assert new_log(tmp_path).recall(IDS[0]) == rollback.Memory(1)


def test_many_lookups_switch_to_the_whole_memory_with_the_same_answers(tmp_path: Path) -> None:
    log = new_log(tmp_path)
    log.create()
    ids = [f"{i:032x}" for i in range(0, 3000, 3)]
    log.saw([(rid, 2) for rid in ids])
    log.saw([(ids[5], 3)])
    log.removed([(ids[7], 1)])
    again = new_log(tmp_path)
    answers = [again.recall(f"{i:032x}") for i in range(3000)]
    assert again._view.full is not None
    expected = {rid: rollback.Memory(2) for rid in ids}
    expected[ids[5]] = rollback.Memory(3)
    expected[ids[7]] = rollback.Memory(2, removed=True)
    assert answers == [expected.get(f"{i:032x}") for i in range(3000)]


def test_what_an_open_log_kept_through_a_lost_file_survives_a_second_loss(
    tmp_path: Path,
) -> None:
    """The old rule, twice: ids the file lost stay known to the log that had them,
    also after the log was started again from what it then wrote."""
    with bounds(256, 64, 256):
        log, old = new_log(tmp_path), old_log(tmp_path / "old")
        for side in (log, old):
            side.create()
            side.saw([(IDS[0], 1), (IDS[1], 2)])
        for side in (log, old):
            side.path.unlink()  # lost: both start the file again from what they write
            side.saw([(IDS[2], 3)])
            size = side.path.stat().st_size
            side.saw([(IDS[3], 4)])  # appended after the base
            with side.path.open("r+b") as fh:
                fh.truncate(size)  # and that batch is lost
            side.saw([(IDS[4], 5)])
        assert views(log) == views(old)
        assert memory_of(log) == {
            IDS[0]: (1, False),
            IDS[1]: (2, False),
            IDS[2]: (3, False),
            IDS[3]: (4, False),
            IDS[4]: (5, False),
        }


def test_a_large_log_is_rewritten_less_often_so_an_add_stays_constant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a fixed bound every 64th add rewrote the whole base: O(records) an add on
    average. Past 16,384 records the bounds grow with the base."""
    rewrites: list[int] = []
    real = rollback.RevisionLog._rewrite

    def counting(self: rollback.RevisionLog, *args: Any) -> None:
        rewrites.append(1)
        real(self, *args)

    monkeypatch.setattr(rollback.RevisionLog, "_rewrite", counting)
    for records, expected in ((1_000, 200 // 64), (40_000, 200 // (40_000 // 256))):
        folder = tmp_path / str(records)
        folder.mkdir()
        log = new_log(folder)
        log.load()
        base = [(f"{i:032x}", 1) for i in range(records)]
        log.saw(base)
        rewrites.clear()
        for i in range(200):
            log.saw([(f"{i:032x}", 2)])
        assert len(rewrites) == expected, (records, len(rewrites))
        again = new_log(folder)
        again.load()
        assert [again.recall(f"{i:032x}") for i in (0, 199, 200, records - 1)] == [
            rollback.Memory(2),
            rollback.Memory(2),
            rollback.Memory(1),
            rollback.Memory(1),
        ]
