"""The second speed round's paths in ids.scan and checksums give the answers they replaced.

KNOWN holds texts for the screen skip (runs that are ASCII, short and letterless, or
not), numbers of several elements and the code checksums, with the spans and vetoes
of the reference tree (commit cd8a92b), made by

    PYTHONPATH=/work/base2/src python benchmarks/ids2_known.py

and benchmarks/ids_fuzz.py compares the two trees over generated texts.
"""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import checksums as ck
from confvault.redact import checksums_digits, ids, ids_iban, ids_shapes
from confvault.redact.model import Span

KNOWN: list[tuple[str, list[list[int]], list[list[int]]]] = [
    ("4012888888881881", [[0, 16]], []),
    ("x 4012 8888 8888 1881 y", [[2, 21]], []),
    ("123456789012345 and 1234 5678 9012 345", [], []),
    ("ab12 34", [], []),
    ("12ab34 and GB82WEST12345698765432", [[11, 33], [0, 6]], []),
    ("\u0664\u0660\u0661\u0662888888881881", [], [[0, 16]]),
    ("4012 8888 8888 188\u0661 then GB82 WEST 1234 5698 7654 32", [[25, 52], [0, 19]], []),
    ("caf\u00e9 1234-5678-9012-3456 and 4111 1111 1111 1111", [[29, 48]], [[5, 24]]),
    ("acct 12 34 56 78 90 12", [[5, 22]], []),
    ("id 12 34\t56 78 and 123 45 6789", [[19, 30]], []),
    ("no 1111 11 and nr 123 456 789 012", [[18, 33]], []),
    # "is" is no identity-card prefix since the hostile review (it was [[0, 10]])
    ("is 1234567 and at 12 34 56 7", [], []),
    ("AB 12 34 56 C and QQ 12 34 56 A", [[0, 13]], []),
    (
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
        [[0, 42], [47, 89]],
        [],
    ),
    ("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 and 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", [[0, 34]], []),
]


@pytest.mark.parametrize(("text", "spans", "vetoes"), KNOWN)
def test_known_answers(text: str, spans: list[list[int]], vetoes: list[list[int]]) -> None:
    found, vetoed = ids.scan(text)
    assert [[s.start, s.end] for s in found] == spans
    assert [list(v) for v in vetoed] == vetoes
    assert all(type(s) is Span and s.category == "ID" and s.source == "pattern" for s in found)


def test_id_span_is_the_dataclass_made_plainly() -> None:
    made = ids._id_span(3, 9)
    plain = Span(3, 9, "ID", "pattern")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert not hasattr(Span, "__post_init__")  # _id_span skips __init__: nothing to run


def _first_digit(text: str) -> int:
    m = re.search(r"\d", text)
    assert m is not None
    return m.start()


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("12345, then 678", False),  # ASCII digit runs, short, no letter
        ("12345 and 678", True),  # (one run: "and" is a code between two tokens)
        ("call 0489 25 37 29 now", False),  # (a run of several tokens: 13 characters)
        ("123456789012345", False),  # 15 characters
        ("1234567890123456", True),  # 16: a card shape fits
        ("a1234", True),  # a letter just before the run
        ("12ab34", True),  # a letter inside it
        ("x-12", False),  # a dash is no letter
        ("\u0661\u0662\u0663", True),  # a non-ASCII digit: a card shape may span runs
        ("caf\u00e9 12345", False),  # a non-ASCII letter elsewhere
    ],
)
def test_may_screen(text: str, may: bool) -> None:
    runs = [m.span() for m in ids._RUN.finditer(text)]
    assert ids._may_screen(text, runs) is may


_SCREEN_TEXT = st.lists(
    st.sampled_from([*"0123456789 -.ab#\u0661\u00e9", "4012", "GB82", " 8888"]),
    min_size=1,
    max_size=30,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_SCREEN_TEXT)
def test_may_screen_is_false_only_when_the_screen_finds_nothing(text: str) -> None:
    if not re.search(r"\d", text):
        return
    runs = [m.span() for m in ids._RUN.finditer(text)]
    if not ids._may_screen(text, runs):
        assert ids_iban.SCREEN.search(text, _first_digit(text)) is None


_NUMBER = re.compile(r"[\d \-./:_]+")
_GROUPED = re.compile(r"\d+(?:([ \-.:])\d+)?(?:\1\d+)*")


def _multi_reference(cand: str) -> str | bool:
    """_is_id's test of a several-element candidate before this round: the compact
    number it is, or its verdict."""
    if _NUMBER.fullmatch(cand):
        grouped = _GROUPED.fullmatch(cand)
        if grouped is None:
            return False
        return cand.replace(grouped.group(1), "")
    return ids_shapes.spaced_verdict(cand)


_ELEMENT = st.sampled_from(
    ["12", "345", "0489", "1234567", "AB", "qq", "C", "ab", "1-2", "3.4", "\u0661\u0662", "7a"]
)


@settings(max_examples=3000, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([" ", "\t"]), _ELEMENT), min_size=1, max_size=5), _ELEMENT
)
def test_several_elements_judged_as_before(rest: list[tuple[str, str]], head: str) -> None:
    cand = head + "".join(sep + part for sep, part in rest)
    before = _multi_reference(cand)
    for ctx in (False, True):
        got = ids._is_id(cand, 0, cand, True, [ctx])
        if isinstance(before, bool):
            # (session 20's card codes need an ID word in the text itself, which these
            # candidates, alone, never hold)
            assert got is before
        else:  # a number: the same digit rules and context as before
            want = 5 <= len(before) <= 20 and ids_shapes.digits_verdict(cand, before)
            assert got is (ctx if want is None else bool(want))


def _bech32_reference(s: str) -> bool:
    s = s.lower()
    hrp, _, data = s.rpartition("1")
    alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    if not hrp or len(data) < 6 or any(c not in alphabet for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [alphabet.index(c) for c in data]
    chk = 1
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk in (1, 0x2BC830A3)


def _base58_reference(s: str) -> bool:
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    n = 0
    for c in s:
        i = alphabet.find(c)
        if i < 0:
            return False
        n = n * 58 + i
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


_BECH = st.text(alphabet="qpzry9x8gf2tvdw0s3jn54khce6mua7l1BCQ", min_size=0, max_size=60)
_B58 = st.text(alphabet=ck._B58 + "0Il", min_size=0, max_size=40)


@settings(max_examples=2000, deadline=None)
@given(_BECH)
def test_bech32_table_is_the_loop(s: str) -> None:
    assert ck.bech32(s) is _bech32_reference(s)
    assert ck.bech32("bc1" + s) is _bech32_reference("bc1" + s)


@settings(max_examples=2000, deadline=None)
@given(_B58)
def test_base58_lookup_is_the_find(s: str) -> None:
    assert ck.base58check(s) is _base58_reference(s)


@pytest.mark.parametrize(
    "s",
    [
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",  # bech32
        "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297",  # bech32m
        "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",  # one character off
    ],
)
def test_bech32_known(s: str) -> None:
    assert ck.bech32(s) is _bech32_reference(s)
    assert ck.bech32(s) is not s.endswith("mdr")


def test_names_kept_after_the_split() -> None:
    assert ck.DIGIT_SCHEMES_ASCII is checksums_digits.DIGIT_SCHEMES_ASCII
    assert ck.digit_values is checksums_digits.digit_values
    assert ck._valid_date is checksums_digits._valid_date
    assert ids.lookalikes is ids_iban.lookalikes
    assert ids._DIGIT_RULES is ids_shapes._DIGIT_RULES
    assert ids._FEW_DIGITS is ids_shapes._FEW_DIGITS
    assert ids._IBAN_LENGTHS_ANY_CASE is ids_iban._IBAN_LENGTHS_ANY_CASE
    assert ids.lookalikes("GB82 WEST 1234 5698 7654 33") == [(0, 27)]


def _spaced_reference(cand: str) -> bool:
    """spaced_verdict before its end-digit test."""
    if len(cand) > 13:
        return False
    return bool(ids_shapes._SPACED_ANY.fullmatch(cand)) or (
        bool(ids_shapes._NINO_SPACED.fullmatch(cand))
        and bool(ids_shapes._NINO.fullmatch(ids_shapes._SEP.sub("", cand).upper()))
    )


_SPACED_PART = st.sampled_from(
    ["AB", "ab", "QQ", "C", "ABC", "\u017f", "\u212a", "12", "34", "123", "1234567", "7", "\u0661"]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_SPACED_PART, st.sampled_from(["", " ", "-"])), min_size=2, max_size=5))
def test_spaced_verdict_as_before(parts: list[tuple[str, str]]) -> None:
    cand = "".join(p + sep for p, sep in parts).strip(" -")
    if cand:
        assert ids_shapes.spaced_verdict(cand) is _spaced_reference(cand)


@pytest.mark.parametrize(
    ("cand", "verdict"),
    [
        ("AB 1234567", True),  # IT card: 10 characters, ends in a digit
        ("06 A 123", True),  # TR plate: from an ASCII digit
        ("AB 12345678", False),
        ("AB 12 34 56 C", True),
        ("to 0489 25", False),
    ],
)
def test_spaced_verdict_known(cand: str, verdict: bool) -> None:
    assert ids_shapes.spaced_verdict(cand) is verdict is _spaced_reference(cand)
