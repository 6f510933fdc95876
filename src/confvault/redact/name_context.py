"""The context before a word that makes it a person, a place or an organisation.

"my sister X", "Dr X", "called X" (a person); "lives in X" (a place); "works at
X" (an organisation). Each pattern ends in one word followed by spaces, so a
cheap test of that last word comes first and the pattern runs only when it
could match. Used by :mod:`.names`.
"""

from __future__ import annotations

import functools
import re

from .name_words import (
    RELATION_WORDS,
    spelled_out,
)
from .words import (
    RELATIONS,
)

# a relation before the name: "my sister", "Ann's big support worker,"
_PERSON_RELATION = (
    rf"(?:\b(?:my|his|her|their|our|your|the|a|whose)|['\u2019]s)\s+(?:(?:older|younger|"
    rf"little|big|twin|step|half|ex|late|best|new|old|former|upstairs|downstairs|next-door|"
    rf"elderly|estranged|foster|birth|paternal|maternal)[- ]?)?(?:{RELATIONS})s?,?"
)
# a title or a word that names who follows: "Dr", "called", "spoke to"
_PERSON_CUE = (
    r"\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?|"  # a title typed in lower case ("mr brown")
    r"\b(?:called|named|name\s+is|name's|name\s+was|name\s*[?:]|known\s+as|goes\s+by|nicknamed|aka|"
    # a chosen name: "wants the name Ash on the register", "uses the name Kai"
    r"(?:the|a|new|chosen|preferred|first|given|middle|last|full|real|birth)\s+name|name\s+as|"
    r"signed|calls?\s+me|call\s+him|call\s+her|i'm|i\s+am|this\s+is|meet|married|dating|"
    r"texted|rang|phoned|emailed|told|asked|with|w/|met|saw|seen|visited|spoke\s+to|spoke\s+with|"
    r"talked\s+to|talking\s+to|speaking\s+to)"
)
PERSON_CTX = re.compile(rf"(?i)(?:{_PERSON_RELATION}|{_PERSON_CUE})\s+$")
_PERSON_CUE_CTX = re.compile(rf"(?i)(?:{_PERSON_CUE})\s+$")  # PERSON_CTX not after a relation
PLACE_CTX = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|moving|born|grew\s+up|based|located|staying|stays|"
    r"from|in|to|at|near|around|visit(?:ing|ed)?|travel(?:l?ing|l?ed)?|flew|drove|outside|"
    r"towards|across)\s+$"
)
# the work, study or play someone does somewhere
_WORK = (
    r"\b(?:works?|working|worked|job|employed|volunteers?|volunteering|studies|studying|"
    r"enrolled|attends?|attending|placement|intern(?:ing)?|shifts?|plays|played|playing|"
    r"signed|trains|training|coaches|coaching)"
    # "works nights at", "works part-time at"
    r"(?:\s+(?:(?:mostly|only|some|two|three)\s+)?(?:nights|days|weekends|evenings|mornings|"
    r"shifts|nightshifts?|dayshifts?|jobs|overtime|part[- \u2013]?time|full[- \u2013]?time))?"
    # "works on the tills at", "works behind the bar at"
    r"(?:\s+(?:on|behind|in)\s+the\s+(?:tills?|bar|door|desk|counter|kitchen|floor|checkouts?"
    r"|reception|phones|line|front|warehouse|caf[eé]|wards?|shop|canteen|stockroom|office))?"
    r"\s+(?:at|for|with|in)\s+$"
)
_ORG_CTX = re.compile(
    rf"(?i){_WORK}|"
    rf"\b(?:{RELATIONS}|staff|volunteer|member)s?\s+at\s+$|"  # "counsellor at Mind"
    # an employer's site: "works for a cleaning contractor at Alder Hey" (session 17)
    r"\b(?:works?|working|worked|employed)\s+(?:for|with|by)\s+(?:a|an|the)\s+"
    r"(?:[a-z][a-z-]*\s+){1,2}at\s+$"
)
_WORK_CTX = re.compile(rf"(?i){_WORK}")  # _ORG_CTX not after "at"
# Cheap gates: each context pattern above ends in one word followed by spaces;
# the full pattern only runs when that last word could end a match.
_PERSON_CUES = (
    "officer|called|named|is|was|name|name's|as|by|nicknamed|aka|signed|mr|mrs|ms|miss|mx|dr|"
    "prof|"
    "me|him|her|i'm|am|meet|married|dating|texted|rang|phoned|emailed|told|asked|with|w/|met|saw|"
    "seen|visited|to"
)
_PERSON_LAST = re.compile(rf"(?i)(?:(?:{RELATIONS})s?|{_PERSON_CUES})")
_PLACE_LAST = re.compile(
    r"(?i)lives?|living|lived|moved|moving|born|up|based|located|staying|stays|from|in|to|at|"
    r"near|around|visit(?:ing|ed)?|travel(?:l?ing|l?ed)?|flew|drove|outside|towards|across"
)
ORG_LAST = frozenset(["at", "for", "with", "in"])
# where someone lives or comes from: a capitalised word after it is a place even if it
# is also an ordinary word ("lives in Hackney", "moved to Reading")
HOME_CTX = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|moving|grew\s+up|based|staying|stays|born|raised|"
    r"relocated|settled)\s+(?:in|to|at|near|from)\s+(?:the\s+)?$"
)
HOME_LAST = frozenset(["in", "to", "at", "near", "from", "the"])
# the gates above, remembered per distinct word (a handful of words precede most names)
_PERSON_LAST_SEEN: dict[str, bool] = {}
_PLACE_LAST_SEEN: dict[str, bool] = {}
_SEEN_MAX = 50_000


def _fullmatch_seen(pattern: re.Pattern[str], seen: dict[str, bool], word: str) -> bool:
    """pattern.fullmatch(word), remembered in `seen` (bounded)."""
    hit = seen.get(word)
    if hit is None:
        hit = pattern.fullmatch(word) is not None
        if len(seen) < _SEEN_MAX:
            seen[word] = hit
    return hit


def person_last(last: str) -> bool:
    hit = _PERSON_LAST_SEEN.get(last)
    if hit is None:
        if not last.isascii():
            return _fullmatch_seen(_PERSON_LAST, _PERSON_LAST_SEEN, last)
        # in ASCII the pattern's case-blind letters are those of lower()
        hit = last.lower() in person_last_words()
        if len(_PERSON_LAST_SEEN) < _SEEN_MAX:
            _PERSON_LAST_SEEN[last] = hit
    return hit


@functools.cache
def person_last_words() -> frozenset[str]:
    """Every word _PERSON_LAST matches, in lower case: its pattern has no repeats."""
    return RELATION_WORDS | frozenset(spelled_out(_PERSON_CUES))


def place_last(last: str) -> bool:
    return _fullmatch_seen(_PLACE_LAST, _PLACE_LAST_SEEN, last)


def ends_in(context: re.Pattern[str], before: str, words: int) -> bool:
    """context.search(before) for the three context patterns above. Each ends
    in whitespace at the end of the text and spans at most a few words (four
    for a person: "my older probation officer", "Ann's big sister"; six for an
    organisation: "works on the tills at"; two for a place: "grew up"), so the
    scan starts that many words from the end, not at each character."""
    parts = before.rsplit(None, words)
    start = len(parts[0]) if len(parts) > words else 0
    if before.isascii():
        return _case_sensitive(context).search(before.lower(), start) is not None
    return context.search(before, start) is not None


# Over ASCII text a case-blind pattern of lower-case letters matches where the
# pattern without "(?i)" matches the text in lower case; and the regex engine passes
# over a case-sensitive alternative at its first letter, where it tries each
# case-blind one (each pattern above has a hundred words for relatives).
_CASE_SENSITIVE: dict[str, re.Pattern[str]] = {}


def _case_sensitive(context: re.Pattern[str]) -> re.Pattern[str]:
    """``context`` without "(?i)", for ASCII text in lower case."""
    pattern = context.pattern  # (a string remembers its hash: a pattern does not)
    found = _CASE_SENSITIVE.get(pattern)
    if found is None:
        if not pattern.startswith("(?i)") or re.search(r"(?<!\\)[A-Z]", pattern):
            raise ValueError("not a case-blind pattern of lower-case letters")
        found = _CASE_SENSITIVE[pattern] = re.compile(pattern.removeprefix("(?i)"))
    return found


# the last word of each word for a relative, and its plural: "worker" of "key worker"
_RELATION_ENDS = tuple(
    sorted({r.rsplit(" ", 1)[-1] + s for r in spelled_out(RELATIONS) for s in ("", "s")})
)


def person_ctx(before: str) -> bool:
    """ends_in(PERSON_CTX, before, 4), without the relatives' words when ``before``
    (in ASCII) does not end in one of them."""
    context = PERSON_CTX
    if before.isascii():
        last = before.rsplit(None, 1)[-1:]
        if not (last and last[0].lower().rstrip(",").endswith(_RELATION_ENDS)):
            context = _PERSON_CUE_CTX  # ("older-sister," and "stepmums" end in one too)
    return ends_in(context, before, 4)


def last_word(before: str) -> str:
    """The last word of ``before`` when it ends in whitespace, else ''."""
    if not before or not before[-1].isspace():
        return ""
    tail = before.rstrip()
    i = tail.rfind(" ")
    i = max(i, tail.rfind("\n", i + 1), tail.rfind("\t", i + 1))  # (only after the space)
    return tail[i + 1 :].rstrip(",?:")


def place_context(before: str) -> bool:
    last = last_word(before)
    return bool(last) and place_last(last) and ends_in(PLACE_CTX, before, 2)


def org_ctx(last: str, before: str) -> bool:
    low = last.lower()
    if low not in ORG_LAST:
        return False
    # (only "at" ends the two other ways: "counsellor at", "works for a firm at")
    return ends_in(_ORG_CTX if low == "at" else _WORK_CTX, before, 6)
