"""The vault library: keys, recovery, records, permissions, and nothing readable on disk."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import (
    AmbiguousError,
    DamagedRecordError,
    InvalidInputError,
    NotFoundError,
    StorageError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from confvault.vault import Vault
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE

PW = PASSPHRASE.encode()
DAY = dt.date(2025, 3, 14)


def record_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((path / "records").iterdir())}


def test_create_open_round_trip(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River", name="Jordan Blake", identifiers=["Jo", "Maple Bakery"])
    n = vault.add_note(c, "Talked about sleep.", DAY, ["Sleep", "#work"])
    again = Vault.open(vault_path, PW)
    assert [x.alias for x in again.clients()] == ["River"]
    got = again.note(n.id[:6])
    assert got.text == "Talked about sleep." and got.tags == ("sleep", "work") and got.date == DAY
    assert again.client("river").terms() == ("Jordan Blake", "Jo", "Maple Bakery")


def test_create_refuses_existing_vault_or_nonempty_folder(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultExistsError):
        Vault.create(vault_path, PW, crypto.TESTING_ONLY)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "thesis.txt").write_text("mine")
    with pytest.raises(VaultExistsError):
        Vault.create(busy, PW, crypto.TESTING_ONLY)
    assert (busy / "thesis.txt").read_text() == "mine"


def test_missing_vault_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError) as info:
        Vault.open(tmp_path / "nowhere", PW)
    assert "confvault init" in (info.value.hint or "")


def test_wrong_passphrase_is_plain(vault: Vault, vault_path: Path) -> None:
    with pytest.raises(WrongPassphraseError, match="does not open"):
        Vault.open(vault_path, b"not it")


def test_passphrase_unicode_is_normalised(vault_path: Path) -> None:
    from confvault.vault import passphrase_bytes

    Vault.create(vault_path, passphrase_bytes("caf\u00e9 au lait maison"), crypto.TESTING_ONLY)
    Vault.open(vault_path, passphrase_bytes("cafe\u0301 au lait maison"))


def test_recovery_key_opens_and_passwd_keeps_it(vault_path: Path) -> None:
    v, recovery = Vault.create(vault_path, PW, crypto.TESTING_ONLY)
    c = v.add_client("River")
    v.add_note(c, "note one", DAY)
    before = record_files(vault_path)
    v.change_passphrase(NEW_PASSPHRASE.encode(), crypto.TESTING_ONLY)
    assert record_files(vault_path) == before, "passwd must not rewrite records"
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, PW)
    assert Vault.open(vault_path, NEW_PASSPHRASE.encode()).notes()[0].text == "note one"
    r = Vault.open_with_recovery(vault_path, recovery.lower().replace("-", " "))
    r.change_passphrase(b"third passphrase here", crypto.TESTING_ONLY)
    assert Vault.open(vault_path, b"third passphrase here").notes()[0].text == "note one"


def test_recovery_key_of_another_vault_is_refused(vault_path: Path, tmp_path: Path) -> None:
    Vault.create(vault_path, PW, crypto.TESTING_ONLY)
    _, other = Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    with pytest.raises(WrongPassphraseError, match="recovery key"):
        Vault.open_with_recovery(vault_path, other)


def test_permissions_are_private_whatever_the_umask(vault_path: Path) -> None:
    old = os.umask(0)
    try:
        v, _ = Vault.create(vault_path, PW, crypto.TESTING_ONLY)
        v.add_note(v.add_client("River"), "x", DAY)
    finally:
        os.umask(old)
    for root, dirs, files in os.walk(vault_path):
        assert stat.S_IMODE(os.stat(root).st_mode) == 0o700
        for f in files:
            assert stat.S_IMODE(os.stat(os.path.join(root, f)).st_mode) == 0o600, f


def test_nothing_readable_on_disk(vault: Vault, vault_path: Path) -> None:
    secrets_ = [
        "Jordan Blake",
        "River",
        "Maple Street Bakery",
        "Harwick",
        "Sam",
        "insomnia",
        "housingtag",
        "she said the landlord threatened her",
        "2025-03-14",
    ]
    c = vault.add_client(
        "River", name="Jordan Blake", identifiers=["Maple Street Bakery", "Harwick", "Sam"]
    )
    vault.add_note(c, "insomnia: she said the landlord threatened her", DAY, ["housingtag"])
    blob = b"".join(p.read_bytes() for p in vault_path.rglob("*") if p.is_file())
    names = " ".join(str(p) for p in vault_path.rglob("*"))
    for s in secrets_:
        for form in {s, s.lower(), s.upper()}:
            assert form.encode("utf-8") not in blob, s
            assert form.encode("utf-16-le") not in blob, s
            assert form not in names, s


def test_directory_listing_reveals_only_a_count(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    vault.add_note(c, "short", DAY)
    vault.add_note(c, "a somewhat longer note " * 5, DAY)
    sizes = {p.stat().st_size for p in (vault_path / "records").iterdir()}
    assert len(sizes) == 1, "a client and notes of different lengths share one padded size"
    assert sizes == {fmt.RECORD_MIN_SIZE + fmt.MIN_BUCKET}


def test_aliases_unique_case_insensitively(vault: Vault) -> None:
    vault.add_client("River")
    with pytest.raises(InvalidInputError, match="already exists"):
        vault.add_client("river")
    with pytest.raises(NotFoundError):
        vault.client("Wren")


def test_note_prefixes(vault: Vault) -> None:
    c = vault.add_client("River")
    notes = [vault.add_note(c, f"n{i}", DAY) for i in range(40)]
    assert vault.note(notes[5].id).id == notes[5].id
    from collections import Counter

    common = Counter(n.id[0] for n in notes).most_common(1)[0][0]  # 40 ids, 16 digits: shared
    with pytest.raises(AmbiguousError):
        vault.note(common)
    with pytest.raises(InvalidInputError):
        vault.note("xyz")
    with pytest.raises(NotFoundError):
        vault.note("f" * 32 if not any(n.id == "f" * 32 for n in notes) else "0" * 32)


def test_filters_and_search(vault: Vault) -> None:
    a, b = vault.add_client("River"), vault.add_client("Wren")
    vault.add_note(a, "Sleep was bad", dt.date(2025, 1, 1), ["sleep"])
    vault.add_note(a, "Work stress; SLEEP better", dt.date(2025, 2, 1), ["work", "sleep"])
    vault.add_note(b, "sleep\n  was   fine", dt.date(2025, 3, 1))
    assert len(vault.notes(a)) == 2
    assert len(vault.notes(since=dt.date(2025, 2, 1))) == 2
    assert len(vault.notes(until=dt.date(2025, 1, 31))) == 1
    assert len(vault.notes(tags=["SLEEP", "work"])) == 1
    hits = vault.search("sleep")
    assert len(hits) == 3
    assert [len(s) for _, s in vault.search("sleep was")] == [1, 1]
    assert len(vault.search("sleep", b)) == 1
    with pytest.raises(InvalidInputError):
        vault.search("   ")


def test_remove_client_removes_their_notes(vault: Vault, vault_path: Path) -> None:
    a, b = vault.add_client("River"), vault.add_client("Wren")
    for i in range(3):
        vault.add_note(a, f"a{i}", DAY)
    vault.add_note(b, "b", DAY)
    assert vault.remove_client(a) == 3
    again = Vault.open(vault_path, PW)
    assert [c.alias for c in again.clients()] == ["Wren"]
    assert [n.text for n in again.notes()] == ["b"]
    assert again.verify() == []


def test_edit_keeps_id_and_bumps_revision(vault: Vault, vault_path: Path) -> None:
    n = vault.add_note(vault.add_client("River"), "first", DAY)
    vault.update_note(n.bumped(text="second"))
    got = Vault.open(vault_path, PW).note(n.id)
    assert got.text == "second" and got.rev == 2


@pytest.mark.parametrize(
    "alias", ["", "../x", "a/b", "a\0b", "x" * 1000, "\x1b[2J", "-rf", " ", "_x"]
)
def test_hostile_aliases_are_refused(vault: Vault, alias: str) -> None:
    with pytest.raises(InvalidInputError):
        vault.add_client(alias)


def test_note_size_limit(vault: Vault) -> None:
    from confvault.records import MAX_NOTE_BYTES

    c = vault.add_client("River")
    vault.add_note(c, "x" * MAX_NOTE_BYTES, DAY)
    with pytest.raises(InvalidInputError, match="at most"):
        vault.add_note(c, "x" * (MAX_NOTE_BYTES + 1), DAY)
    with pytest.raises(InvalidInputError, match="empty"):
        vault.add_note(c, " \n\t", DAY)
    worst = "\x01" * MAX_NOTE_BYTES  # JSON-escapes to six bytes each
    vault.add_note(c, worst, DAY)


def test_disk_full_keeps_previous_state(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = vault.add_client("River")
    n = vault.add_note(c, "kept", DAY)
    before = record_files(vault_path)

    def full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(StorageError, match="disk is full"):
        vault.add_note(c, "new", DAY)
    with pytest.raises(StorageError, match="disk is full"):
        vault.update_note(n.bumped(text="changed"))
    monkeypatch.undo()
    assert record_files(vault_path) == before
    assert not list((vault_path / "records").glob(".tmp-*"))


def test_a_killed_writers_temp_file_is_cleared_when_the_vault_is_next_opened(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = vault.add_client("River")
    made: list[Path] = []
    real = os.replace

    def killed(src: Path, dst: Path) -> None:  # dies between writing and renaming
        made.append(Path(src))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        vault.add_note(c, "half written", DAY)
    monkeypatch.setattr(os, "replace", real)
    (temp,) = made
    assert temp.parent == vault_path  # in the vault folder, not among 10,000 records
    temp.write_bytes(b"sealed bytes a killed writer left")  # as if the kill left it
    assert any(p.subject == temp.name for p in vault.verify())
    Vault.open(vault_path, PASSPHRASE.encode())
    assert not temp.exists()
    assert vault.verify() == []


def test_an_older_versions_leftover_in_records_is_cleared_by_a_listing_command(
    vault: Vault, vault_path: Path
) -> None:
    c = vault.add_client("River")
    stray = vault_path / "records" / ".tmp-deadbeef"
    stray.write_bytes(b"half a note")
    assert any(p.subject == stray.name for p in vault.verify())
    again = Vault.open(vault_path, PASSPHRASE.encode())
    again.notes()  # lists records/, and remembers what it saw
    again.add_note(c, "x", DAY)  # the first write clears it under the lock
    assert not stray.exists()
    assert vault.verify() == []


def test_read_only_vault_reads_but_refuses_writes(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = vault.add_client("River")
    vault.add_note(c, "x", DAY)
    real_open = os.open

    def read_only(
        path: object, flags: int, *a: object
    ) -> int:  # root ignores chmod: simulate EROFS
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    again = Vault.open(vault_path, PW)
    assert len(again.notes()) == 1
    with pytest.raises(StorageError, match="not writable"):
        again.add_note(c, "y", DAY)
    monkeypatch.undo()
    assert len(Vault.open(vault_path, PW).notes()) == 1


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(min_size=1, max_size=2000).filter(lambda t: t.strip()),
    tags=st.lists(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True), max_size=4),
    day=st.dates(),
)
@example(text="0\r\n", tags=[], day=dt.date(2000, 1, 1))  # (hypothesis found it in CI)
def test_notes_round_trip(
    vault: Vault, vault_path: Path, text: str, tags: list[str], day: dt.date
) -> None:
    c = vault.clients()[0] if vault.clients() else vault.add_client("River")
    n = vault.add_note(c, text, day, tags)
    got = Vault.open(vault_path, PW).note(n.id)
    # (a Windows line end is saved as a plain one, by design: records.check_note_text)
    want = text.replace("\r\n", "\n")
    assert (got.text, got.date, got.tags) == (want, day, tuple(dict.fromkeys(tags)))


def test_write_lock_times_out_calmly(vault_path: Path, vault: Vault) -> None:
    from confvault.errors import LockTimeoutError

    with storage.write_lock(vault_path), pytest.raises(LockTimeoutError):
        with storage.write_lock(vault_path, timeout=0.05):
            pass


def test_damaged_record_is_named_and_isolated(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    good = vault.add_note(c, "good", DAY)
    bad = vault.add_note(c, "bad", DAY)
    f = vault_path / "records" / fmt.record_filename(bytes.fromhex(bad.id))
    data = bytearray(f.read_bytes())
    data[-1] ^= 0x40
    f.write_bytes(bytes(data))
    again = Vault.open(vault_path, PW)
    assert [n.id for n in again.notes()] == [good.id]
    assert list(again.damaged) == [bad.id]
    with pytest.raises(DamagedRecordError) as info:
        again.note(bad.id[:8])
    assert bad.id in info.value.message and "bad" not in info.value.message.replace(bad.id, "")
    assert [p.subject for p in again.verify()] == [bad.id]


def test_same_alias_from_two_devices_is_reported_and_can_be_renamed(
    vault: Vault, vault_path: Path
) -> None:
    from confvault.records import Client

    first = vault.add_client("River")
    # Another device added "River" offline; after syncing, its record lands here as is.
    twin = Client(id="f" * 32, alias="River")
    vault._write_record(twin.id, fmt.KIND_CLIENT, twin.to_payload(), new=True)
    again = Vault.open(vault_path, PW)
    with pytest.raises(AmbiguousError, match="two clients share"):
        again.client("river")
    oldest = again.client("river", oldest_if_shared=True)
    assert oldest.id in {first.id, twin.id}
    again.update_client(oldest.bumped(alias="River-2"))
    assert Vault.open(vault_path, PW).client("River").id != oldest.id


def test_a_writer_killed_after_this_command_opened_is_still_cleared_by_its_write(
    tmp_path: Path,
) -> None:
    """Opening found no temp file; one appears before this command's first write (a
    writer killed meanwhile): the write lock still clears it."""
    path = tmp_path / "v"
    Vault.create(path, PASSPHRASE.encode(), crypto.TESTING_ONLY)
    vault = Vault.open(path, PASSPHRASE.encode())
    leftover = path / ".tmp-0123456789abcdef"
    leftover.write_bytes(b"half a record")
    vault.add_client("Robin")
    assert not leftover.exists()


def test_records_on_another_file_system_are_still_written(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A records/ folder mounted apart (a symlink to another volume) cannot take a
    rename from the vault folder: the write is made again from records/ itself."""
    real = os.replace

    def across_devices(src: Path, dst: Path) -> None:
        if Path(src).parent != Path(dst).parent:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real(src, dst)

    monkeypatch.setattr(os, "replace", across_devices)
    c = vault.add_client("River")
    note = vault.add_note(c, "saved all the same", DAY)
    monkeypatch.undo()
    again = Vault.open(vault_path, PASSPHRASE.encode())
    assert again.note(note.id).text == "saved all the same"
    assert not list(vault_path.glob(".tmp-*")) and not list((vault_path / "records").glob(".tmp-*"))


def test_an_older_versions_leftover_is_cleared_by_adding_a_client(
    vault: Vault, vault_path: Path
) -> None:
    stray = vault_path / "records" / ".tmp-0123456789abcdef"
    stray.write_bytes(b"half a note")
    problems = {p.subject: p.message for p in vault.verify()}
    assert problems[stray.name].endswith("(in records/)")
    Vault.open(vault_path, PASSPHRASE.encode()).add_client("Wren")  # lists under the lock
    assert not stray.exists()


def test_a_note_added_while_its_client_is_being_removed_goes_too(
    vault: Vault, vault_path: Path
) -> None:
    """`client remove` asks first; a note another command adds while it waits is
    removed with the rest, not left behind as an orphan."""
    c = vault.add_client("River")
    vault.add_note(c, "before", DAY)
    remover = Vault.open(vault_path, PASSPHRASE.encode())
    river = remover.client("River")
    assert len(remover.notes(river)) == 1  # what the prompt counted
    Vault.open(vault_path, PASSPHRASE.encode()).add_note(c, "added meanwhile", DAY)
    assert remover.remove_client(river) == 2
    again = Vault.open(vault_path, PASSPHRASE.encode())
    assert again.notes() == [] and again.verify() == []


def test_a_note_for_a_client_removed_meanwhile_is_refused_not_orphaned(
    vault: Vault, vault_path: Path
) -> None:
    c = vault.add_client("River")
    adder = Vault.open(vault_path, PASSPHRASE.encode())
    river = adder.client("River")
    Vault.open(vault_path, PASSPHRASE.encode()).remove_client(c)
    before = record_files(vault_path)
    with pytest.raises(NotFoundError, match="removed by another confvault command"):
        adder.add_note(river, "too late", DAY)
    assert record_files(vault_path) == before


def test_a_folder_named_like_a_temp_file_is_not_reported(vault: Vault, vault_path: Path) -> None:
    (vault_path / ".tmp-0123456789abcdef").mkdir()
    vault.add_client("River")
    assert vault.verify() == []
