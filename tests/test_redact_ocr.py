"""Text read from a screenshot, with its letters and digits swapped (redact/ocr.py):
found as it was meant, redacted as it was written (session 10, batch T)."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from confvault.redact.ocr import readable
from tests.linear_time import grows_linearly


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Screenshot (OCR): Hi its Chl0e, can u tell her I cant make it x", "Chl0e"),
        ("Hi p0 this is J0vy fr0m Cebu, pls call me", "J0vy"),
        ("Screenshot (OCR): Ca11 me on O7700 9OO 456 after w0rk", "9OO"),
        ("Case N0: 2O24-FAM-0l183 listed", "0l183"),
        ("Meet at Ch0rlton Park gates 2pm", "Ch0rlton"),
    ],
)
def test_swapped_characters_are_read_as_meant(text: str, gone: str) -> None:
    out = redact(text).text
    assert gone not in out


@pytest.mark.parametrize(
    "text",
    [
        "in Year1 and Room10, at 10am",  # a word and its number; a time
        "Server IP: 2400:c401::5054:ff:fe1b:b031.",  # hexadecimal
        "pc is sw1a 1aa",  # a postcode's first half
        "code I15432",  # a code's letter first
        "took B12 and 5mg",
    ],
)
def test_what_is_no_swap_stays(text: str) -> None:
    assert readable(text) == text


def test_the_text_is_redacted_as_written_and_spans_stand() -> None:
    text = "Call me, Chl0e"
    assert readable(text) == "Call me, Chloe"
    spans = detect(text)
    assert [text[s.start : s.end] for s in spans] == ["Chl0e"]
    assert redact(text).text == "Call me, [PERSON-1]"


def test_readable_takes_linear_time() -> None:
    assert grows_linearly(lambda n: "Chl0e O7700 9OO fr0m " * n, detect)
