"""The vault header: built from the keys and KDF settings, read back from a vault folder."""

from __future__ import annotations

from pathlib import Path

from confvault import crypto, storage
from confvault import format as fmt
from confvault.errors import FormatError, VaultNotFoundError
from confvault.recovery import parse_recovery_key

_HEADER_MAC = b"cv1-header-mac"
_RECOVERY = b"cv1-recovery"


def _kdf_of(header: fmt.Header) -> crypto.KdfParams:
    return crypto.KdfParams(header.time_cost, header.memory_kib, header.parallelism)


def read_header(path: Path) -> fmt.Header:
    file = path / fmt.HEADER_FILE
    if not file.is_file():
        raise VaultNotFoundError(f"there is no vault at {path}")
    try:
        data = storage.read_bytes(file, 4096)
    except (OSError, ValueError):
        raise FormatError(f"{file} cannot be read or is not a vault header") from None
    try:
        return fmt.parse_header(data)
    except FormatError as exc:
        raise type(exc)(f"{file}: {exc.message}", exc.hint) from None


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
