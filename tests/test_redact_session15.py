"""Rules and fixes of session 15, each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import redact

# --- a short weekday with the date it names ----------------------------------------------


@pytest.mark.parametrize(
    "text, out",
    [
        ("Carers start Weds 12 Nov.", "Carers start [DATE]."),
        ("Next visit Weds 10 Dec, then home.", "Next visit [DATE], then home."),
        ("VA appt Thurs 11/13.", "VA appt [DATE]."),
        ("appt Thu 11/13 at the clinic", "appt [DATE] at the clinic"),
        ("court Tues 14.3. and Fri 15/3", "court [DATE]. and [DATE]"),
        ("incident happened wed 18.09", "incident happened [DATE]"),
    ],
)
def test_a_short_weekday_goes_with_its_date(text: str, out: str) -> None:
    assert redact(text).text == out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("she sat 3/4 of the papers", "sat 3/4"),  # the verb, not Saturday
        ("Fri 3/4 of the time she is late", "Fri 3/4 of"),  # a fraction
        ("Tue 4.6 miles on the bike", "Tue 4.6 miles"),  # a decimal with its unit
        ("mood 9/10 on Mon", "mood 9/10"),  # a score, before the weekday
    ],
)
def test_a_weekday_before_figures_that_are_no_date_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text
