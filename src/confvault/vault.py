"""The vault: create, unlock, and read or change clients and notes. Never prompts.

A vault is a folder holding `confvault.header` (KDF settings and the wrapped
vault key) and `records/`, one encrypted file per client or note under a
random id. Adding a note writes one new file and touches nothing else, so two
devices syncing the folder never produce a conflicting file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from confvault import crypto, kinds, rollback, storage
from confvault import format as fmt
from confvault.errors import (
    AmbiguousError,
    DamagedRecordError,
    DecryptionError,
    FormatError,
    InvalidInputError,
    LockTimeoutError,
    NotFoundError,
    StorageError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from confvault.records import (
    Client,
    Note,
    check_alias,
    check_identifier,
    check_note_text,
    check_tags,
)
from confvault.recovery import new_recovery_key, parse_recovery_key

_HEADER_MAC = b"cv1-header-mac"
_RECORDS = b"cv1-records"
_RECOVERY = b"cv1-recovery"
# (safe to delete when no confvault command is running; the next write clears it)
_TEMP_LEFT = "temp file left by an interrupted write"
_MAX_RECORD_FILE = fmt.MAX_PADDED + 1024


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another system still opens."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Problem:
    """One thing verify found; `subject` is a record id or a file name, never content."""

    subject: str
    message: str


class Vault:
    # Client records read without the notes, when nothing else needed the notes.
    _client_only: dict[str, Client] | None = None
    # Temp files seen in records/ by a listing this object made: cleared at once under
    # the write lock, else at its next write. Records are written through temp files in
    # the vault folder itself (small, cleared at every open and write); records/ only
    # holds older versions' leftovers.
    _temps_seen: list[str] | None = None
    _holding_lock = False

    def __init__(self, path: Path, header: fmt.Header, vault_key: bytes) -> None:
        self.path = path
        self.header = header
        self._record_key = crypto.subkey(vault_key, _RECORDS)
        self._vault_key = vault_key
        self._clients: dict[str, Client] = {}
        self._notes: dict[str, Note] = {}
        self._damaged: dict[str, str] = {}
        self._restored: dict[str, int] = {}
        self._loaded = False
        # This device's memory of record revisions (outside the vault folder).
        self._seen = rollback.RevisionLog(rollback.default_dir(), header.vault_id, vault_key)

    # ---- locations -------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        return (path / fmt.HEADER_FILE).is_file()

    @property
    def records_dir(self) -> Path:
        return self.path / fmt.RECORDS_DIR

    @property
    def kdf(self) -> crypto.KdfParams:
        h = self.header
        return crypto.KdfParams(h.time_cost, h.memory_kib, h.parallelism)

    # ---- create and unlock -----------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: bytes, kdf: crypto.KdfParams) -> tuple[Vault, str]:
        """Make a new vault; returns it and the recovery key (shown once, never stored)."""
        if cls.exists(path):
            raise VaultExistsError(
                f"a vault already exists at {path}",
                hint="Use it as it is, or choose another folder with --vault DIR.",
            )
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExistsError(
                f"{path} exists and is not an empty folder",
                hint="Choose a new or empty folder with --vault DIR.",
            )
        crypto.check_params(kdf)
        vault_key = crypto.random_bytes(crypto.KEY_SIZE)
        recovery_key = new_recovery_key()
        header = _build_header(
            crypto.random_bytes(fmt.ID_SIZE), vault_key, passphrase, kdf, recovery_key, None
        )
        storage.make_private_dir(path)
        storage.make_private_dir(path / fmt.RECORDS_DIR)
        storage.write_atomic(path / fmt.HEADER_FILE, header.to_bytes(), exclusive=True)
        vault = cls(path, header, vault_key)
        vault._seen.create()
        return vault, recovery_key

    @classmethod
    def open(cls, path: Path, passphrase: bytes) -> Vault:
        header = read_header(path)
        kek = crypto.derive_kek(passphrase, header.salt, _kdf_of(header))
        try:
            key = crypto.unseal(
                kek,
                header.passphrase_wrap.nonce,
                header.passphrase_wrap.wrapped,
                fmt.wrap_ad(header, b"passphrase"),
            )
        except DecryptionError:
            raise WrongPassphraseError(
                "that passphrase does not open this vault",
                hint="Check Caps Lock and try again. If it is lost, use 'confvault recover' "
                "with your recovery key.",
            ) from None
        return cls._checked(path, header, key)

    @classmethod
    def open_with_recovery(cls, path: Path, recovery_key: str) -> Vault:
        header = read_header(path)
        secret = parse_recovery_key(recovery_key)
        try:
            key = crypto.unseal(
                crypto.subkey(secret, _RECOVERY),
                header.recovery_wrap.nonce,
                header.recovery_wrap.wrapped,
                fmt.wrap_ad(header, b"recovery"),
            )
        except DecryptionError:
            raise WrongPassphraseError(
                "that recovery key does not open this vault",
                hint="Make sure it is the key printed when this vault was created.",
            ) from None
        return cls._checked(path, header, key)

    @classmethod
    def _checked(cls, path: Path, header: fmt.Header, key: bytes) -> Vault:
        if not crypto.mac_matches(
            crypto.subkey(key, _HEADER_MAC), header.authenticated(), header.mac
        ):
            raise FormatError(
                f"the vault header at {path / fmt.HEADER_FILE} was changed outside confvault",
                hint="Restore confvault.header from a backup; your notes are untouched.",
            )
        vault = cls(path, header, key)
        vault._clear_stale_temp_files()
        return vault

    def change_passphrase(self, new_passphrase: bytes, kdf: crypto.KdfParams) -> None:
        """Re-wrap the vault key under a new passphrase: O(1), notes are untouched."""
        crypto.check_params(kdf)
        with self.locked():
            header = _build_header(
                self.header.vault_id, self._vault_key, new_passphrase, kdf, None, self.header
            )
            storage.write_atomic(self.path / fmt.HEADER_FILE, header.to_bytes())
            self.header = header

    # ---- reading ---------------------------------------------------------------------

    def _ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._clients, self._notes, self._damaged, self._restored = {}, {}, {}, {}
        self._seen.load()
        seen = []
        for record_id, path in self._record_files():
            try:
                kind, payload = self._read_record(record_id, path)
                item: Client | Note
                if kind == fmt.KIND_CLIENT:
                    item = Client.from_payload(record_id, payload)
                else:
                    item = Note.from_payload(record_id, payload)
            except (DecryptionError, FormatError) as exc:
                self._damaged[record_id] = exc.message
                continue
            older = self._seen.verdict(record_id, item.rev)
            if older:
                self._damaged[record_id] = older
                self._restored[record_id] = item.rev
            elif isinstance(item, Client):
                self._clients[record_id] = item
            else:
                self._notes[record_id] = item
            seen.append((record_id, item.rev))
        self._seen.saw(seen)
        self._loaded = True

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

    def clients(self) -> list[Client]:
        self._ensure_loaded()
        return sorted(self._clients.values(), key=lambda c: c.alias.casefold())

    def client(self, alias: str, oldest_if_shared: bool = False) -> Client:
        """The client with this alias (case-insensitive).

        Two devices that each added the same alias before syncing leave two
        clients sharing it; that is an error, except where the caller renames
        (oldest_if_shared picks the first-added one so it can be renamed).
        """
        wanted = unicodedata.normalize("NFC", alias.strip()).casefold()
        clients = self._clients if self._loaded else self._client_records()
        matches = [c for c in clients.values() if c.alias.casefold() == wanted]
        if not matches:
            raise NotFoundError(
                "no client has that alias", hint="See your clients with 'confvault client list'."
            )
        if len(matches) > 1 and oldest_if_shared:
            return min(matches, key=lambda c: (c.created, c.id))
        if len(matches) > 1:
            raise AmbiguousError(
                "two clients share that alias (added on two devices before they synced)",
                hint="Rename one: 'confvault client edit ALIAS --rename NEW' picks the oldest.",
            )
        return matches[0]

    def client_by_id(self, client_id: str) -> Client | None:
        self._ensure_loaded()
        return self._clients.get(client_id)

    def _client_records(self) -> dict[str, Client]:
        """The client records alone, for a command that needs a client and no notes.

        This device's kind cache (kinds.py) says which record files hold notes;
        only the others are read, so finding a client costs O(clients) reads,
        not O(notes). Records the cache does not know are read once and
        learned. Damaged records are skipped here: commands that read
        everything, and verify, report them.
        """
        if self._client_only is not None:
            return self._client_only
        cache = kinds.KindCache(kinds.default_dir(), self.header.vault_id, self._vault_key)
        known = cache.load()
        try:
            names = os.listdir(self.records_dir)
        except OSError:
            raise StorageError(f"cannot read the records folder {self.records_dir}") from None
        others = set(names)
        # only a rewrite of the cache needs the names still in the vault
        live = {n for n in others if n.endswith(fmt.RECORD_SUFFIX)} if cache.needs_rewrite else ()
        others.difference_update(known.get(fmt.KIND_NOTE, ()))
        known_clients = known.get(fmt.KIND_CLIENT, set())
        clients: dict[str, Client] = {}
        learned: dict[str, int] = {}
        temps: list[str] = []
        for name in others:
            rid = fmt.record_id_from_filename(name)
            if rid is None:
                if name.startswith(storage.TEMP_PREFIX):
                    temps.append(name)
                continue
            record_id = rid.hex()
            try:
                kind, payload = self._read_record(record_id, self.records_dir / name)
                if kind == fmt.KIND_CLIENT:
                    client = Client.from_payload(record_id, payload)
                    # an older copy put back is as unreadable here as in reload()
                    if not self._seen.verdict(record_id, client.rev):
                        clients[record_id] = client
            except (DecryptionError, FormatError):
                continue
            if name not in known_clients:
                learned[name] = kind
        cache.update(learned, live)
        self._client_only = clients
        self._listed(temps)
        return clients

    def notes(
        self,
        client: Client | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        tags: Iterable[str] = (),
    ) -> list[Note]:
        self._ensure_loaded()
        wanted = set(check_tags(list(tags)))
        out = [
            n
            for n in self._notes.values()
            if (client is None or n.client_id == client.id)
            and (since is None or n.date >= since)
            and (until is None or n.date <= until)
            and wanted.issubset(n.tags)
        ]
        return sorted(out, key=lambda n: (n.date, n.created, n.id))

    def note(self, prefix: str) -> Note:
        """Find a note by its id or any unique prefix of it."""
        self._ensure_loaded()
        p = prefix.strip().lower()
        if not re.fullmatch(r"[0-9a-f]{1,32}", p):
            raise InvalidInputError(
                "a note id is made of the digits 0-9 and letters a-f",
                hint="See ids with 'confvault note list'.",
            )
        hits = [i for i in self._notes if i.startswith(p)]
        damaged = [i for i in self._damaged if i.startswith(p)]
        if len(hits) + len(damaged) > 1:
            raise AmbiguousError(
                f"more than one note id starts with {p}", hint="Type a few more characters."
            )
        if damaged:
            raise DamagedRecordError(damaged[0], self._damaged[damaged[0]])
        if not hits:
            raise NotFoundError(
                f"no note id starts with {p}", hint="See ids with 'confvault note list'."
            )
        return self._notes[hits[0]]

    @property
    def damaged(self) -> dict[str, str]:
        """Record id -> reason for every record that could not be read."""
        self._ensure_loaded()
        return dict(self._damaged)

    def search(
        self, query: str, client: Client | None = None
    ) -> list[tuple[Note, list[tuple[int, int]]]]:
        """Case-insensitive search in note text; returns notes and match offsets."""
        if not query.strip():
            raise InvalidInputError("say what to search for")
        pattern = re.compile(r"\s+".join(map(re.escape, query.split())), re.IGNORECASE)
        hits = []
        for note in self.notes(client):
            spans = [m.span() for m in pattern.finditer(note.text)]
            if spans:
                hits.append((note, spans))
        return hits

    @property
    def restored(self) -> dict[str, int]:
        """Record id -> revision in the file, for records put back to an older copy."""
        self._ensure_loaded()
        return dict(self._restored)

    def rollback_status(self) -> str:
        """A sentence on this device's memory of revisions (for verify; not a problem)."""
        return self._seen.status(len(self._restored) if self._loaded else 0)

    def accept_restored(self) -> list[str]:
        """Trust the older copies now in the vault (the user put them back on purpose)."""
        restored = self.restored
        self._seen.accept(sorted(restored.items()))
        self.reload()
        return sorted(restored)

    def verify(self) -> list[Problem]:
        """Read every file again; report what is damaged, stray or orphaned."""
        self.reload()
        problems = [Problem(rid, reason) for rid, reason in sorted(self._damaged.items())]
        for note in self._notes.values():
            if note.client_id not in self._clients:
                problems.append(Problem(note.id, "note belongs to a client that no longer exists"))
        for temp in storage.stale_temp_files(self.path):  # a writer's, if one is at work
            if storage.own_temp_file(temp) is not None:  # (a folder so named is not ours)
                problems.append(Problem(temp.name, _TEMP_LEFT + " (in the vault folder)"))
        for name in sorted(os.listdir(self.records_dir)):
            if name.startswith(storage.TEMP_PREFIX):
                problems.append(Problem(name, _TEMP_LEFT + " (in records/)"))
            elif fmt.record_id_from_filename(name) is None:
                problems.append(
                    Problem(name, "unexpected file in records/ (a sync conflict copy?)")
                )
        return problems

    # ---- writing ---------------------------------------------------------------------

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

    def add_client(
        self, alias: str, name: str | None = None, identifiers: Iterable[str] = ()
    ) -> Client:
        alias = check_alias(alias)
        name = None if name is None else check_identifier(name, "a name")
        idents = tuple(dict.fromkeys(check_identifier(i) for i in identifiers))
        with self.locked():
            self.reload()
            if any(c.alias.casefold() == alias.casefold() for c in self._clients.values()):
                raise InvalidInputError(
                    "a client with that alias already exists",
                    hint="Pick another alias, or see them with 'confvault client list'.",
                )
            client = Client(id=_new_id(), alias=alias, name=name, identifiers=idents)
            self._write_record(client.id, fmt.KIND_CLIENT, client.to_payload(), new=True)
        self._clients[client.id] = client
        self._seen.saw([(client.id, client.rev)])
        return client

    def update_client(self, client: Client) -> Client:
        check_alias(client.alias)
        with self.locked():
            self.reload()
            clash = [
                c
                for c in self._clients.values()
                if c.alias.casefold() == client.alias.casefold() and c.id != client.id
            ]
            if clash:
                raise InvalidInputError("another client already has that alias")
            self._write_record(client.id, fmt.KIND_CLIENT, client.to_payload(), new=False)
        self._clients[client.id] = client
        self._seen.saw([(client.id, client.rev)])
        return client

    def remove_client(self, client: Client) -> int:
        """Remove a client and all their notes (notes first, so nothing is orphaned).

        The notes are gathered again under the lock: one another command added while
        the user confirmed the removal goes too."""
        with self.locked():
            self.reload()
            notes = self.notes(client)
            for note in notes:
                storage.remove_file(self.records_dir / fmt.record_filename(bytes.fromhex(note.id)))
                del self._notes[note.id]
            storage.remove_file(self.records_dir / fmt.record_filename(bytes.fromhex(client.id)))
        self._clients.pop(client.id, None)
        self._seen.removed([(n.id, n.rev) for n in notes] + [(client.id, client.rev)])
        return len(notes)

    def add_note(self, client: Client, text: str, date: dt.date, tags: Iterable[str] = ()) -> Note:
        note = Note(
            id=_new_id(),
            client_id=client.id,
            date=date,
            text=check_note_text(text),
            tags=check_tags(list(tags)),
        )
        with self.locked():
            # (another command may have removed the client since it was looked up)
            if not (self.records_dir / fmt.record_filename(bytes.fromhex(client.id))).exists():
                raise NotFoundError(
                    "that client was removed by another confvault command a moment ago; "
                    "the note was not saved",
                    hint="See your clients with 'confvault client list'.",
                )
            self._write_record(note.id, fmt.KIND_NOTE, note.to_payload(), new=True)
        if self._loaded:
            self._notes[note.id] = note
        self._seen.saw([(note.id, note.rev)])
        return note

    def update_note(self, note: Note) -> Note:
        check_note_text(note.text)
        with self.locked():
            self._write_record(note.id, fmt.KIND_NOTE, note.to_payload(), new=False)
        self._notes[note.id] = note
        self._seen.saw([(note.id, note.rev)])
        return note

    def remove_note(self, note: Note) -> None:
        with self.locked():
            storage.remove_file(self.records_dir / fmt.record_filename(bytes.fromhex(note.id)))
        self._notes.pop(note.id, None)
        self._seen.removed([(note.id, note.rev)])


class _Locked:
    """The write lock, plus clearing temp files a killed writer left behind."""

    def __init__(self, vault: Vault, timeout: float) -> None:
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


def _new_id() -> str:
    return secrets.token_hex(fmt.ID_SIZE)


def _kdf_of(header: fmt.Header) -> crypto.KdfParams:
    return crypto.KdfParams(header.time_cost, header.memory_kib, header.parallelism)


def read_header(path: Path) -> fmt.Header:
    file = path / fmt.HEADER_FILE
    if not file.is_file():
        raise VaultNotFoundError(f"there is no vault at {path}")
    try:
        data = storage.read_bytes(file, 4096)
    except (OSError, ValueError):
        raise FormatError(f"{file} cannot be read or is not a vault header") from None
    try:
        return fmt.parse_header(data)
    except FormatError as exc:
        raise type(exc)(f"{file}: {exc.message}", exc.hint) from None


def _build_header(
    vault_id: bytes,
    vault_key: bytes,
    passphrase: bytes,
    kdf: crypto.KdfParams,
    recovery_key: str | None,
    previous: fmt.Header | None,
) -> fmt.Header:
    """A header wrapping vault_key under passphrase, and under the recovery key
    (new one given) or keeping the previous header's recovery wrap."""
    salt = crypto.random_bytes(fmt.SALT_SIZE)
    empty = fmt.Wrap(b"\0" * fmt.NONCE_SIZE, b"\0" * fmt.WRAPPED_KEY_SIZE)
    draft = fmt.Header(
        vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, empty, empty, b""
    )
    kek = crypto.derive_kek(passphrase, salt, kdf)
    pw = fmt.Wrap(*crypto.seal(kek, vault_key, fmt.wrap_ad(draft, b"passphrase")))
    if recovery_key is not None:
        rkey = crypto.subkey(parse_recovery_key(recovery_key), _RECOVERY)
        rw = fmt.Wrap(*crypto.seal(rkey, vault_key, fmt.wrap_ad(draft, b"recovery")))
    else:
        if previous is None:
            raise ValueError("keeping the recovery wrap needs the previous header")
        # The recovery wrap binds only the vault's identity, so it stays valid.
        rw = previous.recovery_wrap
    body = fmt.Header(vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, pw, rw, b"")
    tag = crypto.mac(crypto.subkey(vault_key, _HEADER_MAC), body.authenticated())
    return fmt.Header(vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, pw, rw, tag)
