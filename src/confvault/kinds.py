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
# Rewrite the file as one batch (dropping removed records) after this many appends.
COMPACT_AFTER = 64

_HEAD = struct.Struct(">4sH")
_BATCH = struct.Struct(">I24s")  # ciphertext length, nonce
_GROUP = struct.Struct(">BI")  # kind, number of ids
_ID_HEX = 32
_MAX_FILE = 64 * 1024 * 1024


def default_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("confvault", appauthor=False)) / "kinds"


class KindCache:
    """The kind cache of one vault on this device. Never raises on I/O trouble."""

    def __init__(self, directory: Path, vault_id: bytes, vault_key: bytes) -> None:
        self._dir = directory
        self._ad = b"confvault/kinds\0" + vault_id
        self._key = crypto.subkey(vault_key, SEAL_LABEL)
        self.path = directory / (crypto.subkey(vault_key, NAME_LABEL)[:16].hex() + SUFFIX)
        self._kinds: dict[str, int] = {}
        self._batches = 0
        self._whole = False  # the file exists and every batch in it opened

    def load(self) -> dict[str, int]:
        """Record id (hex) -> kind, for every record this device has learned."""
        self._kinds, self._batches, self._whole = {}, 0, False
        try:
            data = storage.read_bytes(self.path, _MAX_FILE)
        except (OSError, ValueError):
            return {}
        if len(data) < _HEAD.size or _HEAD.unpack_from(data) != (MAGIC, VERSION):
            return {}
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
        return dict(self._kinds)

    def _read_groups(self, plain: bytes) -> None:
        pos = 0
        while pos < len(plain):
            kind, count = _GROUP.unpack_from(plain, pos)
            pos += _GROUP.size
            text = plain[pos : pos + count * _ID_HEX].decode("ascii")
            if len(text) != count * _ID_HEX:
                raise ValueError("truncated group")
            pos += count * _ID_HEX
            self._kinds.update(
                dict.fromkeys((text[i : i + _ID_HEX] for i in range(0, len(text), _ID_HEX)), kind)
            )

    @property
    def needs_rewrite(self) -> bool:
        """True when the next update rewrites the file (it is missing, damaged or long)."""
        return not self._whole or self._batches >= COMPACT_AFTER

    def update(self, learned: dict[str, int], live: Collection[str] = ()) -> None:
        """Add what was learned: append a batch or, when `needs_rewrite`, rewrite the
        file with only the records still in the vault (`live`)."""
        compact = self.needs_rewrite
        if not learned and not compact:
            return
        self._kinds.update(learned)
        with contextlib.suppress(OSError, ConfvaultError):
            storage.make_private_dir(self._dir)
            if compact:
                keep = {rid: k for rid, k in self._kinds.items() if rid in live}
                data = _HEAD.pack(MAGIC, VERSION) + self._batch(keep)
                storage.write_atomic(self.path, data)
                self._kinds, self._batches, self._whole = keep, 1, True
                return
            batch = self._batch(learned)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
            try:
                os.write(fd, batch)  # one write: concurrent appenders never interleave
            finally:
                os.close(fd)
            self._batches += 1

    def _batch(self, kinds: dict[str, int]) -> bytes:
        by_kind: dict[int, list[str]] = {}
        for rid, kind in kinds.items():
            by_kind.setdefault(kind, []).append(rid)
        plain = b"".join(
            _GROUP.pack(kind, len(ids)) + "".join(ids).encode("ascii")
            for kind, ids in sorted(by_kind.items())
        )
        nonce, sealed = crypto.seal(self._key, plain, self._ad)
        return _BATCH.pack(len(sealed), nonce) + sealed
