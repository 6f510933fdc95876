"""Record files: listing, reading, sealing and writing them under the vault's write lock."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import (
    DecryptionError,
    FormatError,
    InvalidInputError,
    LockTimeoutError,
    StorageError,
)

_MAX_RECORD_FILE = fmt.MAX_PADDED + 1024


class RecordFiles:
    """Where a vault's records live and how one is read or written (a base of Vault)."""

    path: Path
    header: fmt.Header
    _record_key: bytes
    # Temp files seen in records/ by a listing this object made: cleared at once under
    # the write lock, else at its next write. Records are written through temp files in
    # the vault folder itself (small, cleared at every open and write); records/ only
    # holds older versions' leftovers.
    _temps_seen: list[str] | None = None
    _holding_lock = False

    @property
    def records_dir(self) -> Path:
        return self.path / fmt.RECORDS_DIR

    def _record_files(self) -> list[tuple[str, Path]]:
        try:
            names = os.listdir(self.records_dir)
        except OSError:
            raise StorageError(f"cannot read the records folder {self.records_dir}") from None
        found = []
        temps = []
        for name in names:
            rid = fmt.record_id_from_filename(name)
            if rid is not None:
                found.append((rid.hex(), self.records_dir / name))
            elif name.startswith(storage.TEMP_PREFIX):
                temps.append(name)
        self._listed(temps)
        return sorted(found)

    def _listed(self, temps: list[str]) -> None:
        """The temp files a listing of records/ saw (left there by a killed writer of
        an older version): cleared now when this object holds the write lock (no writer
        is at work then), else remembered for its next write."""
        self._temps_seen = temps
        if self._holding_lock:
            self._clear_seen_temps()

    def _clear_seen_temps(self) -> None:
        for name in self._temps_seen or ():
            with contextlib.suppress(OSError):
                (self.records_dir / name).unlink()
        self._temps_seen = None

    def _read_record(self, record_id: str, path: Path) -> tuple[int, bytes]:
        return self.open_record_file(path, record_id, (fmt.KIND_NOTE, fmt.KIND_CLIENT))

    def open_record_file(
        self, path: Path, record_id: str, kinds: tuple[int, ...]
    ) -> tuple[int, bytes]:
        """Read, authenticate and unpad one record file whose kind is one of kinds.

        Raises FormatError or DecryptionError with a reason that names no content.
        """
        try:
            data = storage.read_bytes(path, _MAX_RECORD_FILE)
        except (OSError, ValueError):
            raise FormatError("the file cannot be read or is far too large") from None
        env = fmt.parse_record(data)
        if env.record_id.hex() != record_id:
            raise FormatError("the file holds another record's data (renamed or swapped)")
        for kind in kinds:
            ad = fmt.record_ad(self.header.vault_id, env.record_id, kind)
            try:
                padded = crypto.unseal(self._record_key, env.nonce, env.ciphertext, ad)
            except DecryptionError:
                continue
            return kind, fmt.unpad(padded)
        raise DecryptionError("it failed authentication: changed, damaged, or from another vault")

    def _write_record(self, record_id: str, kind: int, payload: bytes, *, new: bool) -> None:
        path = self.records_dir / fmt.record_filename(bytes.fromhex(record_id))
        self.write_record_file(path, record_id, kind, payload, new=new)

    def write_record_file(
        self, path: Path, record_id: str, kind: int, payload: bytes, *, new: bool
    ) -> None:
        """Pad, seal (bound to vault, id and kind) and write one record crash-safely.

        Callers outside this class must hold `locked()`.
        """
        rid = bytes.fromhex(record_id)
        ad = fmt.record_ad(self.header.vault_id, rid, kind)
        try:
            padded = fmt.pad(payload)
        except FormatError:
            raise InvalidInputError("that is too large to store as one record") from None
        nonce, ct = crypto.seal(self._record_key, padded, ad)
        data = fmt.RecordEnvelope(rid, nonce, ct).to_bytes()
        # the temp file goes in the vault folder: records/ is never listed to clear it
        temp_dir = self.path if path.parent == self.records_dir else None
        storage.write_atomic(path, data, exclusive=new, temp_dir=temp_dir)

    def check_writable(self) -> None:
        """Refuse now, before the user types a note in an editor, if nothing could be
        saved: the vault or its records folder is read-only."""
        if not all(os.access(p, os.W_OK) for p in (self.path, self.records_dir)):
            raise StorageError(
                "the vault folder is not writable, so nothing could be saved",
                hint="Check the folder's permissions, or that the disk is not mounted read-only.",
            )

    def locked(self, timeout: float = 30.0) -> _Locked:
        """The vault's write lock (also for features that write their own records)."""
        return _Locked(self, timeout)

    def _clear_stale_temp_files(self) -> None:
        """Remove temp files a killed writer left, if no write is in progress right now.

        Every write makes its temp file in the vault folder, which holds a few
        files whatever the number of notes, so this costs the same in any vault.
        A busy lock means a writer is at work (it clears leftovers itself); a
        read-only vault keeps them, and verify reports them.
        """
        if not storage.stale_temp_files(self.path):
            return
        with contextlib.suppress(LockTimeoutError, StorageError), self.locked(timeout=0):
            pass


class _Locked:
    """The write lock, plus clearing temp files a killed writer left behind."""

    def __init__(self, vault: RecordFiles, timeout: float) -> None:
        self._cm = storage.write_lock(vault.path, timeout)
        self._dir = vault.records_dir
        self._vault = vault

    def __enter__(self) -> None:
        self._cm.__enter__()
        for folder in (self._dir.parent, self._dir.parent / fmt.AUDIT_DIR):
            storage.remove_stale_temp_files(folder)
        vault = self._vault
        # an older version's leftovers in records/, seen by a listing this object made:
        # under the lock, no writer is at work, so they are stale
        vault._clear_seen_temps()
        vault._holding_lock = True

    def __exit__(self, *exc: object) -> None:
        self._vault._holding_lock = False
        self._cm.__exit__(*exc)  # type: ignore[arg-type]
