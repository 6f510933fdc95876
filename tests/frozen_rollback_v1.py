"""FROZEN REFERENCE, not product code: confvault's revision log as it was before the
sorted base (src/confvault/rollback.py at commit a33e338, version 1 files only),
copied unchanged below the imports so tests can compare the new log against it
and write version 1 files with the old layout. Do not edit or "fix" it.
"""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from confvault import crypto, storage
from confvault.errors import ConfvaultError, DecryptionError

MAGIC = b"CVS1"
VERSION = 1
SEAL_LABEL = b"cv1-seen"
NAME_LABEL = b"cv1-seen-name"
SUFFIX = ".log"

SEEN = 1  # the record was read or written at this revision (keep the highest)
ACCEPTED = 2  # the user accepted the revision in the file (set exactly)
REMOVED = 3  # the record was removed on this device

_FILE_HEAD = struct.Struct(">4sH")
_BATCH_LEN = struct.Struct(">I")
_ENTRY = struct.Struct(">16sIB")
_MAX_BATCH = 64 * 1024 * 1024
_MAX_REV = 2**32 - 1
# Rewrite the log as one batch once it holds this many superseded entries, or
# this many batches (each costs an authentication when the log is read).
_COMPACT_SLACK = 4096
_COMPACT_BATCHES = 64


class Memory(NamedTuple):
    """What this device remembers of one record, as `recall` gives it."""

    rev: int
    removed: bool = False


# Inside the log a record's memory is a plain (rev, removed) pair: the log holds
# one per record, all built each time it is read, and a plain tuple is cheaper.
_Pair = tuple[int, bool]


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("confvault", appauthor=False)) / "rollback"


def _ad(vault_id: bytes, offset: int) -> bytes:
    return b"confvault/seen\0" + vault_id + struct.pack(">Q", offset)


class RevisionLog:
    """The revision log of one vault on this device. Never raises on I/O trouble."""

    def __init__(self, directory: Path, vault_id: bytes, vault_key: bytes) -> None:
        self._dir = directory
        self._vault_id = vault_id
        self._key = crypto.subkey(vault_key, SEAL_LABEL)
        name = crypto.subkey(vault_key, NAME_LABEL)[:16].hex()
        self.path = directory / (name + SUFFIX)
        self._lock_path = directory / (name + ".lock")
        self._memory: dict[str, _Pair] = {}
        self._entries = 0  # entries in the file, superseded ones included
        self._batches = 0
        self._end = 0  # where the valid part of the file ends
        self._state = "new"  # as found when last loaded: new | ok | damaged | unreadable
        self._repair = True  # re-read under the lock before the next append
        self._write_failed = False
        self._loaded = False

    # ---- reading ---------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the log. A missing or damaged log is treated as empty or cut short."""
        try:
            with self._lock(shared=True):
                self._read()
        except OSError:
            self._memory, self._entries, self._end = {}, 0, 0
            self._state, self._repair = "unreadable", True
        self._loaded = True

    def _read(self) -> None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            self._memory, self._entries, self._end = {}, 0, 0
            self._state, self._repair = "new", True
            return
        self._memory, self._entries, self._end, damaged = self._parse(data)
        self._state = "damaged" if damaged else "ok"
        self._repair = damaged

    def _parse(self, data: bytes) -> tuple[dict[str, _Pair], int, int, bool]:
        memory: dict[str, _Pair] = {}
        self._batches = 0
        if len(data) < _FILE_HEAD.size or _FILE_HEAD.unpack_from(data) != (MAGIC, VERSION):
            return memory, 0, 0, True
        entries, pos = 0, _FILE_HEAD.size
        while pos < len(data):
            batch = self._open_batch(data, pos)
            if batch is None:
                return memory, entries, pos, True
            plaintext, end = batch
            if not memory and _all_accepted(plaintext):
                # a compacted log's one batch: every record once, set exactly
                memory = {rid.hex(): (rev, False) for rid, rev, _ in _ENTRY.iter_unpack(plaintext)}
            else:
                _apply_all(memory, _ENTRY.iter_unpack(plaintext))
            entries += len(plaintext) // _ENTRY.size
            pos = end
            self._batches += 1
        return memory, entries, pos, False

    def _open_batch(self, data: bytes, pos: int) -> tuple[bytes, int] | None:
        if pos + _BATCH_LEN.size > len(data):
            return None
        (length,) = _BATCH_LEN.unpack_from(data, pos)
        start = pos + _BATCH_LEN.size
        end = start + length
        if length < crypto.NONCE_SIZE + crypto.TAG_SIZE or length > _MAX_BATCH or end > len(data):
            return None
        nonce = data[start : start + crypto.NONCE_SIZE]
        try:
            plaintext = crypto.unseal(
                self._key, nonce, data[start + crypto.NONCE_SIZE : end], _ad(self._vault_id, pos)
            )
        except DecryptionError:
            return None
        if len(plaintext) % _ENTRY.size:
            return None
        return plaintext, end

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.load()

    def recall(self, record_id: str) -> Memory | None:
        self._ensure_loaded()
        known = self._memory.get(record_id)
        return None if known is None else Memory(*known)

    def verdict(self, record_id: str, rev: int) -> str | None:
        """Why a record read at `rev` must not be trusted, or None if it is fine."""
        self._ensure_loaded()
        known = self._memory.get(record_id)
        if known is None:
            return None
        seen, removed = known
        if removed:
            return (
                "a record removed on this device was put back (an older copy restored from "
                "a backup or by a sync tool)"
            )
        if rev < seen:
            return (
                f"an older copy of this record was restored (the file holds revision {rev}; "
                f"this device has seen revision {seen})"
            )
        return None

    def status(self) -> str:
        """One calm sentence about the log, for `verify`."""
        self._ensure_loaded()
        if self._state == "unreadable":
            text = (
                f"the record of revisions kept on this device ({self.path}) could not be read, "
                "so older copies of records put back into the vault cannot be noticed"
            )
        elif self._state == "damaged":
            text = (
                f"the record of revisions kept on this device ({self.path}) was damaged or cut "
                "short and is being rebuilt; older copies put back before now may go unnoticed"
            )
        elif self._state == "new":
            text = (
                "this device had no record of this vault's revisions yet (first use here, or "
                "it was removed); from now on, an older copy of a record put back is noticed"
            )
        else:
            text = (
                f"this device remembers the revisions of {len(self._memory)} record(s); "
                "none was put back to an older copy"
            )
        if self._write_failed:
            text += "; updating it failed (is the disk full or read-only?)"
        return text

    # ---- writing ---------------------------------------------------------------------

    def create(self) -> None:
        """Start an empty log (a new vault)."""
        self._write_entries([])

    def saw(self, items: Iterable[tuple[str, int]]) -> None:
        """Remember revisions read or written; only those above what is known are stored."""
        self._ensure_loaded()
        fresh = []
        for record_id, rev in items:
            known = self._memory.get(record_id)
            if known is None or (not known[1] and rev > known[0]):
                fresh.append((record_id, rev, SEEN))
        self._write_entries(fresh)

    def removed(self, items: Iterable[tuple[str, int]]) -> None:
        self._write_entries([(rid, rev, REMOVED) for rid, rev in items])

    def accept(self, items: Iterable[tuple[str, int]]) -> None:
        """Trust the revisions now in the files (the user put them back on purpose)."""
        self._write_entries([(rid, rev, ACCEPTED) for rid, rev in items])

    def _write_entries(self, entries: list[tuple[str, int, int]]) -> None:
        self._ensure_loaded()
        if not entries and not self._repair:
            return
        try:
            storage.make_private_dir(self._dir)
            with self._lock(shared=False):
                self._append(entries)
        except (OSError, ConfvaultError):
            self._write_failed = True
            return
        for rid, rev, op in entries:
            _apply(self._memory, rid, rev, op)

    def _append(self, entries: list[tuple[str, int, int]]) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, storage.FILE_MODE)
        with os.fdopen(fd, "r+b") as fh:
            size = os.fstat(fd).st_size
            if size != self._end or self._repair:
                # Someone else appended since we read, or the file is damaged: re-read
                # under the lock, keep their entries, cut off anything unreadable.
                fh.seek(0)
                memory, count, end, _damaged = self._parse(fh.read())
                memory.update({k: v for k, v in self._memory.items() if k not in memory})
                self._memory, self._entries, self._end = memory, count, end
                if end != size:
                    fh.truncate(end)
                    size = end
                self._repair = False
            if size == 0:
                fh.seek(0)
                fh.write(_FILE_HEAD.pack(MAGIC, VERSION))
                size = self._end = _FILE_HEAD.size
            if not entries:
                return
            if (
                self._entries + len(entries) > 2 * len(self._memory) + _COMPACT_SLACK
                or self._batches >= _COMPACT_BATCHES
            ):
                self._compact(entries)
                return
            fh.seek(size)
            fh.write(self._batch(size, entries))
            fh.flush()
            self._end = fh.tell()
            self._entries += len(entries)
            self._batches += 1

    def _batch(self, offset: int, entries: list[tuple[str, int, int]]) -> bytes:
        body = b"".join(
            _ENTRY.pack(bytes.fromhex(rid), min(rev, _MAX_REV), op) for rid, rev, op in entries
        )
        nonce, sealed = crypto.seal(self._key, body, _ad(self._vault_id, offset))
        return _BATCH_LEN.pack(len(nonce) + len(sealed)) + nonce + sealed

    def _compact(self, entries: list[tuple[str, int, int]]) -> None:
        memory = dict(self._memory)
        for rid, rev, op in entries:
            _apply(memory, rid, rev, op)
        rows = [(rid, rev, REMOVED if gone else ACCEPTED) for rid, (rev, gone) in memory.items()]
        head = _FILE_HEAD.pack(MAGIC, VERSION)
        data = head + self._batch(len(head), rows)
        storage.write_atomic(self.path, data)
        self._memory, self._entries, self._end = memory, len(rows), len(data)
        self._batches = 1

    @contextlib.contextmanager
    def _lock(self, shared: bool) -> Iterator[None]:
        import fcntl

        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, storage.FILE_MODE)
        except OSError:
            if not shared:
                raise
            yield  # no folder yet, or not writable: read without the lock
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


def _all_accepted(plaintext: bytes) -> bool:
    ops = plaintext[_ENTRY.size - 1 :: _ENTRY.size]
    return ops.count(ACCEPTED) == len(ops)


def _apply_all(memory: dict[str, _Pair], rows: Iterable[tuple[bytes, int, int]]) -> None:
    """_apply for every row of a batch, the common cases inline: reading the log, at
    every command, does this once per record in the vault."""
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
            _apply(memory, record_id, rev, op)


def _apply(memory: dict[str, _Pair], record_id: str, rev: int, op: int) -> None:
    known = memory.get(record_id)
    if op == ACCEPTED:
        memory[record_id] = (rev, False)
    elif op == REMOVED:
        memory[record_id] = (max(rev, known[0] if known else 0), True)
    elif known is None or (not known[1] and rev > known[0]):
        memory[record_id] = (rev, False)
