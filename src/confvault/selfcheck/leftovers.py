"""Plaintext left behind: editor temp folders, swap and backup files, old exports,
and shell history lines. Findings name a file (and a line) and never quote it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from confvault.storage import own_temp_file

from .model import HIGH, MEDIUM, Finding

EDIT_PREFIX = "confvault-edit-"  # the same as cli/editor.py's TEMP_PREFIX (a test keeps it so)
NOTE_FILE = "note.txt"
MAX_HISTORY_BYTES = 16 * 1024 * 1024

# Vim's and Neovim's central swap, backup and undo folders: with a trailing "//" in
# 'directory' they keep the full path, so a note's swap file name holds EDIT_PREFIX.
CENTRAL_EDITOR_DIRS = (
    ".vim/swap",
    ".vim/backup",
    ".vim/undo",
    ".local/state/vim/swap",
    ".local/state/vim/backup",
    ".local/state/vim/undo",
    ".local/state/nvim/swap",
    ".local/state/nvim/backup",
    ".local/state/nvim/undo",
    ".local/share/nvim/swap",
    ".cache/vim/swap",
    ".emacs.d/auto-save-list",
)
_SWAP = re.compile(
    r"""^(?:\.note\.txt\.sw[a-p]|note\.txt~|\#note\.txt\#|\.\#note\.txt
        |.*confvault-edit-.*)$""",
    re.VERBOSE,
)


def _own(path: Path) -> bool:
    try:
        return path.lstat().st_uid == os.getuid()
    except OSError:
        return False


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def check_editor_leftovers(temp_dirs: Iterable[Path], home: Path) -> list[Finding]:
    """`confvault-edit-*` folders (the editor flow removes them; one left means a crash
    or an edit still open), and swap or backup files of a note."""
    found: list[Finding] = []
    for folder in temp_dirs:
        for entry in _entries(folder):
            if not _own(entry):
                continue
            if entry.name.startswith(EDIT_PREFIX) and entry.is_dir() and not entry.is_symlink():
                inside = [p.name for p in _entries(entry)]
                swaps = [n for n in inside if n != NOTE_FILE]
                found.append(
                    Finding(
                        "CV206",
                        HIGH,
                        f"an editor temp folder holding {len(inside)} file(s) was left behind "
                        "(a crashed or still-open 'confvault note add/edit')"
                        + (f", including {len(swaps)} swap or backup file(s)" if swaps else ""),
                        "If no confvault edit is open, save what you need and remove it: "
                        f"rm -r '{entry}'",
                        path=str(entry),
                    )
                )
            elif _SWAP.match(entry.name) and entry.is_file():
                found.append(_swap(entry))
    for rel in CENTRAL_EDITOR_DIRS:
        for entry in _entries(home / rel):
            if EDIT_PREFIX in entry.name and entry.is_file():
                found.append(_swap(entry))
    return found


def _swap(path: Path) -> Finding:
    return Finding(
        "CV207",
        HIGH,
        "an editor swap, backup or undo file of a confvault note lies outside the vault",
        f"Close the editor, then remove it: rm '{path}'",
        path=str(path),
    )


def check_old_exports(folder: Path, now: float, max_age_days: int) -> list[Finding]:
    found = []
    for entry in _entries(folder):
        try:
            st = entry.lstat()
        except OSError:
            continue
        if own_temp_file(entry) is not None:  # the ones the next export's clean-up takes
            found.append(
                Finding(
                    "CV214",
                    MEDIUM,
                    "an unfinished export: an export was stopped while writing this hidden file "
                    "(redacted, but still about your clients)",
                    f"Remove it: rm '{entry}' (the next export into this folder removes it "
                    "too, once it is ten minutes old)",
                    path=str(entry),
                )
            )
            continue
        if not entry.is_file():
            continue
        age = (now - st.st_mtime) / 86400
        if age > max_age_days:
            found.append(
                Finding(
                    "CV208",
                    MEDIUM,
                    f"a supervision export {int(age)} days old is still in the export folder "
                    "(redacted, but still about your clients)",
                    f"Delete it if supervision is done: rm '{entry}'",
                    path=str(entry),
                )
            )
    return found


# ---- shell history ------------------------------------------------------------------


def history_files(home: Path) -> tuple[Path, ...]:
    """bash, zsh and fish history files that exist ($HISTFILE first, if exported)."""
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    candidates = [
        os.environ.get("HISTFILE"),
        home / ".bash_history",
        home / ".zsh_history",
        home / ".zhistory",
        home / ".histfile",
        data_home / "fish" / "fish_history",
    ]
    paths = [Path(c).expanduser() for c in candidates if c]
    return tuple(dict.fromkeys(p for p in paths if p.is_file()))


_CONFVAULT = re.compile(r"(?<![\w.-])confvault\b")
_MESSAGE = re.compile(r"\s(?:-m|--message)(?:[\s=]|$)|\s-m\S")
_CLIENT_DETAIL = re.compile(
    r"\bclient\s+(?:add|edit)\b.*\s(?:--name|-i|--identifier|--add-identifier)\b"
    r"|\bsearch\s+\S"
)


def check_history(
    files: Iterable[Path], terms: Iterable[str], secrets: Iterable[str]
) -> list[Finding]:
    """Lines that put note text, a passphrase or a client's name in a history file.

    `terms` are registered names and identifiers (empty when the vault is
    locked); `secrets` the passphrase typed for this check. Only the file and
    the line number are reported.
    """
    term_rx = _terms_regex(terms)
    secret_list = [s for s in secrets if s]
    found = []
    for path in files:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_HISTORY_BYTES)
        except OSError:
            continue
        text = raw.decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            what = _line_problem(line, term_rx, secret_list)
            if what:
                severity, reason = what
                found.append(
                    Finding(
                        "CV209",
                        severity,
                        f"line {number} of your shell history {reason}",
                        f"Delete that line from {path.name} (close other shells first, or they "
                        "may write it back); use $EDITOR or a pipe instead of -m.",
                        path=str(path),
                        line=number,
                    )
                )
    return found


def _terms_regex(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Whole terms in any case; the capitalised words (4+ letters) of a longer term in
    their own case ("Brackwater" of "Brackwater Forge")."""
    whole = {t.strip() for t in terms if len(t.strip()) >= 2}
    parts = {
        w
        for t in whole
        if " " in t
        for w in t.split()
        if len(w) >= 4 and w[0].isupper() and w[1:].islower()
    }
    if not whole:
        return None

    def alt(items: set[str]) -> str:
        ordered = sorted(items, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)

    body = f"(?i:{alt(whole)})" + (f"|{alt(parts)}" if parts else "")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _line_problem(
    line: str, term_rx: re.Pattern[str] | None, secrets: list[str]
) -> tuple[str, str] | None:
    if any(s in line for s in secrets):
        return HIGH, "contains your passphrase"
    if term_rx is not None and term_rx.search(line):
        return HIGH, "contains a client's registered name or identifier"
    if _CONFVAULT.search(line):
        if _MESSAGE.search(line):
            return HIGH, "holds note text given with -m"
        if _CLIENT_DETAIL.search(line):
            return MEDIUM, "probably holds a client's name or a search term"
    return None
