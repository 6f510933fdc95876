"""Identifier numbers: checksums decide; look-alikes must not fire."""

from __future__ import annotations

import pytest

from confvault.redact import checksums as ck
from confvault.redact import detect


def flagged(text: str) -> bool:
    return any(s.category in ("ID", "PHONE") for s in detect(text))


@pytest.mark.parametrize(
    "text",
    [
        "card 4012 8888 8888 1881",
        "card 4111111111111111",
        "IBAN GB29 NWBK 6016 1331 9268 19",
        "iban gb29nwbk60161331926819",
        "SSN 078-05-1123",
        "NI number AB 12 34 56 C",
        "NHS 401 023 2137",
        "Steuer-ID 12345678903",
        "NIE X9613851N",
        "hetu 131052-308T",
        "passport C01234565",
        "record MRN ABX4412907",
        "plate AB51 ABC",
        "wallet 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
    ],
)
def test_positives(text: str) -> None:
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "4012-8888-8888-1882",  # Luhn fails
        "DE89 3704 0044 0532 0130 01",  # IBAN mod-97 fails
        "GB29 NWBK 6016 1331 9268 10",
        "AA 12 34 56 H",  # NINO suffix must be A-D
        "Y8063915Q",  # NIE letter wrong
        "16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2",  # base58 checksum fails
        "8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189",  # a hash
        "COVID-19 and mp3 files",
    ],
)
def test_lookalikes(text: str) -> None:
    assert not flagged(text)


def test_bare_digits_need_context_or_checksum() -> None:
    assert not flagged("we walked 1234567 steps")  # 7 digits, no checksum, no context
    assert flagged("account number 1234567")


@pytest.mark.parametrize(
    ("fn", "good", "bad"),
    [
        (ck.luhn, "79927398713", "79927398710"),
        (ck.iban, "GB82WEST12345698765432", "GB82WEST12345698765433"),
        (ck.uk_nhs, "4010232137", "4010232138"),
        (ck.au_abn, "51824753556", "52824753556"),
        (ck.ca_sin, "130692544", "130692545"),
        (ck.us_npi, "1234567893", "1234567890"),
        (ck.tr_national_id, "10000000146", "10000000145"),
        (ck.pl_pesel, "44051401458", "44051401459"),
        (ck.in_aadhaar, "312345678909", "123456789012"),
        (ck.es_nif, "12345678Z", "12345678A"),
        (ck.fi_hetu, "131052-308T", "111111-111A"),
        (ck.de_health, "A123456780", "A123456787"),
        (ck.de_rvnr, "15070649C103", "15070649C100"),
        (
            ck.bech32,
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx",
        ),
    ],
)
def test_checksums(fn: object, good: str, bad: str) -> None:
    assert callable(fn)
    assert fn(good) is True
    assert fn(bad) is False


def test_iban_shape_with_non_ascii_letters_does_not_crash() -> None:
    from confvault.redact import redact

    # "É" passes str.isalnum(); the mod-97 check used to raise ValueError on it
    assert redact("IBAN GB82 WES\u00c9 1234 5698 7654 32 ok").text.startswith("IBAN")


def test_number_in_another_script_is_read_by_digit_value_and_never_crashes() -> None:
    """An 11-digit number starting with an Extended Arabic-Indic zero once crashed
    the Australian ABN check ("-1…"); digits of any script are now read as values."""
    from confvault.redact import checksums

    text = "ref \u06f01234567890"
    assert [(s.start, s.end, s.category) for s in detect(text)] == [(4, 15, "ID")]
    arabic = "\u0664\u0661\u0661\u0661" + "\u0661" * 12  # 4111 1111 1111 1111
    assert checksums.luhn(arabic) is True
    assert checksums.luhn("\u0664\u0661\u0661\u0662" + "\u0661" * 12) is False


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("universal credit claim 123456789", "123456789"),
        ("CNIC 35202-1234567-1", "35202-1234567-1"),
        ("PPSN 1234567T", "1234567T"),
    ],
)
def test_numbers_after_more_id_words(text: str, number: str) -> None:
    spans = detect(text)
    assert [text[s.start : s.end] for s in spans] == [number]


def test_a_two_letter_word_is_not_an_identity_card_prefix() -> None:
    """The Italian identity-card shape (two letters, seven digits) took "is" along."""
    text = "my licence number is 6940579"
    (span,) = detect(text)
    assert text[span.start : span.end] == "6940579"
    assert [(s.start, s.end) for s in detect("ab 1234567")] == [(0, 10)]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("crime ref 13/45678/24", "13/45678/24"),
        ("housing ref HB/2291/77", "HB/2291/77"),
        ("PNC id 24/123456A", "24/123456A"),
        ("crime number 1234567/24", "1234567/24"),
    ],
)
def test_references_with_slashes_after_an_id_word(text: str, ref: str) -> None:
    (span,) = detect(text)
    assert (text[span.start : span.end], span.category) == (ref, "ID")


@pytest.mark.parametrize("text", ["she went 13/45678/24", "ref 5/21/21", "score 3/10"])
def test_slashes_without_an_id_word_or_date_shaped_are_no_reference(text: str) -> None:
    assert [s for s in detect(text) if s.category == "ID"] == []
