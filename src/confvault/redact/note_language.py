"""Whether a note is written in another language than English, read from its small words.

The lower-case name rules read a word the English lists do not know as a possible
name (`saw tom today`, `her nans in wigan`). In a note written in French, Spanish or
German nearly every word is one they do not know, so those rules took `les`, `mère`,
`fait tout` and `están acosando` as people (session 24). A note counts as written in
another language when that language's function words are at least three and more than
twice English's (words both languages use, and English notes' shorthand such as `SI`,
`SA`, `PO`, count for neither); a quoted sentence in an English note (`says 'no
quiero ir'`) changes nothing.
"""

from __future__ import annotations

import re

from .wordlist import wordlist

_ENGLISH = frozenset(
    wordlist(
        "the and to of in is was she he her his with for on at that it not but have has had",
        "they them their we you my me be been are were this from said says will would about",
        "after again him its our your us an or if so as by up out off do did does get got go",
        "went can could should than then there here what when who which how all any some",
        "just also very too into over back down today now still only one two keeps saw came",
        "told asked wants feels felt going doing",
        # the shorthand of English notes ("pt", "gp", "hx", "appt")
        "pt gp hx re appt mtg mtgs yp cl bf gf mum dad tues thurs",
    )
)

# Words of the lists below that English notes use too, as words or as shorthand
# ("SI", "SA", "NA", "PO" are suicidal ideation, sexual assault, Narcotics Anonymous
# and a probation officer; "yo" is years old, "med" medication, "OD" an overdose):
# they count for no language (hostile review, session 24).
_SHARED = frozenset(
    wordlist(
        "si sa na po may para son mon ma plus mi tu ha la de en al un le et pour pas au par",
        "il den im als er hat war van op te met dan kan hem di per non ho lo con da ci",
        "io del nel alla til med af han men vi av sin hans do jak ale co od go by ne ama ben",
        "yang dari ada dia ang hindi mo kay lang su hay nos ella yo no as era num",
    )
)

# Each language's most frequent small words, written for this project; words that are
# also English words are left out below, and so are words of one letter ("a", "e",
# "i", "o", "w", "y" belong to too many languages).
_LISTS = {
    "es": wordlist(  # Spanish
        "de la que el en los del se las por un para con una su al lo como más pero sus ya",
        "porque esta muy sin sobre también hasta hay donde desde todo nos durante les ni eso",
        "había ella mi tiene dice está le ha cuando fue son estaba yo tu él",
    ),
    "pt": wordlist(  # Portuguese
        "de que não em uma os no na com para por mais as dos como mas foi ao ele das tem seu",
        "sua ou ser quando muito há nos já está também só pelo pela até isso ela entre era",
        "depois sem mesmo aos ter seus quem nas esse eles essa num nem suas meu às minha",
        "numa pelos elas havia seja qual será nós tenho lhe deles dele diz",
    ),
    "fr": wordlist(  # French
        "le la les de des et un une du est en que qui dans pour pas au sur par il elle ne se",
        "ce avec son sa plus ses mais ou aux été ont nous vous leur sont cette fait était dit",
        "je mon ma très rien",
    ),
    "de": wordlist(  # German
        "der die das und ist nicht zu den von mit sich des auf für im dem ein eine als auch",
        "es er sie hat wird bei aus nach wie noch einen nur oder aber sind vor zur mehr",
        "durch kann schon ihr sein seine ihre war wir ich mir mich kein keine jetzt heute sagt",
    ),
    "nl": wordlist(  # Dutch
        "de het een en van is dat op te niet zijn voor met die hij ze er maar om aan ook als",
        "bij dan nog wel naar uit kan zou heeft haar hem mijn wat",
    ),
    "it": wordlist(  # Italian
        "di che il la per un una non sono mi ho lo ha le si ma con da ci questo hai io gli",
        "del della sua suo dei nel alla anche molto sempre perché quando dopo ancora oggi",
        "lei lui nella dalla delle degli sta stato stata essere detto dice vuole ogni tutto",
        "tutti niente così però già",
    ),
    "nord": wordlist(  # Danish, Norwegian, Swedish
        "og at det er en til på som med har de ikke for var den af han hun om et men vi jeg",
        "sig kan ved fra skal eller ble blev och att är för inte av mig sin hans hennes",
    ),
    "pl": wordlist(  # Polish
        "nie na się że do to jest jak ale co po tak za od jej go już jego tylko mnie przez są",
        "ma może dla by była był",
    ),
    "tr": wordlist(  # Turkish
        "ve bir bu da de için ile çok ne ama daha gibi olan var ben sen değil mi diye",
    ),
    "id": wordlist(  # Indonesian, Malay
        "dan yang di ke dari ini itu dengan untuk tidak ada dia saya akan juga sudah atau",
        "pada karena bisa mereka kami belum masih sangat tapi kalau lagi saja hanya bilang",
        "katanya",
    ),
    "tl": wordlist(  # Tagalog
        "ang ng sa na mga at si ni ay hindi ko mo siya niya kay para may ako kami nila daw",
        "lang po naman kasi sila tayo namin yung ito iyon dito doon wala meron pero kung",
        "ngayon sabi talaga din rin nang ba",
    ),
}
_OTHERS = {
    code: frozenset(w for w in words if len(w) > 1) - _ENGLISH - _SHARED
    for code, words in _LISTS.items()
}

# each word's languages, so that a text is read once
_CODES: dict[str, tuple[str, ...]] = {}
for _code, _words in _OTHERS.items():
    for _w in _words:
        _CODES[_w] = (*_CODES.get(_w, ()), _code)

_WORD = re.compile(r"[^\W\d_]+")


def language(text: str) -> str:
    """``"en"``, or the code of the other language ``text`` reads as written in
    (``"de"``, ``"fr"``, ``"es"`` …; ``"nord"`` for Danish, Norwegian and Swedish)."""
    english = 0
    counts = dict.fromkeys(_OTHERS, 0)
    for word in _WORD.findall(text.lower()):
        if word in _ENGLISH:
            english += 1
        for code in _CODES.get(word, ()):
            counts[code] += 1
    code = max(counts, key=counts.__getitem__)
    return code if counts[code] >= 3 and counts[code] > 2 * english else "en"


def small_words(code: str) -> frozenset[str]:
    """The function words of one language (a code :func:`language` gives)."""
    return _OTHERS[code]


def small_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a function word of one of the languages here."""
    return word in _CODES


def foreign(text: str) -> bool:
    """Whether ``text`` reads as written in another language than English."""
    return language(text) != "en"
