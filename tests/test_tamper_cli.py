"""Tampering seen through the command line: every variant on every kind of vault file.

tests/test_tamper.py attacks the library; here each damaged vault goes through
the real commands, which must: exit 1 where the damaged item was asked for,
name the record (its id) in the error, never print anything from the damaged
file or a traceback, and keep every other record readable. Commands come from
tests/robustness/surfaces.py, so a new reading command is tried here as soon
as it is listed there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from confvault import crypto
from confvault import format as fmt
from confvault.vault import Vault
from tests.conftest import PASSPHRASE, Result
from tests.robustness.figures import Figures
from tests.robustness.surfaces import READERS, fill

PW = PASSPHRASE.encode()
DAY = dt.date(2025, 3, 14)
SECRET = "she described the argument with her manager in detail"
BYSTANDER = "bystander note stays readable"
NAME = "Jordan Blake"
LARGE = "a long session " * 7000  # about 100 KiB: the 128 KiB bucket
LARGE_SECRET = "closing line about the loan"
# What must never be printed while each role's record is damaged.
CONTENT = {
    "note": (SECRET, "first draft"),
    "large": (LARGE_SECRET, "a long session"),
    "client": (NAME, "Maple Bakery"),
    "header": (SECRET, LARGE_SECRET, NAME, "Maple Bakery", BYSTANDER),
}


@dataclass
class Setup:
    path: Path
    ids: dict[str, str]  # role -> record id
    files: dict[str, Path]  # role -> file
    old_copies: dict[str, bytes]  # role -> the file at revision 1 (before an edit)


@pytest.fixture
def setup(vault: Vault, vault_path: Path) -> Setup:
    c = vault.add_client("River", name=NAME, identifiers=["Maple Bakery"])
    target = vault.add_note(c, "first draft of the note", DAY, ["t"])
    big = vault.add_note(c, LARGE, DAY)
    other = vault.add_note(c, BYSTANDER, DAY)
    ids = {"client": c.id, "note": target.id, "large": big.id, "other": other.id}
    files = {
        role: vault_path / "records" / fmt.record_filename(bytes.fromhex(rid))
        for role, rid in ids.items()
    }
    old = {role: files[role].read_bytes() for role in ("client", "note", "large")}
    vault.update_note(target.bumped(text=SECRET))
    vault.update_note(big.bumped(text=LARGE + LARGE_SECRET))
    vault.update_client(c.bumped(identifiers=("Maple Bakery", "Jo")))
    files["header"] = vault_path / fmt.HEADER_FILE
    return Setup(vault_path, ids, files, old)


def flip_positions(size: int) -> list[int]:
    """Every byte of the clear prefix, the last 40 (tag, padding end) and a spread sample.

    tests/test_tamper.py flips every byte of a record through the library; every
    ciphertext byte reaches the same authentication check, so a sample suffices here.
    """
    prefix = list(range(fmt.RECORD_MIN_SIZE - 16))
    tail = list(range(size - 40, size))
    step = max(1, (size - len(prefix) - 40) // 32)
    return sorted(set(prefix + list(range(len(prefix), size - 40, step)) + tail))


def truncation_lengths(size: int) -> list[int]:
    prefix = fmt.RECORD_MIN_SIZE - 16
    return sorted(
        {0, 1, 3, 4, 5, 6, 21, 22, 45, prefix, prefix + 15, prefix + 16, size // 2}
        | {size - 17, size - 16, size - 1}
    )


def record_variants(setup: Setup, role: str, tmp: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """(label, apply) pairs; each apply damages only the record with this role."""
    f = setup.files[role]
    original = f.read_bytes()

    def write(data: bytes) -> Callable[[], None]:
        return lambda: f.write_bytes(data)

    for i in flip_positions(len(original)):
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        yield f"flip byte {i}", write(bytes(data))
    for n in truncation_lengths(len(original)):
        yield f"truncate to {n}", write(original[:n])
    yield "append a zero byte", write(original + b"\0")
    yield "append garbage", write(original + os.urandom(700))
    yield "replace with zeros", write(b"\0" * len(original))
    yield "restore the older copy", write(setup.old_copies[role])
    yield "another record's file under this name", write(setup.files["other"].read_bytes())
    other, _ = Vault.create(tmp / f"other-{role}", PW, crypto.TESTING_ONLY)
    foreign = other.add_note(other.add_client("River"), "from another vault", DAY)
    foreign_file = (
        tmp / f"other-{role}" / "records" / fmt.record_filename(bytes.fromhex(foreign.id))
    )
    data = bytearray(foreign_file.read_bytes())
    data[6:22] = bytes.fromhex(setup.ids[role])  # relabelled as ours: still another vault's
    yield "a record from another vault, relabelled", write(bytes(data))

    def fifo() -> None:
        f.unlink()
        os.mkfifo(f)

    yield "a FIFO in place of the file (must not hang)", fifo

    def directory() -> None:
        f.unlink()
        f.mkdir()

    yield "a folder in place of the file", directory


def restore(setup: Setup, role: str, original: bytes) -> None:
    f = setup.files[role]
    if f.is_dir():
        f.rmdir()
    elif f.exists() or f.is_symlink():
        f.unlink()
    f.write_bytes(original)


def check_damaged(cli: Callable[..., Result], setup: Setup, role: str, label: str) -> int:
    """Run the reading commands; returns how many command runs were checked."""
    rid = setup.ids[role]
    runs = 0
    r = cli("verify", "--json")
    runs += 1
    assert r.code == 1, (label, r.out, r.err)
    problems = {p["subject"]: p["message"] for p in json.loads(r.out)["problems"]}
    assert rid in problems, (label, problems)
    orphans = {
        s
        for s, m in problems.items()
        if "client that no longer exists" in m
        or m == f"note of the client in record {rid}, unreadable"
    }
    if role == "client":  # its notes are reported with their client's record, and stay readable
        assert orphans == {setup.ids[k] for k in ("note", "large", "other")}, label
    assert set(problems) - orphans == {rid}, (label, problems)
    if role != "client":
        r = cli("show", rid)
        runs += 1
        assert r.code == 1 and rid in r.err, (label, r.err)
        assert r.err.startswith("confvault: error: record "), (label, r.err)
    r = cli("ls", "--json")
    runs += 1
    assert r.code == 0, (label, r.err)
    listed = {n["id"] for n in json.loads(r.out)}
    assert setup.ids["other"] in listed and (role == "client" or rid not in listed), label
    assert rid[:8] in r.err, (label, r.err)
    r = cli("show", setup.ids["other"], "--json")
    runs += 1
    assert r.code == 0 and json.loads(r.out)["text"] == BYSTANDER, label
    return runs


def assert_nothing_leaked(r: Result, label: str, role: str) -> None:
    for secret in (*CONTENT[role], PASSPHRASE):
        assert secret not in r.out and secret not in r.err, (label, secret)
    assert "Traceback" not in r.err, (label, r.err)


@pytest.mark.parametrize("role", ["note", "client", "large"])
def test_every_record_variant_is_named_and_contained(
    cli, setup: Setup, role: str, tmp_path: Path, figures: Figures
) -> None:  # type: ignore[no-untyped-def]
    original = setup.files[role].read_bytes()
    variants = list(record_variants(setup, role, tmp_path))
    runs = 0
    for label, apply in variants:
        apply()
        runs += check_damaged(cli, setup, role, f"{role}: {label}")
        for args in READERS.values():  # every reading command, for a few variants only
            if label.startswith(("flip byte 5", "truncate to 1", "restore", "a record from")):
                r = cli(*fill(args, alias="River", note=setup.ids["note"], out=str(tmp_path)))
                runs += 1
                assert r.code in (0, 1), (label, args, r.err)
                assert_nothing_leaked(r, f"{role}: {label}: {args}", role)
        restore(setup, role, original)
    assert cli("verify").code == 0
    figures.add("tampering", "record variants", len(variants))
    figures.add("tampering", "CLI runs checked", runs)


def test_no_damaged_record_text_is_ever_printed(cli, setup: Setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The older copy authenticates, so its text is the one most at risk of being shown."""
    setup.files["note"].write_bytes(setup.old_copies["note"])
    for args in READERS.values():
        r = cli(*fill(args, alias="River", note=setup.ids["note"], out=str(tmp_path)))
        assert "first draft" not in r.out + r.err, args
        assert SECRET not in r.out + r.err, args


def test_every_header_variant_refuses_cleanly(cli, setup: Setup, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    f = setup.files["header"]
    original = f.read_bytes()
    variants: list[tuple[str, bytes]] = []
    for i in range(6, len(original)):  # (magic, version and length are put back)
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        variants.append((f"flip byte {i}", bytes(data)))
    for n in (0, 1, 3, 4, 5, 6, 22, 32, 48, 120, 192, 223):
        variants.append((f"truncate to {n}", original[:n]))
    copy = f.with_name(fmt.HEADER_COPY_FILE)
    for label, data in variants:
        f.write_bytes(data)
        copy.write_bytes(data)  # both: nothing to mend from
        r = cli("ls")
        assert r.code == 1, label
        assert r.out == "", (label, r.out)
        assert r.err.startswith("confvault: error: "), (label, r.err)
        assert_nothing_leaked(r, label, "header")
    f.write_bytes(original)
    copy.write_bytes(original)
    assert cli("verify").code == 0
    figures.add("tampering", "header variants", len(variants))


def test_header_variants_with_a_sound_copy_are_mended(cli, setup: Setup, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    """One damaged header file: every command works from the other, says so once on
    stderr and writes it back; nothing secret is shown."""
    f = setup.files["header"]
    original = f.read_bytes()
    variants: list[tuple[str, bytes]] = []
    for i in range(0, len(original), 5):
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        variants.append((f"flip byte {i}", bytes(data)))
    for n in (0, 6, 48, 223):
        variants.append((f"truncate to {n}", original[:n]))
    variants.append(("append garbage", original + os.urandom(300)))
    for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE):
        target = f.with_name(name)
        for label, data in variants:
            target.write_bytes(data)
            r = cli("verify")  # reads every record: a sound vault again, said once
            assert r.code == 0, (name, label, r.out, r.err)
            assert f"{name} was" in r.err and "damaged" in r.err, (name, label, r.err)
            assert target.read_bytes() == original, (name, label)
            assert PASSPHRASE not in r.out + r.err and "Traceback" not in r.err
    target = f
    target.unlink()
    r = cli("verify")
    assert r.code == 0 and "restored from confvault.header-copy" in r.err, r.err
    assert target.read_bytes() == original
    figures.add("tampering", "header variants mended", 2 * len(variants) + 1)


def test_header_from_another_vault_shows_nothing(cli, setup: Setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE):
        shutil.copy(tmp_path / "other" / fmt.HEADER_FILE, setup.files["header"].with_name(name))
    r = cli("verify", "--json")
    assert r.code == 1
    assert {p["subject"] for p in json.loads(r.out)["problems"]} == set(setup.ids.values())
    for args in READERS.values():
        r = cli(*fill(args, alias="River", note=setup.ids["note"], out=""))
        assert_nothing_leaked(r, str(args), "header")


def test_swapped_records_are_both_named(cli, setup: Setup, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    a, b = setup.files["note"], setup.files["other"]
    da, db = a.read_bytes(), b.read_bytes()
    a.write_bytes(db)
    b.write_bytes(da)
    r = cli("verify", "--json")
    assert r.code == 1
    subjects = {p["subject"] for p in json.loads(r.out)["problems"]}
    assert subjects == {setup.ids["note"], setup.ids["other"]}
    for rid in subjects:
        r = cli("show", rid)
        assert r.code == 1 and rid in r.err and "another record" in r.err
        assert_nothing_leaked(r, "swap", "note")
        assert BYSTANDER not in r.out + r.err
    shown = json.loads(cli("show", setup.ids["large"], "--json").out)["text"]
    assert shown.endswith(LARGE_SECRET)
    figures.add("tampering", "record variants", 1)


def test_lock_file_and_stray_files_do_no_harm(cli, setup: Setup, figures: Figures) -> None:  # type: ignore[no-untyped-def]
    lock = setup.path / "lock"
    lock.write_bytes(os.urandom(100))
    assert cli("add", "River", "-m", "written with a garbage lock file").code == 0
    conflict = setup.files["note"].with_name(setup.files["note"].name + ".sync-conflict")
    shutil.copy(setup.files["note"], conflict)
    r = cli("verify")
    assert r.code == 1 and conflict.name in r.out
    conflict.unlink()
    lock.unlink()
    assert cli("verify").code == 0
    figures.add("tampering", "other-file variants", 2)
