"""A person written as initials: "JT disclosed …", "her friend KM", "client AJ".

Notes often name someone by initials, sometimes at the person's request. Two or
three capitals are also how notes write services and roles ("SW", "CPN", "DWP"),
so initials count as a name only where a person is plainly meant: before a verb
of speech or a person's possessive, after a word for a relative or a client, or
opening a line with a bracket that says who they are. An abbreviation any
notes use (`ACRONYMS`, `ROLE_ACRONYMS`) or one after "the" is never taken.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .model import Span
from .name_lower import SUBJECT_VERB
from .words import ACRONYMS, RELATIONS

# Roles, services and note shorthand in capitals that ACRONYMS does not hold.
_ROLES = [
    # roles and services: social, health, police, courts, schools, benefits
    "sw", "ot", "po", "pt", "cl", "yp", "cyp", "hv", "mw", "cpn", "dv", "da", "sa", "mh",
    "ed", "gp", "la", "lac", "cin", "cp", "dwp", "uc", "pip", "esa", "jsa", "cab", "dna",
    "nok", "tbc", "tba", "eta", "hca", "rn", "sn", "sgt", "pc", "dc", "di", "ds", "cid",
    "cps", "yot", "yos", "pru", "mp", "mla", "msp", "aod", "su", "ab", "ac", "av", "bp",
    "bmi", "ecg", "ect", "pe", "re", "rs", "ta", "pa", "ca", "ci", "ct", "mri", "hmp", "hmo",
    "lha", "ha", "cwd", "sar", "dvo", "avo", "ipo", "ivf", "std", "sti", "hiv", "uti", "ibs",
    "me", "ms", "cf", "ra", "fgm", "cse", "cce", "ssp", "fit", "sc", "ccg", "icb", "pcn",
    "ots", "ict", "dt", "hcp", "pct", "cv", "ehc", "gcse", "bsl", "esol", "nvq", "ged",
]  # fmt: skip
_COMPANIES = [
    "ee", "bt", "rbs", "tsb", "itv", "kfc", "hmv", "jd", "ups", "dhl", "ibm", "hp", "lg",
    "bmw", "vw", "cvs", "fc", "afc", "ufc", "nfl", "nba", "gaa",
]  # fmt: skip
ROLE_ACRONYMS = frozenset(_ROLES + _COMPANIES)
# cities written short, a place after "in", "to", "from": "moved to KL for work"
CITY_SHORT = frozenset(["kl", "pj", "jb", "nyc", "sf", "hk", "jhb", "cpt", "dxb", "bkk", "kk"])
_TO_PLACE = re.compile(r"(?i)\b(?:in|to|from|near|around|outside|back[ \t]+to)[ \t]+$")

# One pass finds both shapes. It opens with the capital, so the regex engine can
# skip to one, and looks behind it after (nothing of a word, handle or placeholder:
# "[ORG] said" stays). Group 1: the rest of two or three initials ("JT", "R.M.");
# group 2: the rest of a first name before a surname's initial ("Chloe B. (yp)").
_CAPS = re.compile(
    r"[A-Z](?<![\w.'\u2019&/\[-][A-Z])(?:((?:\.[A-Z]){1,2}\.?|[A-Z]{1,2})(?![\w&/\]-])"
    r"|([a-z]{1,20})[ \t]+[A-Z]\.(?=[ \t,;:)]|$))"
)
_OWNER = re.compile(r"['\u2019]s[ \t]+[a-z]")  # "JT's mum", not "JT's" at a line's end
_SPEECH = re.compile(
    r"[ \t]+(?:is|was|has|had|seems|seemed|feels|felt|says|said|came|went|got|left|did|"
    r"didn['\u2019]?t|hasn['\u2019]?t|wasn['\u2019]?t|isn['\u2019]?t|can['\u2019]?t|won['\u2019]?t|"
    r"will|would|[a-z]{2,}ed)\b"
)
_BEFORE = re.compile(
    rf"(?i)(?:\b(?:(?:my|his|her|their|our|your|whose|['\u2019]s)[ \t]+(?:(?:best|ex|older|"
    rf"younger|little|big|step|twin)[ -]?)?(?:{RELATIONS})s?|client|cl|pt|yp|mentee|"
    r"service[ \t]+user|caller|resident|student|pupil|initials|saw|met|visited|texted|"
    r"spoke[ \t]+to|spoke[ \t]+with)[ \t]*[:,]?[ \t]+)$"
)
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|this|that|our|your|their|its)[ \t]+$")
# "JT (initials only at her request)", "JB (pt's line manager, …)"
_BRACKET = re.compile(
    rf"[ \t]*\((?=[^)\n]{{0,80}}\b(?:initials|pt['\u2019]s|cl['\u2019]s|client['\u2019]s|"
    rf"her|his|their|he|she|they|(?:{RELATIONS})s?)\b)",
    re.IGNORECASE,
)


def detect(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _CAPS.finditer(text):
        start = m.start()
        if m.group(2):
            if text[start : m.end(2)].lower() in lexicon().first_names:
                out.append(Span(start, m.end(), "NAME", "context"))
            continue
        end = m.end()
        word = text[start:end]
        low = word.replace(".", "").lower()
        if low in CITY_SHORT and _TO_PLACE.search(text, max(0, start - 12), start):
            out.append(Span(start, end, "LOCATION", "context", None, "PLACE"))
            continue
        if low in ACRONYMS or low in ROLE_ACRONYMS:
            continue
        before = text[max(0, start - 40) : start]
        if _DETERMINER.search(before):
            continue  # "the CRC", "a DBS": a body or a form, not a person
        if _person_here(text, start, end, before, dotted="." in word):
            out.append(Span(start, end, "NAME", "context"))
    return out


def _person_here(text: str, start: int, end: int, before: str, dotted: bool) -> bool:
    if _BEFORE.search(before):
        return True
    if SUBJECT_VERB.match(text, end) or _OWNER.match(text, end):
        return True
    line_start = not before or before.rstrip(" \t")[-1:] in ("\n", "")
    if line_start and _BRACKET.match(text, end):
        return True
    # "R.M. said", "R.M. was": dotted initials read as a person before any of these
    return (dotted or line_start) and _SPEECH.match(text, end) is not None
