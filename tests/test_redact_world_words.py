"""Ordinary words of notes written around the world (redact/world_words.py): kept
as words, while names beside them are still found (session 10)."""

from __future__ import annotations

import pytest

from confvault.redact import redact
from confvault.redact.lexicon import lexicon
from confvault.redact.world_words import WORLD_WORDS


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Type 2 diabetic, says the Metformin upsets her stomach.", "Metformin"),
        ("She said Quran recitation and her sister help.", "Quran"),
        ("No Tagalog speaker on shift, offered an interpreter.", "Tagalog"),
        ("Jeepney ride to the clinic takes 2 hours.", "Jeepney"),
        ("Discussed teleconsult under PhilHealth.", "PhilHealth"),
        ("Sangoma told her family it's the ancestors.", "Sangoma"),
        ("Karakia at the start helped her feel grounded.", "Karakia"),
        ("HIV+ since 2019, on ARVs, adherent.", "ARVs"),
        ("Explained tribunal rights, IMHA referral done.", "IMHA"),
        ("Offered callback after Jummah.", "Jummah"),
        # words of support work the lists lacked, in a note typed without capitals
        ("mother in law again. she asked about the women's helpline. no risk", "helpline"),
        ("he said he got ghosted and catfished on the app. no risk today", "catfished"),
    ],
)
def test_world_words_stay(text: str, kept: str) -> None:
    assert kept in redact(text).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Tagalog speaker Maricel Bautista rang from Quezon City.", "Bautista"),
        ("Her lola Remedios is 94 and on Metformin.", "Remedios"),
        ("Sangoma Thabo Nkosi told the family to wait.", "Nkosi"),
        # the word for a village or neighbourhood is no world word: what follows goes
        ("Staying in Barangay Malinis with her tita.", "Malinis"),
        ("Back home in Purok 3 since the typhoon.", "Purok 3"),
        ("Moved to Kampung Baru last year.", "Baru"),
    ],
)
def test_names_beside_them_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text).text


def test_no_world_word_is_a_listed_first_name() -> None:
    """A missed name is worse than a damaged word: none of these is a first name."""
    assert sorted(WORLD_WORDS & lexicon().first_names) == []


def test_world_words_are_single_lower_case_words() -> None:
    assert all(w == w.lower() and " " not in w and w for w in WORLD_WORDS)
