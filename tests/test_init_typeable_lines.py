"""A new passphrase that could never be typed at the prompt is refused (a new user's
review, session 16: a passphrase file with a blank last line locked them out)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, Result

CLI = Callable[..., Result]


@pytest.mark.parametrize(
    "content",
    [
        PASSPHRASE + "\n\n",
        PASSPHRASE + "\r\n\r\n",
        PASSPHRASE + "\nsecond line\n",
        "a\x07" + PASSPHRASE,
    ],
)
def test_init_refuses_a_passphrase_with_a_line_break(
    cli: CLI, tmp_path: Path, vault_path: Path, content: str
) -> None:
    f = tmp_path / "pp.txt"
    f.write_bytes(content.encode())
    r = cli("--vault", str(vault_path), "--passphrase-file", str(f), "init", global_args=False)
    assert r.code != 0
    assert "line break or another control character" in r.err
    if "\n" in content[:-1] or "\r" in content:  # (the file's last line end is read off)
        assert "first line" in r.err
    else:
        assert "characters you can type" in r.err
    assert not vault_path.exists() or not any(vault_path.iterdir())


def test_init_takes_one_final_line_end(cli: CLI, tmp_path: Path, vault_path: Path) -> None:
    f = tmp_path / "pp.txt"
    f.write_bytes((PASSPHRASE + "\n").encode())
    r = cli("--vault", str(vault_path), "--passphrase-file", str(f), "init", global_args=False)
    assert r.code == 0, r.err
