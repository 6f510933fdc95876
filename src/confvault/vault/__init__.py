"""The vault: create, unlock, and read or change clients and notes. Never prompts.

A vault is a folder holding `confvault.header` (KDF settings and the wrapped
vault key) and `records/`, one encrypted file per client or note under a
random id. Adding a note writes one new file and touches nothing else, so two
devices syncing the folder never produce a conflicting file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from confvault import crypto, rollback, storage
from confvault import format as fmt
from confvault.errors import (
    ChangedMeanwhileError,
    ConfvaultError,
    DecryptionError,
    FormatError,
    InvalidInputError,
    LockTimeoutError,
    NotFoundError,
    StorageError,
    VaultExistsError,
    WrongPassphraseError,
)
from confvault.records import (
    Client,
    Note,
    alias_key,
    check_alias,
    check_alias_apart,
    check_identifier,
    check_note_text,
    check_tags,
    look_alike_error,
)
from confvault.recovery import new_recovery_key, parse_recovery_key
from confvault.vault import twin
from confvault.vault.header import (
    _RECOVERY,
    HeaderFile,
    _build_header,
    _kdf_of,
    read_headers,
)
from confvault.vault.reading import Reading

_RECORDS = b"cv1-records"
# (safe to delete when no confvault command is running; the next write clears it)
_TEMP_LEFT = "temp file left by an interrupted write"


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on another system still opens."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class Problem:
    """One thing verify found; `subject` is a record id or a file name, never content."""

    subject: str
    message: str


class Vault(Reading):
    """A vault folder, unlocked: see RecordFiles (files.py) and Reading (reading.py) for
    the record files and the reading."""

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
        # set by open when a header file was restored or could not be (shown by the CLI)
        self.header_notice: str | None = None
        self._choice: twin.Choice | None = None  # how open chose the header (twin.py)
        # This device's memory of record revisions (outside the vault folder).
        self._seen = rollback.RevisionLog(rollback.default_dir(), header.vault_id, vault_key)

    # ---- locations -------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        return any((path / name).is_file() for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE))

    @property
    def kdf(self) -> crypto.KdfParams:
        h = self.header
        return crypto.KdfParams(h.time_cost, h.memory_kib, h.parallelism)

    # ---- create and unlock -----------------------------------------------------------

    @classmethod
    def check_new_location(cls, path: Path) -> None:
        """Refuse a place a new vault cannot go: a vault already, a file, a folder with
        something in it (before any passphrase is asked or key derivation tuned)."""
        if cls.exists(path):
            only_copy = not (path / fmt.HEADER_FILE).is_file()
            raise VaultExistsError(
                f"a vault already exists at {path}"
                + (
                    f" ({fmt.HEADER_FILE} is missing; the next unlock restores it from "
                    f"{fmt.HEADER_COPY_FILE})"
                    if only_copy
                    else ""
                ),
                hint="Use it as it is, or choose another folder with --vault DIR.",
            )
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExistsError(
                f"{path} exists and is not an empty folder",
                hint="Choose a new or empty folder with --vault DIR.",
            )
        # the nearest folder that exists must be one this user may write in (not a
        # file, a broken link, /proc)
        parent = path
        while not parent.exists() and not parent.is_symlink() and parent != parent.parent:
            parent = parent.parent
        if parent != path and (not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK)):
            raise VaultExistsError(
                f"a vault cannot be created at {path}: {parent} is not a folder you may write in",
                hint="Choose another place with --vault DIR.",
            )
        if path.is_symlink() and not path.exists():
            raise VaultExistsError(
                f"{path} is a link to something that does not exist",
                hint="Remove the link, or choose another folder with --vault DIR.",
            )

    @classmethod
    def create(cls, path: Path, passphrase: bytes, kdf: crypto.KdfParams) -> tuple[Vault, str]:
        """Make a new vault; returns it and the recovery key (shown once, never stored)."""
        cls.check_new_location(path)
        crypto.check_params(kdf)
        vault_key = crypto.random_bytes(crypto.KEY_SIZE)
        recovery_key = new_recovery_key()
        header = _build_header(
            crypto.random_bytes(fmt.ID_SIZE), vault_key, passphrase, kdf, recovery_key, None
        )
        storage.make_private_dir(path)
        storage.make_private_dir(path / fmt.RECORDS_DIR)
        storage.write_atomic(path / fmt.HEADER_FILE, header.to_bytes(), exclusive=True)
        storage.write_atomic(path / fmt.HEADER_COPY_FILE, header.to_bytes())
        vault = cls(path, header, vault_key)
        vault._seen.create()
        return vault, recovery_key

    @classmethod
    def open(cls, path: Path, passphrase: bytes) -> Vault:
        keks: dict[tuple[bytes, crypto.KdfParams], bytes] = {}

        def unwrap(header: fmt.Header) -> bytes:
            at = (header.salt, _kdf_of(header))
            if at not in keks:  # the header and its copy share one KDF run
                keks[at] = crypto.derive_kek(passphrase, header.salt, at[1])
            wrap = header.passphrase_wrap
            return crypto.unseal(
                keks[at], wrap.nonce, wrap.wrapped, fmt.wrap_ad(header, b"passphrase")
            )

        wrong = WrongPassphraseError(
            "that passphrase does not open this vault",
            hint="Check Caps Lock and try again. If it is lost, use 'confvault recover' "
            "with your recovery key.",
        )
        return cls._opened(path, unwrap, wrong)

    @classmethod
    def open_with_recovery(cls, path: Path, recovery_key: str) -> Vault:
        read_headers(path)  # a missing vault is reported before a typo in the key
        secret = crypto.subkey(parse_recovery_key(recovery_key), _RECOVERY)

        def unwrap(header: fmt.Header) -> bytes:
            wrap = header.recovery_wrap
            return crypto.unseal(secret, wrap.nonce, wrap.wrapped, fmt.wrap_ad(header, b"recovery"))

        wrong = WrongPassphraseError(
            "that recovery key does not open this vault",
            hint="Make sure it is the key printed when this vault was created.",
        )
        # (a header whose recovery wrap opens proves the key even where its MAC fails:
        # recover then writes a fresh header with that very wrap)
        return cls._opened(path, unwrap, wrong, in_memory=True)

    @classmethod
    def _opened(
        cls,
        path: Path,
        unwrap: twin.Unwrap,
        wrong: WrongPassphraseError,
        in_memory: bool = False,
    ) -> Vault:
        """Open with the header file, or with its copy where the header file is missing
        or damaged (twin.py decides), then mend what may be mended."""
        main, copy = read_headers(path)

        def opens_records(header: fmt.Header, key: bytes) -> bool | None:
            return cls(path, header, key)._records_open()

        choice = twin.choose(main, copy, unwrap, wrong, opens_records, in_memory)
        vault = cls(path, choice.header, choice.key)
        vault._choice = choice
        vault._clear_stale_temp_files()
        vault._mend_headers(main, copy, choice)
        return vault

    def _opens_records(self) -> bool:
        """Does a record open with this vault's key (or is there none to try)?"""
        return self._records_open() is not False

    def _records_open(self) -> bool | None:
        """Does a record open with this vault's key? None when there is none to try.
        Stops at the first that opens (records/ is listed lazily): asked only where a
        header's key is in doubt, or before a header file is written."""
        tried = 0
        try:
            with os.scandir(self.records_dir) as entries:
                for entry in entries:
                    rid = fmt.record_id_from_filename(entry.name)
                    if rid is None:
                        continue
                    tried += 1
                    try:
                        self._read_record(rid.hex(), Path(entry.path))
                        return True
                    except (DecryptionError, FormatError):
                        continue  # (every one is tried: another vault's may come first)
        except OSError:
            return None  # (nothing to judge by)
        return None if tried == 0 else False

    def _mend_headers(self, main: HeaderFile, copy: HeaderFile, choice: twin.Choice) -> None:
        """Write the header in use over the files twin.to_mend names, under the lock if
        it is free at once and if neither file changed since it was read;
        `header_notice` says what was done or left."""
        good = choice.header.to_bytes()
        if main.data == good and copy.data == good:
            return  # the usual case: nothing to mend, nothing to say
        mend = twin.to_mend(main, copy, choice)
        done = False
        known = choice.records_open  # (choose read the records already, where it asked)
        if mend and (known is False or (known is None and not self._opens_records())):
            # no record opens with this key (another vault's header, its passphrase
            # typed?): write nothing, so this folder's own header is never replaced
            self.header_notice = (
                "No record in this vault opens with the header it was opened with, so no "
                "header file was written. If a header file came from another vault, move "
                "it out of the vault folder and use this vault's passphrase."
            )
            return
        if mend:
            with (
                contextlib.suppress(LockTimeoutError, StorageError, OSError),
                self.locked(timeout=0),
            ):
                # another command (a passwd) may have written the headers meanwhile
                if all(twin.bytes_of(f.path) == f.data for f in (main, copy)):
                    for f in mend:
                        storage.write_atomic(f.path, choice.header.to_bytes())
                    done = True
        self.header_notice = " ".join(twin.notices(main, copy, choice, mend, done)) or None

    def change_passphrase(self, new_passphrase: bytes, kdf: crypto.KdfParams) -> None:
        """Re-wrap the vault key under a new passphrase: O(1), notes are untouched."""
        crypto.check_params(kdf)
        with self.locked():
            self.check_header_files_for_passwd()
            header = _build_header(
                self.header.vault_id, self._vault_key, new_passphrase, kdf, None, self.header
            )
            storage.write_atomic(self.path / fmt.HEADER_FILE, header.to_bytes())
            self.header = header
            # (cut short here, the next open writes the copy from the header file)
            storage.write_atomic(self.path / fmt.HEADER_COPY_FILE, header.to_bytes())

    # ---- checking --------------------------------------------------------------------

    def verify(self) -> list[Problem]:
        """Read every file again; report what is damaged, stray or orphaned."""
        self.reload()
        problems = [Problem(rid, reason) for rid, reason in sorted(self._damaged.items())]
        for note in self._notes.values():
            if note.client_id in self._damaged:
                problems.append(
                    Problem(note.id, f"note of the client in record {note.client_id}, unreadable")
                )
            elif note.client_id not in self._clients:
                problems.append(Problem(note.id, "note belongs to a client that no longer exists"))
        problems += self._header_problems()
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

    def _header_problems(self) -> list[Problem]:
        """The header files that are not the header in use, as they are now (what
        opening could not mend, or left for the user), each with what to do."""
        try:
            files = read_headers(self.path)
        except ConfvaultError as exc:  # both changed since the vault was opened
            return [Problem(fmt.HEADER_FILE, exc.message)]
        choice = self._choice or twin.Choice(self.header, self._vault_key)
        problems = []
        for f in files:
            said = twin.problem(f, choice)
            if said is not None:
                problems.append(Problem(f.path.name, said))
        return problems

    def check_header_files_for_passwd(self) -> None:
        """Refuse a new passphrase where writing both header files could replace the
        only header some records need: another vault's, or a file nobody can tell.
        (Called by passwd and recover before they ask for anything, and again under
        the lock.)"""
        try:
            files: tuple[HeaderFile, ...] = read_headers(self.path)
        except ConfvaultError:
            files = ()
        for f in files:
            if twin.blocks_passwd(f, self.header, self._vault_key):
                what = twin.kind(f, self.header, self._vault_key).value
                raise InvalidInputError(
                    f"{f.path.name} is {what}; writing a new passphrase would replace it, so "
                    "nothing was changed",
                    hint=f"Move {f.path.name} out of the vault folder (keep it: it may be "
                    "needed), then run this again.",
                )

    # ---- writing ---------------------------------------------------------------------

    def add_client(
        self, alias: str, name: str | None = None, identifiers: Iterable[str] = ()
    ) -> Client:
        alias = check_alias(alias)
        name = None if name is None else check_identifier(name, "a name")
        idents = tuple(dict.fromkeys(check_identifier(i) for i in identifiers))
        check_alias_apart(alias, (*([name] if name else []), *idents))
        with self.locked():
            self.reload()
            if any(c.alias.casefold() == alias.casefold() for c in self._clients.values()):
                raise InvalidInputError(
                    "a client with that alias already exists",
                    hint="Pick another alias, or see them with 'confvault client list'.",
                )
            if any(alias_key(c.alias) == alias_key(alias) for c in self._clients.values()):
                raise look_alike_error()
            client = Client(id=_new_id(), alias=alias, name=name, identifiers=idents)
            self._write_record(client.id, fmt.KIND_CLIENT, client.to_payload(), new=True)
        self._clients[client.id] = client
        self._seen.saw([(client.id, client.rev)])
        return client

    def update_client(self, client: Client) -> Client:
        check_alias(client.alias)
        check_alias_apart(client.alias, client.terms())
        with self.locked():
            self.reload()
            others = [c for c in self._clients.values() if c.id != client.id]
            if any(c.alias.casefold() == client.alias.casefold() for c in others):
                raise InvalidInputError("another client already has that alias")
            old = self._clients.get(client.id)
            renamed = old is None or old.alias != client.alias  # (an older look-alike stays)
            if renamed and any(alias_key(c.alias) == alias_key(client.alias) for c in others):
                raise look_alike_error()
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
        """Write a changed note (``note.bumped(...)`` of the one read), unless another
        command changed or removed it since: then ChangedMeanwhileError, nothing lost."""
        note = dataclasses.replace(note, text=check_note_text(note.text))  # (line ends)
        path = self.records_dir / fmt.record_filename(bytes.fromhex(note.id))
        with self.locked():
            if not path.exists():
                raise ChangedMeanwhileError("another command removed that note meanwhile")
            try:
                _, payload = self._read_record(note.id, path)
                rev = Note.from_payload(note.id, payload).rev
            except (DecryptionError, FormatError):
                rev = -1  # (its file was changed and cannot be read: not ours to replace)
            if rev != note.rev - 1:
                raise ChangedMeanwhileError("another command changed that note meanwhile")
            self._write_record(note.id, fmt.KIND_NOTE, note.to_payload(), new=False)
        self._notes[note.id] = note
        self._seen.saw([(note.id, note.rev)])
        return note

    def remove_note(self, note: Note) -> None:
        with self.locked():
            storage.remove_file(self.records_dir / fmt.record_filename(bytes.fromhex(note.id)))
        self._notes.pop(note.id, None)
        self._seen.removed([(note.id, note.rev)])


def _new_id() -> str:
    return secrets.token_hex(fmt.ID_SIZE)
