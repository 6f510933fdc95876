"""Names found from the names around them, for :mod:`.names`.

Ordinary-looking words listed with a found name ("Monjeau, Graves and Reed"), a
word of a full name met again alone, a first name doing what people do ("Hope
rang back"), a name with the pronouns the person uses ("(Ash, they/them)"), a
nickname in brackets between names, "X and Sons" and "Bank of X".
"""

from __future__ import annotations

import re

from . import word_names
from .lexicon import Lexicon, is_word, rare_word
from .model import Span
from .name_lower import (
    SUBJECT_VERB,
)
from .name_words import (
    AMBIG,
    COMMON,
    NAME,
    RELATION_WORDS,
    UNKNOWN,
    Tok,
    classify,
    sentence_start,
)
from .words import (
    EXTRA_WORDS,
    FUNCTION_WORDS,
    RELATIONS,
    TITLES,
)

_LIST_GAP = re.compile(r",?[ \t]+(?:and|&|or)[ \t]+|,[ \t]*")


# a name with the pronouns the person uses: "(Ash, they/them)", "Kai (he/him)"
_WITH_PRONOUNS = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_]+(?:['\u2019-][^\W\d_]+)*)(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*)"
    r"(?i:she|he|they|ze|xe|ey|fae)/(?i:her|him|them|hir|zir|xem|em|faer|hers|his|theirs|she|he"
    r"|they)(?![\w/])"
)


# what _WITH_PRONOUNS cannot match without, found from its "/" (most notes with a slash
# give no pronouns: "w/", "3/10", dates)
_PRONOUN_SLASH = re.compile(
    r"/(?i:her|him|them|hir|zir|xem|em|faer|hers|his|theirs|she|he|they)(?![\w/])"
)


def with_pronouns(text: str, lex: Lexicon) -> list[Span]:
    out: list[Span] = []
    if _PRONOUN_SLASH.search(text) is None:
        return out
    for m in _WITH_PRONOUNS.finditer(text):
        word = m.group(1)
        if not _pronoun_name(word, lex) and not (
            # a capitalised word, not said of someone: "(Ash, they/them)"; not
            # "Client is Agender (they/them)"
            word[0].isupper()
            and word.isalpha()
            and word.lower() not in EXTRA_WORDS
            and not _DESCRIBED.search(text, max(0, m.start(1) - 16), m.start(1))
        ):
            continue  # "non-binary (they/them)", "Her co-worker (she/her)", "Client's"
        start = m.start(1)
        # the first name before a surname: "Ash O'Neill (they/them)"
        before = _FIRST_BEFORE.search(text, max(0, start - 24), start)
        if before and before.group(1).lower() in lex.first_names:
            start = before.start(1)
        out.append(Span(start, m.end(1), "NAME", "context"))
    return out


# a name with the relative the person is in brackets: "Raghu (late husband)",
# "Ah Boy (his son)", "Sione (eldest)", "Tanya (client's mum, 40s)"; the brackets are
# found first, then the one or two capitalised words just before them
_RELATION_IN_BRACKETS = re.compile(
    r"\([ \t]*"
    r"(?i:(?:late|deceased|his|her|their|my|our|the|client['\u2019]?s|pt['\u2019]?s|ex-?|"
    r"eldest|youngest|oldest|older|younger|big|little|baby|step-?|former|new|current|foster|"
    r"adoptive|half-?|mum['\u2019]?s|dad['\u2019]?s)[ \t-]*){0,3}"
    rf"(?i:{RELATIONS}|eldest|youngest|oldest|bf|gf|hubby)(?i:-in-law)?s?[ \t]*[),]"
)
_NAME_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:([A-Z][\w'\u2019-]+)[ \t])?([A-Z][\w'\u2019-]+)[ \t]*$"
)


def with_relation(text: str, lex: Lexicon) -> list[Span]:
    out = []
    for b in _RELATION_IN_BRACKETS.finditer(text):
        m = _NAME_BEFORE.search(text, max(0, b.start() - 64), b.start())
        if m is None:
            continue
        word = m.group(2)
        if not _name_word(word, lex):
            continue  # "Contact (mum)", "NOK (husband)", "Referral (daughter)"
        start = m.start(2)
        prev = m.group(1)
        if prev and _name_word(prev, lex) and not sentence_start(text, m.start(1)):
            start = m.start(1)  # both words: "Says Kwame Mensah (his son)"
        out.append(Span(start, m.end(2), "NAME", "context"))
    return out


def _name_word(word: str, lex: Lexicon) -> bool:
    """A word that can be a name on its own: a first name or surname no frequent word
    ("Lucky", "Sione", "'Ana", "Raghu"), or a word no list knows; not a heading's word
    ("Contact", "Referral", "Funeral") nor an abbreviation ("NOK")."""
    low = word.lower()
    if word.isupper() or low in FUNCTION_WORDS or low in RELATION_WORDS or low in TITLES:
        return False
    if low in lex.first_names:
        return True
    rank = lex.common.get(low)
    if rank is None:
        return not is_word(low, lex)  # "Sione"; not "Kin"
    return rank >= _RARE_IN_BRACKETS  # "Raghu", "Lucky", "Blessing"; not "Grief", "Gift"


# a word ranked past this in the common words (rare, or in the lists appended after
# the ranked ones): a name before a relative in brackets ("Raghu (late husband)")
_RARE_IN_BRACKETS = 30000


_DESCRIBED = re.compile(r"(?i)\b(?:is|as|am|are|was|a|an|the|her|his|their|my|our|your)[ \t]+$")
_FIRST_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+)[ \t]+$")


def _pronoun_name(word: str, lex: Lexicon) -> bool:
    """A word before the pronouns that can be a name: some part of it a first name or
    no ordinary word ("D'Arcy", "Mary-Kate", "kai"); not "non-binary", "co-worker",
    "Client's", a relative or a function word."""
    low = word.lower()
    if low in FUNCTION_WORDS or low in RELATION_WORDS or low in EXTRA_WORDS:
        return False
    parts = [p for p in re.split(r"['\u2019-]", low) if len(p) > 1 and p != "s"]
    if not parts or any(p in EXTRA_WORDS or p in RELATION_WORDS for p in parts):
        return False
    return any(p in lex.first_names or not is_word(p, lex) for p in parts)


# first names in the lists that open a sentence as words: relatives, months,
# quantifiers, ranks ("Nan thinks", "May wants to review", "Many talked")
_NO_SUBJECTS = frozenset(
    ["many", "may", "major", "junior", "senior", "most", "some", "all", "both", "each", "few",
     "several", "son", "nan", "june", "april", "august", "general", "chief", "judge"]
)  # fmt: skip


# more of what people do in notes ("Chloe moved out", "Chloe's been sleeping rough"):
# a movement for any first name, a tense for one that is no ordinary word too
_MOVED = re.compile(
    r"[ \t]+(?:moved|moves|came|comes|went|goes|left|attends|missed|returned|stayed|slept|"
    r"relapsed|turned[ \t]+up|showed[ \t]+up|rocked[ \t]+up)\b"
)
_AFTER_TENSE = (
    r"(?:been|moved|got|gone|started|left|finally|back|still|feeling|doing|struggling|"
    r"living|staying|due)\b"
)
_TENSE = re.compile(rf"[ \t]+(?:is|was|has|had)[ \t]+{_AFTER_TENSE}")
# after a name written with "'s" ("Chloe's been"): the tense is the "'s"
_TENSE_AFTER_S = re.compile(rf"[ \t]+{_AFTER_TENSE}")


def subjects(text: str, singles: list[Tok], lex: Lexicon) -> list[Span]:
    out = []
    for t in singles:
        low = t.text.lower()
        has = low.endswith(("'s", "\u2019s"))  # "Chloe's been …": "Chloe has been …"
        if has:
            low = low[:-2]
        if (
            low in lex.first_names
            and low not in _NO_SUBJECTS
            and low not in RELATION_WORDS
            and (not t.text.islower() or rare_word(low, lex))
            and _does(text, t.end, low, has)
        ):
            out.append(Span(t.start, t.end - 2 if has else t.end, "NAME", "context"))
    return out


def _does(text: str, end: int, low: str, has: bool) -> bool:
    """What follows the name is what a person does."""
    if SUBJECT_VERB.match(text, end) is not None and not has:
        return True
    if low in word_names.WORD_NAMES or low in _NOUN_NAMES:
        return False  # "Hope left her", "Will came to nothing", "Temple went quiet"
    if has:
        return _TENSE_AFTER_S.match(text, end) is not None
    return _MOVED.match(text, end) is not None or _TENSE.match(text, end) is not None


# first names that are common nouns or adjectives, which open sentences as words
_NOUN_NAMES = frozenset(
    ["temple", "chance", "queen", "royal", "tiny", "irish", "season", "art", "harmony",
     "justice", "liberty", "star", "rain", "ocean", "forest", "lake", "cash", "bond",
     "king", "prince", "duke", "major", "general", "judge", "page", "spring", "march",
     "may", "june", "august", "april", "january", "christmas", "easter", "trinity",
     "unity", "glory", "heaven", "rebel", "lucky", "happy", "precious", "blessing",
     "gift", "comfort", "favour", "memory", "marvel", "story", "reason", "rock"]
)  # fmt: skip


def full_name_subject(text: str, run: list[Tok], lex: Lexicon) -> bool:
    """A first name and a surname, both also words, doing what people do: "Will
    Barker rang back", "Grace Hall said"."""
    return len(run) == 2 and person_verb_after(text, run[1].end) and full_name(run, lex)


# what else a person named in full does in a note ("Will Barker missed his appointment")
_MORE_VERBS = re.compile(
    r"[ \t]+(?:missed|misses|cancelled|canceled|came|comes|went|turned|stayed|seemed|"
    r"looked|felt|left|moved|lives|lived|died|passed)\b"
)


def person_verb_after(text: str, end: int) -> bool:
    """What only a person does follows ``end``: "… attended", "… rang back"."""
    return (SUBJECT_VERB.match(text, end) or _MORE_VERBS.match(text, end)) is not None


def unflagged_full_name(text: str, run: list[Tok], lex: Lexicon) -> list[Span]:
    """A first name and a surname, both also words, in a run nothing flagged: before
    a person's verb ("Will Barker rang back"), or inside a sentence, after its first
    word ("Saw Will Barker at home"; not "My PAN")."""
    pair = run[1:] if len(run) == 3 and run[0].first and run[0].cls == COMMON else run
    if full_name_subject(text, pair, lex) or (
        not pair[0].first
        and all(t.text.istitle() for t in pair)
        and pair[0].text.lower() not in FUNCTION_WORDS
        and full_name(pair, lex)
    ):
        return [Span(pair[0].start, pair[-1].end, "NAME", "context")]
    return []


def full_name(run: list[Tok], lex: Lexicon) -> bool:
    """A first name and a surname, both also words ("Will Barker")."""
    if len(run) != 2:
        return False
    first, last = run[0].text.lower(), run[1].text.lower()
    return (
        first in lex.first_names
        and first not in _NO_SUBJECTS
        and first not in RELATION_WORDS
        and (last in lex.surnames or last in lex.first_names)
        and last not in RELATION_WORDS
        # the surname rare as a word: not "Royal Mail", "Irish Water", "In Court"
        and lex.common.get(last, _RARE_SURNAME) >= _RARE_SURNAME
    )


_RARE_SURNAME = 3000


_AND_SONS = re.compile(
    r"[A-Z](?<![\w'\u2019-](?s:.))([\w'\u2019-]+)[ \t]+(?:and|&)[ \t]+"
    r"(?:Sons?|Daughters?|Co\b\.?|Company|Partners|Associates|[A-Z][a-z]+[ \t]+Solicitors)(?![\w])"
)
# (not a family's own words: "Father & Son", "Mum & Daughter group"; tested after the
# match: as a look-ahead before it, the words were tried at every character)
_FAMILY = frozenset(
    w + s
    for w in ("father", "mother", "dad", "mum", "mom", "mam", "parent", "grandad", "grandma", "nan")
    for s in ("", "s")
)


# what _AND_SONS ends in, each written out ("Co" also opens "Company"): a screen
_PARTNERS = ("Son", "Daughter", "Co", "Partners", "Associates", "Solicitors")


def and_sons(text: str) -> list[Span]:
    """A firm of a name and its partners: "Hughes & Sons", "Patel and Co"."""
    if not any(word in text for word in _PARTNERS):
        return []
    return [
        Span(m.start(), m.end(), "ORG", "lexicon")
        for m in _AND_SONS.finditer(text)
        if (text[m.start()] + m.group(1)).lower() not in _FAMILY
    ]


# "the University of the Western Cape", "Royal College of Nursing": a body of a place
# or a field, named in capitals
# the kinds BODY_OF names, as the text has them after their capital (a screen)
# (and "for" after an institute, a foundation or a centre: "the Institute for Coastal
# Ecology", "Foundation for Rural Carers"; session 23)
BODY_KINDS = (
    "niversity",
    "ollege",
    "nstitute",
    "olytechnic",
    "cademy",
    "chool",
    "ospital",
    "oundation",
    "entre",
    "enter",
)
BODY_OF = re.compile(
    r"[A-Z](?<![\w'\u2019-](?s:.))(?:(?:niversity|ollege|nstitute|olytechnic|cademy|chool|ospital)"
    r"[ \t]+of|(?:nstitute|oundation|entre|enter)[ \t]+for)"
    r"[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'\u2019-]+){0,3}"
)
# a first name, a nickname in brackets, a surname: "Maximilian (Max) Berger"
NICKNAME_BETWEEN = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_][\w'\u2019-]+)[ \t\xa0]+"
    r"\(['\"\u2018\u201c]?([^\W\d_]+)['\"\u2019\u201d]?\)"
    r"[ \t\xa0]+([^\W\d_][\w'\u2019-]+)"
)


def nickname_between(m: re.Match[str], lex: Lexicon) -> bool:
    """A name, a nickname, a surname: not a role in brackets ("Sarah (Mum)
    Attended"), nor an ordinary word after it."""
    first, nick, last = m.group(1), m.group(2), m.group(3)
    if not (first[0].isupper() and last[0].isupper()):
        return False
    low_nick, low_last = nick.lower(), last.lower()
    if low_nick in RELATION_WORDS or low_nick in FUNCTION_WORDS:
        return False
    if low_last in word_names.AFTER_A_PERSON or low_last.endswith(("ed", "ing")):
        return False  # "Jordan (Jo) Reported low mood"
    nick_ok = low_nick in lex.first_names or classify(nick.capitalize(), lex) in (
        NAME,
        UNKNOWN,
        AMBIG,
    )
    return nick_ok and classify(first, lex) in (NAME, UNKNOWN, AMBIG)


def repeated(text: str, spans: list[Span], singles: list[Tok]) -> list[Span]:
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


_CALENDAR = re.compile(
    r"(?:(?:In|On|Since|By|From)[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
)


def coordinated(text: str, spans: list[Span], singles: list[Tok]) -> list[Span]:
    """Name-like words listed with a found name: "Monjeau, Graves and Reed".

    Linear: anchors are looked up by position, at most 6 characters away."""
    if not singles:
        return []
    # (not a day or a month: "Since Friday, Section 8 …", "In April, Block 2 …")
    anchors = [
        sp
        for sp in spans
        if sp.category in ("NAME", "ORG") and not _CALENDAR.fullmatch(text, sp.start, sp.end)
    ]
    ends = {sp.end for sp in anchors}
    starts = {sp.start for sp in anchors}
    if not ends:
        return []
    added: list[Span] = []
    pending = sorted(singles, key=lambda t: t.start)
    changed = True
    while changed and pending:
        changed = False
        rest: list[Tok] = []
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


def _listed_next_to(text: str, tok: Tok, ends: set[int], starts: set[int]) -> bool:
    for k in range(1, 7):
        a = tok.start - k
        if a in ends and _LIST_GAP.fullmatch(text, a, tok.start):
            return True
        b = tok.end + k
        if b in starts and _LIST_GAP.fullmatch(text, tok.end, b):
            return True
    return False
