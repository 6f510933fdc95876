"""Rules written while reading held-out batch J (tests/data/heldout9_review_cases.json),
each with the forms it must find and the near misses it must leave alone."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a quoted name after a partner, a cue to a person, "named … as"
        ("cl's new bf 'Deano' has just got out", "Deano"),
        ("cl named her abuser as 'Mark', surname unknown", "Mark"),
        ("Outreach: spoke to 'Candy' (working name)", "Candy"),
        # a first name and a surname, both also words, doing what people do
        ("Will Barker rang back re housing", "Barker"),
        # Welsh "ap" joins a name; a name with an apostrophe before its pronouns
        ("Spoke to Rhys ap Gwilym today, farmer", "Gwilym"),
        ("D'Arcy (they/them, 17) says step-dad won't use their name", "Arcy"),
        # an employer after "works on the tills at"; "Stores" ends a firm's name
        ("works on the tills at Dunnes Stores, can't get time off", "Dunnes"),
        # a day after "booked for the"
        ("solicitor appt booked for the 19th.", "19th"),
        # ages
        ("She will be 95 next birthday.", "95"),
        ("Resident is 103 per care home notes, still sharp.", "103"),
        # an e-mail typed with spaces
        ("cl typed email as rainbowkid2007 @ example . com, confirmed ok", "rainbowkid2007"),
        # a Malaysian identity card number after its name
        ("MyKad 900514-14-5567, lives in town", "5567"),
    ],
)
def test_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "spoke to 'Happy' people at the drop-in",
        "she works hard at school",
        "booked for the 3rd time",
        "client is 92 out of 100 on the scale",
        "patient is 95 kg",
        "he will be 90 mins late",
        "met @ home . it was ok",
        "Made a Victoria sponge for the group.",
        "Summer holidays are hard - no school meals.",
        "Appointment booked with Citizens Advice re council tax.",
    ],
)
def test_left_alone(text: str) -> None:
    assert _out(text) == text


def test_a_kept_phrase_before_a_surname_is_a_name() -> None:
    assert "Smith" not in _out("Summer Smith rang")


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "a1" * n + " @ x . com",
        lambda n: "works on the tills at " * n + "Dunnes",
        lambda n: "Will Barker " * n + "rang",
    ],
)
def test_the_new_patterns_grow_linearly(make: object) -> None:
    assert grows_linearly(make, detect, small=200, floor=2e-3)  # type: ignore[arg-type]


# A hostile review of the rules above (session 6) reported these; each is mended.
@pytest.mark.parametrize(
    "text, gone",
    [
        ("She showed her IC, 900514-14-5567.", "5567"),
        ("Copy of MyKad (900514-14-5567) on file.", "5567"),
        ("MyKad 900514\u201314\u20135567 seen.", "5567"),
        ("Her daughter Summer Holiday has been excluded from school.", "Holiday"),
        ("Spoke to Mr Earl Grey about the rent arrears.", "Grey"),
        ("Her landlord Earl Grey has not fixed the boiler.", "Grey"),
        ("Earl Grey rang back and said he would come.", "Grey"),
        ("Will Barker rang back. She is scared of Will Barker.", "Barker"),
        ("She'll be 95 in May and wants a party.", "95"),
        ("Her nan will turn 96 in May.", "96"),
        ("Her hearing was rescheduled to the 19th.", "19th"),
        ("She works in the caf\u00e9 at Dobbies.", "Dobbies"),
    ],
)
def test_review_leaks_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        'Client described the week as "Bleak" and cried.',
        'Client said his mood was "Grim" all week.',
        'Spoke to "Anger" (the part of her that protects her) using chair work.',
        'She named the feeling as "Grief".',
        'Her new bf "Babe" is older than her.',
        "Identifies as non-binary (they/them).",
        "Client is Two-Spirit (they/them).",
        "Her co-worker (she/her) bullies her.",
        "Client's (she/her) mum was present.",
        "Appt at 10.30 @ clinic. In the meantime she will keep a diary.",
        "Client was 100 quid short for the electric.",
        "Client is 120 over 80 blood pressure.",
        "She will be 95 percent sure by then.",
        "she's 90% sure she'll go",
        "She is booked for the 2nd dose of the vaccine.",
        "Client moved to the 4th step in her AA programme.",
        "Royal Mail called about a missing parcel.",
        "Department Stores overwhelm her (sensory issues).",
    ],
)
def test_review_damage_gone(text: str) -> None:
    assert _out(text) == text


def test_a_name_before_its_pronouns_keeps_working() -> None:
    assert "Ash" not in _out("Trans youth (Ash, they/them) at school")
    assert "Arcy" not in _out("D'Arcy (he/him) attended.")


def test_particles_look_back_a_few_characters_only() -> None:
    # a name after a long run with no space: the look-back stays within its window
    assert grows_linearly(lambda n: "Safeguarding Jo Smith. " * n, detect, 200, 2e-3)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("At ninety-six her nan still cooks for everyone.", "ninety-six"),
        ("At ninety, she's the oldest in the group.", "ninety"),
        ("Nanna just had her 95th.", "95th"),
        ("Her gran had her 99th birthday.", "99th"),
    ],
)
def test_more_ages(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "She had her 95th session today.",
        "At ninety percent her battery died.",
        "Client had his 92nd session.",
    ],
)
def test_more_ages_near_misses(text: str) -> None:
    assert _out(text) == text


def test_the_age_forms_grow_linearly() -> None:
    assert grows_linearly(lambda n: "at ninety her " * n + "nan", detect, 200, 2e-3)
    assert grows_linearly(lambda n: "nan had her " * n + "95th.", detect, 200, 2e-3)


@pytest.mark.parametrize(
    "text, gone",
    [
        # a name typed in lower case opening a note's line, before a dash or colon
        ("ioana popescu - attended drop-in, working 60hr wks. Referred on.", "popescu"),
        # a lower-case name found in a note with capitals takes its surname too
        ("john smith - seen today. Fine.", "smith"),
        ("Met john smith today. Fine.", "smith"),
    ],
)
def test_lower_case_full_names(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "follow up - seen today. Fine.",
        "low mood - Discussed sleep.",
        "risk assessment: none. Fine.",
        "bad week - Mood low.",
    ],
)
def test_lower_case_line_openings_that_name_no_one(text: str) -> None:
    assert _out(text) == text


def test_a_relative_stays_beside_a_lower_case_name() -> None:
    out = _out("Quick notes. his nan beryl picked him up.")
    assert "his nan [PERSON-1]" in out
