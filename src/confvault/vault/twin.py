"""The two header files: which to open with, and which may be written over
(docs/FORMAT.md, "Header copy").

`confvault.header` decides; `confvault.header-copy` stands in only where the header
file is missing or damaged (it does not parse, or the vault key does not verify its
MAC). A header file that is sound but does not open with the secret given is an
answer ("wrong passphrase"), never a reason to use an older copy.

Writing is conservative: a file is written over only when it is missing, is the
header in use damaged in a few bytes, or is a sound older copy of it. Anything
else (another vault's header, a header of this vault that differs in more, a file
nobody can read) is left for the user, with a message that says so.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import (
    DecryptionError,
    FormatError,
    UnsupportedParametersError,
    WrongPassphraseError,
)
from confvault.vault.header import _HEADER_MAC, HeaderFile, mac_matches

# A file differing from the header in use in at most this many bytes (a length
# difference counts too) is that header, damaged. Another header differs in its
# random fields: another vault's in about 200 bytes, another of this vault (a
# passphrase change) in about 120.
DAMAGE_BYTES = 32
_KDF_FIELDS = slice(22, 32)

Unwrap = Callable[[fmt.Header], bytes]
OpensRecords = Callable[[fmt.Header, bytes], bool]


class Kind(enum.Enum):
    SAME = "the header in use"
    MISSING = "missing"
    NEAR = "the header in use, damaged in a few bytes"
    SOUND = "another sound header of this vault (older or newer)"
    OTHER = "another header of this vault, damaged"
    FOREIGN = "another vault's header"
    UNKNOWN = "damaged beyond telling whose it is"


@dataclass(frozen=True)
class Choice:
    header: fmt.Header
    key: bytes
    rebuilt: bool = False  # made in memory from the sound parts of both files


def differing(a: bytes, b: bytes) -> int:
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


def kind(file: HeaderFile, used: fmt.Header, key: bytes) -> Kind:
    """What this header file is, beside the header in use (opened with `key`)."""
    data, header = file.data, file.header
    good = used.to_bytes()
    if data == good:
        return Kind.SAME
    if data is None:
        return Kind.MISSING
    if differing(data, good) <= DAMAGE_BYTES or good.startswith(data) or data.startswith(good):
        return Kind.NEAR  # (also cut short, or with bytes after it)
    if header is None:
        return Kind.UNKNOWN
    if header.vault_id != used.vault_id:
        return Kind.FOREIGN
    return Kind.SOUND if mac_matches(header, key) else Kind.OTHER


def _kdf_only(main: HeaderFile, copy: HeaderFile) -> bool:
    a, b = main.data, copy.data
    if a is None or b is None or len(a) != len(b):
        return False
    cut = _KDF_FIELDS
    return a[: cut.start] + a[cut.stop :] == b[: cut.start] + b[cut.stop :]


def _cost(file: HeaderFile) -> int:
    h = file.header
    return 0 if h is None else h.memory_kib * h.time_cost


def _plausible(file: HeaderFile) -> bool:
    """Settings `init` or `passwd` could have chosen (a flipped bit can ask for up to
    the 4 GiB ceiling, which a mistyped passphrase would pay for each time)."""
    h = file.header
    return h is not None and h.memory_kib <= crypto.MAX_CALIBRATED_MEMORY_KIB


def rebuild(main: fmt.Header, copy: fmt.Header, key: bytes) -> fmt.Header:
    """The header file's core and passphrase wrap (both authenticated by opening them)
    with the copy's recovery wrap (authenticated by the copy's MAC), MAC'd anew."""
    body = dataclasses.replace(main, recovery_wrap=copy.recovery_wrap, mac=b"")
    tag = crypto.mac(crypto.subkey(key, _HEADER_MAC), body.authenticated())
    return dataclasses.replace(body, mac=tag)


def choose(
    main: HeaderFile,
    copy: HeaderFile,
    unwrap: Unwrap,
    wrong: WrongPassphraseError,
    opens_records: OpensRecords,
) -> Choice:
    """The header to open with and the vault key, or the error to give."""
    files = [f for f in (main, copy) if f.header is not None]
    if len(files) == 2 and main.data == copy.data:
        files = files[:1]
    kdf_only = len(files) == 2 and _kdf_only(main, copy)
    if kdf_only and _cost(copy) < _cost(main):
        files.reverse()  # one of them has damaged settings: the cheaper first
    keys: dict[int, bytes] = {}  # id(file) -> key, for those that unwrap
    unsound: list[HeaderFile] = []  # they unwrap, but the MAC fails
    answered, refused = False, None
    for file in files:
        header = file.header
        assert header is not None
        if kdf_only and answered and not _plausible(file):
            continue  # the other said no, and these settings are no one's choice
        try:
            key = unwrap(header)
        except DecryptionError:
            answered = True
            continue
        except UnsupportedParametersError as exc:
            refused = exc
            continue
        keys[id(file)] = key
        if not mac_matches(header, key):
            unsound.append(file)
            continue
        if _two_vaults(main, copy) and not opens_records(header, key):
            continue  # two vaults' headers: the one whose key opens the records
        if file is copy and main.header is not None and mac_matches(main.header, key):
            # the header file is sound (the copy is another header of this vault, older
            # or newer): it alone decides
            if id(main) not in keys:
                try:
                    keys[id(main)] = unwrap(main.header)
                except DecryptionError:
                    raise wrong from None
            return Choice(main.header, keys[id(main)])
        return Choice(header, key)
    for file in (main, copy):  # two vaults' headers, and neither opens a record
        if id(file) in keys and file not in unsound and file.header is not None:
            return Choice(file.header, keys[id(file)])
    if main in unsound and copy.header is not None and main.header is not None:
        key = keys[id(main)]
        if mac_matches(copy.header, key):
            # damaged in its recovery wrap or MAC only, beside a copy of this vault
            # that this secret does not open: opened in memory, nothing written
            return Choice(rebuild(main.header, copy.header, key), key, rebuilt=True)
    if unsound:
        raise FormatError(
            f"the vault header at {main.path} was changed outside confvault",
            hint="Restore confvault.header and confvault.header-copy from a backup; "
            "your notes are untouched.",
        )
    if refused is not None and not answered:
        raise refused
    raise wrong


def _two_vaults(main: HeaderFile, copy: HeaderFile) -> bool:
    """Both parse, and they are different vaults' headers."""
    a, b = main.header, copy.header
    return (
        a is not None
        and b is not None
        and a.vault_id != b.vault_id
        and main.data is not None
        and copy.data is not None
        and differing(main.data, copy.data) > DAMAGE_BYTES
    )


def to_mend(main: HeaderFile, copy: HeaderFile, choice: Choice) -> list[HeaderFile]:
    """The files opening may write the header in use over: missing, or that header
    damaged in a few bytes; the copy also when it is a sound older (or newer) header,
    since the header file decides. Nothing after a rebuild."""
    if choice.rebuilt:
        return []
    out = []
    for f in (main, copy):
        k = kind(f, choice.header, choice.key)
        if k in (Kind.MISSING, Kind.NEAR) or (f is copy and k is Kind.SOUND):
            out.append(f)
    return out


def blocks_passwd(f: HeaderFile, used: fmt.Header, key: bytes) -> bool:
    """Would writing a new header over this file destroy what may be the only header
    some records need? Another vault's header, or a file nobody can tell."""
    return kind(f, used, key) in (Kind.FOREIGN, Kind.UNKNOWN)


def bytes_of(path: Path) -> bytes | None:
    try:
        return storage.read_bytes(path, 4096)
    except (OSError, ValueError):
        return None


def notices(
    main: HeaderFile, copy: HeaderFile, choice: Choice, mended: list[HeaderFile], done: bool
) -> list[str]:
    """What opening did to the header files, or left, in plain words."""
    m, c = main.path.name, copy.path.name
    if choice.rebuilt:
        return [
            f"{m} is damaged; this command opened the vault from its sound parts and {c}, "
            f"and changed no file. Run 'confvault passwd' to write both header files afresh."
        ]
    km = kind(main, choice.header, choice.key)
    kc = kind(copy, choice.header, choice.key)
    written = done and bool(mended)
    notes = []
    if km in (Kind.MISSING, Kind.NEAR):
        notes.append(
            f"{m} was missing or damaged; it was restored from {c}. Your notes are untouched."
            if written
            else f"{m} is missing or damaged; this command used {c}. The next command that "
            "can write the vault folder restores it."
        )
    elif km in (Kind.OTHER, Kind.UNKNOWN):
        notes.append(
            f"{m} is damaged and is not the same header as {c} (it may be newer: was the "
            f"passphrase changed?), so it was left as it is and this command used {c}. If "
            "you changed your passphrase, try the newer one; otherwise run 'confvault "
            "passwd' to write both header files afresh."
        )
    elif km is Kind.FOREIGN:
        notes.append(
            f"{m} is the header of another vault; it was left as it is and this command "
            f"used {c}. Move {m} out of the vault folder (keep it: it may belong to another "
            "vault folder)."
        )
    if kc is Kind.NEAR:
        notes.append(
            f"{c} was damaged; it was written again from {m}."
            if written
            else f"{c} is damaged; the next command that can write the vault folder mends it."
        )
    elif kc in (Kind.OTHER, Kind.UNKNOWN):
        notes.append(
            f"{c} is damaged and is not a copy of {m}, so it was left as it is. Run "
            f"'confvault passwd' to write both header files afresh, or move {c} out of the "
            "vault folder: the next command then writes a new copy."
        )
    elif kc is Kind.FOREIGN:
        notes.append(
            f"{c} is the header of another vault; it was left as it is. Move it out of the "
            "vault folder (keep it: it may belong to another vault folder)."
        )
    return notes


def problem(file: HeaderFile, choice: Choice) -> str | None:
    """What verify says of a header file that is not the header in use, or None."""
    k = kind(file, choice.header, choice.key)
    if choice.rebuilt and file.path.name == fmt.HEADER_COPY_FILE:
        return None  # (passwd writes both: the header file's line says so)
    if choice.rebuilt:
        return (
            "damaged; the vault opened from its sound parts: run 'confvault passwd' to "
            "write both header files afresh"
        )
    if k is Kind.SAME or (k is Kind.MISSING and file.path.name == fmt.HEADER_COPY_FILE):
        return None
    later = "the next command that can write the vault folder"
    return {
        Kind.MISSING: f"missing; {later} restores it",
        Kind.NEAR: f"damaged; {later} mends it from the other header file",
        Kind.SOUND: f"an older header (from before a passphrase change?); {later} replaces it",
        Kind.OTHER: "damaged, and not the same header as the one in use, so it is left as "
        "it is: run 'confvault passwd' to write both header files afresh",
        Kind.UNKNOWN: "unreadable, and not a damaged copy of the header in use, so it is "
        "left as it is: move it out of the vault folder (the next command writes a new one)",
        Kind.FOREIGN: "the header of another vault, left as it is: move it out of the vault "
        "folder (keep it)",
    }[k]
