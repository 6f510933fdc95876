"""E-mail addresses, URLs and domain names, IP and MAC addresses, phone numbers.

Phone numbers are found as candidates by a loose regular expression and then
judged by Google's libphonenumber metadata (the ``phonenumbers`` package),
imported on first use only.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterator
from types import ModuleType

from .model import Span

EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\w-])"
)
URL = re.compile(r"(?i)\b(?:https?|ftp)://[^\s<>\"'`]+|\bwww\.[^\s<>\"'`]+")
_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|me|app|dev|ai|site|online|shop|store|blog|"
    "tech|xyz|club|news|live|webcam|vlaanderen|[a-z]{2}"
)
DOMAIN = re.compile(
    rf"(?i)(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})(?![\w-]|\.[a-z])"
)
_CCTLD = frozenset(
    [
        "ac",
        "ad",
        "ae",
        "af",
        "ag",
        "ai",
        "al",
        "am",
        "ao",
        "aq",
        "ar",
        "as",
        "at",
        "au",
        "aw",
        "ax",
        "az",
        "ba",
        "bb",
        "bd",
        "be",
        "bf",
        "bg",
        "bh",
        "bi",
        "bj",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "bt",
        "bw",
        "by",
        "bz",
        "ca",
        "cc",
        "cd",
        "cf",
        "cg",
        "ch",
        "ci",
        "ck",
        "cl",
        "cm",
        "cn",
        "co",
        "cr",
        "cu",
        "cv",
        "cw",
        "cx",
        "cy",
        "cz",
        "de",
        "dj",
        "dk",
        "dm",
        "do",
        "dz",
        "ec",
        "ee",
        "eg",
        "er",
        "es",
        "et",
        "eu",
        "fi",
        "fj",
        "fk",
        "fm",
        "fo",
        "fr",
        "ga",
        "gd",
        "ge",
        "gf",
        "gg",
        "gh",
        "gi",
        "gl",
        "gm",
        "gn",
        "gp",
        "gq",
        "gr",
        "gs",
        "gt",
        "gu",
        "gw",
        "gy",
        "hk",
        "hm",
        "hn",
        "hr",
        "ht",
        "hu",
        "id",
        "ie",
        "il",
        "im",
        "in",
        "io",
        "iq",
        "ir",
        "is",
        "it",
        "je",
        "jm",
        "jo",
        "jp",
        "ke",
        "kg",
        "kh",
        "ki",
        "km",
        "kn",
        "kp",
        "kr",
        "kw",
        "ky",
        "kz",
        "la",
        "lb",
        "lc",
        "li",
        "lk",
        "lr",
        "ls",
        "lt",
        "lu",
        "lv",
        "ly",
        "ma",
        "mc",
        "md",
        "me",
        "mg",
        "mh",
        "mk",
        "ml",
        "mm",
        "mn",
        "mo",
        "mp",
        "mq",
        "mr",
        "ms",
        "mt",
        "mu",
        "mv",
        "mw",
        "mx",
        "my",
        "mz",
        "na",
        "nc",
        "ne",
        "nf",
        "ng",
        "ni",
        "nl",
        "no",
        "np",
        "nr",
        "nu",
        "nz",
        "om",
        "pa",
        "pe",
        "pf",
        "pg",
        "ph",
        "pk",
        "pl",
        "pm",
        "pn",
        "pr",
        "ps",
        "pt",
        "pw",
        "py",
        "qa",
        "re",
        "ro",
        "rs",
        "ru",
        "rw",
        "sa",
        "sb",
        "sc",
        "sd",
        "se",
        "sg",
        "sh",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sx",
        "sy",
        "sz",
        "tc",
        "td",
        "tf",
        "tg",
        "th",
        "tj",
        "tk",
        "tl",
        "tm",
        "tn",
        "to",
        "tr",
        "tt",
        "tv",
        "tw",
        "tz",
        "ua",
        "ug",
        "uk",
        "us",
        "uy",
        "uz",
        "va",
        "vc",
        "ve",
        "vg",
        "vi",
        "vn",
        "vu",
        "wf",
        "ws",
        "ye",
        "yt",
        "za",
        "zm",
        "zw",
    ]
)
# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, and "(?=[...])(?<!C)" names the possible first characters; either
# lets the regex engine skip to candidate characters. The matches are the same.
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = re.compile(
    rf"(?=\d)(?<![\w.])(?:{_OCTET}\.){{3}}{_OCTET}(?:/(?:3[0-2]|[12]?\d)(?!\d))?(?![\w])"
)
IPV6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*(?:%[A-Za-z0-9]+)?(?:/\d{1,4})?")
MAC = re.compile(
    r"(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
    r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-])"
)
_TRIM = ".,;:!?)]}'\"\u201d\u2019"


def detect_web(text: str) -> Iterator[Span]:
    if "@" in text:
        for m in EMAIL.finditer(text):
            yield Span(m.start(), m.end(), "EMAIL", "pattern")
    if "." in text:
        yield from _dotted(text)
    if ":" in text:
        yield from _ipv6(text)
    if ("-" in text or ":" in text or "." in text) and _MAC_HINT.search(text):
        for m in MAC.finditer(text):
            hexdigits = re.sub(r"[:.-]", "", m.group()).upper()
            if hexdigits not in ("FFFFFFFFFFFF", "000000000000"):
                yield Span(m.start(), m.end(), "ID", "pattern")


_MAC_HINT = re.compile(r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.")
_DOMAIN_HINT = re.compile(r"[A-Za-z0-9]\.[A-Za-z]")
_IPV4_HINT = re.compile(r"\d\.\d")


def _dotted(text: str) -> Iterator[Span]:
    if "://" in text or "www." in text or "WWW." in text:
        for m in URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in _TRIM:
                end -= 1
            if "." in text[m.start() : end].split("//", 1)[-1]:
                yield Span(m.start(), end, "URL", "pattern")
    if _DOMAIN_HINT.search(text):
        for m in DOMAIN.finditer(text):
            tld = m.group().rsplit(".", 1)[-1].lower()
            if len(tld) == 2 and tld not in _CCTLD:
                continue
            if len(tld) == 2 and m.group().count(".") == 1 and len(m.group()) < 8:
                continue  # "e.g", "i.e", "no.uk"-like fragments
            yield Span(m.start(), m.end(), "URL", "pattern")
    if _IPV4_HINT.search(text):
        for m in IPV4.finditer(text):
            yield Span(m.start(), m.end(), "URL", "pattern", placeholder_kind="IP")


def _ipv6(text: str) -> Iterator[Span]:
    for m in IPV6.finditer(text):
        cand = m.group()
        if "::" not in cand and cand.count(":") < (6 if "." in cand else 7):
            continue
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        body, _, prefix = cand.partition("/")
        while body.endswith(".") or (body.endswith(":") and not body.endswith("::")):
            body = body[:-1]
        addr = body.split("%", 1)[0]
        try:
            ipaddress.IPv6Address(addr)
        except ValueError:
            continue
        length = len(body)
        if prefix and prefix.isdigit() and int(prefix) <= 128 and body == cand.partition("/")[0]:
            length = len(cand)
        yield Span(m.start(), m.start() + length, "URL", "pattern", placeholder_kind="IP")


# --- phone numbers ---------------------------------------------------------

_PHONE = re.compile(
    r"(?=[+(\d])(?<![\w+/.-])(?:\+|00)?(?:\(\d{1,5}\)[ .-]?|\d)"
    r"(?:\d|[ .-](?=[\d(])|\((?=\d)|\)(?=[ \d.-]))*\d"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w/]|[.,-]\d)"
)
_PHONE_CONTEXT = re.compile(
    r"(?i)\b(?:call(?:ed|ing|s)?|phone[sd]?|mobile|mob|tel|telephone|cell|fax|desk|office|"
    r"text(?:ed|ing)?|message[sd]?|sms|whatsapp|signal|landline|contact|reach|ring|rang|"
    r"answering|voicemail|hotline|helpline|ext|number|registered)\b[^\n]{0,20}$"
)
_DATE_LIKE = re.compile(r"(?:\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\d.-])")
_SUFFIX_CONTEXT = re.compile(
    r"(?i)[ \t-]*\\?,?[ \t]*\(?(?:office|fax|mobile|home|work|cell|desk)\b"
)
_NANP = re.compile(r"(?:\+?1[ .-]?)?\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]?\d{4}")
_HOME = ("US", "GB", "AU", "CA", "IE", "NZ")
_WORLD = ("IN", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "PT", "SE", "DK", "NO", "FI",
          "IS", "PL", "HU", "CZ", "BR", "MX", "JP", "CN", "TR", "PH", "ZA", "IL")  # fmt: skip


@functools.cache
def _pn() -> ModuleType:
    import phonenumbers  # deferred: keeps "import confvault.redact" cheap

    return phonenumbers


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
    variants = [digits]
    if prefix and digits.startswith(prefix):
        variants.append(digits[len(prefix) :])
    if region == "GB" and digits.startswith("180020"):
        variants.append(digits[6:])
    if possible:
        return any(len(v) in lengths for v in variants)
    return any(pattern.fullmatch(v) for v in variants)


def _valid_in(cand: str, regions: tuple[str, ...], *, possible: bool = False) -> bool:
    pn = _pn()
    digits = "".join(c for c in _EXT.sub("", cand) if c.isdigit())
    for region in regions:
        if not _precheck(digits, region, possible):
            continue
        try:
            num = pn.parse(cand, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number_for_region(num, region) or (possible and pn.is_possible_number(num)):
            return True
    return False


def warm_up() -> None:
    """Load libphonenumber and the metadata of every region tried (start-up cost)."""
    pn = _pn()
    for region in _HOME + _WORLD:
        _region_checks()
        example = pn.example_number(region)
        if example is not None:
            pn.is_valid_number_for_region(example, region)
            pn.is_possible_number(example)
    _judge("+44 7700 900123", False)


@functools.lru_cache(maxsize=4096)
def _judge(cand: str, context: bool) -> bool:
    """Is this digit string a phone number? libphonenumber decides, by format."""
    pn = _pn()
    digits = sum(map(str.isdigit, cand))
    grouped = any(c in " .-()" for c in cand)
    if cand.startswith(("+", "00")):
        try:
            num = pn.parse("+" + cand[2:] if cand.startswith("00") else cand, None)
        except pn.NumberParseException:
            return False
        if cand.startswith("00") and not grouped and not context:
            return bool(pn.is_valid_number(num))  # "0034567890124": a bare run of digits
        # the cheap length test first: it admits every valid number's length anyway
        return bool(pn.is_possible_number(num) or pn.is_valid_number(num))
    if _NANP.fullmatch(cand) and _valid_in(cand, ("US",)):
        return True
    if context:
        return (grouped and digits >= 7) or _valid_in(cand, _HOME + _WORLD, possible=True)
    if not grouped:
        return cand[0] == "0" and 10 <= digits <= 11 and _valid_in(cand, _HOME + _WORLD)
    if cand[0] in "0(":
        return _valid_in(cand, _HOME + _WORLD)
    return _valid_in(cand, _HOME)


def detect_phones(text: str) -> Iterator[Span]:
    for m in _PHONE.finditer(text):
        cand = m.group()
        digits = sum(map(str.isdigit, cand))
        if not 7 <= digits <= 15 or _DATE_LIKE.match(cand):
            continue
        if cand.count("(") != cand.count(")"):
            continue
        context = bool(
            _PHONE_CONTEXT.search(text, max(0, m.start() - 40), m.start())
            or _SUFFIX_CONTEXT.match(text, m.end())
        )
        if _judge(cand, context):
            yield Span(m.start(), m.end(), "PHONE", "pattern")
