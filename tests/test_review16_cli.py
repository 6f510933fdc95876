"""Smaller fixes from a new user's review of the command line (session 16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from confvault.vault import Vault
from tests.conftest import run_entry_point


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
