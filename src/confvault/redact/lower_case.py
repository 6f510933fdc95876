"""Names and places typed without capitals, where a cue shows what they are.

The name rules (:mod:`.names`) start from capital letters, and in lower-case
text take a word for a name only when no word list knows it. A first name that
some list also holds ("tom", "sammy", "wigan" in a frequency list) is found here
when the words around it say it is a person or a place:

* a person does things ("sammy hit him"), is seen or told ("saw tom today"),
  has relatives ("lisa's bf", "tom and his mum"), is one ("mum beryl"), has an
  age ("jordan (17)") or is the client ("client (tom)", "sam (client)");
* a place follows "in", "from", "near" ("at her nans in wigan").

A word that is frequent or in the dictionary ("will said", "hope is") stays:
without a capital nothing tells the name from the word. The cue patterns are in
:mod:`.lower_cues`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator

from .cues import word_starts
from .known_terms import fold
from .lexicon import Lexicon, is_word, lexicon, rare_word, stems
from .lower_cues import (
    _CLAUSE_START,
    _CLAUSE_VERBS,
    _CUES_AFTER,
    _CUES_BEFORE,
    _IS_RELATIVE,
    _LIST_ITEM_START,
    _LISTED_AGE,
    _NAME_QUOTED,
    _NAMED_BEFORE,
    _NOT_GIVEN,
    _NOT_NAMES,
    _NOT_NAMES_AFTER_IS,
    _QUOTE_CUE,
    _QUOTED,
    _QUOTED_CAPITAL,
    _RELATIVE_IS,
    _RELATIVES,
    _STRONG_AFTER,
    _STRONG_BEFORE,
    _WORD_BEFORE,
)
from .model import Span
from .words import ACRONYMS, BRANDS, EXTRA_WORDS, FUNCTION_WORDS, LOWER_CASE_WORDS

_PLACE_RARE = 5000  # a place name this rare (or rarer) as a word is a place after "in"
_BEFORE = 30  # how far back a cue before a name is looked for
_VERY_COMMON = 300  # "mum may come", "dad will know": a modal, not a name


def _name_like(quoted: str, lex: Lexicon) -> bool:
    """What a quoted name looks like: one or two words, each a first name or a word
    no list knows ("Shaz", "Jen"); not quoted speech ("I want to die", "Happy")."""
    words = quoted.split()
    if not 1 <= len(words) <= 2:
        return False
    for w in words:
        low = w.lower()
        if not w[:1].isupper() or not w.isalpha() or _RELATIVE_WORD.fullmatch(low):
            return False  # (not "living with 'Nan'")
        # a surname too, if no word list knows it ("Deano"; not "Grim", "Anger")
        surname_only = low in lex.surnames and not is_word(low, lex)
        if low not in lex.first_names and not _unknown(low, lex) and not surname_only:
            return False
    return True


# "\b(?:in|from|near|outside|to)[ \t]+…" written to start from its first letter, which
# the regex engine skips to: the same matches, found faster
_PLACE_AFTER = re.compile(
    r"[ifnot](?<!\w[ifnot])(?:(?<=i)n|(?<=f)rom|(?<=n)ear|(?<=o)utside|(?<=t)o)[ \t]+"
    r"([a-z][a-z-]*[a-z])(?:[ \t]+([a-z][a-z-]*[a-z]))?\b"
)
_ASCII_WORD = re.compile(r"[a-z]+")
# every byte but a-z, made a blank (an ASCII text's words are then split off, three times
# faster than found by _ASCII_WORD over a 1 KB note)
_A_TO_Z_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _ascii_words(text: str) -> list[str]:
    """``_ASCII_WORD.findall(text)``: the runs of letters a-z, in order."""
    if text.isascii():
        return text.encode().translate(_A_TO_Z_ONLY).decode().split()
    return _ASCII_WORD.findall(text)


# a saint's name typed in lower case names a hospital, school or church: "st vincents"
# (not after a number: "lost 2 st so pleased" is a weight)
_SAINT = re.compile(
    r"[Ss](?<![\w.][Ss])(?<!\d[ \t][Ss])(?i:t\.[ \t]*|t[ \t]+|aint[ \t]+)(?-i:([a-z]+?|[A-Z]+?))"
    r"((?:['\u2019]?[sS])?)(?![\w'\u2019])"
)
_SAINT_HINT = re.compile(r"[Ss](?<![\w.][Ss])(?i:t|aint)[ \t.]")
# the screen for both: where the first title or "st" could start
_TITLE_OR_SAINT = re.compile(
    r"[MmDdPpSs](?<![\w'\u2019-][MmDdPpSs])(?i:rs?|s|iss|x|r|rof|t|aint)[ \t.]"
)


# First names that the frequency list ranks as common only because television
# characters bear them ("chloe said"), and that are no English word.
_SCREEN_NAMES = frozenset(
    [
        "buffy", "carly", "chloe", "jen", "lexie", "maris", "mateo",
        "phoebe", "sheridan", "skye", "sonny", "tess", "viki",
    ]
)  # fmt: skip


@functools.cache
def _name_words() -> frozenset[str]:
    """The first names this module takes after a cue: rare as words. Letters a-z only
    (every shipped first name), so a scan of a-z runs finds them all."""
    lex = lexicon()
    return frozenset(
        w
        for w in lex.first_names
        if w not in FUNCTION_WORDS
        and (rare_word(w, lex) or w in _SCREEN_NAMES)
        and _ASCII_WORD.fullmatch(w)
    )


@functools.cache
def _strong_words() -> frozenset[str]:
    """The first names taken after a strong cue: any but very frequent words."""
    lex = lexicon()
    return frozenset(
        w
        for w in lex.first_names
        if w not in FUNCTION_WORDS
        and w not in _CHAT_WORDS
        and lex.common.get(w, _VERY_COMMON) >= _VERY_COMMON
    )


# chat words the first-name lists hold: "mum ok", "gf ok today" (session 17)
_CHAT_WORDS = frozenset(["ok", "okay", "yes", "no", "hi", "bye", "lol", "omg", "thx", "pls", "tho"])


def _place_word(word: str, lex: Lexicon) -> bool:
    return (
        lex.common.get(word, _PLACE_RARE) >= _PLACE_RARE
        and len(word) >= 4
        and word not in lex.first_names
        and word in lex.places
        and word not in lex.dictionary
    )


# a word no list knows, saying or ringing ("zeynep says"), or after a title typed in
# lower case inside a text with capitals ("the landlord (mr yilmaz)")
# the verb is found first (the regex engine skips to its first letter), then the word
_SPEAKING = re.compile(r"[srt](?<=[ \t][srt])(?:aid|ays|old|ang)\b")
_SPEAKER = re.compile(r"(?<![\w'\u2019-])([a-z]{3,})[ \t]+$")
_TITLE_LOWER = re.compile(
    r"[MmDdPp](?<![\w'\u2019-][MmDdPp])(?:rs?|s|iss|x|r|rof)\.?[ \t]+"
    r"([a-z](?:[a-z'\u2019-]*[a-z])?)(?![\w'\u2019-])"
)
# an Arabic surname with its article after a title or before "family": "Mr al-Hashimi",
# "the al-Hashimi family"
_ARTICLE_SURNAME = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|\b[Tt]he[ \t]+(?=(?:al|el)-[A-Z][\w'\u2019-]+"
    r"[ \t]+famil))((?:al|el|Al|El)-[A-Z][\w'\u2019-]+)"
)
# (written to start from its first letter, which the regex engine skips to)
_TITLE_HINT = re.compile(r"[MmDdPp](?<![\w'\u2019-][MmDdPp])(?i:rs?|s|iss|x|r|rof)\.?[ \t]+[a-z]")
# words of notes no list holds, that are no one's name ("has dr appt", "hmrc said")
_NOTE_SHORTHAND = frozenset(
    ["tmrw", "tomo", "tmr", "hmrc", "ofsted", "sgt", "dwp", "pip", "duty", "asap", "tbc",
     "thx", "meds", "re", "appt", "appts", "apt", "tho", "cos", "coz", "pls", "plz"]
)  # fmt: skip


def _unknown(word: str, lex: Lexicon) -> bool:
    """No word list knows it as a word, nor any form it may come from, and it is no
    shorthand, service, app or relative of a note ("camhs", "whatsapp", "stepmum")."""
    return (
        word not in lex.common
        and word not in lex.dictionary
        and word not in FUNCTION_WORDS
        and word not in EXTRA_WORDS
        and word not in LOWER_CASE_WORDS
        and word not in ACRONYMS
        and word not in _NOTE_SHORTHAND
        and not _RELATIVE_WORD.fullmatch(word)
        and not any(s in lex.common or s in lex.dictionary for s in stems(word))
    )


_RELATIVE_WORD = re.compile(rf"(?:step|half|ex)?-?{_RELATIVES}s?")


def _surname(word: str, lex: Lexicon) -> bool:
    """A surname or first name that is not a frequent word ("khan", "ng"; not "said"),
    or one joined by an apostrophe or hyphen ("o'brien", "smith-jones")."""
    parts = [p for p in re.split(r"['\u2019-]", word) if len(p) > 1]
    if len(parts) > 1 and all(p in lex.common for p in parts):
        return False  # "wind-down", "check-in": ordinary words joined
    if len(parts) > 1 or (parts and parts[0] != word):
        return any(_surname(p, lex) or _unknown(p, lex) for p in parts)
    return (
        (word in lex.surnames or word in lex.first_names)
        and lex.common.get(word, _TITLE_FREQUENT) >= _TITLE_FREQUENT
        and word not in FUNCTION_WORDS
        and word not in _NOTE_SHORTHAND
    )


_TITLE_FREQUENT = 2000


_DETERMINER = re.compile(r"\b(?:my|his|her|their|our|your|the|a|an|this|that|whose)[ \t]+$")


def _saint(word: str, possessive: bool, lex: Lexicon) -> bool:
    """A saint's name after "st": a first name (any, with the "s" of a church or a
    hospital: "st vincents", "st james"; without it, one that is no ordinary word),
    or a word no list knows with that "s"."""
    if word in lex.first_names:
        return possessive or word not in lex.common  # "high st sue followed": a word
    return possessive and _unknown(word, lex)


def _unknown_speakers(text: str, lex: Lexicon) -> list[Span]:
    """Not after "my", "the" …: "my bro said" is a relative, not a name."""
    out = []
    for verb in _SPEAKING.finditer(text):
        m = _SPEAKER.search(text, max(0, verb.start() - 40), verb.start())
        if (
            m is not None
            and _unknown(m.group(1), lex)
            and not _DETERMINER.search(text, max(0, m.start() - 8), m.start())
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    return out


def warm_up() -> None:
    _name_words()
    _strong_words()


def _occurrences(text: str, words: Collection[str]) -> Iterator[re.Match[str]]:
    """Each whole-word occurrence of these (few) words in the text."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.finditer(rf"(?<![\w'\u2019-])(?:{alternatives})(?![\w-])", text)


def _whole_words(text: str, words: Collection[str]) -> list[tuple[int, int]]:
    """Where each of these words (letters a-z) stands whole in the text, in its order:
    what _occurrences finds, by str.find rather than a pattern compiled for each text's
    words."""
    found = []
    for word in words:
        i = text.find(word)
        while i >= 0:
            j = i + len(word)
            # (no word character, apostrophe or hyphen before; no word character or hyphen after)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'\u2019-")) and (
                j == len(text) or not (text[j].isalnum() or text[j] in "_-")
            ):
                found.append((i, j))
            i = text.find(word, i + 1)
    return sorted(found)


def _cued(text: str, words: Collection[str], plain: str) -> list[Span]:
    """The first names among ``words`` (those in the text) that a cue shows to be
    names: a strong cue for any of them, a cue of the others for rare words.
    ``plain``: the text with its accents folded, where the names are looked for (the
    cues are read in the text as written: "tía", not "tia")."""
    weak = _name_words()
    out = []
    for start, end in _whole_words(plain, words):
        back = max(0, start - _BEFORE)
        strong = _STRONG_BEFORE.search(text, back, start) is not None
        if (
            strong
            or _STRONG_AFTER.match(text, end)
            or (
                plain[start:end] in weak
                and (
                    _CUES_AFTER.match(text, end)
                    or _CUES_BEFORE.search(text, back, start)
                    or (_CLAUSE_VERBS.match(text, end) and _CLAUSE_START.search(text, back, start))
                )
            )
            # any first name but the commonest words, in a list of children with their
            # ages ("sons (jayden 9, kai 4)": review 39)
            or (
                _LISTED_AGE.match(text, end)
                and _LIST_ITEM_START.search(text, back, start)
                and _CHILDREN_BEFORE.search(text, max(0, start - 60), start)
            )
        ):
            if strong:
                # a surname no word list knows goes too: "her name is kim seo-yeon"
                after = _LOWER_AFTER.match(text, end)
                if after and all(_unknown(p, lexicon()) for p in after.group(1).split("-")):
                    end = after.end()
            out.append(Span(start, end, "NAME", "context"))
    return out


# (a list of children, not "St James's Hospital, ward 4,")
_CHILDREN_BEFORE = re.compile(
    r"(?i:\b(?:kids|children|sons|daughters|boys|girls|grandkids|grandchildren|twins)\b)"
)
_LOWER_AFTER = re.compile(r"[ \t]+([a-z]{2,}(?:-[a-z]{2,})*)(?![\w'\u2019-])")


def _again(text: str, names: list[Span]) -> list[Span]:
    """A one-word name found by a cue, met again elsewhere in the text without one
    ("mentioning 'big mick' … thinks mick is stealing")."""
    words = {text[s.start : s.end].lower() for s in names}
    first_names = lexicon().first_names
    words = {w.split()[-1] for w in words if w.split()} & first_names
    if not words:
        return []
    taken = {i for s in names for i in range(s.start, s.end)}
    return [
        Span(m.start(), m.end(), "NAME", "context")
        for m in _occurrences(text, words)
        if m.start() not in taken
    ]


def detect(text: str) -> list[Span]:
    """Lower-case first names and places with a cue, as described above."""
    found: list[Span] = []
    # (names read with their accents folded, letter for letter: "partner (andrés)")
    plain = fold(text)
    words = _ascii_words(plain)
    in_text = _strong_words().intersection(words)  # the weak names are among them
    if in_text:
        found += _cued(text, in_text, plain)
    lex = lexicon()
    quoted = "'" in text or '"' in text or "\u2018" in text or "\u201c" in text
    if quoted and _QUOTE_CUE.search(text):
        for m in _QUOTED.finditer(text):
            found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    if "name" in text:  # "gave her name as 'Jazz'": any word, not a form's placeholder
        for m in _NAME_QUOTED.finditer(text):
            if m.group(1).lower() not in _NOT_GIVEN:
                found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    for m in _QUOTED_CAPITAL.finditer(text) if quoted else ():
        if _NAMED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and _name_like(
            m.group(1), lex
        ):
            found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    if "said" in text or "says" in text or "told" in text or "rang" in text:
        found += _unknown_speakers(text, lex)
    hint = _TITLE_OR_SAINT.search(text)
    if hint is not None and _TITLE_HINT.search(text, hint.start()):
        found += [
            Span(m.start(1), m.end(1), "NAME", "context")
            for m in _TITLE_LOWER.finditer(text)
            if _unknown(m.group(1), lex) or _surname(m.group(1), lex)
        ]
    if hint is not None and _SAINT_HINT.search(text, hint.start()):
        for m in _SAINT.finditer(text):
            if _saint(m.group(1).lower(), bool(m.group(2)), lex):
                found.append(Span(m.start(), m.end(), "ORG", "context"))
    if " is " in text or " was " in text:
        for m in _IS_RELATIVE.finditer(text):
            w = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if w is None:
                continue
            word = w.group()
            if (
                word in lex.first_names
                and word not in FUNCTION_WORDS
                and word not in _NOT_NAMES
                and not _DETERMINER.search(text, max(0, w.start() - 8), w.start())
            ):
                found.append(Span(w.start(), w.end(), "NAME", "context"))
        for m in _RELATIVE_IS.finditer(text):
            word = m.group(1)
            if (
                word in lex.first_names
                and word not in FUNCTION_WORDS
                and word not in _NOT_NAMES_AFTER_IS
            ):
                found.append(Span(m.start(1), m.end(1), "NAME", "context"))
    for at in word_starts(text, _PARTNERS):  # "her bf tomek"
        after = _PARTNER_UNKNOWN.match(text, at)
        if after is not None and (
            _PARTNER_OWNER.search(text, max(0, at - 12), at)
            and _unknown(after.group(1), lex)
            and after.group(1) not in BRANDS
        ):
            found.append(Span(after.start(1), after.end(1), "NAME", "context"))
    if "l-" in text:
        found += [
            Span(m.start(1), m.end(1), "NAME", "context") for m in _ARTICLE_SURNAME.finditer(text)
        ]
    if found:
        found += _again(text, found)
    if "in " in text or "from " in text or "near " in text or "to " in text:
        for m in _PLACE_AFTER.finditer(text):
            two = m.group(2) and m.group(1) not in FUNCTION_WORDS  # not "the city"
            pair = f"{m.group(1)} {m.group(2)}" if two else ""
            if pair and pair in lex.places and lex.common.get(pair, _PLACE_RARE) >= _PLACE_RARE:
                found.append(Span(m.start(1), m.end(2), "LOCATION", "lexicon", None, "PLACE"))
            elif _place_word(m.group(1), lex) or (
                _unknown(m.group(1), lex)
                and len(m.group(1)) >= 4
                and m.group(1) not in BRANDS
                and m.group(1) not in _CHAINS  # "moved to tesco"
                and "-" not in m.group(1)  # "moved to part-time hours" (review 39)
                and _HOME_BEFORE.search(text, max(0, m.start() - 16), m.start() + 1)
            ):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "lexicon", None, "PLACE"))
    if "(" in text:  # a place of two words in brackets: "nico (buenos aires)"
        for m in _PAIR_IN_BRACKETS.finditer(text):
            pair = f"{m.group(1)} {m.group(2)}"
            if pair in lex.places and not (is_word(m.group(1), lex) and is_word(m.group(2), lex)):
                found.append(Span(m.start(1), m.end(2), "LOCATION", "lexicon", None, "PLACE"))
    if "estate" in text:  # "lives on the bransholme estate"
        for m in _LOWER_ESTATE.finditer(text):
            if _unknown(m.group(1), lex):
                found.append(Span(m.start(1), m.end(1), "LOCATION", "lexicon", None, "PLACE"))
    return found


# where someone lives or comes from, before "in", "from", "to": a word no list knows
# after it is a place ("grew up in burslem"; session 18)
_HOME_BEFORE = re.compile(
    r"(?i:\b(?:grew[ \t]+up|growing[ \t]+up|born|raised|lives|living|moved|moving|"
    r"relocated|housed|rehoused|based)[ \t]+[ifnt]"
    # (someone from somewhere: "lad from anfield"; not "came to drop-in", "came in greetin")
    r"|\b(?:lad|lass|girl|boy|guy|bloke|family|originally|comes|came)[ \t]+f)"
)
# a word no list knows after someone's partner: "her bf tomek" (session 18)
_PARTNERS = ("bf ", "gf ", "boyfriend ", "girlfriend ", "partner ", "husband ", "wife ", "fella ")
_PARTNER_UNKNOWN = re.compile(r"[a-z]+[ \t]+([a-z]{3,})(?![\w'\u2019-])")
_PARTNER_OWNER = re.compile(r"\b(?:her|his|their|my)[ \t]+(?:new[ \t]+|ex[ \t-]?)?$")
# shops and chains someone moves to for work, not a place
_CHAINS = frozenset(
    ["tesco", "asda", "aldi", "lidl", "sainsburys", "morrisons", "waitrose", "walmart",
     "costco", "primark", "amazon", "boots", "greggs", "deliveroo", "ocado", "argos"]
)  # fmt: skip
_PAIR_IN_BRACKETS = re.compile(r"\(([a-z]{3,})[ \t]([a-z]{3,})\)")
_LOWER_ESTATE = re.compile(r"\b(?:on|off|from|near|to|at)[ \t]+the[ \t]+([a-z]{4,})[ \t]+estate\b")
