"""Dates written with a month's name in another script (session 21).

Notes from multilingual work copy a date as the person or a letter gave it: "14 رجب
1408" (Hijri, Arabic script), "۲۵ مهر ۱۴۰۱" (Persian), "כ״ח בשב\u05d8" (Hebrew, with the
day in Hebrew letters), "ጥቅምት 12 ቀን 2017 ዓ.ም" (Ethiopian), "२०८१ पुस १२ गते" (Nepali),
"մարտի 5-ին" (Armenian), "5 მარტს" (Georgian), "১২ মার্চ ২০২৪" (Bengali). The month
tables below are the calendars' own (Gregorian months as Arabic, Levantine, Persian,
Urdu, Hebrew, Hindi, Nepali, Bengali, Tamil and Georgian write them; the Hijri, solar
Hijri, Hebrew, Ethiopian, Bikram Sambat and Bengali calendars' months).

A month counts only beside a day (1-31, in any script's digits) or a four-digit year,
so "مهر" (a seal), "تیر" (an arrow) or "אב" (a father) alone stay. Digits of every
script are ``\\d`` to Python, and ``int()`` reads them.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Span
from .wordlist import wordlist

_MONTH_WORDS = wordlist(
    # Arabic: Gregorian (Egypt and the Gulf; the Levant and Iraq), then Hijri
    "يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس "
    "سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
    "كانون_الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول "
    "تشرين_الأول تشرين_الاول تشرين_الثاني كانون_الأول كانون_الاول "
    "محرم صفر ربيع_الأول ربيع_الاول ربيع_الثاني ربيع_الآخر ربيع_الاخر جمادى_الأولى "
    "جمادى_الاولى جمادى_الآخرة جمادى_الاخرة جمادى_الثانية رجب شعبان رمضان شوال "
    "ذو_القعدة ذي_القعدة ذو_الحجة ذي_الحجة "
    # Persian: Gregorian months as Iran writes them (the solar Hijri months below)
    "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر "
    # Urdu
    "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر "
    # Ethiopic: Amharic and Tigrinya
    "መስከረም ጥቅምት ጥቅምቲ ኅዳር ህዳር ኀዳር ሕዳር ታኅሣሥ ታህሳስ ታሕሳስ ጥር ጥሪ የካቲት ለካቲት "
    "መጋቢት ሚያዝያ ሚያዚያ ግንቦት ሰኔ ሰነ ሐምሌ ሓምለ ነሐሴ ነሃሴ ነሓሰ ጳጉሜ ጳጉሜን "
    # Devanagari: Bikram Sambat, then Gregorian months in Hindi and Nepali
    "बैशाख वैशाख जेष्ठ असार आषाढ साउन श्रावण भदौ भाद्र असोज आश्विन कात्तिक कार्तिक "
    "मंसिर मङ्सिर मार्गशीर्ष पुस पौष माघ फागुन फाल्गुन चैत चैत्र "
    "जनवरी फरवरी फ़रवरी फेब्रुअरी मार्च अप्रैल अप्रिल मई जून जुन जुलाई अगस्त अगस्ट सितंबर "
    "सितम्बर सेप्टेम्बर अक्टूबर अक्तूबर अक्टोबर नवंबर नवम्बर नोभेम्बर दिसंबर दिसम्बर डिसेम्बर "
    # Bengali: Gregorian, then the Bengali calendar
    "জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর "
    "অক্টোবর নভেম্বর ডিসেম্বর বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ "
    "মাঘ ফাল্গুন চৈত্র "
    # Tamil
    "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் "
    # Gregorian months in more scripts of South and South-East Asia (session 23):
    # Kannada, Telugu, Gujarati, Malayalam, Gurmukhi, Odia, Sinhala, Thai (with its
    # short forms), Lao, Burmese and Khmer
    "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್ "
    "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై జులై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్ "
    "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ ઓગસ્ટ સપ્ટેમ્બર ઑક્ટોબર ઓક્ટોબર "
    "નવેમ્બર ડિસેમ્બર "
    "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് ആഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ "
    "നവംബർ ഡിസംബർ "
    "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ "
    "ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମଇ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର "
    "ජනවාරි පෙබරවාරි මාර්තු අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් "
    "නොවැම්බර් දෙසැම්බර් "
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค. "
    "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ "
    "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် သြဂုတ် စက်တင်ဘာ အောက်တိုဘာ "
    "နိုဝင်ဘာ ဒီဇင်ဘာ "
    "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ "
    # Armenian, alone and in the genitive
    "հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր "
    "նոյեմբեր դեկտեմբեր հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի "
    "սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
)
# Hebrew, escaped (its letters look like Latin ones): the Hebrew calendar's months
# (Tishrei, Cheshvan, Marcheshvan, Kislev, Tevet, Shevat, Adar, Nisan, Iyar, Sivan,
# Tammuz, Av, Elul), then the Gregorian ones, January to December
_HEBREW_MONTHS = (
    "\u05ea\u05e9\u05e8\u05d9", "\u05d7\u05e9\u05d5\u05d5\u05df", "\u05d7\u05e9\u05d5\u05df",
    "\u05de\u05e8\u05d7\u05e9\u05d5\u05d5\u05df", "\u05de\u05e8\u05d7\u05e9\u05d5\u05df",
    "\u05db\u05e1\u05dc\u05d5", "\u05db\u05e1\u05dc\u05d9\u05d5", "\u05d8\u05d1\u05ea",
    "\u05e9\u05d1\u05d8", "\u05d0\u05d3\u05e8", "\u05e0\u05d9\u05e1\u05df",
    "\u05d0\u05d9\u05d9\u05e8", "\u05e1\u05d9\u05d5\u05d5\u05df", "\u05e1\u05d9\u05d5\u05df",
    "\u05ea\u05de\u05d5\u05d6", "\u05d0\u05d1", "\u05d0\u05dc\u05d5\u05dc",
    "\u05d9\u05e0\u05d5\u05d0\u05e8", "\u05e4\u05d1\u05e8\u05d5\u05d0\u05e8", "\u05de\u05e8\u05e5",
    "\u05de\u05e8\u05e1", "\u05d0\u05e4\u05e8\u05d9\u05dc", "\u05de\u05d0\u05d9",
    "\u05d9\u05d5\u05e0\u05d9", "\u05d9\u05d5\u05dc\u05d9", "\u05d0\u05d5\u05d2\u05d5\u05e1\u05d8",
    "\u05e1\u05e4\u05d8\u05de\u05d1\u05e8", "\u05d0\u05d5\u05e7\u05d8\u05d5\u05d1\u05e8",
    "\u05e0\u05d5\u05d1\u05de\u05d1\u05e8", "\u05d3\u05e6\u05de\u05d1\u05e8",
)  # fmt: skip
# the solar Hijri months, also written with "ماه" (month) after them, joined or not
_PERSIAN_MONTHS = wordlist(
    "فروردین اردیبهشت خرداد تیر مرداد امرداد شهریور مهر آبان آذر دی بهمن اسفند"
)
# months that are also everyday words ("تیر" a bullet, "دی" the letter D, "آب" water,
# "مهر" a seal, "صفر" zero, "نيسان" and Hebrew Nisan a car, "אב" a father, "مه" fog,
# "جون" a name): a date only with a day before them and a year after
_AMBIGUOUS = frozenset(
    [
        "تیر",
        "دی",
        "آب",
        "مهر",
        "صفر",
        "نيسان",
        "\u05e0\u05d9\u05e1\u05df",
        "\u05d0\u05d1",
        "مه",
        "جون",
        "مئی",
    ]
)
# Georgian months take case endings ("მარტს", "მარტში"): their stems, an ending after
_GEORGIAN_STEMS = (
    "იანვარ თებერვალ მარტ აპრილ მაის ივნის ივლის აგვისტო სექტემბერ ოქტომბერ ნოემბერ დეკემბერ"
)
# (from, until, of, in, by, and the plain forms: "მარტიდან", "მარტამდე", "მარტში")
_GEORGIAN_ENDINGS = "(?:იდან|ამდე|ისა|ის|ში|ით|ი|ს)?"
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
# "ماه" (month) after a solar Hijri month, joined or not
_PERSIAN_TAIL = "(?:[ \\t]?\u0645\u0627\u0647)?"


def _alternation() -> str:
    """The months, longest first, as one alternation grouped by first character.

    Each group keeps its months in that order (so the same month matches), and the
    pattern opens with a character class: the regex engine skips to those characters
    instead of trying some 300 months at every position (session 22)."""
    months: list[tuple[str, list[tuple[str, str]]]] = []  # (pattern, first + rest)
    for w in (*_MONTH_WORDS, *_HEBREW_MONTHS):
        w = w.replace("_", " ")
        if _HEBREW.match(w):  # "בשב\u05d8", "במרץ" (no Hebrew month starts with ב or ל)
            rest = re.escape(w[1:])
            starts = [("\u05d1", re.escape(w)), ("\u05dc", re.escape(w)), (w[0], rest)]
            months.append((f"[\u05d1\u05dc]?{re.escape(w)}", starts))
        else:
            months.append((re.escape(w), [(w[0], re.escape(w[1:]))]))
    # (these three written as they are: letters only)
    for w in _PERSIAN_MONTHS:
        months.append((w + _PERSIAN_TAIL, [(w[0], w[1:] + _PERSIAN_TAIL)]))
    for w in _MONTH_WORDS:
        if "\u0561" <= w[0] <= "\u0587":
            months.append((w[0].upper() + w[1:], [(w[0].upper(), w[1:])]))
    # (the case endings themselves: not "მარტივი", simple, nor "მარტო", alone)
    for stem in _GEORGIAN_STEMS.split():
        months.append((stem + _GEORGIAN_ENDINGS, [(stem[0], stem[1:] + _GEORGIAN_ENDINGS)]))
    groups: dict[str, list[str]] = {}
    for _, starts in sorted(months, key=lambda m: len(m[0]), reverse=True):
        for first, rest in starts:
            groups.setdefault(first, []).append(rest)
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH = re.compile(_alternation())
# a day before the month: in figures, with an Armenian ending ("5-ին"); or, before a
# Hebrew month, in Hebrew letters ("\u05d9״ד", "כ״ח", "ה\u05f3")
_DAY_BEFORE = re.compile(
    r"(?:(?<![\w.,/-])(\d{1,2})(?:-[\u0561-\u0587]{1,2})?"
    r"|(?<![\u05d0-\u05ea])((?:[\u05d9\u05db][\"\u05f4][\u05d0-\u05d8]|\u05d8[\"\u05f4][\u05d5\u05d6]"
    r"|[\u05d0-\u05d8\u05d9\u05db\u05dc]['\u05f3])))[ \t]+\Z"
)
# a day after the month, with its ending or word for "day" ("5-ին", "12 ቀን", "१२ गते")
_DAY_AFTER = re.compile(
    r"[ \t]++(\d{1,2})(?!\d)(?![.,/:]\d)(?:-?[\u0561-\u0587\u10d0-\u10ff]{1,3}(?![\w])"
    r"|[ \t]+(?:\u1240\u1295|\u0917\u0924\u0947|\u0924\u093e\u0930\u0940\u0916))?"
)
# a year after the day or month, with its era ("2017 ዓ.ም", "1408 هـ", "1401 ش")
_YEAR_AFTER = re.compile(
    r"[ \t]*+(?:[,\u060c][ \t]*+)?(\d{4})(?!\d)(?:[ \t]*+(?:\u12d3\.\u121d\.?|\u12d3/\u121d"
    r"|\u0647\u0640|\u0647\.[\u0634\u0642]\.?|[\u0645\u0634\u0642](?![\w])"
    r"|\u0569\.|\u10ec\.|\u0938\u093e\u0932|\u09b8\u09be\u09b2))?"
)
# a year before the date, with its word ("२०८१ पुस १२ गते", "2024 წლის 5 მარტს", "2024 թ.
# մարտի 5-ին", "२०८१ साल पुस १२")
_YEAR_BEFORE = re.compile(
    r"(?<![\w.,/-])\d{4}(?:[ \t]*+(?:\u10ec\u10da\u10d8\u10e1|\u0569\."
    r"|\u0569\u057e\u0561\u056f\u0561\u0576\u056b|\u0938\u093e\u0932|\u09b8\u09be\u09b2))?[ \t,]+\Z"
)
# a Hebrew year after a Hebrew date ("תשפ״ה", "ה\u05f3תשפ״ה")
_HEBREW_YEAR = re.compile(
    r"[ \t]+(?:\u05d4['\u05f3]?)?\u05ea[\u05d0-\u05ea]{0,2}[\"\u05f4][\u05d0-\u05ea]"
)
_HINT = re.compile(r"\d|[\"\u05f4'\u05f3]")
# a letter of a script above (Armenian, Hebrew, Arabic, the Indic scripts, Sinhala,
# Thai, Lao, Burmese, Georgian, Ethiopic, Khmer): accented Latin text, the most common
# non-ASCII, has none
_SCRIPTS = re.compile(
    "[\u0531-\u06ff\u0900-\u0eff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff]"
)
# the scripts whose dates put the month before its day (Ethiopic, Armenian, Devanagari;
# Bengali, Tamil and India's other scripts as English does: "মার্চ ১২, ২০২৪", "ಮಾರ್ಚ್ 5,
# 2024")
_MONTH_FIRST = re.compile(r"[\u1200-\u137f\u0531-\u0587\u0900-\u0d7f]")


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether the month stands as a word: no letter or mark joined to it."""
    for i in (start - 1, end):
        if 0 <= i < len(text) and unicodedata.category(text[i])[0] in "LM":
            return False
    return True


def _day(value: str | None) -> bool:
    return value is not None and 1 <= int(value) <= 31


def detect(text: str) -> list[Span]:
    """The dates above; an ASCII text holds none."""
    if text.isascii() or not _SCRIPTS.search(text) or not _HINT.search(text):
        return []
    out = []
    for m in _MONTH.finditer(text):
        start, end = m.span()
        if not _standalone(text, start, end):
            continue
        month = m.group()
        first, last = start, end
        dated = True  # (a day beside the month, not a year alone)
        before = _DAY_BEFORE.search(text, max(0, start - 12), start)
        hebrew_day = before is not None and before.group(2) is not None
        if hebrew_day and not _HEBREW.match(month):
            before = None  # a day in Hebrew letters only before a Hebrew month
        if before is not None and (hebrew_day or _day(before.group(1))):
            first = before.start()
            year = (_HEBREW_YEAR if hebrew_day else _YEAR_AFTER).match(text, end)
            if month in _AMBIGUOUS and year is None:
                continue  # "5 تیر شلیک کرد": five bullets; "فاز 2 صفر": won two-nil
            last = year.end() if year else end
        elif month in _AMBIGUOUS:
            continue  # "ویتامین دی 1000", "سيارة نيسان 2015": no day, no date
        else:
            after = _DAY_AFTER.match(text, end) if _MONTH_FIRST.match(month) else None
            if after is not None and _day(after.group(1)):
                last = after.end()
                year = _YEAR_AFTER.match(text, last)
                last = year.end() if year else last
            else:
                year = _YEAR_AFTER.match(text, end)
                if year is None or year.start(1) - end > 3:
                    continue
                last, dated = year.end(), False
        ahead = _YEAR_BEFORE.search(text, max(0, first - 16), first)
        if ahead is not None and dated:  # (a year before a day and month only)
            first = ahead.start()
        out.append(Span(first, last, "DATE", "pattern"))
    return out
