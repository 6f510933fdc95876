"""`confvault redact`: any text, with the vault's identifiers when there is a vault."""

from __future__ import annotations

import json
from pathlib import Path

from confvault.vault import Vault


def test_redact_stdin_without_a_vault(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli(
        "--vault",
        str(tmp_path / "none"),
        "redact",
        stdin=b"Call 07700 900123 or mail a.b@example.org.\n",
        global_args=False,
    )
    assert r.code == 0
    assert "[PHONE]" in r.out and "[EMAIL]" in r.out and "07700" not in r.out
    assert "no client's registered identifiers" in r.err


def test_redact_uses_every_clients_identifiers(cli, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault.add_client("River", name="Jordan Blake", identifiers=["Quillfeather"])
    vault.add_client("Wren", name="Alexis Moreno")
    f = tmp_path / "letter.txt"
    f.write_text("Dear team, jordan blake and ALEXIS met at quillfeather.\n")
    r = cli("redact", str(f))
    assert r.code == 0, r.err
    low = r.out.lower()
    assert "jordan" not in low and "alexis" not in low and "quillfeather" not in low
    assert "River" in r.out and "Wren" in r.out
    one = cli("redact", str(f), "--client", "wren")
    assert "Wren" in one.out and "alexis" not in one.out.lower()


def test_redact_json_gives_offsets_not_values(cli, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    vault.add_client("River", name="Jordan Blake")
    r = cli("redact", "--json", stdin=b"Jordan Blake rang on 07700 900123.")
    data = json.loads(r.out)
    assert {s["category"] for s in data["spans"]} >= {"NAME", "PHONE"}
    assert all(set(s) == {"start", "end", "category", "source"} for s in data["spans"])
    assert "Jordan" not in data["text"]


def test_redact_bad_input(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args, stdin, needle in (
        (("redact", str(tmp_path / "missing.txt")), b"", "cannot read"),
        (("redact", str(tmp_path)), b"", "folder"),
        (("redact",), b"\xff\xfe", "UTF-8"),
        (("redact",), b"a\0b", "binary"),
    ):
        r = cli("--vault", str(tmp_path / "none"), *args, stdin=stdin, global_args=False)
        assert r.code == 1 and needle in r.err, (args, r.err)


def test_redact_never_writes_escape_sequences_to_a_terminal(
    cli, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sys

    r = cli(
        "--vault", str(tmp_path / "none"), "redact", stdin=b"plain \x1b[2J text", global_args=False
    )
    assert "\x1b[2J" in r.out  # piped: the text is passed through as is
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    r = cli(
        "--vault", str(tmp_path / "none"), "redact", stdin=b"plain \x1b[2J text", global_args=False
    )
    assert "\x1b" not in r.out
