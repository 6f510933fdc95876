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
from collections.abc import Callable, Iterable
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
    UnsupportedParametersError,
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
from confvault.vault.header import (
    _RECOVERY,
    HeaderFile,
    _build_header,
    _kdf_of,
    mac_matches,
    read_headers,
)
from confvault.vault.reading import Reading

_RECORDS = b"cv1-records"
# (safe to delete when no confvault command is running; the next write clears it)
_TEMP_LEFT = "temp file left by an interrupted write"
# a header file differing from the one opened with in more bytes than this is not
# called damaged when its vault id differs too (see _another_vaults)
_DAMAGE_BYTES = 32
_HEADER_NOT_WRITTEN = "it could not be written again now (is the vault folder read-only?)"


def _another_vaults(file: HeaderFile, good: bytes, vault_id: bytes) -> bool:
    """Is this header file another vault's header, not this one's damaged? Another
    vault's differs in its random fields (vault id, salt, nonces, wraps, MAC: about
    200 bytes); damage to this one's changes a few bytes."""
    data, header = file.data, file.header
    if header is None or data is None or header.vault_id == vault_id:
        return False
    return sum(a != b for a, b in zip(data, good, strict=True)) > _DAMAGE_BYTES


def _same_vault(a: HeaderFile, b: HeaderFile) -> bool:
    return a.header is not None and b.header is not None and a.header.vault_id == b.header.vault_id


def _cost(file: HeaderFile) -> tuple[int, int]:
    h = file.header
    return (0, 0) if h is None else (h.memory_kib, h.time_cost)


def _bytes_of(path: Path) -> bytes | None:
    try:
        return storage.read_bytes(path, 4096)
    except (OSError, ValueError):
        return None


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
            raise VaultExistsError(
                f"a vault already exists at {path}",
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
        return cls._opened(path, unwrap, wrong)

    @classmethod
    def _opened(
        cls, path: Path, unwrap: Callable[[fmt.Header], bytes], wrong: WrongPassphraseError
    ) -> Vault:
        """Open with the header file, or with its copy when the header file is
        missing or damaged, then make the two the same again.

        The copy is used only when the header file is not a header this vault key
        wrote (its MAC fails): a header file that is sound but does not open with
        this secret is an answer, not damage. So an older copy left by a `passwd`
        cut short never lets the old passphrase back in.
        """
        main, copy = read_headers(path)
        tried = [f for f in (main, copy) if f.header is not None]
        if len(tried) == 2 and main.data == copy.data:
            tried = tried[:1]
        elif len(tried) == 2 and _same_vault(main, copy) and _cost(copy) < _cost(main):
            tried.reverse()  # a damaged KDF field may ask for far more work: cheaper first
        changed, refused = False, None
        for file in tried:
            header = file.header
            assert header is not None
            try:
                key = unwrap(header)
            except DecryptionError:
                continue
            except UnsupportedParametersError as exc:
                refused = exc
                continue
            if not mac_matches(header, key):
                changed = True
                continue
            if file is copy and main.header is not None and mac_matches(main.header, key):
                # the header file is sound (the copy is older): it alone decides
                try:
                    unwrap(main.header)
                except DecryptionError:
                    raise wrong from None
                header = main.header
            vault = cls(path, header, key)
            vault._clear_stale_temp_files()
            vault._mend_headers(main, copy)
            return vault
        if changed:
            raise FormatError(
                f"the vault header at {path / fmt.HEADER_FILE} was changed outside confvault",
                hint="Restore confvault.header and confvault.header-copy from a backup; "
                "your notes are untouched.",
            )
        if refused is not None:
            raise refused
        raise wrong

    def _mend_headers(self, main: HeaderFile, copy: HeaderFile) -> None:
        """Write the header opened with over a header file that is missing, damaged or
        older (under the lock, if it is free); `header_notice` says what was done.

        A header file of another vault (another vault id) is never overwritten: if
        it was put there by mistake, it may be the one the records need.
        """
        good = self.header.to_bytes()
        vault_id = self.header.vault_id
        stale = [f for f in (main, copy) if f.data != good]
        foreign = [f for f in stale if _another_vaults(f, good, vault_id)]
        mend = [f for f in stale if f not in foreign]
        done = False
        if mend:
            with (
                contextlib.suppress(LockTimeoutError, StorageError, OSError),
                self.locked(timeout=0),
            ):
                # another command (a passwd) may have written the headers meanwhile
                if all(_bytes_of(f.path) == f.data for f in mend):
                    for f in mend:
                        storage.write_atomic(f.path, good)
                    done = True
        notes = []
        if main in mend:
            notes.append(
                f"{main.path.name} was missing or damaged; it was restored from "
                f"{copy.path.name}. Your notes are untouched."
                if done
                else f"{main.path.name} is missing or damaged; this command used "
                f"{copy.path.name}. Copy that file to {main.path.name} (or run a command "
                "again once the vault folder can be written) to restore it."
            )
        elif copy in mend and copy.data is not None and not self._is_older(copy):
            notes.append(
                f"{copy.path.name} was damaged; it was written again from {main.path.name}."
                if done
                else f"{copy.path.name} is damaged and could not be written again now."
            )
        for f in foreign:
            notes.append(
                f"{f.path.name} is the header of another vault; it was left as it is. If "
                "it was put there by mistake, move it away (keep it: it may belong to "
                "another vault folder)."
            )
        self.header_notice = " ".join(notes) or None

    def _is_older(self, file: HeaderFile) -> bool:
        """Is this a header this vault key wrote before (left by a passwd cut short)?"""
        return file.header is not None and mac_matches(file.header, self._vault_key)

    def change_passphrase(self, new_passphrase: bytes, kdf: crypto.KdfParams) -> None:
        """Re-wrap the vault key under a new passphrase: O(1), notes are untouched."""
        crypto.check_params(kdf)
        with self.locked():
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
        """The header files that are not the header this vault opened with (what
        open could not mend: a read-only folder, a busy lock, another vault's)."""
        good = self.header.to_bytes()
        try:
            files = read_headers(self.path)
        except ConfvaultError as exc:  # both changed since the vault was opened
            return [Problem(fmt.HEADER_FILE, exc.message)]
        problems = []
        for f in files:
            if f.data == good:
                continue
            if _another_vaults(f, good, self.header.vault_id):
                problems.append(Problem(f.path.name, "the header of another vault, left as it is"))
            elif f.data is None:
                problems.append(Problem(f.path.name, "missing; " + _HEADER_NOT_WRITTEN))
            else:
                problems.append(Problem(f.path.name, "damaged or older; " + _HEADER_NOT_WRITTEN))
        return problems

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
