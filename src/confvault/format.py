"""Byte layouts of confvault files (spec: docs/FORMAT.md). Pure: no I/O, no crypto.

All integers are big-endian. Parsers accept any bytes and either return a
value or raise FormatError (or UnsupportedVersionError); nothing else.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from confvault.errors import FormatError, UnsupportedVersionError

VERSION = 1
HEADER_MAGIC = b"CVH1"
RECORD_MAGIC = b"CVR1"
HEADER_FILE = "confvault.header"
# the same bytes again: a damaged header can be restored from it (docs/FORMAT.md)
HEADER_COPY_FILE = "confvault.header-copy"
RECORDS_DIR = "records"
RECORD_SUFFIX = ".rec"
ID_SIZE = 16
SALT_SIZE = 16
NONCE_SIZE = 24
WRAPPED_KEY_SIZE = 32 + 16
MAC_SIZE = 32
KDF_ARGON2ID = 1

KIND_CLIENT = 1
KIND_NOTE = 2
KIND_AUDIT = 3
KIND_AUDIT_HEAD = 4
AUDIT_DIR = "audit"
AUDIT_HEAD_FILE = "head"
AUDIT_HEAD_ID = b"\0" * 16

# magic, version, vault id, kdf id, t, m (KiB), p, salt
_HEADER_CORE = struct.Struct(">4sH16sBIIB16s")
_WRAP = struct.Struct(">24s48s")
HEADER_SIZE = _HEADER_CORE.size + 2 * _WRAP.size + MAC_SIZE
# magic, version, record id, nonce
_RECORD_PREFIX = struct.Struct(">4sH16s24s")
RECORD_MIN_SIZE = _RECORD_PREFIX.size + 16

# Plaintexts are padded to a bucket so a file's size hides the exact length.
MIN_BUCKET = 1024
LARGE_STEP = 64 * 1024
MAX_PADDED = 8 * 1024 * 1024


@dataclass(frozen=True)
class Wrap:
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class Header:
    vault_id: bytes
    time_cost: int
    memory_kib: int
    parallelism: int
    salt: bytes
    passphrase_wrap: Wrap
    recovery_wrap: Wrap
    mac: bytes
    version: int = VERSION

    def core(self) -> bytes:
        """The bytes every key wrap binds as associated data."""
        return _HEADER_CORE.pack(
            HEADER_MAGIC,
            self.version,
            self.vault_id,
            KDF_ARGON2ID,
            self.time_cost,
            self.memory_kib,
            self.parallelism,
            self.salt,
        )

    def authenticated(self) -> bytes:
        """Everything the header MAC covers: all bytes before the MAC."""
        return (
            self.core()
            + _WRAP.pack(self.passphrase_wrap.nonce, self.passphrase_wrap.wrapped)
            + _WRAP.pack(self.recovery_wrap.nonce, self.recovery_wrap.wrapped)
        )

    def to_bytes(self) -> bytes:
        return self.authenticated() + self.mac


def parse_header(data: bytes) -> Header:
    if len(data) < 6 or data[:4] != HEADER_MAGIC:
        raise FormatError("the vault header is not a confvault header (wrong magic bytes)")
    (version,) = struct.unpack(">H", data[4:6])
    if version != VERSION:
        raise UnsupportedVersionError(
            f"the vault was written in format version {version}; this confvault reads version "
            f"{VERSION}"
        )
    if len(data) != HEADER_SIZE:
        raise FormatError(
            f"the vault header has {len(data)} bytes instead of {HEADER_SIZE}; it is truncated "
            "or damaged"
        )
    _, _, vault_id, kdf, t, m, p, salt = _HEADER_CORE.unpack_from(data, 0)
    if kdf != KDF_ARGON2ID:
        raise FormatError("the vault header names an unknown key-derivation function")
    offset = _HEADER_CORE.size
    pw = Wrap(*_WRAP.unpack_from(data, offset))
    rw = Wrap(*_WRAP.unpack_from(data, offset + _WRAP.size))
    return Header(vault_id, t, m, p, salt, pw, rw, data[-MAC_SIZE:], version)


def wrap_ad(header: Header, purpose: bytes) -> bytes:
    """Associated data of a key wrap.

    The passphrase wrap binds the whole header core (KDF settings and salt
    included). The recovery wrap binds only magic, version and vault id: it
    must survive a passphrase change, which rewrites the KDF fields, and the
    header MAC covers every field anyway.
    """
    if purpose == b"recovery":
        return b"confvault/wrap/recovery\0" + header.core()[:22]
    return b"confvault/wrap/" + purpose + b"\0" + header.core()


@dataclass(frozen=True)
class RecordEnvelope:
    record_id: bytes
    nonce: bytes
    ciphertext: bytes
    version: int = VERSION

    def prefix(self) -> bytes:
        return _RECORD_PREFIX.pack(RECORD_MAGIC, self.version, self.record_id, self.nonce)

    def to_bytes(self) -> bytes:
        return self.prefix() + self.ciphertext


def record_ad(vault_id: bytes, record_id: bytes, kind: int, version: int = VERSION) -> bytes:
    """Associated data: format version, vault id, record id and kind.

    The kind is bound here but not stored in the clear, so a file does not
    reveal whether it holds a client or a note.
    """
    return b"confvault/record\0" + struct.pack(">HB", version, kind) + vault_id + record_id


def parse_record(data: bytes) -> RecordEnvelope:
    if len(data) < 6 or data[:4] != RECORD_MAGIC:
        raise FormatError("not a confvault record (wrong magic bytes)")
    (version,) = struct.unpack(">H", data[4:6])
    if version != VERSION:
        raise UnsupportedVersionError(
            f"record written in format version {version}; this confvault reads version {VERSION}"
        )
    if len(data) < RECORD_MIN_SIZE:
        raise FormatError(f"record truncated ({len(data)} bytes)")
    _, _, record_id, nonce = _RECORD_PREFIX.unpack_from(data, 0)
    return RecordEnvelope(record_id, nonce, data[_RECORD_PREFIX.size :], version)


def bucket_size(length: int) -> int:
    """Padded size for a plaintext of `length` bytes (incl. the 4-byte length prefix)."""
    needed = length + 4
    if needed > MAX_PADDED:
        raise FormatError("record too large")
    size = MIN_BUCKET
    while size < needed and size < LARGE_STEP:
        size *= 2
    if needed <= size:
        return size
    return -(-needed // LARGE_STEP) * LARGE_STEP


def pad(payload: bytes) -> bytes:
    size = bucket_size(len(payload))
    return struct.pack(">I", len(payload)) + payload + b"\0" * (size - 4 - len(payload))


def unpad(padded: bytes) -> bytes:
    if len(padded) < 4:
        raise FormatError("padded plaintext too short")
    (length,) = struct.unpack(">I", padded[:4])
    if length > len(padded) - 4:
        raise FormatError("padded plaintext declares a length beyond its end")
    return padded[4 : 4 + length]


def record_filename(record_id: bytes) -> str:
    return record_id.hex() + RECORD_SUFFIX


def record_id_from_filename(name: str) -> bytes | None:
    """The id a record file name stands for, or None if it is not one."""
    if not name.endswith(RECORD_SUFFIX):
        return None
    stem = name[: -len(RECORD_SUFFIX)]
    if len(stem) != 2 * ID_SIZE or stem.lower() != stem:
        return None
    try:
        return bytes.fromhex(stem)
    except ValueError:
        return None
