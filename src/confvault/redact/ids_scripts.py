"""ID-like codes written with Cyrillic or Greek capitals, and numbers after "№" (session 19).

The ID detector (:mod:`.ids`) reads codes in Latin letters and digits. A bank's or an
office's reference in Russian, Ukrainian, Bulgarian, Serbian or Greek mixes its own
capitals with digits ("7781-КЛ-4402", "\u03a4\u0395/2024/0331"), and Russian papers number a
document after "№" ("серия 77 № 2401567890"). Each is as identifying as a Latin code.

Session 21 adds the ID labels of other scripts (for :mod:`.ids`, which takes a number in
ASCII digits after them, and here a number in the script's own digits), and a Chinese
mobile number written against the word before it.
"""

from __future__ import annotations

import re

from .model import Span
from .words import AMOUNT_AFTER

_CAPS = "0-9A-Z\u0400-\u042f\u0391-\u03a9"
# parts joined by "-" or "/", one of them holding a Cyrillic or Greek capital, four
# digits or more in all (not "ДТП-2" nor "ГОСТ 12")
_CODE = re.compile(
    rf"(?<![\w/-])(?=[{_CAPS}/-]*[\u0400-\u042f\u0391-\u03a9])"
    rf"(?=(?:[^\d\s]*\d){{4}})[{_CAPS}]+(?:[-/][{_CAPS}]+)+(?![\w/-])"
)
# what _CODE needs: a Cyrillic or Greek capital
_CODE_LETTER = re.compile("[\u0400-\u042f\u0391-\u03a9]")
# a document's number after "№" (five digits or more), with its series before it
_NUMBERED = re.compile(
    r"(?:(?i:серия|series|\u0441\u0435\u0440\.)[ \t]+\d{2}[ \t]?\d{0,2}[ \t]+)?"
    r"\u2116[ \t]*\d{5,}(?!\d)"
)


# an ID's label in another script (session 21): China's and Taiwan's identity card and
# passport, Korea's resident and foreigner registration numbers and passport, the Arab
# national number, identity, passport and residence permit, Iran's national code and
# birth certificate, Israel's teudat zehut and passport, Ethiopia's ID card, India's
# Aadhaar (as "आधार" alone is also "basis") and identity card, Japan's My Number,
# residence card and passport (not Thailand's personal number: its check digit
# decides, as the corpus's look-alikes need). ids.py takes a number after them.
SCRIPT_ID_LABELS = (
    "身份证|身分證|身份證|证件|护照|護照|"
    "주민등록번호|주민번호|외국인등록|여권|"
    "الرقم الوطني|الرقم القومي|الهوية|هوية|جواز|الإقامة|الاقامة|إقامة|"
    "کد ?ملی|كد ?ملی|شماره ملی|شناسنامه|"
    '\u05ea\u05e2\u05d5\u05d3\u05ea \u05d6\u05d4\u05d5\u05ea|\u05ea[."\u05f4]\u05d6|'
    "\u05de\u05e1\u05e4\u05e8 \u05d6\u05d4\u05d5\u05ea|\u05d3\u05e8\u05db\u05d5\u05df|"
    "መታወቂያ|आधार(?=[ \t]*(?:कार्ड|नंबर|नम्बर|संख्या|नं))|पहचान|"
    "マイナンバー|在留カード|旅券|パスポート|"
    # Georgia's personal number and ID card, Armenia's passport and social card number,
    # Bangladesh's NID, Pakistan's CNIC, Sri Lanka's NIC (Sinhala, Tamil), Greece's
    # AMKA, AFM and identity card, Mongolia's and Ukraine's tax and register numbers,
    # Kazakhstan's IIN (session 23)
    "პირადი ნომერი|პირადი №|პირადობის მოწმობა|անձնագիր|ՀԾՀ|"
    "জাতীয় পরিচয়পত্র|এনআইডি|شناختی کارڈ|ජාතික හැඳුනුම්පත|හැඳුනුම්පත|அடையாள அட்டை|"
    "\u0391\u039c\u039a\u0391|\u0391\u03a6\u039c|ταυτότητα|ταυτότητας|"
    "регистрийн дугаар|РНОКПП|ІПН|ИИН|ЖСН"
)
# a number in another script's digits after such a label ("کد ملی ۰۰۱۲۳۴۵۶۷۸", "رقم
# الهوية: ١٠٢٣٤٥٦٧٨٩"): ids.py reads ASCII digits only
_LABELLED_DIGITS = re.compile(
    rf"(?:{SCRIPT_ID_LABELS})[^\n\d]{{0,16}}?(?<![\d])(\d(?:[ \t-]?\d){{5,19}})(?![\d])"
)
_SCRIPTS = re.compile(
    "[\u0370-\u03ff\u0400-\u06ff\u0900-\u09ff\u0d80-\u0dff\u10a0-\u10ff\u1200-\u137f"
    "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)
# a Chinese mobile number written against the word before it ("她的电话是13812345678",
# "手机号13812345678"), where no word boundary stands
_CHINESE_MOBILE = re.compile(
    "(?:电话|電話|手机|手機|联系方式|聯繫方式|号码|號碼)(?:号码|號碼|号|號)?[是为為:\uff1a\\s]{0,3}"
    "(1[3-9]\\d{9})(?!\\d)"
)


def detect(text: str) -> list[Span]:
    """The codes above; an ASCII text holds none."""
    if text.isascii():
        return []
    found = (
        [Span(*m.span(), "ID", "pattern") for m in _CODE.finditer(text)]
        if _CODE_LETTER.search(text)  # (_CODE opens with look-arounds: tried everywhere)
        else []
    )
    if "\u2116" in text:
        found += [Span(*m.span(), "ID", "pattern") for m in _NUMBERED.finditer(text)]
    if _SCRIPTS.search(text):
        for m in _LABELLED_DIGITS.finditer(text):
            if not m.group(1).isascii() and not AMOUNT_AFTER.match(text, m.end(1)):
                found.append(Span(*m.span(1), "ID", "pattern"))
        found += [Span(*m.span(1), "PHONE", "pattern") for m in _CHINESE_MOBILE.finditer(text)]
    return found
