"""Recovery keys: 30 random symbols (150 bits) plus 2 check symbols.

Written in 8 groups of 4 from Crockford's base32 alphabet (no I, L, O or U),
so a person can copy it onto paper and type it back; typing accepts lower
case, spaces or dashes, and reads O as 0 and I or L as 1.
"""

from __future__ import annotations

import hashlib
import secrets

from confvault.errors import InvalidInputError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_SYMBOLS = 30
CHECK_SYMBOLS = 2
LENGTH = RANDOM_SYMBOLS + CHECK_SYMBOLS
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _check(body: str) -> str:
    value = int.from_bytes(hashlib.blake2b(body.encode("ascii"), digest_size=2).digest(), "big")
    return ALPHABET[(value >> 5) & 31] + ALPHABET[value & 31]


def new_recovery_key() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
    return format_key(body + _check(body))


def format_key(canonical: str) -> str:
    return "-".join(canonical[i : i + 4] for i in range(0, len(canonical), 4))


def parse_recovery_key(text: str) -> bytes:
    """Return the secret bytes a typed recovery key stands for."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_CONFUSABLE)
    if len(cleaned) != LENGTH:
        raise InvalidInputError(
            f"a recovery key has {LENGTH} characters in 8 groups of 4; that one has {len(cleaned)}",
            hint="Copy it again from where you wrote it down, e.g. ABCD-EFGH-...",
        )
    if any(ch not in ALPHABET for ch in cleaned):
        raise InvalidInputError(
            "a recovery key holds only digits and the letters A-Z (without I, L, O, U)"
        )
    body, check = cleaned[:RANDOM_SYMBOLS], cleaned[RANDOM_SYMBOLS:]
    if _check(body) != check:
        raise InvalidInputError(
            "that recovery key has a typo (its check characters do not match)",
            hint="Compare each group with your paper copy; 0/O and 1/I/L are read the same.",
        )
    return body.encode("ascii")
