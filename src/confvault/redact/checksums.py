"""Check-digit algorithms for identifiers. Pure functions on digit strings.

Each function takes the identifier with separators already removed and says
whether its check digit (and, where cheap, its date or prefix rules) holds.
The algorithms are the published ones of each issuing scheme; the digit-only ones
are also in :mod:`.checksums_digits`, all of a length at once on digit values.
"""

from __future__ import annotations

import functools
import hashlib
from operator import mul, xor

from .checksums_digits import _VERHOEFF_D, _VERHOEFF_P, _valid_date
from .checksums_digits import DIGIT_SCHEMES_ASCII as DIGIT_SCHEMES_ASCII
from .checksums_digits import digit_values as digit_values

_ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# an ASCII digit doubled, less 9 when over 9, as Luhn counts every second digit
_DOUBLED = str.maketrans("0123456789", "0246813579")


def luhn(digits: str) -> bool:
    if digits.isascii() and digits.isdigit():  # the usual case: summed as bytes
        rev = digits[::-1]
        doubled = rev[1::2].translate(_DOUBLED)
        return (sum(rev[::2].encode()) + sum(doubled.encode()) - 48 * len(digits)) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)  # a decimal digit of any script
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def weighted_mod(digits: str, weights: tuple[int, ...], mod: int) -> int:
    return _weighted(digits, weights) % mod


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    """Sum of digit times weight, as far as the shorter goes (weights first: no
    digit past the last weight is read)."""
    total: int
    if digits.isascii() and digits.isdigit():  # the usual case: bytes less 48 each
        raw = digits.encode()
        total = sum(map(mul, weights, raw)) - 48 * sum(weights[: len(raw)])
    else:
        total = sum(map(mul, weights, map(int, digits)))
    return total


def all_same(s: str) -> bool:
    return not s or s.count(s[0]) == len(s)


_CARD_LENGTHS = {
    "4": (13, 16, 19),
    "5": (16, 19),
    "2": (16,),
    "6": (16, 19),
    "34": (15,),
    "37": (15,),
    "35": (16, 17, 18, 19),
    "30": (14, 16),
    "36": (14, 16),
    "38": (14, 16),
    "1": (15,),
}


def card(digits: str) -> bool:
    """Payment card: issuer prefix and length plausible, Luhn valid."""
    if not 13 <= len(digits) <= 19 or all_same(digits):
        return False
    lengths = _CARD_LENGTHS.get(digits[:2]) or _CARD_LENGTHS.get(digits[:1])
    if lengths is None:
        return False
    return len(digits) in lengths and luhn(digits)


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban(compact: str) -> bool:
    s = compact.upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s) or not s.isascii() or not s.isalnum():
        return False
    if not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    return int(rearranged.translate(_IBAN_DIGITS)) % 97 == 1


# A -> "10" … Z -> "35", as the IBAN check (ISO 13616) spells letters out; every other
# ASCII character stays (a full table: str.translate is slow on a missing key)
_IBAN_DIGITS = {i: chr(i) for i in range(128)} | {
    ord(c): str(i + 10) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}


def uk_nhs(d: str) -> bool:
    if len(d) != 10 or all_same(d):
        return False
    check = 11 - weighted_mod(d, (10, 9, 8, 7, 6, 5, 4, 3, 2), 11)
    check = 0 if check == 11 else check
    return check != 10 and check == int(d[9])


def au_abn(d: str) -> bool:
    if len(d) != 11 or int(d[0]) == 0:
        return False
    digits = str(int(d[0]) - 1) + d[1:]
    return weighted_mod(digits, (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19), 89) == 0


def au_acn(d: str) -> bool:
    if len(d) != 9:
        return False
    check = (10 - weighted_mod(d, (8, 7, 6, 5, 4, 3, 2, 1), 10)) % 10
    return check == int(d[8])


def au_tfn(d: str) -> bool:
    return (
        len(d) == 9 and not all_same(d) and weighted_mod(d, (1, 4, 3, 7, 5, 8, 6, 9, 10), 11) == 0
    )


def au_medicare(d: str) -> bool:
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return weighted_mod(d, (1, 3, 7, 9, 1, 3, 7, 9), 10) == int(d[8])


def aba_routing(d: str) -> bool:
    if len(d) != 9 or all_same(d):
        return False
    prefix = int(d[:2])
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    return weighted_mod(d, (3, 7, 1, 3, 7, 1, 3, 7, 1), 10) == 0


def ca_sin(d: str) -> bool:
    return len(d) == 9 and d[0] not in "08" and not all_same(d) and luhn(d)


def nl_bsn(d: str) -> bool:
    """Dutch citizen service number, 8 or 9 digits: the "11-proef" (weights 9..2, -1)."""
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or all_same(d):
        return False
    return (_weighted(d, (9, 8, 7, 6, 5, 4, 3, 2)) - int(d[8])) % 11 == 0


def fr_nir(code: str) -> bool:
    """France's social security number: 13 characters (Corsica's departments are
    "2A" and "2B"), a month 01-12 or 20 and over (unknown or provisional), then an
    optional two-digit key, 97 less the number mod 97 (with 2A read as 19, 2B as 18)."""
    if len(code) not in (13, 15) or not (code[:5] + code[7:]).isdecimal():
        return False
    dept = code[5:7]
    month = int(code[3:5])
    if not (dept.isdecimal() or dept in ("2A", "2B")) or (month == 0 or 12 < month < 20):
        return False
    if len(code) == 13:
        return True
    body = int(code[:5] + {"2A": "19", "2B": "18"}.get(dept, dept) + code[7:13])
    return 97 - body % 97 == int(code[13:])


def au_ihi(d: str) -> bool:
    """Australian Individual Healthcare Identifier: 16 digits, 800360 first, Luhn."""
    return len(d) == 16 and d.startswith("800360") and luhn(d)


def us_npi(d: str) -> bool:
    return len(d) == 10 and d[0] in "12" and luhn("80840" + d)


def us_ssn(d: str) -> bool:
    if len(d) != 9 or all_same(d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return d not in ("078051120", "219099999", "123456789")


def us_itin(d: str) -> bool:
    if len(d) != 9 or d[0] != "9":
        return False
    group = int(d[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def de_tax_id(d: str) -> bool:
    if len(d) != 11 or int(d[0]) == 0:
        return False
    if max(d[:10].count(c) for c in set(d[:10])) > 3:
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == int(d[10])


def pl_pesel(d: str) -> bool:
    if len(d) != 11:
        return False
    month, day = int(d[2:4]) % 20, int(d[4:6])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return False
    return (10 - weighted_mod(d, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), 10)) % 10 == int(d[10])


def tr_national_id(d: str) -> bool:
    if len(d) != 11 or int(d[0]) == 0:
        return False
    n = list(map(int, d))
    d10 = (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10
    return d10 == n[9] and sum(n[:10]) % 10 == n[10]


def th_tnin(d: str) -> bool:
    if len(d) != 13 or d[0] not in "12345678":
        return False
    total = _weighted(d[:12], (13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2))
    return (11 - total % 11) % 10 == int(d[12])


def za_id(d: str) -> bool:
    if len(d) != 13 or d[10] not in "012":
        return False
    return _valid_date(int(d[:2]), int(d[2:4]), int(d[4:6])) and luhn(d)


def kr_rrn(d: str) -> bool:
    """Korean resident or foreigner registration number: birth date and sex digit."""
    if len(d) != 13 or d[6] not in "12345678":
        return False
    return _valid_date(int(d[:2]), int(d[2:4]), int(d[4:6]))


def se_personnummer(d: str) -> bool:
    if len(d) == 12:
        if d[:2] not in ("18", "19", "20"):
            return False
        d = d[2:]
    if len(d) != 10:
        return False
    day = int(d[4:6])
    day = day - 60 if day > 60 else day  # co-ordination numbers add 60
    return _valid_date(int(d[:2]), int(d[2:4]), day) and luhn(d)


def se_org(d: str) -> bool:
    return len(d) == 10 and d[0] != "0" and int(d[2]) >= 2 and luhn(d)


def in_aadhaar(d: str) -> bool:
    if len(d) != 12 or d[0] in "01" or d == d[::-1]:
        return False
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def de_lanr(d: str) -> bool:
    if len(d) != 9:
        return False
    return (10 - weighted_mod(d, (4, 9, 4, 9, 4, 9), 10)) % 10 == int(d[6])


def it_vat(d: str) -> bool:
    return len(d) == 11 and not all_same(d) and luhn(d)


def kr_brn(d: str) -> bool:
    if len(d) != 10:
        return False
    total = _weighted(d, (1, 3, 7, 1, 3, 7, 1, 3, 5))
    total += int(d[8]) * 5 // 10
    return (10 - total % 10) % 10 == int(d[9])


_NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_nif(s: str) -> bool:
    """Spanish DNI/NIF (7-8 digits + letter) or NIE (X/Y/Z + 7 digits + letter)."""
    s = s.upper()
    if s[:1] in ("X", "Y", "Z"):
        s = str("XYZ".index(s[0])) + s[1:]
    body, letter = s[:-1], s[-1]
    if not body.isdigit() or len(body) not in (7, 8):
        return False
    return _NIF_LETTERS[int(body) % 23] == letter


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def fi_hetu(s: str) -> bool:
    s = s.upper()
    if len(s) != 11 or s[6] not in "+-ABCDEFYXWVU" or not (s[:6] + s[7:10]).isdigit():
        return False
    if not _valid_date(int(s[4:6]), int(s[2:4]), int(s[0:2])):
        return False
    return _FI_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


def de_passport(s: str) -> bool:
    s = s.upper()
    if len(s) != 9 or not s[8].isdigit():
        return False
    values = [_ALNUM36.index(c) for c in s[:8]]
    return sum(v * w for v, w in zip(values, (7, 3, 1) * 3, strict=False)) % 10 == int(s[8])


def _cross_sum(n: int) -> int:
    return n // 10 + n % 10


def de_health(s: str) -> bool:
    """German statutory health insurance number (KVNR): letter + 9 digits."""
    s = s.upper()
    if len(s) != 10 or not s[0].isalpha() or not s[1:].isdigit():
        return False
    digits = f"{ord(s[0]) - 64:02d}" + s[1:9]
    total = sum(_cross_sum(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(digits))
    return total % 10 == int(s[9])


def de_rvnr(s: str) -> bool:
    """German pension insurance number: area, birth date, initial, serial, check."""
    s = s.upper()
    if len(s) != 12 or not s[8].isalpha() or not (s[:8] + s[9:]).isdigit():
        return False
    day = int(s[2:4]) % 50  # a second number for the same birth date adds 50
    if not 1 <= day <= 31 or not 1 <= int(s[4:6]) <= 12:
        return False
    digits = s[:8] + f"{ord(s[8]) - 64:02d}" + s[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(_cross_sum(int(c) * w) for c, w in zip(digits, weights, strict=True))
    return total % 10 == int(s[11])


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


_B58_VALUE = {c: i for i, c in enumerate(_B58)}


def base58check(s: str) -> bool:
    n = 0
    value = _B58_VALUE
    for c in s:
        if c not in value:
            return False
        n = n * 58 + value[c]
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False
    digest = hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()
    return digest[:4] == raw[21:]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32(s: str) -> bool:
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32.index(c) for c in data]
    chk = 1
    for v in values:
        chk = (chk & 0x1FFFFFF) << 5 ^ v ^ _BECH32_GEN[chk >> 25]
    return chk in (1, 0x2BC830A3)  # bech32, bech32m


_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
# bech32's generator terms for each value of the five bits shifted out, XORed together
_BECH32_GEN = tuple(
    functools.reduce(xor, (g for i, g in enumerate(_GEN) if top >> i & 1), 0) for top in range(32)
)
