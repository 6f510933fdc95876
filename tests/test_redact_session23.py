"""Session 23: details that the held-out batches still showed leaking, taken by rules
that read their shape rather than their words."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact


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


# A name or a place in another script after an English cue (script_cued.py)
@pytest.mark.parametrize(
    ("text", "detail", "category"),
    [
        ("Rang from 하도리 this morning.", "하도리", "LOCATION"),
        ("Staying with her aunt in 新店 for now.", "新店", "LOCATION"),
        ("His boat works out of 高雄.", "高雄", "LOCATION"),
        ("Moved to Нижний Новгород in May.", "Нижний Новгород", "LOCATION"),
        ("Her son 翔太 (12) won't go to school.", "翔太", "NAME"),
        ("The daughter 미경 hasn't called.", "미경", "NAME"),
        ("A man named Олег came by.", "Олег", "NAME"),
        ("Her teacher 王老师 at 七星关区第三小学 noticed.", "七星关区第三小学", "LOCATION"),
    ],
)
def test_a_word_in_another_script_after_an_english_cue(
    text: str, detail: str, category: str
) -> None:
    assert (detail, category) in _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Applying for 急難救助 this week.", "急難救助"),  # a fund: no cue before it
        ("Bullied as 'アイヌ' at school.", "アイヌ"),  # in quotes
        ("Shared the 1925 安心專線 number.", "安心專線"),  # a helpline, after a number
    ],
)
def test_a_word_in_another_script_without_a_cue_stays(text: str, word: str) -> None:
    assert word in redact(text).text


def test_an_era_before_its_year_is_left_to_the_date_rules() -> None:
    # "民國" opens a date of the Minguo calendar; it is no place after "from"
    text = "She dates everything from 民國113年4月3日 now."
    out = redact(text).text
    assert "民國" in out and "113" not in out


# An age over 89 set off by commas after a person's word, and in Galician and Catalan
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Navy vet, 94, still goes to the club.", "94"),
        ("The widow, 91. Lives alone now.", "91"),
        ("Caller, 97, and her son both on the line.", "97"),
        ("A veciña ten 93 anos e vive soa.", "93 anos"),
        ("La senyora té 95 anys.", "95 anys"),
    ],
)
def test_an_age_over_89_said_of_a_person(text: str, age: str) -> None:
    assert (age, "AGE") in _found(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The member, 95 points ahead, won the quiz.", "95"),
        ("Our vet, 90 minutes late again.", "90"),
        ("Client, 45, and her son came.", "45"),
    ],
)
def test_a_figure_after_a_persons_word_that_is_no_age_over_89(text: str, figures: str) -> None:
    assert figures in redact(text).text
