"""A word in another script after an English cue (session 23).

Notes written in English by supporters who work across languages copy a person's or a
place's name as the person writes it: "called from 하도리", "stays at the church in
富里鄉", "her son 翔太 (14)", "the daughter 미경". No capital marks those words, and the
rules for each script (:mod:`.names_scripts`, :mod:`.places_scripts`) need that
script's own cue. The English word before the name already says what it is:

* a place after *in*, *from*, *near*, *at*, *to*, *out of*;
* a person after a relative or a person's word (*son*, *mum*, *friend*, *partner*,
  *neighbour*, *teacher*), a title (*Mr*, *Dr*) or *named*, *name*.

The cue may be followed by a colon, a comma, a dash or a bracket ("Name: 김순자", "Her
son, 翔太,", "Mother - 김순자"), and names listed after a person's cue all go ("her
daughters 미경 and 수진"). The held-out batches had ten such words, all details (none a
word to keep). This rule leaves a word in quotes ("bullied as 'アイヌ'"), one after any
other word ("Applying for 急難救助", a fund), a language's own name ("in 中文", "in
한국어"), everyday places and kin written in their language ("at 学校", "her 엄마"), a
clause after a person's word ("Her mum 说她不来了"), and a letter before Latin ones
("in μg"). (An older rule still takes a word after "mother" as a name: "mother 엄마".)

A name is also often written twice, in its own script and in Latin letters, one in
brackets after the other: "乌兰 (Ulaan)", "毕节 (Bijie)", "Li Na (李娜)". When a rule has
found one of the two, the other goes too (:func:`glossed`), and so does that form
wherever else it stands alone. A form neither rule found stays: a word glossed in
brackets is as often a word ("加油 (Jiayou)", "눈치 (Nunchi)") as a name.
"""

from __future__ import annotations

import re

from .model import Span
from .names_scripts import WORD, name_end
from .wordlist import wordlist

# one to four words of another script (bounded, so that the work at each start is too)
_RUN = rf"(?:{WORD})(?:[ \t]+(?:{WORD})){{0,3}}"
# after a blank or a bracket; not a calendar's era before its year nor its placeholder
# once the date is redacted ("from 民國113年4月3日", "from 民國[DATE]"), nor a letter
# before Latin ones ("in μg", "μmol/L")
_OTHER = re.compile(rf"(?<=[ \t(\u3000\uff08])(?>{_RUN})(?![\d\[A-Za-z/])")
# what may stand between a cue and the name: blanks, and a colon, comma, dash or bracket
_BETWEEN = r"\.?[ \t]*[:,(\u2013-]?[ \t\u3000]*$"
_PLACE_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:in|from|near|at|to|out[ \t]+of|address|hometown|"
    r"(?:village|town|city)(?:[ \t]+of)?)" + _BETWEEN
)
_PERSON_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:(?:step|god)?(?:sons?|daughters?|mum|mom|mother|dad|father|"
    r"kids?|children|child)|husband|wife|brother|sister|siblings?|cousin|aunt|auntie|aunty|"
    r"uncle|nan|nana|gran|granny|grandma|grandpa|grandad|grandson|granddaughter|"
    r"grandmother|grandfather|grandchild(?:ren)?|niece|nephew|twins|"
    r"(?:brother|sister|mother|father|son|daughter)s?-in-law|in-laws|"
    r"friend|mate|partner|boyfriend|girlfriend|bf|gf|ex|fianc[e\u00e9]e?|neighbou?r|"
    r"flatmate|housemate|roommate|colleague|co-?worker|carer|"
    r"teacher|landlord|landlady|boss|caseworker|baby|"
    r"mr|mrs|ms|miss|dr|named|name|name[ \t]+is|known[ \t]+as|goes[ \t]+by|aka)" + _BETWEEN
)
# more names listed after the first: "her daughters 미경 and 수진", "Kids: 翔太, 美咲"
_AND_NEXT = re.compile(rf"[ \t]*(?:,|\u3001|&|and|or)[ \t]+((?>{_RUN}))(?![\d\[A-Za-z/])")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# a screen: a character past Latin, its accents and punctuation (_OTHER opens with a
# look-behind, which the regex engine tries at every character)
_SCREEN = re.compile("[\u0370-\u1dff\u2c00-\ud7ff\uf900-\ufaff]")
# Han, kana and Hangul with no blank: a name after a person's word is four or fewer
_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_LONGEST_CJK_NAME = 4


# a language's own name, everyday places and kin in their languages (Chinese, Japanese,
# Korean, Greek, Russian, Arabic, Persian, Urdu, Hindi, Bengali, Tamil, Thai, Georgian,
# Armenian, Hebrew, Amharic): what an English note writes after "in", "at" or "mother"
# that names no one
_PLAIN_WORDS = wordlist(
    "中文 汉语 漢語 普通话 普通話 国语 國語 粤语 粵語 广东话 廣東話 台语 台語 客家话 日本語 日本语 "
    "한국어 한국말 조선말 Ελληνικά ελληνικά русском русский по-русски українською українська "
    "العربية عربي فارسی اردو हिन्दी हिंदी বাংলা தமிழ் ภาษาไทย ไทย ქართულად ქართული "
    "Հայերեն עברית አማርኛ ትግርኛ",
    "学校 學校 教会 教會 教堂 工作 公司 医院 醫院 清真寺 寺庙 寺廟 餐馆 餐館 中餐馆 中餐館 饭店 "
    "超市 家 家里 家裡 老家 国内 國內 国外 國外 会社 病院 実家 학교 교회 회사 병원 집 고향",
    "妈妈 媽媽 母亲 母親 爸爸 父亲 父親 奶奶 爷爷 爺爺 外婆 外公 姥姥 哥哥 姐姐 弟弟 妹妹 "
    "男朋友 女朋友 老公 老婆 儿子 兒子 女儿 女兒 孩子 お母さん お父さん 母 父 息子 娘 "
    "おばあちゃん おじいちゃん 엄마 어머니 아빠 아버지 할머니 할아버지 언니 오빠 누나 형 "
    "동생 남편 아내 아들 딸",
)
_PLAIN = frozenset(_PLAIN_WORDS)


def detect(text: str) -> list[Span]:
    """The places and people named in another script after an English cue."""
    if text.isascii() or not _SCREEN.search(text):
        return []
    found: list[Span] = []
    for m in _OTHER.finditer(text):
        start = m.start()
        if not _another_form(m.group()):
            continue
        before = text[max(0, start - 24) : start]
        if _PLACE_CUE.search(before):
            category = "LOCATION"
        elif _PERSON_CUE.search(before) and not _clause(m.group()):
            category = "NAME"
        else:
            continue
        end = name_end(text, start, m.end())
        if not end:
            continue
        found.append(Span(start, end, category, "pattern"))
        if category == "NAME":
            found += _listed(text, m.end())
    return found


def _another_form(run: str) -> bool:
    """A run that can be a name: no Latin letter in it, and no word of _PLAIN."""
    return not _LATIN.search(run) and run not in _PLAIN


def _clause(run: str) -> bool:
    """Han, kana or Hangul longer than a name, with no blank: a clause ("说她不来了")."""
    return " " not in run and len(run) > _LONGEST_CJK_NAME and _CJK.search(run) is not None


def _listed(text: str, end: int) -> list[Span]:
    """The names listed after a name found at ``end`` (up to five more)."""
    out = []
    for _ in range(5):
        m = _AND_NEXT.match(text, end)
        if m is None or not _another_form(m.group(1)) or _clause(m.group(1)):
            break
        out.append(Span(m.start(1), m.end(1), "NAME", "pattern"))
        end = m.end()
    return out


_KINDS = ("NAME", "LOCATION", "ORG")
# a run of another script in brackets just after a name found, or just before one in
# brackets, half- or full-width ("乌兰 (Ulaan)", "Li Na (李娜)", and with U+FF08, U+FF09)
_RUN_IN_BRACKETS = re.compile(rf"[ \t]*[(\uff08][ \t]*((?>{_RUN}))[ \t]*[)\uff09]")
_RUN_BEFORE_BRACKET = re.compile(rf"(?<![^\W\d_])((?>{_RUN}))[ \t]*[(\uff08][ \t]*\Z")
# a role or a kin word after a name, in brackets: no second form of it ("Dr Lee (医生)")
_ROLE_END = re.compile(
    "(?:老师|老師|医生|醫生|先生|女士|阿姨|叔叔|护士|護士|社工|妈妈|媽媽|爸爸)\\Z"
)
_CLOSES = re.compile("[ \t]*[)\uff09]")
_MOST_GLOSSED = 20  # distinct forms taken again elsewhere in one text


def glossed(text: str, found: list[Span]) -> list[Span]:
    """The other form of a name written twice (module docstring), for each name in
    ``found``, and that form wherever else it stands alone. Both carry the name found
    as their ``ref``, so that a person keeps one number in an export."""
    if text.isascii() or ("(" not in text and "\uff08" not in text) or not _SCREEN.search(text):
        return []
    out: list[Span] = []
    forms: dict[str, tuple[str, str]] = {}
    for sp in found:
        if sp.category not in _KINDS:
            continue
        ref = sp.ref or text[sp.start : sp.end]
        after = _RUN_IN_BRACKETS.match(text, sp.end)
        if after and _another_form(after.group(1)) and not _ROLE_END.search(after.group(1)):
            out.append(Span(after.start(1), after.end(1), sp.category, "pattern", ref=ref))
            forms.setdefault(after.group(1), (sp.category, ref))
        # (the name found is the bracket's whole content; the run before it no clause:
        # not "避難した佐々木さん(美穂さん)")
        before = _RUN_BEFORE_BRACKET.search(text, max(0, sp.start - 60), sp.start)
        if (
            before
            and _CLOSES.match(text, sp.end)
            and _another_form(before.group(1))
            and not _clause(before.group(1))
        ):
            out.append(Span(before.start(1), before.end(1), sp.category, "pattern", ref=ref))
            forms.setdefault(before.group(1), (sp.category, ref))
    for run, (category, ref) in list(forms.items())[:_MOST_GLOSSED]:
        out += _again(text, run, category, ref)
    return out


def _again(text: str, run: str, category: str, ref: str) -> list[Span]:
    """The run wherever it stands alone ("乌兰 (Ulaan) … 乌兰 is"): the repeating rule
    (:mod:`.repeats`) leaves words shorter than three letters, as most Chinese names
    are."""
    out = []
    i = text.find(run)
    while i != -1:
        j = i + len(run)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            out.append(Span(i, j, category, "pattern", ref=ref))
        i = text.find(run, j)
    return out
