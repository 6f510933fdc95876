"""Phone numbers.

Candidates are found by a loose regular expression and then judged by Google's
libphonenumber metadata (the ``phonenumbers`` package), imported on first use
only. Most candidates are judged by a mirror of the library's own parse and
validation steps over that metadata (much faster than calling it; in
phones_mirror.py); the rest by the library itself.
"""

from __future__ import annotations

import contextlib
import functools
import re

from .model import Span
from .phones_mirror import (
    _MAX_NSN,
    _NOT_DIGITS,
    _PLANS,
    _fast_international,
    _fast_parse,
    _fast_valid,
    _mirrored,
    _national,
    _plan,
    _pn,
    _Unsure,
    _valid_for,
)
from .words import AMOUNT_AFTER

# "(?<![\w+/.-])(?:\+|00)?(?:\(\d{1,5}\)[ .-]?|\d)" written so that the regex engine can
# skip to the first character (the idiom above): that character is matched first, then
# the look-behind, then the rest of what it began, trying the alternatives in the
# same order ("0": "00" and a head first, then a plain digit).
_PHONE_HEAD = r"(?:\(\d{1,5}\)[ .-]?|\d)"
_PHONE = re.compile(
    r"[+(\d](?<![\w+/.-](?s:.))"
    rf"(?:(?<=\+){_PHONE_HEAD}|(?<=0)0{_PHONE_HEAD}|(?<=\()\d{{1,5}}\)[ .-]?|(?<=\d))"
    r"(?:\d|[ .-](?=[\d(])|\((?=\d)|\)(?=[ \d.-]))*\d"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w/]|[.,-]\d)"
)
_CONTEXT_WORDS = (
    "call(?:ed|ing|s)?", "phone[sd]?", "mobile", "mob", "tel", "telephone", "cell", "fax",
    "desk", "office", "text(?:ed|ing)?", "message[sd]?", "sms", "whatsapp", "signal",
    "landline", "contact", "reach", "ring", "rang", "answering", "voicemail", "hotline",
    "helpline", "ext", "number", "numbers", "registered", "ph", "phn", "fone", "txt", "ringing",
    "direct line", "work line", "s line", "line is",
    # in other scripts (session 21): Chinese, Korean, Arabic, Persian, Hebrew, Amharic,
    # Hindi, Bengali, Russian and Ukrainian
    "电话", "電話", "手机", "手機", "전화(?:번호)?",
    "휴대폰", "핸드폰", "연락처", "هاتف", "الهاتف",
    "جوال", "الجوال", "موبايل", "تلفن",
    "موبایل", "טלפון", "נייד", "ስልክ",
    "फ़?ोन", "मोबाइल", "ফোন", "тел",
    "телефон", "моб",
)  # fmt: skip


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The alternation of words, grouped by first letter so that the regex engine
    tries one group, not every word, at each word start. Only whether a search
    matches is used, so the order of the alternatives does not matter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_PHONE_CONTEXT = re.compile(rf"(?i)\b(?:{_by_first_letter(_CONTEXT_WORDS)})\b[^\n]{{0,20}}$")
# the same search in an ASCII window lowered (which keeps every position; session 22):
# the ASCII words without (?i), which slows each alternative tried, after one
# look-behind for a word's start (the character before the window is looked at too)
_ASCII_WORDS = tuple(word for word in _CONTEXT_WORDS if word.isascii())
if any(word != word.lower() for word in _ASCII_WORDS):
    raise ValueError("a phone word holds a capital")
_LOWER_CONTEXT = re.compile(rf"(?<!\w)(?:{_by_first_letter(_ASCII_WORDS)})\b[^\n]{{0,20}}$")
_DATE_LIKE = re.compile(r"(?:\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\d.-])")
_SUFFIX_CONTEXT = re.compile(
    r"(?i)[ \t-]*\\?,?[ \t]*\(?(?:office|fax|mobile|home|work|cell|desk)\b"
)
_NANP = re.compile(r"(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]?\d{4}")
_HOME = ("US", "GB", "AU", "CA", "IE", "NZ")
_WORLD = ("IN", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "SE", "DK", "NO", "FI",
          "IS", "PL", "HU", "CZ", "BR", "MX", "JP", "CN", "TR", "PH", "ZA", "IL")  # fmt: skip

# Regions whose national prefix is not a plain literal: no cheap pre-check.
_NO_PRECHECK = frozenset(["AU", "BR", "JP", "CN"])
_EXT = re.compile(r"\s?(?:x|ext\.?)\s?\d{1,6}$")


@functools.cache
def _region_checks() -> dict[str, tuple[re.Pattern[str], str, frozenset[int]]]:
    """Per region: libphonenumber's own general national-number pattern, the
    national (trunk) prefix and the possible lengths, read from its metadata so
    that most candidates are rejected without a full parse."""
    pn = _pn()
    out = {}
    for region in _HOME + _WORLD:
        md = pn.PhoneMetadata.metadata_for_region(region)
        desc = md.general_desc
        lengths = frozenset(desc.possible_length or ()) | frozenset(
            desc.possible_length_local_only or ()
        )
        out[region] = (re.compile(desc.national_number_pattern), md.national_prefix or "", lengths)
    return out


def _precheck(digits: str, region: str, possible: bool) -> bool:
    """False only when libphonenumber would certainly reject the number."""
    if region in _NO_PRECHECK:
        return True
    pattern, prefix, lengths = _region_checks()[region]
    # the variants: the digits, without the national prefix, without GB's "180020"
    trunk = bool(prefix) and digits.startswith(prefix)
    gb = region == "GB" and digits.startswith("180020")
    if possible:
        return (
            len(digits) in lengths
            or (trunk and len(digits) - len(prefix) in lengths)
            or (gb and len(digits) - 6 in lengths)
        )
    return bool(
        pattern.fullmatch(digits)
        or (trunk and pattern.fullmatch(digits[len(prefix) :]))
        or (gb and pattern.fullmatch(digits[6:]))
    )


def _library_national(cand: str, region: str, possible: bool) -> bool:
    """libphonenumber's own verdict on a number written nationally in ``region``
    (what the mirror below must agree with)."""
    pn = _pn()
    try:
        num = pn.parse(cand, region)
    except pn.NumberParseException:
        return False
    return bool(
        pn.is_valid_number_for_region(num, region) or (possible and pn.is_possible_number(num))
    )


def _library_international(cand: str, bare: bool) -> bool:
    """libphonenumber's own verdict on a number starting "+" or "00"; ``bare``: an
    ungrouped "00…" run with no phone word, which must be a valid number."""
    pn = _pn()
    try:
        num = pn.parse("+" + cand[2:] if cand.startswith("00") else cand, None)
    except pn.NumberParseException:
        return False
    if bare:
        return bool(pn.is_valid_number(num))  # "0034567890124": a bare run of digits
    # the cheap length test first: it admits every valid number's length anyway
    return bool(pn.is_possible_number(num) or pn.is_valid_number(num))


def _valid_in(cand: str, regions: tuple[str, ...], *, possible: bool = False) -> bool:
    plain = _plain(cand)
    if plain:
        digits = cand.translate(_NOT_DIGITS)
    else:
        digits = "".join(c for c in _EXT.sub("", cand) if c.isdigit())
    for region in regions:
        if plain:
            try:
                if _fast_region(digits, region, possible):
                    return True
                continue
            except _Unsure:
                pass
        if _precheck(digits, region, possible) and _library_national(cand, region, possible):
            return True
    return False


def _fast_region(digits: str, region: str, possible: bool) -> bool:
    """_precheck() and the library's verdict, for a plain candidate."""
    if len(digits) < 3:
        raise _Unsure  # not "viable" to the library
    if possible:
        return _precheck(digits, region, True) and _fast_valid(digits, region, True)
    plan = _PLANS.get(region) or _plan(region)
    idd = plan.idd.match(digits) if plan.idd is not None else None
    if idd or digits.startswith(plan.code):
        parsed = _fast_parse(digits, region)  # may find a calling code: the whole way
        if parsed is None or not _valid_for(*parsed, region):
            return False
        nsn = parsed[1]
    else:  # what _fast_parse and _valid_for come to without a calling code
        prefix = plan.prefix
        if prefix is not None and prefix.match(digits):
            national = _national(plan, digits)
            if national is None:
                return False
            nsn = national
        else:
            nsn = digits  # nothing to strip
        if len(nsn) > _MAX_NSN or not plan.typed(nsn):
            return False
    # Valid: the general pattern matched nsn. If nsn is one of the variants the
    # pre-check tries, that same pattern passed it there too.
    if region in _NO_PRECHECK or nsn == digits:
        return True
    trunk = _region_checks()[region][1]
    if (trunk and digits == trunk + nsn) or (region == "GB" and digits == "180020" + nsn):
        return True
    return _precheck(digits, region, False)


def warm_up() -> None:
    """Load libphonenumber and the metadata of every region tried (start-up cost),
    with the regions that share their calling codes (is_valid_number on "+1 ..."
    walks all of North America's)."""
    pn = _pn()
    for region in _HOME + _WORLD:
        _region_checks()
        example = pn.example_number(region)
        if example is not None:
            pn.is_valid_number_for_region(example, region)
            pn.is_possible_number(example)
        with contextlib.suppress(_Unsure):  # then the library decides, when asked
            plan = _plan(region)
            plan.compile_all()
            for other in pn.COUNTRY_CODE_TO_REGION_CODE[plan.cc]:
                _ = _plan(other).leading  # compiled now
    _judge("+44 7700 900123", False)


@functools.lru_cache(maxsize=4096)
def _judge(cand: str, context: bool) -> bool:
    """Is this digit string a phone number? libphonenumber decides, by format."""
    grouped = " " in cand or "." in cand or "-" in cand or "(" in cand or ")" in cand
    if cand.startswith(("+", "00")):
        bare = cand.startswith("00") and not grouped and not context
        if _plain(cand):
            try:
                return _fast_international(cand[1 if cand[0] == "+" else 2 :], bare)
            except _Unsure:
                pass
        return _library_international(cand, bare)
    if _NANP.fullmatch(cand) and _valid_in(cand, ("US",)):
        return True
    if context:
        if grouped and sum(map(str.isdigit, cand)) >= 7:
            return True
        return _valid_in(cand, _HOME + _WORLD, possible=True)
    if not grouped:
        if cand[0] != "0" or not 10 <= sum(map(str.isdigit, cand)) <= 11:
            return False
        return _valid_in(cand, _HOME + _WORLD)
    if cand[0] in "0(":
        return _valid_in(cand, _HOME + _WORLD)
    return _valid_in(cand, _HOME) or _valid_with_country_code(cand)


def _valid_with_country_code(cand: str) -> bool:
    """An international number written without its "+" ("44 20 7946 0958"). Only a
    first group that is a tried region's calling code, and only a valid number."""
    head = re.split(r"[ .-]", cand, maxsplit=1)[0]
    return head in _calling_codes() and _library_international("+" + cand, bare=True)


@functools.cache
def _calling_codes() -> frozenset[str]:
    pn = _pn()
    return frozenset(str(pn.country_code_for_region(r)) for r in _HOME + _WORLD)


# A plain candidate (see phones_mirror.py) is judged by the mirror of the library's
# steps. (_mirrored is looked up here: tests patch phones._mirrored.)
def _plain(cand: str) -> bool:
    return cand.isascii() and "x" not in cand and _mirrored()


# _PHONE_CONTEXT is searched in the 40 characters before a candidate, but a match
# starts at most this far back: a word of up to 10 letters, 20 characters, "$"
# (which may stand before a final newline).
_CONTEXT_REACH = 10 + 20 + 1


def _phone_context(text: str, start: int) -> bool:
    """_PHONE_CONTEXT.search(text, max(0, start - _CONTEXT_REACH), start) is not None"""
    lo = max(0, start - _CONTEXT_REACH)
    before = text[lo - 1 if lo else 0 : start]
    if before.isascii():
        return _LOWER_CONTEXT.search(before.lower(), 1 if lo else 0) is not None
    return _PHONE_CONTEXT.search(text, lo, start) is not None


def detect_phones(text: str) -> list[Span]:
    found = []
    for m in _PHONE.finditer(text):
        cand = m.group()
        start = m.start()
        if len(cand) < 6:
            continue  # fewer than 6 digits
        digits = sum(map(str.isdigit, cand))
        if digits == 6 and " " in cand and _SHORT_LABEL.search(text, max(0, start - 14), start):
            # six digits in groups right after "mob", "tel": a small country's number
            # (the Faroes', Greenland's: "new mob 21 44 09"; session 19)
            found.append(Span(start, m.end(), "PHONE", "pattern"))
            continue
        if not 7 <= digits <= 15 or _DATE_LIKE.match(cand):
            continue
        if cand.count("(") != cand.count(")"):
            continue
        context = bool(
            _phone_context(text, start) or _SUFFIX_CONTEXT.match(text, m.end())
        ) and not AMOUNT_AFTER.match(text, m.end())  # "bought a phone for 15000000 toman"
        if _judge(cand, context):
            found.append(Span(start, m.end(), "PHONE", "pattern"))
    if "/" in text:
        _slashed(text, found)
    if found and ("," in text or " or " in text):
        _listed(text, found)
    return found


_SHORT_LABEL = re.compile(r"(?i)\b(?:mob(?:ile)?|tel|tlf|phone|ph|cell|whatsapp)[ \t.:#]*$")
# the next number of a list of them, after its owner in brackets: "987 654 321 (hers),
# 951 220 418 (hermano)" (session 19)
_LIST_NEXT = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*(?:,|/|\bor\b|\band\b|&)[ \t]*"
    r"(\+?\d{2,4}(?:[ .-]\d{2,4}){1,4})(?![\w/]|[.,-]\d)"
)


def _listed(text: str, found: list[Span]) -> None:
    """Numbers listed after a phone number found, grouped as phone numbers are, of 7 to
    15 digits."""
    i = 0
    while i < len(found):
        m = _LIST_NEXT.match(text, found[i].end)
        if m is not None and 7 <= sum(map(str.isdigit, m.group(1))) <= 15:
            found.append(Span(m.start(1), m.end(1), "PHONE", "pattern"))
        i += 1


# "07700900461/07700900462": numbers run together with a slash, which the candidate
# pattern never takes (a slash usually makes a date or a fraction). Ungrouped runs only.
# (opening with its first character, "+" or a digit, then the look-behind: the regex
# engine skips to those instead of trying every position)
_SLASHED = re.compile(
    r"[+\d](?<![\w+/.-](?s:.))(?:(?<=\+)\d{9,14}|(?<=\d)\d{8,13})(?:/\+?\d{9,14})+(?![\w/])"
)
_SLASHED_PART = re.compile(r"\+?\d+")


def _slashed(text: str, found: list[Span]) -> None:
    for m in _SLASHED.finditer(text):
        for part in _SLASHED_PART.finditer(text, m.start(), m.end()):
            if _judge(part.group(), False):
                found.append(Span(part.start(), part.end(), "PHONE", "pattern"))
