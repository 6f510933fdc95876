"""A person written as initials: "JT disclosed …", "her friend KM", "client AJ".

Notes often name someone by initials, sometimes at the person's request. Capitals
are also how notes write services, roles, diagnoses and emphasis ("SW", "SH",
"MDT", "HE said"), so initials count as a name only where a person is plainly
meant. Two letters: before a verb of speech or a relative's possessive ("JT's
mum"), after a word for a relative or a client, after "saw" or "met", or opening
a line before a verb or a bracket that says who they are. Three letters, which
far more often spell a service or a diagnosis: only after a word for a relative,
with a relative's possessive, or with "initials" said. An abbreviation notes use
(`ACRONYMS`, `ROLE_ACRONYMS`), an ordinary word in capitals, or one after "the"
is never taken.
"""

from __future__ import annotations

import re

from .lexicon import is_word, lexicon
from .model import Span
from .name_lower import SUBJECT_VERB
from .words import ACRONYMS, FUNCTION_WORDS, RELATIONS

# Roles, services and note shorthand in capitals that ACRONYMS does not hold.
_ROLES = [
    # roles and services: social, health, police, courts, schools, benefits, diagnoses
    "sh", "si", "od", "mi", "ld", "ht", "hb", "oa", "af", "tb", "hd", "fh", "ga", "gi",
    "ic", "iv", "im", "ng", "op", "pr", "rx", "tx", "dx", "hx", "sx", "ix", "fu", "wc",
    "mdt", "dsl", "slt", "ent", "spa", "ice", "rmn", "anp", "sho", "ooh", "cpa", "prn",
    "pnd", "cla", "cic", "sob", "dnr", "tia", "asb", "pep", "sgo", "epo", "iha", "crp",
    "gcs", "phq", "eeg", "cms", "dla", "rtw", "nfa", "cpt", "ipt", "cat", "ot", "slp",
    # states, provinces and countries written short
    "ny", "nj", "fl", "wa", "nz", "nt", "va", "ma", "oh", "il", "nc", "az", "co",
    "nv", "mn", "wi", "mo", "ky", "tn", "ut", "nm", "ks", "ne", "ia", "ar", "mt", "wy",
    "nd", "sd", "vt", "nh", "ri", "md", "wv", "hi", "ak", "qld", "nsw", "vic", "tas",
    "bc", "ab", "on", "qc", "ns", "nb", "mb", "sk", "pei", "usa", "uae", "drc",
    # more roles, services, benefits and conditions
    "sw", "po", "pt", "cl", "yp", "cyp", "hv", "mw", "cpn", "dv", "da", "sa", "mh",
    "ed", "gp", "la", "lac", "cin", "cp", "dwp", "uc", "pip", "esa", "jsa", "cab", "dna",
    "nok", "tbc", "tba", "eta", "hca", "rn", "sn", "sgt", "pc", "dc", "di", "ds", "cid",
    "cps", "yot", "yos", "pru", "mp", "mla", "msp", "aod", "su", "ac", "av", "bp",
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
CITY_SHORT = frozenset(["kl", "nyc", "hk", "jhb", "dxb", "bkk"])
_TO_PLACE = re.compile(r"(?i)\b(?:in|to|from|near|around|outside|back[ \t]+to)[ \t]+$")

# One pass finds both shapes. It opens with the capital, so the regex engine can
# skip to one, and looks behind it after (nothing of a word, handle or placeholder:
# "[ORG] said" stays). Group 1: the rest of two or three initials ("JT", "R.M.");
# group 2: the rest of a first name before a surname's initial ("Chloe B. (yp)"), its
# letters taken possessively (a blank must follow them: giving back a letter never helps,
# and not trying is cheaper at each capital that opens a word).
_CAPS = re.compile(
    r"[A-Z](?<![\w.'\u2019&/\[-][A-Z])(?:((?:\.[A-Z]){1,2}\.?|[A-Z]{1,2})(?![\w&/\]-])"
    r"|([a-z]{1,20}+)[ \t]+[A-Z](?:\.(?=[ \t,;:)\r\n]|$)|(?=[ \t]+(?:said|says|rang|came|"
    r"attended|was|is|has|told|texted)\b)))"
)
_OWNER = re.compile(rf"(?i)['\u2019]s[ \t]+(?:{RELATIONS}|bf|gf|ex)s?\b")  # "JT's mum"
_SPEECH = re.compile(
    r"[ \t]+(?:is|was|has|had|seems|seemed|feels|felt|says|said|came|went|got|left|did|"
    r"didn['\u2019]?t|hasn['\u2019]?t|wasn['\u2019]?t|isn['\u2019]?t|can['\u2019]?t|won['\u2019]?t|"
    r"will|would|[a-z]{2,}ed)\b"
)
_RELATIVE_BEFORE = re.compile(
    rf"(?i)(?:\b(?:(?:my|his|her|their|our|your|whose|['\u2019]s)[ \t]+(?:(?:best|ex|older|"
    rf"younger|little|big|step|twin)[ -]?)?(?:{RELATIONS}|bf|gf|sis|bro)s?|initials)"
    r"[ \t]*[:,]?[ \t]+)$"
)
# weaker cues, for two letters only
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:client|cl|pt|yp|mentee|service[ \t]+user|caller|resident|student|pupil|saw|"
    r"met|visited|texted|spoke[ \t]+to|spoke[ \t]+with)[ \t]*[:,]?[ \t]+$"
)
_LINE_LABEL = re.compile(r"[ \t]*(?:[-\u2013\u2014]|:(?!\d))[ \t]+[a-z]")
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|this|that|our|your|their|its)[ \t]+$")
# "JT (initials only at her request)", "JB (pt's line manager, …)"
_BRACKET = re.compile(
    rf"[ \t]*\((?=[^)\n]{{0,80}}\b(?:initials|pt['\u2019]s|cl['\u2019]s|client['\u2019]s|"
    rf"(?:{RELATIONS})s?)\b)",
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
        if low in ACRONYMS or low in ROLE_ACRONYMS or low in FUNCTION_WORDS:
            continue
        if is_word(low, lexicon()):
            continue  # "HE said", "MUM said", "NO was her answer": a word in capitals
        before = text[max(0, start - 40) : start]
        if _DETERMINER.search(before):
            continue  # "the CRC", "a DBS": a body or a form, not a person
        if _person_here(text, end, before, len(low)):
            out.append(Span(start, end, "NAME", "context"))
    return out


def _person_here(text: str, end: int, before: str, letters: int) -> bool:
    if _RELATIVE_BEFORE.search(before) or _OWNER.match(text, end):
        return True
    line_start = not before or before.rstrip(" \t")[-1:] in ("\n", "")
    if line_start and _BRACKET.match(text, end):
        return True
    if letters > 2:
        return False  # "MDT agreed", "pt PND": three capitals are mostly a service
    if _CUE_BEFORE.search(before) or SUBJECT_VERB.match(text, end):
        return True
    # "JT turned up late", "AJ - seen today", "AJ: low mood"
    return line_start and (_SPEECH.match(text, end) or _LINE_LABEL.match(text, end)) is not None
