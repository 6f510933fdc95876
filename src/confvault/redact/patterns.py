"""E-mail addresses, URLs and domain names, IP and MAC addresses (phone numbers:
:mod:`.phones`)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from . import handles
from .lexicon import is_word, lexicon
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
# before the look-behind; the matches are the same, and the regex engine can skip to the
# characters X can be. "(?=[...])(?<!C)" only names the possible first characters: CPython
# (3.11) takes a first-character set from a leading literal or class, not a look-ahead.
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
# an address spelled out to get past filters: "j.blake at gmail dot com"
_TLD_WORD = handles.TLD_WORD
SPELLED_EMAIL = re.compile(
    rf"(?i)(?<![\w.+-]){handles.NOT_LOCAL}[\w.+-]{{2,}}(?:\s*+(?:\(at\)|\[at\]|@)|\s++at\s)\s*+"
    r"[a-z0-9-]+(?:\s*(?:\(dot\)|\[dot\]|\s+dot\s+|\.)\s*[a-z]{2,6})*?"
    rf"\s*(?:\(dot\)|\[dot\]|\s+dot\s+)\s*{_TLD_WORD}(?:\s*(?:\(dot\)|\[dot\]|\s+dot\s+|\.)\s*{_TLD_WORD})*(?![\w])"
)
# what SPELLED_EMAIL cannot match without, in any case ("DOT COM" too)
_SPELLED_HINT = re.compile(r"(?i)dot|\(at\)|\[at\]")
# A social-media handle ("@priya_sharma", "@SamBlake82"): an online address. Not an
# e-mail's "@" (a word character before it), nor "@ 5pm"; a short word ("@home") only
# with a digit, "_" or "." in it, and a few longer ordinary words never.
HANDLE = re.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?(?![\w@])")
_HANDLE_MARK = re.compile(r"[\d_.]")
_AT_WORDS = frozenset(
    ["everyone", "school", "college", "church", "night", "lunch", "dinner", "weekend",
     "office", "hospital", "work", "home", "mums", "dads", "nans", "gym"]
)  # fmt: skip


# the name part of an address written without its domain: "the jmorrow@ one at work"
_BARE_LOCAL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{1,40}@(?=[ \t\n),;:!?]|\.?$)")


def _local_like(local: str) -> bool:
    """An address's name by its look: letters joined by a dot, "_" or "+" ("j.morrow"),
    letters then digits ("jmorrow79"), or six letters or more that are no word
    ("jmorrow"); not "me@ lunch", "data@ home" (review 27), "50mg@ night", "2pm@
    school", "b4@ lunch", "skool@ 9" (review 28)."""
    if _MARKED_LOCAL.fullmatch(local):
        return True
    return len(local) >= 6 and local.isalpha() and local.islower() and not is_word(local, lexicon())


_MARKED_LOCAL = re.compile(r"[A-Za-z]+(?:[._+][A-Za-z0-9]+)+|[A-Za-z]{3,}\d{2,}")


def detect_web(text: str) -> list[Span]:
    found = []
    low = text.lower()  # (for the case-blind screens below)
    if "@" in text:
        for m in EMAIL.finditer(text):
            found.append(Span(m.start(), m.end(), "EMAIL", "pattern"))
        for m in _BARE_LOCAL.finditer(text):  # "not the jmorrow@ one": an address's name
            if _local_like(m.group()[:-1]):
                found.append(Span(m.start(), m.end(), "EMAIL", "pattern"))
        for m in HANDLE.finditer(text):
            body = m.group()[1:]
            if _HANDLE_MARK.search(body) or (len(body) >= 5 and body.lower() not in _AT_WORDS):
                found.append(Span(m.start(), m.end(), "URL", "pattern"))
    # (the hint's letters: (?i) matches them only in ASCII, so ``low`` holds any match)
    if ("dot" in low or "(at)" in low or "[at]" in low) and _SPELLED_HINT.search(text):
        found.extend(
            Span(m.start(), m.end(), "EMAIL", "pattern") for m in SPELLED_EMAIL.finditer(text)
        )
    found.extend(handles.bare(text, low))  # Reddit, "raj dot patel at gmail"
    if "." in text:
        _dotted(text, found, low)
    if ":" in text and ("::" in text or text.count(":") >= 6):
        found.extend(_ipv6(text))  # _ipv6 skips candidates with fewer colons and no "::"
    if (("-" in text or ":" in text) and _MAC_HINT.search(text)) or (
        "." in text and _MAC_DOT_HINT.search(text)
    ):
        for m in MAC.finditer(text):
            hexdigits = re.sub(r"[:.-]", "", m.group()).upper()
            if hexdigits not in ("FFFFFFFFFFFF", "000000000000"):
                found.append(Span(m.start(), m.end(), "ID", "pattern"))
    return found


# Hints: a text without a match of the hint has no match of the full pattern. Each
# is written to begin with its separator, which the regex engine can skip to, and
# to look behind for what comes before it.
_MAC_HINT = re.compile(r"[:-](?<=[0-9A-Fa-f]{2}[:-])[0-9A-Fa-f]{2}[:-]")
_MAC_DOT_HINT = re.compile(r"\.(?<=[0-9A-Fa-f]{4}\.)[0-9A-Fa-f]{4}\.")
_DOMAIN_HINT = re.compile(r"\.(?<=[A-Za-z0-9]\.)[A-Za-z]")
# four octets hold "digit.digit{1,3}.digit{1,3}.digit"
_IPV4_HINT = re.compile(r"\.(?<=\d\.)\d{1,3}\.\d{1,3}\.\d")
_PATH = re.compile(r"/[^\s<>\"'`]+")
# URL's own case: "Www.example.org/…" is as much an address as "www."
_WWW = re.compile(r"(?i)www\.")


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` less the closing punctuation before it (a sentence's full stop)."""
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return end


def _dotted(text: str, found: list[Span], low: str) -> None:
    # ((?i)w matches "w" and "W" only: ``low`` holds any "www." there is)
    if "://" in text or ("www." in low and _WWW.search(text)):
        for m in URL.finditer(text):
            end = _trimmed(text, m.start(), m.end())
            if "." in text[m.start() : end].split("//", 1)[-1]:
                found.append(Span(m.start(), end, "URL", "pattern"))
    if _DOMAIN_HINT.search(text):
        for m in DOMAIN.finditer(text):
            tld = m.group().rsplit(".", 1)[-1].lower()
            if len(tld) == 2 and tld not in _CCTLD:
                continue
            end = m.end()
            path = _PATH.match(text, end)  # "wa.me/447700900461": the path names someone
            if path:
                end = _trimmed(text, end, path.end())
            elif len(tld) == 2 and m.group().count(".") == 1 and len(m.group()) < 8:
                continue  # "e.g", "i.e", "no.uk"-like fragments
            found.append(Span(m.start(), end, "URL", "pattern"))
    if _IPV4_HINT.search(text):
        for m in IPV4.finditer(text):
            found.append(Span(m.start(), m.end(), "URL", "pattern", placeholder_kind="IP"))


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
