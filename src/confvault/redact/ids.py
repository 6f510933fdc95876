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
from collections.abc import Callable

from . import checksums as ck
from .intervals import containment
from .model import Span

_SEP = re.compile(r"[ \-./:_]")
_DIGIT_TOKEN = re.compile(r"[A-Za-z0-9\-./:_#]*\d[A-Za-z0-9\-./:_]*")
_EDGE = "()[]{}<>\"'\u201c\u201d\u2018\u2019,;!?"
_LEAD_EDGE = frozenset(_EDGE + "#")
_TRAIL_EDGE = frozenset(_EDGE + ".:-")
_SHORT_ALPHA = re.compile(r"[A-Za-z]{1,3}")

# "account", "licence", "ssn" …: any of these, ending at most 25 characters before an
# ID, makes a bare number one. Grouped by first letter, which a look-ahead checks first
# (the same words; it only lets the regex engine give up sooner).
_CONTEXT = re.compile(
    r"(?i)(?=[abcdeilmnprstv])\b(?:"
    r"a(?:ccount|cct|/c|adhaar)|b(?:ank|adge)|c(?:ard|lient|ustomer|ase)|dl|employee|"
    r"i(?:nsurance|d(?:entifier)?|ban|tin)|licen[cs]e|m(?:ember(?:ship)?|rn|edicare)|"
    r"n(?:hs|ino|umber|o|r|um|pi)|p(?:assport|olicy|atient|esel|late)|"
    r"r(?:ecord|eference|ef|outing|egistration|eg)|s(?:sn|ocial\s+security|ort\s+code|tudent)|"
    r"t(?:ax|in)|voter)\b[^\n]{0,25}$"
)

# Digit-only schemes by length (separators removed).
_DIGIT_RULES: dict[int, tuple[Callable[[str], bool], ...]] = {
    9: (ck.aba_routing, ck.au_acn, ck.au_tfn, ck.ca_sin, ck.de_lanr),
    10: (ck.uk_nhs, ck.us_npi, ck.au_medicare, ck.kr_brn, ck.se_org, ck.se_personnummer),
    11: (ck.au_abn, ck.de_tax_id, ck.pl_pesel, ck.tr_national_id, ck.it_vat),
    12: (ck.in_aadhaar, ck.se_personnummer),
    13: (ck.th_tnin, ck.za_id, ck.kr_rrn),
}

_KR_RRN_SHAPE = re.compile(r"\d{6}-?\d{7}")
_SSN_SHAPE = re.compile(r"\d{3}([- .])\d{2}\1\d{4}")
_KR_DL = re.compile(r"(\d{2})([- ])\d{2}\2\d{6}\2\d{2}")
_GROUPED = re.compile(r"\d+(?:([ \-.:])\d+)?(?:\1\d+)*")

# Checksummed shapes on compact upper-case tokens: (shape, validator).
_VALIDATED: tuple[tuple[re.Pattern[str], Callable[[str], bool]], ...] = (
    (re.compile(r"\d{7,8}[A-Z]"), ck.es_nif),
)
# (shortest, longest, shape, validator): the first shape to match decides.
_CHECKED: tuple[tuple[int, int, re.Pattern[str], Callable[[str], bool]], ...] = (
    (9, 9, re.compile(r"[XYZ]\d{7}[A-Z]"), ck.es_nif),
    (10, 10, re.compile(r"[A-Z]\d{9}"), ck.de_health),
    (12, 12, re.compile(r"\d{8}[A-Z]\d{3}"), ck.de_rvnr),
    (26, 36, re.compile(r"[13][1-9A-HJ-NP-Za-km-z]{25,35}"), ck.base58check),
    (11, 90, re.compile(r"BC1[02-9AC-HJ-NP-Z]{8,87}"), ck.bech32),
    (
        9, 9,
        re.compile(r"[CFGHJK](?=[0-9CFGHJ-NPRTV-Z]*[CFGHJ-NPRTV-Z])[0-9CFGHJ-NPRTV-Z]{7}\d"),
        ck.de_passport,
    ),
)  # fmt: skip
# the same by length (compact), in the same order
_CHECKED_BY_SIZE = {
    size: tuple((shape, check) for low, high, shape, check in _CHECKED if low <= size <= high)
    for size in range(91)
}
_FI = re.compile(r"\d{6}[+\-A-FU-Y]\d{3}[0-9A-Y]", re.I)
_GSTIN_LOOSE = re.compile(r"\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]{3}")
_GSTIN = re.compile(r"(?:0[1-9]|[12]\d|3[0-7])[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]")
_MBI_LOOSE = re.compile(r"\d[A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}")
_MBI_L = "[AC-HJKMNPQRT-Y]"
_MBI = re.compile(
    rf"[1-9]{_MBI_L}[0-9{_MBI_L[1:-1]}]\d{_MBI_L}[0-9{_MBI_L[1:-1]}]\d{_MBI_L}{{2}}\d{{2}}"
)
_NINO = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
_NINO_LOOSE = re.compile(r"[A-Z]{2}\d{6}[A-Z]")
_HEX = re.compile(r"[0-9a-fA-F]{32,}")
_HEX_COLON = re.compile(r"[0-9A-Fa-f]{0,5}(?:[:-][0-9A-Fa-f.]{0,15}){2,9}")
_IBAN_LIKE = re.compile(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}")
_WORD_NUM = re.compile(r"([A-Za-z]+)(\d{1,4})")
_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|kg|km|mg|ml|cm|mm|gb|mb|kb|hz|px|yo|yrs?|hrs?|mins?|secs?|mph|k|m|x)",
    re.I,
)

# Spaced shapes tried on multi-token candidates (case-insensitive unless noted).
_SPACED: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?:0[1-9]|[1-7]\d|8[01]) ?[A-Z]{1,3} ?\d{2,4}"),  # TR plate
    re.compile(
        r"[A-HJ-PR-Y][A-HJ-PR-Y](?:0[1-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6])[ -]?[A-HJ-PR-Z]{3}", re.I
    ),  # UK current plate
    re.compile(r"[A-HJ-NP-Y]\d{1,3} [A-HJ-PR-Y]{3}"),  # UK prefix plate (upper case only)
    re.compile(r"[A-HJ-PR-Y]{3} \d{1,3}[A-HJ-NPR-TV-Y]"),  # UK suffix plate (upper case only)
    re.compile(r"[A-Z]{3}[- ]\d{3}[A-Z]{2}", re.I),  # NG plate
    re.compile(r"[A-Z]{2} \d{7}", re.I),  # IT identity card
)  # fmt: skip
_NINO_SPACED = re.compile(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]", re.I)
# the shapes above as one pattern: one fullmatch instead of six
_SPACED_ANY = re.compile(
    "|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p in _SPACED)
)


def _digits_id(cand: str, compact: str) -> bool | None:
    """True or False; None when only an ID word just before would make it an ID.

    ``compact`` is ``cand`` less separators, all digits, 5 to 20 of them; ``cand``
    is decimal digits in groups with one kind of separator between (_is_id's checks)."""
    if not compact.isascii():
        # "٠١٢…" is the same number as "012…": every check reads digit values
        compact = "".join(str(int(c)) for c in compact)
    n = len(compact)
    if n >= 6 and compact.count(compact[0]) == n:
        return False  # "000000000", "1111111111111": a placeholder, not a number
    if n < 9:
        return None  # no scheme has 5-8 digits
    if n > 13:
        return True if n <= 19 and ck.card(compact) else None
    if n == 13:
        if ck.card(compact):
            return True
        if (cand is compact or _KR_RRN_SHAPE.fullmatch(cand)) and ck.kr_rrn(compact):
            return True
    elif n == 9:
        # (an SSN without its dashes needs a context word, as any other number here)
        dashed = cand is not compact and _SSN_SHAPE.fullmatch(cand)
        if dashed and (ck.us_ssn(compact) or ck.us_itin(compact)):
            return True
    elif n == 12 and cand is not compact:
        m = _KR_DL.fullmatch(cand)
        if m and 11 <= int(m.group(1)) <= 28:
            return True
    if compact.isascii():  # the usual case: every scheme of the length at once
        return True if ck.DIGIT_SCHEMES_ASCII[n](ck.digit_values(compact)) else None
    for rule in _DIGIT_RULES[n]:
        if rule(compact):
            return True
    return None


def _code_id(token: str, compact: str) -> bool | None:
    """True: an ID; False: a checksummed look-alike; None: not an ID shape.

    Every shape has a fixed length (or range): the length picks which to try."""
    if not compact.isalnum() or not compact.isascii() or "/" in token:
        return None
    if len(token) <= 11 and _SPACED_ANY.fullmatch(token):
        return True
    if "a" <= token[0] <= "z":
        lead = _LEAD_LOWER.match(token)
        if lead and _is_word(lead.group()):
            return None  # "is2024", "covid19x": a word run into a number
    if compact.isdigit() or compact.isalpha():
        return None  # compact is ASCII: all digits, or none
    if ":" in token and _HEX_COLON.fullmatch(token):
        return False  # shaped like an IPv6 or MAC address, judged (and failed) there
    size = len(compact)
    up = compact.upper()
    if 15 <= size <= 34 and _IBAN_LIKE.fullmatch(compact):
        return bool(ck.iban(up))  # two letters, two check digits, a long body
    if len(token) == 11 and _FI.fullmatch(token):
        return ck.fi_hetu(token)
    if size >= 32 and _HEX.fullmatch(compact):
        return False
    if 8 <= size <= 9:
        for shape, check in _VALIDATED:
            if shape.fullmatch(up) and check(up):
                return True
    for shape, check in _CHECKED_BY_SIZE.get(size, ()):  # base58 is case-sensitive
        if shape.fullmatch(compact if check is ck.base58check else up):
            return check(compact)
    if size == 15 and _GSTIN_LOOSE.fullmatch(up):
        return bool(_GSTIN.fullmatch(up))
    if size == 11 and _MBI_LOOSE.fullmatch(up):
        return bool(_MBI.fullmatch(up))
    if size == 9 and _NINO_LOOSE.fullmatch(up):
        return False if up[-1] not in "ABCD" else bool(_NINO.fullmatch(up))
    if not 6 <= size <= 24 or (compact[0].isdigit() and _UNIT.fullmatch(compact)):
        return None
    if _FEW_DIGITS.fullmatch(compact):  # compact is ASCII here
        return None
    m = _WORD_NUM.fullmatch(compact) if compact[0].isalpha() else None
    return None if m and len(m.group(1)) > 3 else True


_LEAD_LOWER = re.compile(r"[a-z]+")
# fewer than three digits, changing to letters or back fewer than three times
_FEW_DIGITS = re.compile(r"[^0-9]*(?:[0-9]{1,2}[^0-9]*)?|[0-9][^0-9]+[0-9]")


def _is_word(w: str) -> bool:
    from .lexicon import lexicon  # lazy: the lexicon loads on first detect()

    rank = lexicon().common.get(w)
    return rank is not None and rank < 5000


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


# The first digit of an IBAN hint or of a card shape (below): either, in one search.
_SCREEN = re.compile(
    r"\d(?:(?<=[A-Za-z]{2}\d)\d|(?<![\w-](?s:.))\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-]))"
)


def _may_screen(text: str, runs: list[tuple[int, int]]) -> bool:
    """False when _SCREEN cannot match: every digit is in a run (a _RUN match), and when
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
    screen = _SCREEN.search(text, pos) if _may_screen(text, runs) else None
    if screen is not None:
        # the first IBAN hint (none starts before the screen's match, nor at a card shape's)
        hint = screen if screen.end() - screen.start() == 2 else None
        hint = hint or _IBAN_HINT_AT.search(text, screen.start())
        if hint is not None:
            spans, starts = _ibans(text, hint.start())
            # (a card shape has 16 digits, the first at or after pos)
            cards = len(text) - pos >= 16
            valid = [(sp.start, sp.end) for sp in spans]
            vetoes = _lookalikes(text, valid, starts, cards)
        else:  # a card shape, no IBAN hint
            vetoes = _lookalikes(text, [], [], True)
        if spans or vetoes:
            inside = containment([(sp.start, sp.end) for sp in spans] + vetoes)
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
                spans.append(_id_span(s, e))
                found = j - i + 1
                break
        i += found or 1


# digits and separators only (a candidate's characters are ASCII or ``\d``: this is
# "``compact`` is all digits")
_NUMBER = re.compile(r"[\d \-./:_]+")


def _is_id(text: str, start: int, cand: str, multi: bool, ctx: list[bool]) -> bool:
    """``ctx`` caches whether an ID word comes just before ``start``."""
    if multi:
        # elements joined by single spaces or tabs (or a code's " \n"): a number here is
        # all-digit elements joined by spaces (_GROUPED's one kind of separator), and
        # any other letterless candidate fails _GROUPED and every spaced shape alike
        compact = cand.replace(" ", "")
        if not compact.isdecimal():  # (``\d`` is what isdecimal tells)
            # the spaced shapes are at most 11 characters, a spaced NINO 13
            if len(cand) > 13:
                return False
            return bool(_SPACED_ANY.fullmatch(cand)) or (
                bool(_NINO_SPACED.fullmatch(cand))
                and bool(_NINO.fullmatch(_SEP.sub("", cand).upper()))
            )
    elif cand.isdigit():
        if not cand.isdecimal():  # what ``\d`` matches
            return False
        compact = cand
    elif not cand.isalnum() and _NUMBER.fullmatch(cand):
        grouped = _GROUPED.fullmatch(cand)  # also rules out two kinds of separator
        if grouped is None:
            return False
        compact = cand.replace(grouped.group(1), "")  # (the one kind there is)
    else:
        return _code_id(cand, cand if cand.isalnum() else _SEP.sub("", cand)) is True
    if not 5 <= len(compact) <= 20:
        return False
    verdict = _digits_id(cand, compact)
    if verdict is not None:
        return verdict
    if not ctx:
        ctx.append(_CONTEXT.search(text, max(0, start - 40), start) is not None)
    return ctx[0]


_IBAN_HINT = re.compile(r"[A-Za-z]{2}\d{2}")
# the same test, the regex engine skipping to digits: search it from the first digit
_IBAN_HINT_AT = re.compile(r"\d(?<=[A-Za-z]{2}\d)\d")
# the check digits, after a two-letter country code starting a word (matched digit-first;
# the code is the two characters before the match)
_IBAN_START = re.compile(r"\d(?<=(?<![\w])[A-Za-z]{2}\d)\d(?=[ \-]?[A-Za-z0-9])")
# the rest of an IBAN of each length: its letters and digits (``[^\W_]``, as
# ``str.isalnum``), spaces or dashes (one kind) between them, and no more after
_IBAN_BODY = {
    length: re.compile(
        rf"(?:[ ]*[^\W_]){{{length - 4}}}(?![^\W_])|(?:-*[^\W_]){{{length - 4}}}(?![^\W_])"
    )
    for length in set(ck.IBAN_LENGTHS.values())
}


def _ibans(text: str, at: int) -> tuple[list[Span], list[int]]:
    """Valid IBANs, and where each _IBAN_START match is (its check digits): an IBAN
    shape starts at one of them. ``at`` is at or before the first IBAN hint."""
    out = []
    starts = []
    for m in _IBAN_START.finditer(text, at):
        starts.append(m.start())
        start = m.start() - 2
        length = _IBAN_LENGTHS_ANY_CASE.get(text[start : start + 2])
        if length is None:
            continue
        body = _IBAN_BODY[length].match(text, m.end())
        if body is None:
            continue
        end = body.end()
        # (the separators here are spaces or dashes, no other _SEP)
        if ck.iban(text[start:end].replace(" ", "").replace("-", "")):
            out.append(_id_span(start, end))
    return out, starts


# ck.IBAN_LENGTHS with each country code in each case ("gb", "Gb", ...): the code
# here is two ASCII letters, so this is IBAN_LENGTHS.get(code.upper())
_IBAN_LENGTHS_ANY_CASE = {
    a + b: length
    for code, length in ck.IBAN_LENGTHS.items()
    for a in (code[0], code[0].lower())
    for b in (code[1], code[1].lower())
}


# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, and "(?=[...])(?<!C)" names the possible first characters; either
# lets the regex engine skip to candidate characters. The matches are the same.
# An IBAN shape is found from its check digits, as _IBAN_START: it starts two before.
_IBAN_SHAPE = re.compile(
    r"\d(?<=(?<![\w])[A-Z]{2}\d)\d(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?(?![\w])"
)
_CARD_SHAPE = re.compile(r"\d(?<![\w-](?s:.))\d{3}([ -]?)\d{4}\1\d{4}\1\d{4}(?![\w-])")


def lookalikes(text: str) -> list[tuple[int, int]]:
    """Regions shaped like an IBAN or a card number whose checksum fails."""
    spans, starts = _ibans(text, 0) if _IBAN_HINT.search(text) else ([], [])
    return _lookalikes(text, [(sp.start, sp.end) for sp in spans], starts, True)


def _lookalikes(
    text: str, valid: list[tuple[int, int]], iban_starts: list[int], cards: bool
) -> list[tuple[int, int]]:
    """``iban_starts`` from _ibans: _IBAN_SHAPE.finditer's matches are matches there
    (each after the end of the one before)."""
    out: list[tuple[int, int]] = []
    shape_end = 0
    for at in iban_starts:
        m = _IBAN_SHAPE.match(text, at) if at >= shape_end else None
        if m is not None:
            start, end = m.start() - 2, m.end()
            shape_end = end
            for a, b in valid:
                if a < end and start < b:
                    break
            else:
                shape = text[start:end]  # (its separators are spaces or dashes)
                if shape[:2] in ck.IBAN_LENGTHS and not ck.iban(
                    shape.replace(" ", "").replace("-", "")
                ):
                    out.append((start, end))
    for m in _CARD_SHAPE.finditer(text) if cards else ():
        if not ck.card(m.group().replace(" ", "").replace("-", "")):
            out.append((m.start(), m.end()))
    return out
