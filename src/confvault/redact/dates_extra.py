"""Dates and ages the main date rules (:mod:`.dates`) miss, as support notes write them.

* a holiday with its year ("Boxing Day 2021", "New Year's Eve 2023"): a full date;
* a year-first date with slashes ("2001/03/12"), and eight digits after a
  birth-date label ("DOB 19870312");
* a weekday with a day of the month ("last Tues 14th"), and "on the 14th";
* a day written as a word ("the twelfth of March"), a month then its day
  ("March the 12th"), a day "of next month", the day after a birth-date label
  ("DOB 12th", "dob: 12 3 87"), and a day and month in figures after a weekday,
  "court", "appt" or "next session" ("thurs 9/11", "court 12.06");
* an age over 89 next to a family word ("her gran is 94", "nan (95)",
  "nan's 92nd birthday"), in brackets after a name ("mum beryl (94)"), in the other
  forms notes use ("passed at 97", "age: 103", "94-yr-old", "client, 91,"), or
  spelled out after an age word ("aged ninety-four").

A holiday or a weekday on its own stays, as a bare year does. The age patterns are
in :mod:`.ages`.
"""

from __future__ import annotations

import re

from . import ages_spelled
from .ages import (
    _AGE_BIRTHDAY,
    _APPOSITIVE_AGE,
    _COUNTED_BEFORE,
    _DIED_AT_SPELLED,
    _NEXT_AGE,
    _OLD,
    _OLDEST_AT,
    _OWNER,
    _POSSESSIVE_ORDINAL,
    _RELATIVE_BEFORE,
    _SPELLED_AGE,
    QUOTED_AGE_OWNER,
    digit_ages,
)
from .dates import _MONTHS
from .model import Span
from .screens import any_of
from .words import FOREIGN_WEEKDAYS

_DIGIT = re.compile(r"\d")
# a day of the Hebrew or the Islamic calendar ("yahrzeit is 14 Adar", "the 3rd of Sivan",
# "15 Sha'ban"): the month's name in its own case after the day ("Av" is too short to
# tell from an avenue)
_CALENDAR_MONTHS = (
    r"Tishr?ei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|"
    r"Adar(?:[ \t]+(?:I{1,2}|Aleph|Bet|Sheni))?|Nisan|Iyy?ar|Sivan|Tamm?uz|Elul|"
    r"Muharram|Safar|Rabi['\u2019\u02bf]?[ \t-]?(?:al|ul|ath|us)?[ \t-]?(?:Awwal|Thani|Akhir)|"
    r"Jumad[ae][ \t-]?(?:al|ul)?[ \t-]?(?:Ula|Awwal|Thani|Akhirah?)|Rajab|Sha['\u2019\u02bf]?ban|"
    r"Ramadan|Ramazan|Ramzan|Shawwal|"
    r"Dhu['\u2019]?l?[ \t-]?(?:al[ \t-])?(?:Qi['\u2019]?dah|Qadah|Hijjah?)"
)
_CALENDAR_HINT = any_of(
    ["Adar", "Nisan", "Iy", "Sivan", "Tam", "Elul", "Tish", "shvan", "Kislev", "Tev", "She",
     "Shv", "Muharram", "Safar", "Rabi", "Jumad", "Rajab", "ban", "Ram", "Shawwal", "Dhu"]
)  # fmt: skip
# after a day of a calendar's month, not a count: the clause ends or goes on ("3 Ramadan
# fasts", "3 Tir biscuits" stay)
_DAY_CLAUSE_GOES_ON = (
    r"[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:\d{4}|and|but|so|for|to|when|this|next|last|at|in|"
    r"on|is|was|he|she|they|we|i|the|her|his|their|my|until|till|or|then)\b"
    r"|[ \t]+[\u2013\u2014-](?=[ \t])"
)
_CALENDAR_DAY = re.compile(
    # (an ordinal only with "of": "her 1st Ramadan in the UK" counts them, review 31)
    r"(?<![\w/.,-])(?:[1-9]|[12]\d|30)(?:(?:st|nd|rd|th)[ \t]+of)?[ \t]+"
    rf"(?:{_CALENDAR_MONTHS})(?![\w'\u2019-])(?={_DAY_CLAUSE_GOES_ON})"
)
# a day of the Ethiopian, Persian (solar Hijri) or Nepali (Bikram Sambat) calendar in
# Latin letters ("12 Meskerem 2016", "3 Esfand 1402", "15 Shrawan 2080"), and a day and
# month in Thai script ("14 มีนาคม 2567"); written from the calendars themselves (session
# 20; Armenian dates, first here, are dates_scripts.py's since session 21, with the other
# scripts'). The day is found first, then its word looked up.
_DAY_THEN_WORD = re.compile(
    # (the day's first figure opens the pattern, the check before it after it: the regex
    # engine then skips to a figure, not trying every character)
    r"([1-9](?<![\w/.,-][1-9])(?:(?<=[12])\d|(?<=3)[01])?)[ \t]+([A-Z][a-z]+|[\u0e00-\u0e7f.]+)"
    r"(?![\w'\u2019-])"
)
_OTHER_CALENDAR_MONTHS = frozenset(
    # Ethiopian
    ["meskerem", "tikimt", "tikemt", "tiqimt", "tekemt", "hidar", "hedar", "tahsas", "tahesas",
     "tir", "ter", "yekatit", "yakatit", "megabit", "magabit", "miyazya", "miazia", "ginbot",
     "genbot", "sene", "hamle", "hamile", "nehase", "nehasse", "pagume", "pagumen",
     # Persian
     "farvardin", "ordibehesht", "khordad", "mordad", "amordad", "shahrivar", "mehr", "aban",
     "azar", "dey", "bahman", "esfand",
     # Nepali
     "baisakh", "baishakh", "vaishakh", "jestha", "jeth", "jeshtha", "asar", "asadh",
     "ashadh", "shrawan", "sawan", "bhadra", "bhadau", "asoj", "ashwin", "kartik", "mangsir",
     "mangshir", "poush", "paush", "magh", "falgun", "phagun", "chaitra", "chait"]
)  # fmt: skip
# Thai months, in full and short
_SCRIPT_MONTHS = frozenset(
    ["มกราคม", "กุมภาพันธ์",
     "มีนาคม", "เมษายน",
     "พฤษภาคม", "มิถุนายน",
     "กรกฎาคม", "สิงหาคม",
     "กันยายน", "ตุลาคม",
     "พฤศจิกายน", "ธันวาคม",
     "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.",
     "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
     "พ.ย.", "ธ.ค."]
)  # fmt: skip
# what follows a day of those calendars in Latin letters: as after _CALENDAR_DAY's, or
# the calendar's era ("12 Meskerem 2016 EC", "3 Esfand SH")
_CLAUSE_GOES_ON = re.compile(rf"{_DAY_CLAUSE_GOES_ON}|[ \t]+(?:EC|AP|SH|BS|VS)\b")


def _other_calendar_days(text: str) -> list[Span]:
    """Days of the calendars above (the text holds a digit)."""
    out = []
    for m in _DAY_THEN_WORD.finditer(text):
        word = m.group(2)
        if word in _SCRIPT_MONTHS or (
            word.lower() in _OTHER_CALENDAR_MONTHS and _CLAUSE_GOES_ON.match(text, m.end())
        ):
            year = _YEAR_AFTER.match(text, m.end())  # "14 มีนาคม 2567", "3 Esfand 1402"
            out.append(Span(m.start(), year.end() if year else m.end(), "DATE", "pattern"))
    return out


# a year after such a day, in figures, after the Thai "B.E." too ("พ.ศ. 2567")
_YEAR_AFTER = re.compile(r"[ \t]+(?:\u0e1e\.\u0e28\.[ \t]*)?\d{4}(?![\w])")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_HOLIDAYS = (
    r"christmas(?:\s+(?:day|eve))?|xmas(?:\s+(?:day|eve))?|boxing\s+day|"
    r"new\s+year['\u2019]?s(?:\s+(?:day|eve))?|halloween|thanksgiving(?:\s+day)?|"
    r"easter(?:\s+(?:sunday|monday|day))?|good\s+friday|valentine['\u2019]?s\s+day|"
    r"mother['\u2019]?s\s+day|father['\u2019]?s\s+day|bonfire\s+night|hogmanay|diwali|"
    r"st\.?\s+patrick['\u2019]?s\s+day|independence\s+day|remembrance\s+(?:day|sunday)|"
    r"anzac\s+day|australia\s+day|nye|"
    r"eid(?:\s+al[- ]?(?:fitr|adha))?"
)
_HOLIDAY_YEAR = re.compile(rf"(?i)(?<![\w])(?:{_HOLIDAYS})\s*,?\s+(?:of\s+)?{_YEAR}(?![\w])")
# a holiday that is one day, without a year: it still dates what happened ("last drink
# was new years eve"); "Christmas", "Easter", "Eid" alone are seasons and stay
_HOLIDAY_DAY = re.compile(
    r"(?i)(?<![\w])(?:(?:christmas|xmas)\s+(?:day|eve)|boxing\s+day|"
    r"new\s+year['\u2019]?s?\s+(?:day|eve)|nye|valentine['\u2019]?s(?:\s+day)?|hallowe['\u2019]?en|"
    r"bonfire\s+night|guy\s+fawkes(?:\s+night)?|hogmanay|(?:st\.?\s+)?patrick['\u2019]?s\s+day|"
    r"paddy['\u2019]?s\s+day|anzac\s+day|australia\s+day|waitangi\s+day|canada\s+day|"
    r"independence\s+day|remembrance\s+(?:day|sunday)|burns\s+night|thanksgiving(?:\s+day)?|"
    r"mother['\u2019]?s\s+day|father['\u2019]?s\s+day|good\s+friday|easter\s+(?:sunday|monday))"
    r"(?![\w])"
)
# (the year's first figure opens this pattern and the next two, the check before it after
# it: the regex engine skips to a figure, not trying each character; session 22)
_YEAR_FIRST = re.compile(
    r"[12](?<![\w./-][12])(?:(?<=1)[89]|(?<=2)0)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
    r"(?![\w]|[./-]\d)"
)
_DAY_WORDS = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth)"
)
_DAY_ORD = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
# "the twelfth of March", "third of may 2001" (the month, and a year after it, are
# found by dates.py; the spans join)
_WORD_DAY_OF_MONTH = re.compile(rf"(?i)\b(?:{_DAY_WORDS})\s+of\s+(?:{_MONTHS})\b")
# "March the 12th", "may the fifth"
_MONTH_THE_DAY = re.compile(rf"(?i)\b(?:{_MONTHS})\s+the\s+(?:{_DAY_ORD}|{_DAY_WORDS})\b")
# "the 3rd of next month": the day; "of next month" stays readable
_DAY_OF_NEXT_MONTH = re.compile(
    rf"(?i)\b({_DAY_ORD}|{_DAY_WORDS})\s+of\s+(?:next|this|last)\s+month\b"
)
_ORDINAL_OF = re.compile(r"(?:st|nd|rd|th)\s+of\s")
# a month name before "the", in lower-cased text: _MONTH_THE_DAY needs one
# (found from the month's first three letters, each from a rarer letter, j, b, m, p, g, c
# or v, that the regex engine skips to; then the rest of the month: session 22)
_MONTH_THE = re.compile(
    r"(?:j(?:an|u[nl])|b(?<=feb)|ma[ry]|p(?:r(?<=apr)|(?<=sep))|g(?<=aug)|c(?:t(?<=oct)|(?<=dec))"
    r"|v(?<=nov))(?<!\w...)"
    r"(?:(?<=jan)(?:uary)?|(?<=jun)e?|(?<=jul)y?|(?<=feb)(?:ruary)?|(?<=mar)(?:ch)?|(?<=may)"
    r"|(?<=apr)(?:il)?|(?<=sep)(?:t(?:ember)?)?|(?<=aug)(?:ust)?|(?<=oct)(?:ober)?"
    r"|(?<=dec|nov)(?:ember)?)\s+the\s"
)
_BIRTH_LABEL = r"dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date"
# the day after a birth-date label: "DOB 12th", "d.o.b: 12 3 87" (eight digits together
# are _BIRTH_DIGITS'); after "born", three numbers ("born 12 3 87")
_DOB_DAY = re.compile(
    rf"(?i)\b(?:{_BIRTH_LABEL})\s*[:\-]?\s*"
    r"((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"|(\d{1,2})[ ./-](\d{1,2})(?:[ ./-](?:\d{4}|\d{2}))?)(?![\w]|[./-]\d)"
)
_BORN_DAY = re.compile(
    r"(?i)\bborn(?:\s+on)?\s+((\d{1,2})[ ./-](\d{1,2})[ ./-](?:\d{4}|\d{2}))(?![\w]|[./-]\d)"
)
_DAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?"
)
# a day and month in figures after a word that dates it: "thurs 9/11", "court 12.06",
# "next sesh 14-5" ("session 3/6" alone is a count, so "next" is needed there)
_DATING_WORD = re.compile(
    rf"(?i)\b(?:{_DAYS}|court|hearing|appt|appointment|assessed|"
    r"reviewed|discharged|admitted|referred|booked(?:\s+for|\s+in)?|"
    # an appointment moved: "appt moved to 22.11" (not "mood moved to 7/10")
    r"(?:appt|appointment|session|sesh|mtg|meeting|hearing|court|visit)\s+"
    r"(?:moved|changed|rescheduled|put\s+back|brought\s+forward)(?:\s+to|\s+for)?|"
    r"next\s+(?:sess|sesh|session|appt|appointment)|"
    # a day of someone's life: "birthday was 30.05", "funeral is 14/3"
    r"(?:birthday|bday|b['\u2019]day|anniversary|funeral|born|died|passed\s+away|due\s+date)"
    r"(?:\s+(?:was|is|will\s+be)|['\u2019]s)?)"
    r"\.?:?\s+(?:on\s+)?$"
)
# an event set for a day, then the day and month with a slash: "School re-entry meeting
# set for 12/2" (session 21; not "Session planned for 1/2 an hour", "Visit arranged for
# 2/3 times a week", "Review set for 6/10 on her scale", "set for 3.10", "set for 2-3")
_SET_FOR = re.compile(
    r"(?i)\b(?:meeting|mtg|appt|appointment|session|hearing|review|visit|surgery|op|"
    r"operation|interview|court|tribunal)\s+(?:is\s+|was\s+)?(?:set|scheduled|planned|"
    r"booked|fixed|arranged)\s+for\s+$"
)
_COUNTED_AFTER = re.compile(
    r"(?i)[ \t]*(?:an?\b|times|of\b|on\b|hours?|hrs?|mins?|minutes|out\b|per\b|a\s+week)"
)
_WEEKDAY_ONLY = re.compile(rf"(?i)(?:on\s+)?(?:{_DAYS})")
# a decimal with its unit is no date: "died 3.5 years ago", "born 4.5 weeks early"
_NO_UNIT = (
    r"(?!\s*(?:years?|yrs?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|months?|mths?|"
    r"kg|kilos?|lbs?|pounds?|stone|miles?|km|metres?|meters?|cm|litres?)\b)"
)
# the figures, then the word before them
_FIGURE_SEP = re.compile(r"[/.-](?<=\d[/.-])\d")
# a count of things is no date either: "Weds 2/3 meals", "Mon 1/2 a sandwich"
_NO_COUNT = (
    r"(?!\s*(?:meals?|portions?|plates?|cups?|glasses|pints?|bottles?|cans?|tabs?|tablets?|"
    r"pills?|doses?|nights?|shifts?|sessions?|lessons?|classes|sandwich(?:es)?|"
    r"an?\s+(?:sandwich|slice|meal|plate|portion|cup|glass|bottle|pint|tablet|pill|dose|bowl|"
    r"bar|packet|can))\b)"
)
_DAY_MONTH_FIGURES = re.compile(
    r"(?<![\w./-])((\d{1,2})[/.-](\d{1,2}))(?![\w]|[./-]\d|\s*(?:%|am\b|pm\b|of\b))"
    + _NO_UNIT
    + _NO_COUNT
)
_BIRTH_DIGITS = re.compile(rf"(?i)\b(?:{_BIRTH_LABEL}|born(?:\s+on)?)\s*[:\-]?\s*(\d{{8}})(?!\d)")
_WEEKDAY_ORDINAL = re.compile(
    rf"(?i)(?<![\w])(?:{_DAYS})\.?,?\s+(?:the\s+)?(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?![\w])"
)
_ON_THE_ORDINAL = re.compile(
    r"(?i)(?:\b(?:on|since|until|till|til|tl|by|before|after|next|appt|appointment|"
    r"session|due|of|"
    # an event's day: "Gran's funeral is the 15th"
    r"(?:birthday|bday|anniversary|funeral|wedding|inquest|sentencing|trial|tribunal|"
    r"interview|operation|op|scan|induction|graduation)(?:\s+(?:is|was|will\s+be)|['\u2019]s)|"
    r"booked(?:\s+in)?\s+for|set\s+for|(?:re)?listed\s+for|(?:moved|adjourned|rescheduled"
    r"|postponed|changed|put\s+back|brought\s+forward|rebooked)\s+(?:to|for))"
    r"|\()\s*the\s+((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\w])"
    r"(?!\s+(?:time|times|floor|one|ones|person|child|kid|attempt|try|session|week|day|month|"
    r"year|place|grade|class|century|birthday|anniversary|dose|doses|cycle|step|stage|hearing|"
    r"round|form|team|bedroom|slot|phase|level|term|go|visit|review|course|batch|meeting|"
    r"appt|appts|appointment|lockdown|pregnancy|trimester|placement|marriage|relationship|"
    r"baby|foster|move|episode|admission|relapse|overdose|rehab)\b"
    # a count, not a day: "the 2nd of three", "the 4th he's had"
    r"|\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|them|the\s+year)\b"
    r"|\s+(?:(?:he|she|they|i|we)(?:['\u2019](?:s|ve)|\s+(?:has|have))\s+had|in\s+a\s+row|"
    r"this\s+year)\b)"
)
# a short weekday after "on", "last", "next"… ("on weds", "last sat"), or with a time
# ("Thurs 6pm"); a full weekday name is found by dates.py
_SHORT_DAYS = r"mon|tues?|weds?|thurs?|thu|fri|sat|sun"
_SHORT_WEEKDAY = re.compile(
    rf"(?i)\b(?:on|last|next|this|by|from|until|till|every)\s+((?:{_SHORT_DAYS})\.?)(?![\w])"
    rf"|(?<![\w])((?:{_SHORT_DAYS})\.?)\s+\d{{1,2}}(?::\d\d)?\s*(?:am|pm)\b"
)
# a short weekday before the day and month it names in figures: "Thurs 11/13", "Tue
# 4/11", "Fri 14.3." ("Weds 12 Nov" is dates.py's). Not a score or a time: "/" with a
# day and month either way round but never out of ten ("Mon 6/10", "Thu 18/20"); "."
# with its final stop or a month of two figures ("Fri 14.30", "Mon 5.5 hours" stay);
# no "-" ("Sat 3-1 win", "Tues 6-8"); "sat" and "sun" only with a capital (review 30)
_SHORT_WEEKDAY_FIGURES = re.compile(
    r"(?=[MTWFSmtwf])(?<![\w])(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun|mon|tues?|weds?|"
    r"thu(?:rs?)?|fri)\.?[ \t]+"
    r"(?:(?:[1-9]|[12]\d|3[01])/(?:1[12]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01])"
    r"|(?:[1-9]|[12]\d|3[01])\.(?:(?:1[0-2]|0?[1-9])\.(?!\d)|0[1-9]|1[0-2]))"
    r"(?![\w/-]|[./]\d|[ \t]*(?:%|of\b|am\b|pm\b|a\b|an\b))" + _NO_UNIT + _NO_COUNT
)
# "Feb '88": a month with a two-digit year
_MONTH_SHORT_YEAR = re.compile(
    r"(?i)(?<![\w])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+['\u2019]\d\d(?![\w])"
)
# a range of days: "moved from the 2nd to 16 April", "off from the 3rd to the 10th" (not
# "from the 1st to the 4th floor": the range must end the phrase or name a month)
_ORDINAL_RANGE = re.compile(
    r"(?i)\bfrom\s+(?:the\s+((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\s+(?:to|till|until|-)\s+"
    r"(?:the\s+)?((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)"
    # or from a day and month in figures to a day: "moved from 12/02 to the 19th"
    # (session 20; not "pain from 7/10 to 3")
    r"|(?:[1-9]|[012]\d|3[01])[/.](?:[1-9]|0\d|1[0-2])(?:[/.](?:\d\d){1,2})?\s+(?:to|till|until)"
    r"\s+the\s+((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)))"
    r"(?=\s*(?:[,.;:)!?]|\Z)|\s+(?:and|but|so|when|because|then|as|of)\b"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_AND_ORDINAL = re.compile(
    r"\s*(?:,|and|&|or)\s*(?:the\s+)?((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))(?![\w])"
)


# plain substring gates: a rule below cannot match without one of these
_HOLIDAY_HINT = any_of(
    ["christmas", "xmas", "boxing", "year", "halloween", "thanksgiving", "easter", "friday",
     "valentine", "mother", "father", "bonfire", "hogmanay", "diwali", "patrick",
     "independence", "remembrance", "eid", "anzac", "australia", "nye", "hallowe", "fawkes",
     "paddy", "waitangi", "canada", "burns"]
)  # fmt: skip
# what _HOLIDAY_DAY cannot match without ("years", "her mother" do not open it)
# (a plain alternation of them, with no common first character, was tried at every
# character of the text, several times slower: screens.any_of starts each at a rare letter)
_HOLIDAY_DAY_HINTS = (
    "christmas", "xmas", "boxing", "new year", "nye", "valentine", "hallowe", "bonfire",
    "fawkes", "hogmanay", "patrick", "paddy", "anzac", "australia day", "waitangi",
    "canada day", "independence day", "remembrance", "burns night", "thanksgiving",
    "mother's day", "mothers day", "father's day", "fathers day", "good friday", "easter sun",
    "easter mon",
)  # fmt: skip
_HOLIDAY_DAY_HINT = any_of(_HOLIDAY_DAY_HINTS)  # (all in one search, session 22)
_BIRTH_HINT = any_of(["dob", "d.o.b", "birth", "born"])
# digit gates first: the regex engine skips to a digit, so these are the cheap ones
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
# a short weekday as a word of its own: "mon" inside "month" or "common" is not one
# (the first letter opens it, the check before it after it: the regex engine skips to one)
_SHORT_DAY_HINT = re.compile(
    r"[mtwfs](?<![a-z][mtwfs])(?:(?<=m)on|(?<=t)(?:ues?|hu(?:rs?)?)|(?<=w)eds?|(?<=f)ri"
    r"|(?<=s)(?:at|un))\b"
)
_YEAR_DIGITS = re.compile(r"[12](?:(?<=1)[89]|(?<=2)0)\d\d")
_EIGHT_DIGITS = re.compile(r"\d{8}")
# what _HOLIDAY_YEAR and _NEXT_AGE cannot match without, from a figure: a year after a
# blank ("Boxing Day 2021", not the "24/4/2026" most notes write), and an age before
# "now" ("is 99 now, 100 in the spring"); each pattern tried at every character cost
# about 40 us of a 1 KB note (session 22)
_BLANK_YEAR = re.compile(r"[12](?<=\s[12])(?:(?<=1)[89]|(?<=2)0)\d\d(?![\w])")
_AGE_NOW = re.compile(r"[189](?<=\s[189])(?:(?<=[89])\d|(?<=1)[01]\d)\s+(?i:now)")


def _plausible(y: int, m: int, d: int) -> bool:
    return 1880 <= y <= 2099 and 1 <= m <= 12 and 1 <= d <= 31


def _birth_date(digits: str) -> bool:
    """Eight digits that read as a date: yyyymmdd, ddmmyyyy or mmddyyyy."""
    a, b, c = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if _plausible(a, b, c):
        return True
    year = int(digits[4:])
    first, second = int(digits[:2]), int(digits[2:4])
    return _plausible(year, second, first) or _plausible(year, first, second)


def _day_month(a: str, b: str) -> bool:
    x, y = int(a), int(b)
    return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)


def _spelled_days(text: str, low: str) -> list[Span]:
    """Days written as words, or "the 3rd of next month"."""
    found: list[Span] = []
    if " of " in low and _ORDINAL_OF.search(low):
        for m in _WORD_DAY_OF_MONTH.finditer(text):
            found.append(Span(m.start(), m.end(), "DATE", "pattern"))
        if "month" in low:
            for m in _DAY_OF_NEXT_MONTH.finditer(text):
                found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
    if " the " in low and _MONTH_THE.search(low):
        for m in _MONTH_THE_DAY.finditer(text):
            found.append(Span(m.start(), m.end(), "DATE", "pattern"))
    return found


def _labelled_days(text: str, low: str) -> list[Span]:
    """Days after a birth-date label or a word that dates them (the text has a digit)."""
    found: list[Span] = []
    if _BIRTH_HINT(low):
        for m in _DOB_DAY.finditer(text):
            if m.group(2) is None or _day_month(m.group(2), m.group(3)):
                found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
        if "born" in low:
            for m in _BORN_DAY.finditer(text):
                if _day_month(m.group(2), m.group(3)):
                    found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
    for c in _FIGURE_SEP.finditer(text):  # the separator first: rarer than a digit
        i = c.start()
        f = _DAY_MONTH_FIGURES.match(text, i - 2 if i >= 2 and text[i - 2].isdigit() else i - 1)
        if f is None:
            continue
        before = text[max(0, f.start() - 30) : f.start()]
        dating = _DATING_WORD.search(before)
        if (
            dating is None
            and text[i] == "/"
            and _SET_FOR.search(before)
            and f.group(3) != "10"
            and not _COUNTED_AFTER.match(text, f.end())
            and _day_month(f.group(2), f.group(3))
        ):
            found.append(Span(f.start(1), f.end(1), "DATE", "pattern"))
            continue
        if dating and _day_month(f.group(2), f.group(3)):
            weekday = _WEEKDAY_ONLY.fullmatch(dating.group().strip(" \t.:"))
            if text[i] == "-" and weekday and int(f.group(2)) <= 12:
                continue  # a weekday's "9-5", "3-1", "6-8": hours or a score
            if _out_of_ten(text, f):
                continue  # "Mood diary: Mon 6/10, Tue 7/10": scores, each after its day
            found.append(Span(f.start(1), f.end(1), "DATE", "pattern"))
    return found


# what a score out of ten is said of, just before the day: "Anxiety Thu 9/10" (not
# "anxiety about the hearing Thu 9/10")
_SCORED_DAY_BEFORE = re.compile(
    r"(?i)\b(?:mood|scores?|anxiety|pain|sleep|slept|cravings?|urges?|rating|rated|rates|"
    r"scale|energy|stress|confidence|motivation|appetite|wellbeing|distress|suds)"
    rf"[ \t:,-]+(?:{_SHORT_DAYS})[a-z]*\.?,?[ \t]+$"
)
# a day scored out of ten, as a diary lists them: "Mon 6/10"
_DAY_OUT_OF_TEN = re.compile(rf"(?i)\b(?:{_SHORT_DAYS})[a-z]*\.?,?[ \t]+\d/10(?![\d/])")


def _out_of_ten(text: str, f: re.Match[str]) -> bool:
    """A day's figures "N/10" that score it: another day scored so in the text, or
    what is scored just before the day ("Court Mon 6/10. Mood 7/10." keeps its date)."""
    if text[f.end(2) : f.end(2) + 1] != "/" or f.group(3) != "10":
        return False
    if len(_DAY_OUT_OF_TEN.findall(text)) > 1:
        return True
    return bool(_SCORED_DAY_BEFORE.search(text, max(0, f.start() - 40), f.start()))


# a log of dated lines: "14.02 - intake", "28/02: session 2"
# (two figures each side of a dot: "1.2 - intro" numbers a section)
_LINE_DATE = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?(?:(\d\d)\.(\d\d)|(\d{1,2})/(\d{1,2}))"
    r"(?=\.?[ \t]*[-\u2013\u2014:])"
)


def _dated_lines(text: str) -> list[Span]:
    """Lines opening with a day and month, when two or more do and every one reads as
    a date: "10.15 - group" (a time) anywhere makes the whole list times."""
    found = list(_LINE_DATE.finditer(text))
    if len(found) < 2:
        return []
    pairs = [(int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))) for m in found]
    if not all(1 <= day <= 31 and 1 <= month <= 12 for day, month in pairs):
        return []
    months = {month for _, month in pairs}
    if found[0].group(4) and len(months) == 1:
        steps = [day for day, _ in pairs] == list(range(1, len(pairs) + 1))
        if months == {10} or steps:
            return []  # "3/10 - …, 6/10 - …", "1/6 - intake, 2/6 - …": scores or steps
    return [Span(m.start(1 if m.group(1) else 3), m.end(), "DATE", "pattern") for m in found]


# Uzbek, Azerbaijani and Turkish months (also joined to their day by a hyphen, below)
_TURKIC_MONTHS = (
    "yanvar|fevral|aprel|iyun|iyul|avqust|sentabr|sentyabr|oktabr|oktyabr|noyabr|dekabr|"
    "ocak|şubat|nisan|may\u0131s|haziran|temmuz|ağustos|eylül|ekim|kas\u0131m|aral\u0131k"
)
_MORE_MONTHS = (
    "novembro|maj|marts|augusti|desember|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|"
    "toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|"
    "janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|siječnja|veljače|ožujka|"
    "travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|studenog|prosinca|mart|jun|jul|"
    "avgust|septembar|oktobar|novembar|decembar|januarja|februarja|aprila|junija|julija|"
    "avgusta|septembra|oktobra|novembra|decembra|januára|februára|apríla|mája|júna|júla|"
    "augusta|októbra|január|február|március|április|május|június|július|augusztus|"
    "szeptember|"
    "maret|agustus|desember|mac|julai|ogos|disember|pebrero|marso|hunyo|hulyo|setyembre|"
    "oktubre|nobyembre|disyembre|machi|aprili|agosti|septemba|oktoba|novemba|desemba|janvye|"
    "fevriye|jiyè|septanm|oktòb|novanm|desanm|yanvarya|fevralya|marta|aprelya|iyunya|"
    "iyulya|sentyabrya|oktyabrya|noyabrya|dekabrya|janar|shkurt|prill|qershor|korrik|gusht|"
    "shtator|tetor|nëntor|dhjetor|sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|"
    "rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|jaanuar|veebruar|märts|aprill|juuni|"
    "juuli|oktoober|detsember|gener|febrer|març|maig|juny|juliol|agost|setembre|octubre|"
    "januarie|februarie|junie|julie|jannar|frar|marzu|mejju|ġunju|lulju|awwissu|settembru|"
    "ottubru|novembru|diċembru|"
    # Galician, Romansh, Basque, Luxembourgish, Latvian, Irish, Scottish Gaelic and
    # Kabyle (session 23; not the months that other languages above already hold, nor
    # Irish "Samhain" and "Nollaig", a festival and Christmas)
    "xaneiro|febreiro|xuño|xullo|decembro|schaner|favrer|avrigl|matg|zercladur|fanadur|"
    "avust|urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|urria|"
    "azaroa|abendua|mäerz|abrëll|janvāris|februāris|aprīlis|maijs|jūnijs|jūlijs|augusts|"
    "septembris|oktobris|novembris|decembris|janvārī|februārī|martā|aprīlī|maijā|jūnijā|"
    "jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|eanáir|feabhra|márta|aibreán|"
    "bealtaine|meitheamh|iúil|lúnasa|faoilleach|gearran|màrt|giblean|cèitean|ògmhios|"
    "iuchar|lùnastal|sultain|dàmhair|dùbhlachd|yennayer|furar|fuṛar|me\u0263res|yebrir|"
    "mayyu|yunyu|yulyu|\u0263uct|ctember|ctembeṛ|tuber|tubeṛ|nunember|nunembeṛ|dujember|"
    "duǧember|duǧembeṛ|"
    f"{_TURKIC_MONTHS}"
)
# a day and a month of French, Spanish, German or Dutch notes: "le 3 mai", "el 14 de
# julio de 2025", "am 3. März", "op 12 mei" (the English names are matched elsewhere)
_FOREIGN_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    "septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|märz|maerz|juni|juli|"
    "oktober|dezember|januari|februari|maart|mei|augustus|"
    # Italian, Portuguese, Romanian, and Polish and Czech as dates write them
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|"
    "fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|ianuarie|februarie|"
    "martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|stycznia|lutego|"
    "marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|"
    "pazdziernika|listopada|grudnia|ledna|února|unora|března|brezna|dubna|května|kvetna|"
    "června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|prosince|"
    # Welsh (not "Mawrth", also Tuesday; "Mai" is above)
    "ionawr|chwefror|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr|"
    # more languages, from what each writes (session 19): Portuguese's November, the
    # Nordic, Finnish, Icelandic and Faroese months, Croatian, Serbian, Bosnian, Slovene,
    # Slovak, Hungarian, Turkish, Indonesian, Malay, Tagalog, Swahili, Haitian Creole,
    # Uzbek and Azerbaijani, Russian written in Latin letters, Albanian, Lithuanian,
    # Estonian, Catalan, Afrikaans and Maltese
    f"{_MORE_MONTHS}"
)
# those that are no English word nor name (not "mai", "mars", "mayo", "maja", "marco"):
# a date after a day number whatever comes before ("back from Morocco 14 février")
_PLAIN_FOREIGN_MONTHS = "|".join(
    m
    for m in _FOREIGN_MONTHS.split("|")
    if m
    not in (
        "mai",
        "mars",
        "mayo",
        "mei",
        "maja",
        "marca",
        "marco",
        "maart",
        "augustus",
        "juni",
        "juli",
        "ledna",
        "maio",
        "medi",
        "mart",  # (session 19: English words or names: "3 mart", "12 jun", "4 mac")
        "jun",
        "jul",
        "mac",
        "marta",
        "nisan",
        "kovo",
    )
)
_FOREIGN_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_FOREIGN_DATE = re.compile(
    # after a word for "on", "from" or "until" of those languages, or with a year after it
    # (not "2 mayo", "3 mai tais", "Room 4 Mai", "4 Mai Lane": English as well)
    # (tried only where a form can start: at a figure, or at a word with blanks and a
    # figure after it; every form at every character cost about 300 ns a character,
    # session 22. The words are shorter than 20 letters, and only Welsh has a blank)
    r"(?i)(?=[0-9]|(?<![\w'\u2019-])(?:[^ \t]{1,20}[ \t]++[0-9]|d?dydd))(?:"
    r"(?:(?<![\w'\u2019-])(?:le|el|am|vom|bis|ab|op|den|du|au|del|seit|tot|van|desde|"
    r"hasta|depuis|dès|jusqu'au|avant|après|antes|después|zum|vor|nach|"
    rf"(?:{FOREIGN_WEEKDAYS}),?)[ \t]+)"
    rf"({_FOREIGN_DAY}(?:\.|er)?[ \t]+(?:de[ \t]+)?(?:{_FOREIGN_MONTHS})(?![\w])"
    r"(?:[ \t]+(?:de|del)?[ \t]*(?:19|20)\d\d)?)"
    rf"|(?<![\w.])({_FOREIGN_DAY}(?:\.|er)?[ \t]+(?:de[ \t]+)?(?:{_FOREIGN_MONTHS})"
    r"[ \t]+(?:de[ \t]+|del[ \t]+)?(?:19|20)\d\d)(?!\d)"
    # (Romansh "da" and Catalan "d'" as "de": "3 da zercladur", "5 d'octubre")
    rf"|(?<![\w.,])({_FOREIGN_DAY}(?:\.|er)?[ \t]+(?:d[ea][ \t]+|d['\u2019])?"
    rf"(?:{_PLAIN_FOREIGN_MONTHS}))(?![\w])"
    # "de" between them makes any of those months a date: "23 de maio", "4 de mayo"
    rf"|(?<![\w.,])({_FOREIGN_DAY}[ \t]+de[ \t]+(?:{_FOREIGN_MONTHS}))(?![\w])"
    # a Nordic or German day with its stop before a short month in lower case ("tirsdag
    # 18. nov kl 10", "den 3. mars")
    r"|(?<![\w.])((?:[12]\d|3[01]|0?[1-9])\.[ \t]+(?-i:jan|feb|mars?|apr|mai|jun|jul|aug|sep|"
    r"sept|okt|nov|des|dec)\.?)(?![\w])"
    # (before a stop, a time or the end: not a list, "1. mars bar 2. crisps": review 28)
    r"(?=[ \t]*(?:[.,;:)\n]|$|\d|kl\b|um\b|at\b|i\b))"
    # a German day with its full stop before a month spelt as in English ("am 3. November")
    rf"|(?<![\w.])({_FOREIGN_DAY}\.[ \t]+(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December))\b)"
)
# a month written in lower case after a day, as Polish, Portuguese, Dutch and German
# notes write it (a capital may be a name: "Room 12 Maja"; not "mai", "mars", "mayo",
# "medi", "mei": "4 mai tais", "2 mayo", "3 mei tais"; session 18, review 39)
_LOWER_MONTH_DATE = re.compile(
    rf"(?<![\w.,])({_FOREIGN_DAY}[ \t]+(?:maja|marca|maio|juni|juli|ledna|maart|augustus))"
    r"(?![\w])"
)
# a day joined to its month by a hyphen, as Uzbek, Kazakh and Azerbaijani notes write
# it ("12-sentabr", "3-mart"), and a Vietnamese day and month in figures ("ngày 12 tháng
# 9", "12 tháng 9 âm lịch"; session 19)
_HYPHEN_MONTH_DATE = re.compile(
    # (_FOREIGN_DAY from its first figure: 10-29, 30, 31, 01-09 or 1-9)
    r"([0-9](?<![\w.,-][0-9])(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9]))"
    rf"-(?i:{_TURKIC_MONTHS}|mart|may|avgust))(?![\w])"
)
_VIETNAMESE_DATE = re.compile(
    r"(?i)(?:ngày[ \t]+)?(?<![\w.,])(?:[12]\d|3[01]|0?[1-9])[ \t]+tháng[ \t]+(?:1[0-2]|0?[1-9])"
    r"(?![\w])(?:[ \t]+năm[ \t]+(?:19|20)\d\d)?(?:[ \t]+âm[ \t]+lịch)?"
    r"|(?i:ngày[ \t]+)(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?:/(?:19|20)?\d\d)?(?![\w/])"
)
# a date with its year first and dots, as Korean, Chinese and Hungarian notes write it
# ("2024.03.14", "2024. 3. 14."; not a version's or an address's numbers: "2.1.3",
# "192.168.0.1"; review 39)
_YEAR_DOTTED = re.compile(
    r"[12](?<![\w.][12])(?:(?<=1)9|(?<=2)0)\d\d\.[ \t]?(?:1[0-2]|0?[1-9])\.[ \t]?"
    r"(?:[12]\d|3[01]|0?[1-9])\.?"
    r"(?![\w]|\.\d|[ \t]?\.\d)"
)
_VERSION_BEFORE = re.compile(r"(?i:\b(?:version|ver\.?|v|release|build|update|patch))[ \t]*$")
# a day and a month in Russian, Ukrainian or Greek, the month in the genitive as dates
# write it, and the year after it if there is one (session 18)
_CYRILLIC_GREEK_DATE = re.compile(
    rf"(?<![\w.,])({_FOREIGN_DAY}[ \t]+(?i:января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|"
    r"вересня|жовтня|листопада|грудня|Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Μαΐου|"
    r"Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου)"
    r"(?:[ \t]+(?:19|20)\d\d(?:[ \t]?(?:\u0433\.|года|\u0440\.))?)?)(?![\w])"
)
# a date in Korean, Japanese or Chinese: "3월 14일", "2024년 3월 14일", "3月14日"
_CJK_DATE = re.compile(
    # (a Japanese era's year too: "令和6年3月14日", review 39)
    r"(?:(?:\d{2,4}|(?:\u4ee4\u548c|\u5e73\u6210|\u662d\u548c|\u5927\u6b63)[ \t]?"
    r"(?:\u5143|\d{1,2}))[ \t]?[\ub144\u5e74][ \t]?)?(?:1[0-2]|0?[1-9])[ \t]?[\uc6d4\u6708][ \t]?"
    r"(?:[12]\d|3[01]|0?[1-9])[ \t]?[\uc77c\u65e5]"
)
# a day and a month with a full stop after each, after a word for "on" of those
# languages ("am 12.10.", "le 3.5."): not an amount ("£12.10"), nor a dose after the
# English "on" ("now on 7.5. Sleeping better")
# (each opening at the stop: the regex engine finds a character as fast as a substring)
_DOT_DIGIT = re.compile(r"\.[0-9 ]")  # ".3", ". " (the first screen)
_DOTTED_HINT = re.compile(r"\.(?<=\d\.)(?:[ \t]?\d\d?\.(?!\d)|0[1-9])")
_DOTTED_DAY_MONTH = re.compile(
    r"(?i)\b(?:am|vom|bis|ab|le|du|au|den|op|el|til|dne)[ \t]+"
    r"((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?!\d)"
    # a blank after the day's stop, as Czech and Slovak notes write it ("set for 30. 4.",
    # "detained by police 5. 11."): no dose or amount is written so
    # (not after "for": "Goals for 1. 2. both done", a list; review 27)
    # (not "until", "by", "since": "Questions answered until 4. 5." numbers a list)
    r"|\b(?:on|set[ \t]+for|police|dated|due|do|od|dne|po|před|pred)"
    # (a day past the 3rd: "Tasks set for 2. 3. were both done" numbers a list, review 28)
    r"[ \t]+((?:[12]\d|3[01]|0?[4-9])\.[ \t](?:1[0-2]|0?[1-9])\.)(?![\w.])"
    # a month with its zero after "on" or "dated", and its stop ("failed on 14.03."): not a
    # time ("from 10.05 until 10.55", "since 8.05"), a dose or a weight (review 27)
    # (a day of two digits: "Her dose is now on 1.05." is a dose, review 28)
    r"|\b(?:on|dated)[ \t]+((?:[12]\d|3[01])\.0[1-9])\.(?![\w.])"
)


# the month names as words of the lower-cased text, with a stop after them or not: a
# plain set test first (the pattern costs about 1% of the engine on English notes)
_FOREIGN_WORDS = frozenset(
    lead + m + stop
    for m in _FOREIGN_MONTHS.split("|")
    for stop in ("", ",", ".", ";", ":", ")")
    for lead in ("", "d'")  # (Catalan: "5 d'octubre")
)


# what _APPOSITIVE_AGE cannot match without, found from its comma: an age after one
_APPOSITIVE_HINT = re.compile(r",[ \t]+(?i:9\d|1[01]\d|ninety|one[ \t]+hundred|a[ \t]+hundred)")


# an event's ordinal day ending its clause: "Payday is the 28th, so …" (not "This
# hearing is the 3rd adjournment", "Payday is the 1st thing": review 28)
_EVENT_ORDINAL = re.compile(
    r"(?i)\b(?:payday|hearing|deadline|court\s+date|due\s+date|release|results)\s+"
    rf"(?:is|was|will\s+be)\s+the\s+({_FOREIGN_DAY}(?:st|nd|rd|th))"
    r"(?=\s*(?:[.,;:!?)\n]|$|and\b|so\b|but\b))"
)
_DAY_DOT_MONTH = re.compile(r"\.(?<=\d\.)[ \t]+[JFMASONDjfmasond][a-z]{2}")


def _foreign(text: str, words: list[str]) -> list[Span]:
    out = []
    if not _FOREIGN_WORDS.isdisjoint(words) or _DAY_DOT_MONTH.search(text):
        for m in _FOREIGN_DATE.finditer(text):
            g = m.lastindex or 0  # (the one group that matched)
            out.append(Span(m.start(g), m.end(g), "DATE", "pattern"))
        out.extend(Span(*m.span(1), "DATE", "pattern") for m in _LOWER_MONTH_DATE.finditer(text))
    if _DOT_DIGIT.search(text) and _DOTTED_HINT.search(text):
        for m in _DOTTED_DAY_MONTH.finditer(text):
            g = m.lastindex or 1  # (the one group that matched)
            out.append(Span(m.start(g), m.end(g), "DATE", "pattern"))
    return out


def detect(text: str, digits: bool | None = None, words: list[str] | None = None) -> list[Span]:
    """The dates and ages described in the module docstring; ``digits``: whether
    the text holds a digit, ``words``: its lower-cased words split on blanks, if the
    caller knows. Each rule runs only when plain
    substring tests on the lower-cased text show it could match."""
    found: list[Span] = []
    if digits is None:
        digits = _DIGIT.search(text) is not None
    low = text.lower()
    old = False  # (a number from 90 to 139: digit_ages' screen, and ages_spelled's)
    if digits:
        found.extend(_foreign(text, low.split() if words is None else words))
        year = _YEAR_DIGITS.search(text)  # (most notes hold no year: one scan for both)
        if year is not None and "." in text:  # "2024.03.14", the Korean "2024. 3. 14."
            for m in _YEAR_DOTTED.finditer(text, year.start()):
                if not _VERSION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    found.append(Span(m.start(), m.end(), "DATE", "pattern"))
        if not text.isascii():  # "14 марта 2024", "3 Μαρτίου 1931"
            for m in _CYRILLIC_GREEK_DATE.finditer(text):
                found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
        if "-" in text:  # "12-sentabr"
            for m in _HYPHEN_MONTH_DATE.finditer(text):
                found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
        if "th\u00e1ng" in low or "ng\u00e0y" in low:  # "ngày 12 tháng 9"
            found += [Span(*m.span(), "DATE", "pattern") for m in _VIETNAMESE_DATE.finditer(text)]
        if "\uc6d4" in text or "\u6708" in text:  # "3월 14일", "3月14日"
            found.extend(Span(*m.span(), "DATE", "pattern") for m in _CJK_DATE.finditer(text))
        if year is not None and _BLANK_YEAR.search(text, year.start()) and _HOLIDAY_HINT(low):
            for m in _HOLIDAY_YEAR.finditer(text):
                found.append(Span(m.start(), m.end(), "DATE", "pattern"))
        if "/" in text:
            for m in _YEAR_FIRST.finditer(text):
                found.append(Span(m.start(), m.end(), "DATE", "pattern"))
        if "\n" in text:
            found.extend(_dated_lines(text))
        if _BIRTH_HINT(low) and _EIGHT_DIGITS.search(text):  # (the rarer first)
            for m in _BIRTH_DIGITS.finditer(text):
                if _birth_date(m.group(1)):
                    found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
        if "'" in text or "\u2019" in text:
            for m in _MONTH_SHORT_YEAR.finditer(text):
                found.append(Span(m.start(), m.end(), "DATE", "pattern"))
        if _ORDINAL.search(low):
            for m in _WEEKDAY_ORDINAL.finditer(text):
                found.append(Span(m.start(), m.end(), "DATE", "pattern"))
            if "from " in low:
                for m in _ORDINAL_RANGE.finditer(text):
                    for g in (1, 2, 3):  # (the first day in figures is dates.py's)
                        if m.start(g) >= 0:
                            found.append(Span(m.start(g), m.end(g), "DATE", "pattern"))
            if "the" in low:
                for m in _ON_THE_ORDINAL.finditer(text):
                    found.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
                    more = _AND_ORDINAL.match(text, m.end(1))  # "on the 4th and 11th"
                    if more:
                        found.append(Span(more.start(1), more.end(1), "DATE", "pattern"))
                found += [
                    Span(m.start(1), m.end(1), "DATE", "pattern")
                    for m in _EVENT_ORDINAL.finditer(text)
                ]
            if "s " in low or "' " in low or "\u2019 " in low or "her " in low or "his " in low:
                for m in _POSSESSIVE_ORDINAL.finditer(text):
                    # "Gran's 99th"; "Nanna just had her 95th" (a relative or a name
                    # earlier in the sentence)
                    whose = (
                        _RELATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                        if m.group().startswith(("her", "his"))
                        else _OWNER.search(text, max(0, m.start() - 20), m.start())
                    )
                    if whose:
                        found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
            if "day" in low:  # birthday, bday
                for m in _AGE_BIRTHDAY.finditer(text):
                    found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
        if "oldest" in low or "eldest" in low:
            for m in _OLDEST_AT.finditer(text):
                found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
        if " now" in low and _AGE_NOW.search(text):
            for m in _NEXT_AGE.finditer(text):
                found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
        old = _OLD.search(text) is not None
        if old:
            found.extend(digit_ages(text, low))
        found.extend(_labelled_days(text, low))
        if _CALENDAR_HINT(text):
            found += [Span(*m.span(), "DATE", "pattern") for m in _CALENDAR_DAY.finditer(text)]
        found.extend(_other_calendar_days(text))  # "12 Meskerem", "3 Esfand" (session 20)
    found.extend(_spelled_days(text, low))
    found.extend(ages_spelled.detect(text, low, old))  # "novantatré — 93" (session 19)
    if _HOLIDAY_DAY_HINT(low):
        for m in _HOLIDAY_DAY.finditer(text):
            found.append(Span(m.start(), m.end(), "DATE", "pattern"))
    if _SHORT_DAY_HINT.search(low):
        for m in _SHORT_WEEKDAY.finditer(text):
            g = 1 if m.group(1) else 2
            found.append(Span(m.start(g), m.end(g), "DATE", "pattern"))
        found += [Span(*m.span(), "DATE", "pattern") for m in _SHORT_WEEKDAY_FIGURES.finditer(text)]
    if "," in text and _APPOSITIVE_HINT.search(text):
        for m in _APPOSITIVE_AGE.finditer(text):
            if not _COUNTED_BEFORE.search(m.group(1)):
                found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
    if "ninety" in low or "hundred" in low:
        for m in _SPELLED_AGE.finditer(text):
            if m.group("q") and not QUOTED_AGE_OWNER.search(
                text, max(0, m.start() - 30), m.start("q")
            ):
                continue  # a number in quotes that is no one's age
            g = m.lastindex or 1  # the one group of the form that matched
            found.append(Span(m.start(g), m.end(g), "AGE", "pattern"))
        if "died" in low or "passed" in low:
            found += [Span(*m.span(1), "AGE", "pattern") for m in _DIED_AT_SPELLED.finditer(text)]
    return found
