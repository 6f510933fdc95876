"""A record that cannot be read may be a client: check and redact must not look
complete without that client's identifiers (a new user's review, session 16)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from confvault import format as fmt
from confvault.vault import Vault
from tests.conftest import Result

CLI = Callable[..., Result]


def _flip(vault: Vault, record_id: str) -> None:
    path = vault.records_dir / (record_id + fmt.RECORD_SUFFIX)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _two_clients(vault: Vault) -> tuple[str, str]:
    wren = vault.add_client("Wren", name="Ottoline Brandt", identifiers=["Kestrel Bakery"])
    river = vault.add_client("River", name="Jordan Ellis")
    note = vault.add_note(river, "Talked about work.", dt.date(2025, 3, 3), [])
    return wren.id, note.id


def test_check_with_a_damaged_client_record_is_incomplete(
    vault: Vault, cli: CLI, tmp_path: Path
) -> None:
    wren, _ = _two_clients(vault)
    _flip(vault, wren)
    draft = tmp_path / "t.txt"
    draft.write_text("otto at Kestrel Bakery\n")
    r = cli("check", str(draft))
    assert r.code == 2
    assert "may be clients could not be read or are missing" in r.err and "go unchecked" in r.err
    assert "confvault verify" in r.err
    assert "with your clients' registered identifiers" not in r.out
    assert "with the readable clients' registered identifiers" in r.out
    r = cli("check", str(draft), "--json")
    data = json.loads(r.out)
    assert data["ok"] is False and data["exit_code"] == 2
    assert any("may be clients" in n for n in data["notes"])


def test_check_with_a_damaged_note_known_as_one_stays_complete(
    vault: Vault, cli: CLI, tmp_path: Path
) -> None:
    _, note = _two_clients(vault)
    # a client lookup reads every record this device does not know yet (kind cache)
    assert cli("client", "show", "River").code == 0
    _flip(vault, note)
    draft = tmp_path / "t.txt"
    draft.write_text("a plain sentence about the weather\n")
    r = cli("check", str(draft))
    assert r.code == 0, r.err
    assert "could not be read, and a client" not in r.err


def test_redact_refuses_without_a_damaged_clients_identifiers(vault: Vault, cli: CLI) -> None:
    wren, _ = _two_clients(vault)
    _flip(vault, wren)
    r = cli("redact", "-", stdin=b"otto at Kestrel Bakery\n")
    assert r.code != 0
    assert r.out == ""  # nothing printed that would look redacted
    assert "go unchecked" in r.err
    # one readable client, asked for by name, is still fine
    r = cli("redact", "--client", "River", "-", stdin=b"Jordan was late\n")
    assert r.code == 0 and "Jordan" not in r.out


def test_a_damaged_clients_notes_and_alias_say_so(vault: Vault, cli: CLI) -> None:
    wren = vault.add_client("Wren", name="Ottoline Brandt")
    note = vault.add_note(wren, "Talked about work.", dt.date(2025, 3, 3), [])
    _flip(vault, wren.id)
    assert "(unreadable client)" in cli("ls").out
    r = cli("add", "Wren", "-m", "more")
    assert r.code == 1 and "no client has that alias" in r.err
    assert "1 record(s) could not be read" in r.err and "confvault verify" in r.err
    problems = {
        p["subject"]: p["message"] for p in json.loads(cli("verify", "--json").out)["problems"]
    }
    assert problems[note.id] == f"note of the client in record {wren.id}, unreadable"


def test_export_refuses_while_a_client_record_is_unreadable(vault: Vault, cli: CLI) -> None:
    wren, _ = _two_clients(vault)
    river = next(c for c in vault.clients() if c.alias == "River")
    vault.add_note(river, "Wren's Kestrel Bakery again.", dt.date.today(), [])
    _flip(vault, wren)
    r = cli("export", "River", "-o", "x.md")
    assert r.code == 1 and "would keep their names in this export" in r.err
    assert "nothing was written" in r.err and not Path("x.md").exists()
    assert cli("export", "River", "--preview").code == 0  # only shown, never written


def test_a_client_record_gone_from_the_folder_counts_as_unread(
    vault: Vault, cli: CLI, tmp_path: Path
) -> None:
    wren = vault.add_client("Wren", name="Ottoline Brandt")
    vault.add_note(wren, "Talked about work.", dt.date(2025, 3, 3), [])
    (vault.records_dir / (wren.id + fmt.RECORD_SUFFIX)).rename(tmp_path / "aside.rec")
    draft = tmp_path / "t.txt"
    draft.write_text("a plain sentence\n")
    assert cli("check", str(draft)).code == 2
    assert cli("redact", "-", stdin=b"Ottoline came\n").code != 0


def test_verify_says_where_a_damaged_record_is(vault: Vault, cli: CLI) -> None:
    wren = vault.add_client("Wren", name="Ottoline Brandt")
    _flip(vault, wren.id)
    out = cli("verify").out
    assert f"{wren.id}: " in out and f"{vault.records_dir}/ID.rec, with the ID above" in out
