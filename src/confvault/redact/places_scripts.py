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
from .names_scripts import WORD, name_end

# a kind's word (Arabic and Hebrew ones also with "and", "in", "to" joined to them:
# "بشارع", "ברחוב"), then one or two words of its name (an Arabic neighbourhood by its
# article: "حي السلم", not "حي يرزق", "alive")
_KIND = re.compile(
    r"(?<![^\W\d_])(?:"
    "[وفب]?(?:شارع|حي(?=[ \\t]+ال)|مخيم|قرية)|"
    "خیابان|کوچه|محله|روستای|میدان|"
    "[\u05d5\u05d1\u05dc\u05d4]?(?:רחוב|רח['\u05f3]|שכונת|קיבוץ)|"
    "ቀበሌ|ወረዳ"
    rf")[ \t]+({WORD}(?:[ \t]+{WORD})?(?:[ \t]+\d{{1,4}}(?![\d.,:/]))?|\d{{1,3}}(?![\d.,:/]))"
)
# Thai: a subdistrict, district, province or village, written against its name (not
# "our village", "her province": a pronoun or "of" after the kind's word)
_THAI = re.compile(
    "(?:ตำบล|อำเภอ|จังหวัด|หมู่บ้าน)[ \\t]?"
    "(?!ของ|เรา|เขา|เธอ|นี้|นั้น|ใหญ่|เล็ก|ผม|ฉัน|ท่าน)([\u0e01-\u0e4e]{2,})"
    "|บ้านเลขที่[ \\t]?(\\d+(?:/\\d+)?)"
)
# CJK: a road and its number (not "逛街", going shopping, before a day: "5号"), a
# building with its unit or room ("3栋 502", "3号楼2单元501"; not "12栋楼", twelve
# buildings), Japanese blocks, a Korean flat ("103동 502호"); each run of digits taken
# whole, once
_CJK_ADDRESS = re.compile(
    "[\u4e00-\u9fff]{1,4}(?:路|(?<!逛)街|巷|大道|弄)[ \\t]?\\d++[ \\t]?号"
    "(?:[ \\t]?\\d++[ \\t]?(?:栋|幢|单元|室|楼))*"
    "|(?<!\\d)\\d++[ \\t]?(?:栋|幢|号楼)(?:[ \\t]?\\d++[ \\t]?单元)?[ \\t]?\\d++"
    "(?:[ \\t]?(?:室|号))?(?![.,]\\d)"
    "|(?<!\\d)\\d++[ \\t]?丁目(?:[ \\t]?\\d++[ \\t]?番(?:地)?)?(?:[ \\t]?\\d++[ \\t]?号)?"
    "|(?<!\\d)\\d++[ \\t]?동[ \\t]?\\d++[ \\t]?호"
)
# a Korean road name and its number ("세종대로 110", "테헤란로 5길 12"), where an address
# is given: after "주소" (address) or a city's name, as "로" is also a particle ("버스로
# 2시간", by bus)
_KOREAN_ROAD = re.compile(
    "[가-힣]{1,8}(?<!으)(?:로|길)(?:[ \\t]?\\d++(?:번)?길)?[ \\t]\\d++(?:-\\d++)?"
    "(?![.,]\\d)(?![가-힣])"
)
_KOREAN_CUE = re.compile(
    "주소|서울|부산|인천|대구|대전|광주|울산|세종|경기|제주|수원|성남|고양|용인|창원"
)
# a Japanese postcode after its mark or its word (郵便番号), in half- or full-width
# figures, and the address after it to its block's numbers ("〒927-1214 石川県珠洲市
# 宝立町鵜飼 12-3"; session 23)
_JAPANESE_POSTCODE = re.compile(
    "(?:\u3012|(\u90f5\u4fbf\u756a\u53f7[:\uff1a]?))[ \t\u3000]*"
    "\\d{3}[ \t]*[-\uff0d\u2212\u30fc]?[ \t]*\\d{4}(?!\\d)"
    "(?:[ \t\u3000]*[\u3040-\u30ff\u4e00-\u9fff\u3005\u30f6]+"
    "(?:[ \t\u3000]*\\d+(?:[-\u2212\u30fc]\\d+)*)?)?"
)
# a Chinese or Japanese place by its kind's last character, standing alone (session
# 23): two to four Han characters ending in a ward's, city's, town's, village's,
# county's or township's character, with a blank, a Latin letter or a bracket before
# them (or the text's start) and a comma, a colon, a blank or "から" (from) after them
# ("生野区,", "浪江町から", "成都 武侯区 社区"). A hostile review showed a first draft,
# which took any such run, swallowing short Chinese sentences ("她住在长沙市。",
# "我们村") and Japanese words ("市区町村の窓口", "田舎町の出身"): a sentence's end,
# "の" and a pronoun's or determiner's first character are left out, and so are the
# kinds of area that name no one ("城中村", an urban village; "开发区", a development
# zone), and a kind after one character ("社区", "超市", "农村"), also at the end of a
# run ("去超市", went to the supermarket).
_NAMED_AREA = re.compile(
    "(?:(?<=[ \t(\uff08A-Za-z])|^)(?![我你他她它咱这這那每各本该該当當])"
    "[\u4e00-\u9fff\u3005]{1,3}(?:区|區|市|町|村|县|縣|鄉|乡|镇|鎮|郡)"
    "(?=[,\uff0c\u3001:\uff1a \t]|\u304b\u3089)"
)
_AREA_ENDS = frozenset(
    [
        "超市", "城市", "都市", "夜市", "股市", "门市", "門市", "社区", "社區", "小区",
        "小區", "地区", "地區", "市区", "市區", "郊区", "郊區", "山区", "山區", "城区",
        "城區", "校区", "校區", "景区", "景區", "灾区", "災區", "园区", "園區", "街区",
        "街區", "牧区", "矿区", "辖区", "選區", "选区", "农村", "農村", "乡村", "鄉村",
        "山村", "渔村", "漁村", "家乡", "家鄉", "故乡", "故鄉", "老乡", "老鄉", "城乡",
        "城鄉", "下乡", "下鄉", "城镇", "城鎮", "乡镇", "鄉鎮", "小镇", "小鎮", "下町",
    ]
)  # fmt: skip
_AREA_WORDS = (
    "城中村", "开发区", "開發區", "工业区", "工業區", "自治区", "自治區", "住宅区", "住宅區",
    "风景区", "風景區", "保护区", "保護區", "特区", "特區", "贫困县", "貧困縣", "贫困村",
    "高新区", "红灯区", "居民区", "宿舍区", "隔离区", "安置区", "旅游区", "商业区", "区县",
    "市町村", "田舎町", "温泉町", "門前町", "宿場町", "特別区", "通学区", "当該市",
)  # fmt: skip
_AREA = re.compile("[省市区县镇乡村]|街道")  # province, city, district, county, town, village
_HINT = re.compile(
    "[\u0590-\u06ff\u0e00-\u0e7f\u1200-\u137f\u3012\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
)


def detect(text: str) -> list[Span]:
    """The places and addresses above; an ASCII text, or one in Latin, Greek or
    Cyrillic letters only, has none."""
    if text.isascii() or not _HINT.search(text):
        return []
    out = []
    for m in _KIND.finditer(text):
        end = name_end(text, m.start(1), m.end(1))
        if end:
            out.append(Span(m.start(1), end, "LOCATION", "pattern", None, "ADDRESS"))
    for m in _THAI.finditer(text):
        g = m.lastindex or 1
        out.append(Span(m.start(g), m.end(g), "LOCATION", "pattern", None, "ADDRESS"))
    if _KOREAN_CUE.search(text):
        for m in _KOREAN_ROAD.finditer(text):
            if _KOREAN_CUE.search(text, max(0, m.start() - 40), m.start()):
                out.append(Span(m.start(), m.end(), "LOCATION", "pattern", None, "ADDRESS"))
    if "\u3012" in text or "\u90f5\u4fbf" in text:
        for m in _JAPANESE_POSTCODE.finditer(text):
            start = m.end(1) if m.group(1) else m.start()  # (the word stays, the mark goes)
            while text[start] in " \t\u3000":
                start += 1
            out.append(Span(start, m.end(), "LOCATION", "pattern", None, "ADDRESS"))
    for m in _NAMED_AREA.finditer(text):
        if not m.group().endswith(_AREA_WORDS) and m.group()[-2:] not in _AREA_ENDS:
            out.append(Span(m.start(), m.end(), "LOCATION", "pattern"))
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
