"""The only module that touches PyNaCl or argon2-cffi.

Primitives: Argon2id to turn a passphrase into a key-encryption key, keyed
BLAKE2b to derive purpose-bound subkeys and MACs, XChaCha20-Poly1305 (IETF,
random 24-byte nonces) to seal data with associated data.
The library never prompts: passphrases arrive as bytes.
"""

from __future__ import annotations

import hmac
import os
import time
from dataclasses import dataclass

from confvault.errors import DecryptionError, UnsupportedParametersError

KEY_SIZE = 32
SALT_SIZE = 16
NONCE_SIZE = 24
TAG_SIZE = 16
MAC_SIZE = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: passes, memory in KiB, lanes."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def at_least(self, other: KdfParams) -> bool:
        return (
            self.time_cost >= other.time_cost
            and self.memory_kib >= other.memory_kib
            and self.parallelism >= other.parallelism
        )


# RFC 9106 section 4, second recommended option: t=3, m=64 MiB, p=4.
FLOOR = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4)
# A header asking for more than this is refused before any derivation, so a
# tampered header cannot hang the machine or exhaust its memory.
CEILING = KdfParams(time_cost=32, memory_kib=4 * 1024 * 1024, parallelism=16)
# Calibration aims here: 256 MiB at least, up to 1 GiB, unlock in 0.5-1 s.
PREFERRED_MEMORY_KIB = 256 * 1024
MAX_CALIBRATED_MEMORY_KIB = 1024 * 1024
TARGET_SECONDS = 0.7
# calibrate() times its choice once more; within these fractions of the target it stands
CHECK_RANGE = (0.8, 1.25)

# Cheapest legal parameters: only for testing. Nothing in confvault selects it;
# tests hand it to Vault.create or substitute it for calibrate().
TESTING_ONLY = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def check_params(params: KdfParams) -> None:
    """Refuse parameters that are malformed or above the ceiling."""
    if params.time_cost < 1 or params.parallelism < 1 or params.memory_kib < 8 * params.parallelism:
        raise UnsupportedParametersError("the vault header holds invalid key-derivation settings")
    if not CEILING.at_least(params):
        raise UnsupportedParametersError(
            "the vault header asks for key-derivation settings above what confvault "
            f"accepts (at most {CEILING.time_cost} passes and "
            f"{CEILING.memory_kib // 1024} MiB); it may have been tampered with",
            hint="If you created this vault with another tool or a newer confvault, open it there.",
        )


def random_bytes(size: int) -> bytes:
    return os.urandom(size)


def derive_kek(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt) -> 32-byte key. Parameters are checked first."""
    check_params(params)
    from argon2.exceptions import HashingError
    from argon2.low_level import Type, hash_secret_raw

    try:
        return hash_secret_raw(
            secret=passphrase,
            salt=salt,
            time_cost=params.time_cost,
            memory_cost=params.memory_kib,
            parallelism=params.parallelism,
            hash_len=KEY_SIZE,
            type=Type.ID,
        )
    except (HashingError, MemoryError):  # the machine could not give it the memory
        raise UnsupportedParametersError(
            "this machine could not give the key derivation the "
            f"{params.memory_kib // 1024} MiB of memory the vault header asks for",
            hint="Close other programs and try again. If it goes on, the header may be "
            "damaged: 'confvault recover' with the recovery key needs no such memory.",
        ) from None


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id settings that take about target_seconds on this machine.

    Prefers more memory (256 MiB up to 1 GiB), then more passes; never goes
    below FLOOR, even on a slow machine. The choice is timed once more: a probe
    taken while the machine was briefly quiet (or busy) would otherwise carry
    its error into every unlock, so a check far from the target refits once
    from the chosen settings themselves.
    """
    probe = KdfParams(FLOOR.time_cost, PREFERRED_MEMORY_KIB, FLOOR.parallelism)
    params = _fit(probe, _time_kdf(probe), target_seconds)
    check = _time_kdf(params)
    if not CHECK_RANGE[0] * target_seconds <= check <= CHECK_RANGE[1] * target_seconds:
        params = _fit(params, check, target_seconds)
    return params


def _fit(measured: KdfParams, elapsed: float, target_seconds: float) -> KdfParams:
    """Settings for target_seconds, given one timed derivation (time taken as
    proportional to passes x memory)."""
    per_unit = max(elapsed, 1e-3) / (measured.time_cost * measured.memory_kib)
    memory = int(target_seconds / (per_unit * FLOOR.time_cost))
    if memory <= PREFERRED_MEMORY_KIB:
        memory = max(FLOOR.memory_kib, memory)
        return KdfParams(FLOOR.time_cost, _round_mib(memory), FLOOR.parallelism)
    memory = min(memory, MAX_CALIBRATED_MEMORY_KIB)
    passes = max(FLOOR.time_cost, int(target_seconds / (per_unit * memory)))
    return KdfParams(min(passes, CEILING.time_cost), _round_mib(memory), FLOOR.parallelism)


def time_kdf(params: KdfParams) -> float:
    """Seconds one derivation takes with these settings (for reports)."""
    return _time_kdf(params)


def _time_kdf(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_kek(b"calibration", b"\0" * SALT_SIZE, params)
    return time.perf_counter() - start


def _round_mib(memory_kib: int) -> int:
    return max(1024, memory_kib // 1024 * 1024)


def subkey(root: bytes, purpose: bytes) -> bytes:
    """A 32-byte key for one purpose, derived from root with keyed BLAKE2b."""
    if len(purpose) > 16:
        raise ValueError("purpose label must fit BLAKE2b's 16-byte personalisation")
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(b"", digest_size=KEY_SIZE, key=root, person=purpose, encoder=RawEncoder)


def mac(key: bytes, data: bytes) -> bytes:
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(data, digest_size=MAC_SIZE, key=key, person=b"confvault-mac", encoder=RawEncoder)


def mac_matches(key: bytes, data: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(mac(key, data), tag)


def digest(data: bytes) -> bytes:
    """Unkeyed BLAKE2b-256, for hashes of exported files and chained logs."""
    from nacl.encoding import RawEncoder
    from nacl.hash import blake2b

    return blake2b(data, digest_size=32, encoder=RawEncoder)


def seal(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    """Encrypt with a fresh random nonce; returns (nonce, ciphertext+tag)."""
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt

    nonce = random_bytes(NONCE_SIZE)
    return nonce, crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, nonce, key)


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """Decrypt and authenticate, or raise DecryptionError (no detail on why)."""
    from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt
    from nacl.exceptions import CryptoError

    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, ad, nonce, key)
    except CryptoError:
        raise DecryptionError("authentication failed") from None
