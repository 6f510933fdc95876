"""A person written as initials, and the capitals of services and roles that stay."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from confvault.redact.initials import detect as detect_initials
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("JT (initials only at her request) disclosed purging 3-4x daily.", "JT"),
        ("JB (pt's line manager) keeps making comments about her weight.", "JB"),
        ("her friend KM came to the session too", "KM"),
        ("Her best friend KM came too.", "KM"),
        ("client AJ missed session", "AJ"),
        ("Saw JT today, he was low.", "JT"),
        ("JT's mum rang to cancel.", "JT"),
        ("KM said she'd come next week.", "KM"),
        ("AJ was upset at school.", "AJ"),
        ("R.M. said he was fine.", "R.M"),
        ("Spoke to DW about the move.", "DW"),
    ],
)
def test_initials_of_a_person_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # roles, services and benefits in capitals
        "CBT (first session) went well.",
        "Saw the CRC worker.",
        "DWP said no.",
        "PIP was refused.",
        "ESA was stopped last month.",
        "spoke to SW, she will call",
        "saw OT and CPN this week",
        "The UK is big.",
        "DNA x2, will close.",
        "the GP said to wait",
        "TBC said nothing yet",
        "I said OK.",
        "Walked to the PO box.",
        "spoke to BT about the bill",
        # a body after "the", and initials with no cue
        "The LHA said rates are frozen.",
        "Plan: CBT. JT.",
        "Referred to MIND.",
        # placeholders of an earlier redaction
        "[ORG] said they would call. [URL] was down.",
    ],
)
def test_capitals_that_name_no_one_stay(text: str) -> None:
    assert _out(text) == text


def test_redacting_initials_is_idempotent() -> None:
    once = _out("JT said her friend KM was there.")
    assert "JT" not in once and "KM" not in once
    assert _out(once) == once


def test_initials_scan_is_linear() -> None:
    assert grows_linearly(lambda n: "JT said " * n + "her friend KM (his) " * n, detect)


def test_initials_detector_alone_is_linear() -> None:
    assert grows_linearly(lambda n: "JT (" * n + "A.B.C " * n, detect_initials)
