"""Two ways a registered identifier slipped through (a hostile review's leaks): a
character that shows nothing typed inside it, and a registered number typed
another way."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import KnownClient, detect, redact
from confvault.redact.forms import INVISIBLE as SHOWS_NOTHING
from tests.linear_time import grows_linearly

JB = KnownClient("JB", ("Jordan Blake",), ())
PS = KnownClient("PS", ("Priya Sharma",), ("07700 900982", "NHS 943 476 5919"))
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@given(
    cuts=st.lists(st.tuples(st.integers(0, 11), st.sampled_from(INVISIBLE)), max_size=4),
    before=st.sampled_from(["", "saw ", "Met "]),
)
@settings(max_examples=200, deadline=None)
def test_a_registered_name_with_invisible_characters_inside_never_survives(
    cuts: list[tuple[int, str]], before: str
) -> None:
    name = "Jordan Blake"
    for pos, ch in sorted(cuts, reverse=True):
        name = name[:pos] + ch + name[pos:]
    out = redact(before + name + " rang", [JB]).text
    visible = SHOWS_NOTHING.sub("", out).lower()
    assert "jordan" not in visible and "blake" not in visible


def test_spans_cover_the_original_text() -> None:
    text = "call 07700\u200b900461 now"
    (span,) = detect(text)
    assert text[span.start : span.end] == "07700\u200b900461"
    assert redact(text).text == "call [PHONE] now"


def test_text_without_invisible_characters_is_unchanged() -> None:
    text = "Jordan Blake rang on 07700 900461"
    assert detect(text + "\u200b", [JB]) == detect(text, [JB])


@pytest.mark.parametrize(
    "text",
    [
        "7700900982",
        "07700900982",
        "07700 900 982",
        "+44 7700 900982",
        "0044 7700-900-982",
        "(07700) 900982",
        "her nhs no is 9434765919",
    ],
)
def test_a_registered_number_typed_another_way(text: str) -> None:
    spans = [s for s in detect(text, [PS]) if s.source == "known-other"]
    assert len(spans) == 1
    digits = "".join(ch for ch in text[spans[0].start : spans[0].end] if ch.isdigit())
    assert digits.endswith(("900982", "765919"))


@pytest.mark.parametrize("text", ["77009009823", "17700900982", "+1 555 7700900982"])
def test_other_numbers_are_not_the_registered_one(text: str) -> None:
    assert [s for s in detect(text, [PS]) if s.source == "known-other"] == []


def test_number_scan_is_linear() -> None:
    assert grows_linearly(lambda n: "1 " * n + "x", lambda text: detect(text, [PS]), floor=1e-4)


def test_the_label_of_a_registered_number_is_no_identifier() -> None:
    """'NHS' of a registered 'NHS 943 476 5919' was redacted wherever it stood."""
    assert detect("her NHS app works", [PS]) == []
