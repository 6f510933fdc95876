"""Rules written against held-out batch T once it was read (session 10, after its
blind figures), and against batch U's clean cases: each with its near-misses."""

from __future__ import annotations

import pytest

from confvault.redact import detect, redact


@pytest.mark.parametrize(
    "text",
    [
        # batch T's clean cases: words of support work that are names or places too
        "Risk Rating: Amber\nRationale: passive thoughts, no plan",
        "Title: Peer support 1:1 (follow-up)\nOrganiser: Peer Support Coordinator",
        "Bring the wellbeing star printout. Wellbeing Star scores (1-10) below.",
        "Lone working check-in done. Buddy system followed.",
        "Chase up: housing benefit form, food bank referral.",
        "Set up a gambling block. Gave GamCare info and the StepChange number.",
        "Spreadsheet paste:\nWeek,Calls,Texts,Webchats,Escalations\nTotal,132,65,34,6",
        # batch U's clean cases: games, apps, schemes and school words
        "Plays FIFA and Mario Kart most nights, spends on Robux too.",
        "Reported to CEOP; game rated PEGI 18. Self-excluded with GAMSTOP.",
        "Head of Year agreed; GCSE Art coursework due before the Summer Term.",
        "Freshers Week was overwhelming; talked to the Welfare Officer.",
        "Applied for FAFSA and a Pell Grant; ATAR results next month.",
        "Bought it on Clearpay. Watches Heartstopper and posts on BeReal.",
    ],
)
def test_words_of_notes_stay(text: str) -> None:
    assert detect(text) == [], [text[s.start : s.end] for s in detect(text)]


@pytest.mark.parametrize(
    "text, gone",
    [
        # near misses: a person with one of those words stays a person
        ("Chase Smith rang about the flat.", "Chase Smith"),
        ("Spoke to Paddy Murphy about the rent.", "Murphy"),
        # a chain is an employer: "works at Greggs" still goes
        ("cl on zero hrs at Greggs, manager cutting her shifts.", "Greggs"),
    ],
)
def test_people_and_employers_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text).text
