"""Rollback detection: this device remembers record revisions, outside the vault folder.

An older copy of a record (or a copy of a removed one) put back into the vault
is reported damaged by id and never shown; a missing, damaged or unwritable
memory never stops the vault from opening.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from confvault import crypto, rollback
from confvault import format as fmt
from confvault.errors import DamagedRecordError
from confvault.vault import Vault
from tests.conftest import PASSPHRASE

PW = PASSPHRASE.encode()
DAY = dt.date(2025, 3, 14)
OLD_TEXT = "the first version, which must not come back unnoticed"


def record_path(vault_path: Path, record_id: str) -> Path:
    return vault_path / "records" / fmt.record_filename(bytes.fromhex(record_id))


def state_files() -> list[Path]:
    folder = rollback.default_dir()
    return sorted(folder.glob("*" + rollback.SUFFIX)) if folder.exists() else []


@pytest.fixture
def edited(vault: Vault, vault_path: Path) -> dict[str, object]:
    """A client and two notes; the first note's rev-1 file is kept, then it is edited."""
    c = vault.add_client("River", name="Jordan Blake")
    n = vault.add_note(c, OLD_TEXT, DAY)
    other = vault.add_note(c, "bystander", DAY)
    old = record_path(vault_path, n.id).read_bytes()
    vault.update_note(n.bumped(text="the second version"))
    return {"client": c, "note": n, "other": other, "old": old}


def test_older_copy_of_a_note_is_reported_and_not_shown(
    vault_path: Path, edited: dict[str, object]
) -> None:
    note, other = edited["note"], edited["other"]
    record_path(vault_path, note.id).write_bytes(edited["old"])  # type: ignore[attr-defined]
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == {note.id}  # type: ignore[attr-defined]
    assert "older copy" in v.damaged[note.id]  # type: ignore[attr-defined]
    assert v.restored == {note.id: 1}  # type: ignore[attr-defined]
    assert [n.id for n in v.notes()] == [other.id]  # type: ignore[attr-defined]
    assert all(n.text != OLD_TEXT for n in v.notes())
    with pytest.raises(DamagedRecordError) as info:
        v.note(note.id)  # type: ignore[attr-defined]
    assert OLD_TEXT not in info.value.message
    assert [p.subject for p in v.verify()] == [note.id]  # type: ignore[attr-defined]


def test_older_copy_of_a_client_is_reported(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River", name="Jordan Blake")
    old = record_path(vault_path, c.id).read_bytes()
    vault.update_client(c.bumped(name="Jordan Blake-Smith"))
    record_path(vault_path, c.id).write_bytes(old)
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == {c.id} and v.clients() == []


def test_removed_record_put_back_is_reported(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    gone = vault.add_note(c, "removed on purpose", DAY)
    data = record_path(vault_path, gone.id).read_bytes()
    vault.remove_note(gone)
    record_path(vault_path, gone.id).write_bytes(data)
    v = Vault.open(vault_path, PW)
    assert set(v.damaged) == {gone.id} and "removed on this device" in v.damaged[gone.id]
    assert v.notes() == []


def test_removed_client_and_notes_put_back_are_reported(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    n = vault.add_note(c, "note", DAY)
    saved = {rid: record_path(vault_path, rid).read_bytes() for rid in (c.id, n.id)}
    vault.remove_client(c)
    for rid, data in saved.items():
        record_path(vault_path, rid).write_bytes(data)
    assert set(Vault.open(vault_path, PW).damaged) == {c.id, n.id}


def test_same_revision_put_back_is_not_an_alarm(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    n = vault.add_note(c, "unchanged", DAY)
    f = record_path(vault_path, n.id)
    data = f.read_bytes()
    f.unlink()
    f.write_bytes(data)  # e.g. a backup restore of a file that never changed
    v = Vault.open(vault_path, PW)
    assert v.damaged == {} and v.verify() == []


def test_accepting_a_restore_makes_the_record_readable_again(
    vault_path: Path, edited: dict[str, object]
) -> None:
    note = edited["note"]
    record_path(vault_path, note.id).write_bytes(edited["old"])  # type: ignore[attr-defined]
    v = Vault.open(vault_path, PW)
    assert v.accept_restored() == [note.id]  # type: ignore[attr-defined]
    assert v.damaged == {}
    again = Vault.open(vault_path, PW)
    assert again.note(note.id).text == OLD_TEXT  # type: ignore[attr-defined]
    # and a later edit bumps it past the accepted revision as usual
    again.update_note(again.note(note.id).bumped(text="third"))  # type: ignore[attr-defined]
    assert Vault.open(vault_path, PW).damaged == {}


def test_cli_reports_restored_record_and_accepts_it(
    cli, vault_path: Path, edited: dict[str, object]
) -> None:  # type: ignore[no-untyped-def]
    note = edited["note"]
    nid = note.id  # type: ignore[attr-defined]
    record_path(vault_path, nid).write_bytes(edited["old"])  # type: ignore[arg-type]
    r = cli("show", nid)
    assert r.code == 1 and nid in r.err and "older copy" in r.err
    assert OLD_TEXT not in r.out + r.err
    r = cli("ls")
    assert r.code == 0 and nid[:8] in r.err and OLD_TEXT[:20] not in r.out
    r = cli("verify")
    assert r.code == 1 and nid in r.out and "--accept-restored" in r.out
    r = cli("verify", "--accept-restored")
    assert r.code == 0, r.out + r.err
    assert json.loads(cli("show", nid, "--json").out)["text"] == OLD_TEXT


def test_memory_lives_outside_the_vault_and_holds_nothing_readable(
    vault_path: Path, edited: dict[str, object]
) -> None:
    files = state_files()
    assert len(files) == 1
    assert vault_path not in files[0].parents
    assert os.stat(files[0]).st_mode & 0o777 == 0o600
    assert os.stat(files[0].parent).st_mode & 0o777 == 0o700
    blob = files[0].read_bytes()
    v = Vault.open(vault_path, PW)
    ids = [c.id for c in v.clients()] + [n.id for n in v.notes()]
    for rid in ids:
        assert bytes.fromhex(rid) not in blob and rid.encode() not in blob
    assert v.header.vault_id not in blob and v.header.vault_id.hex() not in files[0].name
    for word in (b"River", b"Jordan", b"bystander", b"second version"):
        assert word not in blob


def test_missing_memory_opens_and_says_so(vault_path: Path, edited: dict[str, object]) -> None:
    for f in state_files():
        f.unlink()
    record_path(vault_path, edited["note"].id).write_bytes(edited["old"])  # type: ignore[attr-defined]
    v = Vault.open(vault_path, PW)
    # Documented limit: without this device's memory an older copy is a valid record.
    assert v.damaged == {}
    assert "no record of this vault's revisions" in v.rollback_status()
    assert "remembers the revisions of 3" in Vault.open(vault_path, PW).rollback_status()


@pytest.mark.parametrize(
    "damage",
    ["garbage", "empty", "flip_first_batch", "torn_tail", "zero_tail", "foreign"],
)
def test_damaged_memory_never_blocks_opening_and_is_rebuilt(
    vault_path: Path, edited: dict[str, object], damage: str, tmp_path: Path
) -> None:
    (f,) = state_files()
    data = f.read_bytes()
    if damage == "garbage":
        f.write_bytes(os.urandom(500))
    elif damage == "empty":
        f.write_bytes(b"")
    elif damage == "flip_first_batch":
        f.write_bytes(data[:20] + bytes([data[20] ^ 1]) + data[21:])
    elif damage == "torn_tail":
        f.write_bytes(data[:-7])
    elif damage == "zero_tail":
        f.write_bytes(data + b"\0" * 300)  # what a crash can leave after an append
    else:
        other, _ = Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
        other.add_note(other.add_client("Wren"), "x", DAY)
        mine = f.read_bytes()
        theirs = next(p for p in state_files() if p != f).read_bytes()
        f.write_bytes(theirs)
        assert theirs != mine
    v = Vault.open(vault_path, PW)
    assert {n.text for n in v.notes()} == {"the second version", "bystander"}
    status = v.rollback_status()
    if damage == "zero_tail" or damage == "torn_tail":
        assert "damaged or cut short" in status
    else:
        assert "damaged or cut short" in status or "no record" in status
    # Reading repaired it: the next open finds a sound memory again, which works.
    again = Vault.open(vault_path, PW)
    assert "remembers the revisions of 3" in again.rollback_status()
    note = edited["note"]
    newer = again.note(note.id).bumped(text="v3")  # type: ignore[attr-defined]
    before = record_path(vault_path, note.id).read_bytes()  # type: ignore[attr-defined]
    again.update_note(newer)
    record_path(vault_path, note.id).write_bytes(before)  # type: ignore[attr-defined]
    assert set(Vault.open(vault_path, PW).damaged) == {note.id}  # type: ignore[attr-defined]


def test_unwritable_memory_never_blocks_the_vault(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state folder should be")
    monkeypatch.setattr(rollback, "default_dir", lambda: blocker / "rollback")
    v = Vault.open(vault_path, PW)
    c = v.add_client("River")
    n = v.add_note(c, "still saved", DAY)
    again = Vault.open(vault_path, PW)
    assert again.note(n.id).text == "still saved" and again.verify() == []
    assert "failed" in again.rollback_status() or "could not be read" in again.rollback_status()


def test_disk_full_while_remembering_keeps_the_note(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    c = vault.add_client("River")

    def full(self: object, *a: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rollback.RevisionLog, "_append", full)
    n = vault.add_note(c, "saved even if the memory could not grow", DAY)
    monkeypatch.undo()
    assert Vault.open(vault_path, PW).note(n.id).text.startswith("saved even")


def test_two_handles_appending_keep_each_others_entries(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    a, b = Vault.open(vault_path, PW), Vault.open(vault_path, PW)
    a.reload()
    b.reload()
    na = a.add_note(c, "from a", DAY)
    nb = b.add_note(c, "from b", DAY)  # b's view of the log is stale: it must re-read
    olds = {n.id: record_path(vault_path, n.id).read_bytes() for n in (na, nb)}
    a.update_note(na.bumped(text="a2"))
    b.update_note(nb.bumped(text="b2"))
    for rid, data in olds.items():
        record_path(vault_path, rid).write_bytes(data)
    assert set(Vault.open(vault_path, PW).damaged) == {na.id, nb.id}


def test_log_is_compacted_and_stays_correct(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rollback, "_COMPACT_ENTRIES", 20)
    c = vault.add_client("River")
    n = vault.add_note(c, "v1", DAY)
    first = record_path(vault_path, n.id).read_bytes()
    for i in range(60):
        n = n.bumped(text=f"v{i + 2}")
        vault.update_note(n)
    (f,) = state_files()
    assert f.stat().st_size < 30 * 100, "60 edits of one note must not keep 60 batches"
    record_path(vault_path, n.id).write_bytes(first)
    v = Vault.open(vault_path, PW)
    assert "revision 61" in v.damaged[n.id]


def test_rollback_memory_does_not_rewrite_on_plain_reads(vault: Vault, vault_path: Path) -> None:
    c = vault.add_client("River")
    vault.add_note(c, "x", DAY)
    Vault.open(vault_path, PW).notes()
    (f,) = state_files()
    before = (f.stat().st_size, f.stat().st_mtime_ns, f.stat().st_ino)
    for _ in range(3):
        Vault.open(vault_path, PW).notes()
    assert (f.stat().st_size, f.stat().st_mtime_ns, f.stat().st_ino) == before


def test_log_is_compacted_when_it_holds_many_batches(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rollback, "_COMPACT_BATCHES", 8)
    c = vault.add_client("River")
    notes = [vault.add_note(c, f"n{i}", DAY) for i in range(30)]  # one batch per write
    (f,) = state_files()
    log = rollback.RevisionLog(f.parent, vault.header.vault_id, vault._vault_key)
    log.load()
    assert log._batches <= 8
    assert all(log.recall(n.id) == rollback.Memory(1) for n in notes)


def test_compacted_version_1_batch_read_in_bulk_matches_row_by_row() -> None:
    """A version 1 batch of only 'accepted' rows is read in one go; the result must be
    what applying its rows one by one gives, duplicates (the last wins) included."""
    key = bytes(32)
    log = rollback.RevisionLog(Path("/nonexistent"), bytes(16), key)
    ids = [bytes([i]) * 16 for i in range(5)]
    rows = [(ids[0], 3), (ids[1], 1), (ids[0], 2), (ids[2], 7)]

    def file_of(batches: list[list[tuple[bytes, int, int]]]) -> bytes:
        data = rollback._FILE_HEAD.pack(rollback.MAGIC, rollback.OLD_VERSION)
        for batch in batches:
            body = rollback._body([(rid.hex(), rev, op) for rid, rev, op in batch])
            data += log._batch(len(data), body)
        return data

    accepted = [(rid, rev, rollback.ACCEPTED) for rid, rev in rows]
    later = [(ids[1], 4, rollback.SEEN), (ids[2], 1, rollback.SEEN), (ids[3], 2, rollback.REMOVED)]
    for batches in ([accepted], [accepted, later], [later, accepted]):
        read = log._parse(file_of(batches))
        expected: dict[str, tuple[int, bool]] = {}
        for batch in batches:
            for rid, rev, op in batch:
                rollback._apply(expected, rid.hex(), rev, op)
        assert not read.damaged and not read.sorted
        assert read.appended == sum(len(b) for b in batches)
        assert read.view.memory() == expected
    # and through the public reading: the last accepted revision of a repeated id
    assert log._parse(file_of([accepted])).view.memory()[ids[0].hex()] == (2, False)


def test_verify_says_how_many_were_put_back(vault_path: Path, edited: dict[str, object]) -> None:
    """The status line said "none was put back" while listing the older copy above."""
    note = edited["note"]
    record_path(vault_path, note.id).write_bytes(edited["old"])  # type: ignore[attr-defined]
    v = Vault.open(vault_path, PW)
    v.verify()
    status = v.rollback_status()
    assert "1 of them were put back" in status and "none was put back" not in status


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_something_other_than_a_file_at_the_logs_path_never_blocks(
    vault: Vault, vault_path: Path, kind: str
) -> None:
    """A FIFO at the log's path hung every command; /dev/zero exhausted memory."""
    c = vault.add_client("River")
    vault.add_note(c, "hello", DAY)
    log = state_files()[0]
    log.unlink()
    if kind == "fifo":
        os.mkfifo(log)
    elif kind == "device":
        os.symlink("/dev/zero", log)
    else:
        log.mkdir()
    v = Vault.open(vault_path, PW)
    assert len(v.notes()) == 1
    v.add_note(c, "still writes", DAY)
    assert "could not be read" in v.rollback_status()


def test_a_link_at_the_logs_path_is_not_followed_when_writing(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    """An append through a symbolic link emptied the file it pointed to."""
    c = vault.add_client("River")
    victim = tmp_path / "thesis.txt"
    victim.write_text("precious " * 1000)
    log = state_files()[0]
    log.unlink()
    os.symlink(victim, log)
    v = Vault.open(vault_path, PW)
    v.add_note(c, "hi", DAY)
    assert victim.read_text() == "precious " * 1000


def test_a_rewrite_killed_midway_leaves_no_temp_file_for_good(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill during the log's rewrite leaves a sealed temp file beside it; the next
    rewrite removes it once it is old (a younger one may be a live writer's)."""
    monkeypatch.setattr(rollback, "_COMPACT_ENTRIES", 5)
    c = vault.add_client("River")
    (log,) = state_files()
    old = log.parent / ".tmp-0123456789abcdef"
    young = log.parent / ".tmp-fedcba9876543210"
    for temp in (old, young):
        temp.write_bytes(b"sealed bytes")
    os.utime(old, (1, 1))
    for i in range(12):  # past the threshold: the log is rewritten
        vault.add_note(c, f"note {i}", DAY)
    assert not old.exists() and young.exists()
