"""ID numbers that their label makes IDs (ids_cued.py), and the Australian IHI.

Each rule: a cue word, then the value's format (and check digit where the scheme
has one). Without the cue, or with a value of the wrong shape or check, nothing.
"""

from __future__ import annotations

import pytest

from confvault.redact import checksums as ck
from confvault.redact import detect, ids_cued, labelled, redact
from tests.linear_time import grows_linearly


def ids(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.category == "ID"]


def cued(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ids_cued.detect(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("number plate KX 19 ABC", "KX 19 ABC"),
        ("plate ABCD 123", "ABCD 123"),
        ("NY plate HDG 1234 on Monday", "HDG 1234"),
        ("licence plate AB12 CDE and more", "AB12 CDE"),
        ("license plate 7ABC123", "7ABC123"),
        ("car reg kx19abc", "kx19abc"),
        ("registration: AB12-CDE", "AB12-CDE"),
        ("rego is 1ABC 234", "1ABC 234"),
        ("A-number A123456789", "A123456789"),
        ("alien number A12345678", "A12345678"),
        ("A# 123-456-789", "123-456-789"),
        ("A#123456789", "123456789"),
        ("BSN 111222333", "111222333"),
        ("bsn: 1112.22.333", "1112.22.333"),
        ("burgerservicenummer 123456782", "123456782"),
        ("last 4 of ssn 1120", "1120"),
        ("SSN ending in 4321", "4321"),
        ("ssn xxx-xx-1120", "xxx-xx-1120"),
        ("social security number: ***-**-1120", "***-**-1120"),
        ("police ref CAD 1234 14/05", "CAD 1234"),
        ("Ref: CR 123456", "CR 123456"),
        ("Centrelink CRN 123 456 789A", "123 456 789A"),
        # a National Insurance number's shape after its label, letters unchecked
        ("NI number QQ 12 34 56 C for the PIP form", "QQ 12 34 56 C"),
        ("NI no. QQ 12 34 56 C, needed for the UC claim", "QQ 12 34 56 C"),
        ("national insurance: ab123456c", "ab123456c"),
        ("N.I. AB 12 34 56 D", "AB 12 34 56 D"),
    ],
)
def test_a_value_after_its_label(text: str, value: str) -> None:
    assert cued(text) == [value]
    assert value not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "reg 2 hrs",  # a unit
        "registration 2pm",
        "the plate was hot 2",
        "plate of chips for 2",
        "plate AB1",  # too short for a plate
        "plate ABCDEF 12",  # a word, not a plate's letters
        "plate Ab12 CD",  # mixed case across groups
        "reg 2wks",  # a number and a word typed together
        "plate 2day",
        "BSN 111222334",  # fails the 11-proef
        "BSN 000000000",
        "ssn ending in 0000",  # no SSN ends in 0000
        "ssn 12",
        "SSN 666-12-3456",  # no SSN starts 666
        "ref 2023",
        "ref Cad 1234",  # a reference's letters are capitals
        "ref AB 12",  # too few digits
        "CRN 12 345 678A",  # not a CRN's grouping
        "a number 1120",  # "A-number" has its hyphen
        "NI 12 wards",  # no NI number's shape
        "NI number AB 12 34 56 E",  # the last letter is A to D
        "NI number AB 12 34 567",
    ],
)
def test_near_misses_after_a_label(text: str) -> None:
    assert cued(text) == []


@pytest.mark.parametrize(
    "text",
    ["KX 19 ABC", "ABCD 123", "the last 4 were 1120", "CAD 1234 on file", "111222333 was it"],
)
def test_no_label_no_id(text: str) -> None:
    assert cued(text) == []
    assert ids(text) == []


def test_a_crn_does_not_take_the_next_word() -> None:
    text = "crn 123456789 a week ago"
    assert cued(text) == []  # a CRN's letter is glued on, or a capital
    assert ids(text) == ["123456789"]  # (a number after "crn": ids.py's context rule)


def test_bsn_11_proef() -> None:
    assert ck.nl_bsn("111222333")
    assert ck.nl_bsn("123456782")
    assert ck.nl_bsn("12345672")  # 8 digits: a leading 0 left off
    assert not ck.nl_bsn("123456789")
    assert not ck.nl_bsn("111111111")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("IHI 8003 6080 0000 0000", True),
        ("ihi 8003608166690503", True),
        ("her IHI: 8003-6081-6669-0503", True),
        ("8003 6080 0000 0001", False),  # fails Luhn: a card look-alike, vetoed
        ("8003 6180 0000 0000", False),  # not the IHI prefix
    ],
)
def test_australian_ihi(text: str, flagged: bool) -> None:
    assert bool(ids(text)) is flagged
    assert ck.au_ihi("8003608000000000")
    assert not ck.au_ihi("800360800000000")  # 15 digits


def test_the_screen_passes_only_texts_with_a_cue() -> None:
    assert labelled.detect("KX 19 ABC and 1120", True) == []
    assert labelled.detect("Plate: KX 19 ABC", True) != []
    assert labelled.detect("(ssn 1120)", True) != []
    assert labelled.detect("plate KX 19 ABC", False) == []  # no digit: no ID rule runs


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "plate" + " " * n + "x",
        lambda n: "plate " + "A1 " * n,
        lambda n: "reg " * n + "1",
        lambda n: "ssn " + ": " * n + "1120",
        lambda n: "alien" + " " * n + "number 1",
        lambda n: "ref " + "A" * n + "1234",
    ],
)
def test_hostile_input_costs_linear_time(make: object) -> None:
    assert callable(make)
    assert grows_linearly(make, ids_cued.detect, floor=1e-4)
