"""Street addresses and postcodes."""

from __future__ import annotations

import pytest

from confvault.redact import detect


def located(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.category == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lives at 27 Fernhill Road now", "27 Fernhill Road"),
        ("Flat 3, 18 Cobden Terrace", "18 Cobden Terrace"),
        ("post to SW1A 1AA please", "SW1A 1AA"),
        ("Toronto M5V 3L9", "M5V 3L9"),
        ("Springfield, IL 62704", "IL 62704"),
        ("ZIP: 48750", "48750"),
        ("PO Box 255", "PO Box 255"),
        ("4844 Søndergade 52", "4844 Søndergade 52"),
    ],
)
def test_positives(text: str, value: str) -> None:
    assert any(value in v for v in located(text))


@pytest.mark.parametrize(
    "text", ["QA1 1AA", "M1 1CA", "I have 5 green apples", "she walked 3 streets"]
)
def test_negatives(text: str) -> None:
    assert located(text) == []
