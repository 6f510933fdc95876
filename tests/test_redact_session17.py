"""Rules and fixes of session 17, each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import redact

# --- counts and hours are no dates ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Weds 2/3 meals eaten, Thurs better.", "2/3 meals"),
        ("Mon 1/2 a sandwich only", "1/2 a sandwich"),
        ("works Mon-Fri 9-5 at the depot.", "9-5"),
        ("Sat 3-1 win for the under-12s", "3-1"),
        ("Fri 8-4 shift again", "8-4"),
    ],
)
def test_a_count_or_hours_after_a_weekday_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Thurs 9/11 court", "9/11"),
        ("appt thurs 2/3 then review", "2/3"),
        ("next sesh 14-5", "14-5"),
        ("Monday 14-5 at 10", "14-5"),  # a day above twelve is no hour
        ("court 12-06", "12-06"),
        ("Weds 2/3 at the clinic", "2/3"),
    ],
)
def test_a_day_and_month_after_a_dating_word_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text).text


# --- an oxygen reading is no age -----------------------------------------------------------


def test_a_reading_on_air_is_no_age() -> None:
    assert "97" in redact("mum was 97 and stable on air (sats)").text


@pytest.mark.parametrize(
    "text",
    [
        "dad 92, sats 94% on air",  # the reading has its own figure
        "Grandad is 96 - sats ok",
        "nan 93 (sats good)",
        "Gran is 97. Sats fine.",
        "Gran is 97 and on room air now",
        "Gran is 92, sats 90 on air",
    ],
)
def test_an_age_beside_a_reading_still_goes(text: str) -> None:
    assert not any(n in redact(text).text for n in ("92", "93", "96", "97"))
