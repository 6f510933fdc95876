"""Rules written against held-out batch Q once it was read (session 9, after its
blind figures were taken), each with the near-misses that must not change."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact
from tests.linear_time import grows_linearly


def _out(text: str) -> str:
    return redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        # a place's name with the word before it
        ("Dairy farmer at Great Ayton, rang about the TB restrictions.", "Ayton"),
        ("Walked her to East Croydon, then home.", "East"),
        ("Staying with her parents in Barangay San Roque, Tarlac City.", "Barangay"),
        # a charity's local branch, a school, a troop, a Māori-medium school
        ("Referred by Mind in Camden after his discharge.", "Camden"),
        ("Pupil at St Aidan's RC High, referred by the pastoral lead.", "RC High"),
        ("Girl: Poppy Hargreaves, 1st Kirkby Lonsdale Guides", "Guides"),
        ("The kids are at Te Kura o Pukeatua and the kaiako are good.", "Pukeatua"),
        # titles of faith and community before a name
        ("Team: Pastor Gbenga, Sis Comfort, Bro Jide", "Comfort"),
        ("Mdm Lim's daughter called, says Mdm Lim stopped eating.", "Lim"),
        # a chat log's speakers, handles with a word no list knows
        ("[22:14] nightowl_kez: anyone awake\n[22:15] support: I'm here", "nightowl"),
        ("[23:59] Kez: same, can't sleep", "Kez"),
        ("[#peer-support 23:59] xXsunriseXx: same. want to vc?", "sunrise"),
        # a local number in a note that gives a phone
        ("Client's cell is (312) 555-0172, grandma's is 555-0139 if no answer.", "0139"),
        ("Lives alone at 94, still insists on doing her own shopping.", "94"),
    ],
)
def test_batch_q_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Still struggling to take the Biktarvy on time on nights.",
        "Nan wants him back at kura next term.",
        "Pat on the back for her today - first time in a supermarket alone.",
        "Mark this one urgent for supervision please.",
        "Sue the landlord? He laughed when I said it.",
        "Police and DSL informed, report made.",
        "Green light from the panel for the housing place!",
        "Chemsex conversations: 4, harm reduction info given.",
        "the ceiling came down by the harbour wall",
        # near misses
        "[11:42] support: hi, are you safe right now?",
        "Fields: client_name and date_of_birth are required.",
        "Pastor said he would pray for her.",
        "Meet at the site office at 9.",
    ],
)
def test_batch_q_plain_words_stay(text: str) -> None:
    assert _out(text) == text


def test_a_name_that_is_a_british_word_is_still_a_name() -> None:
    assert "Favour" not in _out("Favour Okonkwo attended.")
    assert "Harbour" not in _out("Attendees: Safe Harbour Advocacy and DS Reid.")


def test_new_rules_stay_linear() -> None:
    assert grows_linearly(
        lambda n: (
            "[1] a_b: x\n" * n
            + "Great East West Barangay Leeds " * n
            + "(312) 555-0172 555-0139 " * n
        ),
        detect,
    )


@pytest.mark.parametrize(
    "text, gone",
    [
        # the fifteenth review: what the first rules let through
        ("Client Imran Sheikh, 34, referred by probation.", "Sheikh"),
        ("Ex-partner Dean Green has an order. Green keeps texting her at night.", "Green"),
        ("Sue Patel attended. Sue for the first time talked about it.", "Sue"),
        ("Met Pat Jones. Pat on the back step smoking.", "Pat"),
        ("Mark Evans came in. Mark this one was really hard for him.", "Mark"),
        ("[22:16] Kez: hi\nI told Kez to ring the line.", "Kez"),
        ("Kura said she is fine.", "Kura"),
        ("Storey called again about the flat.", "Storey"),
    ],
)
def test_review15_leaks_are_found(text: str, gone: str) -> None:
    assert gone not in _out(text)


@pytest.mark.parametrize(
    "text",
    [
        "[Note] Plan: call back on the landline.",
        "[Risk] Medium: see the safety plan.",
        "tags: iapt_waitlist and cbt_waitlist",
        "Sats still at 94 but he is breathless.",
        "Costs run 300-5000 per day, and invoice 300-1234 is paid.",
    ],
)
def test_review15_damage_is_gone(text: str) -> None:
    assert _out(text) == text


def test_a_registered_word_broken_across_a_line_is_found() -> None:
    """A name wrapped mid-word, with no hyphen, is the registered name (two of batch
    R's registered cases, read for this: the rest of R stays unread)."""
    client = KnownClient("C1", ("Demi Costanova",), ("Leo Costanova",))
    out = redact("Prison visitors - Mrs Demi Costa\nnova came again.", [client]).text
    assert "Costa" not in out and "nova" not in out
    assert "Costa" not in redact("Leo Costa\nnova rang.", [client]).text
    assert redact("a line\nbreak and Costa\nrica", [client]).text == "a line\nbreak and Costa\nrica"


def test_a_relative_opening_a_run_names_the_next_word() -> None:
    assert "Sarah" not in _out("Mum Sarah rang back.")
    assert "Jim" not in _out("Husband Jim was there too.")
    for text in (
        "Partner Agencies meeting at ten.",
        "Client Voice group on Friday.",
        "Dad Bod jokes again.",
        "Boss Lady energy, she says.",
    ):
        assert _out(text).split()[:2] == text.split()[:2]


def test_a_long_run_of_titles_and_names_stays_linear() -> None:
    """A run of capitalised words with no stop between them ("Mrs Lim Mrs Lim …")
    was judged in time growing with the square of its length (the fifteenth review)."""
    assert grows_linearly(lambda n: "Mrs Lim " * n, detect, small=300)
