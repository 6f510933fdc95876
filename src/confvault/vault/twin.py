"""Which of the two header files to open with (docs/FORMAT.md, "Header copy").

`confvault.header` decides; `confvault.header-copy` stands in only where the header
file is missing or damaged. Damaged means: it does not parse, or this vault's key
does not verify its MAC. A header file that is sound but does not open with the
secret given is an answer ("wrong passphrase"), never a reason to use an older copy.
"""

from __future__ import annotations

import dataclasses
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

# A header file differing from this vault's in more bytes than this is not called
# damaged when its vault id differs too: another vault's header differs in its random
# fields (vault id, salt, nonces, wraps, MAC: about 200 bytes), damage in a few.
DAMAGE_BYTES = 32
# Where the two files differ only in their KDF settings, one of them is damaged; after
# the cheaper fails, the other is tried only if it asks for at most this much more
# work (a flipped bit can ask for gigabytes, on every mistyped passphrase).
_KDF_SPREAD = 4
_KDF_FIELDS = slice(22, 32)

Unwrap = Callable[[fmt.Header], bytes]
OpensRecords = Callable[[fmt.Header, bytes], bool]


@dataclass(frozen=True)
class Choice:
    header: fmt.Header
    key: bytes
    rebuilt: bool = False  # made from the sound parts of both files


def differing(a: bytes, b: bytes) -> int:
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


def another_vaults(file: HeaderFile, good: fmt.Header) -> bool:
    """Is this header file another vault's header (not this one's, damaged)?"""
    data, header = file.data, file.header
    if header is None or data is None or header.vault_id == good.vault_id:
        return False
    return differing(data, good.to_bytes()) > DAMAGE_BYTES


def other_header(file: HeaderFile, good: fmt.Header) -> bool:
    """Is this header file another header of this same vault (older or newer than
    the one opened with), not the same one damaged in a few bytes?"""
    data, header = file.data, file.header
    if header is None or data is None or header.vault_id != good.vault_id:
        return False
    return differing(data, good.to_bytes()) > DAMAGE_BYTES


def _cost(file: HeaderFile) -> int:
    h = file.header
    return 0 if h is None else h.memory_kib * h.time_cost


def _kdf_only(main: HeaderFile, copy: HeaderFile) -> bool:
    a, b = main.data, copy.data
    if a is None or b is None or len(a) != len(b):
        return False
    return (
        a[: _KDF_FIELDS.start] + a[_KDF_FIELDS.stop :]
        == b[: _KDF_FIELDS.start] + b[_KDF_FIELDS.stop :]
    )


def rebuild(main: fmt.Header, copy: fmt.Header, key: bytes) -> fmt.Header:
    """The header file's core and passphrase wrap (both authenticated by opening it)
    with the copy's recovery wrap (authenticated by the copy's MAC), MAC'd anew: a
    header file damaged only in its recovery wrap or MAC, beside an older copy."""
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
        files.reverse()  # a damaged KDF field may ask for far more work: cheaper first
    keys: dict[int, bytes] = {}  # id(file) -> key, for those that unwrap
    unsound: list[HeaderFile] = []  # unwrap, but the MAC fails
    answered, refused = False, None
    for file in files:
        header = file.header
        assert header is not None
        if kdf_only and answered and _cost(file) > _KDF_SPREAD * min(_cost(f) for f in files):
            continue  # the cheaper one said no: this one's settings are the damaged ones
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
        if file is main:
            if not _two_vaults(main, copy) or opens_records(header, key):
                return Choice(header, key)
            continue  # another vault's header in its place: the copy may be this one's
        if main.header is not None and mac_matches(main.header, key):
            # the header file is sound (the copy is another header of this vault, older
            # or newer): it alone decides
            if id(main) not in keys:
                try:
                    keys[id(main)] = unwrap(main.header)
                except DecryptionError:
                    raise wrong from None
            return Choice(main.header, keys[id(main)])
        if _two_vaults(main, copy) and not opens_records(header, key):
            continue
        return Choice(header, key)
    if id(main) in keys and main.header is not None and main not in unsound:
        return Choice(main.header, keys[id(main)])  # (two vaults; neither opens a record)
    if main in unsound and copy.header is not None and main.header is not None:
        key = keys[id(main)]
        if mac_matches(copy.header, key):
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
    """Both parse, and they hold different vaults' headers."""
    return (
        main.header is not None
        and copy.header is not None
        and main.header.vault_id != copy.header.vault_id
        and main.data is not None
        and copy.data is not None
        and differing(main.data, copy.data) > DAMAGE_BYTES
    )


def bytes_of(path: Path) -> bytes | None:
    try:
        return storage.read_bytes(path, 4096)
    except (OSError, ValueError):
        return None


def notices(
    main: HeaderFile,
    copy: HeaderFile,
    mend: list[HeaderFile],
    done: bool,
    rebuilt: bool,
    foreign: list[HeaderFile],
    newer: bool,
    blocked: bool,
    copy_damaged: bool,
) -> list[str]:
    """What opening did to the header files, or could not do, in plain words."""
    m, c = main.path.name, copy.path.name
    notes = []
    if main in mend and rebuilt:
        notes.append(
            f"{m} was damaged; it was rebuilt from its sound parts and {c}. "
            "Your notes are untouched."
            if done
            else f"{m} is damaged; this command used its sound parts and {c}. Run a "
            "command again once the vault folder can be written to mend it."
        )
    elif main in mend:
        notes.append(
            f"{m} was missing or damaged; it was restored from {c}. Your notes are untouched."
            if done
            else f"{m} is missing or damaged; this command used {c}. Copy that file to "
            f"{m} (or run a command again once the vault folder can be written) to restore it."
        )
    elif copy in mend and copy_damaged:
        notes.append(
            f"{c} was damaged; it was written again from {m}."
            if done
            else f"{c} is damaged and could not be written again now."
        )
    if newer:
        notes.append(
            f"{m} is damaged, and {c} holds an older header of this vault (from before a "
            f"passphrase change?): this command used {c} and left {m} as it is. If you "
            f"changed your passphrase since, unlock with the newer one: where the damage "
            f"allows, confvault then mends {m}."
        )
    for f in foreign:
        notes.append(
            f"{f.path.name} is the header of another vault; it was left as it is. If it was "
            "put there by mistake, move it out of the vault folder (keep it: it may belong "
            "to another vault folder)."
        )
    if blocked:
        notes.append(
            "No record opens with the header this vault was opened with, so neither header "
            "file was changed. If a header file was put back from another vault's backup, "
            "put this vault's own back."
        )
    return notes
