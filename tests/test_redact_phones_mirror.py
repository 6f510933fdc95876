"""phones' mirror of libphonenumber, and the faster phone regexes, against the
library and the regexes they replace.

The fast path decides a "plain" candidate (ASCII digits and "+ .-()") from the
library's metadata; these tests compare it with parse() + is_valid_number*() /
is_possible_number() themselves. benchmarks/phones_mirror_fuzz.py does the same
on a million comparisons.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import phones

pn = phones._pn()
REGIONS = phones._HOME + phones._WORLD

# the expressions as they were before they were rewritten for speed
OLD_PHONE = re.compile(
    r"(?=[+(\d])(?<![\w+/.-])(?:\+|00)?(?:\(\d{1,5}\)[ .-]?|\d)"
    r"(?:\d|[ .-](?=[\d(])|\((?=\d)|\)(?=[ \d.-]))*\d"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w/]|[.,-]\d)"
)
# (with "numbers", a cue since session 19: "Numbers: 987 654 321 (hers), …")
OLD_CONTEXT = re.compile(
    r"(?i)\b(?:call(?:ed|ing|s)?|phone[sd]?|mobile|mob|tel|telephone|cell|fax|desk|office|"
    r"text(?:ed|ing)?|message[sd]?|sms|whatsapp|signal|landline|contact|reach|ring|rang|"
    r"answering|voicemail|hotline|helpline|ext|numbers?|registered)\b[^\n]{0,20}$"
)


# libphonenumber's own verdicts, which the mirror must match (straight library calls)
library_national = phones._library_national
library_international = phones._library_international


def check(cand: str) -> None:
    """Every fast decision on cand equals the library's."""
    digits = cand.translate(phones._NOT_DIGITS)
    if cand.startswith(("+", "00")):
        for bare in (False, True):
            fast = phones._fast_international(cand[1 if cand[0] == "+" else 2 :], bare)
            assert fast == library_international(cand, bare), (cand, bare)
    if cand.startswith("+"):
        return
    for region in REGIONS:
        for possible in (False, True):
            library = library_national(cand, region, possible)
            assert phones._fast_valid(digits, region, possible) == library, (cand, region)
            expected = phones._precheck(digits, region, possible) and library
            assert phones._fast_region(digits, region, possible) == expected, (cand, region)


def example_numbers() -> list[str]:
    out = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kind in (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.MOBILE):
            number = pn.example_number_for_type(region, kind)
            if number is None:
                continue
            out.append(pn.format_number(number, pn.PhoneNumberFormat.NATIONAL))
            out.append(pn.format_number(number, pn.PhoneNumberFormat.INTERNATIONAL))
    return [c for c in out if c.isascii() and set(c) <= set("0123456789 .-()+")]


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    phones.warm_up()


def test_every_regions_examples_decide_as_the_library_does() -> None:
    examples = example_numbers()
    assert len(examples) > 300
    rng = random.Random(5)
    for cand in rng.sample(examples, 120):
        check(cand)


@pytest.mark.parametrize(
    "cand",
    [
        "07700 900123",  # GB mobile
        "020 7946 0958",
        "(415) 555-0132",
        "1 415 555 0132",  # the US calling code without "+"
        "011 44 20 7946 0958",  # the US international prefix
        "0011 61 2 9876 5432",  # Australia's
        "00 33 1 42 68 53 00",
        "0044 7700 900123",
        "+44 (0)20 7946 0958",
        "+1-984-182-0190",
        "+7 771 000 9903",  # Kazakhstan within +7
        "+54 9 11 1234 5678",  # a transform rule
        "+800 1234 5678",  # non-geographic
        "0034567890124",
        "005 499 981",
        "001 0051 8630 0016",
        "+0 123 4567",  # no calling code starts with 0
        "+999 123 4567",  # nor is 999 one
        "0 (532) 1234567",
        "1800 20 123 4567",
        "0900 123 4567",
        "0000000000",
        "911",
        "12",
    ],
)
def test_chosen_numbers_decide_as_the_library_does(cand: str) -> None:
    if len(cand.translate(phones._NOT_DIGITS)) < 3:
        with pytest.raises(phones._Unsure):
            phones._fast_valid(cand, "GB", False)
        return
    check(cand)


phone_like = st.builds(
    lambda head, groups, seps: (
        head + "".join(g + s for g, s in zip(groups, seps, strict=False)).rstrip(" .-")
    ),
    st.sampled_from(["", "", "0", "00", "+", "+1 ", "1", "011", "(0)", "0011 "]),
    st.lists(st.text("0123456789", min_size=1, max_size=5), min_size=2, max_size=5),
    st.lists(st.sampled_from([" ", "-", ".", ""]), min_size=5, max_size=5),
)


@settings(max_examples=150, deadline=None)
@given(phone_like)
def test_generated_numbers_decide_as_the_library_does(cand: str) -> None:
    cand = cand.strip()
    digits = cand.translate(phones._NOT_DIGITS)
    if not cand or not 3 <= len(digits) <= 17 or cand[0] not in "0123456789+(":
        return
    check(cand)


def test_candidates_the_mirror_leaves_to_the_library() -> None:
    # extensions and non-ASCII digits are not "plain": the library decides them
    assert not phones._plain("+1-903-140-4508x769")
    assert not phones._plain("07700 \u066900123")
    assert phones._plain("07700 900123")
    text = "call +1-903-140-4508x769 or 07700 \u066900123, or 0770\u0660 900123"
    found = [text[s.start : s.end] for s in phones.detect_phones(text)]
    assert found == ["+1-903-140-4508x769", "07700 \u066900123", "0770\u0660 900123"]


def test_an_unsure_fast_path_falls_back_to_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "UK mobile 07700 900461.",
        "abroad +33 1 42 68 53 00 ok",
        "Phone: 451 5986",
        "account 0034567890124",  # not a phone number
        "Madrid +34 912 345 678",
        "ring 0 (532) 1234567 today",
        "(415) 555-0132 office",
    ]
    fast = [[(s.start, s.end) for s in phones.detect_phones(t)] for t in texts]
    assert sum(map(bool, fast)) == len(texts) - 1

    def unsure(*_: object) -> bool:
        raise phones._Unsure

    monkeypatch.setattr(phones, "_fast_region", unsure)
    monkeypatch.setattr(phones, "_fast_international", unsure)
    phones._judge.cache_clear()
    try:
        slow = [[(s.start, s.end) for s in phones.detect_phones(t)] for t in texts]
    finally:
        phones._judge.cache_clear()
    assert slow == fast


def test_another_library_version_is_left_to_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "UK mobile 07700 900461, account 0034567890124; 020 7946 0958"
    fast = [(s.start, s.end) for s in phones.detect_phones(text)]
    assert phones._plain("07700 900123")
    monkeypatch.setattr(phones, "_mirrored", lambda: False)
    assert not phones._plain("07700 900123")
    monkeypatch.setattr(phones, "_fast_region", None)  # would fail if called
    monkeypatch.setattr(phones, "_fast_international", None)
    phones._judge.cache_clear()
    try:
        slow = [(s.start, s.end) for s in phones.detect_phones(text)]
    finally:
        phones._judge.cache_clear()
    assert slow == fast == [(10, 22), (47, 60)]


def test_a_plan_is_compiled_lazily_and_once() -> None:
    plan = phones._plan("GB")
    assert plan is phones._plan("GB")
    assert plan.kinds is plan.kinds  # compiled once
    mobile = pn.national_significant_number(pn.example_number_for_type("GB", 1))
    assert any(pattern.fullmatch(mobile) for _, pattern in plan.kinds)
    assert plan.typed(mobile) and not plan.typed(mobile[:-1]) and not plan.typed("7700")
    nongeo = phones._plan("001", 800)
    assert nongeo.cc == 800 and nongeo is not phones._plan("001", 808)


# --- the regexes rewritten for speed ------------------------------------------

TRICKY = [
    "call 0044 20 7946 0958 or +44 (0)20 7946 0958",
    "00(44) 1234 567890 and 0(12) 3456 7890",
    "a1234567 1234567 -1234567 .1234567 /1234567 +1234567 ++1234567",
    "(1234) 567 890 (12345) 678-9012 (123456) 7890",
    "\u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663 and \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13 and 0\u0660 1234 5678",
    "123-456-7890x123 123 456 7890 ext. 45 555.555.5555ext9",
    "2019-03-14 14/03/2019 1.2.3.4 12:30 +1 (415) 555-0132.",
    "0 0 0 0 0 0 0 0 00 00 00 (0) (0)",
    "+ 1234567 (+44) 1234567 0(0)12 345 678",
    "\n07700 900123\n(020) 7946-0958\n",
]


def random_phone_text(rng: random.Random) -> str:
    alphabet = "0123456789" * 4 + " .-()+/x\n,a\u0663" + "00"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))


def test_phone_regex_finds_what_it_found_before() -> None:
    rng = random.Random(11)
    for text in TRICKY + [random_phone_text(rng) for _ in range(3000)]:
        old = [m.span() for m in OLD_PHONE.finditer(text)]
        assert [m.span() for m in phones._PHONE.finditer(text)] == old, text


def test_context_is_found_as_far_back_as_before() -> None:
    rng = random.Random(12)
    words = ["call", "Telephone", "REGISTERED", "ext", "mob", "numbers", "ring", "x"]
    for _ in range(3000):
        parts = [rng.choice([*words, "", " ", "  ", "\n", "a" * rng.randint(1, 25)])]
        parts += [rng.choice([*words, " ", ":", "-", "\n", "bb"]) for _ in range(rng.randint(1, 8))]
        text = " ".join(parts) + " 07700 900123"
        start = len(text) - len("07700 900123")
        for back in range(start + 1):
            old = bool(OLD_CONTEXT.search(text, max(0, start - 40), start))
            new = bool(
                phones._PHONE_CONTEXT.search(text, max(0, start - phones._CONTEXT_REACH), start)
            )
            assert new == old, text
            text, start = text[1:], start - 1
            if start < 0:
                break
