"""An age over 89 spelled out in another language (session 19).

Written from what each language says, not from any note: the words for ninety-something
in some forty languages, and for a hundred. A number so spelled is an age when:

* a digit age sits beside it, before or after ("novantatré — 93", "she's noventa y seis
  (96)", "he's 96 — 'tish'im ve'shesh'"): both are the age;
* a word for years follows it ("to'qson besh yoshda", "cien años", "hundrað ár"): a
  hundred only when the text also holds the age in digits ("turns 100 ... '¡cien años!'"),
  since "cien años" alone is as often a century;
* it follows "is", "she's", "he's" or a pronoun's "is" of those languages ("ей девяносто
  четыре").

Spelled English ages are :mod:`.ages`' and :mod:`.dates_extra`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cues import indexes, lowered_alike
from .model import Span
from .screens import any_of

# ninety-something: the tens word with its unit, in each language's own order
_NINETY = (
    r"novant(?:a|uno|adue|atr[ée]|aquattro|acinque|asei|asette|otto|anove)"  # Italian
    r"|noventa(?:[ \t]+[ye][ \t]+[^\W\d_]+)?"  # Spanish, Portuguese
    r"|quatre-vingt-(?:dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|quinze|seize)"
    r"|nonante(?:-[^\W\d_]+)?"  # French, Belgian and Swiss French
    r"|katreven-(?:dis?|onz|douz|tr[èe]z|kat[òo]z|kenz|s[èe]z|dis[èe]t|dizuit|dizn[èe]f)"
    r"|to['\u2019\u2018]?qson(?:[ \t]+[^\W\d_]+)?"  # Uzbek
    r"|doksan(?:[ \t]+[^\W\d_]+)?|тоқсан(?:[ \t]+[^\W\d_]+)?"  # Turkish, Kazakh
    r"|tis['\u2019]?a?[ie]e?n(?:[ \t]+w[ae]?[ \t]+[^\W\d_]+)?"  # Arabic, transliterated
    r"|(?:[^\W\d_]+[ \t]+w[ae]?[ \t]+)?tis['\u2019]?a?[ie]e?n"
    r"|(?:\u0648?[^\W\d_]+[ \t]+\u0648)?\u062a\u0633\u0639(?:\u064a\u0646|\u0648\u0646)"
    r"(?:[ \t]+\u0648[^\W\d_]+)?"  # Arabic
    r"|дев['\u2019]?[яь]?ност[\u043e\u0430](?:[ \t]+[^\W\d_]+)?"  # Russian, Ukrainian
    r"|\u05ea\u05e9\u05e2\u05d9\u05dd(?:[ \t]+\u05d5[^\W\d_]+)?"  # Hebrew
    r"|n[íi]ut[íij][ug]?u?(?:[ \t]+og[ \t]+[^\W\d_]+)?"  # Faroese, Icelandic
    r"|[^\W\d_]*halvfems|nitti(?:o)?[^\W\d_]*"  # Danish; Norwegian, Swedish
    r"|[^\W\d_]*neunzig|[^\W\d_]*negentig"  # German, Dutch
    r"|yhdeksänkymmentä[^\W\d_]*"  # Finnish
    r"|dziewi[ęe][ćc]dziesi[ąa]t(?:[ \t]+[^\W\d_]+)?"  # Polish
    r"|devades[áa]t[^\W\d_]*|dev[äa][ťt]desiat[^\W\d_]*"  # Czech, Slovak
    r"|ενενήντα(?:[ \t]+[^\W\d_]+)?"  # Greek
    r"|nou[ăa]zeci(?:[ \t]+[șşs]i[ \t]+[^\W\d_]+)?"  # Romanian
    r"|tisini(?:[ \t]+na[ \t]+[^\W\d_]+)?"  # Swahili
    r"|sembilan[ \t]+puluh(?:[ \t]+[^\W\d_]+)?"  # Indonesian, Malay
    r"|siyamnapu(?:['\u2019]t[ \t]+[^\W\d_]+)?"  # Tagalog
    r"|ch[íi]n[ \t]+m[ưu][ơo]i(?:[ \t]+[^\W\d_]+)?"  # Vietnamese
    r"|sagaashan|naw[ \t]+deg(?:[ \t]+[^\W\d_]+)?"  # Somali, Welsh
    r"|(?:[^\W\d_]+[ \t]+(?:bliana|mbliana)[ \t]+is[ \t]+)?n[óo]cha"  # Irish
    r"|\u4e5d\u5341[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d]?"  # Chinese, Japanese
    r"|\uc544\ud754|\uad6c\uc2ed"  # Korean
)
# a hundred
_HUNDRED = (
    r"cien|cem|cento|cent|hundert|honderd|hundra[ðd]|hundrede|hundra|hundre|sata|сто|"
    r"\u05de\u05d0\u05d4|mi['\u2019]a|miyya|y[üu]z|seratus|sandaang|m[ộo]t[ \t]+tr[ăa]m|san"
)
# years, after the number
_YEARS = (
    r"años|anos|anni|ans|ani|jahre|jaar|[áaå]r|vuotta|lat|let|лет|года|років|ετών|χρονών|"
    r"ya[şs][\u0131i]nda|yosh[^\W\d_]*|tahun|taon|tu[ổo]i|sana|\u0639\u0627\u0645\u0627|"
    r"\u0633\u0646\u0629|\u05e9\u05e0\u05d4|\u05e9\u05e0\u05d9\u05dd"
)
_OPEN = r"[ \t]*[\u2013\u2014-]?[ \t]*[\"'\u201c\u2018\u00ab(\u00a1]*[ \t]*"
_CLOSE = r"[!\u00a1]?[\"'\u201d\u2019\u00bb]*,?[ \t]*[\u2013\u2014-]?[ \t]*\(?[ \t]*"

_SPELLED_THEN_DIGITS = re.compile(
    rf"(?i)(?<![\w-])({_NINETY})(?:[ \t]+(?:{_YEARS}|an))?(?![\w-]){_CLOSE}(9\d|1[01]\d)(?!\d)"
)
_DIGITS_THEN_SPELLED = re.compile(
    rf"(?i)(?<![\d.,])(9\d|1[01]\d)(?!\d)(?:[ \t]+(?:{_YEARS}))?{_OPEN}({_NINETY})(?![\w-])"
)
_NINETY_YEARS = re.compile(rf"(?i)(?<![\w-])({_NINETY})[ \t]+(?:{_YEARS})(?![\w-])")
# (tried only where a hundred's word starts: the checks at the foot of the module)
_HUNDRED_YEARS = re.compile(rf"(?i)(?:{_HUNDRED})[ \t]+(?:{_YEARS})(?![\w-])")
_IS_SPELLED = re.compile(
    r"(?i)(?:\b(?:is|she['\u2019]s|he['\u2019]s|è|es|ей|ему|elle[ \t]+a|il[ \t]+a)"
    rf"){_OPEN}({_NINETY})(?![\w-])"
)
# where each rule can start, lower-cased: substring tests say whether a ninety or a
# hundred can be there (one pattern of them all, tried at every letter, cost about 80 us
# of a 1 KB note's 2,000: session 19's review)
_NINETY_STEMS = (
    "novant", "noventa", "vingt-", "nonante", "katreven", "qson", "doksan", "tisini", "niut",
    "halvfems", "nitti", "neunzig", "negentig", "dziewi", "devades", "desiat", "nouazeci",
    "sembilan", "siyamnapu", "muoi", "sagaashan", "naw", "nocha",
)  # fmt: skip
# (each with a letter beyond ASCII)
_NINETY_STEMS_BEYOND_ASCII = (
    "\u0442\u043e\u049b\u0441\u0430\u043d", "\u062a\u0633\u0639", "\u043d\u043e\u0441\u0442",
    "\u05ea\u05e9\u05e2\u05d9\u05dd", "n\u00edut", "yhdeks\u00e4nkym",
    "\u03b5\u03bd\u03b5\u03bd\u03ae\u03bd\u03c4\u03b1", "nou\u0103zeci", "m\u01b0\u01a1i",
    "m\u01b0oi", "mu\u01a1i", "n\u00f3cha", "\u4e5d\u5341", "\uc544\ud754", "\uad6c\uc2ed",
)  # fmt: skip
_HUNDRED_STEMS = (
    "cien", "cem", "cent", "hund", "honderd", "sata", "\u0441\u0442\u043e",
    "\u05de\u05d0\u05d4", "mi'a", "mi\u2019a", "miyya", "y\u00fcz", "yuz", "seratus", "san",
    "m\u1ed9t", "mot",
)  # fmt: skip
# (all of them in one search, session 22: those beyond ASCII cannot be in an ASCII text,
# so the search costs no more for them)
_NINETY_STEM = any_of(_NINETY_STEMS + _NINETY_STEMS_BEYOND_ASCII)
# the Arabic ninety written in Latin letters: a pattern that opens with its letters is
# found as fast as a substring (not "tise" alone: "expertise")
_TIS = re.compile(r"tis['\u2019]?a?[ie]e?n")
# a number from 90 to 119 (a screen for _DIGIT_AGE, which says it exactly)
_NINETY_TO_119 = re.compile(r"[19](?<!\d(?s:.))(?:(?<=9)\d|(?<=1)[01]\d)(?!\d)")
_DIGIT_AGE = re.compile(r"(?<![\d.,])(?:9\d|1[01]\d)(?![\d.,]\d)")


def detect(text: str, low: str, old: bool = True) -> list[Span]:
    """The spelled ages above; ``low``: ``text.lower()``; ``old``: False if the text
    holds no number from 90 to 139 (as :data:`.ages._OLD` finds them), when known."""
    found: list[Span] = []
    if _NINETY_STEM(low) or _TIS.search(low):
        for m in _SPELLED_THEN_DIGITS.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
            found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
        for m in _DIGITS_THEN_SPELLED.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
            found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
        for m in _NINETY_YEARS.finditer(text):
            found.append(Span(m.start(1), m.end(), "AGE", "pattern"))
        for m in _IS_SPELLED.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    # a hundred only when the text holds the age in figures ("cien años" alone is as
    # often a century as an age)
    if old and _NINETY_TO_119.search(text) and _DIGIT_AGE.search(text):
        found.extend(_hundreds(text, low))
    return found


def _hundreds(text: str, low: str) -> list[Span]:
    """_HUNDRED_YEARS where a hundred's word starts (not inside a word, nor after a
    hyphen; after a quote's apostrophe it may: "'hundrað ár'"), each after the last."""
    starts: Iterable[int] = range(len(text))  # (every place, when lowering is no guide)
    if lowered_alike(text, low):
        starts = sorted(i for stem in _HUNDRED_STEMS for i in indexes(low, stem))
    out: list[Span] = []
    end = 0
    for i in starts:
        if i < end or (i and (text[i - 1].isalnum() or text[i - 1] in "_-")):
            continue
        m = _HUNDRED_YEARS.match(text, i)
        if m is not None:
            out.append(Span(i, m.end(), "AGE", "pattern"))
            end = m.end()
    return out
