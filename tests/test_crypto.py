"""Crypto primitives: sealing, tamper detection, KDF ceilings checked before deriving."""

from __future__ import annotations

import pytest

from confvault import crypto
from confvault.errors import DecryptionError, UnsupportedParametersError


def test_seal_round_trip_and_fresh_nonces() -> None:
    key = crypto.random_bytes(32)
    n1, c1 = crypto.seal(key, b"hello", b"ad")
    n2, c2 = crypto.seal(key, b"hello", b"ad")
    assert n1 != n2 and c1 != c2
    assert crypto.unseal(key, n1, c1, b"ad") == b"hello"


@pytest.mark.parametrize("part", ["key", "nonce", "ciphertext", "ad"])
def test_any_change_fails_authentication(part: str) -> None:
    key = crypto.random_bytes(32)
    nonce, ct = crypto.seal(key, b"secret note", b"ad")
    args = {"key": key, "nonce": nonce, "ciphertext": ct, "ad": b"ad"}
    value = bytearray(args[part])
    value[0] ^= 1
    args[part] = bytes(value)
    with pytest.raises(DecryptionError):
        crypto.unseal(args["key"], args["nonce"], args["ciphertext"], args["ad"])


def test_subkeys_differ_by_purpose_and_root() -> None:
    root = crypto.random_bytes(32)
    assert crypto.subkey(root, b"a") != crypto.subkey(root, b"b")
    assert crypto.subkey(root, b"a") != crypto.subkey(crypto.random_bytes(32), b"a")
    assert crypto.subkey(root, b"a") == crypto.subkey(root, b"a")


@pytest.mark.parametrize(
    "params",
    [
        crypto.KdfParams(33, 65536, 4),
        crypto.KdfParams(3, 4 * 1024 * 1024 + 1, 4),
        crypto.KdfParams(3, 65536, 17),
        crypto.KdfParams(0, 65536, 4),
        crypto.KdfParams(3, 4, 1),
        crypto.KdfParams(2**32 - 1, 2**32 - 1, 255),
    ],
)
def test_out_of_range_params_refused_before_deriving(
    params: crypto.KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argon2.low_level

    def boom(**kwargs: object) -> bytes:
        raise AssertionError("derivation must not start")

    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", boom)
    with pytest.raises(UnsupportedParametersError):
        crypto.derive_kek(b"pw", b"s" * 16, params)


def test_kdf_is_deterministic_and_salted() -> None:
    p = crypto.TESTING_ONLY
    assert crypto.derive_kek(b"pw", b"a" * 16, p) == crypto.derive_kek(b"pw", b"a" * 16, p)
    assert crypto.derive_kek(b"pw", b"a" * 16, p) != crypto.derive_kek(b"pw", b"b" * 16, p)


@pytest.mark.parametrize("seconds", [0.02, 0.1, 0.44, 0.9, 3.0, 30.0])
def test_calibration_never_goes_below_the_rfc_floor(
    seconds: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import REAL_CALIBRATE

    def fake_clock(p: crypto.KdfParams) -> float:  # `seconds` at t=3, 256 MiB; linear in t and m
        return seconds * p.memory_kib / (256 * 1024) * p.time_cost / 3

    monkeypatch.setattr(crypto, "_time_kdf", fake_clock)
    params = REAL_CALIBRATE()
    assert params.at_least(crypto.FLOOR)
    assert crypto.CEILING.at_least(params)
    if seconds <= 0.7:
        assert params.memory_kib >= 256 * 1024
        assert 0.5 <= fake_clock(params) <= 1.0


@pytest.mark.parametrize("probe_factor", [0.5, 1.0, 1.8])
def test_calibration_corrects_a_probe_taken_while_the_load_changed(
    probe_factor: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The probe ran at `probe_factor` times the machine's real speed (quiet for a
    moment, or busy); the settings chosen must still take 0.5-1.0 s afterwards."""
    from tests.conftest import REAL_CALIBRATE

    def real(p: crypto.KdfParams) -> float:  # 0.3 s at t=3, 256 MiB; linear in t and m
        return 0.3 * p.memory_kib / (256 * 1024) * p.time_cost / 3

    calls: list[crypto.KdfParams] = []

    def clock(p: crypto.KdfParams) -> float:
        calls.append(p)
        return real(p) * (probe_factor if len(calls) == 1 else 1.0)

    monkeypatch.setattr(crypto, "_time_kdf", clock)
    params = REAL_CALIBRATE()
    assert 0.5 <= real(params) <= 1.0
    assert params.at_least(crypto.FLOOR)
    assert len(calls) == 2  # the probe, then one check of the chosen settings


def test_shipped_defaults_are_strong() -> None:
    assert crypto.KdfParams(3, 64 * 1024, 4) == crypto.FLOOR
    assert crypto.PREFERRED_MEMORY_KIB >= 256 * 1024
    assert not crypto.TESTING_ONLY.at_least(crypto.FLOOR)
