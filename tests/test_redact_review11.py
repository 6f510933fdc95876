"""What the eleventh hostile review (session 8) found in the rules written against
batch N (premises.py and the others), mended: each leak it showed, and each plain
text the new rules damaged."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # premises typed in lower case or capitals, and near variants of the cues
        ("top floor of kestrel house, lift broken", "kestrel"),
        ("TOP FLOOR OF KESTREL HOUSE, LIFT BROKEN", "KESTREL"),
        ("He works up at higher coombe farm most mornings.", "coombe"),
        ("He works up at higher coombe farm most mornings.", "higher"),
        ("We met at the red lion after group", "lion"),
        ("She has a flat in Kestrel House now.", "Kestrel"),
        ("She's just moved in to Kestrel House.", "Kestrel"),
        ("He was rehoused at Kestrel House last month.", "Kestrel"),
        ("Kestrel House's lift is broken, she lives on the top floor of Kestrel House.", "Kes"),
        ("He lives in the Meadow Well estate.", "Meadow"),
        ("Mum is in Oak Tree care home.", "Oak Tree"),
        ("Rent is due at Marlpit Farm's office.", "Marlpit"),
        ("Met him outside The Fox and Hounds.", "Hounds"),
        ("He works for the Fox and Hounds.", "Hounds"),
        ("Drinks at the Nag's Head most nights.", "Nag"),
        ("He drinks at the Plough in the village.", "Plough"),
        # a place again, in another case
        ("top floor of Kestrel House. The lift at kestrel house is broken.", "kestrel"),
        ("top floor of Kestrel House. KESTREL HOUSE has no lift.", "KESTREL"),
        # ages over 89 beside the new forms
        ("Carer's mum is 99 now and 100 in the spring.", "100"),
        ("Carer's mum is 99 now, a hundred in the spring.", "hundred"),
        ("He's 89 now, 90 in the spring.", "90"),
        ("The oldest member of the shed is 94.", "94"),
        ("The lady in the front row, 96, said she'd come again.", "96"),
        # parts left of a handle and of dates
        ("someone called j.mcg99 keeps messaging him", "mcg99"),
        ("a boy called Jayjay.Mcg99 again", "Mcg99"),
        ("called jayjay.mcg9 too", "mcg9"),
        ("Her birthday's 30.05.", "30.05"),
        ("The funeral's the 15th.", "15th"),
        # (the count guard is "he's had", not any pronoun after the day)
        ("Since the 14th she hasn't left the house at all", "14th"),
    ],
)
def test_review11_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # a website is no site of homes; a pitch or plot needs one
        "He found the number on the Samaritans site.",
        "He applied on the Universal Credit site. Universal Credit pays monthly.",
        "We looked at the Shelter site together.",
        "His match is on pitch 4, the times are on the club website.",
        "She rated the sales pitch 8 out of 10 after reading the website.",
        # decimals with their unit after the new date cues
        "Her dad died 3.5 years ago this month.",
        "Her son was born 4.5 weeks early.",
        "Her due date was 2.5 weeks ago.",
        "His funeral was 2.5 hours long.",
        # counts after an event word
        "His trial is the 2nd of three this year.",
        "His operation was the 4th he's had on that knee.",
        # number lists and prices set off by commas
        "Mum's sats were ninety, ninety one, ninety two overnight.",
        "The man on the phone said it would cost, ninety five, maybe more.",
        # titles, kinds of farm, and estates in law
        "She's reading Cold Comfort Farm for book club.",
        "Took the kids to the Christmas Tree Farm.",
        "She has a share of the Family Estate after probate.",
        # file names after "called"
        "he sent me a file called notes.v12 today",
        "a folder called budget.may24",
        # numbers that are no ages
        "The oldest TV in the flat went at 95 quid.",
        "The score was 98 now, 99 by the end.",
        "in the old house; at Crown Court; in Bleak House; at Companies House.",
    ],
)
def test_review11_plain_text_stays(text: str) -> None:
    assert _out(text) == text


def test_the_word_opening_a_sentence_is_not_the_care_homes() -> None:
    assert _out("Phoned Oakview Care Home about his meds.") == "Phoned [ORG] about his meds."
    assert _out("Visited Mum's Nursing Home today.").startswith("Visited Mum's")


def test_croft_after_a_title_or_a_first_name_is_a_person() -> None:
    spans = detect("She saw Dr Croft on Tuesday. Her key worker Jo Croft came.")
    assert [sp.category for sp in spans if sp.category != "DATE"] == ["NAME", "NAME"]


def _street(i: int) -> str:
    letters = "".join("bcdfghklmnprstvw"[int(d, 16)] for d in f"{i:04x}")
    return letters.capitalize() + "ton Lane"


def test_places_again_stays_linear_with_many_places() -> None:
    """Thousands of different streets, each named twice: read once, not once each."""
    assert grows_linearly(
        lambda n: "".join(f"Lives at {_street(i)}. " for i in range(n // 8)) * 2, detect
    )
