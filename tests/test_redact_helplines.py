"""Published helpline numbers stay; a client's own number, and look-alikes, go."""

from __future__ import annotations

import pytest

from confvault.redact import redact
from confvault.redact.helplines import PUBLIC_NUMBERS


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "gave Samaritans number (116 123) and the Shout text line",
        "Kids Helpline number given to yp (1800 55 1800), she saved it",
        "ring 0808 2000 247 any time, day or night",
        "Lifeline 13 11 14 if it gets bad tonight",
        "Texted SHOUT to 85258 last night.",
        "US client: told her about 988 and 1-800-799-7233.",
    ],
)
def test_published_helplines_stay(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("her number is 07700 900123", "900123"),
        ("call him on +44 116 123 4567", "4567"),  # a longer number holding one
        ("Plates: KJA-999PZ seen outside", "KJA-999PZ"),  # letters around the figures
    ],
)
def test_other_numbers_still_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_the_list_holds_figures_only() -> None:
    assert all(n.isdigit() for n in PUBLIC_NUMBERS)
