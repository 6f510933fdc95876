"""ids.scan's fast paths give the answers of the token-by-token scan they replaced.

KNOWN holds texts that stress the run finder (``#``, trailing ``.:-``, tabs, codes,
non-ASCII digits), the IBAN and card look-alikes and the checksummed shapes, with
the spans and vetoes of the reference tree (commit 8328aff), made by

    PYTHONPATH=/work/base/src python benchmarks/ids_known.py

and benchmarks/ids_fuzz.py compares the two trees over 60,000 generated texts.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import checksums as ck
from confvault.redact import ids

KNOWN: list[tuple[str, list[list[int]], list[list[int]]]] = [
    ("#12345 and ##4012888888881881", [[13, 29]], []),
    ("ref 1234567.- then 12.#34 and 1#2#3", [[4, 11]], []),
    ("acct\t12 34 56 78\tok", [[5, 16]], []),
    ("AB 12 34 56 C", [[0, 13]], []),
    ("QQ\t12\t34\t56\tC", [], []),
    ("AB \n123456 7", [], []),
    ("call 0688 843 79 56 now", [], []),
    ("Box 9168 and APO AA 61487", [], []),
    ("34 ABC 1234 and 06 A 123", [[0, 11], [16, 24]], []),
    (
        "ab\u0661\u0662\u0663\u0664\u0665 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
        [],
        [],
    ),
    ("1\u0661 2\u0662 \u0661a\u0661 12\u0663ab#4", [], []),
    ("x 1.2.3.4.5.6 and 12-34-56-78 and 1/2/3/4/5", [], []),
    ("gb82 west 1234 5698 7654 32 and Gb82West12345698765432", [[0, 27], [32, 54]], []),
    ("IBAN GB82 WEST 1234 5698 7654 33, card 4012 8888 8888 1882", [], [[5, 32], [39, 58]]),
    ("DE89 3704 0044 0532 0130 00 then 4111-1111-1111-1111", [[0, 27], [33, 52]], [[5, 24]]),
    ("AL47 2121 1009 0000 0002 3569 8741 then 2811 1010 0000 0123", [[0, 34]], [[5, 24], [40, 59]]),
    ("000000000 1111111111111 078-05-1123 123-45-6789 11-22-333333-44", [[24, 35], [48, 63]], []),
    (
        "patient 12345 and 9234567893, 8001015009176, 200109022392",
        [[8, 13], [18, 28], [30, 43], [45, 57]],
        [],
    ),
    ("ssn 123456789 number 12345678 id 1234567890123456789012", [[4, 13], [21, 29]], []),
    (
        "12G4-TE5-MK73 is2024 covid19x C12T345672 X9613851N 58063915Q",
        [[0, 13], [30, 40], [41, 50], [51, 60]],
        [],
    ),
    (
        "131052-308T A123456780 15070649C103 27ABCDE1234F1Z5 1EG4TE5MK72",
        [[0, 11], [12, 22], [23, 35], [36, 51], [52, 63]],
        [],
    ),
    (
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
        [[0, 42], [43, 77]],
        [],
    ),
    ("fe80::1 and 00:1A:2B:3C:4D:5E and 8f953371d3e85eddb89b05ed6b9e6807", [], []),
    (
        "AB51 ABC, AB51-ABC, A123 BCD, ABC 123D, ABJ-001AA, AB 1234567",
        [[0, 8], [10, 18], [20, 28], [30, 38], [40, 49], [51, 61]],
        [],
    ),
    ("my plate is ab51abc. 21.5.2021 5/21/21 1st 70s 84-year-old", [[12, 19], [21, 30]], []),
    ("no. 123456 and nr: 98765 x\n12345", [[4, 10], [19, 24], [27, 32]], []),
    ("12 3a4 b 12 ab c3 12 a b 3 12 abcd 3 12 A- 34 12\tAB 34", [], []),
    ("\u06f012345678 \u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f", [], []),
]


@pytest.mark.parametrize(("text", "spans", "vetoes"), KNOWN)
def test_known_answers(text: str, spans: list[list[int]], vetoes: list[list[int]]) -> None:
    found, vetoed = ids.scan(text)
    assert [[s.start, s.end] for s in found] == spans
    assert [list(v) for v in vetoed] == vetoes
    assert all(s.category == "ID" and s.source == "pattern" for s in found)


def test_lookalikes_and_detect_ids_agree_with_scan() -> None:
    for text, spans, vetoes in KNOWN:
        assert [[s.start, s.end] for s in ids.detect_ids(text)] == spans
        if not spans:  # no valid IBAN to leave out: every look-alike region
            assert [list(v) for v in ids.lookalikes(text)] == vetoes


def _any_scheme(d: str) -> bool:
    return any(rule(d) for rule in ids._DIGIT_RULES[len(d)])


_DIGITS = st.text(alphabet="0123456789", min_size=9, max_size=13)
# a birth date first (the date schemes), a century (personnummer), or few digit kinds
_DATED = st.builds(
    lambda yy, mm, dd, rest: f"{yy:02d}{mm:02d}{dd:02d}{rest}",
    st.integers(0, 99),
    st.integers(0, 14),
    st.integers(0, 92),
    st.text(alphabet="0123456789", min_size=3, max_size=7),
)
_CENTURY = st.builds(lambda c, rest: c + rest, st.sampled_from(["18", "19", "20"]), _DIGITS)
_FEW_KINDS = st.text(alphabet="019", min_size=9, max_size=13)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_DIGITS, _DATED, _CENTURY, _FEW_KINDS))
def test_ascii_schemes_match_the_rules_one_by_one(d: str) -> None:
    d = d[:13]
    if len(d) < 9:
        return
    assert ck.DIGIT_SCHEMES_ASCII[len(d)](ck.digit_values(d)) is _any_scheme(d)


@pytest.mark.parametrize(
    "d",
    [
        "130692544",  # ca_sin
        "111000025",  # aba_routing
        "004085616",  # au_acn
        "123456782",  # au_tfn
        "4010232137",  # uk_nhs
        "1234567893",  # us_npi
        "2123456701",  # au_medicare
        "5560360793",  # se_org
        "8112189876",  # se_personnummer
        "51824753556",  # au_abn
        "12345678903",  # de_tax_id
        "44051401458",  # pl_pesel
        "10000000146",  # tr_national_id
        "312345678909",  # in_aadhaar
        "198112189876",  # se_personnummer with its century
        "1234567890121",  # th_tnin
        "8001015009087",  # za_id
        "0000000000000",  # a placeholder
        "999999999",
    ],
)
def test_ascii_schemes_on_known_numbers(d: str) -> None:
    assert ck.DIGIT_SCHEMES_ASCII[len(d)](ck.digit_values(d)) is _any_scheme(d)


def test_valid_date_matches_datetime() -> None:
    def reference(yy: int, mm: int, dd: int) -> bool:
        try:
            datetime.date(2000 + yy if yy < 100 else yy, mm, dd)
        except ValueError:
            return False
        return True

    for yy in (-1, *range(100), 100, 1999):
        for mm in range(-1, 15):
            for dd in range(-61, 33):
                assert ck._valid_date(yy, mm, dd) is reference(yy, mm, dd), (yy, mm, dd)


@pytest.mark.parametrize(
    ("s", "same"),
    [("", True), ("7", True), ("777", True), ("778", False), ("\u0661\u0661", True)],
)
def test_all_same(s: str, same: bool) -> None:
    assert ck.all_same(s) is same


def test_digit_values() -> None:
    assert ck.digit_values("0123456789") == bytes(range(10))


def test_iban_check_is_case_blind() -> None:
    assert ck.iban("gb82west12345698765432") is ck.iban("GB82WEST12345698765432") is True
    assert ids._IBAN_LENGTHS_ANY_CASE["gB"] == ck.IBAN_LENGTHS["GB"]


def test_few_digits_is_the_count_it_replaced() -> None:
    import itertools
    import re

    segments = re.compile(r"[0-9]+|[^0-9]+")
    for size in range(1, 11):
        for chars in itertools.product("a1", repeat=size):
            code = "".join(chars)
            before = len(segments.findall(code)) - 1 < 3 and sum(map(str.isdigit, code)) < 3
            assert (ids._FEW_DIGITS.fullmatch(code) is not None) is before, code
