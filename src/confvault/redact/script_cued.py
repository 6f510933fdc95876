"""A word in another script after an English cue (session 23).

Notes written in English by supporters who work across languages copy a person's or a
place's name as the person writes it: "called from 하도리", "stays at the church in
富里鄉", "her son 翔太 (14)", "the daughter 미경". No capital marks those words, and the
rules for each script (:mod:`.names_scripts`, :mod:`.places_scripts`) need that
script's own cue. The English word before the name already says what it is:

* a place after *in*, *from*, *near*, *at*, *to*, *out of*;
* a person after a relative or a person's word (*son*, *mum*, *friend*, *partner*,
  *neighbour*, *teacher*), a title (*Mr*, *Dr*) or *named*, *name*.

The held-out batches had ten such words, all details (none a word to keep). A word in
quotes is left ("bullied as 'アイヌ'"), and so is one after any other word ("Applying
for 急難救助", a fund).

A name is also often written twice, in its own script and in Latin letters, one in
brackets after the other: "乌兰 (Ulaan)", "毕节 (Bijie)", "Li Na (李娜)". When a rule has
found one of the two, the other goes too (:func:`glossed`); when neither was found, a
romanised form in brackets that is no English word makes both a name ("阿普 (A-pu)";
not "ამოთ (shame)", "安心專線 (Mental Health Line)").
"""

from __future__ import annotations

import re

from .lexicon import frequent, is_word, lexicon
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
    r"mr|mrs|ms|miss|dr|named|name)\.?[ \t]+$"
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


_RUN = rf"(?>(?:{WORD})(?:[ \t]+(?:{WORD}))*)"
# a run of another script, then brackets; or capitalised Latin words, then a run in brackets
_GLOSS_AFTER = re.compile(rf"(?<![^\W\d_])({_RUN})[ \t]*\(([^()\n]{{1,40}})\)")
_GLOSS_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])([A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){{0,2}})[ \t]*\(({_RUN})\)"
)
# a romanised name in brackets: one to three capitalised words, none an English word
# ("A-pu", "Ulaan", "Lao Wang"), and nothing else before a comma ("Ko Sun-ja, reg.")
_ROMANISED = re.compile(
    r"[ \t]*([A-Z][a-z]*(?:-[A-Za-z][a-z]*)*(?:[ \t]+[A-Z][a-z]*(?:-[a-z]+)*){0,2})"
)
_KINDS = ("NAME", "LOCATION", "ORG")


def glossed(text: str, found: list[Span]) -> list[Span]:
    """The other form of a name written twice (module docstring); ``found``: the
    spans found so far. Both forms carry the Latin one as their ``ref``, so that
    a person keeps one number in an export."""
    if text.isascii() or "(" not in text or not _SCREEN.search(text):
        return []
    out: list[Span] = []
    spans = [sp for sp in found if sp.category in _KINDS]
    for m in _GLOSS_AFTER.finditer(text):
        if _LATIN.search(m.group(1)):
            continue
        inner = _ROMANISED.match(text, m.start(2), m.end(2))
        if inner is None:
            continue
        a, b = inner.span(1)
        over = _covering(spans, a, b)
        if over is not None:
            category, ref = over.category, over.ref or text[over.start : over.end]
        elif _romanised(inner.group(1), text, inner.end(), m.end(2)):
            category, ref = "NAME", inner.group(1)
            out.append(Span(a, b, category, "pattern", ref=ref))
        else:
            continue
        out.append(Span(m.start(1), m.end(1), category, "pattern", ref=ref))
        out += _again(text, m.group(1), m.start(1), category, ref)
    for m in _GLOSS_BEFORE.finditer(text):
        over = _covering(spans, *m.span(1))
        if over is not None and not _LATIN.search(m.group(2)):
            ref = over.ref or text[over.start : over.end]
            out.append(Span(m.start(2), m.end(2), over.category, "pattern", ref=ref))
    return out


def _again(text: str, run: str, first: int, category: str, ref: str) -> list[Span]:
    """The run elsewhere in the text, standing alone ("乌兰 (Ulaan) … 乌兰 is"): the
    repeating rule (:mod:`.repeats`) leaves words shorter than three letters, as most
    Chinese names are."""
    out = []
    i = text.find(run)
    while i != -1:
        j = i + len(run)
        if i != first and _alone(text, i, j):
            out.append(Span(i, j, category, "pattern", ref=ref))
        i = text.find(run, j)
    return out


def _alone(text: str, i: int, j: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum())


def _covering(spans: list[Span], a: int, b: int) -> Span | None:
    """A span found that covers ``[a, b)`` whole."""
    for sp in spans:
        if sp.start <= a and b <= sp.end:
            return sp
    return None


def _romanised(words: str, text: str, end: int, close: int) -> bool:
    """A name in Latin letters: its words, then only a comma's remark or nothing
    before the bracket closes; no word an English one."""
    rest = text[end:close].strip()
    if rest and not rest.startswith(","):
        return False
    lex = lexicon()
    for w in words.replace("-", " ").split():
        low = w.lower()
        if len(low) > 1 and (is_word(low, lex) and frequent(low, lex)):
            return False
    return True
