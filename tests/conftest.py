"""Shared fixtures: cheap KDF settings, a temp vault, an in-process CLI runner."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from confvault import crypto
from confvault.vault import Vault
from tests.robustness.figures import FIGURES, Figures

# Strong enough for the zxcvbn check, never used outside tests.
REAL_CALIBRATE = crypto.calibrate
PASSPHRASE = "violet tractor mango hillside 42"
NEW_PASSPHRASE = "copper lantern seaweed orbit 17"


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real home, vault or editor; never run the real calibration."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))  # the per-device kind cache
    for var in ("CONFVAULT_VAULT", "CONFVAULT_PASSPHRASE_FILE", "EDITOR", "VISUAL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(crypto, "calibrate", lambda *a, **k: crypto.TESTING_ONLY)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_path: Path) -> Vault:
    v, _ = Vault.create(vault_path, PASSPHRASE.encode(), crypto.TESTING_ONLY)
    return v


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE + "\n")
    return p


@pytest.fixture
def newpassfile(tmp_path: Path) -> Path:
    p = tmp_path / "newpass.txt"
    p.write_text(NEW_PASSPHRASE + "\n")
    return p


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vault_path: Path,
    passfile: Path,
) -> Callable[..., Result]:
    """Run confvault in-process, as main() would, against the temp vault."""
    from confvault.cli import run

    def invoke(*args: str, stdin: bytes = b"", global_args: bool = True) -> Result:
        argv = list(args)
        if global_args:
            argv = ["--vault", str(vault_path), "--passphrase-file", str(passfile), *argv]
        fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", fake)
        capsys.readouterr()
        code = run(argv, debug="--debug" in argv)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return invoke


def run_entry_point(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> Result:
    """Run the real console entry point (python -m confvault) in a subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "confvault", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=120,
    )
    return Result(proc.returncode, proc.stdout.decode(), proc.stderr.decode())


@pytest.fixture
def figures() -> Figures:
    """The session's robustness tally (printed at the end; see tests/robustness/figures.py)."""
    return FIGURES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES.tally:
        terminalreporter.section("robustness figures")
        for line in FIGURES.lines():
            terminalreporter.write_line(line)
        FIGURES.save()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collected no tests is a failure, never a quiet exit 5."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
