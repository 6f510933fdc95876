"""The vault header: built from the keys and KDF settings, read back from a vault folder.

The header is kept twice, `confvault.header` and `confvault.header-copy`, the same
bytes: one flipped byte in it would otherwise make every note unreadable, recovery
key included. Which of the two is used, and when one is restored from the other,
is decided in Vault (vault/__init__.py) once the key is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import (
    ConfvaultError,
    FormatError,
    UnsupportedVersionError,
    VaultNotFoundError,
)
from confvault.recovery import parse_recovery_key

_HEADER_MAC = b"cv1-header-mac"
_RECOVERY = b"cv1-recovery"
_RESTORE = "Restore confvault.header from a backup of the vault folder; your notes are untouched."


def _kdf_of(header: fmt.Header) -> crypto.KdfParams:
    return crypto.KdfParams(header.time_cost, header.memory_kib, header.parallelism)


@dataclass(frozen=True)
class HeaderFile:
    """One of the two header files as found: its bytes (None when missing or not a
    file one can read) and the header they hold, or why they hold none."""

    path: Path
    data: bytes | None
    header: fmt.Header | None
    error: ConfvaultError | None


def _read_one(file: Path) -> HeaderFile:
    if not file.is_file():
        return HeaderFile(file, None, None, FormatError(f"{file} is missing"))
    try:
        data = storage.read_bytes(file, 4096)
    except (OSError, ValueError):
        error = FormatError(f"{file} cannot be read or is not a vault header")
        return HeaderFile(file, None, None, error)
    try:
        return HeaderFile(file, data, fmt.parse_header(data), None)
    except FormatError as exc:
        return HeaderFile(file, data, None, type(exc)(f"{file}: {exc.message}", exc.hint))


def neither_error(main: HeaderFile, copy: HeaderFile) -> FormatError:
    """The error when neither header file holds a header (nor a repair of one)."""
    error = main.error or FormatError(f"{main.path} is not a vault header")
    if not copy.path.is_file():  # a vault from before the copy, or its copy is gone
        if error.hint is None:
            error.hint = _RESTORE
        return error if isinstance(error, FormatError) else FormatError(error.message, _RESTORE)
    also = copy.error.message if copy.error else "not a vault header"
    return FormatError(f"{error.message}; its copy is no better ({also})", hint=_RESTORE)


def header_files(path: Path) -> tuple[HeaderFile, HeaderFile]:
    """The header file and its copy as found, whatever they hold (never raises)."""
    return _read_one(path / fmt.HEADER_FILE), _read_one(path / fmt.HEADER_COPY_FILE)


def read_headers(path: Path) -> tuple[HeaderFile, HeaderFile]:
    """The header file and its copy as found. Raises when neither holds a header, or
    when the main file says it is from a newer format version and there is no copy
    to tell otherwise by (twin.choose decides when there is one)."""
    main, copy = header_files(path)
    if not main.path.is_file() and not copy.path.is_file():
        raise VaultNotFoundError(f"there is no vault at {path}")
    repairable = any(f.data is not None and len(f.data) >= fmt.HEADER_SIZE for f in (main, copy))
    if repairable:
        return main, copy  # (twin.choose tries the repairs; the MAC decides)
    if isinstance(main.error, UnsupportedVersionError) and copy.header is None:
        raise main.error
    if main.header is None and copy.header is None:
        raise neither_error(main, copy)
    return main, copy


def differing(a: bytes, b: bytes) -> int:
    """How many bytes two files differ in (a length difference counts too)."""
    return sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))


def version_damage_only(main: HeaderFile, copy: HeaderFile) -> bool:
    """The header file claims another format version but is otherwise (nearly) its
    copy: damage, not an upgrade. A newer version's header has a MAC of its own (the
    MAC covers the version), so it differs from ours in more bytes than this."""
    a, b = main.data, copy.data
    if a is None or b is None or copy.header is None:
        return False
    return differing(a, b) <= 16


def read_header(path: Path) -> fmt.Header:
    """The header to go by before unlocking (its KDF settings): the main file's, or
    its copy's when the main file is missing or damaged."""
    main, copy = read_headers(path)
    header = main.header or copy.header or parsed(fixed(main.data)) or parsed(fixed(copy.data))
    if header is None:  # (a file long enough, but not even its repair parses)
        raise neither_error(main, copy)
    return header


def fixed(data: bytes | None) -> bytes | None:
    """The file with its fixed fields put back (magic, version, length): what damage
    to them hides, if the rest is sound (the MAC says whether it is)."""
    if data is None or len(data) < fmt.HEADER_SIZE:
        return None
    return fmt.HEADER_MAGIC + fmt.VERSION.to_bytes(2, "big") + data[6 : fmt.HEADER_SIZE]


def parsed(data: bytes | None) -> fmt.Header | None:
    try:
        return None if data is None else fmt.parse_header(data)
    except FormatError:
        return None


def mac_matches(header: fmt.Header, vault_key: bytes) -> bool:
    """Was this header written by confvault with this vault key, byte for byte?"""
    return crypto.mac_matches(
        crypto.subkey(vault_key, _HEADER_MAC), header.authenticated(), header.mac
    )


def _build_header(
    vault_id: bytes,
    vault_key: bytes,
    passphrase: bytes,
    kdf: crypto.KdfParams,
    recovery_key: str | None,
    previous: fmt.Header | None,
) -> fmt.Header:
    """A header wrapping vault_key under passphrase, and under the recovery key
    (new one given) or keeping the previous header's recovery wrap."""
    salt = crypto.random_bytes(fmt.SALT_SIZE)
    empty = fmt.Wrap(b"\0" * fmt.NONCE_SIZE, b"\0" * fmt.WRAPPED_KEY_SIZE)
    draft = fmt.Header(
        vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, empty, empty, b""
    )
    kek = crypto.derive_kek(passphrase, salt, kdf)
    pw = fmt.Wrap(*crypto.seal(kek, vault_key, fmt.wrap_ad(draft, b"passphrase")))
    if recovery_key is not None:
        rkey = crypto.subkey(parse_recovery_key(recovery_key), _RECOVERY)
        rw = fmt.Wrap(*crypto.seal(rkey, vault_key, fmt.wrap_ad(draft, b"recovery")))
    else:
        if previous is None:
            raise ValueError("keeping the recovery wrap needs the previous header")
        # The recovery wrap binds only the vault's identity, so it stays valid.
        rw = previous.recovery_wrap
    body = fmt.Header(vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, pw, rw, b"")
    tag = crypto.mac(crypto.subkey(vault_key, _HEADER_MAC), body.authenticated())
    return fmt.Header(vault_id, kdf.time_cost, kdf.memory_kib, kdf.parallelism, salt, pw, rw, tag)
