"""Byte-flip, truncation, swap and transplant attacks on every region of every file kind.

Each must be detected: the header refuses to open, a record is reported
damaged by id, nothing unauthenticated is returned, every other record stays
readable.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from confvault import crypto
from confvault import format as fmt
from confvault.errors import ConfvaultError, DamagedRecordError
from confvault.vault import Vault
from tests.conftest import PASSPHRASE

PW = PASSPHRASE.encode()
DAY = dt.date(2025, 3, 14)
SECRET_TEXT = "the client said something only the supporter should know"


@pytest.fixture
def populated(vault: Vault, vault_path: Path) -> dict[str, str]:
    """A client, their note, and a bystander note; returns ids by role."""
    c = vault.add_client("River", name="Jordan Blake")
    target = vault.add_note(c, SECRET_TEXT, DAY, ["t"])
    other = vault.add_note(c, "bystander note", DAY)
    return {"client": c.id, "note": target.id, "other": other.id}


def path_of(vault_path: Path, record_id: str) -> Path:
    return vault_path / "records" / fmt.record_filename(bytes.fromhex(record_id))


def assert_only_damaged(vault_path: Path, damaged: set[str], ids: dict[str, str]) -> None:
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == damaged
    readable = {n.id for n in v.notes()} | {c.id for c in v.clients()}
    assert readable == set(ids.values()) - damaged
    if ids["note"] in damaged:
        assert all(n.text != SECRET_TEXT for n in v.notes())
    for rid in damaged - {ids["client"]}:
        with pytest.raises(DamagedRecordError):
            v.note(rid)
    assert {p.subject for p in v.verify()} >= damaged


@pytest.mark.parametrize("role", ["client", "note"])
def test_every_byte_flip_of_a_record_is_detected(
    vault_path: Path, populated: dict[str, str], role: str
) -> None:
    f = path_of(vault_path, populated[role])
    original = f.read_bytes()
    for i in range(len(original)):
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        f.write_bytes(bytes(data))
        v = Vault.open(vault_path, PW)
        assert set(v.damaged) == {populated[role]}, f"flip at byte {i} went unnoticed"
        assert populated["other"] in {n.id for n in v.notes()}
    f.write_bytes(original)
    assert Vault.open(vault_path, PW).damaged == {}


def test_record_truncations_and_appends_are_detected(
    vault_path: Path, populated: dict[str, str]
) -> None:
    f = path_of(vault_path, populated["note"])
    original = f.read_bytes()
    prefix = fmt.RECORD_MIN_SIZE - 16
    lengths = [
        0,
        1,
        3,
        4,
        5,
        6,
        21,
        prefix - 1,
        prefix,
        prefix + 15,
        prefix + 16,
        len(original) - 16,
        len(original) - 1,
    ]
    variants = [original[:n] for n in lengths] + [original + b"\0", original + b"garbage" * 100]
    for data in variants:
        f.write_bytes(data)
        assert_only_damaged(vault_path, {populated["note"]}, populated)


def test_swapped_records_are_detected(vault_path: Path, populated: dict[str, str]) -> None:
    a, b = path_of(vault_path, populated["note"]), path_of(vault_path, populated["other"])
    da, db = a.read_bytes(), b.read_bytes()
    a.write_bytes(db)
    b.write_bytes(da)
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == {populated["note"], populated["other"]}
    assert "another record" in v.damaged[populated["note"]]


def test_client_record_cannot_pass_as_a_note(vault_path: Path, populated: dict[str, str]) -> None:
    # Re-label the client file under the note's id: the id inside no longer matches.
    path_of(vault_path, populated["note"]).write_bytes(
        path_of(vault_path, populated["client"]).read_bytes()
    )
    assert set(Vault.open(vault_path, PW).damaged) == {populated["note"]}


def test_record_copied_from_another_vault_is_detected(
    vault_path: Path, populated: dict[str, str], tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    foreign = other.add_note(other.add_client("River"), "foreign", DAY)
    src = path_of(tmp_path / "other", foreign.id)
    shutil.copy(src, vault_path / "records" / src.name)  # same name: a new record here
    ids = {**populated, "foreign": foreign.id}
    assert_only_damaged(vault_path, {foreign.id}, ids)


def _write_both(vault_path: Path, data: bytes) -> None:
    for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE):
        (vault_path / name).write_bytes(data)


def test_every_byte_flip_of_both_header_files_is_refused(
    vault_path: Path, populated: dict[str, str]
) -> None:
    original = (vault_path / fmt.HEADER_FILE).read_bytes()
    for i in range(6, len(original)):  # (magic and version: below)
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        _write_both(vault_path, bytes(data))
        with pytest.raises(ConfvaultError):
            Vault.open(vault_path, PW)
    for n in (0, 1, 4, 6, 50, len(original) - 1):
        _write_both(vault_path, original[:n])
        with pytest.raises(ConfvaultError):
            Vault.open(vault_path, PW)
    _write_both(vault_path, original)
    assert Vault.open(vault_path, PW).damaged == {}


def test_fixed_fields_damaged_in_both_files_are_put_back(
    vault_path: Path, populated: dict[str, str]
) -> None:
    """Magic, version and length are known: put back, the MAC proves the rest."""
    original = (vault_path / fmt.HEADER_FILE).read_bytes()
    variants = [original + b"x", original + bytes(300)]
    for i in range(6):
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        variants.append(bytes(data))
    for data in variants:
        _write_both(vault_path, data)
        v = Vault.open(vault_path, PW)
        assert v.damaged == {}
        for name in (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE):
            assert (vault_path / name).read_bytes() == original


@pytest.mark.parametrize("damaged", [fmt.HEADER_FILE, fmt.HEADER_COPY_FILE])
def test_every_byte_flip_of_one_header_file_is_mended_from_the_other(
    vault_path: Path, populated: dict[str, str], damaged: str
) -> None:
    f = vault_path / damaged
    original = f.read_bytes()
    variants = []
    for i in range(len(original)):
        data = bytearray(original)
        data[i] ^= 0x01 if i % 2 else 0x80
        variants.append(bytes(data))
    variants += [original[:n] for n in (0, 1, 4, 6, 50, len(original) - 1)]
    variants += [original + b"x", b""]
    for data in variants:
        f.write_bytes(data)
        v = Vault.open(vault_path, PW)
        assert f.read_bytes() == original, data
        assert v.header_notice is not None and damaged in v.header_notice
        read = {n.id for n in v.notes()} | {c.id for c in v.clients()}
        assert v.damaged == {} and read == set(populated.values())
        assert Vault.open(vault_path, PW).header_notice is None  # mended: nothing more to say
    f.unlink()
    assert Vault.open(vault_path, PW).header_notice == (
        None
        if damaged == fmt.HEADER_COPY_FILE  # a vault from before the copy: written quietly
        else "confvault.header was missing or damaged; it was restored from "
        "confvault.header-copy. Your notes are untouched."
    )
    assert f.read_bytes() == original


def test_header_from_another_vault_opens_nothing(
    vault_path: Path, populated: dict[str, str], tmp_path: Path
) -> None:
    # Even with the same passphrase, another vault's header holds another key.
    Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    foreign = (tmp_path / "other" / fmt.HEADER_FILE).read_bytes()
    _write_both(vault_path, foreign)
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == set(populated.values())
    assert v.notes() == [] and v.clients() == []
    assert v.header_notice is None  # nothing to mend, nothing written
    assert {p.subject for p in v.verify()} == set(populated.values())


def test_header_file_from_another_vault_beside_this_ones_copy(
    vault_path: Path, populated: dict[str, str], tmp_path: Path
) -> None:
    """The records say which of the two is this vault's; the other is left alone."""
    Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    copy = (vault_path / fmt.HEADER_COPY_FILE).read_bytes()
    shutil.copy(tmp_path / "other" / fmt.HEADER_FILE, vault_path / fmt.HEADER_FILE)
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and len(v.notes()) == 2
    assert (vault_path / fmt.HEADER_COPY_FILE).read_bytes() == copy
    assert v.header_notice is not None and "another vault" in v.header_notice
    assert [p.subject for p in v.verify()] == [fmt.HEADER_FILE]


def test_header_kdf_fields_raised_to_exhaust_memory_are_refused_fast(
    vault_path: Path, populated: dict[str, str]
) -> None:
    from confvault.errors import UnsupportedParametersError

    f = vault_path / fmt.HEADER_FILE
    original = f.read_bytes()
    data = bytearray(original)
    data[27:31] = (2**32 - 1).to_bytes(4, "big")  # memory in KiB: 4 TiB
    f.write_bytes(bytes(data))
    assert Vault.open(vault_path, PW).damaged == {}  # its copy asks for what it should
    assert f.read_bytes() == original
    _write_both(vault_path, bytes(data))
    with pytest.raises(UnsupportedParametersError):
        Vault.open(vault_path, PW)
