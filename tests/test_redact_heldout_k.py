"""Rules written against held-out batch K (session 7), each with the near-misses
that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a name found once, typed again in lower case before a verb
        ("Bill's brother died in march and bill hasnt talked about it.", "bill"),
        ("Joy and her twin brother came, joy did most of the talking", "joy"),
        # a surname that is also a condition's name, after a first name
        ("Mary Parkinson's son rang.", "Parkinson"),
        ("Mr Parkinson's dog died.", "Parkinson"),
        # ages over 89 in words, and after a name ending a line
        ("cl's mum (ninety-one) is moving in with them", "ninety"),
        ("shes ninety nine in may and wants her affairs sorted", "ninety"),
        ("Grandma: Edith, 95\nCare home: in town", "95"),
        # an ordinal day after "til", "from"
        ("staying at her sister's til the 20th - its her place", "20th"),
        # a quoted nickname in brackets after a name
        ("Oluwaseun ('Seun') said the night shifts r killing him", "Seun"),
        # initials opening a line before a verb
        ("JT turned up late again, smelt of weed.", "JT"),
        ("KM didnt show", "KM"),
    ],
)
def test_batch_k_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditions named after a person, and their charities
        "cl dx with Asperger's as a kid, says eye contact is exhausting",
        "pt mentioned Parkinson's runs in the family",
        "discussed the Alzheimer's diagnosis of cl's husband",
        "Crohn's flare-up, missed two sessions.",
        "She has Bell's palsy since the spring.",
        "Parkinson's UK leaflet given.",
        "Tourette's tics worse when anxious.",
        # services, shows and sports that name no one
        "Kids Helpline number given to yp",
        "pt watches Love Island to switch off",
        "misses the Gaelic football a lot",
        # not ages, dates or nicknames
        "she has ninety minutes before her bus",
        "Scored for Arsenal, 90\nthen went home",
        "Room 12, 95\nnext",
        "from the 3rd floor window",
        "from the 1st lockdown she stopped going out",  # "from the" numbers things
        "til the 2nd appt",
        "Mood log\n3/10 - after argument\n6/10 - after walk\n7/10 - bedtime",
        "Course plan\n1/6 - intake\n2/6 - formulation\n3/6 - exposure",
        "til the 2nd session",
        "CV updated with her.",
        "BSL interpreter booked",
        "NHS referred her",
        # a lower-case word after a determiner is the thing, not the person
        "Bill rang. The bill was paid.",
    ],
)
def test_batch_k_plain_words_stay(text: str) -> None:
    out = _out(text)
    if text.startswith("Bill rang"):
        assert out.endswith("The bill was paid.") and "Bill" not in out
    else:
        assert out == text


def test_a_relative_in_quotes_after_a_name_stays() -> None:
    out = _out("Sarah ('Mum') rang")
    assert "Sarah" not in out and "('Mum')" in out


@pytest.mark.parametrize(
    "text",
    [
        # clinical shorthand and ordinary words joined by a hyphen, typed in lower case
        "cl reports sleep improving. cont w/ wind-down routine",
        "hx of dsh, etoh daily, f/u tmrw",
    ],
)
def test_shorthand_in_lower_case_stays(text: str) -> None:
    assert _out(text) == text


def test_a_hyphenated_name_in_lower_case_still_goes() -> None:
    assert "jones" not in _out("saw smith-jones today")
    assert "mary" not in _out("met mary-jane at group")


@pytest.mark.parametrize(
    "text, gone",
    [
        # a father's name after "binti", "bin", "a/l"
        ("Nurul Aisyah binti Kamal - first session", "Kamal"),
        ("Name: Siti Hajar binti Osman\nIC: on file", "Osman"),
        ("Raj a/l Muthu attended", "Muthu"),
        # a first name and a surname's initial
        ("Chloe B. (yp) - insta on file", "Chloe"),
        ("Sam K. rang, upset", "Sam"),
        # a word joined by "_" before its platform
        ("Fatima Zahra (fz_art on insta) says", "fz_art"),
        # a lower-case first name and who the person is
        ("pt asked if rose could sit in. rose is her partner of 6 yrs", "rose"),
        ("sam was his best friend at school", "sam"),
        # a log of dated lines
        ("Session log\n14.02 - intake\n28.02 - session 2\n13.03 - session 3", "28.02"),
        ("Log\n 3/4: seen\n 10/4: DNA", "10/4"),
    ],
)
def test_batch_k_names_and_logs_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Put it in the bin Tuesday night",
        "Plan B. was agreed with her",
        "Hep B. jab booked",
        "street_name on x axis",
        "the rose is her favourite flower",
        "mum is her carer now",
        "Day plan\n09.30 - check-in\n10.15 - group\n11.00 - lunch",  # times
        "1.2 - intro\n1.3 - method",  # section numbers
    ],
)
def test_batch_k_near_misses_stay(text: str) -> None:
    out = _out(text)
    assert out == text or ("Tuesday" in text and out.startswith("Put it in the bin "))


@pytest.mark.parametrize(
    "fragment",
    [
        "14.02 - x\n",
        "rose is her partner ",
        "Chloe B. ",
        "Siti binti Osman binti ",
        "a_b on insta ",
        "Oluwaseun ('Seun') ",
        "shes ninety nine, ",
        "Bill rang and bill hasnt ",
    ],
)
def test_batch_k_rules_are_linear(fragment: str) -> None:
    assert grows_linearly(lambda n: fragment * n, detect)


@pytest.mark.parametrize(
    "text, gone",
    [
        # places: a postcode district after a town, a city written short, a district
        # after "grew up in the", a month's name on a place, a service's local branch
        ("cl will be at her mums in Portobello, Edinburgh EH15 over xmas", "EH15"),
        ("pt grew up in Petaling Jaya, moved to KL for work last yr", "KL"),
        ("She grew up in the Gorbals and still visits.", "Gorbals"),
        ("Moved to August Town last year.", "Town"),
        ("Referred to Citizens Advice Pendle for debt help.", "Pendle"),
        ("Age UK Wirral visit booked", "Wirral"),
    ],
)
def test_batch_k_places_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "lives in the City now",
        "moved to the Coast last year",
        "dressed in Black for the funeral",
        "Gave her the Citizens Advice number.",
        "Citizens Advice said no.",
        "Citizens Advice Bureau said they can help.",
        "Age UK said no.",
    ],
)
def test_batch_k_place_near_misses_stay(text: str) -> None:
    assert _out(text) == text


def test_initials_of_a_city_are_a_person_without_a_place_cue() -> None:
    out = _out("KL said hi")
    assert "KL" not in out and "[PERSON-1]" in out


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Refugee client housed at the Stag Hotel, Croydon", "Stag"),
        ("drinks at the Red Lion Inn most nights", "Lion"),
        ("went to the Kings Arms after group", "Kings"),
    ],
)
def test_a_named_hotel_pub_or_hostel_goes(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_a_hotel_with_no_name_stays() -> None:
    assert _out("the Hotel was full so she slept in the car") == (
        "the Hotel was full so she slept in the car"
    )


@pytest.mark.parametrize(
    "text, gone",
    [
        # given names the lists lacked (session 7, batch L)
        ("Selam is worried her asylum interview will ask about things.", "Selam"),
        ("Pieter van der Merwe attended the breakfast.", "Pieter"),
        ("Jarrah Tjungurrayi asked whether his aunty could sit in.", "Jarrah"),
        ("Ama (the Ghanaian mum from group) said her baby is due.", "Ama"),
    ],
)
def test_more_given_names_go(text: str, gone: str) -> None:
    assert gone not in _out(text)


def test_a_blessing_is_a_word() -> None:
    # "Blessing" is also a given name, but notes use the word far more often
    assert _out("a blessing in disguise") == "a blessing in disguise"
    assert _out("Blessing ceremony on the weekend") == "Blessing ceremony on the weekend"
