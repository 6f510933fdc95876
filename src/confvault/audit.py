"""The export audit log: encrypted, append-only, hash-chained.

Each export adds one record (kind 3) under `VAULT/audit/<random id>.rec`
holding its sequence number and the hash of the previous entry; a head
record (kind 4, `VAULT/audit/head`) holds the last sequence number and hash.
A removed, edited, reordered or truncated entry breaks the chain or the head
and `verify()` reports it. A crash between writing an entry and the head
leaves one well-chained entry beyond the head; that is accepted and the next
append repairs the head.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import DecryptionError, FormatError
from confvault.records import now_utc
from confvault.vault import Problem, Vault


@dataclass(frozen=True)
class Entry:
    seq: int
    prev: str
    fields: dict[str, Any]
    digest: str

    @property
    def time(self) -> str:
        return str(self.fields.get("time", ""))


def _genesis(vault: Vault) -> str:
    return crypto.digest(b"confvault/audit/genesis" + vault.header.vault_id).hex()


def _payload(seq: int, prev: str, fields: dict[str, Any]) -> bytes:
    body = {"seq": seq, "prev": prev, **fields}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _parse_entry(payload: bytes) -> Entry:
    try:
        body = json.loads(payload.decode("utf-8"))
        seq, prev = int(body.pop("seq")), str(body.pop("prev"))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise FormatError("audit entry is malformed") from None
    return Entry(seq, prev, body, crypto.digest(payload).hex())


def _read_head(vault: Vault) -> tuple[int, str] | None:
    path = vault.path / fmt.AUDIT_DIR / fmt.AUDIT_HEAD_FILE
    if not path.exists():
        return None
    _, payload = vault.open_record_file(path, fmt.AUDIT_HEAD_ID.hex(), (fmt.KIND_AUDIT_HEAD,))
    try:
        body = json.loads(payload.decode("utf-8"))
        return int(body["seq"]), str(body["hash"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise FormatError("audit head is malformed") from None


def _read_entries(vault: Vault) -> tuple[list[Entry], list[Problem]]:
    folder = vault.path / fmt.AUDIT_DIR
    entries: list[Entry] = []
    problems: list[Problem] = []
    if not folder.is_dir():
        return entries, problems
    for name in sorted(os.listdir(folder)):
        rid = fmt.record_id_from_filename(name)
        if rid is None:
            if name != fmt.AUDIT_HEAD_FILE and not name.startswith(storage.TEMP_PREFIX):
                problems.append(Problem(f"audit/{name}", "unexpected file in the audit log"))
            continue
        try:
            _, payload = vault.open_record_file(folder / name, rid.hex(), (fmt.KIND_AUDIT,))
            entries.append(_parse_entry(payload))
        except (FormatError, DecryptionError) as exc:
            problems.append(Problem(f"audit/{name}", f"audit entry damaged ({exc.message})"))
    entries.sort(key=lambda e: e.seq)
    return entries, problems


def entries(vault: Vault) -> list[Entry]:
    """All readable entries, oldest first (use verify() to check the chain)."""
    return _read_entries(vault)[0]


def verify(vault: Vault) -> list[Problem]:
    """Check every entry, the chain of hashes and the head."""
    found, problems = _read_entries(vault)
    try:
        head = _read_head(vault)
    except (FormatError, DecryptionError) as exc:
        return [*problems, Problem("audit/head", f"audit head damaged ({exc.message})")]
    prev = _genesis(vault)
    for expected, entry in enumerate(found, start=1):
        if entry.seq != expected:
            problems.append(
                Problem(f"audit #{expected}", "an audit entry is missing (the chain has a gap)")
            )
            break
        if entry.prev != prev:
            problems.append(Problem(f"audit #{entry.seq}", "the chain is broken before this entry"))
            break
        prev = entry.digest
    count = len(found)
    if head is None:
        if count > 1:  # one entry without a head is an append interrupted by a crash
            problems.append(Problem("audit/head", "the audit head is missing"))
        return problems
    head_seq, head_hash = head
    if head_seq < 1 or count < head_seq:
        problems.append(
            Problem("audit/head", f"the log should hold {head_seq} entries; {count} remain")
        )
    elif found[head_seq - 1].digest != head_hash:
        problems.append(Problem("audit/head", "the last recorded entry was changed"))
    elif count > head_seq + 1:
        problems.append(Problem("audit/head", "entries were added outside confvault"))
    return problems


def append(vault: Vault, fields: dict[str, Any]) -> Entry:
    """Add one entry (under the vault's write lock) and move the head to it."""
    folder = vault.path / fmt.AUDIT_DIR
    storage.make_private_dir(folder)
    with vault.locked():
        storage.remove_stale_temp_files(folder)
        found, _ = _read_entries(vault)
        last = found[-1] if found else None
        seq = (last.seq + 1) if last else 1
        prev = last.digest if last else _genesis(vault)
        payload = _payload(seq, prev, {"time": now_utc(), **fields})
        rid = secrets.token_hex(fmt.ID_SIZE)
        vault.write_record_file(
            folder / fmt.record_filename(bytes.fromhex(rid)), rid, fmt.KIND_AUDIT, payload, new=True
        )
        entry = _parse_entry(payload)
        head = json.dumps({"seq": seq, "hash": entry.digest}).encode()
        vault.write_record_file(
            folder / fmt.AUDIT_HEAD_FILE,
            fmt.AUDIT_HEAD_ID.hex(),
            fmt.KIND_AUDIT_HEAD,
            head,
            new=False,
        )
    return entry
