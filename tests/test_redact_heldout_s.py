"""Rules written against held-out batch S once its detail cases were read (session
10, after their blind figures), each with the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a name in brackets after a colleague's role
        ("Supervisor (Deepa) signed off the risk assessment.", "Deepa"),
        # the name a person goes by, and a quoted nickname and who uses it
        ("Client Ahmad bin Ismail - prefers Tash. Tash says work is bullying him.", "Tash"),
        ("client (Lakshmi V, 'Lucky' to friends) - Lucky says today wasn't lucky.", "Lucky"),
        # a place by a person's name and what it is, and a relative's home
        ("Client lives off Ponsonby Rd, walks down to Cox's Bay when it gets bad.", "Cox"),
        ("Back for the funeral, calling from her auntie's in Flankers.", "Flankers"),
        # an age over 89 after the person's role
        ("Caller is 93, lives alone since her husband passed.", "93"),
        # a day nursery by its name
        ("Her kids go to Little Sprouts Daycare and staff noticed bruising.", "Sprouts"),
        # a name found, typed again in lower case before a verb of seeming
        ("mum Morag phoned - Callum won't get up. morag sounds exhausted too.", "morag"),
    ],
)
def test_batch_s_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Caller is 93 days sober and proud of it.",
        "Client was 100 quid short for the electric.",
        "client is 92 out of 100 on the scale",
        "She prefers Zoom calls to the phone.",
        "The Daycare was closed for the holiday.",
        "Started Kindergarten today and loved it.",
        "Supervisor (Duty) signed off the plan.",
        "Client (Retired) asked about volunteering.",
        "A day at Mum's Beach hut cheered her up.",
    ],
)
def test_batch_s_near_misses_stay(text: str) -> None:
    assert detect(text) == [], [text[s.start : s.end] for s in detect(text)]


def test_batch_s_rules_take_linear_time() -> None:
    assert grows_linearly(
        lambda n: (
            "prefers Mat. " * n
            + "'Lucky' to friends " * n
            + "Cox's Bay " * n
            + "auntie's in Flankers " * n
            + "Caller is 93 " * n
            + "Little Sprouts Daycare " * n
        ),
        detect,
    )
