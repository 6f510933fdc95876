"""Check the set-up: key derivation, passphrase, core dumps and the integrity of
every file, and run every set-up check together (:func:`run`). Permissions and
location are in :mod:`.location`; leftovers and shell history in :mod:`.leftovers`.

Everything a check needs from the machine is captured once in
:class:`Environment`, so tests can point it at a temporary home.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from confvault import audit, crypto
from confvault import format as fmt
from confvault.errors import ConfvaultError
from confvault.vault import Vault
from confvault.vault.header import HeaderFile, header_files, read_header

from . import leftovers
from .location import check_location, check_permissions

__all__ = ["Environment", "HealthReport", "check_location", "check_permissions", "run"]
from .model import HIGH, LOW, MEDIUM, Finding

# Only listed and read, never written to.
RAM_DIRS: tuple[str, ...] = ("/dev/shm",)  # noqa: S108  # nosec B108
DEFAULT_EXPORT_AGE_DAYS = 30
MIN_PASSPHRASE_SCORE = 3  # zxcvbn: 3 resists an offline attack on a slow hash


@dataclass(frozen=True)
class Environment:
    """Where to look. `core_limit` must be read before the vault is unlocked, because
    unlocking turns core dumps off for this process."""

    vault_path: Path
    home: Path
    temp_dirs: tuple[Path, ...]
    export_dir: Path
    history_files: tuple[Path, ...]
    core_limit: int | None
    platform: str = sys.platform
    now: float = field(default_factory=time.time)
    max_export_age_days: int = DEFAULT_EXPORT_AGE_DAYS

    @classmethod
    def current(
        cls, vault_path: Path, max_export_age_days: int = DEFAULT_EXPORT_AGE_DAYS
    ) -> Environment:
        import platformdirs

        home = Path.home()
        return cls(
            vault_path=vault_path.expanduser().absolute(),
            home=home,
            temp_dirs=temp_dirs(),
            export_dir=Path(platformdirs.user_documents_dir()) / "confvault-exports",
            history_files=leftovers.history_files(home),
            core_limit=core_limit(),
            max_export_age_days=max_export_age_days,
        )


def temp_dirs() -> tuple[Path, ...]:
    """The folders confvault's editor flow may use: RAM-backed ones, then the system temp."""
    found = [Path(p) for p in RAM_DIRS]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        found.append(Path(runtime))
    found.append(Path(tempfile.gettempdir()))
    return tuple(dict.fromkeys(p for p in found if p.is_dir()))


def core_limit() -> int | None:
    """The soft core-file size limit in bytes (-1 for unlimited), or None if unknown."""
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    except (ImportError, ValueError, OSError):
        return None
    return -1 if soft == resource.RLIM_INFINITY else int(soft)


# ---- keys ---------------------------------------------------------------------------


def check_kdf(header: fmt.Header, where: Path | None = None) -> list[Finding]:
    params = crypto.KdfParams(header.time_cost, header.memory_kib, header.parallelism)
    if params.at_least(crypto.FLOOR):
        return []
    return [
        Finding(
            "CV204",
            HIGH,
            f"unlocking uses {params.memory_kib // 1024} MiB, {params.time_cost} pass(es) and "
            f"{params.parallelism} lane(s), below confvault's minimum of "
            f"{crypto.FLOOR.memory_kib // 1024} MiB, {crypto.FLOOR.time_cost} and "
            f"{crypto.FLOOR.parallelism}: guessing the passphrase is cheap",
            "Run 'confvault passwd': it re-tunes key derivation to this machine.",
            path=None if where is None else str(where),
        )
    ]


def check_passphrase(passphrase: str, where: Path | None = None) -> list[Finding]:
    """Estimate strength with zxcvbn. The passphrase is neither stored nor shown."""
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase[:100])["score"]) if passphrase else 0  # (it fails on "")
    if score >= MIN_PASSPHRASE_SCORE:
        return []
    return [
        Finding(
            "CV205",
            HIGH if score < 2 else MEDIUM,
            f"the passphrase you typed scores {score} of 4 on the zxcvbn strength estimate; "
            "someone with a copy of the vault could guess it",
            "Run 'confvault passwd' and choose four or more unrelated words.",
            path=None if where is None else str(where),
        )
    ]


# ---- core dumps ---------------------------------------------------------------------


def check_core_dumps(limit: int | None, platform: str) -> list[Finding]:
    if limit is None or limit == 0:
        return []
    size = "unlimited" if limit < 0 else f"{limit} bytes"
    linux = platform.startswith("linux")
    return [
        Finding(
            "CV210",
            LOW if linux else MEDIUM,
            f"core dumps are enabled for your user (limit {size}): a crashed program can "
            "write its memory to disk"
            + (
                "; confvault marks itself non-dumpable while unlocked, other tools may not"
                if linux
                else ""
            ),
            "Add 'ulimit -c 0' to your shell's start-up file (e.g. ~/.bashrc), or set "
            "'* hard core 0' in /etc/security/limits.conf.",
        )
    ]


# ---- integrity ----------------------------------------------------------------------


def check_integrity(vault: Vault) -> list[Finding]:
    """The same as 'confvault verify': every record, stray files, and the audit chain."""
    headers = (fmt.HEADER_FILE, fmt.HEADER_COPY_FILE)
    found = [
        Finding(
            "CV211",
            HIGH,
            f"{p.subject}: {p.message}",
            "Run 'confvault verify'; restore the file from a backup, or remove it if you "
            "no longer need it.",
            path=str(vault.path),
        )
        if p.subject not in headers
        else Finding(  # a header file: its message says what to do
            "CV213",
            MEDIUM,
            p.message,
            "Do what the message says ('confvault verify' shows it again).",
            path=str(vault.path / p.subject),
        )
        for p in vault.verify()
    ]
    found.extend(
        Finding(
            "CV212",
            HIGH,
            f"{p.subject}: {p.message}",
            "Restore the vault's audit/ folder from a backup; see 'confvault log'.",
            path=str(vault.path / fmt.AUDIT_DIR),
        )
        for p in audit.verify(vault)
    )
    return found


# ---- all together -------------------------------------------------------------------


@dataclass
class HealthReport:
    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)


def _check_header_files(path: Path) -> list[Finding]:
    """CV213: a header file that cannot be read, or two that differ. With one sound,
    the next unlock restores the other (or says why not); with neither, only a backup
    helps."""
    main, copy = header_files(path)

    def why(f: HeaderFile) -> str:
        said = f.error.message if f.error else "damaged"
        return said.removeprefix(f"{f.path}: ")

    if main.header is None and copy.header is None:
        if main.data is None and copy.data is None and not copy.path.exists():
            return []  # (no vault here: said elsewhere)
        return [
            Finding(
                "CV213",
                HIGH,
                f"neither header file can be read ({main.path.name}: {why(main)}; "
                f"{copy.path.name}: {why(copy)})",
                "Restore confvault.header and confvault.header-copy from a backup; notes "
                "cannot be opened without them.",
                path=str(main.path),
            )
        ]
    unlock = "Unlock the vault (any command that asks for the passphrase): confvault then "
    if main.header is None or (copy.header is None and copy.data is not None):
        bad, sound = (main, copy) if main.header is None else (copy, main)
        return [
            Finding(
                "CV213",
                MEDIUM,
                f"{bad.path.name} cannot be read ({why(bad)}); {sound.path.name} can",
                unlock + f"restores {bad.path.name} from {sound.path.name} if it safely can, "
                "and says what to do if not.",
                path=str(bad.path),
            )
        ]
    if copy.data is None and copy.path.exists() and not copy.path.is_file():
        return [
            Finding(
                "CV213",
                MEDIUM,
                f"{copy.path.name} is not a file (a folder?)",
                "Move it out of the vault folder so confvault can keep its copy of the "
                "header there.",
                path=str(copy.path),
            )
        ]
    if copy.data is not None and main.data != copy.data:
        return [
            Finding(
                "CV213",
                MEDIUM,
                f"{main.path.name} and {copy.path.name} differ: one is damaged, or a "
                "passphrase change has not reached both (a sync still under way?)",
                unlock + "says which, and mends what it safely can.",
                path=str(main.path),
            )
        ]
    return []


def run(
    env: Environment,
    vault: Vault | None = None,
    passphrase: str | None = None,
    terms: tuple[str, ...] = (),
    unlock_error: str | None = None,
) -> HealthReport:
    """Every set-up check that can run. Without `vault` (locked), integrity is not
    checked; without `passphrase`, neither is its strength. `unlock_error`: why a
    passphrase that was given could not open the vault, when it is not the
    passphrase's fault (the header changed): reported as CV213."""
    report = HealthReport()
    path = env.vault_path
    exists = Vault.exists(path)
    if exists:
        report.findings += check_permissions(path)
        report.findings += check_location(path, env.home)
        report.checked += ["permissions", "location"]
        if vault is None:  # (unlocked, the integrity check says more, below)
            report.findings += _check_header_files(path)
        if unlock_error and not any(f.rule == "CV213" for f in report.findings):
            report.findings.append(
                Finding(
                    "CV213",
                    HIGH,
                    unlock_error,
                    "Restore confvault.header and confvault.header-copy from a backup; "
                    "notes cannot be opened without them.",
                    path=str(path / fmt.HEADER_FILE),
                )
            )
        with contextlib.suppress(ConfvaultError):  # (reported just above)
            report.findings += check_kdf(read_header(path), path / fmt.HEADER_FILE)
            report.checked.append("key derivation")
    else:
        report.not_checked.append(f"the vault itself (there is no vault at {path})")
    if passphrase is not None:
        report.findings += check_passphrase(passphrase, path / fmt.HEADER_FILE)
        report.checked.append("passphrase strength")
    elif exists:
        report.not_checked.append("passphrase strength (the vault was not unlocked)")
    report.findings += leftovers.check_editor_leftovers(env.temp_dirs, env.home)
    report.findings += leftovers.check_old_exports(env.export_dir, env.now, env.max_export_age_days)
    report.checked += ["editor leftovers", "old exports"]
    secrets = (passphrase,) if passphrase else ()
    report.findings += leftovers.check_history(env.history_files, terms, secrets)
    report.checked.append("shell history")
    if vault is None:
        report.not_checked.append(
            "client names and the passphrase in shell history (the vault was not unlocked)"
        )
    report.findings += check_core_dumps(env.core_limit, env.platform)
    report.checked.append("core dumps")
    if vault is not None:
        report.findings += check_integrity(vault)
        report.checked.append("integrity and audit log")
    elif exists:
        report.not_checked.append("integrity and audit log (the vault was not unlocked)")
    return report
