"""The self-check library: masking, text scanning and each set-up check on planted problems.

CLI behaviour (exit codes, JSON and SARIF output, what is printed) is in
test_check_cli.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from confvault import audit, crypto
from confvault import format as fmt
from confvault.redact import KnownClient
from confvault.selfcheck import (
    HIGH,
    LOW,
    MEDIUM,
    CheckError,
    at_least,
    health,
    leftovers,
    location,
    mask,
)
from confvault.selfcheck.text import AllowList, TextScan, decode, scan_bytes, scan_paths, scan_text
from confvault.vault import Vault
from tests.conftest import PASSPHRASE

RIVER = KnownClient("River", ("Zephyrine Quillfeather", "Brackwater Forge"))


# ---- masking ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("Jordan", "J*****"),
        ("Jordan Blake", "J***** B****"),
        ("Jordan\n  Blake's", "J***** B******"),
        ("07700 900123", "***** ******"),
        ("jb@example.org", "j*************"),
        ("O'Neil", "O*****"),
        ("12 Maple Street", "** M**** S*****"),
    ],
)
def test_mask_keeps_only_the_first_letter_of_each_word(value: str, masked: str) -> None:
    assert mask(value) == masked


@given(st.text(min_size=1, max_size=80))
def test_mask_never_shows_more_than_first_letters(value: str) -> None:
    out = mask(value)
    words = value.split()
    shown = [ch for ch in out.replace("…", "") if ch not in "* "]
    assert len(shown) <= len(words)
    assert all(ch.isalpha() for ch in shown)
    assert not any(c.isdigit() for c in out)
    # no two consecutive characters of the input survive
    for w in words:
        for i in range(len(w) - 1):
            if not (w[i] == "*" or w[i + 1] == "*"):
                assert w[i : i + 2] not in out


# ---- text scanning ------------------------------------------------------------------


def scan(
    text: str, known: tuple[KnownClient, ...] = (RIVER,), allow: tuple[str, ...] = ()
) -> TextScan:
    result = TextScan()
    scan_text("doc.txt", text, known, AllowList(allow), result)
    return result


def test_registered_identifier_is_high_with_line_column_and_alias() -> None:
    r = scan("First line.\nThen Zephyrine Quillfeather came in.\n")
    (f,) = [f for f in r.findings if f.rule == "CV100"]
    assert (f.severity, f.path, f.line, f.column, f.end_column) == (HIGH, "doc.txt", 2, 6, 28)
    assert f.masked == "Z******** Q***********"
    assert "client River" in f.message and "Zephyrine" not in f.message + f.fix


def test_a_json_document_is_read_as_its_strings_read() -> None:
    """In a JSON export a note's line end is written '\\n': '\\nA: ...' is no 'nA'
    (a client called Li Na), and a name after it is found where it stands."""
    heron = KnownClient("Heron", ("Li Na",))
    doc = '{"text": "Met at the hub.\\nZephyrine Quillfeather came.\\nA: fine \\"ok\\""}\n'
    r = scan(doc, (RIVER, heron))
    assert [(f.rule, f.line, f.column, f.masked) for f in r.findings] == [
        ("CV100", 1, 28, "Z******** Q***********")
    ]
    # the same text, not JSON, is read as it is written
    r = scan(doc.replace("{", "(", 1), (RIVER, heron))
    assert [f.masked for f in r.findings if "Heron" in f.message] == ["n*"]


@pytest.mark.parametrize(
    "text, read",
    [
        ('{"a": "x\\ny"}', '{"a": "x \ny"}'),
        ('["back\\\\nslash"]', '["back  nslash"]'),  # an escaped backslash, then n
        ('{"a": "Ren\\u00e9e\\t!"}', '{"a": "Ren\\u00e9e  !"}'),
        ('{"a": "x\\ny"', '{"a": "x\\ny"'),  # not JSON: as it is
        ("plain\\ntext", "plain\\ntext"),
    ],
)
def test_json_escapes_are_read_at_the_same_offsets(text: str, read: str) -> None:
    from confvault.selfcheck.text import json_read

    assert json_read(text) == read and len(json_read(text)) == len(text)


def test_categories_and_severities() -> None:
    r = scan(
        "Call 07700 900123 or mail someone@example.org.\n"
        "Her NHS number is 943 476 5919.\n"
        "She met Priscilla Vandermeer in the park.\n",
        known=(),
    )
    by_category = {f.category: f for f in r.findings}
    assert by_category["PHONE"].severity == HIGH
    assert by_category["EMAIL"].severity == HIGH
    assert by_category["NAME"].severity == MEDIUM
    assert by_category["NAME"].masked == "P******** V*********"
    assert any(f.severity == HIGH and f.line == 2 for f in r.findings)  # the ID number
    assert all(f.masked and "0" not in f.masked for f in r.findings)


def test_dates_and_ages_are_low() -> None:
    r = scan("On 2025-03-27 she said she is 34 years old.", known=())
    assert {f.category for f in r.findings} >= {"DATE"}
    assert all(f.severity == LOW for f in r.findings if f.category in ("DATE", "AGE"))
    kept, below = at_least(r.findings, MEDIUM)
    assert not [f for f in kept if f.category == "DATE"] and below >= 1


def test_alias_is_not_a_finding() -> None:
    assert scan("River talked about sleep.").findings == []


def test_allow_list_counts_but_does_not_report() -> None:
    text = "I work at Harborview Community Trust with Priscilla Vandermeer."
    before = scan(text, known=())
    assert before.findings
    after = scan(text, known=(), allow=("harborview community trust", "Priscilla Vandermeer"))
    assert after.findings == [] and after.allowed == len(before.findings)


def test_registered_identifiers_are_never_allowed() -> None:
    r = scan("Brackwater Forge called.", allow=("Brackwater Forge",))
    assert [f.rule for f in r.findings] == ["CV100"] and r.allowed == 0


def test_binary_and_encodings() -> None:
    assert decode(b"\x00\x01\x02abc") is None
    assert decode("Zoë".encode("utf-16")) == "Zoë"
    assert decode("Zoë".encode("cp1252")) == "Zoë"
    result = TextScan()
    scan_bytes("x.bin", b"PK\x03\x04\x00\x00Zephyrine", (RIVER,), AllowList(), result)
    assert result.findings == [] and [s.reason for s in result.skipped] == ["binary file"]


def test_folders_are_scanned_recursively_skipping_vcs_and_symlinks(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_text("x\ny Zephyrine z")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "COMMIT_EDITMSG").write_text("Zephyrine")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a" / "b" / "deep.md")
    result = TextScan()
    scan_paths([tmp_path], (RIVER,), AllowList(), result)
    assert [(Path(f.path).name, f.line, f.column) for f in result.findings] == [("deep.md", 2, 3)]
    assert result.files == 1
    assert [s.reason for s in result.skipped] == ["symbolic link (not followed)"]


def test_missing_path_stops_the_check(tmp_path: Path) -> None:
    with pytest.raises(CheckError):
        scan_paths([tmp_path / "nope.txt"], (), AllowList(), TextScan())


def test_too_large_file_makes_the_scan_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from confvault.selfcheck import text

    monkeypatch.setattr(text, "MAX_TEXT_BYTES", 10)
    (tmp_path / "big.txt").write_text("a" * 11)
    result = TextScan()
    scan_paths([tmp_path], (), AllowList(), result)
    assert [Path(s.path).name for s in result.unreadable] == ["big.txt"]


# ---- the set-up ---------------------------------------------------------------------


def test_editor_prefix_matches_the_editor_flow() -> None:
    from confvault.cli import editor

    assert leftovers.EDIT_PREFIX == editor.TEMP_PREFIX


@pytest.fixture
def strong_vault(tmp_path: Path) -> Vault:
    v, _ = Vault.create(tmp_path / "vault", PASSPHRASE.encode(), crypto.FLOOR)
    return v


@pytest.fixture
def env(tmp_path: Path, strong_vault: Vault) -> health.Environment:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True, mode=0o700)
    return health.Environment(
        vault_path=strong_vault.path,
        home=home,
        temp_dirs=(home / "tmp",),
        export_dir=home / "Documents" / "confvault-exports",
        history_files=(home / ".bash_history",),
        core_limit=0,
        platform="linux",
    )


def rules(report: health.HealthReport) -> list[str]:
    return sorted(f.rule for f in report.findings)


def test_a_clean_set_up_has_no_findings(env: health.Environment, strong_vault: Vault) -> None:
    report = health.run(env, strong_vault, PASSPHRASE, ("Zephyrine Quillfeather",))
    assert report.findings == [] and report.not_checked == []


def test_locked_vault_says_what_was_not_checked(env: health.Environment) -> None:
    report = health.run(env)
    assert report.findings == []
    assert any("integrity" in n for n in report.not_checked)
    assert any("passphrase strength" in n for n in report.not_checked)


def test_loose_permissions(env: health.Environment, strong_vault: Vault) -> None:
    os.chmod(strong_vault.path, 0o755)
    os.chmod(strong_vault.path / fmt.HEADER_FILE, 0o644)
    found = location.check_permissions(strong_vault.path)
    assert [f.rule for f in found] == ["CV201", "CV201"]
    assert "0755" in found[0].message and "confvault.header" in found[1].message


@pytest.mark.parametrize(
    ("where", "severity"),
    [
        ("Dropbox/notes", MEDIUM),
        ("OneDrive - Example Org/x", MEDIUM),
        ("Library/CloudStorage/GoogleDrive-me/My Drive", MEDIUM),
        ("Library/Mobile Documents/com~apple~CloudDocs", MEDIUM),
        ("Nextcloud", MEDIUM),
    ],
)
def test_cloud_sync_folders(tmp_path: Path, where: str, severity: str) -> None:
    path = tmp_path / where / "vault"
    path.mkdir(parents=True, mode=0o700)
    found = [f for f in location.check_location(path, tmp_path) if f.rule == "CV203"]
    assert len(found) == 1 and found[0].severity == severity


def test_syncthing_and_git_markers(tmp_path: Path) -> None:
    path = tmp_path / "synced" / "repo" / "vault"
    path.mkdir(parents=True, mode=0o700)
    (tmp_path / "synced" / ".stfolder").mkdir()
    (tmp_path / "synced" / "repo" / ".git").mkdir()
    found = [f for f in location.check_location(path, tmp_path) if f.rule == "CV203"]
    assert [f.severity for f in found] == [MEDIUM, LOW]  # nearest first
    assert "git repository" in found[0].message and ".stfolder" in found[1].message


def test_no_false_sync_alarm_for_ordinary_names(tmp_path: Path) -> None:
    path = tmp_path / "boxes" / "dropbox-notes" / "vault"
    path.mkdir(parents=True, mode=0o700)
    assert [f for f in location.check_location(path, tmp_path) if f.rule == "CV203"] == []


def test_world_readable_parent_inside_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    path = home / "Private" / "vault"
    path.mkdir(parents=True, mode=0o700)
    os.chmod(home, 0o700)
    os.chmod(home / "Private", 0o700)
    assert location.check_location(path, home) == []
    os.chmod(home, 0o755)
    (f,) = location.check_location(path, home)
    assert f.rule == "CV202" and f.severity == LOW and f.path == str(home)


def test_weak_kdf_and_weak_passphrase(vault: Vault) -> None:
    (f,) = health.check_kdf(vault.header)
    assert f.rule == "CV204" and "confvault passwd" in f.fix
    (w,) = health.check_passphrase("password1")
    assert w.rule == "CV205" and w.severity == HIGH and "password1" not in w.message
    assert health.check_passphrase(PASSPHRASE) == []


def test_editor_leftovers(env: health.Environment) -> None:
    left = env.temp_dirs[0] / "confvault-edit-abc123"
    left.mkdir()
    (left / "note.txt").write_text("plaintext")
    (left / ".note.txt.swp").write_text("swap")
    (env.temp_dirs[0] / "note.txt~").write_text("backup")
    central = env.home / ".local" / "state" / "vim" / "swap"
    central.mkdir(parents=True)
    (central / "%dev%shm%confvault-edit-x1%note.txt.swp").write_text("swap")
    (env.temp_dirs[0] / "unrelated.swp").write_text("not ours")
    found = leftovers.check_editor_leftovers(env.temp_dirs, env.home)
    assert sorted(f.rule for f in found) == ["CV206", "CV207", "CV207"]
    assert "1 swap or backup" in next(f for f in found if f.rule == "CV206").message


def test_old_exports(env: health.Environment) -> None:
    env.export_dir.mkdir(parents=True)
    old, new = env.export_dir / "supervision-old.md", env.export_dir / "supervision-new.md"
    old.write_text("x")
    new.write_text("x")
    past = time.time() - 40 * 86400
    os.utime(old, (past, past))
    found = leftovers.check_old_exports(env.export_dir, time.time(), 30)
    assert [(f.rule, f.path) for f in found] == [("CV208", str(old))]
    assert leftovers.check_old_exports(env.export_dir, time.time(), 60) == []


def test_unfinished_exports_are_reported_at_any_age(env: health.Environment) -> None:
    env.export_dir.mkdir(parents=True)
    temp = env.export_dir / ".tmp-0123456789abcdef"
    temp.write_text("x")
    (env.export_dir / ".tmp-notours").write_text("x")  # not write_atomic's name: a young file
    found = leftovers.check_old_exports(env.export_dir, time.time(), 30)
    assert [(f.rule, f.path) for f in found] == [("CV214", str(temp))]
    assert "rm '" in found[0].fix


def test_shell_history_reports_file_and_line_only(tmp_path: Path) -> None:
    bash = tmp_path / ".bash_history"
    bash.write_text(
        "ls\n"
        "confvault add River -m 'she feels unsafe at home'\n"
        "confvault client add Wren --name 'Zephyrine Quillfeather'\n"
        f"echo '{PASSPHRASE}' > pass.txt\n"
        "git commit -m 'fix'\n"
        "confvault search Brackwater\n"
    )
    locked = leftovers.check_history([bash], (), ())
    assert [(f.line, f.severity) for f in locked] == [(2, HIGH), (3, MEDIUM), (6, MEDIUM)]
    unlocked = leftovers.check_history(
        [bash], ("Zephyrine Quillfeather", "Brackwater Forge"), (PASSPHRASE,)
    )
    assert [(f.line, f.severity) for f in unlocked] == [(2, HIGH), (3, HIGH), (4, HIGH), (6, HIGH)]
    for f in unlocked:
        assert f.rule == "CV209" and f.path == str(bash)
        for secret in ("unsafe", "Zephyrine", "Brackwater", "tractor"):
            assert secret not in f.message + f.fix


def test_zsh_and_fish_history_formats(tmp_path: Path) -> None:
    zsh = tmp_path / ".zsh_history"
    zsh.write_bytes(b": 1700000000:0;confvault note add River --message='x'\n: 1700000001:0;ls\n")
    fish = tmp_path / "fish_history"
    fish.write_text("- cmd: confvault add River -mhello\n  when: 1700000000\n")
    found = leftovers.check_history([zsh, fish], (), ())
    assert [(Path(f.path).name, f.line) for f in found] == [
        (".zsh_history", 1),
        ("fish_history", 1),
    ]


def test_history_files_found_in_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HISTFILE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / ".bash_history").write_text("")
    (tmp_path / "data" / "fish").mkdir(parents=True)
    (tmp_path / "data" / "fish" / "fish_history").write_text("")
    names = [p.name for p in leftovers.history_files(tmp_path)]
    assert names == [".bash_history", "fish_history"]


def test_core_dumps() -> None:
    assert health.check_core_dumps(0, "linux") == []
    assert health.check_core_dumps(None, "linux") == []
    (f,) = health.check_core_dumps(-1, "linux")
    assert f.rule == "CV210" and f.severity == LOW and "unlimited" in f.message
    assert health.check_core_dumps(4096, "darwin")[0].severity == MEDIUM


def test_core_limit_is_read_from_the_process() -> None:
    import resource

    soft, _ = resource.getrlimit(resource.RLIMIT_CORE)
    expected = -1 if soft == resource.RLIM_INFINITY else soft
    assert health.core_limit() == expected


def test_integrity_and_audit_chain(env: health.Environment, strong_vault: Vault) -> None:
    client = strong_vault.add_client("River", name="Zephyrine Quillfeather")
    note = strong_vault.add_note(client, "text", __import__("datetime").date(2025, 1, 2))
    audit.append(strong_vault, {"aliases": ["River"]})
    audit.append(strong_vault, {"aliases": ["River"]})
    assert health.check_integrity(strong_vault) == []
    rec = strong_vault.records_dir / fmt.record_filename(bytes.fromhex(note.id))
    data = bytearray(rec.read_bytes())
    data[-5] ^= 1
    rec.write_bytes(bytes(data))
    (strong_vault.path / fmt.AUDIT_DIR / fmt.AUDIT_HEAD_FILE).unlink()
    found = health.check_integrity(strong_vault)
    assert sorted(f.rule for f in found) == ["CV211", "CV212"]
    assert note.id in next(f for f in found if f.rule == "CV211").message


def test_unreadable_header(env: health.Environment, strong_vault: Vault) -> None:
    (strong_vault.path / fmt.HEADER_FILE).write_bytes(b"not a header")
    report = health.run(env)  # (locked: nothing mended yet)
    assert rules(report) == ["CV213"] and report.findings[0].severity == "medium"
    assert "confvault.header-copy can" in report.findings[0].message
    (strong_vault.path / fmt.HEADER_COPY_FILE).write_bytes(b"not a header")
    report = health.run(env)
    assert rules(report) == ["CV213"] and report.findings[0].severity == "high"


def test_header_files_that_differ(env: health.Environment, strong_vault: Vault) -> None:
    copy = strong_vault.path / fmt.HEADER_COPY_FILE
    data = bytearray(copy.read_bytes())
    data[150] ^= 1  # still parses: only the key could tell which is damaged
    copy.write_bytes(bytes(data))
    report = health.run(env)
    assert rules(report) == ["CV213"] and "differ" in report.findings[0].message
