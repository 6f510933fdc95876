"""The export audit log: chained, encrypted, and loud about removed or edited entries."""

from __future__ import annotations

import os
from pathlib import Path

from confvault import audit
from confvault import format as fmt
from confvault.vault import Vault


def log_files(vault_path: Path) -> list[Path]:
    return sorted(p for p in (vault_path / "audit").iterdir() if p.name.endswith(".rec"))


def by_seq(vault: Vault, vault_path: Path) -> dict[int, Path]:
    """Map sequence numbers to files (by reading each one)."""
    out = {}
    for p in log_files(vault_path):
        _, payload = vault.open_record_file(p, p.name[:32], (fmt.KIND_AUDIT,))
        out[audit._parse_entry(payload).seq] = p
    return out


def test_entries_chain_and_read_back(vault: Vault, vault_path: Path) -> None:
    for i in range(3):
        audit.append(vault, {"aliases": ["River"], "format": "md", "n": i})
    got = audit.entries(vault)
    assert [e.seq for e in got] == [1, 2, 3]
    assert [e.fields["n"] for e in got] == [0, 1, 2]
    assert got[1].prev == got[0].digest and got[2].prev == got[1].digest
    assert audit.verify(vault) == []
    blob = b"".join(p.read_bytes() for p in (vault_path / "audit").iterdir())
    assert b"River" not in blob


def test_empty_log_is_fine(vault: Vault) -> None:
    assert audit.entries(vault) == [] and audit.verify(vault) == []


def test_deleted_middle_entry_is_detected(vault: Vault, vault_path: Path) -> None:
    for i in range(3):
        audit.append(vault, {"n": i})
    by_seq(vault, vault_path)[2].unlink()
    problems = audit.verify(vault)
    assert problems and "missing" in problems[0].message


def test_deleted_last_entry_is_detected(vault: Vault, vault_path: Path) -> None:
    for i in range(3):
        audit.append(vault, {"n": i})
    by_seq(vault, vault_path)[3].unlink()
    assert any("should hold 3" in p.message for p in audit.verify(vault))


def test_deleted_head_is_detected(vault: Vault, vault_path: Path) -> None:
    for i in range(2):
        audit.append(vault, {"n": i})
    (vault_path / "audit" / "head").unlink()
    assert any("head is missing" in p.message for p in audit.verify(vault))


def test_edited_entry_is_detected(vault: Vault, vault_path: Path) -> None:
    for i in range(2):
        audit.append(vault, {"n": i})
    f = by_seq(vault, vault_path)[1]
    data = bytearray(f.read_bytes())
    data[60] ^= 1
    f.write_bytes(bytes(data))
    problems = audit.verify(vault)
    assert any("damaged" in p.message for p in problems)
    assert any(p.subject.startswith("audit") for p in problems)


def test_replaced_entry_with_valid_older_log_is_detected(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """Roll the whole log back to an earlier copy except the head: the head notices."""
    audit.append(vault, {"n": 0})
    saved = {p.name: p.read_bytes() for p in (vault_path / "audit").iterdir()}
    audit.append(vault, {"n": 1})
    for p in log_files(vault_path):
        if p.name not in saved:
            p.unlink()
    assert audit.verify(vault) != []


def test_crash_between_entry_and_head_is_accepted_and_repaired(
    vault: Vault, vault_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    audit.append(vault, {"n": 0})
    real = vault.write_record_file

    def crash_on_head(path, *a, **k):  # type: ignore[no-untyped-def]
        if path.name == "head":
            raise KeyboardInterrupt  # the process dies here
        return real(path, *a, **k)

    monkeypatch.setattr(vault, "write_record_file", crash_on_head)
    try:
        audit.append(vault, {"n": 1})
    except KeyboardInterrupt:
        pass
    monkeypatch.undo()
    assert audit.verify(vault) == []
    audit.append(vault, {"n": 2})
    assert [e.seq for e in audit.entries(vault)] == [1, 2, 3] and audit.verify(vault) == []


def test_audit_files_are_private(vault: Vault, vault_path: Path) -> None:
    old = os.umask(0)
    try:
        audit.append(vault, {"n": 0})
    finally:
        os.umask(old)
    assert os.stat(vault_path / "audit").st_mode & 0o777 == 0o700
    for p in (vault_path / "audit").iterdir():
        assert p.stat().st_mode & 0o777 == 0o600
