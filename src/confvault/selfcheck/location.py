"""Where the vault lives and who can see it: folder and file modes, synced folders,
git repositories and world-readable parent folders."""

from __future__ import annotations

import stat
from pathlib import Path

from confvault import format as fmt

from .model import HIGH, LOW, MEDIUM, Finding

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
