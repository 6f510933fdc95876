"""Places as support notes write them (redact/addresses_extra.py); each case was a
leak found by a hostile review of the engine."""

from __future__ import annotations

import pytest

from confvault.redact import detect
from confvault.redact.addresses_extra import detect as detect_extra


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("eircode D24 X2Y3", "D24 X2Y3"),
        ("her eircode is D6W 1234", "D6W 1234"),
        ("code A65 F4E2 ok", "A65 F4E2"),
        ("she lives in the LS7 area", "LS7"),
        ("lives in 30318", "30318"),
        ("she lives above the chippy on Church St", "Church St"),
        ("he's sleeping rough near Piccadilly Gardens", "Piccadilly Gardens"),
        ("lives off Mill Lane", "Mill Lane"),
        ("On Church St it was", "Church St"),
    ],
)
def test_found(text: str, place: str) -> None:
    spans = [s for s in detect(text) if s.category == "LOCATION"]
    assert [text[s.start : s.end] for s in spans] == [place]


@pytest.mark.parametrize(
    "text",
    ["the A12 road", "the score was 12 to 30318", "turn onto the high st", "D24 1234 units",
     "the Street was busy"],
)  # fmt: skip
def test_kept(text: str) -> None:
    assert detect_extra(text) == []
