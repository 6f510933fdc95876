"""The header is kept twice (confvault.header and confvault.header-copy).

One damaged file is mended from the other; what must never happen: an older copy
letting an old passphrase back in, another vault's header overwriting this one's,
a read-only or busy vault being written, or a damaged header passing unnoticed.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path

import pytest

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import ConfvaultError, VaultExistsError, WrongPassphraseError
from confvault.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

PW = PASSPHRASE.encode()
NEW = NEW_PASSPHRASE.encode()


@pytest.fixture
def made(vault_path: Path) -> tuple[Vault, str]:
    v, recovery = Vault.create(vault_path, PW, crypto.TESTING_ONLY)
    client = v.add_client("River", name="Jordan Blake")
    v.add_note(client, "a note", dt.date(2025, 3, 14))
    return v, recovery


def files(vault_path: Path) -> tuple[Path, Path]:
    return vault_path / fmt.HEADER_FILE, vault_path / fmt.HEADER_COPY_FILE


def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every open for writing fails as on a read-only file system."""
    real = os.open

    def refuse(path: object, flags: int, *a: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(path, flags, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)


def derivations(monkeypatch: pytest.MonkeyPatch) -> list[crypto.KdfParams]:
    """The settings of every key derivation from now on, as they happen."""
    asked: list[crypto.KdfParams] = []
    real = crypto.derive_kek

    def counting(passphrase: bytes, salt: bytes, params: crypto.KdfParams) -> bytes:
        asked.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(crypto, "derive_kek", counting)
    return asked


def flipped(data: bytes, at: int) -> bytes:
    b = bytearray(data)
    b[at] ^= 0x01
    return bytes(b)


def test_a_new_vault_has_both_files_alike(made: tuple[Vault, str], vault_path: Path) -> None:
    main, copy = files(vault_path)
    assert main.read_bytes() == copy.read_bytes()
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert Vault.open(vault_path, PW).header_notice is None


def test_passwd_writes_both(made: tuple[Vault, str], vault_path: Path) -> None:
    v, _ = made
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    main, copy = files(vault_path)
    assert main.read_bytes() == copy.read_bytes()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)


def test_an_older_copy_never_lets_the_old_passphrase_in(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    """A passwd cut short between its two writes (or a sync tool that delivered one
    file and not yet the other) leaves the copy older than the header file."""
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    copy.write_bytes(old)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)
    assert copy.read_bytes() == old  # a wrong passphrase writes nothing
    opened = Vault.open(vault_path, NEW)
    assert opened.header_notice is not None and "held another header" in opened.header_notice
    assert copy.read_bytes() == main.read_bytes()


def test_an_older_copy_beside_a_damaged_newer_header_file_is_used_but_never_copied_back(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    """The one case where the old passphrase opens: the newer header file is damaged
    where the new passphrase needs it and only the older copy is left (someone who can
    damage that file could as well put the old header back). It is said, and the
    header file is left as it is, so the passphrase change is not undone."""
    v, recovery = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    copy.write_bytes(old)
    damaged = flipped(main.read_bytes(), 100)  # in the passphrase wrap
    main.write_bytes(damaged)
    opened = Vault.open(vault_path, PW)
    assert opened.header_notice is not None and "not the same header" in opened.header_notice
    assert main.read_bytes() == damaged and copy.read_bytes() == old
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, NEW)  # its wrap is what was damaged
    assert len(Vault.open_with_recovery(vault_path, recovery).notes()) == 1


def test_a_newer_header_file_damaged_in_its_mac_opens_with_the_new_passphrase(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    """Its core and passphrase wrap are sound: opened in memory with the copy's recovery
    wrap, and no file is written (the copy may as well be the newer one); passwd then
    writes both afresh."""
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    new = main.read_bytes()
    for at in (130, 200):  # the recovery wrap, the MAC
        damaged = flipped(new, at)
        main.write_bytes(damaged)
        copy.write_bytes(old)
        opened = Vault.open(vault_path, NEW)
        assert opened.header_notice is not None and "sound parts" in opened.header_notice
        assert main.read_bytes() == damaged and copy.read_bytes() == old
        assert len(opened.notes()) == 1
        assert [p.subject for p in opened.verify()] == [fmt.HEADER_FILE]
    opened.change_passphrase(NEW, crypto.TESTING_ONLY)
    assert main.read_bytes() == copy.read_bytes()
    assert Vault.open(vault_path, NEW).header_notice is None
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)


def test_an_older_header_file_damaged_in_its_mac_never_replaces_a_newer_copy(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    """A sync tool delivered the new copy first, then the old header file was damaged:
    the old passphrase opens in memory, and nothing is written over the newer copy."""
    v, _ = made
    main, copy = files(vault_path)
    old = main.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    new = copy.read_bytes()
    main.write_bytes(flipped(old, 200))
    assert Vault.open(vault_path, PW).header_notice is not None
    assert copy.read_bytes() == new
    assert len(Vault.open(vault_path, NEW).notes()) == 1  # the copy, the header file left
    assert copy.read_bytes() == new


def test_a_passwd_killed_after_the_header_file_is_finished_at_the_next_open(
    made: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v, _ = made
    main, copy = files(vault_path)
    real = storage.write_atomic

    def killed_at_the_copy(path: Path, data: bytes, **kw: object) -> None:
        if path.name == fmt.HEADER_COPY_FILE:
            raise KeyboardInterrupt  # the process stops here
        real(path, data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(storage, "write_atomic", killed_at_the_copy)
    with pytest.raises(KeyboardInterrupt):
        v.change_passphrase(NEW, crypto.TESTING_ONLY)
    monkeypatch.setattr(storage, "write_atomic", real)
    assert main.read_bytes() != copy.read_bytes()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)  # the change took effect with the header file
    assert Vault.open(vault_path, NEW).damaged == {}
    assert main.read_bytes() == copy.read_bytes()


def test_a_vault_from_before_the_copy_gets_one_quietly(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, copy = files(vault_path)
    copy.unlink()
    v = Vault.open(vault_path, PW)
    assert v.header_notice is None and copy.read_bytes() == main.read_bytes()


def test_the_recovery_key_opens_with_the_header_file_gone(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    _, recovery = made
    main, _copy = files(vault_path)
    good = main.read_bytes()
    main.unlink()
    v = Vault.open_with_recovery(vault_path, recovery)
    assert v.header_notice is not None and "restored from confvault.header-copy" in (
        v.header_notice
    )
    assert main.read_bytes() == good and len(v.notes()) == 1


def test_a_wrong_passphrase_mends_nothing(made: tuple[Vault, str], vault_path: Path) -> None:
    main, _copy = files(vault_path)
    bad = flipped(main.read_bytes(), 150)
    main.write_bytes(bad)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, b"not the passphrase")
    assert main.read_bytes() == bad


def test_read_only_vault_opens_from_the_copy_and_says_it_could_not_mend(
    made: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main, copy = files(vault_path)
    bad = flipped(main.read_bytes(), 7)  # the vault id itself
    main.write_bytes(bad)
    real = os.open
    read_only(monkeypatch)
    v = Vault.open(vault_path, PW)
    assert v.header_notice is not None and "The next command that can write" in v.header_notice
    assert len(v.notes()) == 1
    assert [(p.subject, p.message.split(";")[0]) for p in v.verify()] == [
        (fmt.HEADER_FILE, "damaged")
    ]
    monkeypatch.setattr(os, "open", real)
    assert main.read_bytes() == bad
    Vault.open(vault_path, PW)
    assert main.read_bytes() == copy.read_bytes()


def test_a_busy_lock_is_not_waited_for(made: tuple[Vault, str], vault_path: Path) -> None:
    v, _ = made
    main, _copy = files(vault_path)
    bad = flipped(main.read_bytes(), 60)
    main.write_bytes(bad)
    with v.locked():  # another command is writing
        opened = Vault.open(vault_path, PW)
    assert opened.header_notice is not None and "this command used" in opened.header_notice
    assert main.read_bytes() == bad


def test_another_vaults_header_is_never_written_over(
    made: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    """A header file from another vault (same passphrase, put there by mistake) may be
    the one some records need: it is left, and said, whichever of the two it is."""
    Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    foreign = (tmp_path / "other" / fmt.HEADER_FILE).read_bytes()
    main, copy = files(vault_path)
    good = main.read_bytes()
    copy.write_bytes(foreign)
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and len(v.notes()) == 1
    assert copy.read_bytes() == foreign and main.read_bytes() == good
    assert v.header_notice is not None and "confvault.header-copy is the header of another" in (
        v.header_notice
    )
    assert [p.subject for p in v.verify()] == [fmt.HEADER_COPY_FILE]


def test_both_damaged_is_an_error_that_names_a_backup(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, copy = files(vault_path)
    main.write_bytes(b"garbage")
    copy.write_bytes(b"")
    with pytest.raises(ConfvaultError) as caught:
        Vault.open(vault_path, PW)
    assert "its copy is no better" in caught.value.message
    assert caught.value.hint is not None and "backup" in caught.value.hint


def test_init_refuses_a_folder_holding_only_the_copy(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, _ = files(vault_path)
    main.unlink()
    with pytest.raises(VaultExistsError):
        Vault.check_new_location(vault_path)


def test_cli_says_once_what_it_mended(made: tuple[Vault, str], cli, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    main, copy = files(vault_path)
    main.write_bytes(flipped(main.read_bytes(), 199))
    r = cli("ls")
    assert r.code == 0 and "River" in r.out
    assert r.err.count("confvault.header was missing or damaged") == 1, r.err
    r = cli("ls")
    assert r.code == 0 and r.err == ""
    copy.write_bytes(flipped(copy.read_bytes(), 9))
    r = cli("check", "--vault-health", "--json")
    assert "confvault.header-copy was damaged" in r.err
    copy.write_bytes(b"rubbish")  # not a copy of anything: left, and said so
    r = cli("ls")
    assert r.code == 0 and "confvault.header-copy is damaged beyond telling" in r.err
    assert copy.read_bytes() == b"rubbish"
    r = cli("verify")
    assert r.code == 1 and "confvault.header-copy: damaged beyond telling" in r.out
    copy.unlink()  # as the message says: the next command writes a new copy
    assert cli("ls").err == "" and copy.read_bytes() == main.read_bytes()


# --- review 33: another vault's header, damaged KDF fields, old vaults ---------------------


@pytest.fixture
def other_header(tmp_path: Path) -> bytes:
    Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    return (tmp_path / "other" / fmt.HEADER_FILE).read_bytes()


def test_another_vaults_header_in_place_of_the_header_file_is_never_trusted_or_copied(
    made: tuple[Vault, str], vault_path: Path, other_header: bytes
) -> None:
    """Same passphrase: both files open, and the records decide which is this vault's.
    The other vault's header is left, and passwd refuses until it is moved away."""
    _, recovery = made
    main, copy = files(vault_path)
    own = copy.read_bytes()
    main.write_bytes(other_header)
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and len(v.notes()) == 1  # opened with this vault's copy
    assert v.header_notice is not None and "confvault.header is the header of another" in (
        v.header_notice
    )
    with pytest.raises(ConfvaultError) as caught:
        v.change_passphrase(NEW, crypto.TESTING_ONLY)
    assert "another vault" in caught.value.message
    assert main.read_bytes() == other_header and copy.read_bytes() == own
    assert len(Vault.open_with_recovery(vault_path, recovery).notes()) == 1


def test_with_another_vaults_header_and_a_damaged_copy_the_copy_is_repaired(
    made: tuple[Vault, str], vault_path: Path, other_header: bytes
) -> None:
    """This vault's copy with a byte appended is this vault's header, as its MAC proves
    once the byte is cut: opened with it (the records decide) and mended; the other
    vault's header file is left, and passwd refuses until it is moved away."""
    main, copy = files(vault_path)
    own = copy.read_bytes()
    copy.write_bytes(own + b"\n")
    main.write_bytes(other_header)
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and len(v.notes()) == 1
    assert copy.read_bytes() == own and main.read_bytes() == other_header
    assert v.header_notice is not None and "another vault" in v.header_notice
    with pytest.raises(ConfvaultError) as caught:
        v.change_passphrase(NEW, crypto.TESTING_ONLY)
    assert "nothing was changed" in caught.value.message


def test_a_typo_beside_a_copy_with_settings_above_the_ceiling_is_a_typo(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    _, copy = files(vault_path)
    data = bytearray(copy.read_bytes())
    data[23:27] = (35).to_bytes(4, "big")  # passes above the ceiling of 32
    copy.write_bytes(bytes(data))
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, b"a typo")
    assert Vault.open(vault_path, PW).damaged == {}


def test_a_typo_never_pays_for_a_damaged_copys_costlier_settings(
    made: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, copy = files(vault_path)
    data = bytearray(copy.read_bytes())
    data[27:31] = (2 * 1024 * 1024).to_bytes(4, "big")  # memory: 2 GiB, no one's choice
    copy.write_bytes(bytes(data))
    asked = derivations(monkeypatch)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, b"a typo")
    assert [p.memory_kib for p in asked] == [crypto.TESTING_ONLY.memory_kib]
    assert Vault.open(vault_path, PW).header_notice is not None  # the copy mended


def test_a_vault_from_before_the_copy_verifies_clean_on_a_read_only_folder(
    made: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, copy = files(vault_path)
    copy.unlink()
    read_only(monkeypatch)
    v = Vault.open(vault_path, PW)
    assert v.header_notice is None and v.verify() == []


# --- review 34 ---------------------------------------------------------------------------


def test_a_header_file_whose_settings_were_damaged_cheaper_still_opens(
    vault_path: Path,
) -> None:
    """One flipped bit made the header file's settings cheaper: it is tried first and
    fails, and the sound copy (settings anyone could have chosen) is tried next."""
    Vault.create(vault_path, PW, crypto.KdfParams(1, 64, 1))
    main, _copy = files(vault_path)
    good = main.read_bytes()
    data = bytearray(good)
    data[27:31] = (8).to_bytes(4, "big")  # 64 KiB read as 8
    main.write_bytes(bytes(data))
    v = Vault.open(vault_path, PW)
    assert v.header_notice is not None and "restored" in v.header_notice
    assert main.read_bytes() == good


def test_junk_record_files_never_stop_a_passwd(made: tuple[Vault, str], vault_path: Path) -> None:
    for i in range(100):
        (vault_path / "records" / f"{i:032x}.rec").write_bytes(os.urandom(300))
    v = Vault.open(vault_path, PW)
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    assert Vault.open(vault_path, NEW).header_notice is None


@pytest.mark.parametrize("damage", ["append", "magic", "version"])
def test_a_newer_header_file_with_damaged_fixed_fields_still_decides(
    made: tuple[Vault, str], vault_path: Path, damage: str
) -> None:
    """Beside an older copy: put back, its MAC proves it sound, so the new passphrase
    opens and mends both files, and the old one stays refused."""
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    new = main.read_bytes()
    damaged = {
        "append": new + b"x",
        "magic": b"XVH1" + new[4:],
        "version": new[:4] + b"\0\3" + new[6:],
    }[damage]
    main.write_bytes(damaged)
    copy.write_bytes(old)
    with pytest.raises(ConfvaultError):
        Vault.open(vault_path, PW)
    assert main.read_bytes() == damaged and copy.read_bytes() == old
    opened = Vault.open(vault_path, NEW)
    assert opened.header_notice is not None and "restored" in opened.header_notice
    assert main.read_bytes() == new and copy.read_bytes() == new


def test_a_newer_header_file_cut_short_is_never_written_over(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    damaged = main.read_bytes()[:-8]
    main.write_bytes(damaged)
    copy.write_bytes(old)
    opened = Vault.open(vault_path, PW)  # only the older copy is left to open with
    assert opened.header_notice is not None and "keep the file" in opened.header_notice
    assert main.read_bytes() == damaged and copy.read_bytes() == old
    with pytest.raises(ConfvaultError):
        opened.change_passphrase(PW, crypto.TESTING_ONLY)  # it may be the newer one
    assert main.read_bytes() == damaged


def test_a_version_field_and_one_more_byte_damaged_is_still_damage(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, _ = files(vault_path)
    good = main.read_bytes()
    data = bytearray(good)
    data[4:6] = (3).to_bytes(2, "big")
    data[150] ^= 1
    main.write_bytes(bytes(data))
    assert Vault.open(vault_path, PW).header_notice is not None
    assert main.read_bytes() == good


def test_passwd_refuses_before_asking_anything(
    made: tuple[Vault, str], cli, vault_path: Path, other_header: bytes
) -> None:  # type: ignore[no-untyped-def]
    _, copy = files(vault_path)
    copy.write_bytes(other_header)
    r = cli("passwd")  # no new passphrase given: it would have to ask
    assert r.code == 1 and "another vault's header" in r.err and "New passphrase" not in r.err


# --- review 35 ---------------------------------------------------------------------------


@pytest.mark.parametrize("where", [fmt.HEADER_FILE, fmt.HEADER_COPY_FILE])
def test_another_vaults_passphrase_never_opens_this_vaults_records(
    made: tuple[Vault, str], vault_path: Path, tmp_path: Path, where: str
) -> None:
    """Its header in this folder, and its own passphrase typed: its key opens none of
    these records, so it is a wrong passphrase here, and nothing is written."""
    Vault.create(tmp_path / "other", NEW, crypto.TESTING_ONLY)
    (vault_path / where).write_bytes((tmp_path / "other" / fmt.HEADER_FILE).read_bytes())
    before = {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphraseError) as caught:
        Vault.open(vault_path, NEW)
    assert caught.value.hint is not None and "another vault's" in caught.value.hint
    assert {p.name: p.read_bytes() for p in vault_path.iterdir() if p.is_file()} == before
    assert len(Vault.open(vault_path, PW).notes()) == 1


@pytest.mark.parametrize("at_main, at_copy", [(200, 80), (40, 210), (100, 150), (30, 31)])
def test_one_flipped_byte_in_each_file_is_mended_from_the_two(
    made: tuple[Vault, str], vault_path: Path, at_main: int, at_copy: int
) -> None:
    main, copy = files(vault_path)
    good = main.read_bytes()
    main.write_bytes(flipped(good, at_main))
    copy.write_bytes(flipped(good, at_copy))
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and main.read_bytes() == good and copy.read_bytes() == good


def test_health_with_the_vault_unlocked_says_once_what_to_do(
    made: tuple[Vault, str], cli, vault_path: Path, other_header: bytes
) -> None:  # type: ignore[no-untyped-def]
    _, copy = files(vault_path)
    copy.write_bytes(other_header)
    r = cli("check", "--vault-health", "--json")
    found = [f for f in json.loads(r.out)["findings"] if "header" in f["message"]]
    assert len(found) == 1 and found[0]["rule"] == "CV213"
    assert "move it out of the vault folder" in found[0]["message"]


@pytest.mark.parametrize("name", [fmt.HEADER_FILE, fmt.HEADER_COPY_FILE])
def test_a_folder_in_a_header_files_place_is_named(
    made: tuple[Vault, str], vault_path: Path, name: str
) -> None:
    target = vault_path / name
    target.unlink()
    target.mkdir()
    v = Vault.open(vault_path, PW)
    assert v.header_notice is not None and f"{name} is not a file" in v.header_notice
    assert [p.subject for p in v.verify()] == [name]
    with pytest.raises(ConfvaultError):
        v.change_passphrase(NEW, crypto.TESTING_ONLY)


# --- review 36 ---------------------------------------------------------------------------


def test_damaged_fixed_fields_in_both_files_and_without_a_copy_are_put_back(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, copy = files(vault_path)
    good = main.read_bytes()
    main.write_bytes(b"XVH1" + good[4:])  # magic in one, version in the other
    copy.write_bytes(good[:4] + b"\0\7" + good[6:])
    assert Vault.open(vault_path, PW).damaged == {}
    assert main.read_bytes() == good and copy.read_bytes() == good
    copy.unlink()  # a vault from before the copy
    main.write_bytes(good[:4] + b"\0\2" + good[6:])
    assert Vault.open(vault_path, PW).damaged == {}
    assert main.read_bytes() == good


def test_a_file_cut_short_is_completed_from_the_other(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    main, copy = files(vault_path)
    good = main.read_bytes()
    main.write_bytes(good[:223])
    copy.write_bytes(flipped(good, 100))
    assert Vault.open(vault_path, PW).damaged == {}
    assert main.read_bytes() == good and copy.read_bytes() == good


def test_another_vaults_records_and_header_merged_in_never_lock_this_vault_out(
    made: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other", NEW, crypto.TESTING_ONLY)
    them = other.add_client("Wren")
    for i in range(80):
        other.add_note(them, f"note {i}", dt.date(2025, 3, 14))
    for f in (tmp_path / "other" / "records").iterdir():
        (vault_path / "records" / f.name).write_bytes(f.read_bytes())
    main, copy = files(vault_path)
    own = copy.read_bytes()
    main.write_bytes((tmp_path / "other" / fmt.HEADER_FILE).read_bytes())
    v = Vault.open(vault_path, PW)  # (80 of the other vault's records may list first)
    assert [n.text for n in v.notes()] == ["a note"] and copy.read_bytes() == own
    Vault.open(vault_path, NEW)  # the other vault's own records open with its header...
    assert copy.read_bytes() == own  # ...and this vault's copy is never written over


def test_a_typo_never_pays_for_many_passes_at_1_gib(
    made: tuple[Vault, str], vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, copy = files(vault_path)
    data = bytearray(copy.read_bytes())
    data[23:27] = (31).to_bytes(4, "big")
    data[27:31] = crypto.MAX_CALIBRATED_MEMORY_KIB.to_bytes(4, "big")
    copy.write_bytes(bytes(data))
    asked = derivations(monkeypatch)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, b"a typo")
    assert 31 not in [p.time_cost for p in asked]


def test_another_vaults_copy_is_never_written_into_a_missing_header_file(
    made: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(tmp_path / "other", NEW, crypto.TESTING_ONLY)
    main, copy = files(vault_path)
    main.unlink()
    copy.write_bytes((tmp_path / "other" / fmt.HEADER_FILE).read_bytes())
    v = Vault.open(vault_path, NEW)  # its own passphrase: its header is all there is
    assert v.header_notice is not None and "No record in this vault opens" in v.header_notice
    assert not main.exists()


def test_a_key_derivation_without_memory_enough_is_said_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argon2.low_level
    from argon2.exceptions import HashingError

    from confvault.errors import UnsupportedParametersError

    def no_memory(**kw: object) -> bytes:
        raise HashingError("Memory allocation error")

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", no_memory)
    with pytest.raises(UnsupportedParametersError) as caught:
        crypto.derive_kek(b"pw", bytes(16), crypto.KdfParams(3, 64 * 1024, 4))
    assert "64 MiB of memory" in caught.value.message


# --- review 37 ---------------------------------------------------------------------------


def test_the_recovery_key_opens_a_lone_header_damaged_in_its_passphrase_wrap(
    made: tuple[Vault, str], vault_path: Path, cli, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _, recovery = made
    main, copy = files(vault_path)
    copy.unlink()
    main.write_bytes(flipped(main.read_bytes(), 100))
    with pytest.raises(ConfvaultError):
        Vault.open(vault_path, PW)
    v = Vault.open_with_recovery(vault_path, recovery)  # its wrap is whole
    assert len(v.notes()) == 1 and v.header_notice is not None
    keyfile, newfile = tmp_path / "rk.txt", tmp_path / "new.txt"
    keyfile.write_text(recovery + "\n")
    newfile.write_text(NEW_PASSPHRASE + "\n")
    r = cli("recover", "--recovery-key-file", str(keyfile), "--new-passphrase-file", str(newfile))
    assert r.code == 0, r.err
    assert len(Vault.open(vault_path, NEW).notes()) == 1
    assert len(Vault.open_with_recovery(vault_path, recovery).notes()) == 1
    assert main.read_bytes() == copy.read_bytes()


def test_a_damaged_vault_id_is_mended_from_the_other_file(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    new = main.read_bytes()
    main.write_bytes(flipped(new, 10))
    copy.write_bytes(old)
    opened = Vault.open(vault_path, NEW)  # the id from the older copy: the MAC agrees
    assert len(opened.notes()) == 1
    assert main.read_bytes() == new and copy.read_bytes() == new
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)


def test_in_an_empty_vault_another_vaults_copy_never_opens_it(
    vault_path: Path, tmp_path: Path
) -> None:
    Vault.create(vault_path, PW, crypto.TESTING_ONLY)  # no record yet
    Vault.create(tmp_path / "other", NEW, crypto.TESTING_ONLY)
    main, copy = files(vault_path)
    own = main.read_bytes()
    copy.write_bytes((tmp_path / "other" / fmt.HEADER_FILE).read_bytes())
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, NEW)
    v = Vault.open(vault_path, PW)
    assert v.header_notice is not None and "another vault" in v.header_notice
    assert main.read_bytes() == own


# --- review 38 ---------------------------------------------------------------------------


def test_another_vaults_recovery_key_never_opens_this_vault(
    made: tuple[Vault, str], vault_path: Path, tmp_path: Path
) -> None:
    _, other_recovery = Vault.create(tmp_path / "other", NEW, crypto.TESTING_ONLY)
    _main, copy = files(vault_path)
    copy.write_bytes(flipped((tmp_path / "other" / fmt.HEADER_FILE).read_bytes(), 200))
    with pytest.raises(WrongPassphraseError):
        Vault.open_with_recovery(vault_path, other_recovery)


def test_an_old_passphrase_never_opens_beside_a_newer_header_with_a_damaged_id(
    made: tuple[Vault, str], vault_path: Path
) -> None:
    v, _ = made
    main, copy = files(vault_path)
    old = copy.read_bytes()
    v.change_passphrase(NEW, crypto.TESTING_ONLY)
    main.write_bytes(flipped(main.read_bytes(), 12))
    copy.write_bytes(old)
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)


def test_junk_that_parses_once_repaired_never_locks_an_empty_vault_out(
    vault_path: Path,
) -> None:
    _, recovery = Vault.create(vault_path, PW, crypto.TESTING_ONLY)  # no record yet
    main, _copy = files(vault_path)
    junk = bytearray(os.urandom(224))
    junk[22] = 1  # the KDF id: parses as a header once magic and version are put back
    junk[23:32] = (1).to_bytes(4, "big") + (8).to_bytes(4, "big") + b"\x01"
    main.write_bytes(bytes(junk))
    assert Vault.open(vault_path, PW).header_notice is not None
    assert Vault.open_with_recovery(vault_path, recovery) is not None
