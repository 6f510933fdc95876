"""Rules of session 19 (from batch AN, read this session), each with its near-misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly

# --- an age over 89 spelled in another language -----------------------------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Nonna Pina is novantatré — 93 — still bakes.", "novantatré"),
        ("Nonna Pina is novantatré — 93 — still bakes.", "93"),
        ("she\u2019s noventa y seis (96), speaks only Quechua", "seis"),
        ("says he\u2019s to\u2019qson besh yoshda (95) now", "besh"),
        ("he\u2019s 96 — “תשעים ושש,” he corrects me", "תשעים"),
        (
            "\u0411\u0430\u0431\u0430 \u0414\u0443\u0441\u044f, \u0435\u0439 \u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e \u0447\u0435\u0442\u044b\u0440\u0435 (94), \u043e\u0434\u043d\u0430",
            "\u0447\u0435\u0442\u044b\u0440\u0435",
        ),
        ("Granmoun nan gen katreven-douz an (92), dementia", "katreven"),
        ("she says she\u2019s “tis\u2019een w khamsa” (95), born before", "khamsa"),
        ("she says she\u2019s “tis\u2019een w khamsa” (95), born before", "95"),
        ("Her aunt is ceithre bliana is nócha (94) and minds the hens.", "ceithre"),
        ("Oma ist dreiundneunzig Jahre alt und lebt allein.", "dreiundneunzig"),
        ("turns 100 in October — “¡cien años, m\u2019hija!” — sharp", "cien"),
        ("she\u2019ll be 100 in the autumn (“hundrað ár!” she says)", "hundrað"),
    ],
)
def test_a_spelled_foreign_age_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        # a hundred years with no age in figures: a century as often as an age
        ("Cien años de soledad is her favourite book.", "años"),
        ("the choir sang Sto lat for twelve minutes", "lat"),
        ("It paid 95 cent an hour, awful.", "cent an hour"),
        ("Mia anni fa was the name of the bar", "anni"),
        ("noventa minutos de fútbol, every Sunday", "noventa minutos"),
    ],
)
def test_a_foreign_number_word_without_an_age_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- dates in more languages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Malik, 23. Next session 2. maj.", "maj"),
        ("Her father disappeared on 12 de Novembro de 1991 (Santa Cruz).", "Novembro"),
        ("Her son\u2019s funeral was 12 desanm 2024; the nine nights end soon.", "desanm"),
        ("Sister\u2019s wedding set for 12-sentabr, he wants to go home.", "sentabr"),
        ("giỗ falls on ngày 12 tháng 9 âm lịch this year", "tháng 9"),
        ("Meeting on 14 Haziran about the flat.", "14"),
        ("See you 12. tammikuuta.", "tammikuuta"),
        ("Appt 5 julai at the klinik.", "julai"),
        ("wedding is 3 Awwissu in Gozo", "Awwissu"),
    ],
)
def test_a_foreign_date_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("He owes 3 mart bars to the shop.", "3 mart bars"),  # an English word's month
        ("Ordered 4 mac keyboards for the office", "4 mac keyboards"),
        ("Tết is in tháng 1 for her", "tháng 1"),  # a month alone, no day
    ],
)
def test_a_month_word_without_a_date_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- national numbers by their card's name; codes in other scripts ---------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Her brother co-signed. Cédula 3.456.789. Wants to report.", "456"),
        ("Teudat zehut 038475621, in the drawer", "038475621"),
        ("Carné de identidad 85031212345; ration book at home", "85031212345"),
        ("CNP on the form 1790512124567. School mediator", "1790512124567"),
        ("Bank ref 7781-\u041a\u041b-4402.", "4402"),
        ("Labour complaint ref \u03a4\u0395/2024/0331.", "0331"),
        ("Patent \u0441\u0435\u0440\u0438\u044f 77 № 2401567890, migration card", "2401567890"),
    ],
)
def test_a_national_number_or_foreign_code_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "\u0414\u0422\u041f-2 was minor, no one hurt",
            "\u0414\u0422\u041f-2",
        ),  # too few digits for a code
        ("\u0441\u0442\u0430\u0442\u044c\u044f 12-\u0411 of the code", "12-\u0411"),
        (
            "\u043e\u043d\u0430 \u0432 \u043a\u043e\u043c\u043d\u0430\u0442\u0435 № 12",
            "№ 12",
        ),  # a room's number, not a document's
        ("carne asada 4 tacos for 12 dollars", "12 dollars"),
    ],
)
def test_a_short_foreign_code_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


# --- addresses as chains of units ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("home is Section 42, Lot 17 in town. Never send post.", "Lot 17"),
        ("Zaatari, District 8, Street 14, Block 3, caravan 22 — find her there", "District"),
        ("New address: House 1047, Box 218, in town now", "Box 218"),
        ("Dirección: Mz. F Lt. 12, cerca del mercado", "Lt. 12"),
        ("Địa chỉ: Ấp Phú Hòa, xã An Thạnh, huyện Mỏ Cày Nam, tỉnh Bến Tre — letters", "xã"),
        ("she's in flat 9 block c of the towers", "block c"),
    ],
)
def test_a_chain_of_units_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Read section 4, zone 3 of the workbook tonight", "section 4"),
        ("Block 3 and block 4 were done by noon", "Block 3"),
        ("phase 2 zone 3 of the plan is late", "phase 2 zone 3"),
    ],
)
def test_a_unit_alone_or_without_a_home_stays(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "lot 1 " * n,  # a chain as long as the text
        lambda n: ("Lot 1, " * 5 + "x. ") * (n // 5),
        lambda n: ("x\u00e3 " + "A " * 30 + ", ") * (n // 10),
        lambda n: "novanta " * n + "93",
        lambda n: ("tis'een w " * 20 + ". ") * (n // 20),
        lambda n: ("7781-" * 30 + "\u041a\u041b ") * (n // 30),
        lambda n: "12 th\u00e1ng " * n,
    ],
)
def test_session_19_rules_take_linear_time(make: Callable[[int], str]) -> None:
    assert grows_linearly(make, detect)


# --- a lower-case name no list knows, after "c/" or a relative -------------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        (
            "c/ b\u00e1ra again re her dad's hearing. GP letter. b\u00e1ra rings for him.",
            "b\u00e1ra",
        ),
        ("c/ nilufar + her mother-in-law Oydin. MS nurse came.", "nilufar"),
        ("c/ luz and her brother rui. MS clinic Tuesday; rui skips school.", "rui"),
        ("GP says her son inti (7) is fine, inti's dad doesn't pay", "inti"),
        ("ti-jean and his brother fortun\u00e9 came. MSF clinic.", "fortun\u00e9"),
    ],
)
def test_an_unknown_lower_case_name_after_its_cue_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "GP: his wife handles all the money",
        "GP: her partner listens in on calls",
        "GP: asked for his wife repeatedly",
        "GP: her husband naps after lunch",
        "GP: her brother reads her WA",
        "GP: caring for her partner post-stroke",
        "GP: c/ mum again re housing",
        "GP: her son detained on a charge",
    ],
)
def test_a_word_after_a_relative_stays(text: str) -> None:
    assert redact(text).text == text


# --- phone numbers: six digits after "mob", and lists -----------------------------------------


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Bára Olsen, new mob 21 44 09. Talked about counselling.", "44 09"),
        ("Mob 55 12 84. Safety plan done.", "12 84"),
        ("Numbers: 987 654 321 (hers), 951 220 418 (hermano).", "951 220 418"),
        ("Call 07700 900123 or 07700 900456 today", "900456"),
    ],
)
def test_a_labelled_or_listed_phone_goes(text: str, gone: str) -> None:
    assert gone not in redact(text).text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("scores 12 44 09 in the quiz", "12 44 09"),  # six digits with no phone's label
        ("Call 07700 900123, 3 times a day, 20 mg", "3 times a day, 20 mg"),
        ("Phone 07700 900123 (mum), 14 55 6 left", "14 55 6"),
    ],
)
def test_numbers_near_a_phone_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text
