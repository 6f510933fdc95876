"""What a revision log remembers, in memory: its base searched in place, and the
entries after it applied id by id when asked. No I/O, no crypto (see __init__)."""

from __future__ import annotations

import struct
from collections.abc import Iterable

SEEN = 1  # the record was read or written at this revision (keep the highest)
ACCEPTED = 2  # the user accepted the revision in the file (set exactly)
REMOVED = 3  # the record was removed on this device

ENTRY = struct.Struct(">16sIB")  # record id, revision, operation
ID_SIZE = 16

# A record's memory is a plain (rev, removed) pair: cheaper than a named tuple when
# every record's is built.
Pair = tuple[int, bool]


class View:
    """What the log holds as read: the base (each id once, sorted), searched in place,
    and the entries after it.

    The memory of an id is its base entry, then its `pending` entries applied in
    order; `changed` holds ids already worked out (or changed since), and wins.
    Past `point_lookups` lookups, every id's memory is built once and used instead.
    """

    def __init__(self, base: bytes, point_lookups: int) -> None:
        self.base = base
        self.pending: dict[str, list[tuple[int, int]]] = {}
        self.changed: dict[str, Pair | None] = {}
        self.full: dict[str, Pair] | None = None
        self.lookups = 0
        self.point_lookups = point_lookups

    def get(self, record_id: str) -> Pair | None:
        if self.full is not None:
            return self.full.get(record_id)
        self.lookups += 1
        if self.lookups > self.point_lookups:
            return self.memory().get(record_id)
        if record_id in self.changed:
            return self.changed[record_id]
        known = search(self.base, record_id)
        for rev, op in self.pending.pop(record_id, ()):
            known = next_pair(known, rev, op)
        self.changed[record_id] = known
        return known

    def set(self, record_id: str, pair: Pair) -> None:
        self.changed[record_id] = pair
        if self.full is not None:
            self.full[record_id] = pair

    def apply(self, record_id: str, rev: int, op: int) -> None:
        known = self.get(record_id)
        pair = next_pair(known, rev, op)
        if pair is not None and pair != known:
            self.set(record_id, pair)

    def memory(self) -> dict[str, Pair]:
        """Every id's memory, built once."""
        if self.full is None:
            entries = ENTRY.iter_unpack(self.base)
            if REMOVED in self.base[ENTRY.size - 1 :: ENTRY.size]:
                full = {raw.hex(): (rev, op == REMOVED) for raw, rev, op in entries}
            else:
                full = {raw.hex(): (rev, False) for raw, rev, _ in entries}
            for record_id, ops in self.pending.items():
                known = full.get(record_id)
                for rev, op in ops:
                    known = next_pair(known, rev, op)
                self.changed[record_id] = known
            self.pending = {}
            full.update({k: v for k, v in self.changed.items() if v is not None})
            self.full = full
        return self.full


def whole(memory: dict[str, Pair]) -> View:
    """A view of a memory already built (a version 1 log, or one just rewritten)."""
    view = View(b"", 0)
    view.changed.update(memory)
    view.full = memory
    return view


def search(base: bytes, record_id: str) -> Pair | None:
    """The base entry of an id, by binary search over the sorted 21-byte entries."""
    try:
        raw = bytes.fromhex(record_id)
    except ValueError:
        return None
    if len(raw) != ID_SIZE or raw.hex() != record_id:  # read back, ids are lowercase hex
        return None
    size = ENTRY.size
    lo, hi = 0, len(base) // size
    while lo < hi:
        mid = (lo + hi) // 2
        at = mid * size
        key = base[at : at + ID_SIZE]
        if key < raw:
            lo = mid + 1
        elif key > raw:
            hi = mid
        else:
            _, rev, op = ENTRY.unpack_from(base, at)
            return rev, op == REMOVED
    return None


def keep_missing(new: View, old: View) -> None:
    """Keep what the old view knew of ids the file read again lacks (it was cut short,
    or replaced); the file wins for every id it has."""
    if old.base == new.base:  # not rewritten since: only ids changed after the base can be lost
        ids = [rid for rid, pair in old.changed.items() if pair is not None] + list(old.pending)
    else:
        ids = list(old.memory())
    for rid in ids:
        if new.get(rid) is None:
            pair = old.get(rid)
            if pair is not None:
                new.set(rid, pair)


def all_accepted(plaintext: bytes) -> bool:
    ops = plaintext[ENTRY.size - 1 :: ENTRY.size]
    return ops.count(ACCEPTED) == len(ops)


def apply_all(memory: dict[str, Pair], rows: Iterable[tuple[bytes, int, int]]) -> None:
    """apply for every row of a batch, the common cases inline: reading a version 1
    log, at every command, does this once per record in the vault."""
    get = memory.get
    for raw_id, rev, op in rows:
        record_id = raw_id.hex()
        if op == ACCEPTED:  # what a compacted log holds
            memory[record_id] = (rev, False)
        elif op == SEEN:
            known = get(record_id)
            if known is None or (not known[1] and rev > known[0]):
                memory[record_id] = (rev, False)
        else:
            apply(memory, record_id, rev, op)


def next_pair(known: Pair | None, rev: int, op: int) -> Pair | None:
    """What is remembered of an id after one entry."""
    if op == ACCEPTED:
        return (rev, False)
    if op == REMOVED:
        return (max(rev, known[0] if known else 0), True)
    if known is None or (not known[1] and rev > known[0]):
        return (rev, False)
    return known


def apply(memory: dict[str, Pair], record_id: str, rev: int, op: int) -> None:
    pair = next_pair(memory.get(record_id), rev, op)
    if pair is not None:
        memory[record_id] = pair
