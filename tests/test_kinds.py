"""The per-device kind cache: finding a client without decrypting the notes.

The cache is never required for correctness: missing, damaged, foreign or
unwritable, it only makes a lookup slower. It lives outside the vault folder
and holds no content.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from confvault import crypto, kinds
from confvault import format as fmt
from confvault.errors import NotFoundError
from confvault.vault import Vault
from tests.conftest import PASSPHRASE

PW = PASSPHRASE.encode()
DAY = dt.date(2025, 3, 14)
NOTES = 30


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def filled(vault: Vault, vault_path: Path) -> Path:
    river = vault.add_client("River", name="Jordan Blake")
    wren = vault.add_client("Wren")
    for i in range(NOTES):
        vault.add_note(river if i % 2 else wren, f"session {i} about sleep", DAY)
    return vault_path


def count_unseals(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = crypto.unseal

    def counting(*args: bytes) -> bytes:
        # record files and the kind cache; the revision log (rollback/) has its own cost
        if not args[3].startswith(b"confvault/seen"):
            calls[0] += 1
        return real(*args)

    monkeypatch.setattr(crypto, "unseal", counting)
    return calls


def test_a_warm_cache_finds_a_client_without_opening_the_notes(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert Vault.open(filled, PW).client("river").alias == "River"  # cold: learns every kind
    calls = count_unseals(monkeypatch)
    fresh = Vault.open(filled, PW)
    before = calls[0]
    assert fresh.client("River").name == "Jordan Blake"
    # two client records (tried as a note, then as a client) and the cache itself
    assert calls[0] - before <= 2 * 2 + 1 < NOTES


def test_the_cache_lives_outside_the_vault_and_holds_no_content(filled: Path) -> None:
    before = files_in(filled)
    vault = Vault.open(filled, PW)
    vault.client("River")
    assert files_in(filled) == before  # nothing new or changed in the synced folder
    caches = list(kinds.default_dir().glob("*" + kinds.SUFFIX))
    assert len(caches) == 1
    data = caches[0].read_bytes()
    assert caches[0].stat().st_mode & 0o777 == 0o600
    assert kinds.default_dir().stat().st_mode & 0o777 == 0o700
    river = vault.client("River")
    for secret in (b"River", b"Jordan", b"sleep", river.id.encode(), vault.header.vault_id):
        assert secret not in data


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_cache_is_ignored_and_rebuilt(filled: Path, damage: str) -> None:
    Vault.open(filled, PW).client("River")
    (cache,) = kinds.default_dir().glob("*" + kinds.SUFFIX)
    data = bytearray(cache.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[-5] ^= 0x40
    elif damage == "garbage":
        data = bytearray(b"not a cache at all")
    else:
        data = bytearray()
    cache.write_bytes(bytes(data))
    vault = Vault.open(filled, PW)
    assert vault.client("Wren").alias == "Wren"
    with pytest.raises(NotFoundError):
        vault.client("Nobody")
    rebuilt = kinds.KindCache(kinds.default_dir(), vault.header.vault_id, vault._vault_key).load()
    assert len(rebuilt[fmt.KIND_NOTE]) == NOTES and len(rebuilt[fmt.KIND_CLIENT]) == 2


def test_records_the_cache_does_not_know_are_read(filled: Path) -> None:
    Vault.open(filled, PW).client("River")
    elsewhere = Vault.open(filled, PW)  # as if on another device, synced in later
    elsewhere.add_client("Kestrel", identifiers=["Kes"])
    assert Vault.open(filled, PW).client("Kestrel").identifiers == ("Kes",)


def test_removed_records_leave_the_cache_when_it_is_rewritten(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kinds, "COMPACT_AFTER", 3)
    vault = Vault.open(filled, PW)
    wren = vault.client("Wren")
    vault.remove_client(wren)
    for i in range(5):  # each new note is learned by the next lookup: one batch each
        v = Vault.open(filled, PW)
        v.add_note(v.client("River"), f"later {i}", DAY)
    v = Vault.open(filled, PW)
    v.client("River")
    known = kinds.KindCache(kinds.default_dir(), v.header.vault_id, v._vault_key).load()
    names = set().union(*known.values())
    assert fmt.record_filename(bytes.fromhex(wren.id)) not in names
    assert names == {p.name for p in (filled / "records").iterdir()}


def test_another_vaults_cache_is_never_used(filled: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PW, crypto.TESTING_ONLY)
    other.add_client("River", name="Someone Else")
    Vault.open(tmp_path / "other", PW).client("River")
    ours = Vault.open(filled, PW)
    theirs = kinds.KindCache(kinds.default_dir(), other.header.vault_id, other._vault_key).path
    mine = kinds.KindCache(kinds.default_dir(), ours.header.vault_id, ours._vault_key).path
    mine.write_bytes(theirs.read_bytes())  # their cache, under our name
    assert kinds.KindCache(kinds.default_dir(), ours.header.vault_id, ours._vault_key).load() == {}
    assert ours.client("River").name == "Jordan Blake"


def test_an_unwritable_cache_folder_only_costs_time(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(kinds, "default_dir", lambda: blocker / "kinds")
    vault = Vault.open(filled, PW)
    assert vault.client("River").alias == "River"
    assert len(vault.notes()) == NOTES


def test_damaged_client_records_are_skipped_here_and_reported_by_verify(filled: Path) -> None:
    vault = Vault.open(filled, PW)
    wren = vault.client("Wren")
    path = filled / "records" / fmt.record_filename(bytes.fromhex(wren.id))
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    fresh = Vault.open(filled, PW)
    with pytest.raises(NotFoundError):
        fresh.client("Wren")
    assert fresh.client("River").alias == "River"
    problems = {p.subject: p.message for p in fresh.verify()}
    assert "authentication" in problems[wren.id]  # its notes are reported as orphans too


def test_lookup_then_full_listing_agree(filled: Path) -> None:
    vault = Vault.open(filled, PW)
    river = vault.client("River")
    assert len(vault.notes(river)) == NOTES // 2
    assert vault.client("River") == river


def test_a_command_lists_the_records_folder_once_and_still_clears_leftovers(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.open(filled, PW).client("River")  # warm the cache
    stray = filled / "records" / ".tmp-0123456789abcdef"
    stray.write_bytes(b"half a note")
    listed: list[str] = []
    real = os.listdir

    def counting(path: str | Path = ".") -> list[str]:
        listed.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(os, "listdir", counting)
    vault = Vault.open(filled, PW)  # as 'confvault add River' does
    vault.add_note(vault.client("River"), "one more", DAY)
    vault.add_note(vault.client("River"), "and another", DAY)
    # opening looks only in the vault folder; the client lookup lists records/ once, and
    # the first write clears the older version's leftover that listing saw
    assert listed.count("records") == 1
    assert not stray.exists()


def test_a_client_synced_in_after_the_open_is_found_by_its_lookup(filled: Path) -> None:
    """Opening no longer lists records/ (a killed writer's temp files are made in the
    vault folder): the lookup lists it when it runs, so a client record that arrived
    after the open (a sync) is found."""
    first = Vault.open(filled, PW)
    Vault.open(filled, PW).add_client("Heron", name="Sam Okafor")  # arrives after the open
    assert first.client("Heron").alias == "Heron"


def test_the_same_alias_from_another_device_is_reported_at_note_add(filled: Path) -> None:
    """Every lookup sees every client record: a twin synced in is an error at once,
    never a note filed under whichever twin this device met first."""
    from confvault.errors import AmbiguousError
    from confvault.records import Client

    Vault.open(filled, PW).client("River")  # this device knows River
    twin = Client(id="f" * 32, alias="River")
    Vault.open(filled, PW)._write_record(twin.id, fmt.KIND_CLIENT, twin.to_payload(), new=True)
    with pytest.raises(AmbiguousError):
        Vault.open(filled, PW).client("River")


def test_a_rewrite_killed_midway_leaves_no_temp_file_for_good(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kill during the cache's rewrite leaves a sealed temp file in the cache folder;
    the next rewrite removes it once it is old (a younger one may be a live writer's)."""
    Vault.open(filled, PW).client("River")
    folder = kinds.default_dir()
    old = folder / ".tmp-0123456789abcdef"
    young = folder / ".tmp-fedcba9876543210"
    for temp in (old, young):
        temp.write_bytes(b"sealed bytes")
    os.utime(old, (1, 1))
    monkeypatch.setattr(kinds, "COMPACT_AFTER", 1)  # the next lookup rewrites the cache
    Vault.open(filled, PW).client("Wren")
    assert not old.exists() and young.exists()


def test_a_large_cache_is_rewritten_less_often(tmp_path: Path) -> None:
    """Each command that learns a new note appends one batch; with a fixed bound
    every 64th rewrote every name (O(records) a command on average). Past 16,384
    names the bound grows with the cache."""
    for names, expected in ((1_000, 200 // 64), (40_000, 200 // (40_000 // 256))):
        cache = kinds.KindCache(tmp_path / str(names), b"v" * 16, b"k" * 32)
        cache.load()
        live = {f"{i:032x}.rec": fmt.KIND_NOTE for i in range(names)}
        cache.update(live, live)  # a new cache: written whole
        rewrites = 0
        for i in range(200):
            name = f"{names + i:032x}.rec"
            live[name] = fmt.KIND_NOTE
            rewrites += cache.needs_rewrite
            cache.update({name: fmt.KIND_NOTE}, live)
        assert rewrites == expected, (names, rewrites)
        again = kinds.KindCache(tmp_path / str(names), b"v" * 16, b"k" * 32).load()
        assert again[fmt.KIND_NOTE] == set(live)
