"""What a new user's review (23) broke in session 12, each mended and kept so."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from confvault import format as fmt
from confvault.cli import common
from confvault.errors import ChangedMeanwhileError, InvalidInputError
from confvault.records import alias_overlap
from confvault.selfcheck import health
from confvault.vault import Vault
from tests.conftest import PASSPHRASE

DAY = dt.date(2025, 3, 14)

# --- an alias that gives the client away -----------------------------------------------


@pytest.mark.parametrize(
    "alias, name, identifiers",
    [
        ("Priya Sharma", "Priya Sharma", ()),
        ("Jordan", "Jordan Blake", ()),
        ("jordan b", "Jordan Blake", ()),
        ("Blake-07", "Jordan Blake", ()),
        ("Maple", "Jordan Blake", ("Maple Bakery",)),
        ("Leeds", None, ("Leeds",)),
    ],
)
def test_an_alias_that_gives_away_an_identifier_is_refused(
    vault: Vault, alias: str, name: str | None, identifiers: tuple[str, ...]
) -> None:
    with pytest.raises(InvalidInputError, match="shares a word with the client"):
        vault.add_client(alias, name, identifiers)
    assert vault.clients() == []


@pytest.mark.parametrize(
    "alias, name, identifiers",
    [
        ("River", "Jordan Blake", ("Maple Bakery", "Leeds")),
        ("client-07", "Jordan Blake", ()),
        ("The Client", "The Rev Jordan Blake", ()),  # words of no one's name
        ("J", "Jordan Blake", ()),
        ("client-14", "Jordan Blake", ("14 Crown Street",)),  # a number names no one
    ],
)
def test_a_pseudonym_is_accepted(
    vault: Vault, alias: str, name: str | None, identifiers: tuple[str, ...]
) -> None:
    assert vault.add_client(alias, name, identifiers).alias == alias


def test_the_cli_says_why_and_adds_nothing(cli, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    r = cli("client", "add", "Priya Sharma", "--name", "Priya Sharma")
    assert r.code == 1
    assert "Priya" not in r.err  # (the message names neither the alias nor the name)
    assert "shares a word with the client" in r.err and "Traceback" not in r.err
    assert "River" in r.err  # the hint names a pseudonym
    assert "Priya" not in cli("client", "list").out


def test_renaming_to_a_name_is_refused_and_changes_nothing(cli, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    assert cli("client", "add", "River", "--name", "Jordan Blake").code == 0
    r = cli("client", "edit", "River", "--rename", "Jordan")
    assert r.code == 1 and "shares a word" in r.err
    assert "River" in cli("client", "list").out


def test_an_older_vaults_telling_alias_stops_the_export(cli, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # an alias stored before confvault refused such aliases
    client = vault.add_client("River", "Priya Sharma")
    vault.add_note(client, "Priya felt better today.", dt.date.today())
    telling = client.bumped(alias="Priya")
    with vault.locked():
        vault._write_record(client.id, fmt.KIND_CLIENT, telling.to_payload(), new=False)
    out = tmp_path / "summary.md"
    r = cli("export", "-o", str(out))
    assert r.code == 1, r.out + r.err
    assert "shares a word" in r.err and "--rename" in r.err and "Priya" not in r.err
    assert not out.exists()


def test_alias_overlap_names_the_term() -> None:
    assert alias_overlap("Jordan", ["Jordan Blake"]) == "Jordan Blake"
    assert alias_overlap("River", ["Jordan Blake", "Leeds"]) is None


# --- an empty passphrase ------------------------------------------------------------------


def test_an_empty_new_passphrase_is_asked_again_not_a_crash(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    answers = iter(["", PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(common, "_has_tty", lambda: True)
    monkeypatch.setattr(common, "_ask_hidden", lambda prompt: next(answers))
    r = cli("--vault", str(tmp_path / "new"), "init", global_args=False)
    assert r.code == 0, r.err
    assert "the passphrase is empty" in r.err
    assert "IndexError" not in r.out + r.err


def test_an_empty_new_passphrase_three_times_sets_nothing(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(common, "_has_tty", lambda: True)
    monkeypatch.setattr(common, "_ask_hidden", lambda prompt: "")
    r = cli("--vault", str(tmp_path / "new"), "init", global_args=False)
    assert r.code == 1 and "no new passphrase was set" in r.err
    assert not (tmp_path / "new").exists()


def test_the_health_check_scores_an_empty_passphrase_as_weak() -> None:
    (finding,) = health.check_passphrase("")
    assert finding.rule == "CV205"


# --- two commands changing one note ------------------------------------------------------


def test_a_stale_edit_is_refused_and_overwrites_nothing(vault: Vault, vault_path: Path) -> None:
    client = vault.add_client("River")
    note = vault.add_note(client, "first", DAY)
    other = Vault.open(vault_path, PASSPHRASE.encode())
    other.update_note(other.note(note.id).bumped(text="the other command's"))
    with pytest.raises(ChangedMeanwhileError, match="changed"):
        vault.update_note(note.bumped(text="mine"))
    assert Vault.open(vault_path, PASSPHRASE.encode()).note(note.id).text == "the other command's"


def test_an_edit_of_a_removed_note_does_not_bring_it_back(vault: Vault, vault_path: Path) -> None:
    client = vault.add_client("River")
    note = vault.add_note(client, "first", DAY)
    Vault.open(vault_path, PASSPHRASE.encode()).remove_note(note)
    with pytest.raises(ChangedMeanwhileError, match="removed"):
        vault.update_note(note.bumped(text="mine"))
    again = Vault.open(vault_path, PASSPHRASE.encode())
    assert again.notes() == [] and again.damaged == {}


@pytest.mark.parametrize("meanwhile", ["edit", "remove"])
def test_the_cli_keeps_the_users_text_as_a_new_note(
    cli, vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch, meanwhile: str
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import note_cmds

    client = vault.add_client("River")
    note = vault.add_note(client, "first", DAY)

    def typed_while_another_command_ran(message: str | None, initial: str = "") -> str:
        other = Vault.open(vault_path, PASSPHRASE.encode())
        if meanwhile == "edit":
            other.update_note(other.note(note.id).bumped(text="the other command's"))
        else:
            other.remove_note(other.note(note.id))
        return "what I typed in the editor"

    monkeypatch.setattr(note_cmds, "_text_from", typed_while_another_command_ran)
    r = cli("note", "edit", note.id[:8])
    assert r.code == 0, r.err
    assert "nothing was overwritten" in r.err and "saved as a new note" in r.err
    texts = sorted(n.text for n in Vault.open(vault_path, PASSPHRASE.encode()).notes())
    expected = ["the other command's"] if meanwhile == "edit" else []
    assert texts == sorted([*expected, "what I typed in the editor"])


# --- clearer messages -------------------------------------------------------------------


def test_a_date_of_the_right_shape_that_does_not_exist(cli, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.add_client("River")
    r = cli("note", "add", "River", "-m", "x", "--date", "2025-02-30")
    assert r.code == 1 and "there is no such day as 2025-02-30" in r.err
    assert vault.notes() == []


def test_export_to_a_folder_says_so_without_suggesting_force(
    cli, vault: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client = vault.add_client("River")
    vault.add_note(client, "a session", dt.date.today())
    r = cli("export", "-o", str(tmp_path))
    assert r.code == 1 and "is a folder" in r.err and "--force" not in r.err


def test_export_to_a_folder_it_cannot_write_names_that_folder(
    cli, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import confvault.export

    client = vault.add_client("River")
    vault.add_note(client, "a session", dt.date.today())
    shut = tmp_path / "shut"
    shut.mkdir()
    # (the tests may run as root, who may write anywhere: the folder's answer is stood in)
    monkeypatch.setattr(confvault.export.os, "access", lambda path, mode: Path(path) != shut)
    r = cli("export", "-o", str(shut / "x.md"))
    assert r.code == 1 and f"the folder {shut} is not writable" in r.err
    assert "vault folder" not in r.err and not (shut / "x.md").exists()


def _read_only(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vault answers as a read-only one (the tests may run as root, who may write
    anywhere: the operating system's answer is stood in)."""
    real = os.access

    def access(path: str | Path, mode: int) -> bool:
        inside = Path(path) == vault_path or vault_path in Path(path).parents
        return False if inside and mode & os.W_OK else real(path, mode)

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_vault_is_found_before_the_editor_opens(
    cli, vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import note_cmds

    vault.add_client("River")
    opened = []
    monkeypatch.setattr(note_cmds, "_text_from", lambda *a: opened.append(1) or "typed")
    _read_only(vault_path, monkeypatch)
    r = cli("note", "add", "River")
    assert r.code == 1 and "nothing could be saved" in r.err
    assert opened == []


def test_a_note_pasted_from_windows_keeps_one_line_end(cli, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.add_client("River")
    r = cli("note", "add", "River", stdin=b"first line\r\nsecond line\r\n")
    assert r.code == 0, r.err
    (note,) = Vault.open(vault.path, PASSPHRASE.encode()).notes()
    assert note.text == "first line\nsecond line\n"
    assert "\\x0d" not in cli("note", "show", note.id[:8]).out


def test_an_edit_whose_note_and_client_were_removed_says_nothing_was_saved(
    cli, vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import note_cmds

    client = vault.add_client("River")
    note = vault.add_note(client, "first", DAY)

    def typed_while_the_client_was_removed(message: str | None, initial: str = "") -> str:
        other = Vault.open(vault_path, PASSPHRASE.encode())
        other.remove_client(other.client("River"))
        return "what I typed in the editor"

    monkeypatch.setattr(note_cmds, "_text_from", typed_while_the_client_was_removed)
    r = cli("note", "edit", note.id[:8])
    assert r.code == 1 and "removed meanwhile; nothing was saved" in r.err
    assert "Traceback" not in r.err
    again = Vault.open(vault_path, PASSPHRASE.encode())
    assert again.notes() == [] and again.clients() == []


def test_an_edit_of_a_read_only_vault_is_refused_before_the_editor(
    cli, vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import note_cmds

    note = vault.add_note(vault.add_client("River"), "first", DAY)
    opened = []
    monkeypatch.setattr(note_cmds, "_text_from", lambda *a: opened.append(1) or "typed")
    _read_only(vault_path, monkeypatch)
    r = cli("note", "edit", note.id[:8])
    assert r.code == 1 and "nothing could be saved" in r.err and opened == []


@pytest.mark.parametrize("option, value", [("--format", "xml"), ("--dates", "daily")])
def test_an_unknown_export_choice_is_a_usage_error(
    cli, vault: Vault, option: str, value: str
) -> None:  # type: ignore[no-untyped-def]
    r = cli("export", option, value, "--preview")
    assert r.code == 2 and "use one of" in r.err  # README: usage errors exit 2


def test_an_edit_of_a_note_whose_file_was_damaged_meanwhile_replaces_nothing(
    vault: Vault, vault_path: Path
) -> None:
    client = vault.add_client("River")
    note = vault.add_note(client, "first", DAY)
    path = vault.records_dir / fmt.record_filename(bytes.fromhex(note.id))
    data = bytearray(path.read_bytes())
    data[-1] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ChangedMeanwhileError):
        vault.update_note(note.bumped(text="mine"))
    assert path.read_bytes() == bytes(data)  # (left for verify to report, not replaced)
