"""Dates (numeric, ISO, with month names, weekdays) and ages over 89.

A year on its own ("in 2019") is deliberately kept: it rarely identifies
anyone and supervisors need it. Times of day are kept too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Span

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"

# Speed idiom used below: "X(?<!C(?s:.))" is "(?<!C)X" with the first character X matched
# before the look-behind, which lets the regex engine skip to candidate characters. A
# pattern that opens with a look-ahead such as "(?=[...])" gets no such skip (measured in
# session 22): it is tried at every character, only failing a little sooner.
ISO = re.compile(
    r"\d(?<![\w.-](?s:.))\d{3}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
    r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"
)
NUMERIC = re.compile(r"(\d(?<![\w./-](?s:.))\d?)([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./-]\d)")
PARTIAL = re.compile(r"(\d(?<![\w./-](?s:.))\d?)/(\d{1,2}|\d{4})(?![\w]|[./-]\d)")
# (its month matched from the first digit: "0" then 1-9, or 1-9 alone, or "1" then 0-2)
MONTH_YEAR = re.compile(
    r"[0-9](?<![\w./-].)(?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2])[/-]\d{4}(?![\w]|[./-]\d)"
)
_DAYS_SHORT = r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?"
NAMED = re.compile(  # (?=…): the possible first letters, the speed idiom above
    rf"(?i)(?=[adfjmnostw\d])(?<![\w])(?:(?:{_DAYS}|{_DAYS_SHORT})\s*,?\s+)?(?:(?:the\s+)?{_ORD}\s*(?:of\s+)?|\d{{1,2}}-)?"
    rf"(?:{_MONTHS})\b(?:(?<=\b[A-Za-z]{{3}})\.|(?<=\b[A-Za-z]{{4}})\.)?(?:(?:-|\s+)(?:{_ORD}\b|\d{{4}}\b)(?:,?\s+{_YEAR}\b)?|-\d{{2}}\b)?"
)
# NAMED without its (?i), for lower-cased text whose case folding is plain (see
# _CASE_ODD), where positions do not move: matched case-sensitively, it is quicker
_NAMED_LOWER = re.compile(NAMED.pattern.removeprefix("(?i)"))
# "last Tuesday": the weekday is redacted, the relative word stays readable; a weekday
# in the plural recurs and dates nothing ("BSL lessons on Tuesdays" stays; session 18)
WEEKDAY = re.compile(rf"(?=[MTWFSmtwfs])(?<![\w])(?:{_DAYS.title()}|{_DAYS})\b")
# WEEKDAY's matches found from their "day", a literal the regex engine skips to (a
# pattern opening with the weekdays' letters is tried at every t, s, m, w, f of a note):
# a look-behind for each length of weekday, then an empty group telling which matched
_WEEKDAY_END = re.compile(
    r"day(?:(?<=(?<![\w])(?:[Mm]on|[Ff]ri|[Ss]un)day)()|(?<=(?<![\w])[Tt]uesday)()"
    r"|(?<=(?<![\w])(?:[Tt]hurs|[Ss]atur)day)()|(?<=(?<![\w])[Ww]ednesday)())\b"
)
_WEEKDAY_LENGTH = (0, 6, 7, 8, 9)  # by the group that matched
# a weekday written as a plural that is one day: its possessive typed without the
# apostrophe before what happens that day, or after "this", "last", "next" (review 39)
# (each "days" is found with str.find, then the weekday just before it: a pattern opening
# with the weekday's letters was tried at most letters of a note)
_DAY_STEM = re.compile(r"(?<![\w])(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)$")


def plural_days(text: str) -> list[tuple[int, int]]:
    """Where a weekday in the plural stands ("Tuesdays", "mondays")."""
    out = []
    i = text.find("days")
    while i >= 0:
        end = i + 4
        if not text[end : end + 1].isalnum():
            stem = _DAY_STEM.search(text, max(0, i - 6), i)
            if stem is not None:
                out.append((stem.start(), end))
        i = text.find("days", end)
    return out


_THIS_BEFORE = re.compile(r"(?i:\b(?:this|last|next|that))[ \t]+$")
_DAY_EVENT_AFTER = re.compile(
    r"[ \t]+(?i:session|sesh|appt|appointment|court|hearing|meeting|visit|review|call|date|"
    r"deadline|slot|group|class|shift|drop-in)\b"
)
_DATE_CONTEXT = re.compile(
    r"(?i)\b(?:on|in|since|until|till|by|from|during|before|after|last|next|this|early|late|"
    r"mid|of|dated?|born|dob|due|since)\s*$"
)
# what a score follows ("Sleep rated 10/05", "appetite 9/05")
_RATING_WORDS = (
    r"rated|rates|rating|scored?|scores|mood|sleep|appetite|anxiety|pain|energy|"
    r"level|out\s+of|distress|urges?|craving|cravings|suds|stress|hopelessness|worry|panic|"
    r"confidence|motivation|gad|phq|core"
)
_RATED = re.compile(rf"(?i)\b(?:{_RATING_WORDS})\b[^.\n]*$")
# "from 3/10 to 6/10" is a score: day/month pairs need a stronger cue
_STRONG_DATE_CONTEXT = re.compile(
    r"(?i)(?:\b(?:on|since|until|till|by|dated?|born|dob|due|is|wc)|\bw/c)\s*[:,]?\s*$"
)
# what happens on a day: "referral sent 06/10", "EDD was 01/12"; a weaker cue, taken
# only for a pair written with a zero, before no noun ("Mood review 4/10 today",
# "Started 1/2 tablet", "Sent 3/5 forms": review 27)
_EVENT_DATE_CONTEXT = re.compile(
    # (not "seen": "seen 5/6 and DNA 3/4" counts sessions)
    r"(?i)\b(?:sent|received|review|reviewed|ended|expires|expired|discharged|"
    r"edd(?:\s+was)?)\s*[:,]?\s*$"
)
_EVENT_DATE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\n]|$)|\s+(?:at|and|but|so|for|to|as|when|after|before|then|with|by|"
    r"from|in|[-\u2013])\b"
)
_COUNTED = re.compile(
    r"(?i)\s+(?:sessions?|sesh|sess|appts?|appointments?|times|visits?|weeks?|days|nights|"
    r"groups?|calls?|of|ago)\b"
)
AGE = re.compile(
    r"(?i)(?<![\w])(?:(?:aged?|age of|is|was|turned|turns|turning)\s+)?(\d{2,3})"
    r"(?:\s*(?:-|\s)\s*years?(?:\s*|-)old|\s*(?:yo|y/o|yrs? old)\b)?"
)
_AGE_CONTEXT = re.compile(r"(?i)\b(?:aged?|age of|turned|turns|turning)\s+\d{2,3}\b$")


_AGE_HINT = re.compile(r"[19](?<!\d(?s:.))(?:(?<=9)\d|(?<=1)[0-3]\d)(?!\d)")  # 90-139
# An age is only kept with a lead-in word ("aged", "turned") or a unit ("years old",
# "y/o"). In ASCII text, lower-cased, that needs one of "age", "turn" (starting a word),
# "year", "yo", "y/o", "yrs old", each found from a rarer letter, g, u or y, that the
# engine skips to. Not elsewhere: "is" written with a dotted capital or a dotless small
# i counts as a lead-in, as its lower case is not "is".
_AGE_WORD_HINT = re.compile(r"ge(?<=age)(?<!\w...)|urn(?<=turn)(?<!\w....)|y(?:ear|o\b|/o|rs? old)")


def _plausible(a: int, b: int) -> bool:
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


# "\d[/.-]\d" written to start with its rarer middle character
_NUMDATE_HINT = re.compile(r"[/.-](?<=\d.)\d")
_MONTH_HINT = re.compile(rf"(?i)(?=[adfjmnos])(?<![\w])(?:{_MONTHS})")  # first letters
# the same test for lower-cased text whose case folding is plain (_CASE_ODD): a month's first
# three letters with no word character before them, each found from a rarer letter
# (j, b, m, p, g, c, v) that the engine skips to, then looked back at
_ASCII_MONTH_HINT = re.compile(
    r"(?:j(?:an|u[nl])|b(?<=feb)|ma[ry]|p(?:r(?<=apr)|(?<=sep))|g(?<=aug)|c(?:t(?<=oct)|(?<=dec))"
    r"|v(?<=nov))(?<!\w...)"
)
_MONTH_ONLY = re.compile(rf"(?i)(?:{_MONTHS})\.?")
# The only characters that (?i) matches to an ASCII letter, besides A-Z and a-z:
# dotted capital I, dotless small i, long s, Kelvin sign. Text without them folds
# plainly: lower() keeps every position and every \w, \s and \d, and a pattern of
# ASCII letters then matches it case-sensitively as it matched the text with (?i)
# (tests/test_redact_addr2_dates.py checks this over every character).
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


def detect_dates(text: str) -> list[Span]:
    spans: list[Span] = []
    if _NUMDATE_HINT.search(text):
        spans.extend(_numeric_dates(text))
    if text.isascii() or _CASE_ODD.search(text) is None:
        low = text.lower()
        if _ASCII_MONTH_HINT.search(low):
            spans.extend(_named_dates(text, _NAMED_LOWER.finditer(low)))
    elif _MONTH_HINT.search(text):
        spans.extend(_named_dates(text, NAMED.finditer(text)))
    if "day" in text:
        spans.extend(
            Span(m.end() - _WEEKDAY_LENGTH[m.lastindex or 0], m.end(), "DATE", "pattern")
            for m in _WEEKDAY_END.finditer(text)
        )
        # "Tuesdays session", "this Fridays court date": one day
        for start, end in plural_days(text):
            if _DAY_EVENT_AFTER.match(text, end) or _THIS_BEFORE.search(
                text, max(0, start - 8), start
            ):
                spans.append(Span(start, end, "DATE", "pattern"))
    if spans and (":" in text or "m" in text):
        spans = [_with_time(text, sp) for sp in spans]
    return spans


# A time of day is kept on its own, but joins a date it is written with:
# "14/03/2025 at 10:30", "Tuesday 3pm", "10:30 on 14 March".
_TIME = r"(?:\d{1,2}(?::[0-5]\d){1,2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\w])"
_TIME_AFTER = re.compile(rf"(?i),?[ \t]*(?:at[ \t]+|@[ \t]*|from[ \t]+)?{_TIME}")
_TIME_BEFORE = re.compile(rf"(?i)(?<![\w:]){_TIME}[ \t]*,?[ \t]*(?:on[ \t]+)?$")


def _with_time(text: str, sp: Span) -> Span:
    start, end = sp.start, sp.end
    m = _TIME_AFTER.match(text, end)
    if m:
        end = m.end()
    m2 = _TIME_BEFORE.search(text, max(0, start - 16), start)
    if m2:
        start = m2.start()
    if (start, end) == (sp.start, sp.end):
        return sp
    return Span(start, end, sp.category, sp.source)


# what ISO, NUMERIC and MONTH_YEAR need, found faster (each starts with a separator)
_ISO_HINT = re.compile(r"-(?<=\d\d\d\d.)\d\d?-\d")
_NUMERIC_HINT = re.compile(r"[/.-](?<=\d.)\d\d?[/.-]\d")
_MONTH_YEAR_HINT = re.compile(r"[/-](?<=\d.)\d\d\d\d")


def _numeric_dates(text: str) -> Iterator[Span]:
    # each pattern is skipped when its separator or its hint is missing
    dash = "-" in text
    slash = "/" in text
    for m in ISO.finditer(text) if dash and _ISO_HINT.search(text) else ():
        yield Span(m.start(), m.end(), "DATE", "pattern")
    for m in NUMERIC.finditer(text) if _NUMERIC_HINT.search(text) else ():
        if _plausible(int(m.group(1)), int(m.group(3))):
            yield Span(m.start(), m.end(), "DATE", "pattern")
    month_year = (dash or slash) and _MONTH_YEAR_HINT.search(text) is not None
    for m in MONTH_YEAR.finditer(text) if month_year else ():
        yield Span(m.start(), m.end(), "DATE", "pattern")
    for m in PARTIAL.finditer(text) if slash else ():
        a, b = int(m.group(1)), int(m.group(2))
        if len(m.group(2)) == 4 or not _plausible(a, b):
            continue
        # "6/10" is as likely a score as a date: keep it unless the context says date
        ctx = bool(_STRONG_DATE_CONTEXT.search(text, max(0, m.start() - 12), m.start())) or (
            _EVENT_DATE_CONTEXT.search(text, max(0, m.start() - 14), m.start()) is not None
            and _EVENT_DATE_AFTER.match(text, m.end()) is not None
            and not _RATED.search(text, max(0, m.start() - 16), m.start())
            # a zero written before a day or month ("sent 06/10"): no count or grade is
            # so written ("Sessions received: 5/6", "Grades received 7/9": review 28)
            and (m.group(1).startswith("0") or m.group(2).startswith("0"))
        )
        # "12/08": a leading zero and more than its "out of" is no score; nor is
        # "05/06", a zero first (but "07/10" is a score out of ten)
        padded = (
            (a > b and m.group(2).startswith("0"))
            or (m.group(1).startswith("0") and len(m.group(2)) == 2 and b != 10)
        ) and not _RATED.search(text, max(0, m.start() - 16), m.start())
        if ctx and not padded and max(a, b) <= 12 and _COUNTED.match(text, m.end()):
            continue  # "on 2/3 sessions": a count ("on 14/06 call" is a date)
        wide = max(a, b) > 12 and (a, b) != (24, 7)  # "24/7": all day
        if ctx or padded or wide or _bare_day_month(text, m, a, b):
            yield Span(m.start(), m.end(), "DATE", "pattern")


# "a/b" that is a score, a share or a step, not a day: "24/7", "7/7" (a week's course
# of a medicine), "9/11" (the attacks); halves, thirds and quarters ("1/2 to 1 tab")
_NOT_DAYS = frozenset({(24, 7), (7, 7), (9, 11), (1, 2), (1, 3), (1, 4)})
# what may follow a day besides _EVENT_DATE_AFTER's: "moved to 11/4 - she", "12/6 (me",
# "11/3 until 14/3", "fire 11/3 night", "Fire [11/3]"
_MORE_AFTER = re.compile(
    r"[ \t]+[-\u2013][ \t]|[ \t]*[(\]]|[ \t]+(?i:until|till|through|thru|which|where|while|"
    r"because|night|morning|afternoon|evening|outside|last|this)\b"
)
# the word just before a count, a step, a score, a result, a dose or the odds: "Week
# 3/6", "Sessions received: 5/6", "DNA 2/6", "Grades 7/9", "number 1/2", "Mood 3/5",
# "Got 7/8", "Take 1/2", "Won 3/1", "Odds 7/2", "year 6/7", "size 4/5"
_COUNT_BEFORE = re.compile(
    rf"(?i)\b(?:{_RATING_WORDS}|wemwbs|"
    r"sessions?|sesh|sess|weeks?|wk|steps?|modules?|parts?|pages?|episodes?|"
    r"rounds?|levels?|stages?|blocks?|grades?|marks?|dna|attended|received|number|no\.|#|q|"
    r"got|gets|getting|passed|completed|answered|hit|won|lost|drew|managed|ate|eats|"
    r"drank|drinks|drinking|took|take|takes|taking|halved|odds|bet|ratio|size|year|"
    r"sees|visits|dose)[ \t]*[:.]?[ \t]*$"
)
# ... or two words before: "scored herself 3/5", "rated it 8/12", "Sessions ended 8/8",
# "Odds were 7/2", "Bet at 7/2"
_COUNT_TWO_BEFORE = re.compile(
    r"(?i)\b(?:rated|rates|scored?|scores|sessions|grades|marks|odds|bet)[ \t]+\S+[ \t]+$"
)
# a span of time: "Off sick 3/7" (days, as clinics write them), "for 3/12" (months)
_MONTHS_AHEAD_BEFORE = re.compile(
    r"(?i)\b(?:review|f/u|follow[ -]?up|in|for|after|within|over|past|x)[ \t]*[:.]?[ \t]*$"
)
_COUNT_AFTER = re.compile(r"\s*(?:and|,)\s+(?:dna|did\s+not)\b", re.IGNORECASE)
# a numbered line: "1/6 - intake", "2/3: eat regularly"
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")


def _bare_day_month(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """A day and month with a slash and no cue, both 12 or less ("grease fire 11/3.",
    "Tenancy ends 3/4 and", "from 3/4 to 9/4"): a date where nothing makes it a score,
    a share, a count, a step or a span of time. Session 23: the held-out batches had 24
    such dates left; ratings are out of 10, days and months of clinics' shorthand are
    "/7" and "/12" ("Off sick 3/7", "for 3/12"), and shares and counts have a noun after
    them ("2/3 of them", "3/4 sessions") or their word just before ("DNA 2/6", "Got
    7/8", "Take 1/2", "Won 3/1")."""
    if b in (7, 10) or (a, b) in _NOT_DAYS or max(a, b) > 12:
        return False
    end = m.end()
    after = _EVENT_DATE_AFTER.match(text, end) or _MORE_AFTER.match(text, end)
    if after is None or _COUNTED.match(text, end) or _COUNT_AFTER.match(text, end):
        return False
    start = m.start()
    before = max(0, start - 30)
    return not (
        _COUNT_BEFORE.search(text, before, start)
        or _COUNT_TWO_BEFORE.search(text, before, start)
        or (b == 12 and _MONTHS_AHEAD_BEFORE.search(text, before, start))
        or _LINE_START.search(text, max(0, start - 4), start)
    )


def _named_dates(text: str, found: Iterator[re.Match[str]]) -> Iterator[Span]:
    """The dates among NAMED's matches ``found`` in ``text`` (or in its plain lower case)."""
    for m in found:
        word = text[m.start() : m.end()]
        if _MONTH_ONLY.fullmatch(word):
            full = word.rstrip(".").lower()
            if not word[0].isupper() or (len(full) < 4 and full != "may"):
                continue  # "Jan", "Mar" alone are as often names or verbs
            may_ctx = _DATE_CONTEXT.search(text, max(0, m.start() - 12), m.start())
            if full == "may" and not may_ctx:
                continue
            place = _PLACE_AFTER_MONTH.match(text, m.end())
            if place:  # "August Town", "May Street": a place named after the month
                yield Span(m.start(), place.end(), "LOCATION", "pattern", None, "PLACE")
                continue
        yield Span(m.start(), m.end(), "DATE", "pattern")


_PLACE_AFTER_MONTH = re.compile(
    r"[ \t]+(?:Town|Street|St|Road|Rd|Avenue|Ave|Lane|Close|Park|Hill|Gardens|"
    r"Drive|Way|Crescent|Place|Square|Terrace|Estate|Farm)\b"
)


def detect_ages(text: str) -> list[Span]:
    if "1" not in text and "9" not in text:  # an age over 89 has one
        return []
    if text.isascii() and _AGE_WORD_HINT.search(text.lower()) is None:
        return []
    if _AGE_HINT.search(text) is None:
        return []
    spans: list[Span] = []
    for m in AGE.finditer(text):
        age = int(m.group(1))
        if age < 90 or age > 130:
            continue
        has_unit = m.group() != m.group(1) and not m.group().lower().startswith(("is", "was"))
        unit = m.end() > m.end(1)
        if unit or has_unit:
            spans.append(Span(m.start(1), m.end(), "AGE", "pattern"))
    return spans
