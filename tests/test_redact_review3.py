"""What a hostile review of this release's redaction changes found: inputs that
took time growing with the square of their length, invisible characters the
engine did not read past, and a verb taken into a name."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from confvault.redact import KnownClient, detect, redact
from tests.linear_time import grows_linearly


def _grows_linearly(make: Callable[[int], str]) -> bool:
    known = [KnownClient("River", ("Jordan Blake",), ("0412 345 678",))]
    return grows_linearly(make, lambda text: detect(text, known))


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "ab dot " * n + "at gmailx",  # the spelled e-mail's local part
        lambda n: "lisa's bf " * n,  # a name found by a cue, met again
        lambda n: "saw tom " * n,
        lambda n: "12 Ab " * n,  # an address block grown from every word in it
        lambda n: "0412 " * n,  # many hits of a registered number's part
    ],
    ids=["spelled e-mail", "names again", "saw tom", "address words", "number parts"],
)
def test_cost_grows_linearly(make: Callable[[int], str]) -> None:
    assert _grows_linearly(make)


# every format character and the other blanks the engine reads past
_HIDDEN = ["\u2066", "\u3164", "\ufe0f", "\U000e0020", "\u034f", "\u061c", "\u180b", "\u2069"]


@pytest.mark.parametrize("ch", _HIDDEN)
def test_a_registered_name_with_a_hidden_character_inside(ch: str) -> None:
    known = [KnownClient("River", ("Jordan Blake",), ("0412 345 678",))]
    out = redact(f"Met Jor{ch}dan Bla{ch}ke, call 0412{ch} 345 6{ch}78", known).text
    visible = "".join(c for c in out if unicodedata.category(c) != "Cf" and c != ch)
    for part in ("jor", "dan", "bla", "ke", "0412", "345", "678"):
        assert part not in visible.lower().replace("[", " ").split()


def test_one_person_keeps_one_number_across_a_hidden_character() -> None:
    assert redact("Tom Hughes met Tom Hug\u200bhes").text == "[PERSON-1] met [PERSON-1]"


def test_a_verb_after_a_lower_case_name_is_no_surname() -> None:
    known = [KnownClient("River", ("Jordan Blake",))]
    assert redact("jordan blake rang", known).text == "River rang"
    assert redact("jordan blake rang today").text == "[PERSON-1] rang today"
