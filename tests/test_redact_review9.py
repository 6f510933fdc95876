"""A hostile review of the rules written against batch L (session 7) tried to
break them; each finding that was mended is a case here."""

from __future__ import annotations

import pytest

from confvault.redact import redact


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a named hotel or pub whose first word is also a denomination's
        ("housed at the Old Ship Hotel by the pier.", "Ship"),
        ("drinks at the New Inn most nights.", "New Inn"),
        ("drinks at the Church Inn on Sundays.", "Church Inn"),
        # a festival's word that is a surname, after a title or a given name
        ("Mr Ramadan rang the office.", "Ramadan"),
        ("Her teacher Mrs Easter called.", "Easter"),
        # a holiday with its year is a date, kept phrase or not
        ("moved out on Christmas Day 2023 after the fight", "2023"),
        # "and is 91" after someone and how they live
        ("Her nan lives alone and is 91.", "91"),
        ("She lives alone and is 91, and is deaf.", "91"),
        # near variants
        ("Patient was transferred to Ward 7b at the hospital.", "7b"),
        ("Patient was transferred to Ward B7.", "B7"),
        ("Fatima bint al-Hassan came today.", "Hassan"),
        ("Username on the forum is quietstorm_Bristol; she is worried", "quietstorm"),
        ("Username on the forum is quiet_storm_bristol; she is worried", "storm"),
    ],
)
def test_review9_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "He weighed 120kg at intake and is now 104.",
        "She says the gas bill went up and is 120.",
        "They moved her from the 1st to the 4th floor.",
        "Her son went from the 2nd to the 3rd set in maths.",
        # (after "saw" a name in quotes is taken as a person since session 9: "saw
        # 'Gaz' at the hostel"; after "watched" it is a title)
        "watched 'Barbie' with her daughter.",
        "watched 'Oppenheimer' again.",
        "Blessing ceremony for the baby went well.",
        "God's Blessing was all she wanted.",
        "Her ARC, G101, is where group meets.",
        "working the 12 Steps with his sponsor.",
        "Easter weekend was tough.",
        "goes to the Methodist Chapel",
    ],
)
def test_review9_damage_is_gone(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person whose surname is a street's word stays one person
        (
            "Sarah Lane rang the office; Ms Lane wants a call back.",
            "[PERSON-1] rang the office; Ms [PERSON-1] wants a call back.",
        ),
        ("Saw Mr Ward 2 weeks ago.", "Saw Mr [PERSON-1] 2 weeks ago."),
        (
            "Sent the letter to Sarah CC her manager.",
            "Sent the letter to [PERSON-1] CC her manager.",
        ),
        ("off work from the 3rd to the 10th", "off work from the [DATE] to the [DATE]"),
    ],
)
def test_review9_exact_outputs(text: str, expected: str) -> None:
    assert _out(text) == expected
