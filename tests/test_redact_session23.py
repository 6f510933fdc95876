"""Session 23: details that the held-out batches still showed leaking, taken by rules
that read their shape rather than their words."""

from __future__ import annotations

import pytest

from confvault.redact import detect


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[sp.start : sp.end], sp.category) for sp in detect(text)]


# A day and month with a slash, both 12 or less, with no cue before them: the held-out
# batches had 24 left as they were written.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Kitchen fire 10/3. The grafts are healing.", "10/3"),
        ("Her lease ends 6/5 and the agent won't renew.", "6/5"),
        ("In the ward from 2/4 to 8/4 after the overdose.", "2/4"),
        ("In the ward from 2/4 to 8/4 after the overdose.", "8/4"),
        ("Hearing pushed to 12/3 - she's sure it's deliberate.", "12/3"),
        ("Handover notes 11/6 (me + Priti): no contact.", "11/6"),
        ("Her dad's anniversary (5/9) is always hard.", "5/9"),
        ("Also said 4/4 for the tribunal.", "4/4"),
    ],
)
def test_a_bare_day_and_month_is_a_date(text: str, day: str) -> None:
    assert (day, "DATE") in _found(text)


# scores, shares, counts and steps keep their figures
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Mood 4/10, slept badly.", "4/10"),
        ("Scored herself 3/5 on the worry scale.", "3/5"),
        ("Took 1/2 a tablet last night.", "1/2"),
        ("About 2/3 of the group came.", "2/3"),
        ("Week 3/6 of the course.", "3/6"),
        ("Attended 5/6 (DNA 1/6), then discharged.", "1/6"),
        ("Attended 5/6 and DNA the last one.", "5/6"),
        ("Grades 7/9 in both subjects.", "7/9"),
        ("She needs care 24/7 now.", "24/7"),
        ("Antibiotics for 7/7.", "7/7"),
        ("The 9/11 families' group met.", "9/11"),
        ("Follow up 3/12.", "3/12"),
        ("Plan\n1/3: sleep\n2/3: meals\n3/3: a walk", "2/3"),
    ],
)
def test_a_score_share_count_or_step_stays(text: str, figures: str) -> None:
    start = text.index(figures)
    assert not any(sp.start < start + len(figures) and start < sp.end for sp in detect(text))
