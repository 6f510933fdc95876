"""A Turkish capital "İ" anywhere in a note (session 22): it lower-cases to two
characters, and rules that find a cue in ``text.lower()`` used that index on the text as
written, one place too early after each "İ", so details later in the note were kept."""

from __future__ import annotations

import pytest

from confvault.redact import KnownClient, detect, redact

# details that a rule finds from a cue in the lower-cased text, each kept once an "İ"
# stood before it (found by prefixing every held-out case with "Met İlkay. ")
_NOTES = [
    "Mod chat: user 'vxnxmoth' keeps posting (handle kettlecorn, real name Ines).",
    "Lives on Hvar year-round. Partner Ante works on the boats in summer.",
    "Facebook name 'Bongani Zulu Jnr' & messenger handle bongz.z",
    "Household: mum, 3 kids. Concern: daughter Awa not eating.",
    "Her snap is dazzaboy99 and her mum Sarah rang on 12/03/2024.",
]


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[sp.start : sp.end], sp.category) for sp in detect(text)]


@pytest.mark.parametrize("note", _NOTES)
def test_a_dotted_capital_i_before_a_detail_changes_nothing_after_it(note: str) -> None:
    dotted, plain = "Met İlkay. " + note, "Met Ilkay. " + note
    spans_dotted = [(sp.start, sp.end, sp.category) for sp in detect(dotted)]
    spans_plain = [(sp.start, sp.end, sp.category) for sp in detect(plain)]
    assert spans_dotted == spans_plain
    assert len(spans_plain) >= 2  # (the name and at least one detail after it)


def test_the_handle_after_a_turkish_name_is_found_where_it_is_written() -> None:
    text = "İlkay (handle kettlecorn, real name Ines)"
    assert ("kettlecorn", "URL") in _found(text)
    assert ("Ines", "NAME") in _found(text)


def test_spans_stand_on_the_text_as_written() -> None:
    text = "İbrahim moved from İzmir to İstanbul; call İpek on 07700 900461."
    found = _found(text)
    assert ("İzmir", "LOCATION") in found
    assert ("İstanbul", "LOCATION") in found
    assert ("07700 900461", "PHONE") in found
    assert "İ" not in redact(text).text.replace("[", "").replace("]", "")


def test_registered_terms_and_an_alias_with_a_dotted_capital_i() -> None:
    client = KnownClient(alias="İpek", terms=("Ayşe Demir",), others=("İzmir",))
    out = redact("İpek said Ayşe moved from İzmir; AYŞE DEMİR signed.", [client]).text
    assert out.startswith("İpek said İpek moved from ")  # the alias stays, the name goes
    assert "İzmir" not in out and "DEMİR" not in out and "Ayşe" not in out


def test_an_alias_is_read_as_the_text_is_with_a_curly_apostrophe() -> None:
    # the alias is looked for in the text as detect() reads it (apostrophes made
    # plain), so a client's own alias written with a phone's apostrophe stays
    client = KnownClient(alias="Mrs O\u2019Neill", terms=("Ayşe",), others=())
    out = redact("Mrs O\u2019Neill said Ayşe rang.", [client]).text
    assert out == "Mrs O\u2019Neill said Mrs O\u2019Neill rang."
