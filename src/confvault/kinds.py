"""This device's cache of which records hold clients and which hold notes.

A record's kind is sealed inside it and not stored in the clear (docs/FORMAT.md),
so finding a client by alias would mean reading and decrypting every note: a
`note add` would slow down as the vault grows. This cache remembers, per vault
and per device, the kind of every record id seen, so such a command reads the
client records alone.

It is only a cache. It is never required for correctness: a record it does not
know is read and learned, an id it knows that the vault no longer holds is
ignored, and a missing, damaged or unwritable cache means a slower command,
never an error. A record's kind never changes (it is bound to the record id
when the record is sealed), so an entry never goes stale. The file lives in the
user's cache folder, never in the vault folder, so a sync tool neither carries
it between devices nor sees it conflict. Its name and contents come from
subkeys of the vault key: it reveals neither which vault it belongs to nor
anything but random record ids, one kind each. Spec: docs/FORMAT.md,
"Per-device kind cache".
"""

from __future__ import annotations

import contextlib
import os
import struct
from collections.abc import Collection
from pathlib import Path

from confvault import crypto, storage
from confvault.errors import ConfvaultError

MAGIC = b"CVK1"
VERSION = 1
SEAL_LABEL = b"cv1-kinds"
NAME_LABEL = b"cv1-kinds-name"
SUFFIX = ".cache"
# Rewrite the file as one batch (dropping removed records) after this many appends,
# or one more for every 256 names it holds past 16,384: a rewrite seals every name,
# so a fixed bound made every 64th command pay O(records) (~1 ms a command on
# average at 100,000 notes); a bound that grows with the file keeps that constant.
COMPACT_AFTER = 64
_NAMES_PER_BATCH = 256

_HEAD = struct.Struct(">4sH")
_BATCH = struct.Struct(">I24s")  # ciphertext length, nonce
_GROUP = struct.Struct(">BI")  # kind, length of the names that follow
_MAX_FILE = 64 * 1024 * 1024

Names = dict[int, set[str]]  # kind -> record file names ("<32 hex>.rec")


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("confvault", appauthor=False)) / "kinds"


class KindCache:
    """The kind cache of one vault on this device. Never raises on I/O trouble.

    It maps record file names to kinds, kept as one set of names per kind so a
    caller can set-subtract the notes from a directory listing at C speed.
    """

    def __init__(self, directory: Path, vault_id: bytes, vault_key: bytes) -> None:
        self._dir = directory
        self._ad = b"confvault/kinds\0" + vault_id
        self._key = crypto.subkey(vault_key, SEAL_LABEL)
        self.path = directory / (crypto.subkey(vault_key, NAME_LABEL)[:16].hex() + SUFFIX)
        self._names: Names = {}
        self._batches = 0
        self._whole = False  # the file exists and every batch in it opened

    def load(self) -> Names:
        """Kind -> names of the record files this device has learned (do not modify)."""
        self._names, self._batches, self._whole = {}, 0, False
        try:
            data = storage.read_bytes(self.path, _MAX_FILE)
        except (OSError, ValueError):
            return self._names
        if len(data) < _HEAD.size or _HEAD.unpack_from(data) != (MAGIC, VERSION):
            return self._names
        pos, whole = _HEAD.size, True
        while pos < len(data):
            if pos + _BATCH.size > len(data):
                whole = False
                break
            length, nonce = _BATCH.unpack_from(data, pos)
            start, end = pos + _BATCH.size, pos + _BATCH.size + length
            try:
                plain = crypto.unseal(self._key, nonce, data[start:end], self._ad)
                self._read_groups(plain)
            except (ConfvaultError, ValueError, struct.error):
                whole = False
                break
            self._batches += 1
            pos = end
        self._whole = whole
        return self._names

    def _read_groups(self, plain: bytes) -> None:
        pos = 0
        while pos < len(plain):
            kind, length = _GROUP.unpack_from(plain, pos)
            pos += _GROUP.size
            if pos + length > len(plain):
                raise ValueError("truncated group")
            text = plain[pos : pos + length].decode("ascii")
            pos += length
            if text:
                self._names.setdefault(kind, set()).update(text.split("\n"))

    @property
    def needs_rewrite(self) -> bool:
        """True when the next update rewrites the file (it is missing, damaged or long)."""
        names = sum(len(group) for group in self._names.values())
        return not self._whole or self._batches >= max(COMPACT_AFTER, names // _NAMES_PER_BATCH)

    def update(self, learned: dict[str, int], live: Collection[str] = ()) -> None:
        """Add what was learned (file name -> kind): append a batch or, when
        `needs_rewrite`, rewrite the file with only the names still in `live`."""
        compact = self.needs_rewrite
        if not learned and not compact:
            return
        new: Names = {}
        for name, kind in learned.items():
            new.setdefault(kind, set()).add(name)
        for kind, names in new.items():
            self._names.setdefault(kind, set()).update(names)
        with contextlib.suppress(OSError, ConfvaultError):
            storage.make_private_dir(self._dir)
            if compact:
                keep = {kind: names.intersection(live) for kind, names in self._names.items()}
                data = _HEAD.pack(MAGIC, VERSION) + self._batch(keep)
                # a rewrite killed midway left a sealed temp file: gone once it is old
                storage.remove_old_temp_files(self._dir)
                storage.write_atomic(self.path, data)
                self._names, self._batches, self._whole = keep, 1, True
                return
            batch = self._batch(new)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
            try:
                os.write(fd, batch)  # one write: concurrent appenders never interleave
            finally:
                os.close(fd)
            self._batches += 1

    def _batch(self, names: Names) -> bytes:
        groups = []
        for kind, group in sorted(names.items()):
            text = "\n".join(sorted(group)).encode("ascii")
            groups.append(_GROUP.pack(kind, len(text)) + text)
        nonce, sealed = crypto.seal(self._key, b"".join(groups), self._ad)
        return _BATCH.pack(len(sealed), nonce) + sealed
