"""Hostile and odd input through the command line: a clean message, nothing saved, nothing raw.

tests/test_cli.py and tests/test_vault.py hold the first cases (binary stdin,
a 1 MiB note through the library, hostile aliases through the library, disk
full and read-only through the library); this file extends them to the
commands, adds what was missing, and checks each command is covered.
"""

from __future__ import annotations

import errno
import json
import os
import unicodedata
from pathlib import Path

import pytest

from confvault import format as fmt
from confvault import storage
from confvault.records import MAX_NOTE_BYTES
from confvault.vault import Vault
from tests.conftest import PASSPHRASE, Result
from tests.robustness import proc
from tests.robustness.figures import Figures
from tests.robustness.surfaces import OTHERS, READERS, all_commands, fill

PW = PASSPHRASE.encode()


@pytest.fixture
def river(cli, vault):  # type: ignore[no-untyped-def]
    assert cli("client", "add", "River", "--name", "Jordan Blake").code == 0
    return cli


def records(vault_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((vault_path / "records").iterdir())}


def clean_failure(r: Result, needle: str = "") -> None:
    assert r.code == 1, (r.code, r.out, r.err)
    errors = [line for line in r.err.splitlines() if line.startswith("confvault: error: ")]
    assert len(errors) == 1, r.err
    assert "Traceback" not in r.err and "unexpected problem" not in r.err, r.err
    assert needle in r.err, (needle, r.err)


def raw_controls(text: str) -> list[str]:
    return [
        ch for ch in text if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cf", "Cs")
    ]


def test_every_command_is_covered() -> None:
    """A new command (export, check...) must be added to tests/robustness/surfaces.py."""
    listed = set(READERS) | set(OTHERS)
    missing = all_commands() - listed
    assert not missing, f"add {sorted(missing)} to tests/robustness/surfaces.py"
    assert not listed - all_commands(), "surfaces.py lists commands that no longer exist"


# ---- stdin ----------------------------------------------------------------------------

BAD_STDIN = {
    "latin-1": "caf\u00e9 cr\u00e8me".encode("latin-1"),
    "utf-16 with BOM": "note text".encode("utf-16"),
    "lone continuation byte": b"abc \x80 def",
    "overlong slash": b"a \xc0\xaf b",
    "encoded surrogate (CESU)": b"a \xed\xa0\x80 b",
    "truncated sequence at the end": "caf\u00e9".encode()[:-1],
    "NUL in the middle": b"text\0more",
    "binary blob": bytes(range(256)) * 4,
}


@pytest.mark.parametrize("label", sorted(BAD_STDIN))
def test_non_utf8_and_binary_stdin_saves_nothing(
    river, vault_path: Path, label: str, figures: Figures
) -> None:  # type: ignore[no-untyped-def]
    before = records(vault_path)
    clean_failure(river("add", "River", stdin=BAD_STDIN[label]), "nothing was saved")
    assert records(vault_path) == before
    figures.add("hostile input", "inputs tried")


def test_binary_stdin_through_the_real_entry_point(
    vault: Vault, vault_path: Path, passfile: Path
) -> None:
    vault.add_client("River")
    r = proc.confvault(
        "--vault", str(vault_path), "--passphrase-file", str(passfile), "add", "River",
        stdin=b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )  # fmt: skip
    clean_failure(r, "binary")
    assert Vault.open(vault_path, PW).notes() == []


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\t \r\n"])
def test_empty_notes_are_refused_from_every_source(river, vault_path: Path, text: str) -> None:  # type: ignore[no-untyped-def]
    before = records(vault_path)
    clean_failure(river("add", "River", "-m", text), "empty")
    clean_failure(river("add", "River", stdin=text.encode()), "empty")
    assert records(vault_path) == before


def test_edit_to_empty_keeps_the_note(river) -> None:  # type: ignore[no-untyped-def]
    river("add", "River", "-m", "keep this")
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    clean_failure(river("note", "edit", nid, "-m", "  "), "empty")
    assert json.loads(river("show", nid, "--json").out)["text"] == "keep this"


# ---- size limits ------------------------------------------------------------------------


def test_note_size_limit_through_the_cli(river, vault_path: Path, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    at_limit = ("\u00e9" * (MAX_NOTE_BYTES // 2)).encode()  # exactly 1 MiB, 2-byte characters
    r = river("add", "River", stdin=at_limit)
    assert r.code == 0, r.err
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    assert json.loads(river("show", nid, "--json").out)["text"].encode() == at_limit
    before = records(vault_path)
    clean_failure(river("add", "River", stdin=b"x" * (MAX_NOTE_BYTES + 1)), "at most 1024 KiB")
    clean_failure(river("add", "River", "-m", "y" * (MAX_NOTE_BYTES + 1)), "1025 KiB")
    clean_failure(river("note", "edit", nid, "-m", "z" * (MAX_NOTE_BYTES + 1)), "at most")
    assert records(vault_path) == before
    figures.add("hostile input", "inputs tried", 4)


def test_oversized_stdin_of_four_byte_characters_is_called_too_large(river) -> None:  # type: ignore[no-untyped-def]
    """The stdin read stops just past the limit and may split a character; it used to
    be reported as 'not UTF-8 text' instead of 'too large'."""
    r = river("add", "River", stdin=("\U0001f600" * (MAX_NOTE_BYTES // 2)).encode())
    clean_failure(r, "at most 1024 KiB")
    assert "UTF-8" not in r.err


# ---- bytes that are not UTF-8 in arguments -------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("add", "River", "-m", "caf\udce9 session"),
        ("client", "add", "Wren", "--name", "J\udcf6rg"),
        ("client", "add", "Wren", "-i", "M\udcfcller GmbH"),
        ("client", "edit", "River", "--name", "J\udcf6rg"),
        ("client", "add", "Wr\udce9n"),
        ("add", "River", "-m", "x", "--tag", "t\udce9"),
        ("add", "River", "-m", "x", "--date", "2025-01-0\udcb1"),
        ("search", "caf\udce9"),
    ],
)
def test_non_utf8_argument_bytes_get_a_clean_message(river, vault_path: Path, args) -> None:  # type: ignore[no-untyped-def]
    """A Latin-1 terminal passes bytes Python carries as lone surrogates; the note and
    name paths used to crash with UnicodeEncodeError."""
    before = records(vault_path)
    r = river(*args)
    if args[0] == "search":
        assert r.code == 0 and "No notes contain" in r.out
    else:
        clean_failure(r)
    assert records(vault_path) == before
    assert not raw_controls(r.out + r.err)


def test_non_utf8_argument_through_the_real_entry_point(
    vault: Vault, vault_path: Path, passfile: Path
) -> None:
    vault.add_client("River")
    r = proc.confvault(
        "--vault", str(vault_path), "--passphrase-file", str(passfile), "add", "River",
        "-m", "caf\udce9",
    )  # fmt: skip
    clean_failure(r, "not UTF-8")


# ---- escape sequences --------------------------------------------------------------------

ESCAPES = [
    "\x1b[2J\x1b[H",  # clear screen, cursor home
    "\x1b]0;owned\x07",  # set the window title
    "\x1b]52;c;ZWNobyBoaQ==\x07",  # write the clipboard
    "\x1bP+q544e\x1b\\",  # DCS request
    "\x9b31m",  # C1 CSI
    "\x9d0;t\x9c",  # C1 OSC
    "line\rOVERWRITE",  # carriage return rewrites the line
    "abc\x08\x08\x08XYZ",  # backspaces
    "\x7fdelete",
    "\u202eevil\u202c",  # bidi override
    "\u2066isolate\u2069",
    "zero\u200bwidth\ufeff",
]


def test_escape_sequences_in_notes_never_reach_the_terminal(river, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    text = "start " + " | ".join(ESCAPES) + " end"
    assert river("add", "River", "-m", text, "--tag", "x").code == 0
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    runs = 0
    for args in READERS.values():
        for extra in ((), ("--json",)):
            full = [*fill(args, alias="River", note=nid, out=""), *extra]
            if extra and args[0] in (
                "verify",
                "export",
            ):  # export writes documents, not JSON listings
                continue
            r = river(*full)
            runs += 1
            # check exits 1 here by design: test vaults use the cheap test-only KDF settings
            assert r.code == (1 if args[0] == "check" else 0), (full, r.err)
            assert not raw_controls(r.out + r.err), (full, raw_controls(r.out + r.err))
    shown = json.loads(river("show", nid, "--json").out)["text"]
    assert shown == text, "--json escapes characters but the text decodes unchanged"
    for query in ("OVERWRITE", "evil", "width"):
        r = river("search", query)
        assert query in r.out and not raw_controls(r.out)
    figures.add("hostile input", "inputs tried", len(ESCAPES))
    figures.add("hostile input", "escape-sequence command runs", runs)


@pytest.mark.parametrize("seq", ESCAPES)
def test_escape_sequences_in_aliases_tags_names_and_paths_are_refused_or_escaped(
    river, vault_path: Path, tmp_path: Path, seq: str
) -> None:  # type: ignore[no-untyped-def]
    before = records(vault_path)
    for args in (
        ("client", "add", "Wren", "--name", f"Jo{seq}"),
        ("client", "add", "Wren", "-i", f"Jo{seq}"),
    ):
        r = river(*args)  # refused, or saved with white space (\r) folded to a space
        assert not raw_controls(r.out + r.err), (args, r.err)
        if r.code == 0:
            shown = json.loads(river("client", "show", "Wren", "--json").out)
            assert not raw_controls(json.dumps([shown["name"], shown["identifiers"]]))
            assert not raw_controls((shown["name"] or "") + "".join(shown["identifiers"]))
            assert river("client", "remove", "Wren", "--yes").code == 0
        else:
            clean_failure(r, "plain text")
    for args in (
        ("client", "add", f"Wren{seq}"),
        ("add", "River", "-m", "x", "--tag", f"t{seq}"),
        ("client", "show", f"River{seq}"),
        ("add", f"River{seq}", "-m", "x"),
        ("ls", "--since", seq),
    ):
        r = river(*args)
        assert r.code == 1, (args, r.out, r.err)
        assert not raw_controls(r.out + r.err), (args, r.err)
    r = river("--vault", str(tmp_path / f"v{seq}"), "ls", global_args=False)
    clean_failure(r, "no vault")
    assert not raw_controls(r.err)
    r = river(f"cmd{seq}")  # an unknown command
    assert r.code == 2 and not raw_controls(r.err)
    assert records(vault_path) == before


# ---- aliases ---------------------------------------------------------------------------------

HOSTILE_ALIASES = [
    "../River",
    "../../etc/passwd",
    "a/b",
    "a\\b",
    "..",
    ".",
    "/absolute",
    "River\0x",
    "x" * 1000,
    "-rf",
    "--name",
    "",
    " ",
    "\u00a0",
    "CON",
    "River\u0301\u0301\u0301" + "\u0301" * 50,
]


@pytest.mark.parametrize("alias", HOSTILE_ALIASES)
def test_hostile_aliases_through_the_cli(
    river, vault_path: Path, tmp_path: Path, alias: str, figures: Figures
) -> None:  # type: ignore[no-untyped-def]
    outside = sorted(p.name for p in tmp_path.iterdir())
    before = records(vault_path)
    for args in (("client", "add", alias), ("add", alias, "-m", "x"), ("client", "show", alias)):
        r = river(*args)
        if alias in ("CON",) and args[1] == "add" and args[0] == "client":
            assert r.code == 0  # an ordinary word: aliases never become file names
            river("client", "remove", "CON", "--yes")
            continue
        assert r.code in (1, 2), (args, r.out, r.err)
        assert "Traceback" not in r.err and "unexpected problem" not in r.err, r.err
    assert records(vault_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == outside
    figures.add("hostile input", "inputs tried")


# ---- versions, read-only, disk full --------------------------------------------------------


def test_vault_from_a_newer_format_version(river, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    header = vault_path / fmt.HEADER_FILE
    data = bytearray(header.read_bytes())
    data[4:6] = (2).to_bytes(2, "big")
    header.write_bytes(bytes(data))
    # only the version field differs from the copy: damage, mended from the copy
    r = river("ls")
    assert r.code == 0 and "restored from confvault.header-copy" in r.err, r.err
    # a newer version's header differs beyond that field (its MAC covers it)
    data[192:224] = os.urandom(32)
    header.write_bytes(bytes(data))
    r = river("ls")
    clean_failure(r, "version 2")
    assert "Upgrade confvault" in r.err


def test_record_from_a_newer_format_version_is_named(river, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    river("add", "River", "-m", "written by the future")
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    f = vault_path / "records" / fmt.record_filename(bytes.fromhex(nid))
    data = bytearray(f.read_bytes())
    data[4:6] = (3).to_bytes(2, "big")
    f.write_bytes(bytes(data))
    r = river("show", nid)
    clean_failure(r, nid)
    assert "version 3" in r.err and "written by the future" not in r.out + r.err


def _simulate_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def read_only(path: object, flags: int, *a: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)


def test_read_only_vault_through_the_cli(
    river, vault_path: Path, newpassfile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    river("add", "River", "-m", "readable while read-only")
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    before = records(vault_path)
    header = (vault_path / fmt.HEADER_FILE).read_bytes()
    _simulate_read_only(monkeypatch)  # (root ignores chmod, so the OS refusal is simulated)
    assert river("show", nid, "--json").code == 0
    assert river("search", "readable").code == 0
    assert river("verify").code == 0
    clean_failure(river("add", "River", "-m", "new"), "not writable")
    clean_failure(river("note", "edit", nid, "-m", "changed"), "not writable")
    clean_failure(river("client", "edit", "River", "--name", "X Y"), "not writable")
    clean_failure(river("passwd", "--new-passphrase-file", str(newpassfile)), "not writable")
    monkeypatch.undo()
    assert records(vault_path) == before
    assert (vault_path / fmt.HEADER_FILE).read_bytes() == header


def _full_disk(monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    """ENOSPC at one step of a write: part-way through os.write, at fsync, or at rename."""
    real_write, real_fsync = os.write, os.fsync
    enospc = OSError(errno.ENOSPC, "No space left on device")

    def write(fd: int, data: bytes) -> int:
        if len(data) > 8:
            real_write(fd, bytes(data[: len(data) // 2]))
        raise enospc

    def fsync(fd: int) -> None:
        raise enospc

    def replace(*a: object) -> None:
        raise enospc

    if where == "write":
        monkeypatch.setattr(os, "write", write)
    elif where == "fsync":
        monkeypatch.setattr(os, "fsync", fsync)
    else:
        monkeypatch.setattr(os, "replace", replace)
    del real_fsync


@pytest.mark.parametrize("where", ["write", "fsync", "rename"])
def test_disk_full_mid_write_keeps_the_previous_state(
    river,
    vault_path: Path,
    newpassfile: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    figures: Figures,
) -> None:  # type: ignore[no-untyped-def]
    river("add", "River", "-m", "the saved version")
    nid = json.loads(river("ls", "--json").out)[0]["id"]
    before = records(vault_path)
    header = (vault_path / fmt.HEADER_FILE).read_bytes()
    _full_disk(monkeypatch, where)
    for args in (
        ("add", "River", "-m", "new note"),
        ("note", "edit", nid, "-m", "an edit that does not fit"),
        ("client", "edit", "River", "-i", "new identifier"),
        ("client", "add", "Wren"),
        ("passwd", "--new-passphrase-file", str(newpassfile)),
    ):
        clean_failure(river(*args), "disk is full")
        figures.add("hostile input", "disk-full writes refused")
    monkeypatch.undo()
    assert records(vault_path) == before
    assert (vault_path / fmt.HEADER_FILE).read_bytes() == header
    assert not storage.stale_temp_files(vault_path / "records")
    assert not storage.stale_temp_files(vault_path)
    assert json.loads(river("show", nid, "--json").out)["text"] == "the saved version"
    assert river("verify").code == 0


# ---- files that are not files ------------------------------------------------------------------


def test_a_fifo_named_like_a_record_does_not_hang_the_cli(
    vault: Vault, vault_path: Path, passfile: Path
) -> None:
    """Reading used to block forever on a FIFO planted in records/ (run in a child
    process with a timeout, so the old behaviour fails instead of hanging the suite)."""
    vault.add_note(vault.add_client("River"), "fine", __import__("datetime").date(2025, 1, 1))
    fifo_id = "ab" * 16
    os.mkfifo(vault_path / "records" / (fifo_id + ".rec"))
    r = proc.confvault(
        "--vault", str(vault_path), "--passphrase-file", str(passfile), "verify", timeout=60
    )
    assert r.code == 1 and fifo_id in r.out, r.out + r.err


def test_a_path_starting_at_an_unknown_users_home(cli, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'~nosuchuser/...' made expanduser() raise RuntimeError: an 'unexpected problem'.
    Found by tests/test_fuzz.py."""
    r = cli("--vault", "~no-such-user-here/notes", "ls", global_args=False)
    clean_failure(r, "home folder")
    r = cli("--vault", str(vault.path), "--passphrase-file", "~no-such-user-here/p", "ls",
            global_args=False)  # fmt: skip
    clean_failure(r, "home folder")
