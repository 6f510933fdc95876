"""Names written in scripts without capital letters (session 21).

The name rules (:mod:`.names`) start from capitals, which Arabic, Persian, Hebrew,
Chinese, Korean, Ethiopic, Devanagari, Georgian and Armenian do not have. A note that
copies a form or a message in those scripts still names people the way each language
marks a name, and these rules take what that marking makes plain:

* the value after a name field: "الاسم: …", "نام: …", "姓名\uff1a…", "이름: …", "שם: …",
  "ስም: …", "नाम: …", "ФИО: …", "სახელი: …", "Անուն: …";
* one to three words after a title: Amharic "ወ/ሮ", "አቶ", "ዶ/ር"; Arabic "السيد",
  "السيدة", "الحاج"; Persian "آقای", "خانم"; Hebrew "מר", "גב\u05f3", "הרב"; Hindi "श्री",
  "श्रीमती"; Georgian "ბატონი", "ქალბატონი"; Armenian "պարոն", "տիկին";
* a Korean name (a surname and two syllables) before "씨" or "님" ("김은혜 씨");
* a Chinese surname, with up to two characters of given name, before a title
  ("王老师", "李秀英女士").

A title's words stop at a word the language uses between words ("في", "در", "של").
"""

from __future__ import annotations

import re

from .model import Span

# a letter, then letters and the marks that join them (vowel signs, viramas, nuqta,
# Hebrew points, the Arabic harakat; Ethiopic abbreviations use "/")
_MARKS = "\u0300-\u036f֑-ׇؐ-ًؚ-ٰٟऀ-ःऺ-ॏ॑-ॗॢॣঁ-ঃ়-ৗ"
WORD = rf"(?:[^\W\d_A-Za-z][^\W\d_A-Za-z{_MARKS}]*(?:[{_MARKS}][^\W\d_A-Za-z{_MARKS}]*)*)"

_FIELD = re.compile(
    r"(?<![^\W\d_])(?:الاسم|اسم|نام|"
    r"姓名|名前|氏名|이름|성명|שם|ስም|"
    r"नाम|ФИО|Имя|Ім'я|"
    r"სახელი|Անուն)"
    r"[ \t]*[:\uff1a][ \t]*"
    rf"({WORD}(?:[ \t]+{WORD}){{0,3}})"
)
_TITLE = re.compile(
    r"(?<![^\W\d_])(?:ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር|"
    r"السيدة?|الحاجة?|"
    r"آقای|خانم|"
    r"מר|גב['\u05f3]|גברת|הרב|"
    r"श्रीमती|श्री|सुश्री|"
    r"ქალბატონი?|ბატონი?|"
    r"պարոն|տիկին)"
    rf"[ \t]+({WORD}(?:[ \t]+{WORD}){{0,2}})"
)


def _words(text: str) -> list[str]:
    return text.split()


# the words between words that end a title's name (Arabic, Persian, Hebrew, Amharic,
# Hindi: in, from, to, on, with, and, that, of, is)
BETWEEN = frozenset(
    _words(
        "في من إلى الى على عن مع و "
        "قال قالت هو هي "
        "در از به با که را و هم گفت "
        "שהיא שהוא של עם את על אמר אמרה הוא היא "
        "ከ ጋር ነት ነን "
        "का की के ने को से में और है"
    )
)
_HANGUL_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송"
    "류전홍고문양손배백허유남심노하곽성차"
    "주우구민진나지엄채원천방공현함변염여"
    "추도소석선설마길연위표명기반왕금옥육"
)
_KOREAN = re.compile(
    rf"(?<![가-힣])([{_HANGUL_SURNAMES}][가-힣]{{2}})[ \t]?[씨님]"
    r"(?![가-힣]{2})"
)
# common single-character Chinese surnames (not those that are often a word before a
# title: "向" towards, "于" at, "新" new)
_HAN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林"
    "罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严"
    "陳張劉楊黃趙吳鄧謝許馬高"
)
_CHINESE = re.compile(
    rf"([{_HAN_SURNAMES}][一-鿿]{{0,2}}?)"
    r"(?=老师|老師|先生|女士|小姐|医生|醫生|"
    r"律师|律師|阿姨|警官|社工)"
)
_SPLIT = re.compile(r"\S+")
# a letter of a script above, Cyrillic's too (for "ФИО:"): accented Latin text, the
# most common non-ASCII, has none
_SCRIPTS = re.compile(
    "[\u0400-\u06ff\u0900-\u097f\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)
_HINT = re.compile(r"[԰-῿぀-ヿ一-鿿가-힣]")


def detect(text: str) -> list[Span]:
    """The names above; an ASCII text, or one only in Latin, Greek or Cyrillic
    letters, has none of these scripts' marks (Cyrillic fields excepted)."""
    if text.isascii() or not _SCRIPTS.search(text):
        return []
    out = [Span(*m.span(1), "NAME", "pattern") for m in _FIELD.finditer(text)]
    if not _HINT.search(text):
        return out
    for m in _TITLE.finditer(text):
        end = 0
        for w in _SPLIT.finditer(text, m.start(1), m.end(1)):
            if w.group() in BETWEEN:
                break
            end = w.end()
        if end:
            out.append(Span(m.start(1), end, "NAME", "pattern"))
    out += [Span(*m.span(1), "NAME", "pattern") for m in _KOREAN.finditer(text)]
    out += [Span(*m.span(1), "NAME", "pattern") for m in _CHINESE.finditer(text)]
    return out
