"""Secrets in memory and output: no core dumps while unlocked, no secret in any error.

Every error path the CLI has is provoked with a known passphrase, client name,
identifier and note text in play, with and without --debug, and none of them
may appear in stdout or stderr.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from confvault import format as fmt
from confvault import storage
from confvault.vault import Vault
from tests.conftest import PASSPHRASE, Result
from tests.robustness import proc
from tests.robustness.figures import Figures

NAME = "Jordan Blake"
IDENT = "Maple Bakery"
TEXT = "very private words about the debt"
SECRETS = (PASSPHRASE, NAME, IDENT, TEXT, "Jordan", "private words")

# ---- core dumps ---------------------------------------------------------------------------

PROBE = textwrap.dedent(
    """
    import atexit, ctypes, json, resource, sys
    def dumpable():
        if not sys.platform.startswith("linux"):
            return None
        return ctypes.CDLL(None, use_errno=True).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard != 0:  # allow core dumps first, so the test sees confvault turn them off
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    before = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
    def report():
        after = {"core": resource.getrlimit(resource.RLIMIT_CORE), "dumpable": dumpable()}
        with open(sys.argv[1], "w") as fh:
            json.dump({"before": before, "after": after}, fh)
    atexit.register(report)
    from confvault.cli import main
    main(sys.argv[2:])
    """
)


@pytest.mark.parametrize("command", [("ls",), ("verify",), ("init",)])
def test_unlocking_disables_core_dumps_and_marks_the_process_non_dumpable(
    vault: Vault, vault_path: Path, passfile: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    out = tmp_path / "limits.json"
    target = tmp_path / "fresh" if command == ("init",) else vault_path
    subprocess.run(
        [sys.executable, "-c", PROBE, str(out), "--vault", str(target),
         "--passphrase-file", str(passfile), *command],
        env=proc.child_env(), capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    limits = json.loads(out.read_text())
    assert limits["after"]["core"] == [0, 0], limits
    if sys.platform.startswith("linux"):
        assert limits["before"]["dumpable"] == 1, "the probe must start from a dumpable process"
        assert limits["after"]["dumpable"] == 0, limits


# ---- every error path ------------------------------------------------------------------------


@dataclass
class Case:
    label: str
    args: tuple[str, ...]
    stdin: bytes = b""
    setup: Callable[[Path, Path, pytest.MonkeyPatch], None] | None = None
    code: int = 1
    global_args: bool = True
    error_line: bool = True  # verify reports problems on stdout instead


def _note_file(vault_path: Path) -> Path:
    v = Vault.open(vault_path, PASSPHRASE.encode())
    (note,) = [n for n in v.notes() if n.text == TEXT]
    return vault_path / "records" / fmt.record_filename(bytes.fromhex(note.id))


def _damage_note(vault_path: Path, _tmp: Path, _mp: pytest.MonkeyPatch) -> None:
    f = _note_file(vault_path)
    data = f.read_bytes()
    # flip a bit of the last byte: writing a fixed byte left the file as it was
    # whenever its last byte already was that byte (1 run in 256)
    f.write_bytes(data[:-1] + bytes([data[-1] ^ 0x01]))


def _restore_older(vault_path: Path, _tmp: Path, _mp: pytest.MonkeyPatch) -> None:
    v = Vault.open(vault_path, PASSPHRASE.encode())
    f = _note_file(vault_path)
    old = f.read_bytes()
    (note,) = [n for n in v.notes() if n.text == TEXT]
    v.update_note(note.bumped(text=TEXT + " (edited)"))
    f.write_bytes(old)


def _header(
    change: Callable[[bytearray], None],
) -> Callable[[Path, Path, pytest.MonkeyPatch], None]:
    def apply(vault_path: Path, _tmp: Path, _mp: pytest.MonkeyPatch) -> None:
        data = bytearray((vault_path / fmt.HEADER_FILE).read_bytes())
        change(data)
        for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE):  # both: nothing to mend from
            (vault_path / name).write_bytes(bytes(data))

    return apply


def _disk_full(_v: Path, _t: Path, mp: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    mp.setattr(os, "write", full)


def _read_only(_v: Path, _t: Path, mp: pytest.MonkeyPatch) -> None:
    real = os.open

    def ro(path: object, flags: int, *a: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(path, flags, *a)  # type: ignore[arg-type]

    mp.setattr(os, "open", ro)


def _lock_busy(_v: Path, _t: Path, mp: pytest.MonkeyPatch) -> None:
    real = storage.write_lock
    mp.setattr(storage, "write_lock", lambda path, timeout=30.0: real(path, 0.01))
    import fcntl

    fd = os.open(_v / storage.LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)  # held by "another process" until the test ends
    _HELD.append(fd)


_HELD: list[int] = []


@pytest.fixture(autouse=True)
def _release_held_locks() -> Iterator[None]:
    yield
    while _HELD:
        os.close(_HELD.pop())


def _crash_inside(_v: Path, _t: Path, mp: pytest.MonkeyPatch) -> None:
    from confvault import vault as vault_mod

    def boom(self: object, *a: object, **k: object) -> None:
        # An unexpected error whose message quotes data, as json or datetime errors do.
        raise ValueError(f"Invalid isoformat string: {TEXT!r} for {NAME!r}")

    mp.setattr(vault_mod.Vault, "add_note", boom)


def _passfile(name: str, content: bytes) -> Callable[[Path, Path, pytest.MonkeyPatch], None]:
    def apply(_v: Path, tmp: Path, _mp: pytest.MonkeyPatch) -> None:
        (tmp / name).write_bytes(content)

    return apply


def _second_pass_finds(_v: Path, _t: Path, mp: pytest.MonkeyPatch) -> None:
    from confvault import export

    real = export.second_pass

    def leaky(texts: list[tuple[str, str]], known: list[object]) -> list[list[str]]:
        return [["NAME"], *real(texts, known)[1:]]  # (the first: the first client's alias)

    mp.setattr(export, "second_pass", leaky)


def _damage_audit(vault: Path, tmp: Path, _mp: pytest.MonkeyPatch) -> None:
    from confvault import audit
    from confvault.vault import Vault as V

    audit.append(V.open(vault, PASSPHRASE.encode()), {"aliases": ["River"], "note": TEXT})
    entry = next((vault / "audit").glob("*.rec"))
    data = bytearray(entry.read_bytes())
    data[-3] ^= 1
    entry.write_bytes(bytes(data))


def _pf(name: str) -> str:
    return f"{{tmp}}/{name}"


CASES = [
    Case("wrong passphrase made of the secrets", ("--passphrase-file", _pf("w"), "ls"),
         setup=_passfile("w", f"{NAME} {TEXT}\n".encode()), global_args=False),
    Case("passphrase file not UTF-8", ("--passphrase-file", _pf("l1"), "ls"),
         setup=_passfile("l1", f"{NAME} \u00e9".encode("latin-1")), global_args=False),
    Case("passphrase file too large", ("--passphrase-file", _pf("big"), "ls"),
         setup=_passfile("big", (TEXT * 100).encode()), global_args=False),
    Case("passphrase file empty", ("--passphrase-file", _pf("e"), "ls"),
         setup=_passfile("e", b"\n"), global_args=False),
    Case("passphrase file missing", ("--passphrase-file", _pf("none"), "ls"), global_args=False),
    Case("passphrase file is a folder", ("--passphrase-file", "{tmp}", "ls"), global_args=False),
    Case("no vault there", ("--vault", "{tmp}/nowhere", "ls")),
    Case("header damaged", ("ls",), setup=_header(lambda d: d.__setitem__(200, d[200] ^ 1))),
    Case("header from a newer version", ("ls",),  # (its MAC is its own: not ours damaged)
         setup=_header(lambda d: (d.__setitem__(5, 9), d.__setitem__(slice(192, 224), bytes(32))))),
    Case("header asks for 4 TiB of memory", ("ls",),
         setup=_header(lambda d: d.__setitem__(slice(27, 31), b"\xff\xff\xff\xff"))),
    Case("damaged note shown", ("show", "{note}"), setup=_damage_note),
    Case("older copy of the note shown", ("show", "{note}"), setup=_restore_older),
    Case("older copy: verify", ("verify",), setup=_restore_older, error_line=False),
    Case("alias taken, with the name", ("client", "add", "River", "--name", NAME)),
    Case("name given as an alias, with a control", ("client", "add", NAME + "\x1b")),
    Case("unknown client typed by name", ("client", "show", NAME)),
    Case("note for an unknown client", ("add", NAME, "-m", TEXT)),
    Case("identifier that is not there", ("client", "edit", "River", "--remove-identifier", NAME)),
    Case("forgot -m: the note as an extra argument", ("add", "River", TEXT), code=2),
    Case("forgot --name: the name as extra arguments", ("client", "add", "Wren", "Jordan", "Blake"),
         code=2),
    Case("the name as a command", (NAME,), code=2),
    Case("the note as a command", (TEXT, "River"), code=2),
    Case("bad date made of the note", ("add", "River", "-m", TEXT, "--date", TEXT)),
    Case("bad tag made of the note", ("add", "River", "-m", TEXT, "--tag", TEXT)),
    Case("bad --since", ("ls", "--since", NAME)),
    Case("note too large", ("add", "River"), stdin=(TEXT * 40000).encode()),
    Case("binary stdin", ("add", "River"), stdin=TEXT.encode() + b"\0"),
    Case("stdin not UTF-8", ("add", "River"), stdin=f"{TEXT} \u00e9".encode("latin-1")),
    Case("empty note", ("add", "River", "-m", "  ")),
    Case("note id that is not hex", ("show", TEXT)),
    Case("search for nothing", ("search", " "),),
    Case("disk full while adding", ("add", "River", "-m", TEXT), setup=_disk_full),
    Case("disk full while editing", ("note", "edit", "{note}", "-m", TEXT + "!"), setup=_disk_full),
    Case("read-only while adding a client", ("client", "add", "Wren", "--name", NAME),
         setup=_read_only),
    Case("lock held by another writer", ("add", "River", "-m", TEXT), setup=_lock_busy),
    Case("unexpected error quoting data", ("add", "River", "-m", TEXT), setup=_crash_inside),
    Case("remove without a terminal", ("client", "remove", "River")),
    Case("init over an existing vault", ("init",)),
    Case("weak new passphrase", ("passwd", "--new-passphrase-file", _pf("weak")),
         setup=_passfile("weak", b"jordan\n")),
    Case("recovery key that is wrong", ("recover", "--recovery-key-file", _pf("rk"),
                                        "--new-passphrase-file", _pf("rk")),
         setup=_passfile("rk", b"0000-0000-0000-0000-0000-0000-0000-0000\n")),
    Case("export over an existing file", ("export", "--since", "2000-01-01", "-o", _pf("out.md")),
         setup=_passfile("out.md", b"someone's own file\n")),
    Case("export into a missing folder", ("export", "--since", "2000-01-01", "-o", "{tmp}/no/x.md")),
    Case("export stopped by the second pass", ("export", "--since", "2000-01-01", "-o", _pf("x.md")),
         setup=_second_pass_finds),
    Case("export of a client typed by name", ("export", NAME)),
    Case("export with a date made of the note", ("export", "--since", TEXT)),
    Case("export to a full disk", ("export", "--since", "2000-01-01", "-o", _pf("full.md")),
         setup=_disk_full),
    Case("redact for a client typed by name", ("redact", "--client", NAME), stdin=TEXT.encode()),
    Case("redact binary input", ("redact",), stdin=TEXT.encode() + b"\0"),
    Case("check for a client typed by name", ("check", "--client", NAME, "-"),
         stdin=TEXT.encode(), code=2),
    Case("log with a damaged entry", ("log",), setup=_damage_audit, error_line=False),
]  # fmt: skip


@pytest.fixture
def populated(cli, vault: Vault) -> str:  # type: ignore[no-untyped-def]
    c = vault.add_client("River", name=NAME, identifiers=[IDENT])
    return vault.add_note(c, TEXT, dt.date(2025, 3, 14)).id


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_no_error_path_prints_a_secret(
    cli,
    populated: str,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: Case,
    debug: bool,
    figures: Figures,
) -> None:  # type: ignore[no-untyped-def]
    if case.setup:
        case.setup(vault_path, tmp_path, monkeypatch)
    args = [a.format(tmp=tmp_path, note=populated) for a in case.args]
    if not case.global_args:
        args = ["--vault", str(vault_path), *args]
    if debug:
        args = ["--debug", *args]
    r: Result = cli(*args, stdin=case.stdin, global_args=case.global_args)
    assert r.code == case.code, (r.code, r.out, r.err)
    assert "confvault: error: " in r.err or not case.error_line, r.err
    for secret in SECRETS:
        assert secret not in r.out, (secret, r.out)
        assert secret not in r.err, (secret, r.err)
    if debug and case.label.startswith("unexpected"):
        assert "Traceback" in r.err and "ValueError" in r.err
    figures.add("secrets", "error paths provoked")


def test_error_paths_through_the_real_entry_point(
    vault: Vault, vault_path: Path, passfile: Path, tmp_path: Path
) -> None:
    vault.add_note(vault.add_client("River", name=NAME), TEXT, dt.date(2025, 3, 14))
    wrong = tmp_path / "wrong"
    wrong.write_text(TEXT)
    base = ("--vault", str(vault_path), "--passphrase-file", str(passfile))
    for args in (
        ("--debug", "--vault", str(vault_path), "--passphrase-file", str(wrong), "ls"),
        (*base, "add", "River", TEXT),
        (*base, "client", "add", "Wren", *NAME.split()),
        ("--debug", *base, "client", "show", NAME),
    ):
        r = proc.confvault(*args)
        assert r.code in (1, 2), (args, r.err)
        assert not any(s in r.out + r.err for s in SECRETS), (args, r.out, r.err)
