"""Files on disk: private directories, crash-safe writes, the write lock.

Every write goes to a temp file in the same directory, is fsynced, renamed
over the target and followed by an fsync of the directory, so a crash leaves
either the old file or the new one, never a mix. Temp names carry no detail.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from confvault.errors import LockTimeoutError, StorageError

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_PREFIX = ".tmp-"
LOCK_FILE = "lock"


def _storage_error(exc: OSError, action: str) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(
            f"the disk is full; could not {action}",
            hint="Free some space and try again. Nothing already saved was changed.",
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(
            f"the vault folder is not writable; could not {action}",
            hint="Check the folder's permissions, or that the disk is not mounted read-only.",
        )
    return StorageError(f"could not {action}: {exc.strerror or 'operating system error'}")


def make_private_dir(path: Path) -> None:
    """Create path (and parents) and force mode 0700 on it, whatever the umask."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path, DIR_MODE)
    except OSError as exc:
        raise _storage_error(exc, "create the vault folder") from None


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(
    path: Path, data: bytes, *, exclusive: bool = False, temp_dir: Path | None = None
) -> None:
    """Write data to path crash-safely with mode 0600.

    With exclusive=True the target must not exist yet (new records). The temp
    file is made in `temp_dir` (default: the target's folder), so a large folder
    need not be searched for a killed writer's leftovers; if the two folders turn
    out to be on different file systems, the write is made again from the target's.
    """
    directory = path.parent
    temp = (temp_dir or directory) / (TEMP_PREFIX + secrets.token_hex(8))
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except OSError as exc:
        raise _storage_error(exc, "save the change") from None
    try:
        try:
            os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if exclusive and path.exists():
            raise StorageError("a record with that id already exists")
        os.replace(temp, path)
        fsync_dir(directory)
    except OSError as exc:
        _discard(temp)
        if exc.errno == errno.EXDEV and temp_dir is not None:  # (a records/ mounted apart)
            write_atomic(path, data, exclusive=exclusive)
            return
        raise _storage_error(exc, "save the change") from None
    except BaseException:
        _discard(temp)
        raise


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def remove_file(path: Path) -> None:
    try:
        path.unlink()
        fsync_dir(path.parent)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _storage_error(exc, "remove the record") from None


def read_bytes(path: Path, limit: int) -> bytes:
    """Read a regular file, refusing anything larger than limit bytes.

    Opened non-blocking and checked with fstat, so a FIFO or device planted
    under a record's name is refused instead of hanging the reader. Reads what
    the file holds (os.read sized by fstat), never a limit-sized buffer:
    `read(limit + 1)` allocates the whole limit (8 MiB for a record) for every
    1 KiB file, which made reading 10,000 records 6x slower.
    """
    import stat

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        expected = info.st_size
        parts: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, max(expected - total, 0) + 4096))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
    finally:
        os.close(fd)
    if total > limit:
        raise ValueError("file larger than expected")
    return parts[0] if len(parts) == 1 else b"".join(parts)


def stale_temp_files(directory: Path) -> list[Path]:
    # os.listdir and a string test, not Path.iterdir: this runs before every
    # write, and building a Path per record made it O(n) with a large constant.
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    return [directory / n for n in sorted(n for n in names if n.startswith(TEMP_PREFIX))]


_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"[0-9a-f]{16}")


def is_temp_name(name: str) -> bool:
    """Is this exactly the name write_atomic gives its temp files?"""
    return _TEMP_NAME.fullmatch(name) is not None


def own_temp_file(path: Path) -> os.stat_result | None:
    """The lstat of `path` if it is a temp file write_atomic left: its exact name, a
    regular file (not a link), this user's. None for anything else."""
    if not is_temp_name(path.name):
        return None
    try:
        st = path.lstat()
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() else None


# (seconds) a temp file this old is a killed writer's, never a live one's
STALE_AFTER = 600.0


def remove_old_temp_files(directory: Path, older_than: float = STALE_AFTER) -> int:
    """Remove the temp files a process killed while writing into `directory` left
    (see own_temp_file) once older than `older_than` seconds: a younger one may
    belong to a write still in progress, so it stays."""
    removed = 0
    now = time.time()
    for path in stale_temp_files(directory):
        st = own_temp_file(path)
        if st is not None and now - st.st_mtime > older_than:
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


def remove_stale_temp_files(directory: Path) -> int:
    """Remove temp files a killed process left behind (call under the lock)."""
    removed = 0
    for path in stale_temp_files(directory):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


@contextlib.contextmanager
def write_lock(vault_dir: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold the vault's exclusive write lock (fcntl.flock on vault_dir/lock)."""
    import fcntl

    path = vault_dir / LOCK_FILE
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    except OSError as exc:
        raise _storage_error(exc, "take the vault's write lock") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LockTimeoutError(
                        "another confvault command has been writing to this vault for "
                        f"over {int(timeout)} seconds"
                    ) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
