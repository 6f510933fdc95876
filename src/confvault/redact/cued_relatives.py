"""Whose relative someone is, given away by a family word next to the name (the
relatives' rules of :mod:`.cued`, and the word tests both modules use):

* a relative named where a clause or a list item opens: "Concern: daughter Awa falls
  asleep", "Partner Ante works on the ferry" (not "Partner Abuse", "Mum Guilt");
* a first name before "and his brother": "Will and his brother Rangi";
* the owner of a family word ("Manju's brother"; not "Farmer's wife", "Granma's
  sister"), a name after an in-law ("Mum-in-law Kusum") or after "mum of", "widow of"
  ("mum of Enzo, 4"; not "mother of God").
"""

from __future__ import annotations

import re

from .cues import lowered_alike
from .first_letters import word_start_matches
from .lexicon import Lexicon, frequent, is_word, rare_ranked, subtitle_proper
from .model import Span
from .name_words import RELATION_WORDS
from .words import BRANDS, EXTRA_WORDS, FUNCTION_WORDS, PERSON_VERB, SERVICE_WORDS, TITLES
from .world_words import WORLD_WORDS

# a word at least this rare (or in no frequency list) may be a name after a cue
_RARE = 1000
_RARE_OF = 3000  # after "mum of": "Enzo" (rank 5237) is a name
# endings of roles, specialties and kinds of person, which are no names after a role
_AGENT_ENDS = ("er", "or", "ist", "ogy", "ian", "ship", "ant", "ent", "ia")
_NOT_NAME_ENDS = ("ing", "ed", "ly", "ment", "ness", "tion")
# words before an article that are no given name: "Eid al-Fitr", "Surah al-Baqarah"
_NOT_GIVEN = frozenset(
    ["eid", "surah", "surat", "sura", "ayat", "ayatul", "laylat", "lailat", "sahih", "masjid",
     "imam", "sheikh", "shaykh", "dar", "bab", "ahl", "jamia", "madrasa", "madrasah", "bayt",
     "beit", "hizb", "harakat", "jabal", "wadi", "ras", "bani", "bin", "ibn"]
)  # fmt: skip
# what a family title is followed by that is no name: days, months and relatives
_NOT_AFTER_TITLE = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "june", "july", "august", "september", "october",
     "november", "december", "mum", "dad", "nan", "gran", "mon", "tues", "tue", "weds",
     "wed", "thurs", "thur", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sept", "sep", "oct", "nov", "dec", "xmas", "annexe", "annex", "flat",
     "house", "home"]
)  # fmt: skip
# notes' shorthand for the person: "Cl (Hamdi)", "YP (Jade)"
_SHORTHAND = frozenset(["cl", "pt", "su", "yp", "cyp", "sw", "fw", "kw", "gp", "dr"])


def _plain_cue_word(low: str) -> bool:
    """A word that may be a name after those cues: no relative, title, day, month or
    function word ("Mum (Jane)", "Monday (pt)" are no names)."""
    return (
        low not in RELATION_WORDS
        and low not in TITLES
        and low not in FUNCTION_WORDS
        and low not in _NOT_AFTER_TITLE
        and low not in BRANDS
        and low not in _SHORTHAND
    )


def _free_word(word: str, lex: Lexicon, rank: int) -> bool:
    """No function word, title or frequent word: it can stand for a name here."""
    low = word.lower()
    return _no_cue_word(low) and not frequent(low, lex, rank)


def _no_cue_word(low: str) -> bool:
    """No function word, title, word of the notes' own or relative (lower-case)."""
    return (
        low not in FUNCTION_WORDS
        and low not in TITLES
        and low not in EXTRA_WORDS
        and low not in RELATION_WORDS
    )


# endings of roles and ranks that are no names before a possessive
_ROLE_ENDS = ("ain", "ant", "ar", "ee", "eon", "ic", "ef", "ot", "ess", "ist", "wife")
# the family's own words for its members, as notes spell them
_FAMILY_FORMS = frozenset(
    ["granma", "grandma", "gramma", "grammy", "gramps", "grampa", "grandpa", "grampy", "nanna",
     "nana", "nanny", "nannie", "nain", "taid", "poppa", "pops", "pop", "missis", "missus",
     "mammy", "mummy", "mumma", "mama", "mamma", "daddy", "papa", "pappa", "da", "ma", "pa",
     "granny", "grannie", "gran", "grandad", "granda", "grandda", "hubby", "wifey", "bro",
     "sis", "cuz", "bubba", "babe", "nonna", "nonno", "oma", "opa", "abuela", "abuelo",
     "lola", "lolo", "tita", "tito", "aunty", "auntie", "unc", "stepdad", "stepmum", "stepmom",
     "granddaddy", "grandaddy", "grandmama", "grandpappy", "mumsy", "hubs", "mams", "mammy"]
)  # fmt: skip
# family words after a possessive (not "friend", "boss", "client": "Rover's friend")
_FAMILY = (
    "sister|brother|mum|mom|mam|mother|dad|father|son|daughter|aunt|auntie|aunty|uncle|cousin|"
    "nan|nana|gran|granny|grandma|grandad|grandpa|grandson|granddaughter|niece|nephew|"
    "husband|wife|boyfriend|girlfriend|fianc[eé]e?|sibling|twin"
)
# a relative's owner: "Manju's brother", "Grace's mum" (the relative's own name may follow)
_OWNER_OF_RELATIVE = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z]+)['\u2019]s[ \t]+(?:(?:older|younger|little|big|twin|late|"
    rf"ex|step)[- ]?)?(?:{_FAMILY})s?\b"
)
# whose relative someone is, by name, after a relative of _RELATIVES_BEFORE_OF and its
# " of ": "Thaís (mum of Enzo, 4)", "the widow of Arturo" (not "to": "drives his
# mother to Limerick", "moved daughter to Telegram")
_NAME_AFTER_OF = re.compile(r"[ \t]+of[ \t]+([A-Z][a-z]+)(?![\w-]|[ \t]+[A-Z])")
# a relative by marriage before a name: "Mum-in-law Kusum", "his sister-in-law Anjali"
_IN_LAW = re.compile(
    r"(?i:\b(?:mum|mom|mother|dad|father|brother|sister|son|daughter)s?-in-laws?)[ \t]+"
    r"([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|my|his|her|our|their|your))[ \t]+$")


# a relative named without "my" or "her", where a clause or a list item opens: "Concern:
# daughter Awa falls asleep", "Partner Ante works on the ferry", "Present: mum, son Kofi"
# (session 20); the word after is a name only when it is a first name or a word no
# frequency list knows ("Partner Abuse", "Mum Guilt", "Dad Jokes" are no names); the
# words where a relation may start are found first (grouped by first letter, which the
# regex engine skips to)
_BARE_WORD = re.compile(
    r"m(?:um|om|am|other)|d(?:ad|aughter)|f(?:ather|ianc)|s(?:on|ister|tep)|b(?:rother|oyfriend)"
    r"|partner|wife|husband|g(?:irlfriend|randson|randdaughter)|cousin|n(?:iece|ephew)"
)
_BARE_RELATIONS = (
    "mum|mom|mam|mother|dad|father|son|daughter|brother|sister|partner|wife|husband|"
    "boyfriend|girlfriend|fianc[e\u00e9]e?|cousin|niece|nephew|grandson|granddaughter|"
    "step-?(?:dad|mum|mom|son|daughter)"
)
_BARE_RELATION = re.compile(
    rf"(?i:{_BARE_RELATIONS})[ \t]+([A-Z][a-z]+(?:-[A-Z]?[a-z]+|['\u2019][A-Z][a-z]+)?)\b"
)
# (what a person does after their name, and a few more: "Awa minds the little ones")
_PERSON_GOES_ON = re.compile(
    rf"[ \t]*(?:[(,;:.!?)]|$|['\u2019]s\b)|[ \t]+(?:{PERSON_VERB}|worked|lived|minds|goes|got|"
    # (and what a note says of them next: "Husband Pratap not eating", session 21)
    r"gets|left|drives|helps|and|not|still|never|keeps|wants)\b"
)
_WORK_WORDS = EXTRA_WORDS | WORLD_WORDS | SERVICE_WORDS | BRANDS
_CLAUSE_OPEN = frozenset(":;(,.!?-\u2013\u2014\u2022*\n")
# a first name that is a word too, then "and his brother": the person whose brother it
# is ("Will and his brother Rangi both work at the freezing works", session 20); the
# "and his" is found first, then the word before it
_AND_THEIR_RELATIVE = re.compile(
    r"(?:and|&)[ \t]+(?:his|her|their)[ \t]+"
    rf"(?i:{_BARE_RELATIONS}|kids|children|family|mates?|friends?)s?\b"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+)[ \t]+$")


def with_their_relative(text: str, lex: Lexicon) -> list[Span]:
    out = []
    for m in _AND_THEIR_RELATIVE.finditer(text):
        w = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 20), m.start())
        low = w.group(1).lower() if w else ""
        if w and low in lex.first_names and _plain_cue_word(low) and low not in _NOT_GIVEN:
            out.append(Span(w.start(1), w.end(1), "NAME", "context"))
    return out


def bare_relatives(text: str, low: str, lex: Lexicon) -> list[Span]:
    out: list[Span] = []
    if not lowered_alike(text, low):
        return out  # (the words are ASCII: a text whose letters move when lowered is rare)
    for hit in word_start_matches(_BARE_WORD, low):
        i = hit.start()
        before = text[max(0, i - 8) : i].rstrip(" \t")
        if before and before[-1] not in _CLAUSE_OPEN:
            continue  # "the partner Agency": inside a clause, the cues with "my" do it
        m = _BARE_RELATION.match(text, i)
        if m is None:
            continue
        word = m.group(1)
        low_word = word.lower()
        if (
            _plain_cue_word(low_word)
            and low_word not in _NOT_GIVEN
            and (
                (low_word in lex.first_names and not frequent(low_word, lex, _RARE))
                # a word no list ranks nor names, where a person's clause goes on: not
                # "Dad Bod jokes again" (review 17), nor a word of support work or
                # medicine ("Son Camhs still waiting", "Mum Sertraline not helping":
                # session 21's review, after "not" and "still" were added)
                or (
                    low_word not in lex.common
                    and low_word not in _WORK_WORDS
                    and _PERSON_GOES_ON.match(text, m.end())
                )
            )
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    return out


def named_relatives(text: str, lex: Lexicon) -> list[Span]:
    """Whose relative someone is: the owner before a family word, a name after "mum of"
    or after an in-law."""
    out: list[Span] = []
    # (each rule only where its mark is: most texts have neither)
    for m in _owners(text) if "'s" in text or "\u2019s" in text else ():
        if _owner_name(m.group(1), lex) and not _DETERMINER_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    for m in _relatives_of(text) if " of " in text else ():
        # (with an age after it, any rarer word: "mum of Enzo, 4")
        aged = _AGE_AFTER.match(text, m.end(1)) and _free_word(m.group(1), lex, _RARE_OF)
        if aged or _relative_name(m.group(1), lex):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    for m in _IN_LAW.finditer(text) if "-in-law" in text or "-In-Law" in text else ():
        # (a first name or a subtitle's name: not "Sister-in-law Hen do", "Botox
        # obsession", "Tupperware parties": review 28)
        word = m.group(1).lower()
        if _relative_name(m.group(1), lex) and (
            word in lex.first_names or subtitle_proper(word, lex)
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    return out


def _owners(text: str) -> list[re.Match[str]]:
    """_OWNER_OF_RELATIVE's matches, tried only at each "'s" (a note has a few; the
    pattern tried at every capital cost a few per cent of the engine)."""
    out = []
    for mark in ("'s", "\u2019s"):
        i = text.find(mark, 1)
        while i != -1:
            k = i
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            m = _OWNER_OF_RELATIVE.match(text, k) if k < i else None
            if m:
                out.append(m)
            i = text.find(mark, i + 2)
    return out


def _relatives_of(text: str) -> list[re.Match[str]]:
    """The names after a relative and " of ": the relative is the word before each
    " of " (a note has a few; a pattern of relatives tried at every word cost a few
    per cent of the engine)."""
    out = []
    i = text.find(" of ", 1)
    while i != -1:
        k = i
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "-"):
            k -= 1
        if k < i and text[k:i].lower().replace("-", "") in _RELATIVES_BEFORE_OF:
            m = _NAME_AFTER_OF.match(text, i)
            if m:
                out.append(m)
        i = text.find(" of ", i + 3)
    return out


_AGE_AFTER = re.compile(r",[ \t]*\d{1,2}\b(?![.,/:]\d)")
_RELATIVES_BEFORE_OF = frozenset(
    # (not "parent" or "carer": "a parent of Nursery age children", review 28)
    ["mum", "mom", "mam", "mummy", "mother", "dad", "father", "gran", "nan",
     "grandmother", "grandfather", "sister", "brother", "wife", "husband", "partner", "widow",
     "widower", "son", "daughter", "aunt", "auntie", "uncle", "girlfriend", "boyfriend",
     "fiance", "fiancee", "fiancé", "fiancée", "stepmum", "stepdad"]
)  # fmt: skip


def _relative_name(word: str, lex: Lexicon) -> bool:
    """A relative's name after "Mum-in-law" or "mum of": a first name, or a rarer word
    with no ending of a word or a role ("Kusum", "Enzo"; not "Dementia", "Situation",
    "Visits", "God", "Groom", "Invention": review 27)."""
    low = word.lower()
    if low in _FAMILY_FORMS or low in RELATION_WORDS:
        return False  # "carer of Nan and Grandad", "Mother-in-law Nan"
    if low in lex.first_names:
        return True
    # otherwise a word the frequency lists lack (only a dictionary of 1934 may hold it:
    # "Kusum") or hold far down among film subtitles' names: not "Stroke", "Chemo",
    # "Bingo", "Pregnancy", "Botox" after an in-law (review 28)
    return (
        (low not in lex.common or subtitle_proper(low, lex))
        and _free_word(word, lex, _RARE_OF)
        and low not in _NOT_AFTER_TITLE
        and not low.endswith(_AGENT_ENDS + _NOT_NAME_ENDS + _ROLE_ENDS + _WORD_TAILS)
    )


# more endings of words that name no one ("dementia", "visits", "groom")
_WORD_TAILS = ("ia", "ion", "s", "oom", "ide", "ure", "ism", "ity")


def _owner_name(word: str, lex: Lexicon) -> bool:
    """Whose relative: a name ("Grace", "Manju"), not a role, a day or a word
    ("Client's mum", "Everyone's", "Mother's Day", "Today's")."""
    low = word.lower()
    return (
        _no_cue_word(low)
        and low not in _NOT_AFTER_TITLE
        and low not in BRANDS
        and low not in _FAMILY_FORMS  # "Granma's sister", "Poppa's brother" (review 27)
        # a first name, or a rare word that is no role: not "Farmer's wife", "Elder's
        # grandson", "Vicar's wife"
        and (
            low in lex.first_names
            or (
                not low.endswith(_AGENT_ENDS + _ROLE_ENDS)
                # (ranked far down, as subtitles' names are: not "Action", unranked)
                and (not is_word(low, lex) or rare_ranked(low, lex))
            )
        )
    )
