"""Names written in scripts without capital letters (session 21).

The name rules (:mod:`.names`) start from capitals, which Arabic, Persian, Hebrew,
Chinese, Korean, Ethiopic, Devanagari, Georgian and Armenian do not have. A note that
copies a form or a message in those scripts still names people the way each language
marks a name, and these rules take what that marking makes plain:

* the value after a name field: "الاسم: …", "نام و نام خانوادگی: …", "姓名\uff1a…",
  "이름: …", "שם מלא: …", "ስም: …", "नाम: …", "ФИО: …", "სახელი: …", "Անուն: …";
* one to three words after a title that names a person and nothing else: Amharic
  "ወ/ሮ", "አቶ", "ዶ/ር"; Arabic "السيد", "السيدة", "الأستاذ", "الدكتور" (also joined to
  "و", "ب", "لل"); Persian "آقای", Urdu "جناب", Bengali "জনাব"; Hebrew "מר", "גב\u05f3",
  "הרב" (also joined to "and", "in", "to"); Hindi "श्रीमती", "सुश्री"; Tamil "திரு."
  (one word: Tamil puts its verb next); Georgian "ბატონი", "ქალბატონი"; Armenian
  "պարոն", "տիկին";
* a Korean name (a surname and two syllables) before "씨" or "님", with a particle
  after it or none ("김은혜 씨에게"; not "변호사님", a lawyer, nor "씨앗", seeds).

Left out after the session's hostile review: a title that is also an everyday word
(Arabic "الحاجة", the need; Persian "خانم", a lady or a wife; Hindi "श्री", said of
gods: "जय श्री राम"), and a Chinese surname before a title ("周医生" reads the same
as "上周医生", last week the doctor). A title's words stop at a word the language uses
between words or to describe ("في", "در", "של", "كل", "المسيح").
"""

from __future__ import annotations

import re

from . import georgian
from .model import Span
from .wordlist import wordlist

# a letter, then letters and the marks that join them (vowel signs, viramas, nuqta,
# Hebrew points, the Arabic harakat)
_MARKS = (
    "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903"
    "\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0bbe-\u0bcd"
)
WORD = rf"(?:[^\W\d_A-Za-z][^\W\d_A-Za-z{_MARKS}]*(?:[{_MARKS}][^\W\d_A-Za-z{_MARKS}]*)*)"

_FIELD = re.compile(
    r"(?<![^\W\d_])(?:الاسم الكامل|الاسم الثلاثي|الاسم|اسم|"
    r"نام و نام خانوادگی|نام کامل|نام|"
    r"姓名|名字|名前|氏名|이름|성명|성함|"
    "\u05e9\u05dd \u05de\u05dc\u05d0|\u05e9\u05dd \u05e4\u05e8\u05d8\u05d9|\u05e9\u05dd|"
    r"ስም|नाम|ФИО|Имя|Ім'я|სახელი|Անուն)"
    r"[ \t]*[:\uff1a][ \t]*"
    rf"({WORD}(?:[ \t]+{WORD}){{0,3}})"
)
_TITLE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"ወ/ሮ|ወ/ሪት|አቶ|ዶ/ር|"
    r"[وفب]?ال(?:سيدة?|أستاذة?|دكتورة?)|[وف]?لل(?:سيدة?|أستاذة?|دكتورة?)|"
    r"آقای|جناب|জনাব|"
    "[\u05d5\u05d1\u05dc]?(?:\u05de\u05e8|\u05d2\u05d1['\u05f3]|\u05d2\u05d1\u05e8\u05ea|\u05d4\u05e8\u05d1)|"
    r"श्रीमती|सुश्री|திரு\.|"
    r"ქალბატონი?|ბატონი?|ქალბატონო|ბატონო|"
    r"պարոն|տիկին)"
    rf"[ \t]+({WORD}(?:[ \t]+{WORD}){{0,2}})"
)


# the words that end a title's name: between words (in, from, to, on, with, and, that,
# of, is, said, all, my, very, also, only ...), describing ("big", "new", "main",
# "long"), or a title's everyday sense ("السيد المسيح", the Lord Jesus); Arabic,
# Persian, Hebrew (escaped), Amharic and Hindi
BETWEEN = frozenset(
    wordlist(
        "في من إلى الى على عن مع و قال قالت هو هي كل الآن اليوم الله المسيح العذراء الرئيس "
        "صيفي صيفية صغير صغيرة كبير كبيرة جديد جديدة قديم قديمة بعيد بعيدة قريب قريبة "
        "الرئيسي الرئيسية "
        "در از به با که را و هم گفت ما شما من تو او خودش خودم خودمان شلوغ امن بزرگ کوچک "
        "اصلی خلوت جدید قدیمی "
        "\u05e9\u05d4\u05d9\u05d0 \u05e9\u05d4\u05d5\u05d0 \u05e9\u05dc \u05e2\u05dd "
        "\u05d0\u05ea \u05e2\u05dc \u05d0\u05de\u05e8 \u05d0\u05de\u05e8\u05d4 "
        "\u05d4\u05d5\u05d0 \u05d4\u05d9\u05d0 \u05db\u05dc \u05dc\u05d9 \u05dc\u05d5 "
        "\u05dc\u05d4 \u05de\u05d0\u05d5\u05d3 \u05e9\u05dc\u05d9 \u05e9\u05dc\u05d5 "
        "\u05e9\u05dc\u05d4 \u05e9\u05dc\u05e0\u05d5 \u05d2\u05dd \u05e8\u05e7 "
        "\u05e2\u05d5\u05d3 \u05dc\u05d0 \u05db\u05df \u05d6\u05d4 \u05d6\u05d0\u05ea "
        "\u05d0\u05e8\u05d5\u05da \u05d0\u05e8\u05d5\u05db\u05d4 \u05d7\u05e9\u05d5\u05da "
        "\u05e8\u05d0\u05e9\u05d9 \u05e9\u05e7\u05d8 \u05de\u05e6\u05d5\u05e7\u05d4 "
        "\u05e7\u05d8\u05df \u05d2\u05d3\u05d5\u05dc \u05d7\u05d3\u05e9 \u05d9\u05e9\u05df "
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
# a surname and two syllables (not a job ending in 사, 장, 관: "변호사님", a lawyer,
# "이사장님"), "씨" or "님", then a particle or no more Hangul ("씨앗", seeds, stays)
_KOREAN = re.compile(
    rf"(?<![가-힣])([{_HANGUL_SURNAMES}][가-힣](?<![사장관])[가-힣](?<![사장관]))[ \t]?[씨님]"
    r"(?:께서|에게|한테|가|는|를|의|도|께|랑|과|와|이|은|을)?(?![가-힣])"
)
# a Japanese name before an honorific (session 23), in two forms only, as Japanese
# writes no blank to tell where a name starts:
# * a family name (one to three Han), a blank, a given name (one to four Han or kana),
#   then "様", "さん", "さま" or "氏" ("北川 ふみ子 様"), as a letter or a form gives it;
# * one to three Han, then katakana or nothing, then "さん", "ちゃん" or "くん", where a
#   blank, a bracket, punctuation or "の" stands before it and no kana after it except
#   a particle ("川村ミカさん (45)", "元作業員の渡辺さん、"; not "ちゃんと", properly).
# A hostile review showed the first draft taking "本人は薬をちゃんと", "同様", "彼氏" and
# roles ("運転手さん"): hiragana, "様" and "氏" are left out of the second form, and a
# role's or a relative's last character before the honorific makes it no name.
_JAPANESE_NAME = re.compile(
    "(?:(?<![\u3040-\u30ff\u4e00-\u9fff\u3005])|(?<=\u306e))(?:"
    "([\u4e00-\u9fff\u3005]{1,3}[ \u3000][\u3040-\u30ff\u4e00-\u9fff\u3005]{1,4})"
    "[ \u3000]?(?:\u69d8|\u3055\u3093|\u3055\u307e|\u6c0f)(?![\u4e00-\u9fff\u3005])"
    "|([\u4e00-\u9fff\u3005]{1,3}[\u30a1-\u30fa\u30fc]{0,4})"
    "(?:\u3055\u3093|\u3061\u3083\u3093(?!\u3068)|\u304f\u3093)"
    "(?![\u4e00-\u9fff\u3005\u30a0-\u30ff]|[\u3040-\u309f](?<![\u304c\u306f\u306b\u306e\u3082\u3092\u3078\u3068\u3067]))"
    ")"
)
# (second form) a role's, a relative's or a thing's last character: "運転手さん", "主治医さん",
# "先輩", "姉さん", "赤ちゃん", "お客さん"
_NOT_NAME_ENDS = frozenset("手員官師士者医輩僚司人達当付護父母姉兄弟妹赤神王客長")
_KANA = re.compile("[\u3040-\u30ff]")  # (both forms end in kana)
_SPLIT = re.compile(r"\S+")
# a letter of a script above, Cyrillic's too (for "ФИО:"): accented Latin text, the
# most common non-ASCII, has none
_SCRIPTS = re.compile(
    "[\u0400-\u06ff\u0900-\u09ff\u0b80-\u0bff\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff"
    "\u4e00-\u9fff\uac00-\ud7a3]"
)
_TITLE_HINT = re.compile("[\u0530-\u06ff\u0900-\u09ff\u0b80-\u0bff\u10a0-\u10ff\u1200-\u137f]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def name_end(text: str, start: int, end: int, one: bool = False) -> int:
    """Where the name in ``text[start:end]`` (words after a title or a kind's word) ends:
    before the first word of BETWEEN; 0 when it opens with one. ``one``: a word at most."""
    last = 0
    for w in _SPLIT.finditer(text, start, end):
        if w.group() in BETWEEN:
            break
        last = w.end()
        if one:
            break
    return last


def detect(text: str) -> list[Span]:
    """The names above; an ASCII text, or one only in Latin or Greek letters, has
    none."""
    if text.isascii() or not _SCRIPTS.search(text):
        return []
    out = [Span(*m.span(1), "NAME", "pattern") for m in _FIELD.finditer(text)]
    if _TITLE_HINT.search(text):
        for m in _TITLE.finditer(text):
            # (Tamil puts its verb next: "திரு. முருகன் வந்தார்", one word)
            end = name_end(text, m.start(1), m.end(1), m.group().startswith("\u0ba4"))
            if end:
                out.append(Span(m.start(1), end, "NAME", "pattern"))
    if _HANGUL.search(text):
        out += [Span(*m.span(1), "NAME", "pattern") for m in _KOREAN.finditer(text)]
    out += georgian.detect(text)
    if _KANA.search(text):
        for m in _JAPANESE_NAME.finditer(text):
            if m.group(1):  # a family name and a given name, with a blank between
                out.append(Span(*m.span(1), "NAME", "pattern"))
            elif m.group(2)[-1] not in _NOT_NAME_ENDS:
                out.append(Span(*m.span(2), "NAME", "pattern"))
    return out
