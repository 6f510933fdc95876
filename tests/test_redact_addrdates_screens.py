"""The cheap screens in front of the address, date and age patterns.

Each screen must pass whenever the test it stands for passes (or the pattern it
guards can match); the rewritten patterns must match exactly what they matched as
first written. The "as first written" forms are kept here as the reference.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import addresses, dates

# --- reference forms ----------------------------------------------------------

OLD_COMPOUND = (
    r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]*(?:gade|vej|straat|strasse|straße|gasse|katu|tie|weg|veien|gatan|"
    r"vägen|laan|dreef|plein|steeg|kuja|polku|utca|ulica)"
)
OLD_CASED_HINT = re.compile(r"\d[A-Z]|[A-Z],?\s+\d{4}")
OLD_NUMDATE_HINT = re.compile(r"\d[/.-]\d")
OLD_LOWER_FOREIGN_HINT = re.compile(
    rf"(?:{addresses._LOWER_PREFIX_TYPES})[ \t]|[ \t](?:{addresses._SUFFIX_TYPES})[ \t]"
)


def _as_first_written(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with words not taken whole, no first-letter look-ahead."""
    p = rx.pattern
    p = p.replace(addresses._COMPOUND, OLD_COMPOUND)
    for word in (addresses._CAP, addresses._WORDISH, addresses._LOWER_WORD):
        p = p.replace(word, word.removesuffix("+"))
    p = p.replace("(?=[A-ZÀ-ÖØ-Þabcoprsu])(?<![\\w])", "(?<![\\w])")
    p = p.replace("(?=[AFD])(?<![\\w])", "(?<![\\w])")
    p = p.replace("(?i)(?=[adfjmnostw\\d])(?<![\\w])", "(?i)(?<![\\w])")
    assert p != rx.pattern
    return re.compile(p, rx.flags)


REWRITTEN = [
    addresses.STREET,
    addresses.NAME_NUMBER,
    addresses.FOREIGN_STREET,
    addresses.LOWER_FOREIGN_STREET,
    addresses.LOWER_STREET,
    addresses.NUMBER_NAME_NUMBER,
    addresses.MILITARY,
    dates.NAMED,
]

PIECES = [
    "12", "4844", "٥٢", "\uff13", " ", "  ", "\t", "\n", ", ", ". ", "-", "/", "#", "'", "\u2019",
    "Main", "Street", "St", "ST", "street", "Road", "rd", "Søndergade", "Kungsgatan",
    "Hauptstraße", "Weg", "Vej", "gade", "Ulica", "ul.", "Via", "via", "Rua", "rua", "rue",
    "u.", "utca", "tér", "Piroska", "APO", "apo", "FPO", "AA", "ae", "Apt", "Suite", "PO Box",
    "PSC", "Unit", "USS", "corner of", "and", "address:", "lives at", "zip", "SW1A 1AA",
    "M5V", "3L9", "IL", "NSW", "of", "the", "de", "Árpád", "útja", "Jan", "MAY", "may",
    "sept", "\u017fep", "İs", "\u0131s", "is", "aged", "Age", "turned", "years old", "YO", "y/o",
    "95", "101", "130", "1990", "14/03/2025", "2025-03-14", "3/10", "03-2025", "5may",
    "Tuesday", "the 3rd of", "xa", "Ab", "a", ".", "(", ">", "ā", "Ā", "MEADOWS", "Fields",
    "STRASSE", "Straße", "U", "Wynd", "Dpo", "fPO",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@pytest.mark.parametrize("rx", REWRITTEN, ids=lambda rx: rx.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(text=texts)
def test_rewritten_patterns_match_as_first_written(rx: re.Pattern[str], text: str) -> None:
    old = _as_first_written(rx)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "12 Søndergade 52",
        "Kungsgatan 5",
        "Hauptstraße 12",
        "Tiegade 4",
        "Xtie 4",
        "Vej 5",
        "KUNGSGATAN 5",
        "Kungsgatan, 5",
        "Kungs-gatan 5",
        "Søndergade ٥٢",
        "Main Street 5",
        "Old Kent Road 7b",
    ],
)
def test_compound_names_match_as_first_written(text: str) -> None:
    old = _as_first_written(addresses.NAME_NUMBER)
    new = [m.span() for m in addresses.NAME_NUMBER.finditer(text)]
    assert new == [m.span() for m in old.finditer(text)]


# --- screens --------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_address_screens_pass_whenever_their_tests_do(text: str) -> None:
    low = text.lower()
    substring_tests = [
        addresses._COMPOUND_END.search(low) is not None,
        addresses._UNIT_WORD.search(low) is not None,
        addresses._CUE_WORD.search(low) is not None,
        addresses._military_unit_hint(text),
        any(w in low for w in ("po", "corner", "zip", "post", "plz")),
        addresses._LOWER_FOREIGN_PREFIX.search(low) is not None,
    ]
    if any(substring_tests):
        assert addresses._SUBSTRING_HINT.search(low)
    assert bool(addresses._CASED_HINT.search(text)) == bool(OLD_CASED_HINT.search(text))
    old_foreign = OLD_LOWER_FOREIGN_HINT.search(text) is not None
    new_foreign = addresses._LOWER_FOREIGN_PREFIX.search(
        text
    ) is not None or addresses._LOWER_FOREIGN_SUFFIX.search(text)
    assert old_foreign == bool(new_foreign)
    if addresses.LOWER_STREET.search(text):
        assert addresses._LOWER_STREET_HINT.search(text)
    if addresses.STREET.search(text):
        assert addresses._STREET_TYPE_HINT.search(text)
    if addresses.NAME_NUMBER.search(text):
        assert addresses._STREET_TYPE_HINT.search(text) or addresses._COMPOUND_NUMBER_HINT.search(
            text
        )
    if addresses.MILITARY.search(text):
        assert any(w in low for w in ("apo", "fpo", "dpo"))
    if addresses.NUMBER_NAME_NUMBER.search(text):
        assert addresses._NUMBER_NAME_HINT.search(text)


@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_date_screens_pass_whenever_their_patterns_can_match(text: str) -> None:
    assert bool(dates._NUMDATE_HINT.search(text)) == bool(OLD_NUMDATE_HINT.search(text))
    if dates.ISO.search(text):
        assert dates._ISO_HINT.search(text)
    if dates.NUMERIC.search(text):
        assert dates._NUMERIC_HINT.search(text)
    if dates.MONTH_YEAR.search(text):
        assert dates._MONTH_YEAR_HINT.search(text)
    if text.isascii():
        month = dates._ASCII_MONTH_HINT.search(text.lower()) is not None
        assert month == (dates._MONTH_HINT.search(text) is not None)


def _ages_reference(text: str) -> list[tuple[int, int]]:
    """detect_ages as first written: the number screen, then AGE."""
    if not dates._AGE_HINT.search(text):
        return []
    out = []
    for m in dates.AGE.finditer(text):
        age = int(m.group(1))
        if age < 90 or age > 130:
            continue
        has_unit = m.group() != m.group(1) and not m.group().lower().startswith(("is", "was"))
        if m.end() > m.end(1) or has_unit:
            out.append((m.start(1), m.end()))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "aged 95",
        "AGED 95",
        "Age of 102",
        "she turned 101 today",
        "95 years old",
        "95-year-old",
        "99 YO",
        "92 y/o",
        "130 yrs old",
        "is 99",  # a lead-in that is not enough
        "İs 120",  # ... unless its lower case is not "is"
        "\u0131s 120",
        "wa\u017f 97",
        "095 years old",
        "page 95",
        "a stage 99 show",
        "you 95",
        "turnips 99",
    ],
)
def test_ages_match_the_reference(text: str) -> None:
    assert [(s.start, s.end) for s in dates.detect_ages(text)] == _ages_reference(text)


@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_ages_match_the_reference_on_generated_text(text: str) -> None:
    assert [(s.start, s.end) for s in dates.detect_ages(text)] == _ages_reference(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Apt 5, Kungsgatan 12", True),
        ("sent to Hauptstraße 12", True),
        ("call 555 0134 now", False),
        ("the report 12 is due", False),
        ("meet at 5 Corner Road", True),
        ("PO Box ٥٢", True),  # a non-ASCII digit is a digit to these patterns
    ],
)
def test_address_positives_and_near_misses(text: str, found: bool) -> None:
    assert bool(addresses.detect_addresses(text)) == found


@pytest.mark.parametrize("word", ["Kungs", "Tie", "Stra"])
def test_a_long_capitalised_word_costs_linear_time(word: str) -> None:
    """A long capitalised word with no street ending, then a number: the compound
    ending is looked back at once per word, not tried at every split."""

    def cost(n: int) -> float:
        text = (word + "a" * n + " 5 ") * 3
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            list(addresses.NAME_NUMBER.finditer(text))
            list(addresses.FOREIGN_STREET.finditer(text))
            list(addresses.detect_addresses(text))
            best = min(best, time.perf_counter() - start)
        return best

    cost(10)  # warm up
    assert cost(1200) < 10 * max(cost(400), 1e-5)


def test_warm_up_compiles_the_address_part_pattern() -> None:
    addresses._part.cache_clear()
    addresses.warm_up()
    assert addresses._part.cache_info().currsize == 1
    assert addresses.detect_addresses("lives at 27 Fernhill Road, Leeds now")


@settings(max_examples=500, deadline=None)
@given(text=texts)
def test_named_dates_lower_cased_match_as_with_case_folding(text: str) -> None:
    if text.isascii():
        folded = [m.span() for m in dates.NAMED.finditer(text)]
        assert [m.span() for m in dates._NAMED_LOWER.finditer(text.lower())] == folded
