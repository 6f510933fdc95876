"""Several confvault processes writing to one vault at once: every note lands."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from confvault.vault import Vault
from tests.conftest import PASSPHRASE

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from confvault.vault import Vault
    path, worker, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    v = Vault.open(path, sys.argv[4].encode())
    c = v.client("River")
    for i in range(count):
        v.add_note(c, f"worker {worker} note {i}", dt.date(2025, 1, 1))
    print("done", flush=True)
    """
)

READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from confvault.vault import Vault
    path = Path(sys.argv[1])
    v = Vault.open(path, sys.argv[2].encode())
    seen, rounds, end = 0, 0, time.monotonic() + float(sys.argv[3])
    while time.monotonic() < end:
        v.reload()
        if v.damaged:
            print("DAMAGED", sorted(v.damaged)); sys.exit(1)
        seen = max(seen, len(v.notes())); rounds += 1
    print("ok", rounds, seen)
    """
)


def _spawn(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_writers(vault_path: Path, workers: int, count: int, with_reader: bool = False) -> None:
    procs = [
        _spawn(WRITER, str(vault_path), str(w), str(count), PASSPHRASE) for w in range(workers)
    ]
    reader = _spawn(READER, str(vault_path), PASSPHRASE, "3") if with_reader else None
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    if reader:
        out, err = reader.communicate(timeout=300)
        assert reader.returncode == 0, out + err
        assert out.startswith("ok")


def test_two_processes_writing_at_once_both_succeed(vault: Vault, vault_path: Path) -> None:
    vault.add_client("River")
    run_writers(vault_path, 2, 25)
    notes = Vault.open(vault_path, PASSPHRASE.encode()).notes()
    assert len(notes) == 50
    assert {n.text for n in notes} == {f"worker {w} note {i}" for w in range(2) for i in range(25)}


def test_four_writers_and_a_reader(vault: Vault, vault_path: Path) -> None:
    vault.add_client("River")
    run_writers(vault_path, 4, 50, with_reader=True)
    v = Vault.open(vault_path, PASSPHRASE.encode())
    assert len(v.notes()) == 200 and v.damaged == {} and v.verify() == []


def test_concurrent_client_adds_keep_aliases_unique(vault: Vault, vault_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from confvault.vault import Vault
        from confvault.errors import InvalidInputError
        v = Vault.open(Path(sys.argv[1]), sys.argv[2].encode())
        try:
            v.add_client("Wren"); print("added")
        except InvalidInputError:
            print("exists")
        """
    )
    procs = [_spawn(script, str(vault_path), PASSPHRASE) for _ in range(4)]
    outs = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert sorted(outs) == ["added", "exists", "exists", "exists"]
    assert [c.alias for c in Vault.open(vault_path, PASSPHRASE.encode()).clients()] == ["Wren"]
