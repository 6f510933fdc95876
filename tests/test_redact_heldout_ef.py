"""Rules written against the held-out batches E and F (2026-11-27): each with
near-misses that must stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("She refers to her stepdad as 'Gaz' - fine.", "Gaz", "NAME"),
        ("Friend 'Shaz' from the estate is the only one she trusts.", "Shaz", "NAME"),
        ("Staying at her cousin's in Parramatta, 2150, until it is sorted.", "Parramatta, 2150",
         "LOCATION"),
        ("ZIP for the new apartment is 97214, he's excited.", "97214", "LOCATION"),
        ("a nursing student at the University of the Western Cape, stressed",
         "University of the Western Cape", "ORG"),
        ("missed sessions on the 4th and 11th, phone cut off", "11th", "DATE"),
        ("Pt cares for her grandmother, who is 94 and wanders at night.", "94", "AGE"),
        ("Pt's mum Gloria, 93, had a fall at home.", "93", "AGE"),
        ("harassed on Snapchat by an account called kaylz.xo2, has screenshots", "kaylz.xo2",
         "URL"),
        ("her bf's snap (tyler.k07) posting about the fight", "tyler.k07", "URL"),
        ("Chloe's ex turned up at her work again.", "Chloe", "NAME"),
        ("Letters to 305-1120 rue Sherbrooke Est, Montreal", "305-1120 rue Sherbrooke Est",
         "LOCATION"),
        ("Tomás is in Gaelscoil na Mara and refusing to go in", "Gaelscoil na Mara", "NAME"),
    ],
)  # fmt: skip
def test_found(text: str, value: str, category: str) -> None:
    assert any(v.startswith(value) and c == category for v, c in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "her mum said 'No' again",  # a quoted word after a relative that is no name
        "she was in Leeds, 2019, for a while",  # a year after a place
        "pin 1234 for her bank card",
        "Naltrexone 50mg started last week, cravings reduced.",
        "Took Calpol and Lemsip, still felt awful",
        "a Bachelor of Arts at uni",
    ],
)
def test_kept(text: str) -> None:
    assert [c for _, c in found(text) if c in ("NAME", "AGE", "ORG", "URL")] == []
    assert "1234" not in [v for v, _ in found(text)] and "2019" not in [v for v, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("She attends St. Aidan's.", "St. Aidan"), ("Aidan was late today.", "Aidan"),
     ("Saw Dr khan today.", "khan"), ("Saw mrs o'brien today.", "o'brien"),
     ("Saw ms ng today.", "ng"), ("Saw prof yilmaz today.", "yilmaz"),
     ("Spoke to Mr. van Dijk.", "van Dijk"), ("Landlord MR VAN ROOYEN rang.", "VAN ROOYEN")],
)  # fmt: skip
def test_found_after_the_hostile_review(text: str, value: str) -> None:
    assert value in [v for v, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    ["has dr appt tomorrow.", "Seeing dr tmrw re meds.", "whatsapp said no", "lol said he"],
)
def test_shorthand_after_dr_or_before_said_stays(text: str) -> None:
    assert found(text) == []


def test_a_first_name_before_an_irregular_past_tense_is_a_person() -> None:
    for text in ["Jack broke his curfew.", "Laura wore long sleeves.", "Emma ate nothing."]:
        assert found(text)[:1] == [(text.split()[0], "NAME")]


@pytest.mark.parametrize(
    "make",
    [lambda n: "Mum lives in London" + " " * n + "since 2019.",
     lambda n: "shared an anecdote." + " " * n + "x",
     lambda n: "ab" + " " * n + "at gmail dot com"],
)  # fmt: skip
def test_long_blank_runs_cost_linear_time(make: Callable[[int], str]) -> None:
    assert grows_linearly(make, detect, small=2000)


@pytest.mark.parametrize(
    "text",
    ["Spends 6+ hrs a day on Fortnite, says it's the only place he is good.",
     "The EastEnders storyline about coercive control hit close to home.",
     "Pt bought new Nike trainers to start couch to 5k."],
)  # fmt: skip
def test_apps_games_and_tv_shows_name_no_one(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [("works at Fortnite's studio", "Fortnite"), ("stacks shelves at lidl, zero-hours", "lidl"),
     ("Started nights at Amazon, brutal", "Amazon")],
)  # fmt: skip
def test_a_workplace_stays_found(text: str, firm: str) -> None:
    assert firm in [v for v, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("jonah's step-dad (Gaz) kicked him out again", "jonah", "NAME"),
        ("Grew up in Andheri East, Mumbai", "Andheri East", "LOCATION"),
        ("Caller: Ruth from Kelowna BC, phone 250-555-0119", "Kelowna BC", "LOCATION"),
        ("Year 10 at St Aidan's Catholic High, mentee says", "St Aidan's Catholic High", "ORG"),
        ("plays u16s for Clontarf GAA, coach is supportive", "Clontarf GAA", "ORG"),
        ("Currently in HMP Wandsworth, release date tbc.", "HMP Wandsworth", "ORG"),
        ("probation officer is Ms Greene at Bristol CRC; appt", "Bristol CRC", "ORG"),
        ("gave Solace Women's Aid no.", "Solace Women's Aid", "ORG"),
        ("Client's son goes to Sunbeams Nursery and staff noticed", "Sunbeams Nursery", "ORG"),
        ("appt moved to 22.11 @ 2pm bc of her shift", "22.11", "DATE"),
        ("His grandfather, who's 98, raised him", "98", "AGE"),
        ("at 92 he's the oldest person in the group", "92", "AGE"),
        ("He gamed with someone called xXShadowReaperXx who asked", "xXShadowReaperXx", "URL"),
        ("Caller 'Jen' from Galway rang", "Jen", "NAME"),
        ("Mrs Okafor (BVN 22154839671) was defrauded", "22154839671", "ID"),
        ("Client Maximilian (Max) Berger works at Siemens", "Maximilian (Max) Berger", "NAME"),
        ("her solicitor at Harrow & Obi Solicitors says", "Harrow & Obi Solicitors", "ORG"),
        ("runs a shop at 45 Gandhi Nagar, Bengaluru 560009", "45 Gandhi Nagar", "LOCATION"),
    ],
)
def test_found_after_batch_g(text: str, value: str, category: str) -> None:
    assert any(v.startswith(value) and c == category for v, c in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    ["She moved to London ON her own", "The Academy rang. Our Nursery is fine.",
     "she called McDonald's to complain", "her cat is called fluffy", "has 2 colony of ants"],
)  # fmt: skip
def test_kept_after_batch_g(text: str) -> None:
    assert all(c not in ("ORG", "URL") for _, c in found(text))
    assert not any("ON" in v.split() for v, _ in found(text))


@pytest.mark.parametrize(
    "make",
    [lambda n: "Aa Bb Cc " * n + "Nursery", lambda n: "Tom (Bb) " * n + "Cc",
     lambda n: "in Leeds East BC " * n, lambda n: "at Leeds GAA's Catholic " * n,
     lambda n: "at 92" + " " * (8 * n) + "x", lambda n: "called him " * n + "kaz_99"],
)  # fmt: skip
def test_batch_g_rules_cost_linear_time(make: Callable[[int], str]) -> None:
    assert grows_linearly(make, detect)


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("They called him kaz_99.", "kaz_99", "URL"),
        ('An account named "kaz_99" messaged.', "kaz_99", "URL"),
        ("Caller: 'Jen' said she was ok", "Jen", "NAME"),
        ("Moved from HMP The Mount last week", "HMP The Mount", "ORG"),
        ("Caller: Ruth from Kelowna, BC. Wants info", "Kelowna, BC", "LOCATION"),
        ("Her nan who's 98 still cooks", "98", "AGE"),
        ("at St Monica's parish, Kisii", "St Monica's parish", "ORG"),
    ],
)
def test_found_after_the_second_review(text: str, value: str, category: str) -> None:
    assert (value, category) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        'Caller "I want to die" said twice.',  # quoted speech after a role is kept
        'Pt "Tired all the time".',
        "Resident 'Happy' today.",
        "Mood moved to 7/10.",
        "Sarah (Mum) Attended with him.",
        "Started Nursery today",
        "Contacted Women's Aid.",
        "Ordered Priya an Uber.",
        "She called mum.Then she left.",
        "Oxygen sats at 94 she was fine.",
        "diagnosed in Leeds MS. Trained in Leeds ACT.",
        "Sarah's church group helps.",
        "Priya's High school friends.",
    ],
)
def test_plain_words_kept_after_the_second_review(text: str) -> None:
    kept = {"I", "want", "die", "Tired", "time", "Happy", "7/10", "Mum", "Attended", "Started",
            "Nursery", "Contacted", "Women's", "Aid", "Uber", "mum.Then", "94", "MS", "ACT",
            "church", "group", "High"}  # fmt: skip
    out = redact(text).text
    lost = [w for w in text.replace('"', " ").replace("'", " ").split() if w.strip(".") in kept]
    assert [w for w in lost if w.strip(".") not in out] == [], out


def test_german_an_der_joins_a_place_but_english_an_does_not() -> None:
    assert ("M\u00fclheim an der Ruhr", "LOCATION") in found(
        "Family now in M\u00fclheim an der Ruhr."
    )
    assert [v for v, _ in found("Ordered Priya an Uber.")] == ["Priya"]
