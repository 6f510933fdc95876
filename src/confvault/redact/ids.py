"""Identifier numbers and codes: cards, IBANs, national IDs, licences, plates.

Digit-bearing tokens are grouped into runs; every sub-run is tried, longest
first, against shape rules and check digits (:mod:`.checksums`). A shape that
belongs to a checksummed scheme and fails its checksum is a look-alike and is
not flagged. Other letter+digit codes are flagged as generic IDs; bare digit
strings that fit no checksum are flagged only after a word such as "account"
or "licence".
"""

from __future__ import annotations

import re

from .ids_context import AMOUNT_IN_ASCII, card_context, context
from .ids_iban import _IBAN_LENGTHS_ANY_CASE as _IBAN_LENGTHS_ANY_CASE
from .ids_iban import IBAN_HINT_AT, SCREEN, ibans, lookalike_regions
from .ids_iban import lookalikes as lookalikes
from .ids_shapes import _DIGIT_RULES as _DIGIT_RULES
from .ids_shapes import _FEW_DIGITS as _FEW_DIGITS
from .ids_shapes import code_verdict, digits_verdict, series_letters, spaced_verdict
from .intervals import containment
from .lexicon import frequent, lexicon
from .model import Span
from .words import AMOUNT_AFTER

_DIGIT_TOKEN = re.compile(r"[A-Za-z0-9\-./:_#]*\d[A-Za-z0-9\-./:_]*")

# a card's initials just before a long number: "his CIN, 08123456", "CNIB: 48812290"
# (session 20); not a currency's code ("USD 1500000", "NGN 2500000")
_INITIALS_LABEL = re.compile(r"(?<![\w])([A-Z]{2,5})[ \t]*(?:[:#,]|no\.?|n[°º])?[ \t]*\Z")
_YEARS = re.compile(r"(?:19|20)\d\d\D{1,3}(?:19|20)?\d\d")  # "2023-2024": no number
_INITIALS_DIGITS = 7  # digits at least after such a label
_CURRENCIES = frozenset(
    ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "ZAR", "NGN", "KES", "GHS", "INR", "PKR",
     "BDT", "LKR", "NPR", "PHP", "IDR", "MYR", "SGD", "HKD", "CNY", "RMB", "JPY", "KRW",
     "THB", "VND", "AED", "SAR", "QAR", "KWD", "OMR", "BHD", "EGP", "MAD", "TND", "DZD",
     "XOF", "XAF", "CFA", "FCFA", "TZS", "UGX", "RWF", "ETB", "ZMW", "MWK", "MZN", "BWP",
     "NAD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RSD",
     "HRK", "TRY", "RUB", "UAH", "KZT", "UZS", "BRL", "ARS", "CLP", "COP", "PEN", "MXN",
     "JMD", "TTD", "BBD", "XCD", "HTG", "DOP", "CUP", "GTQ", "HNL", "NIO", "CRC", "PAB",
     "BOB", "PYG", "UYU", "VES", "ILS", "IRR", "IQD", "JOD", "LBP", "SYP", "YER", "AFN",
     "MMK", "KHR", "LAK", "MNT", "SDG", "SSP", "SOS", "DJF", "ERN", "LRD", "SLL", "GMD",
     "GNF", "MGA", "MUR", "SCR", "KMF", "AOA", "CDF", "BIF"]
)  # fmt: skip


def _initials_label(text: str, start: int, cand: str) -> bool:
    """Initials, not a word in capitals ("I GOT 1000000 likes") nor a currency, just
    before ``cand``, which is no span of years ("AY 2023-2024")."""
    m = _INITIALS_LABEL.search(text, max(0, start - 12), start)
    if m is None or m.group(1) in _CURRENCIES or _YEARS.fullmatch(cand):
        return False
    return not frequent(m.group(1).lower(), lexicon(), 20000)


# a label naming a number of its own, just before a code: the code is that number
# whatever scheme its shape recalls (the schemes' own names are not here: "passport",
# "KVNR", "IBAN" look-alikes stay look-alikes)
_LABEL_OWN = re.compile(
    r"(?i)\b(?:event|case|incident|crime|claim|licen[cs]e|permit|file|ticket|job|booking|"
    r"member(?:ship)?|record|reference|ref|account|acct)[ \t]*(?:number|no\.?|num|nr|#|id)?"
    r"[ \t]*[:#.]?[ \t]*(?:is[ \t]+)?$"
)
_HEX_LIKE = re.compile(r"[0-9a-fA-F:.-]+")
_MANY_DIGITS = re.compile(r"(?:[^0-9]*[0-9]){8}")
# a card's code in spaced groups after its letter: "B0912 3465 8" (not an IBAN's "HR12
# 1001 …" nor a NINO's "AB 12 34 56", whose look-alikes stay: their schemes have checks)
_SPACED_CODE = re.compile(r"[A-Za-z][0-9]{3,}(?: [0-9]+)+")
# a card's number in groups of digits ending in a letter: "001-150390-0012K"
_DASHED_CODE = re.compile(r"[0-9]{2,}(?:-[0-9]{2,})+[A-Za-z]")

# _DIGIT_TOKEN's first-part characters: a token starts after the last of these before a digit
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./:_#")
# A run of _DIGIT_TOKENs in one match: each next one after one space or tab, or after a
# code of 1-3 letters between two. Not after a token ending in ".:-" nor before one
# starting with "#": those characters are trimmed off, and the gap then is too wide.
# The first token is matched from its first digit (the characters before are the
# caller's), so that the regex engine skips to digits fast: to its last digit (when
# that first one is ASCII: a non-ASCII one is _DIGIT_TOKEN's ``\d`` itself), then on.
_RUN = re.compile(
    r"\d(?:(?<=[0-9])[A-Za-z0-9\-./:_#]*\d)?[A-Za-z0-9\-./:_]*"
    rf"(?:(?<![.:\-])[ \t](?:[A-Za-z]{{1,3}}[ \t])?(?!#)(?>{_DIGIT_TOKEN.pattern}))*"
)


_LEFT_CODE = re.compile(r"(?<![\w])[A-Za-z]{1,3} $")
_RIGHT_CODE = re.compile(r" [A-Za-z]{1,3}(?![\w])")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _extend(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add one short letter group on each side ("AA 12 34 56 B", "34 ABC 1234")."""
    s = run[0][0]
    # _LEFT_CODE ends in a letter and a space, at the end or (``$``) before a final newline
    if s >= 2 and (
        (text[s - 1] == " " and text[s - 2] in _LETTERS)
        or (s >= 3 and text[s - 2 : s] == " \n" and text[s - 3] in _LETTERS)
    ):
        m = _LEFT_CODE.search(text, max(0, s - 4), s)
        if m:
            run = [(m.start(), s - 1), *run]
    e = run[-1][1]
    if text[e : e + 1] == " " and text[e + 1 : e + 2] in _LETTERS:
        m2 = _RIGHT_CODE.match(text, e, min(len(text), e + 5))
        if m2:
            run = [*run, (e + 1, m2.end())]
    return run


def detect_ids(text: str) -> list[Span]:
    return scan(text)[0]


# _id_span(start, end) made without the frozen dataclass's __init__ (seven
# object.__setattr__ calls): a new instance given the same attribute dict, in field order
_ID_FIELDS = dict(Span(0, 0, "ID", "pattern").__dict__)
_new = object.__new__


def _id_span(start: int, end: int) -> Span:
    sp = _new(Span)
    attrs = sp.__dict__
    attrs.update(_ID_FIELDS)
    attrs["start"] = start
    attrs["end"] = end
    return sp


def _may_screen(text: str, runs: list[tuple[int, int]]) -> bool:
    """False when SCREEN cannot match: every digit is in a run (a _RUN match), and when
    all runs are ASCII none has 16 characters, as a card shape would, nor an ASCII
    letter in it or just before it, as an IBAN hint's digits would."""
    for s, e in runs:
        if e - s >= 16 or (s and text[s - 1] in _LETTERS):
            return True
        run = text[s:e]
        if not run.isascii():
            return True  # (a token holds one non-ASCII digit: a card shape spans runs)
        if not run.isdigit() and run.upper() != run.lower():  # (ASCII: a letter)
            return True
    return False


def scan(text: str) -> tuple[list[Span], list[tuple[int, int]]]:
    """ID spans, and look-alike regions (IBAN/card shapes failing their checksum).

    Tokens inside a valid IBAN or a look-alike are not tried again: the IBAN
    covers them, and the look-alike vetoes everything inside it anyway."""
    first = _RUN.search(text)  # (its start is the first digit)
    if first is None:
        return [], []  # every shape here has a digit
    pos = first.start()
    spans: list[Span] = []
    vetoes: list[tuple[int, int]] = []
    inside = None
    runs = [first.span()]
    if first.end() < len(text):  # (a run ends at the text's end, or before a non-token)
        runs += [m.span() for m in _RUN.finditer(text, first.end())]
    screen = SCREEN.search(text, pos) if _may_screen(text, runs) else None
    if screen is not None:
        # the first IBAN hint (none starts before the screen's match, nor at a card shape's)
        hint = screen if screen.end() - screen.start() == 2 else None
        hint = hint or IBAN_HINT_AT.search(text, screen.start())
        valid: list[tuple[int, int]] = []
        if hint is not None:
            valid, starts = ibans(text, hint.start())
            # (a card shape has 16 digits, the first at or after pos)
            cards = len(text) - pos >= 16
            vetoes = lookalike_regions(text, valid, starts, cards)
        else:  # a card shape, no IBAN hint
            vetoes = lookalike_regions(text, [], [], True)
        if valid or vetoes:
            spans = [_id_span(a, b) for a, b in valid]
            inside = containment(valid + vetoes)
    # Runs of digit-bearing tokens (_DIGIT_TOKEN.finditer's) separated by single spaces
    # or a short code, one _RUN match from each next digit: a run starts after the last
    # token character before that digit. A code between two tokens is an element too.
    end = 0  # where the previous run ended
    for s, e in runs:
        while s > end and text[s - 1] in _TOKEN_CHARS:
            s -= 1
        end = e
        if text[s] == "#":
            s += 1
            while text[s] == "#":
                s += 1
        if text[e - 1] in ".:-":
            e -= 1
            while text[e - 1] in ".:-":
                e -= 1
        if inside is not None and inside(s, e):
            continue  # so is every token of it
        cand = text[s:e]
        if " " in cand or "\t" in cand:
            run = []
            for part in cand.replace("\t", " ").split(" "):
                run.append((s, s + len(part)))
                s += len(part) + 1
            if inside is not None:
                run = [t for t in run if not inside(t[0], t[1])]
            if len(run) > 1:
                _run_ids(text, _extend(text, run), spans)
                continue
            if not run:
                continue
            s, e = run[0]
            cand = text[s:e]
        if e - s < 5 and cand.isdigit():
            continue  # "12", "595": too short for any scheme, with or without letters around
        if (s >= 2 and (text[s - 1] == " " or text[s - 2 : s] == " \n")) or (
            text[e : e + 1] == " "
        ):  # maybe a letter code to add on a side
            toks = _extend(text, [(s, e)])
            if len(toks) > 1:
                _run_ids(text, toks, spans)
                continue
        # the token alone (as _run_ids would try it)
        if not (e - s <= 3 and cand.isascii() and cand.isalpha()) and _is_id(
            text, s, cand, False, []
        ):  # (a letter code alone: look-alikes took the tokens around it)
            spans.append(_id_span(s, e))
    return spans, vetoes


def _run_ids(text: str, toks: list[tuple[int, int]], spans: list[Span]) -> None:
    """Try every stretch of up to 6 elements, longest first, left to right."""
    i = 0
    done = -1  # the last element a span took
    while i < len(toks):
        found = 0
        ctx: list[bool] = []  # the context before toks[i], computed at most once
        s = toks[i][0]
        for j in range(min(len(toks), i + 6) - 1, i - 1, -1):
            e = toks[j][1]
            cand = text[s:e]
            if e - s <= 3 and cand.isascii() and cand.isalpha():
                continue  # a short letter code on its own
            if _is_id(text, s, cand, j > i, ctx):
                if i and i - 1 > done and _series_letters(text, toks[i - 1], cand):
                    s = toks[i - 1][0]  # "ID H 318 204 771 063", "CIN: BK 274519"
                spans.append(_id_span(s, e))
                found = j - i + 1
                done = j
                break
        i += found or 1


# a number's series letters before it, after a label: one or two capitals, then a
# number of six digits or more (session 18)
def _series_letters(text: str, letters: tuple[int, int], number: str) -> bool:
    return sum(c.isdigit() for c in number) >= 6 and series_letters(text, *letters)


# digits and separators only (a candidate's characters are ASCII or ``\d``: this is
# "``compact`` is all digits")
_NUMBER = re.compile(r"[\d \-./:_]+")
_GROUPED = re.compile(r"\d+(?:([ \-.:])\d+)?(?:\1\d+)*")
# two to four parts joined by slashes, five digits or more in all, not date-shaped
# ("13/45678/24", "HB/2291/77"; not "5/21/21")
_SLASHED_REF = re.compile(
    r"(?!\d{1,4}/\d{1,2}/\d{1,4}$)(?=(?:\D*\d){5})[A-Za-z\d]+(?:/[A-Za-z\d]+){1,3}"
)


# the signs before amounts, and an amount in rand ("owes R4500.00")
_CURRENCY = frozenset("£$€¥₹₦₱₩")
_RAND = re.compile(r"R\d[\d,]*\.\d\d")
# numbers written with dots and a dash as only national IDs are: a Brazilian CPF
# ("482.917.305-66") or CNPJ ("12.345.678/0001-95"), a Chilean RUT or Brazilian RG
# ("12.345.678-9"; a RUT's K check letter is a code's, below)
_DOTTED_NATIONAL = re.compile(
    r"\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{1,2}\.\d{3}\.\d{3}-\d"
)
# a Czech or Slovak birth number, "rodné číslo" ("810312/4471"): a date of birth, the
# month plus 50 for a woman (plus 20 or 70 from 2004), a slash, three or four digits
_BIRTH_NUMBER = re.compile(r"\d\d(\d\d)(\d\d)/\d{3,4}")


def _birth_number(cand: str) -> bool:
    m = _BIRTH_NUMBER.fullmatch(cand)
    if m is None:
        return False
    month, day = int(m.group(1)), int(m.group(2))
    return 1 <= month % 50 - (20 if month % 50 > 20 else 0) <= 12 and 1 <= day <= 31


# betting and gaming brands shaped like a code ("thru Bet365 daily": session 17)
_BRAND_CODES = frozenset(["bet365", "32red", "888sport", "888poker", "888casino", "888ladies"])


def _context(text: str, start: int, ctx: list[bool]) -> bool:
    """Is there an ID word just before ``start``? Asked once a candidate (``ctx``)."""
    if not ctx:
        ctx.append(context(text, start))
    return ctx[0]


def _is_id(text: str, start: int, cand: str, multi: bool, ctx: list[bool]) -> bool:
    """``ctx`` caches whether an ID word comes just before ``start``."""
    if multi:
        # elements joined by single spaces or tabs (or a code's " \n"): a number here is
        # all-digit elements joined by spaces (_GROUPED's one kind of separator), and
        # any other letterless candidate fails _GROUPED and every spaced shape alike
        compact = cand.replace(" ", "")
        if not compact.isdecimal():  # (``\d`` is what isdecimal tells)
            # (or a card's spaced number after its name: "CNIB, B0912 3465 8")
            return spaced_verdict(cand) or (
                _SPACED_CODE.fullmatch(cand) is not None  # (first: it fails at a digit)
                and _MANY_DIGITS.match(compact) is not None
                and card_context(text, start)
            )
    elif cand.isdigit():
        if not cand.isdecimal():  # what ``\d`` matches
            return False
        compact = cand
    elif not cand.isalnum() and _NUMBER.fullmatch(cand):
        if text[start - 1 : start] in _CURRENCY:
            return False  # "Council tax £640.30", "£1 200": an amount, not a number
        # (each dotted shape has a ".", a birth number a "/")
        if ("." in cand and _DOTTED_NATIONAL.fullmatch(cand)) or (
            "/" in cand and _birth_number(cand)
        ):
            return True
        grouped = _GROUPED.fullmatch(cand)  # also rules out two kinds of separator
        if grouped is None:
            # "13/45678/24": a reference with slashes, after an ID word only
            return _SLASHED_REF.fullmatch(cand) is not None and _context(text, start, ctx)
        compact = cand.replace(grouped.group(1), "")  # (the one kind there is)
    else:
        if _RAND.fullmatch(cand) or cand.lower() in _BRAND_CODES:
            return False
        verdict = code_verdict(cand)
        if verdict is None and _SLASHED_REF.fullmatch(cand):
            return _context(text, start, ctx)  # "HB/2291/77", "24/123456A" after "ref"
        if verdict is None and _DASHED_CODE.fullmatch(cand) and card_context(text, start):
            return True  # a card's number ending in a letter: "cédula 001-150390-0012K"
        if verdict is False and _LABEL_OWN.search(text, max(0, start - 30), start):
            # a look-alike of another scheme after a label of its own ("Police event
            # number P058893214", "license # FLC-4417-22"): the label says what it is
            return not _HEX_LIKE.fullmatch(cand)
        return verdict is True
    if not 5 <= len(compact) <= 20:
        return False
    verdict = digits_verdict(cand, compact)
    if verdict is not None:
        return verdict
    if (AMOUNT_IN_ASCII or not text.isascii()) and AMOUNT_AFTER.match(text, start + len(cand)):
        return False  # "passport fee 25000 rupees", "رسوم الإقامة 25000 ريال": an amount
    return _context(text, start, ctx) or (
        len(compact) >= _INITIALS_DIGITS
        and cand.isdigit()  # (not "AB 12 34 56 1", a NINO's look-alike; "IP: 192.168.0")
        and _initials_label(text, start, cand)
    )
