"""detect_web's cheaper hints find what the hints they replace found.

OLD_* and old_detect_web are the code as it was before the hints were rewritten
(each to begin at its separator; the IPv4 hint to ask for all four octets; the
IPv6 scan gated on colons), with the two behaviour changes made since in both
(the "www." gate in any case; a domain taken with its path; handles; an address's name
without its domain); the tests compare
the two on chosen and random text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from confvault.redact import patterns
from confvault.redact.model import Span

OLD_MAC_HINT = re.compile(r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.")
OLD_DOMAIN_HINT = re.compile(r"[A-Za-z0-9]\.[A-Za-z]")
OLD_IPV4_HINT = re.compile(r"\d\.\d")
AT_WORDS = patterns._AT_WORDS


def old_dotted(text: str) -> Iterator[Span]:
    if "://" in text or "www." in text.lower():
        for m in patterns.URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in patterns._TRIM:
                end -= 1
            if "." in text[m.start() : end].split("//", 1)[-1]:
                yield Span(m.start(), end, "URL", "pattern")
    if OLD_DOMAIN_HINT.search(text):
        for m in patterns.DOMAIN.finditer(text):
            tld = m.group().rsplit(".", 1)[-1].lower()
            if len(tld) == 2 and tld not in patterns._CCTLD:
                continue
            path = re.match(r"/[^\s<>\"'`]+", text[m.end() :])
            if path:
                end = m.end() + len(path.group().rstrip(patterns._TRIM))
                yield Span(m.start(), end, "URL", "pattern")
                continue
            if len(tld) == 2 and m.group().count(".") == 1 and len(m.group()) < 8:
                continue
            yield Span(m.start(), m.end(), "URL", "pattern")
    if OLD_IPV4_HINT.search(text):
        for m in patterns.IPV4.finditer(text):
            yield Span(m.start(), m.end(), "URL", "pattern", placeholder_kind="IP")


def old_detect_web(text: str) -> Iterator[Span]:
    if "@" in text:
        for m in patterns.EMAIL.finditer(text):
            yield Span(m.start(), m.end(), "EMAIL", "pattern")
        for m in patterns._BARE_LOCAL.finditer(text):  # (session 14, in both)
            if patterns._local_like(m.group()[:-1]):
                yield Span(m.start(), m.end(), "EMAIL", "pattern")
        for m in patterns.HANDLE.finditer(text):
            body = m.group()[1:]
            if re.search(r"[\d_.]", body) or (len(body) >= 5 and body.lower() not in AT_WORDS):
                yield Span(m.start(), m.end(), "URL", "pattern")
    if "." in text:
        yield from old_dotted(text)
    if ":" in text:
        yield from patterns._ipv6(text)
    if ("-" in text or ":" in text or "." in text) and OLD_MAC_HINT.search(text):
        for m in patterns.MAC.finditer(text):
            hexdigits = re.sub(r"[:.-]", "", m.group()).upper()
            if hexdigits not in ("FFFFFFFFFFFF", "000000000000"):
                yield Span(m.start(), m.end(), "ID", "pattern")


CHOSEN = [
    "mac 00:1A:2B:3C:4D:5E and 00-1a-2b-3c-4d-5e and 001a.2b3c.4d5e",
    "not a mac 00:1A:2B:3C:4D and FF:FF:FF:FF:FF:FF and 0000.0000.0000",
    "mixed 00:1A-2B:3C:4D:5E, short 0:1:2:3:4:5",
    "from 192.168.0.1, again 10.0.0.256 and 1.2.3.4/24 and 1.2.3 and \u0661.\u0662.\u0663.\u0664",
    "v6 2001:db8::1 here, fe80::1%eth0, ::ffff:192.0.2.1 and 1:2:3:4:5:6:7:8",
    "time 12:34:56, 1:2:3:4:5 and a:b:c:d:e:f:0:1 and ::",
    "see https://example.org/a?b=1. or www.example.com or example.net e.g. i.e. no.uk",
    "WWW.EXAMPLE.COM, EXAMPLE.CO.UK and exam\u212ale.com and a.b",
    "jo.bloggs+notes@example.co.uk, x@y.z",
]


def random_text(rng: random.Random) -> str:
    alphabet = "0123456789abcdefABCDEF" + ":-.:-." * 3 + " /@%wmxz\u0663\n" + "0F"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 70)))


def spans(found: Iterator[Span]) -> list[Span]:
    return list(found)


@pytest.mark.parametrize("text", CHOSEN)
def test_chosen_text_gives_the_same_spans(text: str) -> None:
    assert spans(patterns.detect_web(text)) == spans(old_detect_web(text))


def test_chosen_text_finds_what_it_should() -> None:
    found = [(t[s.start : s.end], s.category) for t in CHOSEN for s in patterns.detect_web(t)]
    assert ("00-1a-2b-3c-4d-5e", "ID") in found
    assert ("001a.2b3c.4d5e", "ID") in found
    assert ("192.168.0.1", "URL") in found
    assert ("\u0661.\u0662.\u0663.\u0664", "URL") in found  # \d takes any decimal digit
    assert ("1:2:3:4:5:6:7:8", "URL") in found
    assert ("FF:FF:FF:FF:FF:FF", "ID") not in found
    assert ("1.2.3", "URL") not in found


def test_random_text_gives_the_same_spans() -> None:
    rng = random.Random(3)
    for _ in range(4000):
        text = random_text(rng)
        assert spans(patterns.detect_web(text)) == spans(old_detect_web(text)), text


def test_each_hint_holds_wherever_the_old_one_did() -> None:
    rng = random.Random(4)
    for _ in range(4000):
        text = random_text(rng)
        old_mac = bool(OLD_MAC_HINT.search(text))
        new_mac = bool(patterns._MAC_HINT.search(text) or patterns._MAC_DOT_HINT.search(text))
        assert new_mac == old_mac, text
        assert bool(patterns._DOMAIN_HINT.search(text)) == bool(OLD_DOMAIN_HINT.search(text))
        if patterns._IPV4_HINT.search(text):  # stricter, never wrongly so
            assert OLD_IPV4_HINT.search(text)
        else:
            assert not list(patterns.IPV4.finditer(text)), text
        if "::" not in text and text.count(":") < 6:
            assert not list(patterns._ipv6(text)), text
