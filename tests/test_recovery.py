"""Recovery keys: printable, typo-detecting, forgiving about case and confusable letters."""

from __future__ import annotations

import re

import pytest

from confvault.errors import InvalidInputError
from confvault.recovery import _check, format_key, new_recovery_key, parse_recovery_key


def test_format_is_eight_groups_of_four() -> None:
    key = new_recovery_key()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", key)
    assert new_recovery_key() != key


def test_typing_variants_are_accepted() -> None:
    key = new_recovery_key()
    secret = parse_recovery_key(key)
    assert parse_recovery_key(key.lower()) == secret
    assert parse_recovery_key(key.replace("-", " ")) == secret
    assert parse_recovery_key(key.replace("-", "").replace("0", "O").replace("1", "l")) == secret


# A fixed key (made by new_recovery_key) so the typo cases below are deterministic:
# a random one-symbol change slips past the 10-bit check with probability 1/1024.
KNOWN = format_key("0123456789ABCDEFGHJKMNPQRSTVWX" + _check("0123456789ABCDEFGHJKMNPQRSTVWX"))


@pytest.mark.parametrize("pos", [0, 7, 29])
def test_typo_is_detected(pos: int) -> None:
    flat = KNOWN.replace("-", "")
    wrong = flat[:pos] + ("Z" if flat[pos] != "Z" else "Y") + flat[pos + 1 :]
    with pytest.raises(InvalidInputError, match="typo"):
        parse_recovery_key(wrong)
    assert parse_recovery_key(KNOWN)


@pytest.mark.parametrize("text", ["", "ABCD", "U" * 32, "!" * 32])
def test_malformed_keys_get_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidInputError):
        parse_recovery_key(text)
