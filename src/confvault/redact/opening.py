"""A person's first name opening a sentence, which the word lists take for a word,
before a surname found ("Shug McAllister … Shug wants to be her sponsor").

At a sentence's start a capital says nothing, so the name rules leave such a word
out of the name after it, and it was left in the output. Taken in when it is a first
name of the lists; a rare or unknown word only when the note names the person by it
again, before a verb of a person ("Shug wants", "Ram said"), which an imperative, a
mood or a role opening a sentence seldom is ("Ensure Priya Sharma takes …",
"Withdrawn Sam Patel today"). Never one of the words that open a note's sentences
before a name: a verb of support work, a greeting, text-speak, a day or feast, a
title, a role or a relation (review 26 found each of these swallowed by a first
draft), nor a word before a street's kind ("Coronation Street", in grow.py).
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .name_context import person_last_words
from .name_words import RARE, RELATION_WORDS, sentence_start
from .words import FUNCTION_WORDS, PERSON_VERB, TITLES

# words that open a note's sentences before a name, beyond the function words, titles,
# relations and roles first_name asks for anyway
_STARTERS = frozenset(
    ["chase", "email", "e-mail", "liaise", "signpost", "escort", "accompany", "encourage",
     "reassure", "congratulate", "update", "inform", "advise", "praise", "nudge", "prompt",
     "debrief", "welcome", "hello", "hi", "hiya", "dear", "cheeky", "sad", "wee", "auld",
     "poor", "young", "old", "little", "big", "whatsapp", "facetime", "zoom", "skype", "dm",
     "re", "fwd", "fw", "cc", "bcc", "cf", "per", "via", "collect", "introduce", "warn",
     "brief", "refer", "invite", "visit", "contact", "phone", "call", "text", "message", "ask",
     "tell", "remind", "thank", "see", "gave", "give", "let", "help", "support", "book",
     "check", "send", "follow", "agree", "explain", "offer", "take", "today", "tonight",
     "tomorrow", "yesterday", "later", "also", "maybe", "member", "mentee", "caller",
     "resident", "tenant", "ma", "pa", "insp", "cllr", "councillor", "br", "granddaughter",
     "grandson", "grandchild", "widow", "widower", "chaplain", "apprentice", "volunteer",
     "guest", "aide", "chief", "sponsor", "mentor", "coworker", "co-worker", "employer",
     "godmother", "godfather", "elder", "deacon", "vicar", "sheikh", "headteacher", "head",
     "principal", "lecturer", "trainee", "cadet", "private", "corporal", "sergeant", "captain",
     "major", "lieutenant", "colonel", "inmate", "prisoner", "visitor", "driver", "foreman",
     "gaffer", "pal", "buddy", "toddler", "infant", "teen", "lad", "girl", "boy", "veteran",
     "ate", "kuya", "tita", "tito", "lola", "lolo", "manang", "manong", "didi", "bhai",
     "bhaiya", "dada", "amma", "appa", "baba", "mama", "papa", "tia", "tio", "kui", "whaea",
     "bibi", "mzee", "madame", "monsieur", "señora", "señor", "frau", "herr", "eid", "easter",
     "ramadan", "diwali", "mon", "tue", "thu", "thur", "fri", "sat", "sun", "jan", "feb",
     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "btw", "fyi",
     "lol", "omg", "ugh", "imo", "asap", "tho", "coz", "thru", "defo", "prob", "yep", "nah",
     "thx", "tmrw", "tmr", "nanny", "mummy", "bro", "mamma", "mija", "mijo", "beta", "ayah",
     "mami", "papi", "ammu", "pharmacist", "dentist", "receptionist", "electrician", "physio",
     "locum", "cop", "vet", "inspector", "senator", "matron", "trustee", "intern", "guru",
     "swami", "nun", "archbishop", "magistrate", "padre", "outcome", "whilst", "til",
     "beforehand", "anyhow", "ensure", "confirm", "arrange", "rebook", "notify", "discharge",
     "add", "hug", "attend", "relocate", "rehouse", "suspend", "verify", "vaccinate",
     "reschedule", "supervise", "telephone", "alcohol", "ambulance"]
)  # fmt: skip


# how adjectives and adverbs end, which the frequency lists often do not hold
_NOT_A_NAME_ENDINGS = (
    "ful", "less", "er", "est", "ous", "ish", "ive", "able", "ible", "ward", "while", "over",
    "ness", "ment", "tion", "sion", "al", "ic", "ant", "ent", "ary", "ory", "wise", "way",
    "time", "day", "night", "morning",
)  # fmt: skip


def first_name(
    text: str, start: int, word: str, lex: Lexicon, seen: dict[str, list[int]] | None = None
) -> bool:
    """``word``, at ``start`` just before a name found, is that person's first name.
    ``seen``: where each word tried in this text stands before a person's verb (kept
    by the caller, so that a text of many such names is read once a word)."""
    if len(word) < 3 or not word.isalpha() or not word[1:].islower():
        return False
    if not sentence_start(text, start):
        return False
    low = word.lower()
    if (
        low in _STARTERS
        or low in FUNCTION_WORDS
        or low in TITLES
        or low in RELATION_WORDS
        or low in person_last_words()
        or low.endswith(("ed", "ing", "ly", "s"))
    ):
        return False
    if low in lex.first_names:
        return True
    if low.endswith(_NOT_A_NAME_ENDINGS):
        return False  # "Tearful Smith", "Hungover Amira", "Meanwhile Smith", "Calmer Oisin"
    rank = lex.common.get(low)
    if rank is not None and rank < RARE:
        return False
    # named again so, doing what a person does ("Shug wants to be her sponsor")
    seen = {} if seen is None else seen
    places = seen.get(word)
    if places is None:
        again = re.compile(rf"(?<![\w'\u2019-]){word}(?:['\u2019]s)?[ \t]+{PERSON_VERB}\b")
        places = seen[word] = [m.start() for m in again.finditer(text)][:2]
    return any(p != start for p in places)


def word_before(text: str, end: int) -> int | None:
    """Where the word that ends one blank before ``end`` starts, when it is a word of
    letters standing alone (after a line end, a tab, a quote or a bracket too)."""
    k = end - 1
    if k < 1 or text[k] not in " \t":
        return None
    i = k
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    if i == k or (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "-'\u2019_@/.")):
        return None
    return i
