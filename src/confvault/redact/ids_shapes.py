"""Shape rules for one ID candidate: bare digit strings and letter+digit codes.

:func:`digits_verdict` judges a number by its length and check digits, :func:`code_verdict`
a letter+digit code by its fixed-length shapes (:mod:`.checksums`); :mod:`.ids` finds the
candidates and asks the context word when neither decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import checksums as ck

_SEP = re.compile(r"[ \-./:_]")

# Digit-only schemes by length (separators removed).
_DIGIT_RULES: dict[int, tuple[Callable[[str], bool], ...]] = {
    9: (ck.aba_routing, ck.au_acn, ck.au_tfn, ck.ca_sin, ck.de_lanr),
    10: (ck.uk_nhs, ck.us_npi, ck.au_medicare, ck.kr_brn, ck.se_org, ck.se_personnummer),
    11: (ck.au_abn, ck.de_tax_id, ck.pl_pesel, ck.tr_national_id, ck.it_vat),
    12: (ck.in_aadhaar, ck.se_personnummer),
    13: (ck.th_tnin, ck.za_id, ck.kr_rrn),
}

_KR_RRN_SHAPE = re.compile(r"\d{6}-?\d{7}")
_SSN_SHAPE = re.compile(r"\d{3}([- .])\d{2}\1\d{4}")
_KR_DL = re.compile(r"(\d{2})([- ])\d{2}\2\d{6}\2\d{2}")

# Checksummed shapes on compact upper-case tokens: (shape, validator).
_VALIDATED: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(r"\d{7,8}[A-Z]"), ck.es_nif),
)
# (shortest, longest, shape, validator): the first shape to match decides.
_CHECKED: tuple[tuple[int, int, re.Pattern[str], Callable[[str], bool]], ...] = (
    (9, 9, re.compile(r"[XYZ]\d{7}[A-Z]"), ck.es_nif),
    (10, 10, re.compile(r"[A-Z]\d{9}"), ck.de_health),
    (12, 12, re.compile(r"\d{8}[A-Z]\d{3}"), ck.de_rvnr),
    (26, 36, re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{25,35}"), ck.base58check),
    (11, 90, re.compile(r"BC1[02-9AC-HJ-NP-Z]{8,87}"), ck.bech32),
    (
        9, 9,
        re.compile(r"[CFGHJK](?=[0-9CFGHJ-NPRTV-Z]*[CFGHJ-NPRTV-Z])[0-9CFGHJ-NPRTV-Z]{7}\d"),
        ck.de_passport,
    ),
)  # fmt: skip
# the same by length (compact), in the same order
_CHECKED_BY_SIZE = {
    size: tuple((shape, check) for low, high, shape, check in _CHECKED if low <= size <= high)
    for size in range(91)
}
_FI = re.compile(r"\d{6}[+\-A-FU-Y]\d{3}[0-9A-Y]", re.I)
_GSTIN_LOOSE = re.compile(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]{3}")
_GSTIN = re.compile(r"(?:0[1-9]|[12]\d|3[0-7])[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]")
_MBI_LOOSE = re.compile(r"\d[A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")
_MBI_L = "[AC-HJKMNPQRT-Y]"
_MBI = re.compile(
    rf"[1-9]{_MBI_L}[0-9{_MBI_L[1:-1]}]\d{_MBI_L}[0-9{_MBI_L[1:-1]}]\d{_MBI_L}{{2}}\d{{2}}"
)
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
_NINO_LOOSE = re.compile(r"[A-Z]{2}\d{6}[A-Z]")
_HEX = re.compile(r"[0-9a-fA-F]{32,}")
_HEX_COLON = re.compile(r"[0-9A-Fa-f]{0,5}(?:[:-][0-9A-Fa-f.]{0,15}){2,9}")
_IBAN_LIKE = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}")
_WORD_NUM = re.compile(r"([A-Za-z]+)(\d{1,4})")
_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|kg|km|mg|ml|cm|mm|gb|mb|kb|hz|px|yo|yrs?|hrs?|mins?|secs?|mph|k|m|x)",
    re.I,
)

# Spaced shapes tried on multi-token candidates (case-insensitive unless noted).
_SPACED: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:0[1-9]|[1-7]\d|8[01]) ?[A-Z]{1,3} ?\d{2,4}"),  # TR plate
    re.compile(
        r"[A-HJ-PR-Y][A-HJ-PR-Y](?:0[1-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6])[ -]?[A-HJ-PR-Z]{3}", re.I
    ),  # UK current plate
    re.compile(r"[A-HJ-NP-Y]\d{1,3} [A-HJ-PR-Y]{3}"),  # UK prefix plate (upper case only)
    re.compile(r"[A-HJ-PR-Y]{3} \d{1,3}[A-HJ-NPR-TV-Y]"),  # UK suffix plate (upper case only)
    re.compile(r"[A-Z]{3}[- ]\d{3}[A-Z]{2}", re.I),  # NG plate
    re.compile(  # IT identity card; not a two-letter word before a number ("is 1234567")
        r"(?!(?:is|at|on|in|to|of|or|an|as|be|by|do|go|he|if|it|me|my|no|so|up|us|we)\b)"
        r"[A-Z]{2} \d{7}",
        re.I,
    ),
)  # fmt: skip
_NINO_SPACED = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]", re.I)
# the shapes above as one pattern: one fullmatch instead of six
_SPACED_ANY = re.compile(
    "|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p in _SPACED)
)


# a label just before a number's series letters ("ID H 318 204 771 063", "CIN: BK
# 274519"): the letters belong to the number (session 18)
# (words and labels in capitals are no series: "NUMBER IS 4012...", "SA ID 80010...")
NOT_SERIES = frozenset(
    ["ID", "NO", "NR", "IS", "TO", "OF", "IN", "AT", "MY", "ON", "AN", "OR", "BE", "BY", "AS",
     "IT", "IF", "SO", "DO", "GO", "HE", "ME", "WE", "US", "UP", "AM", "OK", "A", "I",
     # what the number is, or whose (review 39): "ID: EU 123456789", "Case #: CP 2024…"
     "EU", "UK", "GB", "CP", "ED", "NI", "DL"]
)  # fmt: skip
SERIES_LABEL = re.compile(
    r"(?:[:#-]|(?<![\w])(?:[A-Z]{2,6}|(?i:id|no\.?|number|card|licen[cs]e|dl|is|was)))[ \t]*$"
)
_SERIES = re.compile(r"[A-Z]{1,2}")


def series_letters(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a number's one or two series letters after a label."""
    return (
        _SERIES.fullmatch(text, start, end) is not None
        and text[start:end] not in NOT_SERIES
        and SERIES_LABEL.search(text, max(0, start - 12), start) is not None
    )


def digits_verdict(cand: str, compact: str) -> bool | None:
    """True or False; None when only an ID word just before would make it an ID.

    ``compact`` is ``cand`` less separators, all digits, 5 to 20 of them; ``cand``
    is decimal digits in groups with one kind of separator between (_is_id's checks)."""
    if not compact.isascii():
        # "٠١٢…" is the same number as "012…": every check reads digit values
        compact = "".join(str(int(c)) for c in compact)
    n = len(compact)
    if n >= 6 and compact.count(compact[0]) == n:
        return False  # "000000000", "1111111111111": a placeholder, not a number
    if n < 9:
        return None  # no scheme has 5-8 digits
    if n > 13:
        # a card, or an Australian IHI (a card-length number with its own prefix)
        return True if n <= 19 and (ck.card(compact) or ck.au_ihi(compact)) else None
    if n == 13:
        if ck.card(compact):
            return True
        if (cand is compact or _KR_RRN_SHAPE.fullmatch(cand)) and ck.kr_rrn(compact):
            return True
    elif n == 9:
        # (an SSN without its dashes needs a context word, as any other number here)
        dashed = cand is not compact and _SSN_SHAPE.fullmatch(cand)
        if dashed and (ck.us_ssn(compact) or ck.us_itin(compact)):
            return True
    elif n == 12 and cand is not compact:
        m = _KR_DL.fullmatch(cand)
        if m and 11 <= int(m.group(1)) <= 28:
            return True
    if compact.isascii():  # the usual case: every scheme of the length at once
        return True if ck.DIGIT_SCHEMES_ASCII[n](ck.digit_values(compact)) else None
    for rule in _DIGIT_RULES[n]:
        if rule(compact):
            return True
    return None


def spaced_verdict(cand: str) -> bool:
    """A candidate of several elements with a letter: one of the spaced shapes."""
    # the spaced shapes are at most 11 characters, a spaced NINO 13
    if len(cand) > 13:
        return False
    # only the TR plate (from an ASCII digit) and the 10-character IT card end in a digit
    if cand[-1].isdecimal() and cand[0] not in "012345678" and len(cand) != 10:
        return False
    # a shape, and no dose ("PRN 500mg": a dose after its timing, not a plate), the
    # shapes first: most candidates are none
    shaped = bool(_SPACED_ANY.fullmatch(cand)) or (
        bool(_NINO_SPACED.fullmatch(cand)) and bool(_NINO.fullmatch(_SEP.sub("", cand).upper()))
    )
    return shaped and not _DOSE_END.search(cand.replace(" ", ""))


def code_verdict(token: str) -> bool | None:
    """True: an ID; False: a checksummed look-alike; None: not an ID shape.

    Every shape has a fixed length (or range): the length picks which to try."""
    compact = token if token.isalnum() else _SEP.sub("", token)
    if not compact.isalnum() or not compact.isascii() or "/" in token:
        return None
    if len(compact) < 5 and ":" not in token:
        return None  # "10th", "5pm": every shape below has 5 characters or more, but a hex's
    if len(token) <= 11 and _SPACED_ANY.fullmatch(token):
        return True
    if "a" <= token[0] <= "z":
        lead = _LEAD_LOWER.match(token)
        if lead and _is_word(lead.group()):
            return None  # "is2024", "covid19x": a word run into a number
    if compact.isdigit() or compact.isalpha():
        return None  # compact is ASCII: all digits, or none
    if ":" in token and _HEX_COLON.fullmatch(token):
        return False  # shaped like an IPv6 or MAC address, judged (and failed) there
    size = len(compact)
    up = compact.upper()
    if 15 <= size <= 34 and _IBAN_LIKE.fullmatch(compact):
        return bool(ck.iban(up))  # two letters, two check digits, a long body
    if len(token) == 11 and _FI.fullmatch(token):
        return ck.fi_hetu(token)
    if size >= 32 and _HEX.fullmatch(compact):
        return False
    if 8 <= size <= 9:
        for shape, check in _VALIDATED:
            if shape.fullmatch(up) and check(up):
                return True
    for shape, check in _CHECKED_BY_SIZE.get(size, ()):  # base58 is case-sensitive
        if shape.fullmatch(compact if check is ck.base58check else up):
            return check(compact)
    if size == 15 and _GSTIN_LOOSE.fullmatch(up):
        return bool(_GSTIN.fullmatch(up))
    if size == 11 and _MBI_LOOSE.fullmatch(up):
        return bool(_MBI.fullmatch(up))
    if size == 9 and _NINO_LOOSE.fullmatch(up):
        return False if up[-1] not in "ABCD" else bool(_NINO.fullmatch(up))
    if not 6 <= size <= 24 or (compact[0].isdigit() and _UNIT.fullmatch(compact)):
        return None
    if _FEW_DIGITS.fullmatch(compact):  # compact is ASCII here
        return None
    m = _WORD_NUM.fullmatch(compact) if compact[0].isalpha() else None
    return None if m and len(m.group(1)) > 3 else True


_LEAD_LOWER = re.compile(r"[a-z]+")
_DOSE_END = re.compile(r"[A-Za-z]\d{1,4}(?:mg|mcg|ug|ml|mmol|iu|units?)$", re.I)
# fewer than three digits, changing to letters or back fewer than three times
_FEW_DIGITS = re.compile(r"[^0-9]*(?:[0-9]{1,2}[^0-9]*)?|[0-9][^0-9]+[0-9]")


def _is_word(w: str) -> bool:
    from .lexicon import lexicon  # lazy: the lexicon loads on first detect()

    rank = lexicon().common.get(w)
    return rank is not None and rank < 5000
