"""Several confvault processes writing to one vault at once: every note lands."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from confvault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.robustness.figures import Figures
from tests.robustness.proc import child_env

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
        env=child_env(),
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


# ---- through the command line ---------------------------------------------------------------

CLI_WRITER = textwrap.dedent(
    """
    import contextlib, io, sys
    from confvault.cli import run
    vault, passfile, worker, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    failures = 0
    for i in range(count):
        with contextlib.redirect_stdout(io.StringIO()):
            code = run(["--vault", vault, "--passphrase-file", passfile,
                        "add", "River", "-m", f"cli worker {worker} note {i}"])
        failures += code != 0
    print("failures", failures, flush=True)
    """
)

CLI_READER = textwrap.dedent(
    """
    import contextlib, io, json, os, sys
    from confvault.cli import run
    vault, passfile, stop = sys.argv[1], sys.argv[2], sys.argv[3]
    counts, rounds = set(), 0
    print("ready", flush=True)
    while True:
        last = os.path.exists(stop)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(["--vault", vault, "--passphrase-file", passfile, "ls", "--json"])
        notes = json.loads(out.getvalue())
        if code != 0 or err.getvalue():
            print("BAD", code, err.getvalue()); sys.exit(1)
        counts.add(len(notes)); rounds += 1
        if last:
            break
    print("ok", rounds, len(counts), flush=True)
    """
)


def test_four_cli_writers_and_a_cli_reader(
    vault: Vault, vault_path: Path, passfile: Path, tmp_path: Path, figures: Figures
) -> None:
    """The whole command path (parse, unlock, reload, add) in four processes at once, with
    a reader that starts before the first write and stops after the last one."""
    vault.add_client("River")
    stop = tmp_path / "stop"
    reader = _spawn(CLI_READER, str(vault_path), str(passfile), str(stop))
    assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"
    writers = [_spawn(CLI_WRITER, str(vault_path), str(passfile), str(w), "50") for w in range(4)]
    for p in writers:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0 and out.strip() == "failures 0", out + err
    stop.write_text("")
    out, err = reader.communicate(timeout=600)
    assert reader.returncode == 0 and out.startswith("ok"), out + err
    _, rounds, distinct = out.split()
    v = Vault.open(vault_path, PASSPHRASE.encode())
    texts = sorted(n.text for n in v.notes())
    assert texts == sorted(f"cli worker {w} note {i}" for w in range(4) for i in range(50))
    assert v.damaged == {} and v.verify() == []
    figures.add("concurrency", "CLI writer processes", 4)
    figures.add("concurrency", "notes written concurrently", 200)
    figures.add("concurrency", "notes lost", 200 - len(texts))
    figures.add("concurrency", "reader rounds during writes", int(rounds))
    figures.add("concurrency", "distinct note counts the reader saw", int(distinct))


def test_real_entry_points_racing(vault: Vault, vault_path: Path, passfile: Path) -> None:
    """Four `python -m confvault add` processes at once, twice over."""
    vault.add_client("River")
    env = child_env()
    for round_ in range(2):
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "confvault",
                    "--vault",
                    str(vault_path),
                    "--passphrase-file",
                    str(passfile),
                    "add",
                    "River",
                    "-m",
                    f"r{round_} p{w}",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
            for w in range(4)
        ]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
    notes = Vault.open(vault_path, PASSPHRASE.encode()).notes()
    assert sorted(n.text for n in notes) == sorted(f"r{r} p{w}" for r in range(2) for w in range(4))
