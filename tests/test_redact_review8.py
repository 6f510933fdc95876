"""A hostile review of session 7's rules (initials, dates without a year, kept
phrases, lower-case repeats, ages in words, helplines, places) tried to break them;
each finding that was mended is a case here."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a date after a note cue is a date whatever word follows
        ("on 14/06 call with mum she cried", "14/06"),
        ("since 12/04 session she has been better", "12/04"),
        ("cancelled 17/06 appointment with GP", "17/06"),
        # a surname that is also a condition's name, before a relative
        ("Parkinson's mum rang to cancel.", "Parkinson"),
        ("Spoke to Huntington's wife, she is struggling.", "Huntington"),
        # an ID whose figures match a helpline's, after its label
        ("Case ref: 131114", "131114"),
        ("Student no. 741741 on file", "741741"),
        # names that note shorthand had shielded
        ("her friend fu came to group", "fu"),
        ("her bf is called mos", "mos"),
        # initials found once go everywhere in the note
        ("JT said she was fine. Plan: follow up with JT next week.", "JT"),
        ("Her friend KM came. Plan: check in with KM.", "KM"),
        # near variants of the rules
        ("AJ - seen today, low mood", "AJ"),
        ("AJ: low mood, says school is hard", "AJ"),
        ("Chloe B said hi", "Chloe"),
        ("Chloe B.\nsaid she was fine", "Chloe"),
        ("- 14.02 - intake\n- 28.02 - session 2", "28.02"),
        ("14.02 \u2014 intake\n28.02 \u2014 session 2", "28.02"),
        ("granny's ninety-two and lives alone", "ninety"),
        ("Grandma: Edith, 95.", "95"),
        ("her partner is rose", "rose"),
        ("her mum is grace and she helps", "grace"),
        ("fz_art on tinder", "fz_art"),
        ("Log\n 3/4: seen\n 10/4: DNA", "10/4"),  # dates in one month are no steps
    ],
)
def test_review8_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # care-work abbreviations, diagnoses and emphasis in capitals
        "MDT agreed to discharge her.",
        "DSL said it was a safeguarding concern.",
        "her RMN rang",
        "SH increased after the breakup.",
        "SI was present but no plan.",
        "PRN was given twice.",
        "PHQ was 18 today, GAD 14.",
        "HE said he would find her.",
        "MUM said no again.",
        "NO was her answer.",
        "pt PND, on sertraline",
        "yp CLA since age 6",
        "cl LD and autism",
        "pt SI, no plan or intent",
        "pt OD last night, 16 tabs",
        "saw ENT about her ears",
        "IPT (her choice) starts next week.",
        "OD (she took 20 paracetamol) last night.",
        "referred to CPT for her PTSD",
        "still in PJ bottoms at 2pm",
        "U.S. said no to her visa.",
        "NY was cold, she said.",
        "SH: superficial cuts",
        "Plan B said nothing new",
        # scores, counts and numbered lists
        "Distress 07/10 at start, 04/10 at end.",
        "Attended 4/6 sessions (DNA 2/6), discharged.",
        "cancelled 2/3 of her sessions this term",
        "seen 3/7 ago by GP",
        "Mood log\n3/10 - after argument\n6/10 - after walk\n7/10 - bedtime",
        "Goals\n1/3: sleep\n2/3: eat regularly\n3/3: get out daily",
        "from the 1st lockdown she stopped going out",
        "from the 2nd pregnancy on she had PND",
        # "grew up in the …" and a service's own programmes
        "grew up in the Sixties",
        "grew up in the Mormon church",
        "staying at the Refuge for now",
        "Citizens Advice Witness Service supported her at court",
        "Citizens Advice Help to Claim helped with UC",
        "Referred to Age UK Befriending",
        # a relative's possessive, numbers that are no age, annual leave
        "faith was her dad's whole life",
        "Sister's exam marks: 78, 95\nnext",
        "waited on hold (ninety) minutes",
        "her son is sunny today",
        # conditions named after a person
        "her Raynaud's is bad in winter",
        "dx Rett syndrome as a toddler",
        "Wilson's disease runs in the family",
        "dad has Lewy body dementia",
        # published helplines
        "ring Shelter 0808 800 4444 for housing advice",
        "call 800-273-8255 if it gets bad",
    ],
)
def test_review8_damage_is_gone(text: str) -> None:
    assert _out(text) == text


def test_annual_leave_is_not_a_fathers_name() -> None:
    out = _out("Priya a/l Monday, Tom covering")
    assert "a/l" in out and "Priya" not in out


def test_a_month_before_court_stays_a_date() -> None:
    assert _out("June Court hearing is next week.") == "[DATE] Court hearing is next week."


@pytest.mark.parametrize(
    "fragment",
    [
        "Tom said Asperger's is hard. ",
        "Sarah has Crohn's disease. ",
        "Amy rang. Citizens Advice said no. ",
    ],
)
def test_kept_phrases_with_names_are_linear(fragment: str) -> None:
    assert grows_linearly(lambda n: fragment * n, detect)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Joy rang. Talked about how she feels no joy and no hope.", "no joy and no hope"),
        ("Drew came to group. She drew and painted for an hour.", "She drew and painted"),
        ("Bill rang. Gas bill was paid by her mum.", "Gas bill was paid"),
        ("Rose rang. Her rent rose and she is in arrears.", "rent rose and"),
        ("Mark said he was fine. Self-harm mark has healed.", "Self-harm mark has"),
        ("Dawn rang. She wakes at dawn and cant sleep.", "at dawn and"),
    ],
)
def test_a_names_word_in_lower_case_stays_a_word(text: str, kept: str) -> None:
    out = _out(text)
    assert kept in out and out.startswith("[PERSON-1]")
