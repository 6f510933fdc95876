"""What stands just beside a name or place found, and belongs with it.

Run over the spans the detectors found, before overlaps are resolved:

* a postal code after a place: five or six digits ("Navi Mumbai 400703",
  "Pune - 411 001"), or four after a comma unless they read as a year or an
  amount ("Parramatta, 2150"; not "Leeds, 2019", "Manchester, 20000 in debt");
* a compass word or a state or province code after a place ("Andheri East",
  "Kelowna BC", "Footscray VIC");
* the kind of body after a name or place, which makes it an organisation
  ("St Aidan's Catholic High", "Clontarf GAA", "Bristol CRC", "Westbury FC",
  "St Monica's parish"), and "HMP" before a place ("HMP Wandsworth"); a body
  named by capitalised words before "Nursery", "Academy", "Women's Aid" or "High"
  and a stop even when no name was found in them ("Sunbeams Nursery"); "House",
  "Centre" or "Care Home" after a name or place ("Heritage Care Home");
* a seven-digit number just after a name ("Denise Holloway, 555-0126");
* a compass word after a name, before a stop ("Mamelodi East —"), a nickname in
  quotes between a first name and a surname ("Bernadette 'Bernie' Flanagan"), and a
  surname that is a frequent word after a first name ("Ellen Still attended");
* the places a town makes with a county, a state or a postcode (:mod:`.regions`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import buildings, opening, regions
from .intervals import containment
from .lexicon import is_word, lexicon, subtitle_proper
from .model import Span
from .name_words import RELATION_WORDS, ends_phrase
from .regions import REGION_CODES as _REGION_CODES
from .resolve import KNOWN
from .screens import any_of
from .spelled import ONES, TEENS, TENS
from .words import EXTRA_WORDS, FOREIGN_WEEKDAYS, FUNCTION_WORDS, SERVICE_WORDS, TITLES
from .world_words import WORLD_WORDS

_POSTCODE_AFTER = re.compile(
    # a UK postcode district after a town: "Edinburgh EH15", "Leeds LS6 2AB"
    r"(?:[ \t]{1,3}[A-Z]{1,2}\d{1,2}[A-Z]?(?:[ \t]\d[A-Z]{2})?(?![\w-])"
    r"|[ \t]{0,3}(?:[,\u2013-][ \t]{0,3})?(?:\d{5,6}|\d{3} \d{3})"
    r"|,[ \t]{0,3}(?!19\d\d|20\d\d)\d{4})"
    r"(?![\w-]|[.,]\d)"
    r"(?![ \t]+(?:in|of|votes?|people|pounds|quid|dollars|euros|rand|per|a|an|times|miles|km|"
    r"steps|more|less|for|debt|owed|left|spent|words|followers|views|likes)\b)"
)
_PLACE_TAIL = re.compile(
    r"(?:[ \t](?:East|West|North|South|Central)"
    # a region code before a comma, a full stop, a number or the end ("Kelowna, BC.")
    # (or before a Canadian postal code: "Fort McMurray, AB T9H 2R1", session 18)
    rf"|,?[ \t](?:{_REGION_CODES})(?=[ \t]*(?:[,.;:)\n]|$|\d|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)))"
    r"(?![\w'\u2019-])"
)
_HYPHENED_PART = re.compile(r"-([^\W\d_]{2,6})(?![\w'\u2019-])")
_BODY_AFTER = re.compile(
    r"(?:['\u2019]s?)?[ \t]+(?:(?:Catholic|C of E|CofE|Church of England|Girls'?|Boys'?|"
    r"Community|Primary|RC|R\.C\.|CE|C\.E\.)[ \t]+)?"
    r"(?:High|Primary|Secondary|Academy|College|School|Grammar|Nursery|Infants|Juniors|"
    r"Hospital|Clinic|Surgery|Practice|Church|Parish|Mosque|Temple|Gurdwara|"
    r"Synagogue|Chapel|Tabernacle|Mandir|F\.?C\.?|AFC|RFC|JFC|YFC|RLFC|ARLFC|GAA|CRC|ABC|"
    r"MC|BPO|CIC|RSL|RUFC|YOI|STC|"
    r"Hotel|Hostel|Solicitors|Trust|Foundation|Guides|Scouts|Brownies|Cubs|Beavers|Rainbows|"
    r"(?:(?:Care|Nursing|Residential|Retirement)[ \t]+)?Home|House|Centre|Center|"
    r"Women['\u2019]?s[ \t]+Aid)(?![\w'\u2019-])"
)
# what a firm's name goes on with: "Corrigan Bros Plumbing & Heating", "Ramdass & Sons
# Hardware"
_ORG_TAIL = re.compile(
    r"(?:[ \t]*&[ \t]*[A-Z][a-z]+|[ \t]+(?:Hardware|Pharmacy|Chemists?|Plumbing|Heating|"
    r"Builders|Garage|Bakery|Butchers?|Takeaway|Salon|Barbers?|Cleaning|Roofing|Electricals?|"
    r"Scaffolding|Landscaping|Removals|Catering|Haulage|Transport|Joinery|Carpets|Tyres|"
    r"Autos|Taxis|Fisheries|Dairy|Stores|Supermarket|Grocers?|Cafe|Caf\u00e9|Restaurant|"
    r"Fashions|Furniture|Flooring|Decorating|Plant[ \t]+Hire|Ice[ \t]+Creams?|Ices|Bakers|"
    r"Motors|Funeral[ \t]+(?:Directors|Services)|Florists?|Opticians|Construction|Logistics|"
    r"Engineering|Upholstery|Glazing|Kitchens|Bathrooms|Drainage|Coaches|Tailors|Jewell?ers|"
    r"Newsagents?|Fish[ \t]+Bar)"
    # a company's legal form in lower case: "Hafnarfiskur ehf.", "Novák s.r.o." (session 18)
    r"|[ \t]+(?:ehf|hf|s\.r\.o|sp\.[ \t]?z[ \t]?o\.o|spółka)\.?)+(?![\w'\u2019-])"
)
# a state or province named after the place, as Myanmar's, Nigeria's, India's are:
# "Hpa-an, Karen State", "Ondo State" (session 18)
_STATE_AFTER = re.compile(
    r"[ \t]+(?:State|Province|Region|Oblast|Governorate|Prefecture)\b(?![ \t]+of\b)"
)
# a name written again in Chinese, Japanese or Korean characters, in brackets
_NATIVE_SCRIPT = re.compile(
    r"[ \t]*\([ \t]*([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,8})[ \t]*\)"
)
# a compass word after a name, before a stop: "Mamelodi East —" (the township was
# taken for a person; a person's surname "West" goes with the name as well)
_NAME_COMPASS = re.compile(
    r"[ \t](?:East|West|North|South|Central)(?=[ \t]*(?:[,.;:()\u2013\u2014-]|$))"
)
# what follows a seven-digit number that counts or prices something: "300-5000 per
# day", "555-0126 steps"
_COUNTED = (
    r"(?![ \t]*(?:(?:times|people|calories|steps|words|miles|km|views|likes|followers|per|"
    r"pounds|quid|dollars|euros|each|mg|ml)\b|%|an?[ \t]))"
)
# a seven-digit number just after a name, as a contact is written:
# "(Denise Holloway, 555-0126)"; longer numbers are the phone rules' own
_NAME_PHONE = re.compile(
    rf"(?:,[ \t]*|[ \t]+on[ \t]+)([2-9]\d\d[.-]\d{{4}})(?![\w-]|[.,]\d){_COUNTED}"
)
# the rest of a place's name after a small word: "Newcastle upon Tyne", "Frankfurt am
# Main", "Ústí nad Labem" (taken when the whole is a place of the lists)
_PLACE_JOINER = re.compile(
    r"[ \t]+(?:upon|am|an[ \t]+der|nad|pod|on|sur|sul|en|im|in[ \t]+der|bei|ob|de|del|la)"
    r"[ \t]+[A-Z\u00c0-\u00de][^\W\d_]+(?:[ \t]+[A-Z\u00c0-\u00de][^\W\d_]+)?"
)
# a weekday of another language before the date it names: "Donnerstag, den 9.11.",
# "martes 3 de octubre", "op woensdag 8 mei", "ddydd Iau 12 Mehefin" (English ones are
# found with their dates in dates.py and dates_extra.py)
_FOREIGN_WEEKDAY_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?:{FOREIGN_WEEKDAYS}),?[ \t]+(?:(?:den|el|le|de|der)[ \t]+)?$"
)
# the same for a lower-cased ASCII stretch, matched case-sensitively: the same matches,
# found quicker (in ASCII, (?i) folds only A-Z, and lower() keeps every position)
_FOREIGN_WEEKDAY_LOWER = re.compile(_FOREIGN_WEEKDAY_BEFORE.pattern.removeprefix("(?i)"))


def _weekday_before(text: str, start: int) -> int:
    """Where a weekday of another language before ``start`` starts (-1: none)."""
    pos = max(0, start - 24)
    low = max(0, pos - 1)  # (with the character its look-behind reads)
    window = text[low:start]
    if window.isascii():
        m = _FOREIGN_WEEKDAY_LOWER.search(window.lower(), pos - low)
        return low + m.start() if m else -1
    m = _FOREIGN_WEEKDAY_BEFORE.search(text, pos, start)
    return m.start() if m else -1


# the end of a range of days after a date found: "28/09\u201303/10", "3/4-7/4"
_RANGE_END = re.compile(r"[-\u2013\u2014][ \t]?(\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\w/])")
# where someone went from a place found: "from Govan to Partick"
_TO_PLACE = re.compile(r"[ \t]+to[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?![\w'\u2019-])")
# a nickname in quotes between a first name and a surname found:
# "Bernadette 'Bernie' Flanagan", "Jim \"Taff\" Probert"
_QUOTED_NICK = re.compile(
    r"[ \t]+['\"\u2018\u201c]([A-Z][\w'\u2019-]{0,20}(?:[ \t][A-Z][\w-]{0,20})?)"
    r"['\"\u2019\u201d][ \t]+"
)
# a nickname in quotes after a name, between dashes or after "aka": "Stevie Gallacher -
# 'Gally' -", "Tashana Brown aka 'Sugar'"
_DASHED_NICK = re.compile(
    r"(?:[ \t]+[-\u2013\u2014][ \t]+['\"\u2018\u201c]([A-Z][\w'\u2019-]{1,20})['\"\u2019\u201d]"
    r"(?=[ \t]*[-\u2013\u2014,])"  # between dashes: "Stevie Gallacher - 'Gally' -"
    r"|[ \t]*[,(]?[ \t]*(?i:aka|a\.k\.a\.)[ \t]+['\"\u2018\u201c]([A-Z][\w'\u2019 -]{0,20}?)"
    r"['\"\u2019\u201d]"
    # after a comma, one word alone before a stop: "Gwen Pritchard, 'Gwennie'."
    r"|,[ \t]*['\"\u2018\u201c]([A-Z][a-z]{1,20})['\"\u2019\u201d](?=[ \t]*(?:[.,;:)]|$)))"
)
# a nickname in quotes in brackets after a name: "Oluwaseun ('Seun')"
_BRACKET_NICK = re.compile(
    r"[ \t]*\([ \t]*['\"\u2018\u201c]([A-Z][\w'\u2019-]{0,20})['\"\u2019\u201d][ \t]*\)"
)
# a father's name after "bin", "binti", "a/l" …: "Siti Hajar binti Osman" is one person
# ("a/l" is also annual leave in a team's notes: "Priya a/l Monday")
_PATRONYMIC = re.compile(
    r"[ \t]+(?:bin|binti|bte|bt\.?|ibn|bint|a/l|a/p|s/o|d/o)[ \t]+"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Easter|Christmas|Xmas|Next|This|Last|Half|Today|Tomorrow)[a-z]*\b)"
    r"(?:(?:al|el)-)?[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?"
)
# a "name" that ends in a street's kind is the street: "by Marsh Lane roundabout"
_STREET_WORDS = frozenset(
    ["Lane", "Street", "St", "Road", "Rd", "Avenue", "Ave", "Close", "Crescent", "Drive", "Way",
     "Terrace", "Grove", "Approach", "Row", "Gardens", "Walk", "Square", "Parade", "Mews"]
)  # fmt: skip
# a hospital ward by its number, which the lists hold as a surname: "Ward 7B"
_WARD_NUMBER = re.compile(
    r"[ \t]+(?:\d{1,3}(?:-?[A-Za-z])?|[A-Z]\d{1,2})(?![\w-])"
    r"(?![ \t]+(?:weeks?|days?|times|years?|months?|minutes?|mins|hours?|doors?)\b)"
)
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DS|DC|PC|Cllr|Sgt|Prof)\.?[ \t]+$")
# a number from one to ninety-nine read out ("forty two", "twelve", "seven")
_SPOKEN_TO_99 = rf"(?:{TENS})(?:[ \t-]+(?:{ONES}))?|{TEENS}|{ONES}"
# Dictated notes: a year read out after a date ("the fourth of april nineteen ninety
# one"), and a house number read out before a street ("number forty two Hawthorn
# Crescent"). A year read out alone stays, as a bare year does.
_SPOKEN_YEAR = re.compile(
    rf"(?i),?[ \t]+(?:(?:in|of)[ \t]+)?"
    rf"(?:(?:nineteen|twenty)[ \t-]+(?:(?:oh|o)[ \t-]+(?:{ONES})|{TEENS}|"
    rf"(?:{TENS})(?:[ \t-]+(?:{ONES}))?)"
    rf"|two[ \t]+thousand(?:(?:[ \t]+and)?[ \t]+(?:{_SPOKEN_TO_99})"
    r"|(?=[ \t]*(?:[,.;:!?)]|$))))(?![\w-])"
)
# ("number twelve" goes whole; after "at", "to", "from", "into", "address is" only
# the number: "lives at twelve Hawthorn Road")
_SPOKEN_HOUSE_NUMBER = re.compile(
    r"(?i)\b(?:number[ \t]+|no\.?[ \t]+|(?:at|to|from|into|address(?:[ \t]+(?:is|was))?"
    r"(?:[ \t]+now)?:?)[ \t]+(?=\w))"
    rf"(?P<n>{_SPOKEN_TO_99}"
    rf"|(?:{ONES})[ \t]+hundred(?:[ \t]+(?:and[ \t]+)?(?:{_SPOKEN_TO_99}))?)[ \t]+$"
)
# the first day of a range before a date: "12-19 August", "between 1st and 15th December"
# (joined by a word, only an ordinal or after "between", "from": not "page 3 and 14 March")
_RANGE_START = re.compile(
    r"(?<![\w./-])(?:(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ \t]*[-\u2013\u2014]"
    r"|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+(?:to|and|till)"
    r"|(?<=between )(?:[1-9]|[12]\d|3[01])[ \t]+and"
    r"|(?<=from )(?:[1-9]|[12]\d|3[01])[ \t]+(?:to|till|until))"
    r"[ \t]*$"
)
# after "in", a name and a compass word is a place: "her uncle in Orlando East"
_COMPASS = re.compile(r"[ \t](?:East|West|North|South|Central)(?![\w'\u2019-])(?![ \t]+of\b)")
_IN_BEFORE = re.compile(r"\b(?:in|from|near)[ \t]+$")
# an Arabic surname with its article after a given name: "Tariq al-Hashimi"
_ARTICLE_SURNAME = re.compile(r"[ \t]+(?:al|el|Al|El|ul|ud)-[A-Z][\w'\u2019-]+")
# a surname so frequent a word that the lists take it as the word, capitalised after a
# first name and before a stop or a word in lower case: "Ellen Still attended" (not
# "Ellen Still Pending", a heading; not "Thanks Ellen Kind regards", "Ellen Good morning")
_WORD_SURNAME = re.compile(
    r"[ \t](?:Good|Little|Still|Day|Kind|Early)"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?!(?:morning|afternoon|evening|night|luck|job|news|"
    r"regards|wishes|one|ones|bit|lot|more|out|off|advice|idea|point|question|work|stuff|"
    r"thing|things|by|while|time|times|deal|enough|old|to|for|no|not|nothing)\b)"
    r"(?!(?<=Early[ \t])on\b)[a-z])"
)
# a four-digit postcode after a place, before a stop: "Hamilton East 3216;" (not a
# year, nor a number before more words: "Leeds 3000 people")
_POSTCODE4_AFTER = re.compile(r"[ \t]+(?!19\d\d|20\d\d)\d{4}(?=[ \t]*(?:[,.;)\n]|$))")
# a saint's church in lower case: "St Monica's parish" (not "Sarah's church group")
_SAINTS_CHURCH = re.compile(r"(?:['\u2019]s)?[ \t]+(?:parish|church)(?![\w'\u2019-])")
_SAINT_START = re.compile(r"(?i:st\.?|saint)[ \t]")
# a prison named after "HMP": "HMP The Mount", "HMP Isle of Wight", "HMP/YOI Doncaster"
_PRISON = re.compile(
    r"\bHMP(?:[ \t]*[&/][ \t]*YOI)?[ \t]+(?:The[ \t]+)?[A-Z][a-z]+"
    r"(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+)?"
)
# (not an amount, a range or a reference: "£300-2000", "300-5000 per day", "invoice
# 300-1234")
# (the first digit matched before the look-behind, "(?<!C(?s:.))", so that the engine
# skips to the digits)
_LOCAL_NUMBER = re.compile(rf"[2-9](?<![\w.+/£$€-](?s:.))\d\d-\d{{4}}(?![\w-]|[.,]\d){_COUNTED}")
_NOT_LOCAL_BEFORE = re.compile(
    r"(?i)\b(?:ref|reference|invoice|claim|case|account|acct|order|no\.?|number|id)\b[^\n]{0,12}$"
)
# a word that is part of a place's name before it
_COMPASS_POINTS = "North|South|East|West"
_PLACE_PREFIX = re.compile(
    rf"\b(?:Great|Little|Upper|Lower|Nether|{_COMPASS_POINTS}|Chipping|Much|"
    r"Bishop['\u2019]?s|Barangay|Brgy\.?|Kampung|Taman)[ \t]+$"
)
# (before a place found as a name only the compass points: "Little Tom" is a person)
_COMPASS_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?:{_COMPASS_POINTS})[ \t]+$")
_PRISON_BEFORE = re.compile(r"\b(?:HMP|HMYOI|HMP[ \t]?&[ \t]?YOI)[ \t]+$")
_WORDY = ("NAME", "LOCATION", "ORG")
# whether buildings.named_bodies, rooms, named_here or regions.counties can find anything:
# one search instead of their four hints' (most notes have none of the words)
_NAMED_HINT = any_of((*buildings.HINT_WORDS, *regions.COUNTY_WORDS))


def _surname_place(text: str, sp: Span) -> bool:
    """A place found that is a surname too, of one word ("Shug McAllister")."""
    if sp.category != "LOCATION" or sp.placeholder_kind == "ADDRESS":
        return False
    word = text[sp.start : sp.end]
    return word.isalpha() and word.lower() in lexicon().surnames


def _place_like(words: str) -> bool:
    """Capitalised words that may name a place after "from X to": none of them a
    function word, a title, a relative, a day, a service or an ordinary word, unless
    a place of the lists or a film subtitle's name ("to Partick"; not "to Work", "to
    Mum", "to Wed 18/9", "to Respite")."""
    lex = lexicon()
    return not any(
        (low := w.lower()) in FUNCTION_WORDS
        or low in TITLES
        or low in RELATION_WORDS
        or low in _CALENDAR_SHORT  # "from Monday to Wed 18/9"
        or low in SERVICE_WORDS  # "from Liverpool to Respite for a week"
        or low in EXTRA_WORDS
        # a word, unless a place of the lists or a film subtitle's name ("Partick"): not
        # "to Refuge", "to Temporary Accommodation", "to Uni", "to Zoom" (review 27)
        or (is_word(low, lex) and low not in lex.places and not subtitle_proper(low, lex))
        for w in words.split()
    )


_CALENDAR_SHORT = frozenset(
    ["mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "jan",
     "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)  # fmt: skip


def _nickname_like(word: str, name: str) -> bool:
    """A quoted word after a name and a comma that is the person's nickname: a first
    name, or a film subtitle's name or no word made from the name ("Gwen Pritchard,
    'Gwennie'"); not a word quoted ("Kevin, 'Suffocating'", review 27) nor slang the
    lists rank as low ("Darren, 'Innit'", "Leanne, 'Clingy'": review 28)."""
    low = word.lower()
    if low in lexicon().first_names:
        return True
    return any(low[:3] == part[:3].lower() for part in name.split()) and _subtitle_or_none(low)


def _subtitle_or_none(low: str) -> bool:
    lex = lexicon()
    return subtitle_proper(low, lex) or not is_word(low, lex)


def _ends_in_street(text: str, sp: Span) -> bool:
    """The span's last word, after a first one, is a street's kind ("Marsh Lane")."""
    i = text.rfind(" ", sp.start, sp.end)
    return i >= 0 and text[i + 1 : sp.end].rstrip(".") in _STREET_WORDS


def _given_name_first(name: str) -> bool:
    parts = name.split()
    if any(p in ("y", "yr", "ar") for p in parts[1:-1]):
        return False  # a Welsh place's article: "Pen y Bryn Road", "Heol yr Eglwys Road"
    return len(parts) > 2 or parts[0].lower() in lexicon().first_names


def _first_name_last(text: str, sp: Span) -> bool:
    """The span ends in a first name that is no ordinary word: "Ellen", not "Will"."""
    space = text.rfind(" ", sp.start, sp.end)
    word = text[space + 1 if space >= 0 else sp.start : sp.end].lower()
    lex = lexicon()
    return word in lex.first_names and not is_word(word, lex)


def _house_number_start(m: re.Match[str]) -> int:
    """Where a spoken house number's address starts: at "number" or "no.", else at
    the number itself (not the "at" of "lives at twelve …")."""
    return m.start() if m.group().lower().startswith(("number", "no")) else m.start("n")


def grow(text: str, found: list[Span], digits: bool) -> list[Span]:
    """The wider spans to add; ``digits``: whether the text holds a digit."""
    out = []
    quotes = "'" in text or '"' in text or "\u2018" in text or "\u201c" in text
    # the words a section's tail and a dedication cannot match without (the first asked
    # when first needed)
    sections: bool | None = None
    dedicated = "Our Lady" in text or "Holy" in text or "Sacred" in text
    # where each name found starts, and how far it reaches
    # (a surname that is a place too: "Shane 'Shaggy' Patterson")
    name_ends = (
        {sp.start: sp.end for sp in found if sp.category in ("NAME", "LOCATION")} if quotes else {}
    )
    date_starts: set[int] | None = None  # where each date found starts (built when needed)
    states = (
        "State" in text
        or "Province" in text
        or "Region" in text
        or "Oblast" in text
        or ("Governorate" in text or "Prefecture" in text)
    )
    inside: Callable[[int, int], bool] | None = None  # (built when needed)
    again: dict[str, list[int]] = {}  # opening.first_name's reading of the text
    for sp in found:
        cat, start, end = sp.category, sp.start, sp.end  # (read once: asked for often)
        if cat not in _WORDY:
            if cat != "DATE":
                continue
            if text[end : end + 1] in (" ", ","):
                m = _SPOKEN_YEAR.match(text, end)
                if m:
                    out.append(Span(start, m.end(), "DATE", "pattern"))
            if text[end : end + 1] in ("-", "\u2013", "\u2014"):
                m = _RANGE_END.match(text, end)
                if m:  # "admitted 28/09\u201303/10": the range's end is a date too
                    out.append(Span(m.start(1), m.end(1), "DATE", "pattern"))
            if text[start - 1 : start] in (" ", "\t"):
                at = _weekday_before(text, start)
                if at >= 0:
                    out.append(Span(at, end, "DATE", "pattern"))
            if text[start : start + 1].isdigit():
                m = _RANGE_START.search(text, max(0, start - 16), start)
                if m and date_starts is None:
                    date_starts = {d.start for d in found if d.category == "DATE"}
                if m and date_starts is not None and m.start() not in date_starts:
                    # ("on the 4th and 11th": two dates)
                    out.append(Span(m.start(), end, "DATE", "pattern"))
            continue
        source = sp.source
        known = source in KNOWN
        nxt = text[end : end + 1]
        before = text[start - 1 : start]
        if cat == "ORG" and nxt in (" ", "&"):
            m = _ORG_TAIL.match(text, end)
            if m:
                out.append(Span(start, m.end(), "ORG", "context"))
        if states and cat in ("LOCATION", "NAME") and nxt == " " and not known:
            m = _STATE_AFTER.match(text, end)
            # (a name only after a comma, as a place's region: "Hpa-an, Karen State"; not
            # "ok so Priya State exam failed", review 39)
            if m and (cat == "LOCATION" or text[max(0, start - 2) : start] == ", "):
                out.append(Span(start, m.end(), "LOCATION", "context", None, "PLACE"))
        if cat == "LOCATION" and nxt in (" ", ",", "."):
            if sections is None:
                sections = buildings.sections_here(text)
            if sections:
                out += buildings.section_after(text, sp)  # "Umlazi, J section"
        if cat in ("LOCATION", "NAME") and nxt == " " and not known:
            m = _PLACE_JOINER.match(text, end)
            if m and (text[start:end] + m.group()).lower() in lexicon().places:
                # (its own source: the place wins over a person found in it, "Tyne")
                out.append(Span(start, m.end(), "LOCATION", "place", None, "PLACE"))
        if cat == "LOCATION" and nxt == " " and text[max(0, start - 5) : start].lower() == "from ":
            m = _TO_PLACE.match(text, end)
            if m and _place_like(m.group(1)) and ends_phrase(text, m.end(1)):
                # "moved from Govan to Partick" (not "to Online sessions")
                out.append(Span(m.start(1), m.end(1), "LOCATION", "context", None, "PLACE"))
        if dedicated and before == " ":
            out += buildings.dedicated(text, sp)  # "Our Lady of Lourdes Secondary"
        if cat == "NAME" and before == " ":
            j = start - 1
            i = text.rfind(" ", 0, j) + 1
            word = text[i:j]
            if (
                word[:1].isupper()
                and word.lower() in WORLD_WORDS
                and (i == 0 or not text[i - 1].isalnum())
                and word[1:].islower()
            ):
                # a world word before a surname found is its first name: "Roti Okafor"
                out.append(Span(i, end, "NAME", source))
        if (cat == "NAME" or cat == "LOCATION") and not known:
            w = opening.word_before(text, start)
            if (
                w is not None
                and text[w].isupper()
                and (cat == "NAME" or _surname_place(text, sp))
                and text[start:end] not in _STREET_WORDS  # "Coronation Street"
                and opening.first_name(text, w, text[w : start - 1], lexicon(), again)
            ):
                if inside is None:
                    inside = containment([(f.start, f.end) for f in found])
                if not inside(w, start - 1):  # (a registered word, or any found)
                    out.append(Span(w, end, "NAME", source))  # "Shug McAllister"
        if cat == "NAME" and (nxt == "(" or text.startswith(" (", end)):
            m = _NATIVE_SCRIPT.match(text, end)
            if m:  # the name in its own script: "Li Na (李娜)"
                out.append(Span(m.start(1), m.end(1), "NAME", "context"))
        if cat == "NAME" and nxt == "-":
            m = _HYPHENED_PART.match(text, end)
            if m and not is_word(m.group(1), lexicon()):
                # the rest of a hyphenated given name: "kim seo-yeon", "Jean-Luc"
                out.append(Span(start, m.end(), "NAME", "context"))
        if cat == "NAME" and digits and nxt in (",", " ", "\t"):
            m = _NAME_PHONE.match(text, end)
            if m:
                out.append(Span(m.start(1), m.end(1), "PHONE", "pattern"))
        if cat == "NAME" and quotes and nxt in (" ", "(", ","):
            m = _BRACKET_NICK.match(text, end) or _DASHED_NICK.match(text, end)
            g = (m.lastindex or 1) if m else 1
            if (
                m
                and m.group(g).lower() not in RELATION_WORDS  # not "Sarah ('Mum')"
                # after a comma: a name, not a word quoted ("Sam Lee, 'Fine'.")
                and (g != 3 or _nickname_like(m.group(g), text[start:end]))
            ):
                out.append(Span(m.start(g), m.end(g), "NAME", "context"))
        if (
            cat == "NAME" and _ends_in_street(text, sp) and not _given_name_first(text[start:end])
        ):  # (not "Sarah Lane", "Dr Sam Row": a person with a street's word for a surname)
            m = _SPOKEN_HOUSE_NUMBER.search(text, max(0, start - 40), start)
            at = _house_number_start(m) if m else start
            out.append(Span(at, end, "LOCATION", "pattern", None, "ADDRESS"))
        if cat == "NAME" and text.startswith("Ward", start) and end - start == 4:
            m = _WARD_NUMBER.match(text, end)
            if m and not _TITLE_BEFORE.search(text, max(0, start - 6), start):
                out.append(Span(start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        if cat == "NAME" and nxt in (" ", "\t"):
            m = _PATRONYMIC.match(text, end) or _ARTICLE_SURNAME.match(text, end)
            if m is None:
                m = _WORD_SURNAME.match(text, end)
                m = m if m and _first_name_last(text, sp) else None
            if m:
                out.append(Span(start, m.end(), "NAME", "context"))
            m = _NAME_COMPASS.match(text, end) or (
                _COMPASS.match(text, end)
                if _IN_BEFORE.search(text, max(0, start - 8), start)
                else None
            )
            if m:
                out.append(Span(start, m.end(), "LOCATION", "pattern", None, "PLACE"))
            if name_ends:
                m = _QUOTED_NICK.match(text, end)
                if m and m.end() in name_ends:
                    # one person: the first name, the nickname and the surname together
                    out.append(Span(start, name_ends[m.end()], "NAME", "context"))
        if (
            cat == "LOCATION" and before == " " and _ends_in_street(text, sp)
        ):  # (not "the number seven Leeds train")
            m = _SPOKEN_HOUSE_NUMBER.search(text, max(0, start - 40), start)
            if m:
                at = _house_number_start(m)
                out.append(Span(at, end, "LOCATION", "pattern", None, "ADDRESS"))
        if cat == "LOCATION" and digits and nxt == " ":
            m = _POSTCODE4_AFTER.match(text, end)
            if m:
                out.append(Span(start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        if cat == "LOCATION" and digits and nxt in (" ", ",", "-", "\t"):
            m = _POSTCODE_AFTER.match(text, end)
            if m:
                out.append(Span(start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        if cat == "LOCATION" and before == " ":
            p = _PRISON_BEFORE.search(text, max(0, start - 12), start)
            if p:
                out.append(Span(p.start(), end, "ORG", "context"))
            p = _PLACE_PREFIX.search(text, max(0, start - 12), start)
            if p:  # "Great Ayton", "East Croydon", "Barangay San Roque"
                out.append(Span(p.start(), end, "LOCATION", "pattern", None, "PLACE"))
        if cat == "NAME" and not known and before == " ":
            p = _COMPASS_BEFORE.search(text, max(0, start - 8), start)
            # "the South Lismore house": a place named for a town (session 21; also
            # before a first name: "East Van", though "moving down South Kate says"
            # loses "South" too)
            if p:
                out.append(Span(p.start(), end, "LOCATION", "pattern", None, "PLACE"))
        if nxt == "," or sp.placeholder_kind == "ADDRESS":
            out += regions.around(text, sp)  # "Co. Mayo", "Liberty, TX", "Gore, Southland"
        if cat == "LOCATION" and nxt in (" ", ",", "\t"):
            m = _PLACE_TAIL.match(text, end)
            if m:
                out.append(Span(start, m.end(), "LOCATION", "pattern", None, "PLACE"))
        if nxt not in (" ", "'", "\u2019", "\t"):
            continue
        m = _BODY_AFTER.match(text, end)
        if (
            m
            and m.group().endswith(buildings.BUILDING_WORDS)
            and not buildings.building_ok(text, sp, m)
        ):
            m = None
        possessive = m is not None and (
            m.group().startswith(("'", "\u2019")) or text.endswith(("'s", "\u2019s"), 0, end)
        )
        if m and not (cat == "NAME" and possessive):
            out.append(Span(start, m.end(), "ORG", "context"))  # not "Priya's High school"
        elif _SAINT_START.match(text, start):
            m = _SAINTS_CHURCH.match(text, end)
            if m:
                out.append(Span(start, m.end(), "ORG", "context"))
    named = _NAMED_HINT(text)
    if named:
        out += buildings.named_bodies(text)
        out += buildings.rooms(text, (*found, *out))
    if digits and any(sp.category == "PHONE" for sp in found):
        # another number of a phone's shape in a note that gives one: "Client's cell is
        # (312) 555-0172, grandma's is 555-0139"
        out += [
            Span(m.start(), m.end(), "PHONE", "pattern")
            for m in _LOCAL_NUMBER.finditer(text)
            if not _NOT_LOCAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        ]
    if named:
        out += buildings.named_here(text)  # "Masjid al-Noor", "PS 96"
        out += regions.counties(text)  # "Newry, Co. Down", "County Tipperary"
    if "HMP" in text:
        for m in _PRISON.finditer(text):
            cell = buildings.room_after(text, m.end())  # "HMP Pentonville, cell 14"
            out.append(Span(m.start(), cell or m.end(), "ORG", "context"))
    return out
