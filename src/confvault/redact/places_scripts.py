"""Streets, neighbourhoods and addresses written in scripts without capitals (session 21).

The place rules start from capitals (a place's name) or from a street's number and
type in Latin letters. In other scripts a note still names a place by the word for
its kind, and an address by its own marks:

* the name after a street's, a neighbourhood's, a camp's or a village's word: Arabic
  "شارع", "حي ال…", "مخيم", "قرية"; Persian "خیابان", "کوچه", "محله", "روستای",
  "میدان"; Hebrew "רחוב", "שכונת", "קיבוץ"; Amharic "ቀበሌ", "ወረዳ"; Thai "ตำบล",
  "อำเภอ", "จังหวัด", "หมู่บ้าน"; a house number after Thai "บ้านเลขที่";
* a Chinese or Japanese address's numbered parts: a road and its number ("解放路
  12号"), a building, unit and room ("3栋 502", "2单元"), Japanese blocks ("1丁目2番
  3号"); a Korean road name and number ("세종대로 110", "테헤란로 5길 12") and a flat's
  building and number ("103동 502호").

The kind's word stays ("شارع [ADDRESS]"), so a supervisor still reads that it was a
street; a name stops at a word that joins words ("في", "در", "של"), as in
:mod:`.names_scripts`.
"""

from __future__ import annotations

import re

from .model import Span
from .names_scripts import BETWEEN, WORD

# a kind's word, then one or two words of its name (Arabic neighbourhoods by their
# article: "حي السلم", not "حي يرزق", "alive")
_KIND = re.compile(
    r"(?<![^\W\d_])(?:"
    "شارع|حي(?=[ \\t]+ال)|مخيم|قرية|"
    "خیابان|کوچه|محله|روستای|میدان|"
    "רחוב|רח['\u05f3]|שכונת|קיבוץ|"
    "ቀበሌ|ወረዳ"
    rf")[ \t]+({WORD}(?:[ \t]+{WORD})?(?:[ \t]+\d{{1,4}}(?![\d.,:/]))?|\d{{1,3}}(?![\d.,:/]))"
)
# Thai: a subdistrict, district, province or village, written against its name
_THAI = re.compile(
    "(?:ตำบล|อำเภอ|จังหวัด|หมู่บ้าน)[ \\t]?([\u0e01-\u0e4e]{2,})|บ้านเลขที่[ \\t]?(\\d+(?:/\\d+)?)"
)
# CJK: a road and its number, a building, unit or room, Japanese blocks, Korean roads
_CJK_ADDRESS = re.compile(
    "[\u4e00-\u9fff]{1,4}(?:路|街|巷|大道|弄)[ \\t]?\\d+[ \\t]?号"
    "(?:[ \\t]?\\d+[ \\t]?(?:栋|幢|单元|室|楼))*"
    "|\\d+[ \\t]?(?:栋|幢)(?:[ \\t]?\\d+[ \\t]?(?:单元|室|号))?"
    "(?:[ \\t]?\\d+(?!\\d)(?![.,]\\d))?"
    "|\\d+[ \\t]?丁目(?:[ \\t]?\\d+[ \\t]?番(?:地)?)?(?:[ \\t]?\\d+[ \\t]?号)?"
    "|[가-힣]{1,8}(?<!으)(?:로|길)(?:[ \\t]?\\d+(?:번)?길)?[ \\t]\\d+(?:-\\d+)?"
    "(?!\\d)(?![.,]\\d)(?![가-힣])"
    "|\\d+[ \\t]?동[ \\t]?\\d+[ \\t]?호"
)
_AREA = re.compile("[省市区县镇乡村]|街道")  # province, city, district, county, town, village
_HINT = re.compile(
    "[\u0590-\u06ff\u0e00-\u0e7f\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)


def detect(text: str) -> list[Span]:
    """The places and addresses above; an ASCII text, or one in Latin, Greek or
    Cyrillic letters only, has none."""
    if text.isascii() or not _HINT.search(text):
        return []
    out = []
    for m in _KIND.finditer(text):
        end = 0
        for w in _SPLIT.finditer(text, m.start(1), m.end(1)):
            if w.group() in BETWEEN:
                break
            end = w.end()
        if end:
            out.append(Span(m.start(1), end, "LOCATION", "pattern", None, "ADDRESS"))
    for m in _THAI.finditer(text):
        g = m.lastindex or 1
        out.append(Span(m.start(g), m.end(g), "LOCATION", "pattern", None, "ADDRESS"))
    for m in _CJK_ADDRESS.finditer(text):
        out.append(
            Span(_area_before(text, m.start()), m.end(), "LOCATION", "pattern", None, "ADDRESS")
        )
    return out


def _area_before(text: str, start: int) -> int:
    """Where a Chinese address starts: the run of characters before its road or
    building that names a province, city, district, town or village ("龙华区民治街道
    白石龙村 3栋 502", "北京市朝阳区建国路88号"); else ``start``."""
    i = start - 1 if start >= 2 and text[start - 1] == " " else start
    j = i
    while j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff":
        j -= 1
    return j if j < i and _AREA.search(text, j, i) else start


_SPLIT = re.compile(r"\S+")
