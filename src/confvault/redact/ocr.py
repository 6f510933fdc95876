"""Letters and digits that a screenshot's OCR (or a hurried typist) swaps.

"Hi its Chl0e", "J0vy fr0m Cebu", "Ca11 me on O7700 9OO 456", "Case N0: 2O24-FAM-0l183":
a name with a zero for its "o" is no name any list knows, and a phone number with a
capital O for a zero is no number. The engine reads such text as it was meant, one
character for one (so every span found stands where it stood), and redacts the text
as it was written:

* a word of letters with a single 0 between its letters reads it as "o" ("Chl0e",
  "fr0m", "J0vy"); not a 1 (leetspeak writes it for an "i": "W1ll"), not "00" nor
  other digits (a chat name or a code: "b00tsy", "emp1001"), not a word ending in
  its number ("Lvl10", "Year1"), not in a handle, an address or a code joined by
  ".", "_", "@" or "-";
* a number of three characters or more with an O, o, l or I among its digits reads
  them as 0 and 1 ("O7700", "9OO", "2O24", "0l183"), unless it opens with I or l, as a
  code's letter does ("I15432").

A piece of a hexadecimal address or hash ("fe1b") is left as it is.
"""

from __future__ import annotations

import re

# (every swap puts a 0, 1, O or I beside a letter or a digit: the pattern opens with
# those four characters, which the regex engine then skips to, and looks around only
# there; an alternation of four branches was tried at every character, at three times
# the cost, and with a look-behind first at twice that)
_HINT = re.compile(r"[01OI](?:(?<=[01])(?=[a-z])|(?<=[A-Za-z][01])|(?<=[OI])(?=\d)|(?<=\d[OI]))")
# a token with a digit: no other is read otherwise (each look-behind fails at once
# inside a token, so a token is read once from its start)
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]*[0-9][A-Za-z0-9]*")
_AS_LETTERS = str.maketrans("0", "o")
_AS_DIGITS = str.maketrans("OolI", "0011")
_OTHER_DIGITS = frozenset("23456789")
_HEX = re.compile(r"[0-9a-fA-F]+")
_JOINED = frozenset("._@-/\\#")
_INWARD_CODE = re.compile(r"[ \t]*\d[A-Za-z]{2}(?![A-Za-z0-9])")
_DIGIT_LOOKALIKES = frozenset("OolI")


def readable(text: str) -> str:
    """``text`` with the swapped characters read back; the same length, and ``text``
    itself when nothing was swapped."""
    if _HINT.search(text) is None:
        return text
    chars: list[str] | None = None
    for m in _TOKEN.finditer(text):
        token = m.group()
        if text[m.start() - 1 : m.start()] in _JOINED or text[m.end() : m.end() + 1] in _JOINED:
            continue  # a handle, an address or a code: "chl0e.m", "@b00tsy", "kt0_1"
        fixed = _as_word(token)
        if fixed and _INWARD_CODE.match(text, m.end()):
            continue  # a postcode's first half: "rg1 3aa", "sw1a 1aa"
        fixed = fixed or _as_number(token)
        if fixed:
            if chars is None:
                chars = list(text)
            chars[m.start() : m.end()] = fixed
    return text if chars is None else "".join(chars)


def _as_word(token: str) -> str:
    if len(token) < 4 or not token[0].isalpha() or "0" not in token:
        return ""  # (three characters are a code as often: "b0j 2h0", a postcode)
    if token.islower() and _HEX.fullmatch(token):
        return ""  # a piece of an address or a hash: "fe1b"
    if not _OTHER_DIGITS.isdisjoint(token) or "1" in token or "00" in token:
        return ""  # a code or a chat name: "emp1001", "b00tsy", "W1ll"
    if not any(c.islower() for c in token) or not token[-1].isalpha():
        return ""  # capitals, or a word and its number: "Lvl10", "Ep01", "Year0"
    return token.translate(_AS_LETTERS)


def _as_number(token: str) -> str:
    if len(token) < 3 or _DIGIT_LOOKALIKES.isdisjoint(token) or token[0] in "Il":
        return ""  # (a code's letter first: "I15432")
    letters = [c for c in token if c.isalpha()]
    if len(letters) == len(token) or not _DIGIT_LOOKALIKES.issuperset(letters):
        return ""
    if len(letters) == 1 and token[-1] == letters[0] and len(token) >= 3:
        return ""  # a code's check letter after its digits: "123I", "4471O"
    return token.translate(_AS_DIGITS)
