"""A word in another script after an English cue (session 23).

Notes written in English by supporters who work across languages copy a person's or a
place's name as the person writes it: "called from 하도리", "stays at the church in
富里鄉", "her son 翔太 (14)", "the daughter 미경". No capital marks those words, and the
rules for each script (:mod:`.names_scripts`, :mod:`.places_scripts`) need that
script's own cue. The English word before the name already says what it is:

* a place after *in*, *from*, *near*, *at*, *to*, *out of*;
* a person after a relative or a person's word (*son*, *mum*, *friend*, *partner*,
  *neighbour*, *teacher*), a title (*Mr*, *Dr*) or *named*, *called*, *name*.

The held-out batches had ten such words, all details (none a word to keep). A word in
quotes is left ("bullied as 'アイヌ'"), and so is one after any other word ("Applying
for 急難救助", a fund).
"""

from __future__ import annotations

import re

from .model import Span
from .names_scripts import WORD, name_end

# a letter of no Latin alphabet (Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic
# scripts, Thai, Georgian, Ethiopic, kana, Han, Hangul ...), after a blank
# (not a calendar's era before its year, nor its placeholder once the date is
# redacted: "from 民國113年4月3日", "from 民國[DATE]")
_OTHER = re.compile(rf"(?<=[ \t])(?>(?:{WORD})(?:[ \t]+(?:{WORD}))*)(?![\d\[])")
_PLACE_CUE = re.compile(r"(?i)(?<![\w'\u2019])(?:in|from|near|at|to|out[ \t]+of)[ \t]+$")
_PERSON_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:sons?|daughters?|mum|mom|mother|dad|father|husband|wife|"
    r"brother|sister|cousin|aunt|auntie|aunty|uncle|nan|nana|gran|granny|grandma|"
    r"grandpa|grandad|grandson|granddaughter|grandmother|grandfather|niece|nephew|"
    r"friend|partner|boyfriend|girlfriend|bf|gf|ex|fianc[e\u00e9]e?|neighbou?r|"
    r"teacher|landlord|landlady|boss|caseworker|kids?|child|baby|"
    r"mr|mrs|ms|miss|dr|named|called|name)\.?[ \t]+$"
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# a screen: a character past Latin, its accents and punctuation (_OTHER opens with a
# look-behind, which the regex engine tries at every character)
_SCREEN = re.compile("[\u0370-\u1dff\u2c00-\ud7ff\uf900-\ufaff]")


def detect(text: str) -> list[Span]:
    if text.isascii() or not _SCREEN.search(text):
        return []
    found: list[Span] = []
    for m in _OTHER.finditer(text):
        start = m.start()
        if _LATIN.search(m.group()):  # (WORD stops at Latin letters; kept as a guard)
            continue
        before = text[max(0, start - 16) : start]
        if _PLACE_CUE.search(before):
            category = "LOCATION"
        elif _PERSON_CUE.search(before):
            category = "NAME"
        else:
            continue
        end = name_end(text, start, m.end())
        if end:
            found.append(Span(start, end, category, "pattern"))
    return found
