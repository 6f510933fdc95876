"""Rules written against held-out batch N once it was read (session 8), each with
the near-misses that must not change. `redact/premises.py` holds most of them."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # farms, care homes, buildings, estates, sites, pubs (premises.py)
        ("Where: Higher Coombe Farm, top of the valley", "Higher"),
        ("Location: Glenwhinny Steading, by the burn", "Glenwhinny"),
        ("Works as a picker for Marlpit Farms and lives in a caravan.", "Marlpit"),
        ("lambing on his own at Hollins farm since March", "Hollins"),
        ("Her dad is at Tall Pines Nursing Home now", "Pines"),
        ("top floor of Kestrel House, lift broken", "Kestrel"),
        ("she is staying at Ash Court with her aunt", "Ash Court"),
        ("Lives on the Meadowfield estate with two kids", "Meadowfield"),
        ("Family are on plot 7 at Cranmoor Lane Traveller site.", "plot 7"),
        ("Family are on plot 7 at Cranmoor Lane Traveller site.", "Cranmoor"),
        ("Met them at the Saltley Gate site, pitch 12.", "pitch 12"),
        ("Met them at the Saltley Gate site, pitch 12.", "Saltley"),
        ("sitting in his van outside the Fox and Hounds, engine running", "Hounds"),
        ("we met at the Red Lion after group", "Red Lion"),
        ("she drinks in the Kings Arms most nights", "Kings Arms"),
        ("He's boxed at Eastgate ABC since he was nine.", "ABC"),
        # a place found once is the same place elsewhere in the note
        ("Drop-in moves to Orchard Court community flat. Parking on Orchard Court.", "Orchard"),
        # names
        ("kim seo-yeon came to the social for the first time", "yeon"),
        ("Young man, gave first name Lewis, student nurse.", "Lewis"),
        ("someone called jayjay.mcg99 keeps messaging him", "mcg99"),
        # dates and ages
        ("Daughter's birthday was 30.05 and it is a hard week.", "30.05"),
        ("Gran's funeral is the 15th - he'll miss our session.", "15th"),
        ("He's the oldest member of the shed at 94, comes every week.", "94"),
        ("the lady in the front row, ninety six, said she laughed", "ninety"),
        ("Carer's mum is 99 now, 100 in the spring, and there is a party.", "100"),
        # left open by the seventh hostile review: a house number read out after "at"
        ("She lives at twelve Hawthorn Road with her mum.", "twelve"),
        ("Moved to forty two Mill Lane last year.", "forty"),
    ],
)
def test_batch_n_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        # over-redaction batch N showed
        "Not much to report. Tidied the stockroom.",
        "caller just wanted someone to say goodnight to. so I did.",
        "She says Easter is hard because that's when the baby was due.",
        "Lift broken since Easter.",
        "HANDOVER NOTE - listening line, night shift",
        "ROTA MESSAGE",
        "Lone worker log",
        "20:05 Lone worker check-in done.",
        "2) Young man, quiet, stayed to the end.",
        "Case note - Traveller & Roma liaison",
        "Page 3 of the form was missing.",
        # near misses of the new rules
        "He read Animal Farm at school and wants to see a wind farm.",
        "The case is at Crown Court on the 3rd floor.",
        "Went to the County Court and then the council house.",
        "She likes the estate agent. The housing estate is quiet.",
        "The Web site is down; our site visit went fine.",
        "Oldest kid at 90% attendance.",
        "Scores: seventy, ninety, a hundred.",
        "A lad called mum.Then he left.",
        "His score was 7.5 and the birthday was great.",
        "Scan is the 3rd time this month.",
        "Meet at the Main site.",
        "She lives at [ADDRESS] with her mum.",
    ],
)
def test_batch_n_plain_words_stay(text: str) -> None:
    assert _out(text) == text


def test_a_house_number_read_out_after_at_keeps_the_at() -> None:
    assert _out("She lives at twelve Hawthorn Road.") == "She lives at [ADDRESS]."
    assert _out("Meet at twelve on Hawthorn Road.") == "Meet at twelve on [ADDRESS]."


def test_headings_in_capitals_keep_names_and_places() -> None:
    out = _out("CLIENT: JOHN SMITH\nNOTES FROM LEEDS OFFICE")
    assert "JOHN" not in out and "SMITH" not in out and "LEEDS" not in out


def test_a_person_named_like_a_place_stays_a_person() -> None:
    spans = detect("Lives in Nether Stowey. Her friend Nether Stowey Smith came.")
    assert [sp.category for sp in spans][-1] == "NAME"


def test_farm_and_premises_rules_stay_linear() -> None:
    assert grows_linearly(
        lambda n: (
            "at Higher Coombe Farm and the Fox and Hounds " * n
            + "floor of Kestrel House on the Red Lion estate " * n
        ),
        detect,
    )
