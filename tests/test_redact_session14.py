"""Rules and fixes of session 14, each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.category) for s in detect(text)]


# --- the opening words of a registered name ---------------------------------------------

KAYDEN = KnownClient("C1", ("Kayden Frost",), ("Leanne Frost", "Hollins Park School"))


@pytest.mark.parametrize(
    "text",
    [
        "Leanne says hollins park are sending work home.",
        "Leanne says Hollins  Park are sending work home.",
        "Leanne says HOLLINS PARK rang.",
    ],
)
def test_a_registered_name_without_its_generic_tail_goes_whole(text: str) -> None:
    out = redact(text, [KAYDEN]).text
    assert "[ORG]" in out
    assert "park" not in out.lower() and "hollins" not in out.lower(), out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("We walked in the park after school.", "park after school"),
        ("The park school run was late.", "park school run"),  # not the term's opening
    ],
)
def test_the_generic_words_alone_stay(text: str, kept: str) -> None:
    assert kept in redact(text, [KAYDEN]).text


# --- a handle after its cue, with or without quotes --------------------------------------


@pytest.mark.parametrize(
    "text, handle",
    [
        ("user 'vxnxmoth' keeps posting in #venting.", "vxnxmoth"),
        ("Second mod (handle kettlecorn, real name Ines) is on.", "kettlecorn"),
        ("Her handle is glitterpuff now.", "glitterpuff"),
        ("His gamertag: xXSlayerXx", "xXSlayerXx"),
        ("messenger handle bongz.z", "bongz.z"),
    ],
)
def test_a_handle_after_its_cue_goes(text: str, handle: str) -> None:
    assert (handle, "URL") in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("She could not handle kettlecorn at the fair.", "kettlecorn"),  # the verb
        ("He can handle it. Handle things calmly.", "handle it"),
        ("Her handle is funny, she says.", "funny"),  # a word
        ("Account 'help' used for the form.", "'help'"),
    ],
)
def test_the_verb_or_a_word_after_the_cue_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- whose relative: "Manju's brother" ---------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Manju's brother in the camp can be reached on Fridays.", "Manju"),
        ("She said Oluwaseun's sister is back.", "Oluwaseun"),
        ("Grace's mum rang the line.", "Grace"),
        ("Mum-in-law Priya staying with them.", "Priya"),
        ("His sister-in-law Anjali came too.", "Anjali"),
    ],
)
def test_a_relatives_owner_or_in_law_is_a_person(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.text and out.counts["NAME"] >= 1, out.text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Farmer's wife rang the line.", "Farmer's wife"),
        ("Skipper's wife is worried.", "Skipper's wife"),
        ("The Bishop's wife opened the fete.", "Bishop's wife"),
        ("Vicar's wife runs the group.", "Vicar's wife"),
        ("The client's brother rang.", "client's brother"),
        ("Everyone's mum was there.", "Everyone's mum"),
        ("Nike's kids shoes are dear.", "Nike's kids"),
        ("Referred to Maternity Action's dads info.", "Action's dads"),
    ],
)
def test_a_role_or_word_before_a_relative_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a name part again, before more of what a person does --------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Teen Aisha Begum, 14. Begum family want to keep it quiet.", "Begum"),
        ("Jo Kettleworth came. Kettleworth explained the kitchen.", "Kettleworth"),
    ],
)
def test_a_name_part_again_before_a_persons_verb_goes(text: str, word: str) -> None:
    out = redact(text).text
    assert word not in out, out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Hope you are well. Hope things go well.", "Hope things"),
        ("The crane let the load down.", "crane let"),  # no name in the note
        # a frequent word keeps its reading with the newer verbs (review 28): given back
        ("Hope Adeyemi came. Hope laughs that it is fine.", "Hope laughs"),
        ("Owen Court attended. Court decided to adjourn.", "Court decided"),
    ],
)
def test_the_word_without_the_name_in_the_note_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a nickname in quotes after a comma ---------------------------------------------------


def test_a_quoted_name_after_a_comma_is_the_persons_nickname() -> None:
    text = "Deafblind lady Gwen Pritchard, \u2018Gwennie\u2019. Lovely visit."
    assert ("Gwennie", "NAME") in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Sam Lee, 'Fine', he said when asked.", "'Fine'"),
        ("Priya Shah, 'Mum', rang.", "'Mum'"),
        ("Sam Lee, 'Sorry'. Then he left.", "'Sorry'"),
    ],
)
def test_a_quoted_word_after_a_comma_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- ages over 89: after a nickname in brackets, after a date of death --------------------


@pytest.mark.parametrize(
    "text, age",
    [
        ("Mr Kenneth Abbott (Ken), 90, lives alone.", "90"),
        ("Mrs Willie Mae Jenkins, who passed 9/14 at 93.", "93"),
        ("Her dad died on 3.2. aged 96.", "96"),
    ],
)
def test_an_age_over_89_goes(text: str, age: str) -> None:
    assert (age, "AGE") in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Arsenal (Home), 90, minutes played.", "90"),
        ("Score (Final), 95, total.", "95"),
        ("He passed the test at 92% last week.", "92%"),
    ],
)
def test_a_number_that_is_no_age_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- dates of other languages' notes ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        ("Relocated after the fire on 17 martie.", "17 martie"),
        ("Ousmane back 14 février after the crossing.", "14 février"),
        ("Urodziny 3 października, she said.", "3 października"),
        ("Eviction set for 30. 4. at the block.", "30. 4."),
        ("Detained by police 5. 11. at the mall.", "5. 11."),
        ("Failed the exam on 14.03. Blames his phone.", "14.03"),
    ],
)
def test_a_foreign_or_dotted_date_goes(text: str, date: str) -> None:
    out = redact(text)
    assert out.counts.get("DATE") == 1
    assert date.rstrip(".") not in out.text, out.text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Steps: 1. 2. 3. then stop.", "1. 2. 3."),
        ("Section 3. 4. Results follow.", "3. 4."),
        ("Now on 7.5. Sleeping better.", "7.5."),
        ("She is on 2.05 mg at night.", "2.05 mg"),
        ("Two 2 mayo packs.", "mayo"),
    ],
)
def test_numbers_and_words_like_dates_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a long number after a scheme's label in capitals ------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Andre's NYSID 12345678K on the visit form.", "12345678K"),
        ("CNP 1790512124567 on the form.", "1790512124567"),
        ("Police case CAS 221/08/2024 opened.", "221/08/2024"),
        ("Pt Hamish, CHI 1203851234, ward 4.", "1203851234"),
        ("Prisoner MIN 20447731, Long Bay.", "20447731"),
    ],
)
def test_a_long_number_after_a_schemes_label_is_an_id(text: str, value: str) -> None:
    assert (value, "ID") in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The ICU 123456 bed count.", "123456"),  # a ward
        ("I GOT 1000000 likes on it.", "1000000"),  # a word in capitals
        ("Paid USD 250000 for the house.", "250000"),  # a currency
        ("Room 1234 was booked.", "1234"),  # short
    ],
)
def test_a_number_after_a_ward_word_or_currency_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a place's whole name after a small word; where someone went from a place ---------------


@pytest.mark.parametrize(
    "text",
    [
        "He lives in Newcastle upon Tyne now.",
        "She moved to Frankfurt am Main last year.",
        "Family moved from Ústí nad Labem to Brno.",
        "They went to Burton upon Trent on Monday.",
    ],
)
def test_a_place_joined_by_a_small_word_goes_whole_as_a_place(text: str) -> None:
    out = redact(text)
    assert "PERSON" not in out.text, out.text
    for word in ("Tyne", "Main", "Labem", "Trent"):
        assert word not in out.text


def test_where_someone_went_from_a_place_is_a_place() -> None:
    out = redact("He's moved from Govan to Partick to be nearer his sister.").text
    assert "Partick" not in out and out.count("[PLACE]") == 2, out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("She drove from Leeds to Work and back.", "Work"),
        ("Appt moved from Monday to Wed 18/9.", "to [DATE]."),  # a date, no place
        ("He lives in Leeds on Monday evenings.", "on"),
    ],
)
def test_a_word_or_day_after_from_a_place_to_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- Latin American streets and districts with a number or a name ---------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Mamá sells arepas on Carrera 50 near the metro.", "50"),
        ("Displaced from Barrio Moravia last year.", "Moravia"),
        ("They live in Comuna 13 now.", "13"),
        ("Colonia El Limón, zona 18 \u2013 kids stay in.", "18"),
    ],
)
def test_a_street_or_district_by_its_kind_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


def test_the_kind_alone_stays() -> None:
    assert "Barrio life" in redact("Barrio life is hard, she said.").text


def test_a_registered_name_with_a_typo_that_reads_as_an_ending_is_found_before_a_verb() -> None:
    summer = KnownClient("C1", ("Summer Lloyd",), ("Ellis", "Aberdare"))
    out = redact("Summer's first time. Sumer says Mum's still in Aberdare.", [summer]).text
    assert "Sumer" not in out, out
    assert "Calmer today" in redact("Summer came. Calmer today.", [summer]).text


# --- whose relative, by name; a name found, owning something ---------------------------------


def test_a_child_named_after_mum_of_is_a_person_everywhere() -> None:
    text = "Thaís (mum of Enzo, 4) says Enzo's nursery keyworker thinks he has autism."
    out = redact(text).text
    assert "Enzo" not in out, out


def test_a_word_name_found_then_owning_a_relative_goes() -> None:
    text = "River (they/them) came out to grandad Stan. River's mum Tracey brought cupcakes."
    assert "River" not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Mother of God, she said.", "God"),
        ("Necessity is the mother of Invention.", "Invention"),
        ("He is the father of Science fairs here.", "Science"),
    ],
)
def test_a_word_after_mother_of_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- days, ages, addresses' names and record numbers of the AD batch ------------------------


@pytest.mark.parametrize(
    "text, date",
    [
        ("GP referral to the gender service sent 06/10.", "06/10"),
        ("EDD was 01/12 but she was induced early.", "01/12"),
        ("Previous admission 28/09\u201303/10 for a chest infection.", "03/10"),
    ],
)
def test_a_day_and_month_after_what_happened_on_it_goes(text: str, date: str) -> None:
    assert date not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Pain 4/10 today, was 7/10.", "4/10"),
        ("Letter 1/2 done, the other next week.", "1/2"),
        ("Review 3/4 of the forms by Friday.", "3/4"),
        ("Seen 2/3 times this month.", "2/3"),
        # without a written zero, a count or a grade as much as a day (review 28)
        ("Sessions received: 5/6.", "5/6"),
        ("Grades received 7/9 in maths.", "7/9"),
        ("Panic attacks before presentations. Review 4/12.", "4/12"),
    ],
)
def test_a_score_or_fraction_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text, gone, category",
    [
        ("At 93 he still drives himself to the club.", "93", "AGE"),
        ("Not the jmorrow@ one at the office, please.", "jmorrow@", "EMAIL"),
        ("His patient ID at the trust is different: 44190562K.", "44190562K", "ID"),
    ],
)
def test_an_age_an_address_name_or_a_record_number_goes(
    text: str, gone: str, category: str
) -> None:
    assert (gone, category) in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Bus stop at 93 Main St was moved.", "[ADDRESS]"),  # an address, not an age
        ("She scored at 95 percent.", "95"),
        ("Meet @ 5pm by the gate.", "@ 5pm"),
    ],
)
def test_an_address_a_score_or_an_at_sign_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a surname that is a word, met again inside a sentence ----------------------------------


def test_a_word_surname_met_again_inside_a_sentence_is_the_person() -> None:
    text = "Bruce Kettle, 63, wheat & sheep, \u2018Kettle Downs\u2019 off the highway."
    assert "Kettle" not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Jo Young came in. She goes to Young Carers on Fridays.", "Young Carers"),
        ("Amy Small rang. Kettle boiled dry, she said.", "Kettle boiled"),  # not her name
    ],
)
def test_a_word_surname_elsewhere_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text, date",
    [
        ("Meeting at the NAV office tirsdag 18. nov kl 10.", "18. nov"),
        ("Payday is the 28th, so that's the danger week.", "28th"),
        ("Her release is the 14th.", "14th"),
    ],
)
def test_a_nordic_day_or_an_events_ordinal_goes(text: str, date: str) -> None:
    assert date not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [("She was the 3rd in the queue.", "3rd"), ("He came 2nd in the race.", "2nd")],
)
def test_a_ranking_ordinal_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- a district the lists hold only as a film subtitle's word, after "in" or "from" ---------


@pytest.mark.parametrize(
    "text, place",
    [
        ("One works at the shop in Lewisham and keeps getting written up.", "Lewisham"),
        ("The close at 212 Dumbarton Rd in Partick is getting cleared.", "Partick"),
    ],
)
def test_a_rare_district_after_in_is_a_place(text: str, place: str) -> None:
    assert (place, "LOCATION") in found(text)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("She is in Counselling on Tuesdays.", "Counselling"),
        ("He was in Bereavement support.", "Bereavement"),
        ("Baby in Midwife care overnight.", "Midwife"),
        ("In Lewisham news today.", "In"),  # (opening a sentence: the rule is not asked)
    ],
)
def test_a_rare_word_after_in_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- cost: each new rule's cue before long runs -----------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "handle" + " " * (40 * n) + "x",  # quadratic in a first draft (review 27)
        lambda n: "NYSID" + " " * (40 * n) + "x 1234567",
        lambda n: "Manju's brother rang. " * n,
        lambda n: "from Leeds to Partick " * n,
        lambda n: "mum of Enzo, " * n,
        lambda n: "set for 30. 4. " * n,
        lambda n: "Sam Lee, 'Gwennie', " * n,
        lambda n: "Newcastle upon Tyne " * n,
    ],
)
def test_the_new_rules_cost_linear_time(make: object) -> None:
    from tests.linear_time import grows_linearly

    assert grows_linearly(make, detect, small=300)  # type: ignore[arg-type]


# --- review 27: what the first drafts of this session's rules broke --------------------------


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Described her marriage to Kevin, 'Suffocating'.", "'Suffocating'"),
        ("Talked about Dad, 'Controlling', she said.", "'Controlling'"),
        ("Session ran from 10.05 until 10.55.", "10.05"),
        ("Dose went from 1.05 to 2.05 this week.", "1.05"),
        ("Goals for 1. 2. both done.", "1. 2."),
        ("Mood review 4/10 today.", "4/10"),
        ("Started 1/2 tablet of sertraline.", "1/2"),
        ("Sent 3/5 forms back.", "3/5"),
        ("Resting heart rate at 110 she said.", "110"),
        ("He was driving at 90 he said.", "90"),
        ("She passed 2 at 95% in the test.", "95%"),
        ("He doesn't handle CAMHS appointments well.", "CAMHS"),
        ("Couldnt handle GCSEs this year.", "GCSEs"),
        ("Her username isnt working.", "isnt"),
        ("User 'Admin' posted the rules.", "'Admin'"),
        ("She went from Liverpool to Respite for a week.", "Respite"),
        ("Switched from Leeds to Online sessions.", "Online"),
        ("Owes PKR 500000 to the lender.", "500000"),
        ("AY 2023-2024 fees are due.", "2023-2024"),
        ("Under GDPR 2016/679 rules.", "2016/679"),
        ("Scored 1000000K in the game.", "1000000K"),
        ("Tell me@ lunch about it.", "me@"),
        ("Granma's sister is unwell.", "Granma's"),
        ("Midwife's son came too.", "Midwife's"),
        ("Father-in-law Dementia is worse.", "Dementia"),
        ("Sister-in-law Visits every week.", "Visits"),
        ("His brother of Groom role at the wedding.", "Groom"),
        ("She is the carer of Nan and Grandad.", "Nan"),
        ("He drives his mother to Limerick for chemo.", "mother to"),
        ("She is in Hospice care now.", "Hospice"),
    ],
)
def test_review_27_damage_is_gone(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Alan Money came. Money worried him all week.", "Money worried"),
        ("Dr Sam Bridge rang. We walked over Tower Bridge.", "Tower Bridge"),
        ("Sam Tower rang. They saw the Eiffel Tower lit up.", "Eiffel Tower"),
    ],
)
def test_review_27_a_word_name_elsewhere_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_review_27_a_registered_comparative_in_use_stays() -> None:
    palmer = KnownClient("C1", ("Palmer Jones",))
    out = redact("Calmer said she felt calmer after.", [palmer]).text
    assert "calmer after" in out, out


def test_review_27_a_long_run_of_capitals_costs_linear_time() -> None:
    from tests.linear_time import grows_linearly

    assert grows_linearly(lambda n: "A" * (40 * n) + " 123456", detect, small=300)


# --- review 28: what the mended rules still broke ------------------------------------------


@pytest.mark.parametrize(
    "text, kept",
    [
        ("She was seen in Cardiology and told it might be anxiety.", "Cardiology"),
        ("Referred back from Oncology, she is frightened.", "Oncology"),
        ("Sertraline 50mg@ night, mirtazapine at bedtime.", "50mg@"),
        ("Meeting 2pm@ school gates.", "2pm@"),
        ("Sessions ended 8/8 when she got a job.", "8/8"),
        ("Owes LBP 15000000 to relatives.", "15000000"),
        ("Owes HSBC 120000 on the mortgage.", "120000"),
        ("Broke the door handle 10 days after moving in.", "10 days"),
        ("Flew off the handle e.g. at tea time.", "e.g."),
        ("Helping him handle catastrophising at night.", "catastrophising"),
        ("Her account 'catfished' story is out.", "'catfished'"),
        ("Speed limit is 70. At 95 he was pulled over.", "95"),
        ("Heart Rate (Resting), 95, slightly high.", "95"),
        ("She passed 2-1 at 90 minutes.", "90 minutes"),
        ("Amy Small attended. Small family gathering planned.", "Small family"),
        ("Alan Money attended. Money worried the whole family.", "Money worried"),
        ("This hearing is the 3rd adjournment.", "3rd"),
        ("Snacks: 1. mars bar 2. crisps.", "mars bar"),
        ("Tasks set for 2. 3. were both done.", "2. 3."),
        ("Her dose is now on 1.05.", "1.05"),
        ("Father-in-law Stroke last year changed everything.", "Stroke"),
        ("About Jamie, 'Ghosted'.", "'Ghosted'"),
        ("Granddaddy's brother was a preacher.", "Granddaddy's"),
        ("She is a parent of Nursery age children.", "Nursery"),
    ],
)
def test_review_28_damage_is_gone(text: str, kept: str) -> None:
    assert kept in redact(text).text


def test_review_28_a_long_token_of_digit_runs_costs_linear_time() -> None:
    from tests.linear_time import grows_linearly

    assert grows_linearly(lambda n: "07700900123/" * (4 * n), detect, small=300)
