"""The command line, in-process through cli.run() and as a real process."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from confvault import format as fmt
from confvault.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, run_entry_point


@pytest.fixture
def river(cli, vault):  # type: ignore[no-untyped-def]
    r = cli("client", "add", "River", "--name", "Jordan Blake", "-i", "Maple Bakery")
    assert r.code == 0, r.err
    return cli


def note_ids(cli) -> list[str]:  # type: ignore[no-untyped-def]
    return [n["id"] for n in json.loads(cli("note", "list", "--json").out)]


# ---- the real entry point ------------------------------------------------------------


def test_entry_point_version_and_help() -> None:
    r = run_entry_point("--version")
    assert r.code == 0 and r.out.startswith("confvault ")
    r = run_entry_point("--help")
    assert r.code == 0 and "init" in r.out and "note" in r.out
    script = Path(sys.executable).parent / "confvault"
    if script.exists():
        import subprocess

        out = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
        assert out.stdout.startswith("confvault ")


def test_entry_point_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    r = run_entry_point("--vault", str(tmp_path / "none"), "note", "list")
    assert r.code == 1
    assert r.err.startswith("confvault: error: there is no vault")
    assert "confvault: hint:" in r.err and "Traceback" not in r.err
    r = run_entry_point("note", "frobnicate")
    assert r.code == 2 and r.err.startswith("confvault: error:")


def test_entry_point_init_and_add_with_real_calibration(tmp_path: Path, passfile: Path) -> None:
    """One run of init with the real KDF tuning, as a new user would."""
    vault = tmp_path / "v"
    env = {"CONFVAULT_VAULT": str(vault), "CONFVAULT_PASSPHRASE_FILE": str(passfile)}
    r = run_entry_point("init", env=env)
    assert r.code == 0, r.err
    assert "RECOVERY KEY" in r.out and "Unlocking takes about" in r.out
    h = Vault.open(vault, PASSPHRASE.encode()).header
    assert h.memory_kib >= 64 * 1024 and h.time_cost >= 3 and h.parallelism >= 4
    r = run_entry_point("client", "add", "River", env=env)
    assert r.code == 0, r.err
    r = run_entry_point("add", "River", stdin=b"piped note text", env=env)
    assert r.code == 0 and "Saved note" in r.out


def test_every_command_has_help_text() -> None:
    import typer

    from confvault.cli import app

    def walk(cmd, path):  # type: ignore[no-untyped-def]
        yield path, cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, [*path, name])

    root = typer.main.get_command(app)
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for path, cmd in walk(root, []):
        assert (cmd.help or "").strip(), f"'{' '.join(path)}' has no help text"
        if len(path) == 1:
            assert f"confvault {path[0]}" in readme or f"`{path[0]}`" in readme, (
                f"README lacks {path[0]}"
            )


# ---- set-up commands -------------------------------------------------------------------


def test_init_prints_recovery_key_that_works(
    cli, vault_path: Path, tmp_path: Path, newpassfile: Path
) -> None:  # type: ignore[no-untyped-def]
    r = cli("init")
    assert r.code == 0, r.err
    import re

    groups = re.findall(r"[0-9A-Z]{4}(?: - [0-9A-Z]{4}){3}", r.out)
    assert len(groups) == 2, r.out
    keyfile = tmp_path / "rk.txt"
    keyfile.write_text(" ".join(groups))
    r = cli(
        "recover", "--recovery-key-file", str(keyfile), "--new-passphrase-file", str(newpassfile)
    )
    assert r.code == 0, r.err
    assert Vault.open(vault_path, NEW_PASSPHRASE.encode())
    r = cli("client", "list")
    assert r.code == 1 and "does not open" in r.err


def test_init_refuses_existing_vault_and_weak_passphrases(cli, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("init")
    assert r.code == 1 and "already exists" in r.err
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n")
    r = cli(
        "--vault", str(tmp_path / "new"), "--passphrase-file", str(weak), "init", global_args=False
    )
    assert r.code == 1 and "very weak" in r.err
    assert not (tmp_path / "new").exists()


def test_passwd(cli, vault, vault_path: Path, newpassfile: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("passwd", "--new-passphrase-file", str(newpassfile))
    assert r.code == 0 and "not rewritten" in r.out
    Vault.open(vault_path, NEW_PASSPHRASE.encode())


def test_no_terminal_and_no_passphrase_file_is_explained(
    cli, vault, vault_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import common

    monkeypatch.setattr(common, "_has_tty", lambda: False)
    r = cli("--vault", str(vault_path), "note", "list", global_args=False)
    assert r.code == 1 and "--passphrase-file" in r.err


# ---- clients -----------------------------------------------------------------------------


def test_client_lifecycle(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    rows = json.loads(cli("client", "list", "--json").out)
    assert [r["alias"] for r in rows] == ["River"] and rows[0]["identifiers"] == 2
    r = cli(
        "client",
        "edit",
        "river",
        "--rename",
        "Brook",
        "--add-identifier",
        "Jo",
        "--remove-identifier",
        "maple bakery",
    )
    assert r.code == 0, r.err
    shown = json.loads(cli("client", "show", "Brook", "--json").out)
    assert shown["identifiers"] == ["Jo"] and shown["name"] == "Jordan Blake"
    assert cli("client", "edit", "Brook").code == 1
    assert cli("client", "remove", "Brook").code == 1  # no terminal, no --yes
    assert cli("client", "remove", "Brook", "--yes").code == 0
    assert json.loads(cli("client", "list", "--json").out) == []


def test_duplicate_and_unknown_aliases(river) -> None:  # type: ignore[no-untyped-def]
    r = river("client", "add", "RIVER")
    assert r.code == 1 and "already exists" in r.err
    r = river("client", "show", "Nobody")
    assert r.code == 1 and "client list" in r.err


# ---- notes ---------------------------------------------------------------------------------


def test_note_from_message_stdin_and_listing(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    r = cli("note", "add", "River", "-m", "first session", "--tag", "intro", "--date", "2025-01-02")
    assert r.code == 0 and "shell history" in r.err
    r = cli("add", "River", "--date", "yesterday", stdin="second \u00e9 session\n".encode())
    assert r.code == 0, r.err
    rows = json.loads(cli("ls", "--json").out)
    assert [r["tags"] for r in rows] == [["intro"], []]
    assert (
        json.loads(cli("note", "list", "--tag", "intro", "--json").out)[0]["date"] == "2025-01-02"
    )
    assert json.loads(cli("note", "list", "--since", "2025-02-01", "--json").out)[0][
        "chars"
    ] == len("second \u00e9 session\n")
    full = json.loads(cli("note", "show", rows[1]["id"][:6], "--json").out)
    assert full["text"] == "second \u00e9 session\n"
    assert "first session" in cli("note", "list").out


def test_note_edit_and_remove(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    cli("add", "River", "-m", "draft")
    nid = note_ids(cli)[0]
    assert cli("note", "edit", nid[:5], "-m", "final", "--tag", "done").code == 0
    shown = json.loads(cli("show", nid, "--json").out)
    assert shown["text"] == "final" and shown["tags"] == ["done"]
    assert "No changes" in cli("note", "edit", nid, "-m", "final").out
    assert cli("note", "remove", nid, "--yes").code == 0
    assert note_ids(cli) == []


def test_bad_input_gets_clear_messages_and_saves_nothing(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    cases = [
        (("add", "River"), b"\xff\xfe binary", "not UTF-8"),
        (("add", "River"), b"a\0b", "binary"),
        (("add", "River"), b"   \n", "empty"),
        (("add", "River", "-m", "x", "--date", "14/03/2025"), b"", "YYYY-MM-DD"),
        (("add", "River", "-m", "x", "--tag", "two words"), b"", "tag"),
        (("add", "../River", "-m", "x"), b"", "alias"),
        (("note", "show", "zzz"), b"", "digits"),
    ]
    for args, stdin, needle in cases:
        r = cli(*args, stdin=stdin)
        assert r.code == 1, args
        assert needle in r.err and r.err.startswith("confvault: error:"), (args, r.err)
    assert note_ids(cli) == []


def test_control_sequences_never_reach_the_terminal(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    evil = "ok \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe done"
    cli("add", "River", "-m", evil, "--tag", "x")
    for args in (
        ("note", "list"),
        ("show", note_ids(cli)[0]),
        ("search", "done"),
        ("search", "ok"),
    ):
        out = cli(*args).out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, args
        assert "\\x1b" in out or "ok" in out


def test_search(river) -> None:  # type: ignore[no-untyped-def]
    cli = river
    cli("client", "add", "Wren")
    cli("add", "River", "-m", "Sleep was poor; sleep routine agreed")
    cli("add", "Wren", "-m", "exam stress, good sleep")
    hits = json.loads(cli("search", "SLEEP", "--json").out)
    assert sorted(len(h["matches"]) for h in hits) == [1, 2]
    assert len(json.loads(cli("search", "sleep", "--client", "wren", "--json").out)) == 1
    assert "No notes contain" in cli("search", "absent").out


def test_editor_flow_uses_a_private_ram_file_and_removes_it(
    river, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import editor

    probe = tmp_path / "probe.json"
    fake = tmp_path / "fake_editor.py"
    fake.write_text(
        "import json, os, sys\n"
        "p = sys.argv[1]\n"
        "before = open(p).read()\n"
        "open(p + '.swp', 'w').write('swap')\n"
        "open(p, 'w').write(before + 'typed in the editor')\n"
        f"json.dump({{'path': p, 'mode': oct(os.stat(p).st_mode & 0o777), "
        f"'dir_mode': oct(os.stat(os.path.dirname(p)).st_mode & 0o777)}}, open({str(probe)!r}, 'w'))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {fake}")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(editor.sys.stdin, "isatty", lambda: True, raising=False)
    text = editor.edit_text("")
    assert text == "typed in the editor"
    info = json.loads(probe.read_text())
    assert info["mode"] == "0o600" and info["dir_mode"] == "0o700"
    assert not Path(info["path"]).parent.exists(), "the temp folder (and swap file) must be gone"
    if editor.ram_dirs():
        assert any(info["path"].startswith(str(d)) for d in editor.ram_dirs())


def test_editor_failure_saves_nothing_and_cleans_up(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from confvault.cli import editor
    from confvault.errors import InvalidInputError

    monkeypatch.setenv(
        "EDITOR",
        f'{sys.executable} -c \'import sys; open(sys.argv[1], "w").write("x"); sys.exit(3)\'',
    )
    before = {p.name for d in editor.ram_dirs() for p in d.glob(editor.TEMP_PREFIX + "*")}
    with pytest.raises(InvalidInputError, match="nothing was saved"):
        editor.edit_text("")
    after = {p.name for d in editor.ram_dirs() for p in d.glob(editor.TEMP_PREFIX + "*")}
    assert after == before
    monkeypatch.setenv("EDITOR", "/no/such/editor")
    with pytest.raises(InvalidInputError, match="could not start"):
        editor.edit_text("")


# ---- damage, verify, errors -------------------------------------------------------------------


def test_damaged_record_is_reported_by_id(river, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli = river
    cli("add", "River", "-m", "keep me")
    cli("add", "River", "-m", "break me")
    ids = {json.loads(cli("show", i, "--json").out)["text"]: i for i in note_ids(cli)}
    bad = ids["break me"]
    f = vault_path / "records" / fmt.record_filename(bytes.fromhex(bad))
    f.write_bytes(f.read_bytes()[:-3])
    r = cli("note", "list")
    assert r.code == 0 and "keep me" in r.out and bad[:8] in r.err
    r = cli("show", bad)
    assert r.code == 1 and bad in r.err and "break me" not in r.err + r.out
    r = cli("verify")
    assert r.code == 1 and bad in r.out
    assert json.loads(cli("verify", "--json").out)["ok"] is False
    f.unlink()
    assert cli("verify").code == 0


def test_secrets_never_appear_in_errors(river, tmp_path: Path, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli = river
    cli("add", "River", "-m", "very private words")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Jordan Blake guess\n")
    runs = [
        cli("--vault", str(vault_path), "--passphrase-file", str(wrong), "ls", global_args=False),
        cli(
            "--debug",
            "--vault",
            str(vault_path),
            "--passphrase-file",
            str(wrong),
            "ls",
            global_args=False,
        ),
        cli("client", "add", "River", "--name", "Jordan Blake"),
        cli("client", "add", "Jordan Blake\x00"),
        cli("note", "show", "0000"),
        cli("add", "Nobody", "-m", "very private words"),
    ]
    for r in runs:
        assert r.code == 1
        for secret in ("Jordan Blake", "very private words", PASSPHRASE, "Maple Bakery"):
            assert secret not in r.err and secret not in r.out, (secret, r.err)


def test_unexpected_errors_hide_the_traceback_unless_debug(river, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from confvault import vault as vault_mod

    def boom(self, *a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("internal detail")

    monkeypatch.setattr(vault_mod.Vault, "clients", boom)
    r = river("client", "list")
    assert r.code == 1 and "Traceback" not in r.err and "internal detail" not in r.err
    r = river("--debug", "client", "list")
    assert r.code == 1 and "Traceback" in r.err


def test_ctrl_c_exits_130(river, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from confvault import vault as vault_mod

    def interrupt(self, *a, **k):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_mod.Vault, "clients", interrupt)
    r = river("client", "list")
    assert r.code == 130 and "Traceback" not in r.err


def test_demo_runs_and_its_suggestions_work(cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    r = cli("demo", global_args=False)
    assert r.code == 0, r.err
    assert "Where everything lives" in r.out and "confvault init" in r.out
    exports = dict(
        line.strip().removeprefix("export ").split("=", 1)
        for line in r.out.splitlines()
        if line.strip().startswith("export ")
    )
    vault_dir = Path(exports["CONFVAULT_VAULT"])
    assert vault_dir.is_relative_to(tmp_path)
    monkeypatch.setenv("CONFVAULT_VAULT", exports["CONFVAULT_VAULT"])
    monkeypatch.setenv("CONFVAULT_PASSPHRASE_FILE", exports["CONFVAULT_PASSPHRASE_FILE"])
    assert "Lakeside" in cli("search", "Lakeside", global_args=False).out
    assert cli("verify", global_args=False).code == 0
    blob = b"".join(p.read_bytes() for p in vault_dir.rglob("*") if p.is_file())
    assert b"Jordan" not in blob and b"River" not in blob
    shutil.rmtree(vault_dir.parent)


def test_editor_temp_folder_is_removed_when_the_terminal_closes(tmp_path: Path) -> None:
    import signal
    import subprocess
    import time

    probe = tmp_path / "where.txt"
    fake = tmp_path / "slow_editor.py"
    fake.write_text(
        "import sys, time\n"
        f"open({str(probe)!r}, 'w').write(sys.argv[1])\n"
        "open(sys.argv[1], 'w').write('half-written private note')\n"
        "time.sleep(60)\n"
    )
    env = {**os.environ, "EDITOR": f"{sys.executable} {fake}"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from confvault.cli.editor import edit_text; edit_text('')"], env=env
    )
    try:
        deadline = time.monotonic() + 30
        while not (probe.exists() and probe.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        note = Path(probe.read_text())
        assert note.exists()
        proc.send_signal(signal.SIGHUP)
        assert proc.wait(timeout=30) == 128 + signal.SIGHUP
        assert not note.parent.exists(), "the private folder must be gone after a hang-up"
    finally:
        proc.kill()


@pytest.mark.parametrize("group", [[], ["client"], ["note"]])
def test_a_bare_group_prints_its_help_once(group: list[str]) -> None:
    r = run_entry_point(*group)
    assert r.code == 0
    assert (r.out + r.err).count("Usage:") == 1
