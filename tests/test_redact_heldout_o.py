"""Rules written against held-out batch O once it was read (session 9), each with
the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a name opening a quotation in single quotes
        ("Said 'Kwabena would want it.'", "Kwabena"),
        ("- 'Ana (mum) did most of the talking", "Ana"),
        ("Patient: Eileen (prefers 'Lena')", "Lena"),
        # a surname with an apostrophe after its first letter
        ("Met O'Neill and D'Arcy today", "O'Neill"),
        ("Met O'Neill and D'Arcy today", "D'Arcy"),
        # a name with the relative the person is, in brackets
        ("kept asking for Raghu (late husband) all afternoon", "Raghu"),
        ("Says Kwame Mensah (his son) is sitting exams this year", "Kwame Mensah"),
        # ages over 89
        ("Resident (F, 96) distressed at night", "96"),
        ("Resident (94/M) asked for tea", "94"),
        ("he's a hundred and two can you believe it", "two"),
        # a firm's name goes on
        ("Apprenticeship w/ Corrigan Bros Plumbing & Heating, says", "Heating"),
        ("works in the family business (Ramdass & Sons Hardware)", "Hardware"),
        ("worked at Sunrise BPO for 4 yrs", "BPO"),
        # a room in a building, a unit on a floor, a township's section
        ("staying at the Sunnyside Hotel room 311 for now", "311"),
        ("Rutherford Hall rm C214, flagged by the RA", "C214"),
        ("new rental: Blk 512 Jurong West St 52, #08-114, shares a room", "114"),
        ("Gogo lives in Umlazi, J section, and the kids visit", "J section"),
        # dedications and places of worship
        ("Daughter's at Our Lady of Lourdes Secondary; being bullied", "Our Lady"),
        ("Attends the Masjid al-Noor youth circle", "Noor"),
        ("Suburb: Elizabeth North (SA)", "North"),
        # dictated: an e-mail address with its initials read out, a house number
        ("her email is aroha t w at example dot com", "aroha"),
        ("address is forty two Pen y Bryn Road comma Merthyr", "forty two"),
        ("address is forty two Pen y Bryn Road comma Merthyr", "Bryn"),
        # ID numbers after their cue
        ("Passport no. FE 438216 (held by the farm)", "FE"),
        ("Client: Wiremu Paki\nPRN 84413920\nRelease: soon", "84413920"),
        # left open by the eleventh review
        ("top floor of Kestrel House, lift broken. Kestrel has no lift.", "Kestrel has"),
        ("Works as a picker for Marlpit Farms. Marlpit pays cash.", "Marlpit pays"),
        ("Gran hits 100 in the spring", "100"),
        ("Her name is kim seo-yeon", "kim"),
        ("Her name is kim seo-yeon", "yeon"),
        ("His name is jordan and he is 15", "jordan"),
        # found by the thirteenth review near the new rules
        ("Visited resident (96F) at home.", "96"),
        ("Seen at home [female, 96] with her son", "96"),
        ("Passports: FE 438216 and FE 438217.", "438217"),
        ("He is in HMP Pentonville, cell 14, and writes weekly.", "14"),
        ("She lives in Khayelitsha site C.", "site C"),
        ("She lives in Diepsloot Ext. 12.", "12"),
        ("Spoke about Lucky (deceased husband) and the funeral costs.", "Lucky"),
        ("Spoke about Blessing (son-in-law) today", "Blessing"),
        ("Her email's aroha t w at gmail dot com.", "aroha"),
        ("Her address was forty two Hawthorn Road.", "forty"),
        ("He was watching 'Kwabena' from across the road.", "Kwabena"),
        # a language that is also a name, where no language is spoken of
        ("Shona Welsh is her social worker.", "Shona"),
        ("Texted Akan about the appointment.", "Akan"),
        ("Reference 204938.55 on the letter.", "204938"),
    ],
)
def test_batch_o_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the new rules
        "Council tax £640.30 and rent £1,120 are the priority.",
        "O'clock, she said, not half past.",
        "Client (mum) attended with her son.",
        "The Boss (manager) said no.",
        "Room (F, 45) was booked.",
        "we meet in the room 4 most weeks",
        "Team round (F/M) at ten.",
        # languages where a language is spoken of, and words said as they are
        "Client speaks Dari and Pashto; interpreter booked for next week.",
        "needs a Tigrinya interpreter at the GP",
        "Her first language is Shona.",
        "She said 'Inshallah' things will improve.",
        "She said 'Nah' and changed the subject.",
        "exhausted by Iftar and then work",
        "Asked about switching to Buvidal instead of daily methadone.",
        # the thirteenth review: damage near the new rules
        "Diet: Vegan, Halal.",
        "Goals - Budgeting, Tenancy, Bereavement.",
        "Her brother is on Remand awaiting trial.",
        "Contact (mum) was informed of the plan.",
        "NOK (husband) aware of admission.",
        "Next of Kin (wife) aware of admission.",
        "Referral (daughter) received from the GP yesterday.",
        "Grief (late husband) continues to be raw.",
        "His blood sugar was ninety-six though, which is fine.",
        "The rent is ninety-five if you pay weekly.",
        "Ten O'Clock news upset her.",
        "She owes R4500.00 to the loan shark.",
        "Goes to the Gurdwara Sahib after work.",
        # a dose after "PRN" (as needed) is no plate nor prisoner's number
        "paracetamol PRN 500mg, diazepam PRN 5mg",
        "Dad hits 90 miles an hour on the bike.",
        "The name is misleading; her name was on the list.",
        "his passport is with his mum",
    ],
)
def test_batch_o_near_misses_stay(text: str) -> None:
    assert _out(text) == text


@pytest.mark.parametrize(
    "text, out",
    [
        ("she's ninety and two of her kids came", "she's [AGE] and two of her kids came"),
        ("Went to Leeds train station.", "Went to [PLACE] train station."),
        ("Sarah, room 4 was free.", "[PERSON-1], room 4 was free."),
        ("Works at Royal Mail. Royal was the best.", "Works at [ORG]. Royal was the best."),
        ("Session moved to Tuesday, room 3 was cold.", "Session moved to [DATE], room 3 was cold."),
        (
            "Since Friday, Section 8 proceedings have started.",
            "Since [DATE], Section 8 proceedings have started.",
        ),
        ("In April, Block 2 of the course starts.", "[DATE], Block 2 of the course starts."),
    ],
)
def test_batch_o_near_misses_keep_their_words(text: str, out: str) -> None:
    assert _out(text) == out


def test_money_is_no_id_number() -> None:
    assert _out("Council tax £640.30") == "Council tax £640.30"
    assert _out("Council tax ref 64030") == "Council tax ref [ID]"


def test_new_tails_stay_linear() -> None:
    assert grows_linearly(
        lambda n: (
            "Corrigan Bros Plumbing & Heating & Gas " * n
            + "'Ana (mum) (his son) Raghu (late " * n
            + "Umlazi, J section, Hotel room 3 " * n
        ),
        detect,
    )
