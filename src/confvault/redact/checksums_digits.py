"""The digit-only schemes of :mod:`.checksums` on ASCII digit values, one function a length.

Also the date rule and the Verhoeff tables that :mod:`.checksums` shares with them.
Imports nothing from the package.
"""

from __future__ import annotations

import datetime
from operator import mul

# days in each month (index 1-12) of a year that is not a leap year
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_date(yy: int, mm: int, dd: int) -> bool:
    if 0 <= yy < 100:  # 2000-2099: a leap year is one that 4 divides
        return 1 <= mm <= 12 and 1 <= dd <= _MONTH_DAYS[mm] + (mm == 2 and yy % 4 == 0)
    try:
        datetime.date(2000 + yy if yy < 100 else yy, mm, dd)
    except ValueError:
        return False
    return True


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


# The digit-only schemes again, for ASCII digits given as their values (``d`` less 48
# a byte, from :func:`digit_values`): one function a length, true when any scheme of
# that length accepts the number, as trying each function above in turn would say.
_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))
_DOUBLED_VALUE = bytes.maketrans(bytes(range(10)), bytes((0, 2, 4, 6, 8, 1, 3, 5, 7, 9)))


def digit_values(d: str) -> bytes:
    """``d``'s digits as values 0-9; ``d`` is ASCII digits."""
    return d.encode().translate(_VALUE)


def _luhn_values(v: bytes) -> bool:
    return (sum(v[-1::-2]) + sum(v[-2::-2].translate(_DOUBLED_VALUE))) % 10 == 0


def _same(v: bytes) -> bool:
    return v.count(v[0]) == len(v)


def _nine(v: bytes) -> bool:
    """aba_routing, au_acn, au_tfn, ca_sin, de_lanr"""
    if _same(v):  # (au_acn and de_lanr accept some: 000000000, 111111111, ...)
        acn: int = sum(map(mul, (8, 7, 6, 5, 4, 3, 2, 1), v))
        lanr: int = sum(map(mul, (4, 9, 4, 9, 4, 9), v))
        return (10 - acn % 10) % 10 == v[8] or (10 - lanr % 10) % 10 == v[6]
    prefix = v[0] * 10 + v[1]
    return (
        (
            (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80)
            and sum(map(mul, (3, 7, 1, 3, 7, 1, 3, 7, 1), v)) % 10 == 0
        )
        or (10 - sum(map(mul, (8, 7, 6, 5, 4, 3, 2, 1), v)) % 10) % 10 == v[8]
        or sum(map(mul, (1, 4, 3, 7, 5, 8, 6, 9, 10), v)) % 11 == 0
        or (v[0] != 0 and v[0] != 8 and _luhn_values(v))
        or (10 - sum(map(mul, (4, 9, 4, 9, 4, 9), v)) % 10) % 10 == v[6]
    )


def _personnummer(v: bytes) -> bool:
    """se_personnummer on ten digits"""
    day = v[4] * 10 + v[5]
    day = day - 60 if day > 60 else day
    return _valid_date(v[0] * 10 + v[1], v[2] * 10 + v[3], day) and _luhn_values(v)


def _ten(v: bytes) -> bool:
    """uk_nhs, us_npi, au_medicare, kr_brn, se_org, se_personnummer"""
    if not _same(v):
        check = 11 - sum(map(mul, (10, 9, 8, 7, 6, 5, 4, 3, 2), v)) % 11
        check = 0 if check == 11 else check
        if check != 10 and check == v[9]:
            return True
    first = v[0]
    if (first == 1 or first == 2) and _luhn_values(b"\x08\x00\x08\x04\x00" + v):
        return True
    if 2 <= first <= 6 and sum(map(mul, (1, 3, 7, 9, 1, 3, 7, 9), v)) % 10 == v[8]:
        return True
    total = sum(map(mul, (1, 3, 7, 1, 3, 7, 1, 3, 5), v)) + v[8] * 5 // 10
    if (10 - total % 10) % 10 == v[9]:
        return True
    return (first != 0 and v[2] >= 2 and _luhn_values(v)) or _personnummer(v)


# de_tax_id's running product after one more digit: _TAX_STEP[product][digit]
_TAX_STEP = tuple(bytes(((d + p) % 10 or 10) * 2 % 11 for d in range(10)) for p in range(11))


def _eleven(v: bytes) -> bool:
    """au_abn, de_tax_id, pl_pesel, tr_national_id, it_vat"""
    first = v[0]
    if first != 0:
        if (sum(map(mul, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19), v)) - 10) % 89 == 0:
            return True
        head = v[:10]
        kinds = set(head)
        if len(kinds) >= 8 or max(map(head.count, kinds)) <= 3:
            product = 10
            for d in head:
                product = _TAX_STEP[product][d]
            if (11 - product) % 10 == v[10]:
                return True
    month, day = (v[2] * 10 + v[3]) % 20, v[4] * 10 + v[5]
    if (
        1 <= month <= 12
        and 1 <= day <= 31
        and (10 - sum(map(mul, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), v)) % 10) % 10 == v[10]
    ):
        return True
    odd_even = (sum(v[0:9:2]) * 7 - sum(v[1:8:2])) % 10
    if first != 0 and odd_even == v[9] and sum(v[:10]) % 10 == v[10]:
        return True
    return not _same(v) and _luhn_values(v)


def _twelve(v: bytes) -> bool:
    """in_aadhaar, se_personnummer"""
    if v[0] > 1 and v != v[::-1]:
        c = 0
        for i, d in enumerate(v[::-1]):
            c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][d]]
        if c == 0:
            return True
    century = v[0] * 10 + v[1]
    return 18 <= century <= 20 and _personnummer(v[2:])


def _thirteen(v: bytes) -> bool:
    """th_tnin, za_id, kr_rrn"""
    if 1 <= v[0] <= 8:
        total = sum(map(mul, (13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2), v))
        if (11 - total % 11) % 10 == v[12]:
            return True
    if v[10] <= 2 or 1 <= v[6] <= 8:
        born = _valid_date(v[0] * 10 + v[1], v[2] * 10 + v[3], v[4] * 10 + v[5])
        return born and (1 <= v[6] <= 8 or _luhn_values(v))
    return False


DIGIT_SCHEMES_ASCII = {9: _nine, 10: _ten, 11: _eleven, 12: _twelve, 13: _thirteen}
