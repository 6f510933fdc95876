"""Smaller fixes from a new user's review of the command line (session 16)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from confvault.vault import Vault
from tests.conftest import Result, run_entry_point

CLI = Callable[..., Result]


@pytest.fixture
def river(cli: CLI, vault: Vault) -> CLI:
    assert cli("client", "add", "River", "--name", "Jordan Blake").code == 0
    return cli


def test_output_that_the_terminal_cannot_encode_is_replaced_not_a_crash(
    vault: Vault, vault_path: Path, passfile: Path
) -> None:
    client = vault.add_client("River")
    vault.add_note(client, "Zo\u00eb came \U0001f642 caf\u00e9", dt.date(2025, 3, 3), [])
    env = {
        "CONFVAULT_VAULT": str(vault_path),
        "CONFVAULT_PASSPHRASE_FILE": str(passfile),
        "PYTHONIOENCODING": "ascii",
    }
    for args in (("ls",), ("search", "came")):
        r = run_entry_point(*args, env=env)
        assert r.code == 0, r.err
        assert "unexpected problem" not in r.err
        assert "Zo? came ? caf?" in r.out


def test_a_session_date_in_the_future_or_long_ago_is_refused(river: CLI) -> None:
    cli = river
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    for day, words in ((later, "is in the future"), ("1899-12-31", "too long ago")):
        r = cli("add", "River", "-m", "text", "-d", day)
        assert r.code == 1 and words in r.err
    assert "No notes" in cli("ls").out
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()  # a time zone ahead
    assert cli("add", "River", "-m", "text", "-d", tomorrow).code == 0


def test_a_range_that_ends_before_it_starts_is_refused(river: CLI) -> None:
    cli = river
    r = cli("ls", "--since", "2025-03-02", "--until", "2025-03-01")
    assert r.code == 1 and "--since 2025-03-02 is after --until 2025-03-01" in r.err
    later = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    r = cli("export", "--since", later, "-o", "x.md")
    assert r.code == 1 and "(today); nothing would be exported" in r.err


def test_an_alias_that_looks_like_a_name_does_not_stop_the_export(cli: CLI, vault: Vault) -> None:
    assert cli("client", "add", "Fern").code == 0  # no name registered yet
    assert cli("add", "Fern", "-m", "Talked about her week; Fern felt better.").code == 0
    r = cli("export", "Fern", "--preview")
    assert r.code == 0, r.err
    assert "final check" not in r.out + r.err
    assert "Fern felt better" in r.out  # the pseudonym stays as written


def test_another_clients_alias_goes_only_whole_and_as_written(cli: CLI, vault: Vault) -> None:
    for alias in ("Wren", "River", "client 07", "Hope"):
        assert cli("client", "add", alias).code == 0
    text = "A lot of hope, walks by the river, a new client. River rang. Hope came. client 07 too."
    assert cli("add", "Wren", "-m", text).code == 0
    out = cli("export", "Wren", "--preview").out
    assert "A lot of hope, walks by the river, a new client." in out
    assert "[CLIENT] rang. [CLIENT] came. [CLIENT] too." in out


def test_an_everyday_word_or_one_character_is_no_alias(cli: CLI, vault: Vault) -> None:
    for alias in ("a", "The", "x"):
        r = cli("client", "add", alias)
        assert r.code == 1 and "everyday word" in r.err
    assert cli("client", "add", "River").code == 0
    r = cli("client", "edit", "River", "--rename", "the")
    assert r.code == 1 and "everyday word" in r.err


def test_ctrl_c_at_the_passphrase_prompt_says_it_stopped(
    cli: CLI, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from confvault.cli import common

    def interrupted(prompt: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(common, "_ask_hidden", interrupted)
    monkeypatch.setattr(common, "_has_tty", lambda: True)
    r = cli("--vault", str(vault.path), "ls", global_args=False)
    assert r.code == 130
    assert "confvault: stopped." in r.err


def test_declining_a_removal_says_nothing_changed(
    river: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from confvault.cli import common

    monkeypatch.setattr(common, "interactive", lambda: True)
    monkeypatch.setattr(common.typer, "confirm", lambda *a, **k: False)
    r = river("client", "remove", "River")
    assert r.code == 1 and "Nothing was changed." in r.out


def test_search_is_blind_to_accents_and_keeps_offsets(vault: Vault) -> None:
    client = vault.add_client("River")
    text = "Zo\u00eb came to the caf\u00e9; zoe again"
    vault.add_note(client, text, dt.date(2025, 3, 3), [])
    ((_, spans),) = vault.search("ZOE")
    assert [text[a:b] for a, b in spans] == ["Zo\u00eb", "zoe"]
    ((_, spans),) = vault.search("caf\u00e9")
    assert [text[a:b] for a, b in spans] == ["caf\u00e9"]
    assert vault.search("cafes") == []


def test_init_into_a_file_is_refused_before_any_question(cli: CLI, tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x")
    r = cli("--vault", str(target), "init", global_args=False)  # (no passphrase given)
    assert r.code == 1
    assert "exists and is not an empty folder" in r.err
    assert "passphrase" not in r.err


@pytest.mark.parametrize(
    "alias",
    [
        "\uff32\uff49\uff56\uff45\uff52",  # full-width
        "River.",
        "river_",
        "Riv\u0435r",  # a Cyrillic e
        "r\u0456ver",  # a Cyrillic i
        "RIV\u0395R",  # a Greek capital E
    ],
)
def test_an_alias_that_looks_like_another_clients_is_refused(river: CLI, alias: str) -> None:
    r = river("client", "add", alias)
    assert r.code == 1 and "looks the same as another client's" in r.err
    assert river("client", "add", "Rivers").code == 0  # another word is fine
    assert "looks the same" in river("client", "edit", "Rivers", "--rename", "RIVER.").err


def test_a_letter_of_another_alphabet_that_reads_differently_is_fine(river: CLI) -> None:
    assert river("client", "add", "\u0420iver").code == 0  # Cyrillic Er is drawn like P: "Piver"


def test_another_clients_alias_goes_in_its_other_spellings(cli: CLI, vault: Vault) -> None:
    for alias in ("Main", "River", "sparrow", "client 07", "Zo\u00eb"):
        assert cli("client", "add", alias).code == 0
    text = (
        "RIVER was loud. Sparrow was there. client-07 and Client07 came. ZO\u00cb too. "
        "Rivers came. by the river, a sparrow sang."
    )
    assert cli("add", "Main", "-m", text).code == 0
    out = cli("export", "Main", "--preview").out
    assert "[CLIENT] was loud. [CLIENT] was there. [CLIENT] and [CLIENT] came." in out
    assert "[CLIENT] too. [CLIENT] came. by the river, a sparrow sang." in out


def test_search_reads_decomposed_queries_and_more_letters(vault: Vault) -> None:
    client = vault.add_client("River")
    vault.add_note(client, "Nguy\u1ec5n, \u0141ukasz and S\u00f8ren came.", dt.date(2025, 3, 3), [])
    for query in ("nguyen", "lukasz", "soren"):
        assert vault.search(query), query
    vault.add_note(client, "Zo\u00eb came.", dt.date(2025, 3, 4), [])
    assert vault.search("zoe\u0308")


@pytest.mark.parametrize("alias", ["A.", "I-", "_a_"])
def test_one_letter_with_punctuation_is_no_alias(cli: CLI, vault: Vault, alias: str) -> None:
    r = cli("client", "add", alias)
    assert r.code != 0


def test_json_and_stdout_exports_stay_whole_on_an_ascii_stream(
    vault: Vault, vault_path: Path, passfile: Path
) -> None:
    client = vault.add_client("Zo\u00eb")
    note = vault.add_note(client, "caf\u00e9 talk", dt.date.today(), [])
    env = {
        "CONFVAULT_VAULT": str(vault_path),
        "CONFVAULT_PASSPHRASE_FILE": str(passfile),
        "PYTHONIOENCODING": "ascii",
    }
    r = run_entry_point("show", note.id, "--json", env=env)
    assert r.code == 0 and '"caf\\u00e9 talk"' in r.out
    r = run_entry_point("export", "-o", "-", env=env)
    assert r.code == 0 and "caf\u00e9 talk" in r.out  # (the bytes are UTF-8)


def test_an_export_says_which_sessions_dated_tomorrow_it_leaves_out(cli: CLI, vault: Vault) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for alias in ("River", "Wren"):
        assert cli("client", "add", alias).code == 0
    assert cli("add", "River", "-m", "Talked about work.", "--date", tomorrow.isoformat()).code == 0
    assert cli("add", "River", "-m", "Talked about sleep.").code == 0
    r = cli("export", "River", "--preview")
    assert r.code == 0 and "Talked about sleep." in r.out and "work" not in r.out
    assert f"1 session(s) dated after today are not in this export; add --until {tomorrow}" in (
        r.err
    )
    r = cli("export", "River", "--preview", "--until", tomorrow.isoformat())
    assert "Talked about work." in r.out and "dated after today" not in r.err
    assert "dated after today" not in cli("export", "Wren", "--preview").err  # not Wren's
