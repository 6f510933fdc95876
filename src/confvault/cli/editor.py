"""Write a note in $EDITOR without leaving plaintext on disk.

The text lives in a private folder (0700, file 0600) in RAM-backed storage
(/dev/shm or $XDG_RUNTIME_DIR). The whole folder, with any swap or backup
file the editor made beside the note, is removed afterwards, even on error.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal

# subprocess runs only the user's own $EDITOR, as an argument list without a shell.
import subprocess  # nosec B404
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import typer

from confvault.errors import ConfvaultError, InvalidInputError

TEMP_PREFIX = "confvault-edit-"


def ram_dirs() -> list[Path]:
    # A private mkdtemp folder is made inside; the shared parent is never written to.
    candidates = [Path("/dev/shm")]  # noqa: S108  # nosec B108
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime))
    return [p for p in candidates if p.is_dir() and os.access(p, os.W_OK | os.X_OK)]


def editor_command() -> list[str]:
    raw = os.environ.get("VISUAL") or os.environ.get("EDITOR") or ""
    if raw.strip():
        return shlex.split(raw)
    for fallback in ("nano", "vi"):
        if shutil.which(fallback):
            return [fallback]
    raise InvalidInputError(
        "no text editor is set", hint="Set $EDITOR (e.g. export EDITOR=nano), or use -m TEXT."
    )


def edit_text(initial: str = "", check: Callable[[str], str] | None = None) -> str:
    """Open the editor on initial text and return what the user saved, passed through
    ``check`` (which may refuse it with a ConfvaultError: the user is then offered the
    editor again on the same text, so that nothing typed is lost by a refusal)."""
    command = editor_command()
    dirs = ram_dirs()
    if not dirs:
        if not sys.stdin.isatty():
            raise InvalidInputError(
                "no RAM-backed folder exists here, so the editor would write the note to disk",
                hint="Pipe the note in on stdin or use -m TEXT instead.",
            )
        typer.echo(
            "There is no RAM-backed folder (/dev/shm, $XDG_RUNTIME_DIR) on this system: while "
            "you edit, the note sits in a private temp file on disk, removed when you finish.",
            err=True,
        )
        if not typer.confirm("Continue?", default=False):
            raise typer.Exit(1)
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=dirs[0] if dirs else None))
    with _cleanup_on_hangup():
        return _edit_in(folder, command, initial, check)


@contextlib.contextmanager
def _cleanup_on_hangup() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP (a closed terminal) into an exit that runs `finally`."""

    def stop(signum: int, frame: object) -> None:
        # the first signal ends the edit; any later one (a closing terminal sends more)
        # is ignored, so that nothing cuts the clean-up short
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)
        raise SystemExit(128 + signum)

    saved = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


def _edit_in(
    folder: Path, command: list[str], initial: str, check: Callable[[str], str] | None
) -> str:
    try:
        os.chmod(folder, 0o700)
        path = folder / "note.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(initial)
        while True:
            text, problem = _run_once(path, command, initial, check)
            if problem is None:
                return text
            # what was typed is still in the file: offer the editor again on it
            typer.echo(f"confvault: {problem.message}.", err=True)
            if problem.hint:
                typer.echo(f"confvault: hint: {problem.hint}", err=True)
            if not _ask("Open the editor again on what you wrote? (No discards it.)", True):
                message = problem.message
                if "nothing was saved" not in message:
                    message += "; nothing was saved"
                raise InvalidInputError(message, hint=problem.hint)
    finally:
        # (a second hangup or terminate must not cut the clean-up short: ignored while
        # the folder is shredded, then restored)
        saved = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGTERM, signal.SIGHUP)}
        try:
            _shred_folder(folder)
        finally:
            for sig, handler in saved.items():
                signal.signal(sig, handler)


def _run_once(
    path: Path, command: list[str], initial: str, check: Callable[[str], str] | None
) -> tuple[str, ConfvaultError | None]:
    """Run the editor once: the text saved, and a problem worth another round, if any."""
    try:
        # The user's own $EDITOR, as a list (no shell), on a path we created.
        result = subprocess.run([*command, str(path)], check=False)  # noqa: S603  # nosec B603
    except OSError:
        raise InvalidInputError(
            f"could not start the editor '{command[0]}'",
            hint="Set $EDITOR to an installed editor, or use -m TEXT.",
        ) from None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "", InvalidInputError("the edited note is not UTF-8 text")
    except OSError:  # (the editor removed the file, or put a folder in its place)
        raise InvalidInputError(
            "the editor removed or replaced the note's file; nothing was saved",
            hint="Run the command again and save the note where the editor opened it.",
        ) from None
    if result.returncode != 0:
        # (Vim's ":cq" quits on purpose this way; anything typed is asked about)
        abort = InvalidInputError(
            "the editor exited with an error, so nothing was saved",
            hint="Run the command again; to save, quit the editor normally.",
        )
        if text == initial or not text.strip():
            raise abort
        if not _ask(
            f"The editor exited with an error (code {result.returncode}). "
            "Save what you wrote anyway?",
            False,
        ):
            raise abort
    if check is None or not text.strip():
        return text, None  # (an empty note is the caller's to refuse: nothing to keep)
    try:
        return check(text), None
    except ConfvaultError as exc:
        return text, exc


def _ask(question: str, default: bool) -> bool:
    """A yes/no question on the terminal; with no terminal to answer on, no."""
    if not sys.stdin.isatty():
        return False
    return typer.confirm(question, default=default, err=True)


def _shred_folder(folder: Path) -> None:
    """Overwrite regular files with zeros (useful on disk, harmless in RAM), then remove."""
    for entry in folder.iterdir() if folder.exists() else []:
        with contextlib.suppress(OSError):
            if entry.is_file() and not entry.is_symlink():
                size = entry.stat().st_size
                with open(entry, "r+b") as fh:
                    fh.write(b"\0" * size)
                    fh.flush()
                    os.fsync(fh.fileno())
    shutil.rmtree(folder, ignore_errors=True)
