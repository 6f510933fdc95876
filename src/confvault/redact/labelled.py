"""Details that a label before them names: the cheap screen for :mod:`.ids_cued`
(ID numbers after *plate*, *BSN*, *ssn* …) and :mod:`.handles` (handles after
*snap*, *discord* …, e-mail addresses with ``[at]``).

Both need one of their cue words in the text. The text's words, lower-cased and
split at spaces, are looked up in one set (the cue words, also with ``:``,
``.`` or ``,`` after them or ``(`` before), so a text with no cue pays a split
and a set test; a ``#`` (``A#``, ``ss#``, ``name#1234``) sends the text to both
detectors' own cue searches.

Two rules of its own, tried at each run of six digits: a number after a scheme's
label in capitals that no rule knows (``NYSID 12345678K``, ``CNP 1790512124567``; not
a currency, a unit, a ward, a span of years), and seven to ten digits with a check
letter (``44190562K``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import handles, ids_cued
from .ids_shapes import series_letters
from .lexicon import frequent, lexicon
from .model import Span
from .words import ACRONYMS

_CUES = frozenset(
    form
    for word in ids_cued.CUE_WORDS | handles.CUE_WORDS
    for form in (word, word + ":", word + ".", word + ",", "(" + word)
)


# a ticket, case or log's number after its "#": the "#" says it is a number given
_NUMBERED = re.compile(
    r"(?i)\b(?:ticket|incident|complaint|tracking|case|log|job|order|claim)[ \t]*#[ \t]*"
    r"(\d[\d-]{2,18}\d)(?![\w-])"
)


# a number of six digits or more after a label in capitals that names its scheme, one
# the rules do not know ("NYSID 12345678K", "CNP 1790512124567", "CAS 221/08/2024"):
# a label is an identifier's, not an amount's, a phone's or a date's
# (the number may touch its "#" or ":": "TDCJ #999563", session 21)
_LABEL = (
    r"(?<![\w/-])([A-Z]{2,6})"
    r"(?:[ \t]*+[#:][ \t]*+|(?:[ \t]*+(?:no\.?|number))?+[ \t]++)"
)
_LABELLED = re.compile(
    _LABEL + r"((?=[A-Z0-9/-]{0,6}\d(?:[/-]?\d){5})[A-Z0-9][A-Z0-9/-]{4,20}[A-Z0-9])(?![\w/-])"
)
_NOT_SCHEMES = frozenset(
    ["USD", "GBP", "EUR", "AUD", "CAD", "NZD", "ZAR", "INR", "JPY", "CHF", "SEK", "NOK", "DKK",
     "PLN", "RON", "CZK", "HUF", "NGN", "GHS", "KES", "PHP", "SGD", "HKD", "MXN", "BRL", "AED",
     "TEL", "MOB", "PH", "PHONE", "FAX", "CALL", "DOB", "DATE", "AM", "PM", "UTC", "GMT", "BST",
     "EST", "PST", "CET", "ISBN", "ISSN", "MG", "ML", "KG", "KM", "MB", "GB", "KB", "TB",
     "RS", "BTC", "PKR", "UGX", "IDR", "BDT", "QAR", "MYR", "LKR", "THB", "VND", "KRW", "CNY",
     "RUB", "TRY", "EGP", "MAD", "TZS", "ETB", "XOF", "XAF", "ZMW", "NPR", "SAR", "KWD", "OMR",
     "BHD", "JOD", "ILS", "ARS", "CLP", "COP", "PEN", "UAH", "RWF", "MWK", "NAD", "BWP", "JMD",
     "TTD", "FJD", "WST", "TOP", "ZWL", "SOS", "SDG", "IQD", "IRR", "AFN"]
)  # fmt: skip
# a span of years ("AY 2023-2024", "ESA 2019-2022") or a law's number ("GDPR 2016/679")
_YEARS = re.compile(r"(?:19|20)\d\d[/-](?:(?:19|20)?\d\d|\d{1,4})")
_SIX_DIGITS = re.compile(r"\d(?:[/-]?\d){5}")
# where the first run can start: each of them is six such characters or more, and
# a regex engine runs this one (a single class repeated) faster (session 22)
_SIX_SCREEN = re.compile(r"\d[\d/-]{5}")
# seven to ten digits and a check letter, as record numbers are written ("44190562K",
# New York's NYSID, Medicaid numbers): no amount, phone or date ends in a capital
# (not a round amount with its multiplier: "1000000K")
_DIGITS_LETTER = re.compile(r"(?<![\w/.-])\d{7,10}(?<!000)[A-Z](?![\w/-])")


def _numbers(text: str) -> list[Span]:
    """The two rules above, tried only where a run of six digits stands: the label is
    looked for just before the run's token (a note has a few such runs; the patterns
    tried at every capital or digit cost a few per cent of the engine)."""
    out: list[Span] = []
    first = _SIX_SCREEN.search(text)
    if first is None:
        return out
    prev_end = 0  # where the last run ended: the walk back never passes it (linear)
    for run in _SIX_DIGITS.finditer(text, first.start()):
        start = run.start()
        while start > prev_end and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        joined = start == prev_end > 0 and text[start - 1] in _TOKEN_CHARS
        prev_end = run.end()
        if joined:
            continue  # (the token of a run already tried)
        m = _DIGITS_LETTER.match(text, start)
        if m:
            out.append(Span(m.start(), m.end(), "ID", "pattern"))
        before = _LABEL_BEFORE.search(text, max(0, start - 24), start)
        m = _LABELLED.match(text, before.start()) if before else None
        if m is None or m.start(2) != start:
            continue
        label = m.group(1)
        low = label.lower()
        if label in _NOT_SCHEMES or (low in ACRONYMS and low not in _ID_ACRONYMS):
            continue  # a unit, a currency, a ward ("ICU 123456")
        if frequent(low, lexicon(), 3000):
            continue  # a word in capitals: "I GOT 1000000 likes"
        if _YEARS.fullmatch(m.group(2)):
            continue
        if _PRODUCT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # a product's model: "TV model UE 55123456" (review 28)
        if m.group(2).isdigit() and m.group(2).endswith("000"):
            continue  # a round amount: "LBP 15000000", "HSBC 120000", "IG 250000" (review 28)
        # two series letters after a label are the number's: "CIN: BK 274519"
        # (not a label itself: "SA ID 8001015009087")
        series = len(label) == 2 and series_letters(text, m.start(1), m.end(1))
        out.append(Span(m.start(1) if series else m.start(2), m.end(2), "ID", "pattern"))
    return out


# an identifier written in groups of digits after the label of a scheme whose numbers
# are digits ("NID 1992 2695 4318 7", "polis OMS 7751 2340 9876 1123", "NAS 271 845 903":
# session 25): eight digits or more in groups of one to six, two of them of three digits
# or more, and perhaps a check letter. Only these labels: after any label in capitals
# the hostile review found times, dates, scores and years taken ("MEDS 0800 1300 1800",
# "APPT 14 03 2025 1030"), and words beside them ("… NO MISSED DOSES")
_SCHEMES = (
    "nida|nid|nik|oms|ihi|ohip|hcn|uid|uan|esic|pnc|ahv|dni|cnp|egn|jmbg|pesel|amka|nir|"
    "insee|cpr|mbi|tckn|medicare|sin|nas|tfn|ird|bvn|snils|\u0441\u043d\u0438\u043b\u0441"
)
_LABEL_GAP = r"(?:[ \t]*+[#:][ \t]*+|(?:[ \t]*+(?:no\.?|number))?+[ \t]++)"
_GROUPED = re.compile(
    rf"(?i:(?<![\w/-])(?:{_SCHEMES})){_LABEL_GAP}"
    # (a check letter, not a word: "… 4318 7 I think")
    r"(\d{1,6}(?:[ \t]\d{1,6}){1,6}(?:[ \t][A-Z](?![ \t]+[a-z]))?)(?![\w/-])"
)
# Quebec's health card: four letters from the person's names, then eight digits
_RAMQ = re.compile(
    rf"(?i:(?<![\w/-])ramq){_LABEL_GAP}([A-Z]{{4}}[ \t]?\d{{4}}[ \t]?\d{{4}})(?![\w/-])"
)
# the labels as the text's words may hold them (lower-cased, split at blanks): the
# screen before the patterns, a set test (a pattern of 32 case-blind words tried at
# every character of a note cost the engine a few per cent)
_SCHEME_FORMS = frozenset(
    form
    for word in [*_SCHEMES.split("|"), "ramq"]
    for form in (word, word + ":", word + "#", word + ".", word + ",", "(" + word)
)


def _grouped(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _GROUPED.finditer(text):
        groups = m.group(1).split()
        digits = sum(len(g) for g in groups if g.isdigit())
        if 8 <= digits <= 20 and sum(1 for g in groups if len(g) >= 3 and g.isdigit()) >= 2:
            # ("scheme": a card's failed checksum does not veto it, the label names
            # another scheme)
            out.append(Span(m.start(1), m.end(1), "ID", "scheme"))
    out.extend(Span(m.start(1), m.end(1), "ID", "scheme") for m in _RAMQ.finditer(text))
    return out


_PRODUCT_BEFORE = re.compile(r"(?i:\b(?:model|type|size|version|product|part))[ \t]+$")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-")
# where a label of _LABELLED may start, before a value's token
_LABEL_BEFORE = re.compile(_LABEL + "$")


_ID_ACRONYMS = frozenset(["id", "iban", "ssn", "sin", "tin", "npi", "nino", "pin", "ni", "nhs"])


def detect(text: str, digits: bool, low: str = "", words: Iterable[str] = ()) -> list[Span]:
    """``digits``: the text holds a digit (every ID rule needs one); ``low`` and
    ``words``: the text in lower case and split at blanks, if the caller has them."""
    if not low:
        low = text.lower()
        words = low.split()
    out: list[Span] = []
    if (
        "#" in low
        or "nummer" in low
        or not _CUES.isdisjoint(words)
        or ("nir" in low or "vitale" in low or "sociale" in low or "s\u00e9cu" in low)  # NIR
    ):
        if digits:
            out = ids_cued.detect(text)
            if "#" in low:  # "ticket #48210937", "incident #4821-22"
                out.extend(
                    Span(m.start(1), m.end(1), "ID", "pattern") for m in _NUMBERED.finditer(text)
                )
        out.extend(handles.detect(text))
    if digits:
        out.extend(_numbers(text))
        if not _SCHEME_FORMS.isdisjoint(words):
            out.extend(_grouped(text))  # "NID 1992 2695 4318 7", "RAMQ TREM 6504 1218"
    hidden_at = "at]" in low or "at)" in low or "at}" in low or "\uff20" in low
    if hidden_at or " @" in low or "@ " in low:
        out.extend(handles.hidden_emails(text))
    return out
