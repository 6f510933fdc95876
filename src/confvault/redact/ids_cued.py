"""ID numbers that only their label makes IDs: a cue word, then the value's own format.

:mod:`.ids` judges numbers and codes by their shape and check digits, and takes a
bare number after a word such as "account". Some identifiers have a shape that is
too plain for that (a plate ``HDG 1234``, the last four digits of an SSN, a police
reference ``CAD 1234``) or a check of their own that needs to know the scheme first
(a Dutch BSN). Each rule here is a cue and the format that must follow it, with a
check digit where the scheme has one:

* a vehicle plate after *plate*, *reg*, *rego*, *registration*: one to three groups,
  4-8 letters and digits with at least one of each, letters in one case
  (``KX 19 ABC``, ``ABCD 123``);
* a US alien registration number after *A-number*, *A#*, *alien number*: ``A`` and 8
  or 9 digits;
* a Dutch BSN after *BSN*, *burgerservicenummer*: 8 or 9 digits passing the 11-proef;
* an SSN or its last four digits after *SSN*, *social security*;
* a reference after *ref*: capital letters, then digits (``CAD 1234``), or four
  digits or more that are no year (``log ref 0412``);
* a Centrelink CRN after *CRN*: 9 digits and a letter (``123 456 789A``);
* a passport number after *passport*, with the letters before it (``FE 438216``);
* a prisoner's number after *PRN* (New Zealand's), 6-10 digits (a dose is no value);
* a UK National Insurance number's shape after *NI*, *NINO*, *national insurance*,
  letters not checked (``QQ 12 34 56 C``, HMRC's own example, is still one).

One search for the cues screens every text; none of the patterns can backtrack
more than a bounded amount at a position.
"""

from __future__ import annotations

import re

from . import checksums as ck
from .ids_shapes import _UNIT
from .model import Span

# the words of _CUE (the first of two) for :mod:`.labelled`'s screen; "A#", "ss#" go by "#"
CUE_WORDS = frozenset(
    ["plate", "plates", "reg", "rego", "registration", "tag", "a-number", "anumber", "a-no",
     "alien", "bsn", "burgerservicenummer", "ssn", "social", "ref", "reference", "crn",
     "mykad", "nric", "ic", "ni", "nino", "national", "arc", "card", "nin", "passport",
     "passports", "prn", "ends", "ending", "aadhaar", "aadhar", "collar", "shoulder", "badge",
     "warrant", "payroll", "bleep", "pager"]
)  # fmt: skip
# the cues, one named group a rule; "(?=[...])" names their first letters
_CUE = re.compile(
    r"(?i)(?=[abcimnrpstv])\b(?:"
    r"(?P<nino>ni|nino|n\.i\.|national\s+insurance)|"
    r"(?P<plate>plates?|reg|rego|registration|tag)"  # (a US plate: "Mississippi tag ...")
    r"|(?P<anum>a-?number|a-no\.?|a\#|alien\s+(?:registration\s+)?(?:number|no\.?|\#))"
    r"|(?P<bsn>bsn|burgerservicenummer)"
    r"|(?P<ssn>ssn|ss\#|social\s+security(?:\s+(?:number|no\.?|\#))?)"
    # "ARC card number is UKA 3348291" (not "Her ARC, G101": a centre and its room)
    r"|(?P<ref>ref(?:erence)?|(?:arc\s+)?card\s+(?:number|no\.?)|arc\s+(?:number|no\.?))"
    r"|(?P<crn>crn)"
    r"|(?P<nin>nin)"  # Nigeria's National Identification Number: 11 digits
    r"|(?P<nric>mykad|nric|ic)"  # Malaysia's identity card: "MyKad 900514-14-5567", "IC:"
    # a passport with the letters before its number: "Passport no. FE 438216"
    r"|(?P<passport>passports?)"
    # a prisoner's number (New Zealand's PRN; in a drug chart "PRN" is "as needed",
    # and a dose follows: the value's digits must end the word)
    r"|(?P<prn>prn)"
    r")(?:(?<=\#)|(?![\w#]))"
)
# _CUE in an ASCII text lowered (session 22), the same matches and groups: without
# (?i), which slows each word tried, and from one look-behind for a word's start (every
# cue starts with one of the look-ahead's letters)
_CUE_HEAD = r"(?i)(?=[abcimnrpstv])\b(?:"
_CUE_BODY = _CUE.pattern.removeprefix(_CUE_HEAD)
if _CUE.pattern != _CUE_HEAD + _CUE_BODY:
    raise ValueError("_CUE no longer opens as its lowered form expects")
# (no capital but the groups' "(?P<": a lowered text has none)
if re.search(r"(?<![\\<])[A-Z]", _CUE_BODY.replace("(?P<", "")):
    raise ValueError("a cue word holds a capital")
_CUE_LOWER = re.compile(r"(?<!\w)(?:" + _CUE_BODY)
# what may come between a cue and its value: separators and a few words, at most four
_GAP = re.compile(
    r"(?i)(?:[ \t]*(?:[:#=\-,(]|(?:is|was|are|no\.?|num|number|nummer|mark|ending|ends|in"
    r"|last|4|four|digits)(?![\w.])))"
    r"{0,4}[ \t]*"
)
_VALUE = {
    # 1-3 groups of letters and digits joined by one space or dash (judged in _plate)
    "plate": re.compile(r"[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,8}){0,2}(?![\w-])"),
    "anum": re.compile(r"(?i)a?[ -]?(?:\d{2,3}[ -]?\d{3}[ -]?\d{3}|\d{8,9})(?![\w-])"),
    "bsn": re.compile(r"(?:\d{4}[ .]?\d{2}[ .]?\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3}|\d{8})(?![\w-])"),
    "ssn": re.compile(
        r"(?i)(?:\d{3}|xxx|\*\*\*)([ -]?)(?:\d{2}|xx|\*\*)\1\d{4}(?![\w-])|\d{4}(?![\w-])"
    ),
    "ref": re.compile(r"(?:[A-Z]{2,4}[ -]?|[A-Z])\d{3,10}(?![\w-])"),
    "nin": re.compile(r"\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w-])"),
    "passport": re.compile(r"(?:(?-i:[A-Z]{1,2})[ -]?)?\d{6,9}(?![\w-])"),
    "prn": re.compile(r"\d{6,10}(?![\w-])"),
    "crn": re.compile(r"\d{3} ?\d{3} ?\d{3}(?:[A-Za-z]| [A-Z])(?![\w-])"),
    "nino": re.compile(r"(?i)[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w-])"),
    "nric": re.compile(
        r"\d{6}[ \t]?[-\u2010-\u2013]?[ \t]?\d{2}[ \t]?[-\u2010-\u2013]?[ \t]?\d{4}(?![\w-])"
    ),
}
_NOT_DIGIT = re.compile(r"\D")
# a plate after "tag" opens with letters, not a unit's or a device's ("LGT 4491")
_TAG_PLATE = re.compile(r"(?!(?:GPS|RAF|HMP|UK|EU|USA?)\b)[A-Z]{1,4}[ -]?\d")
_AND_MORE = re.compile(r"[ \t]*(?:,|;|/|&|and|or)[ \t]*(?:,|and[ \t]+)?")
# plate groups: letters only, digits only, or mixed
_LETTERS_ONLY = re.compile(r"[A-Za-z]+")
_LETTER_DIGIT = re.compile(r"[a-z]\d")


# digits alone after "ref" with only a label's marks between ("log ref 0412", "ref no.
# 4471"), four or more, not a year, a count or an amount ("reference, 2500 words")
_BARE_REF = re.compile(
    r"(?i:\bref(?:erence)?)(?:[ \t]*[:#]|[ \t]+(?:no\.?|num|number))?[ \t]*"
    r"(?!(?:19|20)\d\d(?![\w-]))(\d{4,10})(?![\w%.,-]\d|[\w%-])"
    r"(?![ \t]*(?:words?|hrs|hours?|mins?|minutes|games?|pages?|pounds?|quid|calories|"
    r"steps|miles|km|kg|people|times)\b)"
)


# a police officer's or a worker's number after its label, three figures or more:
# "collar number 4471", "badge no. 5521", "payroll number 20311"
_WORKER_NUMBER = re.compile(
    r"(?i:\b(?:(?:collar|shoulder|badge|warrant|payroll)[ \t]+(?:number|no\.?|num|\#)"
    # a hospital worker's bleep or pager: "on bleep 4471" (four to six figures, not the
    # crash team's 2222, nor a count: "bleep 2000 times", review 31)
    r"|(?<!crash[ \t])(?<!fast[ \t])(?:bleep|pager)(?:[ \t]+(?:number|no\.?|num))?"
    r"(?=[ \t]*[:#]?[ \t]*(?!2222\b|\d+000\b)\d{4,6}(?![\w%-]|[.,]\d|[ \t]+(?:times|hours|hrs|"
    r"calls|days|mins|minutes|to|a|per|each)\b))))"
    r"[ \t]*[:#]?[ \t]*(\d{3,8})(?![\w%-]|[.,]\d)"
)


# _WORKER_NUMBER's words, less any "s" ("houlder"), in the text in lower case
_WORKER_SCREEN = re.compile(r"collar|houlder|badge|warrant|payroll|bleep|pager")


# the last digits of a number named just before: "SSN on file ends 4471", "card
# number ending in 0092" (not "the lease ends 2026": no number is named)
_LAST_DIGITS = re.compile(
    r"(?i:\bend(?:s|ing)(?:[ \t]+(?:in|with))?)[ \t]*[:-]?[ \t]*(?:[*x.\u2026#]{1,12}[ \t]?)?"
    # four digits, no year ("his licence ends 2026"), no amount ("ending with 2500 owed")
    # (and a PPS number's letters after them: "PPS number ends 4471T")
    r"(?!(?:19|20)\d\d(?![\dA-Z]))(\d{4}[A-Z]{0,2})(?![\w%-]|[.,]\d)"
    r"(?![ \t]*(?:owed|pounds?|quid|euros?|dollars?|rand|rupees?|left|in[ \t]+arrears)\b)"
)
_NUMBER_NAMED = re.compile(
    r"(?i:\b(?:ssn|social[ \t]+security|cards?|account|acct|acc|a/c|iban|bank|number|no\.|num|"
    r"id|licen[cs]e|passport|nhs|medicare|policy|aadhaar|pan|sin|ird|ppsn?|tfn|crn|uan|visa|"
    r"mastercard|amex|debit|credit|mobile|monzo|revolut)(?!\w))"
)


# a number after a German "...nummer" word ("Matrikelnummer 3391027", "Gefangenennummer
# 2231/19"), and an Aadhaar number later in the sentence that names it, whatever its
# check digit says (a number copied with a slip still names the person)
_NUMMER = re.compile(
    r"(?i:[^\W\d_]{2,30}nummer)[ \t]*[:#]?[ \t]*(\d[\d/.-]{2,18}\d)(?![\w/-]|[.,]\d)"
)
_AADHAAR_LATER = re.compile(
    r"(?i:\baadhaa?r\b)[^\n\d.!?]{0,40}(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\w-]|[.,]\d)"
)

# France's social security number (NIR) later in the sentence that names it: sex, year,
# month, department (2A/2B in Corsica), commune, order, then the key; spaced or dotted
# anywhere ("NIR de la mère 2 91 03 973 02 117 86"; session 21)
_NIR_LATER = re.compile(
    r"(?:\bNIR\b|(?i:\bcarte\s+vitale|\bs[ée]curit[ée]\s+sociale|\bnum[ée]ro\s+de\s+s[ée]cu\b))"
    r"[^\n\d]{0,30}?(?<![\w-])([1-478](?:[ .]?\d){4}[ .]?(?:\d[ .]?\d|2[ .]?[ABab])(?:[ .]?\d){6}"
    r"(?:[ .]?\d\d)?)(?![\w-]|[.,]\d)"
)
_NOT_NIR = re.compile(r"[ .]")
_NIR_SCREEN = re.compile(r"NIR|(?i:vitale|sociale|s[ée]cu\b)")


def detect(text: str) -> list[Span]:
    """ID spans whose value follows its cue (:mod:`.labelled` screens the text first)."""
    # The rules are case-blind: so are their screens, each a word of the rule looked
    # for in the text in lower case. (?i) matches an ASCII letter outside ASCII only for
    # "i", "k" and "s" (a dotted capital I, Kelvin's K, a long s): a screen without
    # those letters is exact.
    low = text.lower()
    out = []
    if "ref" in low:
        out += [Span(m.start(1), m.end(1), "ID", "pattern") for m in _BARE_REF.finditer(text)]
    if _WORKER_SCREEN.search(low):
        out += [Span(*m.span(1), "ID", "pattern") for m in _WORKER_NUMBER.finditer(text)]
    for last in _LAST_DIGITS.finditer(text) if "end" in low else ():
        # (no SSN ends in 0000; after "SSN ending" the rule below has it)
        if last.group(1) != "0000" and _NUMBER_NAMED.search(
            text, max(0, last.start() - 40), last.start()
        ):
            out.append(Span(last.start(1), last.end(1), "ID", "pattern"))
    if "ummer" in low:
        out += [Span(m.start(1), m.end(1), "ID", "pattern") for m in _NUMMER.finditer(text)]
    if "adhaa" in low or "adhar" in low:
        out += [Span(m.start(1), m.end(1), "ID", "pattern") for m in _AADHAAR_LATER.finditer(text)]
    if (
        not text.isascii()  # (the screen's words hold "i" and "s")
        or "NIR" in text
        or "vitale" in low
        or "sociale" in low
        or "secu" in low
    ) and _NIR_SCREEN.search(text):
        out += [
            Span(*m.span(1), "ID", "pattern")
            for m in _NIR_LATER.finditer(text)
            # (a key that does not check is a slip: the label still names the number)
            if ck.fr_nir(_NOT_NIR.sub("", m.group(1)).upper()[:13])
        ]
    taken = {sp.start for sp in out}
    # (in ASCII, (?i) matches what the lower case matches: _CUE_LOWER in it)
    cues, subject = (_CUE_LOWER, low) if text.isascii() else (_CUE, text)
    cue = cues.search(subject)
    while cue is not None:
        rule = cue.lastgroup or ""
        gap = _GAP.match(text, cue.end())  # (it matches the empty string too)
        m = _VALUE[rule].match(text, gap.end()) if gap is not None else None
        while m is not None:
            end = _valid(rule, m.group(), m.start(), cue.group())
            if not end:
                break
            if m.start() not in taken:
                out.append(Span(m.start(), m.start() + end, "ID", "pattern"))
            # more of the same after it: "Passports: FE 438216 and FE 438217"
            more = _AND_MORE.match(text, m.start() + end)
            m = _VALUE[rule].match(text, more.end()) if more else None
        cue = cues.search(subject, cue.end())
    return out


def _valid(rule: str, value: str, start: int, cue: str = "") -> int:
    """The length of ``value`` that is an ID (0: none)."""
    if rule == "plate":
        if cue.lower() == "tag" and not _TAG_PLATE.match(value):
            return 0  # "curfew tag 24 HR", "size tag 12 UK", "tag GPS 2 units" (review 39)
        return _plate(value)
    if rule == "bsn":
        return len(value) if ck.nl_bsn(_NOT_DIGIT.sub("", value)) else 0
    if rule == "ssn":
        digits = _NOT_DIGIT.sub("", value)
        if len(digits) == 9:  # a whole number: the SSA's rules (or an ITIN's)
            return len(value) if ck.us_ssn(digits) or ck.us_itin(digits) else 0
        return 0 if digits == "0000" else len(value)  # (no SSN ends in 0000)
    return len(value)


def _plate(value: str) -> int:
    """The longest run of the groups, from the first, that can be a plate."""
    groups = re.split(r"[ -]", value)
    for n in range(len(groups), 0, -1):
        if _plate_groups(groups[:n]):
            return sum(len(g) for g in groups[:n]) + n - 1
    return 0


def _plate_groups(groups: list[str]) -> bool:
    joined = "".join(groups)
    if not 4 <= len(joined) <= 8 or joined.isdigit() or joined.isalpha():
        return False
    # capitals, or lower case in one group with a digit after a letter ("kx19abc", not "2day")
    lower_ok = len(groups) == 1 and joined.lower() == joined and _LETTER_DIGIT.search(joined)
    if joined.upper() != joined and not lower_ok:
        return False
    for g in groups:
        if _LETTERS_ONLY.fullmatch(g):
            if len(g) > 4:
                return False  # a word: "ABCD 123 FOR" is "ABCD 123"
        elif g.isdigit():
            if len(g) > 4:
                return False
        elif _UNIT.fullmatch(g):
            return False  # "2pm", "14th"
    return True
