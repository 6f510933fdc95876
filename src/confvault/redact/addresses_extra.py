"""Places the address rules (:mod:`.addresses`) miss, as support notes write them.

* an Irish Eircode ("D24 X2Y3"): a routing key and four characters from the
  code's own alphabet;
* a UK outward postcode alone before "area" or "postcode" ("in the LS7 area");
* a ZIP code after "lives in" and the like ("lives in 30318");
* a street named without a house number after "on", "off", "lives in" …
  ("above the chippy on Church St", "lives off Mill Lane");
* a house number on a street named "The …" ("no. 7 the crescent");
* a street corner ("the corner of Main and 5th"), a GPO box, a lot number before
  a street ("Lot 7 Old Coach Rd"), and a named building after a flat number or
  "lives in" ("flat 4, Kestrel House");
* a numbered street ("455 W 41st St", "East 14th Street", "5th Ave").
"""

from __future__ import annotations

import re

from .addresses_patterns import UK_POSTCODE, alternation
from .lexicon import frequent, lexicon
from .model import Span
from .org_words import STREET_WORDS
from .word_names import AFTER_A_PERSON
from .words import BRANDS

# Eircode: a routing key (a letter and two digits, or D6W) and a unique identifier of
# four characters, both from the letters the code uses
_EIR = "ACDEFHKNPRTVWXY"
EIRCODE = re.compile(rf"(?i)(?<![\w])(?:[{_EIR}]\d\d|D6W) ?[{_EIR}\d]{{4}}(?![\w])")
# what EIRCODE matches, and where, found quicker: the class of the first letter tried
# before the look-behind (a letter there is never a line break, which "." cannot match)
_EIRCODE_FAST = re.compile(rf"(?i)[{_EIR}](?<![\w].)(?:\d\d|(?<=D)6W) ?[{_EIR}\d]{{4}}(?![\w])")
# a whole UK postcode typed in lower case, with its space ("pc is sw1a 1aa"): the
# address rules' own pattern, in lower case and with the space required
_UK_INWARD_LOWER = re.compile(r"\d[abd-hjlnp-uw-z]{2}(?![\w])")
_UK_LOWER = re.compile(UK_POSTCODE.pattern.lower().replace(" ?", " "))
_OUTWARD = re.compile(
    r"(?i)\b(?:in|from|near|around|the)\s+(?:the\s+)?([A-Z]{1,2}\d[A-Z\d]?)\s+"
    r"(?:area|postcode|district)\b"
)
_ZIP_AFTER = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|based|staying)\s+(?:in|to|at|near)\s+(\d{5})(?![\w-])"
)
# what _ZIP_AFTER needs: five digits after a blank (its "\s+") and before no word character
# or hyphen; found quicker, and in few notes
_ZIP_HINT = re.compile(r"\d(?<=\s\d)\d{4}(?![\w-])")
# the street words known identifiers use, capitalised, the longest first
_STREET_TYPES = "|".join(sorted((w.title() for w in STREET_WORDS), key=len, reverse=True))
# a capitalised street type: text without one skips the street scan
_STREET_HINT = re.compile(rf"(?:{_STREET_TYPES})\b")
_STREET_NO_NUMBER = re.compile(
    # after "\b(?i:on|off|along|lives\s+in|lives\s+on|moved\s+to|near)", written to open with
    # the first letters (no other character folds to them) so that the engine skips to
    # them: a look-behind after the letter stands for the "\b", one more picks the words
    r"[oOaAlLmMnN](?<!\w.)(?:(?<=[oO])(?i:n|ff)|(?<=[aA])(?i:long)|(?<=[lL])(?i:ives\s+in|ives\s+on)"
    r"|(?<=[mM])(?i:oved\s+to)|(?<=[nN])(?i:ear))\s+(?:the\s+)?"
    rf"((?:[A-Z][a-z'\u2019]+\s+){{1,3}}(?:{_STREET_TYPES})\b\.?)"
)
# a street named in brackets, as notes give where a place is: "the clinic (Capper St)";
# with a street type written short, or in full after a name that is no common word (not
# "(Very Close)", "(Electric Avenue)", "(Recovery Road)", "(Pride Parade)": review 30)
_STREET_IN_BRACKETS = re.compile(
    r"\([ \t]*((?:[A-Z][a-z'\u2019]+[ \t]+){1,3}"
    r"(?:(St|Rd|Ave|Ln|Blvd|Hwy)\.?|Street|Road|Avenue|Lane|Terrace|Crescent|Grove|Mews|Wynd))"
    r"[ \t]*\)"
)
# an address written in Chinese or Japanese: a prefecture, province or city and the
# ward or district in it, then perhaps a road or a neighbourhood, then the number
# ("東京都世田谷区北沢2-14-7", "北京市朝阳区建国路88号", "大阪府大阪市北区梅田1丁目"); or a
# road and its number with 号 ("旺角道10號"); the number with its dashes or its 号, 番地,
# 丁目. Each name is two to four characters that are no unit, so the text splits one
# way only: not "我知道他每天都喝3杯咖啡" nor "我们都去超市买了5个苹果", and no text
# makes the search slow (review 30)
_CJK = "[\u4e00-\u9fff\u3005]"
_CJK_UNITS = "都|道|府|県|省|市|区|區|县|縣|町|村|郡|路|街|巷|弄|丁目|号|號"
_CJK_NAME = f"(?:(?!{_CJK_UNITS}){_CJK})"
_CJK_NUMBER = "[0-9\uff10-\uff19]+"
_CJK_DASHES = f"(?:[-\uff0d\u30fc\u2212]{_CJK_NUMBER}){{1,3}}"
_CJK_ADDRESS = re.compile(
    # (Japan's one 都 and one 道: the Chinese 都 is "all", 道 "way")
    f"(?:東京都|北海道|{_CJK_NAME}{{2,4}}(?:府|県|省|市)){_CJK_NAME}{{1,4}}(?:区|區|县|縣|市|町|村|郡)"
    f"(?:{_CJK_NAME}{{1,4}}(?:区|區|市|町|村|路|街|道|巷|弄)){{0,2}}{_CJK_NAME}{{0,4}}"
    f"{_CJK_NUMBER}(?:{_CJK_DASHES}(?:号|號|番地|番|丁目)?|号|號|番地|番|丁目)"
    f"|{_CJK_NAME}{{2,4}}(?:路|街|道){_CJK_NUMBER}(?:号|號)"
)
_CJK_HINT = re.compile(_CJK)
_CORNER = re.compile(
    r"(?i:\bcorner\s+of)\s+((?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(?:and|&)\s+"
    r"(?:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))(?:\s+(?:St|Street|Ave|Avenue|Rd|Road)\b)?)"
)
# an Indian house number and the sector, block or lane after it: "house no 42, sector 15"
_NUM = r"\d{1,5}(?:[-/]\d{1,4}){0,3}[a-z]?"
_MORE = (
    r"[ \t]*,[ \t]*(?:sector|block|phase|gali|lane|plot|street|st\.?)[ \t]*(?:no\.?[ \t]*)?"
    r"\d{1,4}[a-z]?"
)
_HOUSE_NO = re.compile(
    rf"(?i)\b(?:(?:house|h)\.?[ \t]*no\.?[ \t]*{_NUM}(?:{_MORE})*"
    rf"|(?:sector|plot)[ \t]*{_NUM}(?:{_MORE})+"
    # a Pakistani house and street, and an Islamabad sector: "House 23, Street 7, G-9/2"
    # (session 18; "house 23, street 7", "H# 23, Street No. 7, G-9/2": review 39)
    rf"|(?:house|h[ \t]?\#)[ \t]*{_NUM}(?:{_MORE})+"
    r"(?:[ \t]*,[ \t]*(?-i:[A-Z])-\d{1,2}(?:/\d{1,2})?(?![\w/-]))?"
    # a South African stand or erf number with its extension: "Stand 2281, Extension 6"
    # (with its extension, or three figures or more and no unit: not "Stand 4 at the
    # match", "Stand 30 seconds")
    rf"|(?:stand|erf)[ \t]+(?:no\.?[ \t]*)?\d{{1,6}},?[ \t]+(?:extension|ext\.?)[ \t]*\d{{1,3}}"
    rf"|(?-i:Stand|STAND|Erf|ERF)[ \t]+(?:no\.?[ \t]*)?\d{{3,6}}"
    # a plot number in an African compound or township address: "Plot 1184, Chawama"
    # (before a comma and a capitalised word: not "plot 3 at the allotment")
    rf"|(?-i:Plot|PLOT)[ \t]+(?:no\.?[ \t]*)?\d{{2,6}}(?=,[ \t]*(?-i:[A-Z]))"
    r"(?![ \t]*(?:metres|meters|m\b|seconds|secs|minutes|mins|people|fans|seats)))"
    r"(?![\w])"
)
# a house number on a street named "The …", after "no." or "at", "to" … ("no. 7 the
# crescent", "moved to 12 The Green"; not "after session 2 the drive home"). The
# street is found first, then the number before it.
_THE_STREET = re.compile(  # from the number: the regex engine skips to a digit
    r"\d(?<![\w.]\d)\d{0,3}[a-zA-Z]?,?[ \t]+(?i:the)[ \t]+([A-Za-z]+)(?![\w])"
)
_STREET_NAMES = frozenset(
    ["crescent", "parade", "green", "grove", "drive", "close", "terrace", "mall", "strand",
     "square", "avenue", "broadway", "circus", "mews", "esplanade", "promenade", "quay",
     "glebe", "paddocks", "meadows", "orchard", "chase", "spinney", "causeway", "boulevard"]
)  # fmt: skip
_CUE_BEFORE = re.compile(r"(?i)(?:(?<![\w.])no\.?[ \t]*|\b(?:at|to|on|in|from|lives)[ \t]+)$")
# a ZIP or PIN code a few words after its label: "ZIP for the new apartment is 97214"
_LABELLED_CODE = re.compile(
    r"(?i)\b(?:zip(?:[ \t]*code)?|postal[ \t]+code|pin[ \t]*code)\b[^\n.;:\d]{0,30}?"
    r"(?<![\w-])(\d{5}(?:-\d{4})?|\d{6})(?![\w-])"
)
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_GPO_BOX = re.compile(r"\bGPO\s+Box\s+\d{1,6}\b")
_LOT = re.compile(r"\b(?:Lot|LOT)\s+\d{1,4}(?=\s+[A-Z][a-z])")
_BUILDINGS = "House|Court|Lodge|Mansions|Towers?|Heights|Buildings"
_BUILDING = re.compile(
    r"(?:\b(?i:flat|apartment|apt)\.?\s+\d{1,4}[A-Za-z]?,?\s+"
    r"|\b(?i:lives\s+(?:in|at)|living\s+(?:in|at)|moved\s+(?:in)?to|stay(?:s|ing|ed)\s+(?:in|at)"
    # a refuge or hostel by name: "placed at Sanctuary House", "Refuge: Haven House"
    r"|placed\s+(?:in|at)|(?:refuge|hostel|shelter|safe\s+house)\s*[:-]?)"
    r"\s+)"
    rf"((?:[A-Z][a-z]+\s+){{1,2}}(?:{_BUILDINGS})\b)"
)
# a hotel, pub, hostel or place of worship by its name: "housed at the Stag Hotel",
# "the Red Lion Inn", "the Rainbow Chapel" (not a denomination: "the Baptist Church")
_NAMED_STAY = re.compile(
    r"\b(?i:the)[ \t]+((?:[A-Z][\w'\u2019]+[ \t]+){1,2}"
    r"(?:Hotel|Inn|Arms|Tavern|Hostel|Chapel|Church|Mosque|Temple|Gurdwara|Mandir|"
    r"Tabernacle))\b"
)
_WORSHIP = frozenset(["Chapel", "Church", "Mosque", "Temple", "Gurdwara", "Mandir", "Tabernacle"])
_DENOMINATIONS = frozenset(
    ["catholic", "roman", "baptist", "methodist", "anglican", "pentecostal", "evangelical",
     "orthodox", "presbyterian", "lutheran", "reformed", "free", "united", "parish",
     "local", "village", "mormon", "coptic", "greek", "russian", "sikh", "hindu", "buddhist",
     "quaker", "salvation", "elim", "adventist", "apostolic", "church", "big", "little",
     "old", "new", "premier", "travel", "youth", "same", "whole", "main", "nearest"]
)  # fmt: skip
_STAY_HINT = re.compile(r"Hotel|Inn|Arms|Tavern|Hostel|Chapel|Church|Mosque|Temple|Gurdwara")
# what the rules tried on every text (named buildings and stays, cross streets, streets
# with no number, CJK addresses) cannot match without, in ASCII text: one of their
# words, or what _cross_hint looks for (its blanks and joints, tested on their own)
_PLACE_WORDS = re.compile(
    alternation(
        [
            (["House", "Court", "Lodge", "Mansions", "Tower", "Heights", "Buildings"], ""),
            (_STAY_HINT.pattern.split("|"), ""),
            (_STREET_TYPES.split("|"), r"\b"),  # _STREET_HINT
        ]
    )
)
# a street corner by its two names, American style: "on 5th and Main", "at Hastings and Main"
# (ending the phrase: not "a fan of Disney and Broadway musicals", "Focus on Housing and
# Main Concerns"; a name and Main or Broadway, or a numbered street, Main, Broadway or
# Market and any name: "on 5th and Jackson", "at Main and Hastings", not "on 4th and
# Friday")
_NOT_A_STREET = (
    "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|"
    "February|March|April|May|June|Final|Last|Rising|Goal"
)
_ORD = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
    r"Tenth|Eleventh|Twelfth)"
)
_STREET_TAIL = r"(?:[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard)\b\.?)?"
_CROSS_STREETS = re.compile(
    r"\b(?:on|at|of|near|outside|by|around)[ \t]+("
    # a numbered street and any name: a corner whatever follows ("on 5th and Jackson
    # tonight", "at 5th and Van Ness", "Fifth and Jackson St")
    rf"{_ORD}[ \t]+(?:and|&)[ \t]+(?:(?!(?:{_NOT_A_STREET})\b)[A-Z][\w'\u2019]*[a-z]"
    rf"(?:[ \t]+(?=[A-Z][a-z]+[ \t]+(?:St|Street|Ave|Avenue)\b)[A-Z][a-z]+)?|{_ORD}){_STREET_TAIL}"
    r"(?![\w-])"
    # a name and Main or Broadway, or Main, Broadway or Market and a name, ending the
    # phrase
    r"|(?:[A-Z][a-z]+[ \t]+(?:and|&)[ \t]+(?:Main|Broadway)"
    rf"|(?:Main|Broadway|Market)[ \t]+(?:and|&)[ \t]+(?!(?:{_NOT_A_STREET})\b)[A-Z][a-z]+)"
    r"(?![\w-])"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|"
    r"(?:in|at|on|near|by|around|with|for|to|and|after|most|since)\b)))"
)
# what _HOUSE_NO's house number cannot match without ("h no", "house no", "h.no"),
# looked for in the lower-cased text: there (?i) would add only "\u017f" for "s",
# which the caller tests for on its own, so it is left out and the engine can skip
# to the literal first letter
_H_NO = re.compile(r"h(?:ouse)?\.?[ \t]*no")
# what _UK_INWARD_LOWER and _ORDINAL_HINT (below) need, in one search: a digit, then
# letters
_DIGIT_LETTERS = re.compile(r"\d(?:[abd-hjlnp-uw-z]{2}(?![\w])|(?:st|nd|rd|th)[ \t])")
# in ASCII text (where \d is [0-9] and (?i) adds no letter), what _DIGIT_LETTERS and
# EIRCODE need, in one search that starts at an ASCII digit: it rules out most texts.
# Each alternative tests the character after the digit first, then looks back, so that
# a run of digits fails fast.
_ASCII_DIGIT_HINT = re.compile(
    rf"[0-9](?:[0-9](?<=[{_EIR}{_EIR.lower()}][0-9][0-9])(?<![\w]...)"
    r"|[Ww](?<=[Dd]6[Ww])(?<![\w]...)"
    r"|[abd-hjlnp-uw-z][abd-hjlnp-uw-z](?![\w])|[snrt][tdh](?<=st|nd|rd|th)[ \t])"
)
# every word the substring tests of the rules after a digit look for in the lower-cased
# text ("GPO", "Lot" lower-cased), with what _H_NO finds: when none is there, all fail
# (" the " is tested on its own: a blank first would make every blank a candidate)
_EXTRA_WORDS = re.compile(
    alternation(
        [
            (
                ["д.", "дом", "mah", "mh.", "area", "postcode", "district", "liv", "moved",
                 "based", "stay", "corner", "sector", "plot", "stand", "erf", "house", "h#",
                 "h #", "\u017f", "zip", "postal", "pin code", "pincode", "gpo", "lot"],
                "",
            )
        ]
    )
    + "|"
    + _H_NO.pattern
)  # fmt: skip
# what _CROSS_STREETS cannot match without
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Z]")


# a numbered street, with its house number and side if given: "455 W 41st St",
# "East 14th Street", "5th Ave", "220 E 14th St Apt 5", "w 41st st" (not "the 3rd
# floor", "1st Place", "2nd Dr appt", nor a saint's day or church: "the 17th St
# Patrick's Day", "17th St. Patrick's Church")
_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th)[ \t]")
_ORDINAL_STREET = re.compile(
    r"(?<![\w-])(?:\d{1,5}[ \t]+)?"
    # a side or a quarter: "W 41st St", "NE 2nd Ave"
    r"(?:(?:[NS][EW]|[NSEWnsew]|(?i:north|south|east|west))\.?[ \t]+)?"
    r"\d{1,3}(?:st|nd|rd|th)[ \t]+"
    r"(?i:street|avenue|ave|road|rd|boulevard|blvd|drive|lane|ln|terrace|"
    r"st(?!\.?[ \t]+[A-Z][\w-]*['\u2019]s?(?:[ \t]|$)))\b\.?"
)


# a Russian or Ukrainian street, house, building and flat: "ул. Ленина, д. 5, кв. 12"
# (session 18)
_CYRILLIC_STREET = re.compile(
    r"(?<![\w-])(?i:ул|улица|вул|вулиця|пр|просп|проспект|пер|переулок|мкр|\u0431-\u0440|"
    r"бульвар|ш|шоссе)\.?[ \t]+"
    r"(?:[^\W\d_][\w-]*[ \t]+){0,2}?[^\W\d_][\w-]*,?[ \t]*(?i:д|дом|буд)\.?[ \t]*\d{1,4}"
    r"[\u0430-\u044fa-z]?"
    r"(?:,?[ \t]*(?i:корп|к|стр)\.?[ \t]*\d{1,3})?(?:,?[ \t]*(?i:кв|квартира)\.?[ \t]*\d{1,4})?"
)
# a Turkish address: the quarter, the street, its number and flat ("Cumhuriyet Mah. 1203.
# Sk. No:7 D:4"; session 18)
# (found from "Mah", the quarter's name looked for just before it: a pattern opening with
# a capitalised word was tried at every capital and took time growing with the square
# of a long run of letters; review 39)
_TR_QUARTER = re.compile(
    r"(?<![^\W\d_])(?:[A-Z\u00c7\u011e\u0130\u00d6\u015e\u00dc][^\W\d_]{1,30}[ \t]+){1,3}$"
)
_TR_STREET = re.compile(
    # ("Mh." and lower case too: "cumhuriyet mah. 1203. sk. no:7 d:4", review 39)
    r"(?<![^\W\d_])(?i:mah|mh)(?:\.|(?i:allesi)\b|\b)[ \t]*,?[ \t]*(?:[^\s,]{1,30}[ \t]+){0,3}?"
    r"(?i:soka\u011f\u0131|sokak|sok|sk|caddesi|cadde|cad|cd|bulvar\u0131|blv)\.?(?![^\W\d_])"
    r"(?:[ \t]*,?[ \t]*(?i:no)[ \t]*[:.]?[ \t]*\d{1,5}[A-Za-z]?(?:/\d{1,4})?)?"
    r"(?:[ \t]*,?[ \t]*(?i:d|daire|kat|k)[ \t]*[:.][ \t]*\d{1,4})*"
)
_TR_QUARTER_LOWER = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,30}[ \t]+$")


def _place(m: re.Match[str], group: int = 0) -> Span:
    return Span(m.start(group), m.end(group), "LOCATION", "pattern", placeholder_kind="ADDRESS")


def _cross_hint(text: str) -> bool:
    """What _CROSS_STREETS cannot match without: "and" or "&" after an ordinal's
    ending (digits or spelled: "5th", "Fifth", "2nd"), or Main, Broadway or Market.
    Plain substring tests: a pattern of the ordinals cost more than the rule."""
    if "\t" in text or "  " in text:
        return True  # (wider gaps: the pattern itself decides)
    for joint in (" and ", " & "):
        if joint not in text:
            continue
        if "Main" in text or "Broadway" in text or "Market" in text:
            return True
        i = text.find(joint)
        while i != -1:
            if text[i - 2 : i] in ("st", "nd", "rd", "th"):
                return True
            i = text.find(joint, i + 1)
    return False


def _cross(pair: str) -> bool:
    """Not "Bread and Main course": the first of the two is a number or no plain word."""
    first = pair.split()[0]
    return first[0].isdigit() or first.lower() not in ("bread", "salt", "fish", "rock", "bed")


def detect(text: str, digits: bool | None = None) -> list[Span]:
    """The places described in the module docstring; ``digits``: whether the text
    holds a digit, if the caller knows."""
    found: list[Span] = []
    if digits is None:
        digits = _DIGIT.search(text) is not None
    if digits:
        low = text.lower()
        hinted = not text.isascii() or _ASCII_DIGIT_HINT.search(text) is not None
        worded = " the " in low or _EXTRA_WORDS.search(low) is not None
        eircodes = hinted and _EIRCODE_FAST.search(text) is not None
        for m in _EIRCODE_FAST.finditer(text) if eircodes else ():
            unique = m.group()[-4:]
            mixed = _DIGIT.search(unique) is not None and _LETTER.search(unique) is not None
            if mixed or "eircode" in low:
                found.append(_place(m))
        if worded and ("д." in low or "дом" in low):  # "ул. Ленина, д. 5, кв. 12"
            found.extend(_place(m) for m in _CYRILLIC_STREET.finditer(text))
        if (
            worded
            and ("mah" in low or "mh." in low)
            and ("sk" in low or "sok" in low or "cad" in low or "cd" in low)
        ):
            for m in _TR_STREET.finditer(text):
                quarter = _TR_QUARTER if text[m.start()].isupper() else _TR_QUARTER_LOWER
                q = quarter.search(text, max(0, m.start() - 100), m.start())
                if q is not None:
                    found.append(Span(q.start(), m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        lettered = hinted and _DIGIT_LETTERS.search(text) is not None
        if lettered and _UK_INWARD_LOWER.search(text):  # (the second half: from a digit)
            found.extend(_place(m) for m in _UK_LOWER.finditer(text))
        if worded and ("area" in low or "postcode" in low or "district" in low):
            found.extend(_place(m, 1) for m in _OUTWARD.finditer(text))
        if (
            worded
            and ("liv" in low or "moved" in low or "based" in low or "stay" in low)
            and _ZIP_HINT.search(text)
        ):
            found.extend(_place(m, 1) for m in _ZIP_AFTER.finditer(text))
        if worded and "corner" in low:
            found.extend(_place(m, 1) for m in _CORNER.finditer(text))
        if worded and (
            "sector" in low
            or "plot" in low
            or "stand" in low
            or "erf" in low
            or (
                ("house" in low or "h#" in low or "h #" in low)
                and ("street" in low or "st " in low or "st." in low)
            )
            or _H_NO.search(low) is not None
            or "\u017f" in low  # a long s, which (?i) reads as "s"
        ):
            found.extend(_place(m) for m in _HOUSE_NO.finditer(text))
        if worded and " the " in low:
            for m in _THE_STREET.finditer(text):
                street = m.group(1).lower()
                if street not in _STREET_NAMES and street[:-1] not in _STREET_NAMES:
                    continue
                cue = _CUE_BEFORE.search(text, max(0, m.start() - 10), m.start())
                after = _WORD_AFTER.match(text, m.end())
                if after and (after.group(1) in AFTER_A_PERSON or after.group(1).endswith("ed")):
                    continue  # "arrived at 9 the parade had started": a time, then a clause
                if cue:
                    start = cue.start() if cue.group().lower().startswith("no") else m.start()
                    found.append(Span(start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
        if worded and ("zip" in low or "postal" in low or "pin code" in low or "pincode" in low):
            found.extend(_place(m, 1) for m in _LABELLED_CODE.finditer(text))
        if lettered and _ORDINAL_HINT.search(text):
            found.extend(_place(m) for m in _ORDINAL_STREET.finditer(text))
        if worded and "GPO" in text:
            found.extend(_place(m) for m in _GPO_BOX.finditer(text))
        if worded and ("Lot" in text or "LOT" in text):
            found.extend(_place(m) for m in _LOT.finditer(text))
    elif "corner" in text:  # "the corner of Main and Elm"
        found.extend(_place(m, 1) for m in _CORNER.finditer(text))
    if text.isascii() and not (
        " and " in text
        or " & " in text
        or "\t" in text
        or "  " in text
        or _PLACE_WORDS.search(text)
    ):
        return found  # none of the rules below can match
    if (
        "House" in text
        or "Court" in text
        or "Lodge" in text
        or "Mansions" in text
        or ("Tower" in text or "Heights" in text or "Buildings" in text)
    ):
        found.extend(_place(m, 1) for m in _BUILDING.finditer(text))
    if _cross_hint(text):
        found.extend(
            _place(m, 1)
            for m in _CROSS_STREETS.finditer(text)
            if _cross(m.group(1)) and m.group(1).split()[-1].lower() not in BRANDS
        )
    if _STAY_HINT.search(text):
        found.extend(
            _place(m, 1)
            for m in _NAMED_STAY.finditer(text)
            if m.group(1).split()[-1] not in _WORSHIP
            or m.group(1).split()[0].lower() not in _DENOMINATIONS
        )
    if _CJK_HINT.search(text):
        found.extend(_place(m) for m in _CJK_ADDRESS.finditer(text))
    if _STREET_HINT.search(text):
        found.extend(_place(m, 1) for m in _STREET_NO_NUMBER.finditer(text))
        if "(" in text:
            found.extend(
                _place(m, 1)
                for m in _STREET_IN_BRACKETS.finditer(text)
                if m.group(2) or not frequent(m.group(1).split()[0].lower(), lexicon(), 20000)
            )
    return found
