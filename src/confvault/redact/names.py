"""Names, places and organisations nobody registered.

Philter-style: a capitalised word that is not known to be an ordinary word is
suspect. Each capitalised word is classed with the shipped lexicons (ordinary
English words with a frequency rank, first names, surnames, places); runs of
capitalised words ("Sari J. Paavolainen", "Lending Club") are judged together,
and context decides the rest: titles ("Dr X"), relations ("my sister X"),
places ("lives in X"), organisation words ("X Ltd", "works at X") and lists
("Monjeau, Graves and Reed"). Lower-case words that can only be names are
flagged too ("follow up with patricia").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import addresses, word_names
from .lexicon import Lexicon, lexicon, rare_word, stems
from .model import Span
from .words import (
    ACRONYMS,
    BRANDS,
    EXTRA_FIRST_NAMES,
    EXTRA_WORDS,
    FUNCTION_WORDS,
    LOWER_CASE_WORDS,
    ORG_SUFFIXES,
    RELATIONS,
    TITLES,
)

# Token classes. CNAME: an ordinary word that is also a name ("Will", "Hall"),
# suspect only beside other names or after a title. AMBIG: a first name or
# place that is also a fairly common word ("Paris"), suspect except when it
# opens a sentence.
SAFE, COMMON, CNAME, AMBIG, NAME, PLACE, UNKNOWN, TITLE, INITIAL, ROMAN, SUFFIX = range(11)
_FLAGGING = (NAME, PLACE, UNKNOWN)
_INERT = (SAFE, INITIAL, ROMAN)
_VERY_COMMON = 300  # frequency rank under which a capitalised word is taken as ordinary
_RARE = 3000  # rank from which a word that is also a first name is taken as a name

_PARTICLES = "de|la|le|du|des|del|della|di|da|van|von|der|den|ten|ter|y|dos|das|do|bin|al|el|na"
# (and German "an der", "an dem" between two capitalised words: "Mülheim an der Ruhr";
# "an" alone is English: "Ordered Priya an Uber")
_CONNECT = re.compile(rf"[ \t]+|\.[ \t]*|[ \t]+(?:(?:{_PARTICLES}|an[ \t]+de[mr])[ \t]+)+")
# every character _CONNECT can match: text with any other cannot join two words
_CONNECT_CHARS = " \t." + "".join(sorted(set(_PARTICLES) - {"|"}))
_ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|Jr|Sr|Jnr|Snr|MD|DDS|PhD|Esq|DVM|RN)\.?")
_ROMAN_FIRST = frozenset("IVXJSMDPER")  # the letters _ROMAN's words start with
_LIST_GAP = re.compile(r",?[ \t]+(?:and|&|or)[ \t]+|,[ \t]*")
_BOUNDARY = set(".!?:;\n\r…•*>|")
_SKIP_BACK = " \t\"'\u201c\u2018([-_"  # what may stand between a boundary and a sentence
_PERSON_CTX = re.compile(
    rf"(?i)(?:(?:\b(?:my|his|her|their|our|your|the|a|whose)|['\u2019]s)\s+(?:(?:older|younger|"
    rf"little|big|twin|step|half|ex|late|best|new|old|former)[- ]?)?(?:{RELATIONS})s?,?|"
    r"\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?|"  # a title typed in lower case ("mr brown")
    r"\b(?:called|named|name\s+is|name's|name\s+was|name\s*[?:]|known\s+as|goes\s+by|nicknamed|aka|"
    # a chosen name: "wants the name Ash on the register", "uses the name Kai"
    r"(?:the|a|new|chosen|preferred)\s+name|name\s+as|"
    r"signed|calls?\s+me|call\s+him|call\s+her|i'm|i\s+am|this\s+is|meet|married|dating|"
    r"texted|rang|phoned|emailed|told|asked|with|w/|met|saw|seen|visited|spoke\s+to|spoke\s+with|"
    r"talked\s+to|talking\s+to|speaking\s+to)"
    r")\s+$"
)
_PLACE_CTX = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|moving|born|grew\s+up|based|located|staying|stays|"
    r"from|in|to|at|near|around|visit(?:ing|ed)?|travel(?:l?ing|l?ed)?|flew|drove|outside|"
    r"towards|across)\s+$"
)
_ORG_CTX = re.compile(
    rf"(?i)\b(?:works?|working|worked|job|employed|volunteers?|volunteering|studies|studying|"
    r"enrolled|attends?|attending|placement|intern(?:ing)?|shifts?|plays|played|playing|"
    r"signed|trains|training|coaches|coaching)"
    # "works nights at", "works part-time at"
    r"(?:\s+(?:(?:mostly|only|some|two|three)\s+)?(?:nights|days|weekends|evenings|mornings|"
    r"shifts|nightshifts?|dayshifts?|jobs|overtime|part[- \u2013]?time|full[- \u2013]?time))?"
    r"\s+(?:at|for|with|in)\s+$|"
    rf"\b(?:{RELATIONS}|staff|volunteer|member)s?\s+at\s+$"  # "counsellor at Mind"
)
# Cheap gates: each context pattern above ends in one word followed by spaces;
# the full pattern only runs when that last word could end a match.
_PERSON_CUES = (
    "officer|called|named|is|was|name|name's|as|by|nicknamed|aka|signed|mr|mrs|ms|miss|mx|dr|"
    "prof|"
    "me|him|her|i'm|am|meet|married|dating|texted|rang|phoned|emailed|told|asked|with|w/|met|saw|"
    "seen|visited|to"
)
_PERSON_LAST = re.compile(rf"(?i)(?:(?:{RELATIONS})s?|{_PERSON_CUES})")
_PLACE_LAST = re.compile(
    r"(?i)lives?|living|lived|moved|moving|born|up|based|located|staying|stays|from|in|to|at|"
    r"near|around|visit(?:ing|ed)?|travel(?:l?ing|l?ed)?|flew|drove|outside|towards|across"
)
_ORG_LAST = frozenset(["at", "for", "with", "in"])
# where someone lives or comes from: a capitalised word after it is a place even if it
# is also an ordinary word ("lives in Hackney", "moved to Reading")
_HOME_CTX = re.compile(
    r"(?i)\b(?:lives?|living|lived|moved|moving|grew\s+up|based|staying|stays|born|raised|"
    r"relocated|settled)\s+(?:in|to|at|near|from)\s+$"
)
_HOME_LAST = frozenset(["in", "to", "at", "near", "from"])
# the gates above, remembered per distinct word (a handful of words precede most names)
_PERSON_LAST_SEEN: dict[str, bool] = {}
_PLACE_LAST_SEEN: dict[str, bool] = {}
_SEEN_MAX = 50_000


def _fullmatch_seen(pattern: re.Pattern[str], seen: dict[str, bool], word: str) -> bool:
    """pattern.fullmatch(word), remembered in `seen` (bounded)."""
    hit = seen.get(word)
    if hit is None:
        hit = pattern.fullmatch(word) is not None
        if len(seen) < _SEEN_MAX:
            seen[word] = hit
    return hit


def _person_last(last: str) -> bool:
    hit = _PERSON_LAST_SEEN.get(last)
    if hit is None:
        if not last.isascii():
            return _fullmatch_seen(_PERSON_LAST, _PERSON_LAST_SEEN, last)
        # in ASCII the pattern's case-blind letters are those of lower()
        hit = last.lower() in _person_last_words()
        if len(_PERSON_LAST_SEEN) < _SEEN_MAX:
            _PERSON_LAST_SEEN[last] = hit
    return hit


@functools.cache
def _person_last_words() -> frozenset[str]:
    """Every word _PERSON_LAST matches, in lower case: its pattern has no repeats."""
    return _RELATION_WORDS | frozenset(_spelled_out(_PERSON_CUES))


def _spelled_out(alternatives: str) -> list[str]:
    """Every string an alternation of letters, "[..]" sets and "?" matches."""
    if any(c in alternatives for c in "()*+{}.\\^$"):
        raise ValueError("only letters, [sets] and ? can be spelled out")
    out: list[str] = []
    for alternative in alternatives.split("|"):
        forms = [""]
        i = 0
        while i < len(alternative):
            if alternative[i] == "[":
                j = alternative.index("]", i)
                options = list(alternative[i + 1 : j])
                i = j + 1
            else:
                options = [alternative[i]]
                i += 1
            if alternative[i : i + 1] == "?":
                options.append("")
                i += 1
            forms = [f + o for f in forms for o in options]
        out.extend(forms)
    return out


# every word for a relative ("mum", "flatmates", "key worker"), and its plural
_RELATION_WORDS = frozenset(w for r in _spelled_out(RELATIONS) for w in (r, r + "s"))


def _place_last(last: str) -> bool:
    return _fullmatch_seen(_PLACE_LAST, _PLACE_LAST_SEEN, last)


def _ends_in(context: re.Pattern[str], before: str, words: int) -> bool:
    """context.search(before) for the three context patterns above. Each ends
    in whitespace at the end of the text and spans at most a few words (four
    for a person: "my older probation officer", "Ann's big sister"; five for
    an organisation: "works mostly nights at"; two for a place: "grew up"), so the
    scan starts that many words from the end, not at each character."""
    parts = before.rsplit(None, words)
    return context.search(before, len(parts[0]) if len(parts) > words else 0) is not None


def _last_word(before: str) -> str:
    """The last word of ``before`` when it ends in whitespace, else ''."""
    if not before or not before[-1].isspace():
        return ""
    tail = before.rstrip()
    i = max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t"))
    return tail[i + 1 :].rstrip(",?:")


def place_context(before: str) -> bool:
    last = _last_word(before)
    return bool(last) and _place_last(last) and _ends_in(_PLACE_CTX, before, 2)


def _org_ctx(last: str, before: str) -> bool:
    return last.lower() in _ORG_LAST and _ends_in(_ORG_CTX, before, 5)


_LOWER_AFTER_RELATION = re.compile(  # "(?=[mhoty])": the first letters, for a faster scan
    rf"(?i)(?=[mhoty])\b(?:my|his|her|their|our|your)\s+(?:(?:older|younger|little|big|step|half|ex|"
    rf"best)[- ]?)?(?:{RELATIONS}),?\s+([a-z][a-z'\u2019-]+)\b"
)
_LOWER_WORD = re.compile(
    r"(?<![\w'\u2019-])[^\W\d_A-Z][^\W\d_]*(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+)*"
)
_PRONOUN_I = re.compile(r"\bI\b")
# letters that have an upper case (Thai or Chinese text is not "typed without capitals");
# the pattern finds twelve of them without listing them all
_LETTERS = "a-zß-öø-ÿā-žα-ωа-я"
_TWELVE_LETTERS = re.compile(f"(?:[^{_LETTERS}]*[{_LETTERS}]){{12}}")
_NUM_AFTER = re.compile(r"[ \t]+\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?![\w])")
_NUM_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,6}[A-Za-z]?[ \t]+$")


@functools.cache
def _capword() -> re.Pattern[str]:
    upper = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
    cls = re.escape(upper)
    # "[X](?<!C(?s:.))" is "(?<!C)[X]" with the capital matched first: a faster scan
    return re.compile(
        rf"[{cls}](?<![\w'\u2019-](?s:.))[^\W\d_]*(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+)*"
    )


@functools.cache
def _capwords() -> re.Pattern[str]:
    """_capword() as one group, for ``split``: no match objects to make."""
    return re.compile(f"({_capword().pattern})")


@functools.cache
def _after_relation_low() -> re.Pattern[str]:
    """_LOWER_AFTER_RELATION without (?i), for lower-cased ASCII text (compiled
    when first needed: it is long)."""
    return re.compile(_LOWER_AFTER_RELATION.pattern.replace("(?i)", "", 1))


# Lower-case words that can only be names: in a name list, in no word list. Each
# word is judged when first met and remembered, instead of judging all 92,000 names
# once per process (0.3 s that every redacting command paid before its first note).
_ONLY_NAMES: set[str] = set()
_JUDGED: set[str] = set()  # every word judged, either way
_MEMO_LIMIT = 200_000
# The name lists hold words of the letters a-z only (tests/test_redact_names_paths.py
# checks it) of two letters or more: every such word is among these runs.
_NAME_RUN = re.compile(r"[a-z]{2,}")


def _only_names(words: list[str], lex: Lexicon) -> set[str]:
    """Those of ``words`` that can only be names: in a name list, in no word list."""
    if not _JUDGED.issuperset(words):  # (mostly every word was met before)
        if len(_JUDGED) > _MEMO_LIMIT:
            _JUDGED.clear()
            _JUDGED.update(_ONLY_NAMES)
        for w in set(words).difference(_JUDGED):
            if _can_only_be_a_name(w, lex):
                _ONLY_NAMES.add(w)
            _JUDGED.add(w)
    return _ONLY_NAMES.intersection(words)


def _can_only_be_a_name(w: str, lex: Lexicon) -> bool:
    if w not in lex.first_names and w not in lex.surnames:
        return False
    if w in EXTRA_WORDS or w in LOWER_CASE_WORDS:
        return False  # "app", "bro": words of notes; "jan": a month
    forms = (w, w[:-1], w[:-2], w[:-3]) if len(w) > 5 else (w, w[:-1])
    common = lex.common
    return not any(f in common or f in lex.dictionary for f in forms)


def warm_up() -> None:
    _person_last_words()
    _after_relation_low()
    _capwords()
    addresses.warm_up()  # the address-part patterns _with_numbers grows with


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    cls: int
    first: bool  # first word of a sentence or line


def _lookup(word: str, lex: Lexicon) -> int:
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    elif w.endswith(("'", "\u2019")):
        w = w[:-1]
    fixed = _FIXED_CLASSES.get(w)
    if fixed is not None:
        return fixed  # a title, determiner, organisation suffix or extra word
    rank = lex.common.get(w)
    first = w in lex.first_names
    if w in lex.countries and (not first or (rank is not None and rank < 1000)):
        return PLACE  # "France", "Iceland"; not "Jordan" or "Chad"
    ordinary = rank is not None or w in lex.dictionary
    if not ordinary and len(w) > 3 and w[-1] in "sdg":
        ordinary = any(s in lex.common or s in lex.dictionary for s in stems(w))
    # below, each list is asked only while the answer still depends on it
    if not ordinary:
        if first or w in lex.surnames:
            return NAME
        if w in lex.places:
            return PLACE
        if word.isupper() and _acronym(w):
            return SAFE  # "TCKN", "GSTIN": letters, not a name
        if len(w) <= 2:
            return AMBIG  # "Mi pasaporte": not at the start of a sentence
        return UNKNOWN
    very_common = rank is not None and rank < _VERY_COMMON
    if first:
        if very_common:
            return CNAME
        return AMBIG if rank is not None and rank < _RARE else NAME
    if very_common:
        return SAFE
    if w in lex.places:
        if len(w) <= 3:
            return COMMON  # "Act", "Bay": a short ordinary word, a place only as a code
        return AMBIG if rank is not None and rank < _RARE else PLACE
    if w in lex.surnames:
        return CNAME
    return COMMON


_DETERMINERS = frozenset(
    ["my", "his", "her", "our", "your", "their", "the", "a", "an", "this", "that", "these", "those"]
)


def _acronym(w: str) -> bool:
    """An unknown word in capitals with at most one vowel: an abbreviation."""
    return w.isascii() and 4 <= len(w) <= 6 and sum(c in "aeiouy" for c in w) <= 1


# The classes _lookup gives its hand-written lists, each list overriding those
# before it: a short title, then a determiner ("My" is also in the first-name
# list), then an organisation suffix, then an extra ordinary word.
_FIXED_CLASSES: dict[str, int] = {
    # the names written for this project are names, however often the frequency lists
    # hold them ("Aidan was late")
    **dict.fromkeys(EXTRA_FIRST_NAMES, NAME),
    **dict.fromkeys(EXTRA_WORDS, COMMON),
    # "lives with flatmates": a word for a person is not a name (nor "Mum", "Nan")
    **dict.fromkeys(_RELATION_WORDS, COMMON),
    **dict.fromkeys(ORG_SUFFIXES, SUFFIX),
    **dict.fromkeys(_DETERMINERS, SAFE),
    **{w: TITLE for w in TITLES if len(w) <= 6},
}

_CLASS_CACHE: dict[str, int] = {}


def _classify(word: str, lex: Lexicon) -> int:
    cls = _CLASS_CACHE.get(word)
    return _classify_new(word, lex) if cls is None else cls


def _classify_new(word: str, lex: Lexicon) -> int:
    """The class of a word not in _CLASS_CACHE, remembered there."""
    cls = _classify_uncached(word, lex)
    if len(_CLASS_CACHE) < 200_000:
        _CLASS_CACHE[word] = cls
    return cls


def _classify_uncached(word: str, lex: Lexicon) -> int:
    if len(word) == 1:
        return SAFE if word in "IA" else INITIAL
    if word[0] in _ROMAN_FIRST and _ROMAN.fullmatch(word):
        return ROMAN
    if word.lower().rstrip(".") in ORG_SUFFIXES:
        return SUFFIX  # "LLC", "Ltd", "Research"
    if word.isupper() and (word.lower() in ACRONYMS or len(word) <= 3):
        return SAFE
    if "-" in word:
        classes = [_lookup(p, lex) for p in word.split("-") if p]
        for c in (UNKNOWN, NAME, PLACE, AMBIG, CNAME, COMMON):
            if c in classes:
                return c
        return SAFE
    return _lookup(word, lex)


def _sentence_start(text: str, start: int) -> bool:
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalnum():
        return False  # the common case, decided as the loop below would
    i = start - 1
    while i >= 0 and text[i] in _SKIP_BACK:
        i -= 1
    if i < 0 or text[i] in _BOUNDARY:
        if i >= 0 and text[i] == ".":
            # "Dr. Smith", "J. Smith": an abbreviation, not a sentence end
            j = i - 1
            while j >= 0 and text[j].isalpha():
                j -= 1
            word = text[j + 1 : i].lower()
            if word in TITLES or len(word) == 1 or word in ("st", "ste"):
                return False  # ("St. Aidan's": a saint, not a sentence end)
        return True
    return False


def _is_word(word: str, lex: Lexicon) -> bool:
    w = word.lower()
    return w in lex.common or w in lex.dictionary


def _caseless(text: str, low: str) -> bool:
    """Text typed without capitals ("follow up with patricia desrosiers");
    ``low`` is ``text.lower()``."""
    if "I" in text:
        no_i = text.replace("I", "")
        if no_i != no_i.lower():
            return False  # a capital other than "I": also there once only "I" alone is dropped
        rest = _PRONOUN_I.sub("", text)
        if rest != rest.lower():
            return False
    elif text != low:
        return False
    return _TWELVE_LETTERS.match(text, 0, 2000) is not None  # in the first 2,000 characters


def _runs(text: str, lex: Lexicon, caseless: bool, low: str) -> list[list[_Tok]]:
    """Capitalised words, joined into runs ("Sari J. Paavolainen"); ``low`` is
    ``text.lower()``."""
    if caseless:
        return _caseless_runs(text, lex)
    if text == low and text.isascii():
        return []  # no capital letter to open a word ("121000358")
    runs: list[list[_Tok]] = []
    prev: _Tok | None = None
    seen = _CLASS_CACHE
    # split: [text before the first word, word, text between, word, ..., the rest]
    parts = _capwords().split(text)
    end = 0
    for k in range(1, len(parts), 2):
        between, word = parts[k - 1], parts[k]
        start = end + len(between)
        end = start + len(word)
        if text[end : end + 1].isdigit():
            continue  # "IPv4", "Win11": a code, judged by the ID detector
        cls = seen.get(word)
        if cls is None:
            cls = _classify_new(word, lex)
        if prev is not None:
            gap = text[prev.end : start]
            if gap == " " or (
                not gap.strip(_CONNECT_CHARS)
                and _CONNECT.fullmatch(gap)
                and (
                    gap[0] != "."
                    or prev.cls in (INITIAL, TITLE)
                    or len(prev.text) == 1
                    or prev.text in _SAINT_WORDS
                )
            ):
                prev = _Tok(start, end, word, cls, False)
                runs[-1].append(prev)
                continue
        if cls in _INERT and not (len(word) >= 2 and word.isupper()):
            # a word with nothing to judge ("The", "I") that no word joins: not
            # the one before (above), nor the next, when the text up to it cannot
            # join two words (nor can any longer gap: it would hold a capital).
            # detect_names would pass over its run of one; leave it out.
            after = parts[k + 1]
            if after != " " and (
                after.strip(_CONNECT_CHARS)
                or not _CONNECT.fullmatch(after)
                or (after[0] == "." and cls != INITIAL and len(word) != 1)
            ):
                prev = None
                continue
        # _sentence_start looks back over _SKIP_BACK to a sentence boundary; mostly
        # the text since the last word found shows there is none ("went to Word")
        stop = between.rstrip(_SKIP_BACK)
        first = (not stop or stop[-1] in _BOUNDARY) and _sentence_start(text, start)
        prev = _Tok(start, end, word, cls, first)
        runs.append([prev])
    return runs


def _caseless_runs(text: str, lex: Lexicon) -> list[list[_Tok]]:
    """Without capitals every word is its own run."""
    runs: list[list[_Tok]] = []
    for m in _LOWER_WORD.finditer(text):
        start, end = m.span()
        if text[end : end + 1].isdigit():
            continue  # "ipv4": a code
        word = m.group()
        cls = _LOWER_CLASS_CACHE.get(word)
        if cls is None:
            cls = _classify_lower(word, lex)
            if len(_LOWER_CLASS_CACHE) < 200_000:
                _LOWER_CLASS_CACHE[word] = cls
        runs.append([_Tok(start, end, word, cls, _sentence_start(text, start))])
    return runs


_LOWER_CLASS_CACHE: dict[str, int] = {}


def _classify_lower(word: str, lex: Lexicon) -> int:
    """The class of a word in text typed without capitals."""
    if word in FUNCTION_WORDS or word in LOWER_CASE_WORDS:
        return SAFE  # "her nans in wigan": "in" is no name after a cue
    cls = _classify(word.capitalize(), lex)
    if cls in (INITIAL, ROMAN, AMBIG, CNAME):
        return COMMON  # without capitals a word that may be a name is taken as a word
    if cls in (COMMON, SAFE):
        return SAFE  # and an ordinary word is never a name ("i'm moving", "her dad was")
    if _is_word(word, lex):
        return COMMON  # a name that is also a rare word ("donna")
    return cls


# A word is flagged when its class is in _FLAGGING, or AMBIG not opening a
# sentence; after a cue (a title, "my sister", "works at") these classes are.
_FREQUENT = 1000  # a word this frequent after a relative is no name: "my mum may come"
_FLAGGED_FORCED = frozenset([NAME, PLACE, UNKNOWN, AMBIG, COMMON, CNAME])
_PLACE_LIKE = (UNKNOWN, PLACE, AMBIG, COMMON)
_DIGIT = re.compile(r"\d")


def _body(run: list[_Tok], flags: list[bool], keep_common: bool) -> list[_Tok]:
    """Trim titles and sentence-opening ordinary words; trailing initials."""
    i, j = 0, len(run)
    while i < j and not flags[i]:
        t = run[i]
        if t.text in _NICKNAME_WORDS and i + 1 < j and flags[i + 1]:
            break  # "Big Dave", "Little Mo": the nickname's word goes with the name
        if keep_common and t.cls == SAFE and t.text.lower() not in FUNCTION_WORDS:
            break  # "National Van Lines", not "The …"
        if t.cls in (SAFE, TITLE, ROMAN, INITIAL) or (
            t.first and t.cls == COMMON and not keep_common
        ):
            i += 1
        else:
            break
    while j > i and run[j - 1].cls in (SAFE, TITLE, INITIAL) and not flags[j - 1]:
        if run[j - 1].text in _NAME_SYLLABLES and j - 2 >= i and flags[j - 2]:
            break  # "Nguyễn Văn An": a name's last syllable, capitalised mid-sentence
        j -= 1
    return run[i:j]


_RELATIVE_AFTER = re.compile(r"[ \t]+(?:new[ \t]+|old[ \t]+)?([a-z]+)\b")


def _has_relative(text: str, tok: _Tok, lex: Lexicon) -> bool:
    """A first name with "'s" and a relative after it: "Chloe's ex", "Hope's mum"."""
    word = tok.text
    if not word[0].isupper():
        return False  # "will's dad came": typed without capitals, a word may be meant
    if not word.endswith(("'s", "\u2019s")) or word[:-2].lower() not in lex.first_names:
        return False
    m = _RELATIVE_AFTER.match(text, tok.end)
    return m is not None and (m.group(1) in _RELATION_WORDS or m.group(1) in ("ex", "bf", "gf"))


_SEASONS = frozenset(
    ["christmas", "xmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "passover",
     "summer", "winter", "spring", "autumn", "halloween", "weekends", "night", "nights"]
)  # fmt: skip
_NICKNAME_WORDS = frozenset(["Big", "Little", "Wee", "Lil"])
# Vietnamese name syllables that are also English function words
_NAME_SYLLABLES = frozenset(["An", "Do"])


def detect_names(text: str) -> list[Span]:
    lex = lexicon()
    spans: list[Span] = []
    singles: list[_Tok] = []
    low = text.lower()
    caseless = _caseless(text, low)
    digits: bool | None = None  # does the text hold a digit? (asked when first needed)
    grown = 0  # the end of the last address block grown here
    org_after = _ORG_AFTER.match
    for run in _runs(text, lex, caseless, low):
        tok = run[0]
        cls0 = tok.cls
        single = len(run) == 1
        if single and cls0 in _INERT:
            word = tok.text
            if len(word) >= 2 and word.isupper() and word.lower() not in ACRONYMS:
                before = text[max(0, tok.start - 40) : tok.start]
                if _org_ctx(_last_word(before), before):
                    spans.append(Span(tok.start, tok.end, "ORG", "context"))  # "works for IBM"
            continue  # "The", "I", "NHS": nothing to judge
        end = run[-1].end
        first = tok.first
        if (
            first
            and text.startswith(":", end)
            and _FIELD_LABEL.match(text, end)
            and not any(t.cls == NAME for t in run)
        ):
            continue  # "Subnet: 192.168.1.0/24", "Telefon: +90 …": a field label
        if not single:
            place = _multiword_place(run, lex, text)
            if place:
                spans.append(
                    Span(place[0].start, place[-1].end, "LOCATION", "lexicon", None, "PLACE")
                )
                continue
        head = tok.start
        before = text[head - 40 if head > 40 else 0 : head]
        if (
            single
            and first
            and cls0 in (COMMON, CNAME, AMBIG)
            and before.rstrip()[-1:] in _HARD_STOPS
            and not org_after(text, end)
        ):
            if _has_relative(text, tok, lex):
                spans.append(Span(tok.start, tok.end, "NAME", "context"))  # "Chloe's ex"
                continue
            singles.append(tok)  # "Yesterday …": an ordinary word opening a sentence
            continue
        if (
            single
            and first
            and cls0 in (NAME, PLACE)
            and before.rstrip()[-1:] in _HARD_STOPS
            and word_names.word_reading(text, tok.end, tok.text, lex, _RELATION_WORDS)
        ):
            singles.append(tok)  # "Frank conversation", "Grace before meals"
            continue
        last = _last_word(before) if before[-1:].isspace() else ""
        # a first name opening a line of dialogue: "Destiny: ..."
        speaker = first and text.startswith(":", tok.end) and tok.text.lower() in lex.first_names
        # "lives in Hackney": a word that is also an ordinary one is a place here
        home = (
            single
            and cls0 in (COMMON, CNAME, AMBIG)
            and last.lower() in _HOME_LAST
            and _HOME_CTX.search(before, max(0, len(before) - 40)) is not None
        )
        if (
            single
            and cls0 in (COMMON, CNAME)
            and not home
            and not (last and (_person_last(last) or last.lower() in _ORG_LAST))
            and not speaker
            and not org_after(text, end)
        ):
            singles.append(tok)  # an ordinary word, capitalised, with no cue before it
            continue
        title = cls0 == TITLE
        # a cue before the run: "Dr", "my sister", "works at"
        person = (
            title
            or (last != "" and _person_last(last) and _ends_in(_PERSON_CTX, before, 4))
            or speaker
        )
        # typed without capitals, "works in construction" names a trade, not a firm
        org = (
            _org_ctx(last, before)
            and not (caseless and last.lower() == "in" and cls0 == COMMON)
            and tok.text.lower() not in _SEASONS  # "works nights at Christmas"
        )
        described = not person and org_after(text, end) is not None
        org = org or described
        if single:
            # the steps below for one word: flagged or not, it is its own body
            if person or org or home:
                # typed without capitals, a frequent word after a word for a relative is
                # no name ("my mum may come", "their dad every other weekend"); after
                # another cue it still is ("spoke to will")
                frequent = (
                    caseless
                    and lex.common.get(tok.text, _FREQUENT) < _FREQUENT
                    and last.lower() in _RELATION_WORDS
                )
                # an app after a person's cue is the app ("obsessed w/ Minecraft"); after
                # "works at" it is an employer
                app = not org and tok.text.lower() in BRANDS
                flagged = cls0 in _FLAGGED_FORCED and not frequent and not app
            else:
                flagged = cls0 in _FLAGGING or (cls0 == AMBIG and not first)
            if not flagged:
                if cls0 in (CNAME, AMBIG, COMMON):
                    singles.append(tok)
                continue
            body = run
            titled = False
            if org:
                category, kind = "ORG", ""
            elif person:
                category, kind = "NAME", ""
            elif home:
                category, kind = "LOCATION", "PLACE"
            else:
                category, kind = _category_of_one(tok, lex, last, before)
            place_like = cls0 in _PLACE_LIKE
        else:
            if person or org:
                flags = [t.cls in _FLAGGED_FORCED for t in run]
            else:
                flags = [t.cls in _FLAGGING or (t.cls == AMBIG and not t.first) for t in run]
            # the word after a title is a name, also inside a run: "Ask Dr Patel"
            # (not a brand named so: "Dr Martens", "Mr Muscle")
            for k in range(len(run) - 1):
                nxt_tok = run[k + 1]
                if (
                    run[k].cls == TITLE
                    and nxt_tok.cls != SAFE
                    and nxt_tok.text.lower() not in _TITLE_BRANDS
                ):
                    flags[k + 1] = True
                    if k and not any(flags[:k]):
                        # the words before the title are the sentence's ("Wears", "Ask")
                        run, flags = run[k:], flags[k:]
                        break
            saint = _saint(run)
            if saint:
                flags[saint] = True  # "St Aidan's": the saint's name is a place's or a body's
            has_suffix = any(t.cls == SUFFIX for t in run[1:])
            flagged = any(flags)
            if not flagged and not has_suffix:
                continue
            body = _body(run, flags, keep_common=has_suffix or described)
            if not body or (not flagged and len(body) < 2):
                continue
            # a title just before the body, inside the run: "(Met) Mr Berg", a person
            titled = body[0] is not tok and run[run.index(body[0]) - 1].cls == TITLE
            person = person or titled
            category, kind = _category(body, lex, person, org, has_suffix, last, before)
            if saint and body[0].text in _SAINT_WORDS and category == "NAME":
                category, kind = "ORG", ""  # a church, school or hospital, not a person
            place_like = all(t.cls in _PLACE_LIKE for t in body) and not titled
        start, end = body[0].start, body[-1].end
        if category == "NAME" and text[start - 1 : start] == " ":
            start = _with_particles(text, start)  # "Mr van der Berg": the particles go too
        if category == "LOCATION" or place_like:
            if digits is None:
                digits = _DIGIT.search(text) is not None
            if digits and end <= grown:
                continue  # inside an address block grown from a word before it
            if digits:  # "12 Hill Road": the numbers need a digit
                start, end, kind2 = _with_numbers(text, start, end)
                if kind2:
                    category, kind = "LOCATION", kind2
                    grown = max(grown, end)  # each block is grown once, not from every word
        if category == "ORG":
            if digits is None:
                digits = _DIGIT.search(text) is not None
            m = _NUM_BEFORE.search(text, max(0, start - 8), start) if digits else None
            if m:
                start = m.start()  # "48 Factoring Inc"
        spans.append(Span(start, end, category, "lexicon", None, kind))
    if singles:
        listed = [t for t in singles if t.cls != COMMON or t.text.lower() in lex.first_names]
        spans.extend(_coordinated(text, spans, listed))
        spans.extend(_repeated(text, spans, singles))
        spans.extend(_subjects(text, singles, lex))
    if " and " in text or "&" in text:
        spans.extend(Span(m.start(), m.end(), "ORG", "lexicon") for m in _AND_SONS.finditer(text))
    if " of " in text:
        spans.extend(Span(m.start(), m.end(), "ORG", "lexicon") for m in _BODY_OF.finditer(text))
    if ") " in text:
        spans.extend(
            Span(m.start(), m.end(), "NAME", "lexicon")
            for m in _NICKNAME_BETWEEN.finditer(text)
            if _nickname_between(m, lex)
        )
    if caseless:
        spans.extend(_lower_orgs(text, lex))
    if "/" in text:
        spans.extend(_with_pronouns(text))
    spans.extend(_lower_names(text, lex, low))
    if caseless:
        spans = _join_names(text, _widen_lower_names(text, spans, lex))
        spans.extend(_sandwiched(text, spans, lex))
    return spans


# a name with the pronouns the person uses: "(Ash, they/them)", "Kai (he/him)"
_WITH_PRONOUNS = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_][^\W\d_'\u2019-]*)(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*)"
    r"(?i:she|he|they|ze|xe|ey|fae)/(?i:her|him|them|hir|zir|xem|em|faer|hers|his|theirs|she|he"
    r"|they)(?![\w/])"
)


def _with_pronouns(text: str) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "NAME", "context")
        for m in _WITH_PRONOUNS.finditer(text)
        if m.group(1).lower() not in FUNCTION_WORDS and m.group(1).lower() not in _RELATION_WORDS
    ]


# a first name that is also a word, doing what people in notes do: "Hope rang back",
# "Will said he'd try"
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:said|says|rang|rings|called|calls|told|tells|asked|asks|texted|texts|cried|"
    r"phoned|emailed|messaged|agreed|admitted|disclosed|mentioned|explained|shared|talked|"
    r"talks|spoke|speaks|shouted|whispered|laughed|smiled|sobbed|screamed|apologised|"
    r"apologized|refused|decided|reported|reports|attended|arrived|wants|wanted|thinks|"
    r"believes|worries|struggles|struggled|admits|discloses)\b"
)


# what follows a title in a brand's or a character's name, not a person's
_TITLE_BRANDS = frozenset(
    ["martens", "google", "men", "muscle", "tumble", "whippy", "seuss", "pepper", "who",
     "oetker", "motivator", "blobby", "freeze", "beast"]
)  # fmt: skip
# first names in the lists that open a sentence as words: relatives, months,
# quantifiers, ranks ("Nan thinks", "May wants to review", "Many talked")
_NO_SUBJECTS = frozenset(
    ["many", "may", "major", "junior", "senior", "most", "some", "all", "both", "each", "few",
     "several", "son", "nan", "june", "april", "august", "general", "chief", "judge"]
)  # fmt: skip


def _subjects(text: str, singles: list[_Tok], lex: Lexicon) -> list[Span]:
    return [
        Span(t.start, t.end, "NAME", "context")
        for t in singles
        if t.text.lower() in lex.first_names
        and t.text.lower() not in _NO_SUBJECTS
        and t.text.lower() not in _RELATION_WORDS
        and _SUBJECT_VERB.match(text, t.end)
        and (not t.text.islower() or rare_word(t.text, lex))
    ]


_SANDWICH = re.compile(r",[ \t]+([a-z][a-z'\u2019-]+),?[ \t]+(?:and|&)[ \t]+")


def _sandwiched(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Without capitals: "hubbard, fox and gillespie" — a surname that is also a
    word, listed between two names found."""
    if ", " not in text:
        return []
    ends = {sp.end for sp in spans if sp.category in ("NAME", "LOCATION", "ORG")}
    starts = {sp.start for sp in spans if sp.category in ("NAME", "LOCATION", "ORG")}
    return [
        Span(m.start(1), m.end(1), "NAME", "lexicon")
        for m in _SANDWICH.finditer(text)
        if m.start() in ends and m.end() in starts and m.group(1) in lex.surnames
    ]


_RARE_WORD = 5000  # a word this rare (or rarer) next to a name is taken as part of it
_INITIAL_GAP = re.compile(r" [a-z]\.? ")
_LEFT_NAME = re.compile(r"(?<![\w'\u2019-])([a-z][a-z'\u2019-]+)[ \t]+(?:[a-z]\.?[ \t]+)?$")
_RIGHT_NAME = re.compile(r"[ \t]+(?:[a-z]\.?[ \t]+)?([a-z][a-z'\u2019-]+)(?![\w'\u2019-])")


def _widen_lower_names(text: str, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Without capitals: "benjamin a seiler", "codey m ross" — a first name
    before a found name, a surname after it, and a middle initial between."""
    out: list[Span] = []
    for sp in spans:
        if sp.category != "NAME":
            out.append(sp)
            continue
        start, end = sp.start, sp.end
        m = _LEFT_NAME.search(text, max(0, start - 30), start)
        if (
            m
            and m.group(1) in lex.first_names
            and m.group(1) not in FUNCTION_WORDS
            and lex.common.get(m.group(1), _RARE_WORD) >= _RARE_WORD
        ):
            start = m.start()
        m2 = _RIGHT_NAME.match(text, end)
        if m2:
            w = m2.group(1)
            w = w[:-2] if w.endswith(("'s", "\u2019s")) else w
            rank = lex.common.get(w, _RARE_WORD)
            if (
                (w in lex.surnames or w in lex.first_names)
                and rank >= _RARE_WORD
                and w not in EXTRA_WORDS  # "mo abt his cousin": a note's word, not Abt
                and not _SUBJECT_VERB.match(text, m2.start())  # "jordan blake rang"
            ):
                end = m2.start(1) + len(w)
        out.append(Span(start, end, sp.category, sp.source, sp.client, sp.placeholder_kind))
    return out


# what may end the text before a sentence-opening word when no context cue
# (which always ends in a word, or in "name:"/"name?") can apply
_HARD_STOPS = ("", ".", "!", "\n", '"', "\u201c", "(", ")", ";", "*", "-", ">", "|")
# described as an organisation just after: "Northwind is a charity", "the Acme website"
_ORG_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:(?:is|was|are|were)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:agency|company|firm|charity|business|start-?up|organi[sz]ation|non-?profit|foundation|"
    r"corporation|consultancy|bank|law[ \t]+firm|retailer|manufacturer|provider|publisher|"
    r"brand|employer)|(?:website|web[ \t]+site|app|head[ \t]+office|headquarters|staff|"
    r"employees)\b)"
)
# a label before a value, or before the placeholder a value became (idempotence)
_FIELD_LABEL = re.compile(r":[ \t]*(?:[+(\d]|\[[A-Z]+(?:-\d+)?\])")
_AND_SONS = re.compile(
    r"[A-Z](?<![\w'\u2019-](?s:.))[\w'\u2019-]+[ \t]+(?:and|&)[ \t]+"
    r"(?:Sons|Daughters|Co\b\.?|Company|Partners|Associates|[A-Z][a-z]+[ \t]+Solicitors)(?![\w])"
)
# "the University of the Western Cape", "Royal College of Nursing": a body of a place
# or a field, named in capitals
_BODY_OF = re.compile(
    r"[A-Z](?<![\w'\u2019-](?s:.))(?:niversity|ollege|nstitute|olytechnic|cademy|chool|ospital)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'\u2019-]+){0,3}"
)
# a first name, a nickname in brackets, a surname: "Maximilian (Max) Berger"
_NICKNAME_BETWEEN = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_][\w'\u2019-]+)[ \t\xa0]+"
    r"\(['\"\u2018\u201c]?([^\W\d_]+)['\"\u2019\u201d]?\)"
    r"[ \t\xa0]+([^\W\d_][\w'\u2019-]+)"
)


def _nickname_between(m: re.Match[str], lex: Lexicon) -> bool:
    """A name, a nickname, a surname: not a role in brackets ("Sarah (Mum)
    Attended"), nor an ordinary word after it."""
    first, nick, last = m.group(1), m.group(2), m.group(3)
    if not (first[0].isupper() and last[0].isupper()):
        return False
    low_nick, low_last = nick.lower(), last.lower()
    if low_nick in _RELATION_WORDS or low_nick in FUNCTION_WORDS:
        return False
    if low_last in word_names.AFTER_A_PERSON or low_last.endswith(("ed", "ing")):
        return False  # "Jordan (Jo) Reported low mood"
    nick_ok = low_nick in lex.first_names or _classify(nick.capitalize(), lex) in (
        NAME,
        UNKNOWN,
        AMBIG,
    )
    return nick_ok and _classify(first, lex) in (NAME, UNKNOWN, AMBIG)


_LOWER_ORG = re.compile(
    r"(?<![\w'\u2019-])((?:[^\W\d_][\w'\u2019-]*[ \t]+){1,3})"
    r"(?:inc|llc|ltd|plc|gmbh|corp|co|pty|llp|limited|incorporated)\b\.?"
)


def _lower_orgs(text: str, lex: Lexicon) -> list[Span]:
    """Without capitals: "stillwater supercomputing inc." — the words before a
    company suffix, back to the first ordinary or function word."""
    out: list[Span] = []
    for m in _LOWER_ORG.finditer(text):
        words = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", m.group(1)))
        start = m.end(1)
        for w in reversed(words):
            if _is_word(w.group(), lex) and lex.common.get(w.group(), _RARE) < 2000:
                break
            start = m.start(1) + w.start()
        if start < m.end(1):
            out.append(Span(start, m.end(), "ORG", "lexicon"))
    return out


def _join_names(text: str, spans: list[Span]) -> list[Span]:
    """Without capitals every word is its own run: rejoin "aksel kristensen"."""
    out: list[Span] = []
    for sp in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        gap = text[prev.end : sp.start] if prev else ""
        if (
            prev
            and prev.category == sp.category == "NAME"
            and (gap == " " or _INITIAL_GAP.fullmatch(gap))
        ):
            out[-1] = Span(prev.start, sp.end, "NAME", prev.source)
        else:
            out.append(sp)
    return out


def _multiword_place(run: list[_Tok], lex: Lexicon, text: str = "") -> list[_Tok] | None:
    if len(run) == 2:  # the common case: one name to ask for
        return run if f"{run[0].text.lower()} {run[1].text.lower()}" in lex.places else None
    words = [t.text.lower() for t in run]
    for i in range(min(2, len(run) - 1)):
        if " ".join(words[i:]) in lex.places:
            if i and _CONNECTOR_GAP.search(text, run[i - 1].end, run[i].start):
                return run  # "Quinta de São Tiago": the words before "de" name it too
            return run[i:]
    return None


_CONNECTOR_GAP = re.compile(r"[ \t](?:de|la|le|du|des|del|della|di|da|van|von|der|do|dos|das)[ \t]")


def _repeated(text: str, spans: list[Span], singles: list[_Tok]) -> list[Span]:
    """A word of a full name found earlier, met again on its own mid-sentence:
    "… directed by Brad L Key and starring Key"."""
    if not singles:
        return []
    parts: set[str] = set()
    for sp in spans:
        if sp.category == "NAME":
            words = text[sp.start : sp.end].split()
            if len(words) >= 2:
                parts.update(w.strip(".,") for w in words if len(w.strip(".,")) > 2)
    if not parts:
        return []
    return [
        Span(t.start, t.end, "NAME", "lexicon")
        for t in singles
        if not t.first and t.text in parts and not any(sp.start <= t.start < sp.end for sp in spans)
    ]


def _coordinated(text: str, spans: list[Span], singles: list[_Tok]) -> list[Span]:
    """Name-like words listed with a found name: "Monjeau, Graves and Reed".

    Linear: anchors are looked up by position, at most 6 characters away."""
    if not singles:
        return []
    ends = {sp.end for sp in spans if sp.category in ("NAME", "ORG")}
    starts = {sp.start for sp in spans if sp.category in ("NAME", "ORG")}
    if not ends:
        return []
    added: list[Span] = []
    pending = sorted(singles, key=lambda t: t.start)
    changed = True
    while changed and pending:
        changed = False
        rest: list[_Tok] = []
        for tok in pending:
            if _listed_next_to(text, tok, ends, starts):
                added.append(Span(tok.start, tok.end, "NAME", "lexicon"))
                ends.add(tok.end)
                starts.add(tok.start)
                changed = True
            else:
                rest.append(tok)
        pending = rest
    return added


def _listed_next_to(text: str, tok: _Tok, ends: set[int], starts: set[int]) -> bool:
    for k in range(1, 7):
        a = tok.start - k
        if a in ends and _LIST_GAP.fullmatch(text, a, tok.start):
            return True
        b = tok.end + k
        if b in starts and _LIST_GAP.fullmatch(text, tok.end, b):
            return True
    return False


_SAINT_WORDS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])


def _saint(run: list[_Tok]) -> int:
    """The index of the word after the first "St" (or "Saint") in the run, or 0."""
    for k in range(len(run) - 1):
        if run[k].text in _SAINT_WORDS:
            return k + 1
    return 0


_PARTICLE_SET = frozenset(_PARTICLES.split("|"))
# name particles just after a title: "Mr van der Berg", "Dr. de la Cruz", "MR VAN ROOYEN"
_PARTICLES_BEFORE = re.compile(
    rf"(?i)\b(?:mrs?|ms|miss|mx|dr|prof|sir)\.?[ \t]+((?:(?:{_PARTICLES})[ \t]+)+)$"
)


def _with_particles(text: str, start: int) -> int:
    """Where a name found just after a title and particles starts: at the particles."""
    space = text.rfind(" ", max(0, start - 12), start - 1)
    if text[space + 1 : start - 1].lower() not in _PARTICLE_SET:
        return start  # the word before is no particle (the common case)
    m = _PARTICLES_BEFORE.search(text, max(0, start - 24), start)
    return start if m is None else m.start(1)


def _category(
    body: list[_Tok],
    lex: Lexicon,
    person: bool,
    org: bool,
    has_suffix: bool,
    last: str,
    before: str,
) -> tuple[str, str]:
    if has_suffix or org:
        return "ORG", ""
    if person:
        return "NAME", ""
    firsts = lex.first_names
    for t in body:
        if t.text.lower().rstrip("'s\u2019") in firsts:
            return "NAME", ""  # a first name: a person, whatever the context
    flagged = [t for t in body if t.cls in _FLAGGING or t.cls == AMBIG] or body
    places = lex.places
    for t in flagged:
        if t.text.lower() not in places:
            # place_context(before), with the last word already found
            place = bool(last) and _place_last(last) and _ends_in(_PLACE_CTX, before, 2)
            return ("LOCATION", "PLACE") if place else ("NAME", "")
    return "LOCATION", "PLACE"


def _category_of_one(tok: _Tok, lex: Lexicon, last: str, before: str) -> tuple[str, str]:
    """_category for a body of one flagged word, with no suffix and no cue."""
    low = tok.text.lower()
    if low.rstrip("'s\u2019") in lex.first_names:
        return "NAME", ""  # a first name: a person, whatever the context
    if low not in lex.places:
        place = bool(last) and _place_last(last) and _ends_in(_PLACE_CTX, before, 2)
        return ("LOCATION", "PLACE") if place else ("NAME", "")
    return "LOCATION", "PLACE"


def _with_numbers(text: str, start: int, end: int) -> tuple[int, int, str]:
    kind = ""
    m = _NUM_AFTER.match(text, end)
    if m:
        end, kind = m.end(), "ADDRESS"
    m2 = _NUM_BEFORE.search(text, max(0, start - 12), start)
    if m2:
        start, kind = m2.start(), "ADDRESS"
    if kind:
        start, end = addresses.grow(text, start, end)
    return start, end, kind


def _after_relation(text: str, low: str | None = None) -> Iterator[re.Match[str]]:
    """_LOWER_AFTER_RELATION.finditer(text), faster on ASCII text: there its
    case-blind letters are those of ``lower()``, so the case-sensitive pattern
    over the lower-cased text matches at the same places (the words themselves
    are read from ``text``). One of "my", "his", "her", "their", "our", "your"
    must be there, too ("their" holds "heir", "your" "our"). ``low``: ``text.lower()``."""
    ascii_ = text.isascii()
    if low is None:
        low = text.lower()
    if not ascii_:
        # the pattern also takes dotless i and capital I with a dot (lower-cased
        # "i" and a combining dot) for "i", and long s for "s"
        low = low.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    if not ("my" in low or "his" in low or "her" in low or "our" in low or "heir" in low):
        return iter(())
    if ascii_:
        return _after_relation_low().finditer(low)
    return _LOWER_AFTER_RELATION.finditer(text)


def _lower_names(text: str, lex: Lexicon, low: str) -> list[Span]:
    out: list[Span] = []
    for m in _after_relation(text, low):
        w = text[m.start(1) : m.end(1)]
        core = w[:-2] if w.endswith(("'s", "\u2019s")) else w
        if w.islower() and core in lex.first_names and lex.common.get(core, _RARE) >= _RARE:
            out.append(Span(m.start(1), m.start(1) + len(core), "NAME", "context"))
    if not _only_names(_NAME_RUN.findall(text), lex):
        # every hit would be a run of a-z letters; a simpler scan finds them all
        return out
    hits = _only_names(_LOWER_WORD.findall(text), lex)
    if not hits:
        return out
    return out + [
        Span(m.start(), m.end(), "NAME", "lexicon")
        for m in _LOWER_WORD.finditer(text)
        if m.group() in hits
    ]
