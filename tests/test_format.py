"""Byte layouts: round trips, padding buckets, and parsers that only ever raise FormatError."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault import format as fmt
from confvault.errors import FormatError, UnsupportedVersionError


def _header() -> fmt.Header:
    w = fmt.Wrap(os.urandom(24), os.urandom(48))
    return fmt.Header(os.urandom(16), 3, 65536, 4, os.urandom(16), w, w, os.urandom(32))


def test_header_round_trip() -> None:
    h = _header()
    data = h.to_bytes()
    assert len(data) == fmt.HEADER_SIZE
    assert fmt.parse_header(data) == h


def test_header_rejects_wrong_length_and_magic() -> None:
    data = _header().to_bytes()
    with pytest.raises(FormatError, match="truncated"):
        fmt.parse_header(data[:-1])
    with pytest.raises(FormatError, match="truncated"):
        fmt.parse_header(data + b"x")
    with pytest.raises(FormatError, match="magic"):
        fmt.parse_header(b"XXXX" + data[4:])


def test_newer_version_is_named() -> None:
    data = bytearray(_header().to_bytes())
    data[4:6] = (2).to_bytes(2, "big")
    with pytest.raises(UnsupportedVersionError, match="version 2"):
        fmt.parse_header(bytes(data))
    rec = fmt.RecordEnvelope(os.urandom(16), os.urandom(24), os.urandom(300), version=7).to_bytes()
    with pytest.raises(UnsupportedVersionError, match="version 7"):
        fmt.parse_record(rec)


def test_recovery_wrap_ad_ignores_kdf_fields_but_passphrase_wrap_binds_them() -> None:
    h = _header()
    other = fmt.Header(
        h.vault_id, 9, 131072, 4, os.urandom(16), h.passphrase_wrap, h.recovery_wrap, h.mac
    )
    assert fmt.wrap_ad(h, b"recovery") == fmt.wrap_ad(other, b"recovery")
    assert fmt.wrap_ad(h, b"passphrase") != fmt.wrap_ad(other, b"passphrase")


@pytest.mark.parametrize(
    ("length", "bucket"),
    [
        (0, 1024),
        (1020, 1024),
        (1021, 2048),
        (5000, 8192),
        (65532, 65536),
        (65533, 131072),
        (200_000, 262144),
    ],
)
def test_bucket_sizes(length: int, bucket: int) -> None:
    assert fmt.bucket_size(length) == bucket


@given(st.binary(max_size=5000))
def test_pad_round_trip(payload: bytes) -> None:
    padded = fmt.pad(payload)
    assert len(padded) == fmt.bucket_size(len(payload))
    assert fmt.unpad(padded) == payload


def test_unpad_rejects_lengths_beyond_the_end() -> None:
    with pytest.raises(FormatError):
        fmt.unpad((1000).to_bytes(4, "big") + b"\0" * 10)
    with pytest.raises(FormatError):
        fmt.unpad(b"\0")


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_any_bytes_parse_or_raise_format_error(data: bytes) -> None:
    for parser in (fmt.parse_header, fmt.parse_record, fmt.unpad):
        try:
            parser(data)
        except FormatError:
            pass


@settings(max_examples=200)
@given(st.binary(min_size=6, max_size=400))
def test_any_bytes_after_a_valid_magic_raise_only_format_error(tail: bytes) -> None:
    for magic, parser in (
        (fmt.HEADER_MAGIC, fmt.parse_header),
        (fmt.RECORD_MAGIC, fmt.parse_record),
    ):
        try:
            parser(magic + tail)
        except FormatError:
            pass


def test_record_file_names() -> None:
    rid = bytes(range(16))
    name = fmt.record_filename(rid)
    assert fmt.record_id_from_filename(name) == rid
    for bad in (
        "x.rec",
        rid.hex().upper() + ".rec",
        rid.hex() + ".rec.sync-conflict",
        ".tmp-ab",
        rid.hex(),
    ):
        assert fmt.record_id_from_filename(bad) is None
