"""Reading a vault: its clients and notes, and the records that could not be read."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import unicodedata
from collections.abc import Iterable

from confvault import format as fmt
from confvault import kinds, rollback, storage
from confvault.errors import (
    AmbiguousError,
    DamagedRecordError,
    DecryptionError,
    FormatError,
    InvalidInputError,
    NotFoundError,
    StorageError,
)
from confvault.records import Client, Note, check_tags
from confvault.vault.files import RecordFiles


class Reading(RecordFiles):
    """The clients and notes read from the record files (a base of Vault)."""

    _clients: dict[str, Client]
    _notes: dict[str, Note]
    _damaged: dict[str, str]
    _restored: dict[str, int]
    _loaded: bool
    _vault_key: bytes
    _seen: rollback.RevisionLog
    # Client records read without the notes, when nothing else needed the notes.
    _client_only: dict[str, Client] | None = None

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
            hint = "See your clients with 'confvault client list'."
            unread = self.unread_clients()  # (reads everything: only on this error path)
            if unread:
                hint = (
                    f"{len(unread)} record(s) could not be read; if this client's is among "
                    "them, 'confvault verify' names them. Otherwise see your clients with "
                    "'confvault client list'."
                )
            raise NotFoundError("no client has that alias", hint=hint)
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

    def is_damaged(self, record_id: str) -> bool:
        """Whether this record could not be read (damaged, or an older copy put back)."""
        self._ensure_loaded()
        return record_id in self._damaged

    @property
    def damaged(self) -> dict[str, str]:
        """Record id -> reason for every record that could not be read."""
        self._ensure_loaded()
        return dict(self._damaged)

    def search(
        self, query: str, client: Client | None = None
    ) -> list[tuple[Note, list[tuple[int, int]]]]:
        """Search in note text, blind to case and accents ("zoe" finds "Zoë"); returns
        notes and match offsets in the text as written."""
        if not query.strip():
            raise InvalidInputError("say what to search for")
        table = _accent_table()
        words = unicodedata.normalize("NFC", query).translate(table).split()
        pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
        hits = []
        for note in self.notes(client):
            text = note.text if note.text.isascii() else note.text.translate(table)
            spans = [m.span() for m in pattern.finditer(text)]
            if spans:
                hits.append((note, spans))
        return hits

    def unread_clients(self) -> list[str]:
        """The ids of the records that may be clients and could not be read (damaged, or
        an older copy put back: all but those this device last read as notes, its kind
        cache) or are gone (a note's client with no record). Such a client is unknown
        here, and so are its identifiers."""
        damaged = self.damaged
        # a note's client whose record is gone altogether (a sync deleted it, a restore
        # missed it) is as unknown as a damaged one
        missing = {n.client_id for n in self._notes.values() if n.client_id not in self._clients}
        if not damaged:
            return sorted(missing)
        cache = kinds.KindCache(kinds.default_dir(), self.header.vault_id, self._vault_key)
        notes = cache.load().get(fmt.KIND_NOTE, ())
        return sorted(missing | {rid for rid in damaged if rid + fmt.RECORD_SUFFIX not in notes})

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


@functools.cache
def _accent_table() -> dict[int, str]:
    """Each accented Latin letter to its letter ("ë" to "e"), one character for one so
    that offsets stay those of the text as written."""
    table = {ord(k): v for k, v in zip("øØłŁđĐħĦŧŦı", "oOlLdDhHtTi", strict=True)}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):  # (Vietnamese: 1Exx)
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table
