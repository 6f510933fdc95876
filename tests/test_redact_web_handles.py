"""Handles named by their platform and e-mail addresses with "[at]" (handles.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from confvault.redact import detect, handles, redact
from tests.linear_time import grows_linearly


def found(text: str, category: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.category == category]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("his snap is dazzaboy99", "dazzaboy99"),
        ("his snap is dazzaboy99.", "dazzaboy99"),
        ("xbox gamertag xXSlayerXx", "xXSlayerXx"),
        ("cashapp $jblake92", "$jblake92"),
        ("cash app: $jblake", "$jblake"),
        ("discord name shadowwolf#1234", "shadowwolf#1234"),
        ("insta: jordan_b", "jordan_b"),
        ("(snap: dazza_99)", "dazza_99"),
        ("steam name: Hunter_22", "Hunter_22"),
        ("facebook page mum4kids", "mum4kids"),
        ("TikTok is jo.blake", "jo.blake"),
        ("her username was SkyGirl", "SkyGirl"),
    ],
)
def test_a_handle_after_its_platform(text: str, handle: str) -> None:
    assert [text[s.start : s.end] for s in handles.detect(text)] == [handle]
    assert handle not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "her insta is private",  # an ordinary word
        "snap is down today",
        "oh snap 2day",  # not a handle's first character
        "user name is Jordan",  # a name, no handle mark (the name detector's)
        "discord was down again",
        "his steam deck broke",
        "paypal $20",
        "snapped at her 2x",  # not the platform's word
    ],
)
def test_no_handle(text: str) -> None:
    assert handles.detect(text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("email jordanb92 [at] gmail.com", "jordanb92 [at] gmail.com"),
        ("j.blake(at)example.org", "j.blake(at)example.org"),
        ("JO {AT} MAIL.CO.UK", "JO {AT} MAIL.CO.UK"),
    ],
)
def test_an_email_with_its_at_hidden(text: str, email: str) -> None:
    assert found(text, "EMAIL") == [email]


@pytest.mark.parametrize("text", ["meet [at] the park", "x [at] 5pm", "(at) home.", "cat) dog.com"])
def test_no_hidden_email(text: str) -> None:
    assert handles.hidden_emails(text) == []


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "snap" + " " * n + "x1",
        lambda n: "snap is " * n + "a",
        lambda n: "a [at] " + "b." * n + "1",
        lambda n: "x" * n + " [at] ",
        lambda n: "x [at] " * n,
    ],
)
def test_hostile_input_costs_linear_time(make: object) -> None:
    assert callable(make)

    def run(text: str) -> None:
        handles.detect(text)
        handles.hidden_emails(text)

    assert grows_linearly(make, run, floor=1e-4)


@pytest.mark.parametrize(
    ("text", "email"),
    [("contact thandi dot m at yahoo dot com", "thandi dot m at yahoo dot com"),
     ("prefers email: lerato [at] mweb [dot] co [dot] za", "lerato [at] mweb [dot] co [dot] za"),
     ("email jo at gmail dot com in the morning", "jo at gmail dot com")],
)  # fmt: skip
def test_a_spelled_out_address_keeps_its_whole_ending(text: str, email: str) -> None:
    assert [(text[s.start : s.end], s.category) for s in detect(text)] == [(email, "EMAIL")]


@pytest.mark.parametrize(
    ("text", "found"),
    [("uses priya_r_1996 @ example.in for everything", ("priya_r_1996 @ example.in", "EMAIL")),
     ("email is nomsa[dot]khumalo[at]example[dot]co[dot]za",
      ("nomsa[dot]khumalo[at]example[dot]co[dot]za", "EMAIL")),
     ("contact email: tilly dot m at example dot org", ("tilly dot m at example dot org", "EMAIL")),
     ("someone called wolfie#4821 on discord", ("wolfie#4821", "URL")),
     ("goes by kaneo.beats on everything", ("kaneo.beats", "URL")),
     ("her handle is dazza_k99", ("dazza_k99", "URL"))],
)  # fmt: skip
def test_addresses_and_handles_written_loosely(text: str, found: tuple[str, str]) -> None:
    assert [(text[s.start : s.end], s.category) for s in detect(text)] == [found]


@pytest.mark.parametrize(
    "text", ["meet @ 5pm at the cafe", "she goes by Kane now", "she was at school dot"]
)
def test_loose_forms_need_their_marks(text: str) -> None:
    assert all(s.category not in ("EMAIL", "URL") for s in detect(text))


@pytest.mark.parametrize(
    "make",
    [lambda n: "a.b" * n + " @ x", lambda n: "a[dot]" * n + "b [at] c", lambda n: "ab#1" * n,
     lambda n: "x dot m at ab dot " * n + "cx"],
    ids=["spaced at", "dots in brackets", "discord tags", "spelled domain"],
)  # fmt: skip
def test_loose_forms_cost_grows_linearly(make: Callable[[int], str]) -> None:
    assert grows_linearly(make, detect)
