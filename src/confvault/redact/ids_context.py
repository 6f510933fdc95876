"""The ID words before a number that make it an ID (:mod:`.ids`): "account",
"licence", "ssn" …, and the same words in other scripts.

Also whether :data:`.words.AMOUNT_AFTER` (a currency after a number) can match an
ASCII text at all.
"""

from __future__ import annotations

import re

from .ids_scripts import SCRIPT_ID_LABELS
from .words import AMOUNT_AFTER

# "account", "licence", "ssn" …: any of these, ending at most 25 characters before an
# ID, makes a bare number one. Grouped by first letter, which a look-ahead checks first
# (the same words; the pattern is still tried at every character, each try failing
# sooner: a plain ASCII window is searched with a lowered form instead, below).
_CONTEXT = re.compile(
    r"(?i)(?=[abcdefghijklmnoprstvz\u043f\u0441\u0438\u043e])\b(?:"
    r"a(?:ccount|cct|/c|adhaar|hpra)|b(?:ank|adge|sb|vn)|c(?:ard|lient|ustomer|ase|laim|nic|rn)|dl|employee|"
    # a health professional's register: "GMC 7043821", "NMC PIN", "HCPC", "GPhC", AHPRA
    r"g(?:mc|phc)|hcpc|nmc|nmbi|sssc|niscc|"
    r"i(?:nsurance|d(?:entifier)?|ban|tin)|licen[cs]e|m(?:ember(?:ship)?|rn|edicare|edicaid)|"
    # Indonesia's NIK (on the KTP card), Brazil's SUS card (its number is the CNS), in
    # capitals ("Nik owes her", "acting sus", "cns 10 mg": review 39); Iran's "national
    # code" (session 18)
    r"(?-i:NIK|KTP|CNS|SUS)|n(?:hs|ino|umber|o|r|um|pi|ic|ational\s+code)|"
    r"p(?:assport|olicy|atient|esel|late|psn?|ersonal\s+code)|"
    r"r(?:ecord|eference|ef|outing|egistration|eg)|s(?:sn|ocial\s+security|ort\s+code|tudent)|"
    r"t(?:ax|in)|voter|amka|паспорт|снилс|инн|"
    # more countries' own cards, by their names (session 19): Latin America's cédula
    # and carné, Israel's teudat zehut, Vietnam's CCCD, the Nordic and Finnish personal
    # numbers, Spain's DNI and NIE, Chile's RUT, Argentina's CUIL, Mexico's CURP, Brazil's
    # CPF, Romania's CNP, Croatia's OIB, the Yugoslav JMBG, Russia's insurance policy
    r"c[eé]dula|carn[eé]t?|zehut|cccd|dni|nie|rut|cuil|cuit|curp|cpf|cnp|oib|jmbg|hetu|"
    r"henkil[öo]tunnus|personnummer|f[øo]dselsnummer|kennitala|полис|омс|"
    # Slovenia's EMŠO, France's and Luxembourg's matricule (session 20)
    r"em[šs]o|matricule|cnib|(?-i:CIN)|"
    # France's NIR, Ethiopia's Fayda FIN (session 21)
    r"(?-i:NIR|FIN))\b[^\n]{0,25}$"
)


def _alternatives(body: str) -> list[str]:
    """The alternatives at the top level of a regular expression's group ``body``."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        if body[i] == "\\":
            i += 1  # (an escaped character)
        elif body[i] in "([":
            depth += 1
        elif body[i] in ")]":
            depth -= 1
        elif body[i] == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    return [*out, body[start:]]


# _CONTEXT's words before a position, asked faster (session 22): in an ASCII window
# lowered (which keeps every position), the case-blind words without (?i), which
# slows each alternative tried, grouped by first letter after one look-behind for a
# word's start (the regex engine tries one group at a word start, not every word at
# every letter); the words in capitals, each matched from its first letter, in the
# window itself. A window with other characters asks _CONTEXT.
_CONTEXT_HEAD = r"(?i)(?=[abcdefghijklmnoprstvz\u043f\u0441\u0438\u043e])\b(?:"
_CONTEXT_TAIL = r")\b[^\n]{0,25}$"


def _context_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    body = _CONTEXT.pattern.removeprefix(_CONTEXT_HEAD).removesuffix(_CONTEXT_TAIL)
    if _CONTEXT_HEAD + body + _CONTEXT_TAIL != _CONTEXT.pattern:
        raise ValueError("_CONTEXT no longer opens and ends as _context_patterns reads it")
    lower: dict[str, list[str]] = {}
    capitals: list[str] = []
    for word in _alternatives(body):
        if word.startswith("(?-i:"):
            capitals += word[5:-1].split("|")
        elif word[0].isascii():  # (a word in another script is in no ASCII window)
            lower.setdefault(word[0], []).append(word[1:])
    grouped = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in lower.items())
    if re.search(r"(?<!\\)[A-Z]", grouped):  # (a lowered window has none)
        raise ValueError("a case-blind context word holds a capital")
    first_letter = "|".join(rf"{w[0]}(?<!\w(?s:.)){w[1:]}" for w in capitals)
    return (
        re.compile(rf"(?<!\w)(?:{grouped}{_CONTEXT_TAIL}"),
        re.compile(f"(?:{first_letter}{_CONTEXT_TAIL}"),
    )


_CONTEXT_LOWER, _CONTEXT_CAPITALS = _context_patterns()
# Whether AMOUNT_AFTER may match in an ASCII text: not while each of its currencies
# is written in another script (as now; read from its pattern, so a currency written
# in ASCII turns the screen off)
_AMOUNT_HEAD = "[ \t]*(?:"
_AMOUNT_TAIL = ")(?![ \t]*\\d)"
AMOUNT_IN_ASCII = not (
    AMOUNT_AFTER.pattern.startswith(_AMOUNT_HEAD)
    and AMOUNT_AFTER.pattern.endswith(_AMOUNT_TAIL)
    and all(
        not word[:1].isascii()
        for word in _alternatives(
            AMOUNT_AFTER.pattern.removeprefix(_AMOUNT_HEAD).removesuffix(_AMOUNT_TAIL)
        )
    )
)
# the same words in other scripts (session 21; ids_scripts.py lists them)
_SCRIPT_CONTEXT = re.compile(f"(?:{SCRIPT_ID_LABELS})[^\n]{{0,25}}$")


def context(text: str, start: int) -> bool:
    """Is there an ID word just before ``start``?"""
    lo = max(0, start - 40)
    # the window and the character before it, which tells whether a word starts at lo
    before = text[lo - 1 if lo else 0 : start]
    if before.isascii():  # (as _CONTEXT.search(text, lo, start) would find)
        lowered = before.lower()
        return _CONTEXT_LOWER.search(lowered, 1 if lo else 0) is not None or (
            lowered != before  # (a capital in the window)
            and _CONTEXT_CAPITALS.search(text, lo, start) is not None
        )
    return _CONTEXT.search(text, lo, start) is not None or (
        not text[lo:start].isascii() and _SCRIPT_CONTEXT.search(text, lo, start) is not None
    )


def card_context(text: str, start: int) -> bool:
    """An ID word just before ``start`` that is no placeholder ("[ID]" after a first
    round of redaction names no card): what the card rules of session 20 need."""
    m = _CONTEXT.search(text, max(0, start - 40), start)
    return m is not None and text[m.start() - 1 : m.start()] != "["
