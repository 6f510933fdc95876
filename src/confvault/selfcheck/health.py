"""Check the set-up: permissions, where the vault lives, key derivation, passphrase,
core dumps and the integrity of every file. Leftovers and shell history are in
:mod:`.leftovers`.

Everything a check needs from the machine is captured once in
:class:`Environment`, so tests can point it at a temporary home.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from confvault import audit, crypto
from confvault import format as fmt
from confvault.errors import ConfvaultError
from confvault.vault import Vault, read_header

from . import leftovers
from .model import HIGH, LOW, MEDIUM, Finding

# Only listed and read, never written to.
RAM_DIRS: tuple[str, ...] = ("/dev/shm",)  # noqa: S108  # nosec B108
DEFAULT_EXPORT_AGE_DAYS = 30
MIN_PASSPHRASE_SCORE = 3  # zxcvbn: 3 resists an offline attack on a slow hash

# Exact folder names (case-insensitive) of cloud sync clients' default folders.
CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "icloud": "iCloud",
    "mobile documents": "iCloud",
    "cloudstorage": "a cloud storage provider",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud": "pCloud",
    "pcloud drive": "pCloud",
    "pclouddrive": "pCloud",
    "box": "Box",
    "box sync": "Box",
    "sync": "Sync.com",
    "mega": "MEGA",
    "megasync": "MEGA",
    "seafile": "Seafile",
    "tresorit": "Tresorit",
    "synologydrive": "Synology Drive",
    "yandex.disk": "Yandex Disk",
}
# Folder names that start like this belong to a sync client too ("OneDrive - Org").
CLOUD_PREFIXES = {"onedrive": "OneDrive", "dropbox (": "Dropbox", "nextcloud": "Nextcloud"}
# Marker files or folders in an ancestor.
SYNC_MARKERS = {
    ".stfolder": ("Syncthing", LOW),
    ".dropbox": ("Dropbox", MEDIUM),
    ".sync": ("Resilio Sync", MEDIUM),
    ".git": ("a git repository", MEDIUM),
}


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


# ---- permissions and location -------------------------------------------------------


def _mode(path: Path, follow: bool = False) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode if follow else path.lstat().st_mode)
    except OSError:
        return None


def check_permissions(vault_path: Path) -> list[Finding]:
    """The vault folder and its subfolders 0700, every file 0600 (nothing for group/other)."""
    found: list[Finding] = []
    loose_dirs: list[tuple[Path, int]] = []
    loose_files: list[tuple[Path, int]] = []
    folders = [vault_path] + [vault_path / d for d in (fmt.RECORDS_DIR, fmt.AUDIT_DIR)]
    for folder in folders:
        mode = _mode(folder, follow=True)
        if mode is None:
            continue
        if mode & 0o077:
            loose_dirs.append((folder, mode))
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and not entry.is_symlink():
                emode = _mode(entry)
                if emode is not None and emode & 0o077:
                    loose_files.append((entry, emode))
    for folder, mode in loose_dirs:
        found.append(
            Finding(
                "CV201",
                HIGH,
                f"the folder is open to other users (mode {mode:04o}; should be 0700)",
                f"chmod 700 '{folder}'",
                path=str(folder),
            )
        )
    if loose_files:
        first, mode = loose_files[0]
        more = f" and {len(loose_files) - 1} more" if len(loose_files) > 1 else ""
        found.append(
            Finding(
                "CV201",
                HIGH,
                f"{len(loose_files)} vault file(s) are readable by other users "
                f"({first.name} is {mode:04o}{more}; should be 0600)",
                f"chmod -R go-rwx '{vault_path}'",
                path=str(first),
            )
        )
    return found


def check_location(vault_path: Path, home: Path) -> list[Finding]:
    """Synced folders, git repositories and world-readable parent folders."""
    found: list[Finding] = []
    path = vault_path.resolve()  # a symbolic link into a synced folder still syncs
    for part in path.parts[1:]:
        key = part.casefold()
        service = CLOUD_FOLDERS.get(key) or next(
            (s for p, s in CLOUD_PREFIXES.items() if key.startswith(p)), None
        )
        if service:
            found.append(_synced(path, service, MEDIUM, f"a folder named '{part}'"))
            break
    seen: set[str] = set()
    for ancestor in [path, *path.parents]:
        for marker, (service, severity) in SYNC_MARKERS.items():
            if marker not in seen and (ancestor / marker).exists():
                seen.add(marker)
                found.append(_synced(path, service, severity, f"{ancestor / marker} exists"))
    found.extend(_visible_parents(path, home))
    return found


def _synced(path: Path, service: str, severity: str, why: str) -> Finding:
    if service == "a git repository":
        return Finding(
            "CV203",
            severity,
            f"the vault is inside a git repository ({why}); a push could publish it",
            "Move the vault out of the repository (confvault --vault DIR), or make sure the "
            "folder is in .gitignore.",
            path=str(path),
        )
    return Finding(
        "CV203",
        severity,
        f"the vault is in a folder synced by {service} ({why}): copies of it live on "
        "other machines and in the provider's history",
        "The files are encrypted, but a copy lets anyone guess the passphrase offline and "
        "keeps old versions; move it out of the synced folder unless you want that.",
        path=str(path),
    )


def _visible_parents(path: Path, home: Path) -> list[Finding]:
    """Parents others can list, up to the home folder (or just the direct parent)."""
    home = home.resolve()
    parents = [p for p in path.parents if p.is_relative_to(home)]
    if not parents:
        parents = [path.parent]
    for parent in parents:
        mode = _mode(parent, follow=True)
        if mode is not None and mode & 0o005 == 0o005 and not mode & stat.S_ISVTX:
            return [
                Finding(
                    "CV202",
                    LOW,
                    f"a folder above the vault can be listed by every user (mode {mode:04o}): "
                    "they can see that a vault exists, though not read it",
                    f"chmod o-rx '{parent}' (or keep the vault in a private folder)",
                    path=str(parent),
                )
            ]
    return []


# ---- keys ---------------------------------------------------------------------------


def check_kdf(header: fmt.Header) -> list[Finding]:
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
        )
    ]


def check_passphrase(passphrase: str) -> list[Finding]:
    """Estimate strength with zxcvbn. The passphrase is neither stored nor shown."""
    from zxcvbn import zxcvbn

    score = int(zxcvbn(passphrase[:100])["score"])
    if score >= MIN_PASSPHRASE_SCORE:
        return []
    return [
        Finding(
            "CV205",
            HIGH if score < 2 else MEDIUM,
            f"the passphrase you typed scores {score} of 4 on the zxcvbn strength estimate; "
            "someone with a copy of the vault could guess it",
            "Run 'confvault passwd' and choose four or more unrelated words.",
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
    found = [
        Finding(
            "CV211",
            HIGH,
            f"{p.subject}: {p.message}",
            "Run 'confvault verify'; restore the file from a backup, or remove it if you "
            "no longer need it.",
            path=str(vault.path),
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


def run(
    env: Environment,
    vault: Vault | None = None,
    passphrase: str | None = None,
    terms: tuple[str, ...] = (),
) -> HealthReport:
    """Every set-up check that can run. Without `vault` (locked), integrity is not
    checked; without `passphrase`, neither is its strength."""
    report = HealthReport()
    path = env.vault_path
    exists = Vault.exists(path)
    if exists:
        report.findings += check_permissions(path)
        report.findings += check_location(path, env.home)
        report.checked += ["permissions", "location"]
        try:
            report.findings += check_kdf(read_header(path))
            report.checked.append("key derivation")
        except ConfvaultError as exc:
            report.findings.append(
                Finding(
                    "CV213",
                    HIGH,
                    exc.message,
                    "Restore confvault.header from a backup; notes cannot be opened without it.",
                    path=str(path / fmt.HEADER_FILE),
                )
            )
    else:
        report.not_checked.append(f"the vault itself (there is no vault at {path})")
    if passphrase is not None:
        report.findings += check_passphrase(passphrase)
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
