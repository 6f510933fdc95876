"""This device's memory of record revisions, to notice a record put back to an older copy.

Every record carries a revision number that grows with each edit, and every
record authenticates under the vault key, so an older copy of a record is
indistinguishable from a record that was never edited, unless something
outside the vault remembers what was seen. This module is that memory: one
append-only log per vault in the user's state folder (never in the vault
folder, so a sync tool or a copied folder does not carry it).

The log file's name and contents come from subkeys of the vault key: the file
says nothing about which vault it belongs to or what the vault holds. It is
tolerant by design: a missing, unreadable or damaged log never stops the vault
from opening; it only means older copies restored before it was rebuilt go
unnoticed, and `status()` says so. Spec: docs/FORMAT.md, "Per-device revision log".

A version 2 log starts with a base: every record once, sorted by id. Looking up
a few records (finding a client, adding a note) searches the base in place; the
whole memory is built only for a bulk job (reading every record, compacting).
"""

from __future__ import annotations

import contextlib
import os
import stat
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from confvault import crypto, storage
from confvault.errors import ConfvaultError, DecryptionError
from confvault.rollback.memory import (
    ACCEPTED,
    REMOVED,
    SEEN,
    View,
    all_accepted,
    apply_all,
    keep_missing,
    whole,
)
from confvault.rollback.memory import ENTRY as _ENTRY
from confvault.rollback.memory import Pair as _Pair
from confvault.rollback.memory import apply as _apply

MAGIC = b"CVS1"
VERSION = 2  # the first batch is the base: each id once, sorted
OLD_VERSION = 1  # batches in any order: read whole, rewritten as version 2 at the next append
SEAL_LABEL = b"cv1-seen"
NAME_LABEL = b"cv1-seen-name"
SUFFIX = ".log"

_FILE_HEAD = struct.Struct(">4sH")
_BATCH_LEN = struct.Struct(">I")
# The header, the first batch's length and its nonce: fresh at every rewrite, so they
# tell a log rewritten by someone else from the one read, even at the same size.
_IDENTITY = _FILE_HEAD.size + _BATCH_LEN.size + crypto.NONCE_SIZE
_MAX_BATCH = 64 * 1024 * 1024
_MAX_FILE = 256 * 1024 * 1024  # far beyond a million records (21 bytes each)
_MAX_REV = 2**32 - 1
# Every command reads the batches after the base whole (~5 us a batch, ~0.3 us an
# entry); the base is only searched. A rewrite as one base costs O(records), ~6 ms
# at 10,000. So rewrite once more than this many entries follow the base, or the
# log holds this many batches: adding a note appends one entry, so that is a
# rewrite every 64 notes (~0.1 ms each, against at most ~0.3 ms of batches per
# read); an append of hundreds of entries comes from a command that read hundreds
# of records anyway.
# Past 16,384 records both bounds grow with the base (records // 64 entries, records
# // 256 batches): a fixed bound made every 64th note rewrite the whole base, so
# adding a note cost O(records) on average (2.1-2.4 ms a note at 100,000 against
# 0.5 ms at 1,000). Growing them keeps the rewrite's share of an add constant
# (~0.15 ms) while reading the batches stays a small part of the O(records)
# listing every command does (~2 ms at 100,000).
_COMPACT_ENTRIES = 256
_COMPACT_BATCHES = 64
_ENTRIES_PER_RECORD = 64  # one more entry allowed per this many records in the base
_BATCHES_PER_RECORD = 256
# A lookup searches the base (~2 us at 10,000 records); building every record's
# memory costs ~1.5 ms. Past this many lookups in one read (reading every record
# looks each up), build it.
_POINT_LOOKUPS = 256


class Memory(NamedTuple):
    """What this device remembers of one record, as `recall` gives it."""

    rev: int
    removed: bool = False


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("confvault", appauthor=False)) / "rollback"


def _ad(vault_id: bytes, offset: int) -> bytes:
    return b"confvault/seen\0" + vault_id + struct.pack(">Q", offset)


def _view(base: bytes = b"") -> View:
    return View(base, _POINT_LOOKUPS)


class _Read(NamedTuple):
    view: View
    appended: int  # entries after the base (version 1: all of them)
    batches: int
    end: int  # where the readable part ends
    damaged: bool
    sorted: bool  # version 2, with its base


class RevisionLog:
    """The revision log of one vault on this device. Never raises on I/O trouble."""

    def __init__(self, directory: Path, vault_id: bytes, vault_key: bytes) -> None:
        self._dir = directory
        self._vault_id = vault_id
        self._key = crypto.subkey(vault_key, SEAL_LABEL)
        name = crypto.subkey(vault_key, NAME_LABEL)[:16].hex()
        self.path = directory / (name + SUFFIX)
        self._lock_path = directory / (name + ".lock")
        self._take(_Read(_view(), 0, 0, 0, False, True))
        self._state = "new"  # as found when last loaded: new | ok | damaged | unreadable
        self._repair = True  # re-read under the lock before the next append
        self._write_failed = False
        self._loaded = False

    def _take(self, read: _Read, data: bytes = b"") -> None:
        self._head = data[: min(_IDENTITY, read.end)]
        self._view = read.view
        self._appended = read.appended
        self._batches = read.batches
        self._end = read.end
        self._sorted = read.sorted

    # ---- reading ---------------------------------------------------------------------

    def load(self) -> None:
        """(Re)read the log. A missing or damaged log is treated as empty or cut short."""
        try:
            with self._lock(shared=True):
                self._read()
        except OSError:
            self._take(_Read(_view(), 0, 0, 0, False, True))
            self._state, self._repair = "unreadable", True
        self._loaded = True

    def _read(self) -> None:
        try:
            # not Path.read_bytes: a FIFO or device put at the log's path must not block
            # or exhaust memory (storage.read_bytes refuses anything but a regular file)
            data = storage.read_bytes(self.path, _MAX_FILE)
        except ValueError:
            raise OSError("the revision log is not a regular file or is far too large") from None
        except FileNotFoundError:
            self._take(_Read(_view(), 0, 0, 0, False, True))
            self._state, self._repair = "new", True
            return
        read = self._parse(data)
        self._take(read, data)
        self._state = "damaged" if read.damaged else "ok"
        self._repair = read.damaged

    def _parse(self, data: bytes) -> _Read:
        lost = _Read(_view(), 0, 0, 0, True, True)
        if len(data) < _FILE_HEAD.size:
            return lost
        magic, version = _FILE_HEAD.unpack_from(data)
        if magic != MAGIC or version not in (VERSION, OLD_VERSION):
            return lost
        if version == OLD_VERSION:
            return self._parse_old(data)
        base = self._open_batch(data, _FILE_HEAD.size)
        if base is None:  # without its base nothing after it means anything
            return lost
        view, (pos, batches, appended) = _view(base[0]), (base[1], 1, 0)
        pending = view.pending
        while pos < len(data):
            batch = self._open_batch(data, pos)
            if batch is None:
                return _Read(view, appended, batches, pos, True, True)
            plaintext, pos = batch
            for raw_id, rev, op in _ENTRY.iter_unpack(plaintext):
                pending.setdefault(raw_id.hex(), []).append((rev, op))
            appended += len(plaintext) // _ENTRY.size
            batches += 1
        return _Read(view, appended, batches, pos, False, True)

    def _parse_old(self, data: bytes) -> _Read:
        memory: dict[str, _Pair] = {}
        entries, batches, pos = 0, 0, _FILE_HEAD.size
        while pos < len(data):
            batch = self._open_batch(data, pos)
            if batch is None:
                return _Read(whole(memory), entries, batches, pos, True, False)
            plaintext, end = batch
            if not memory and all_accepted(plaintext):
                # a compacted log's one batch: every record once, set exactly
                memory = {rid.hex(): (rev, False) for rid, rev, _ in _ENTRY.iter_unpack(plaintext)}
            else:
                apply_all(memory, _ENTRY.iter_unpack(plaintext))
            entries += len(plaintext) // _ENTRY.size
            pos = end
            batches += 1
        return _Read(whole(memory), entries, batches, pos, False, False)

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
        known = self._view.get(record_id)
        return None if known is None else Memory(*known)

    def verdict(self, record_id: str, rev: int) -> str | None:
        """Why a record read at `rev` must not be trusted, or None if it is fine."""
        self._ensure_loaded()
        known = self._view.get(record_id)
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

    def status(self, restored: int = 0) -> str:
        """One calm sentence about the log, for `verify`; ``restored``: how many
        records the last read found put back to an older copy."""
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
            put_back = (
                f"{restored} of them were put back to an older copy (listed above)"
                if restored
                else "none was put back to an older copy"
            )
            text = (
                f"this device remembers the revisions of {len(self._view.memory())} record(s); "
                + put_back
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
        get = self._view.get
        for record_id, rev in items:
            rev = min(rev, _MAX_REV)
            known = get(record_id)
            if known is None or (not known[1] and rev > known[0]):
                fresh.append((record_id, rev, SEEN))
        self._write_entries(fresh)

    def removed(self, items: Iterable[tuple[str, int]]) -> None:
        self._write_entries([(rid, min(rev, _MAX_REV), REMOVED) for rid, rev in items])

    def accept(self, items: Iterable[tuple[str, int]]) -> None:
        """Trust the revisions now in the files (the user put them back on purpose)."""
        self._write_entries([(rid, min(rev, _MAX_REV), ACCEPTED) for rid, rev in items])

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
            self._view.apply(rid, rev, op)

    def _append(self, entries: list[tuple[str, int, int]]) -> None:
        # no following a link put at the log's path, and nothing but a regular file
        flags = os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(self.path, flags, storage.FILE_MODE)
        if not stat.S_ISREG(os.fstat(fd).st_mode) or os.fstat(fd).st_size > _MAX_FILE:
            os.close(fd)
            raise OSError("the revision log is not a regular file or is far too large")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "r+b") as fh:
            size = os.fstat(fd).st_size
            if size != self._end or os.pread(fd, _IDENTITY, 0) != self._head or self._repair:
                # Someone else appended or rewrote it since we read, or the file is damaged:
                # re-read under the lock, keep their entries, cut off anything unreadable.
                fh.seek(0)
                data = fh.read()
                read = self._parse(data)
                keep_missing(read.view, self._view)
                self._take(read, data)
                if read.end != size:
                    fh.truncate(read.end)
                    size = read.end
                self._repair = False
            if size == 0:
                # a new log, or nothing of it could be read: what is written now is its base
                written: dict[str, _Pair] = {}
                for rid, rev, op in entries:
                    _apply(written, rid, rev, op)
                self._rewrite(written, self._applied(entries))
                return
            if not entries:
                return
            records = len(self._view.base) // _ENTRY.size
            if (
                not self._sorted
                or self._appended + len(entries)
                > max(_COMPACT_ENTRIES, records // _ENTRIES_PER_RECORD)
                or self._batches >= max(_COMPACT_BATCHES, records // _BATCHES_PER_RECORD)
            ):
                memory = self._applied(entries)
                self._rewrite(memory, memory)
                return
            fh.seek(size)
            fh.write(self._batch(size, _body(entries)))
            fh.flush()
            self._end = fh.tell()
            self._appended += len(entries)
            self._batches += 1

    def _applied(self, entries: list[tuple[str, int, int]]) -> dict[str, _Pair]:
        memory = dict(self._view.memory())
        for rid, rev, op in entries:
            _apply(memory, rid, rev, op)
        return memory

    def _batch(self, offset: int, body: bytes) -> bytes:
        nonce, sealed = crypto.seal(self._key, body, _ad(self._vault_id, offset))
        return _BATCH_LEN.pack(len(nonce) + len(sealed)) + nonce + sealed

    def _rewrite(self, written: dict[str, _Pair], memory: dict[str, _Pair]) -> None:
        """Replace the log by a version 2 one whose base is `written`; `memory` is what
        this handle knows afterwards (more, when the file had lost entries)."""
        by_id = {bytes.fromhex(rid): pair for rid, pair in written.items()}  # the last wins
        body = b"".join(
            _ENTRY.pack(raw, min(rev, _MAX_REV), REMOVED if gone else ACCEPTED)
            for raw, (rev, gone) in sorted(by_id.items())
        )
        head = _FILE_HEAD.pack(MAGIC, VERSION)
        data = head + self._batch(len(head), body)
        # a rewrite killed midway left a sealed temp file here: gone once it is old
        storage.remove_old_temp_files(self.path.parent)
        storage.write_atomic(self.path, data)
        view = _view(body)
        view.changed = {k: v for k, v in memory.items() if written.get(k) != v}
        view.full = memory
        self._take(_Read(view, 0, 1, len(data), False, True), data)

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


def _body(entries: list[tuple[str, int, int]]) -> bytes:
    return b"".join(
        _ENTRY.pack(bytes.fromhex(rid), min(rev, _MAX_REV), op) for rid, rev, op in entries
    )
