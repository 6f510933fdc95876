"""A first name that is also an ordinary word ("Frank", "Grace", "Mark"), opening a
sentence: which reading the word after it favours.

"Frank conversation about drinking", "Grace before meals", "Crystal clear": a plain
lower-case word after it, and the first word is the ordinary one. "Grace said",
"Mark still low", "Rose mum of two", "Mark at school": a verb, an adverb, a word of
mood or, in a note's shorthand, what stands for a verb left out, and it is a person.
When in doubt it is a person: a name left in costs more than a word taken out.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .lexicon import Lexicon

# verbs, auxiliaries, adverbs and conjunctions a person is followed by
_VERBS_AND_ADVERBS = [
    "is", "was", "has", "had", "have", "will", "would", "can", "could", "should", "might",
    "may", "must", "did", "does", "do", "isnt", "wasnt", "hasnt", "didnt", "doesnt", "cant",
    "wont", "not", "never", "always", "often", "usually", "just", "only", "also", "still",
    "again", "now", "then", "today", "yesterday", "tonight", "later", "back", "here", "there",
    "very", "really", "quite", "so", "too", "finally", "apparently", "seemed", "seems",
    "appeared", "looked", "looks", "sounded", "felt", "feels", "said", "says", "told", "tells",
    "came", "comes", "went", "goes", "got", "gets", "left", "took", "made", "sat", "ran",
    "rang", "saw", "thought", "brought", "kept", "began", "gave", "spoke", "knew", "heard",
    "met", "found", "lost", "and", "or", "nor", "from", "who", "whose", "which", "that",
]  # fmt: skip
# words of mood and state in a note's shorthand ("Rose tearful", "Mark drunk again")
_MOOD = [
    "tearful", "teary", "low", "upset", "angry", "anxious", "calm", "quiet", "withdrawn",
    "happy", "sad", "tired", "well", "unwell", "better", "worse", "ok", "okay", "fine", "late",
    "early", "drunk", "sober", "high", "pregnant", "homeless", "unemployed", "ill", "sick",
    "poorly", "distressed", "agitated", "drowsy", "stable", "unsettled", "reluctant", "keen",
    "scared", "afraid", "lonely", "alone", "confused", "proud", "emotional", "suicidal",
    "hostile", "aggressive", "violent", "nervous", "present", "absent", "missing", "home",
    "married", "single", "asleep", "awake", "ready", "unable", "able", "busy", "new", "Mark",
]  # fmt: skip
# what stands for a verb left out ("Mark at school", "Dawn her keyworker")
_SHORTHAND = [
    "at", "school", "Dawn", "her", "#", "keyworker", "a", "friend", "in", "on", "about",
    "with", "to", "for", "into", "after", "before", "by", "without", "near", "off", "out",
    "up", "down", "over", "an", "the", "his", "their", "my", "our", "your", "its", "this",
    "another", "one",
]  # fmt: skip
# irregular past tenses (a regular one ends in "-ed"): "Jack broke", "Laura wore"
_IRREGULAR_PAST = [
    "ate", "awoke", "beat", "became", "began", "bent", "bet", "bit", "bled", "blew", "bought",
    "broke", "brought", "built", "burnt", "caught", "chose", "clung", "cost", "crept", "cut",
    "dealt", "did", "dove", "drank", "drew", "dreamt", "drove", "dug", "fed", "fell", "felt",
    "fled", "flew", "forgave", "forgot", "fought", "found", "froze", "gave", "got", "grew",
    "had", "heard", "held", "hid", "hit", "hung", "hurt", "kept", "knelt", "knew", "laid",
    "lay", "led", "leant", "learnt", "left", "lent", "let", "lied", "lit", "lost", "made",
    "meant", "met", "paid", "put", "quit", "ran", "rang", "read", "rode", "rose", "said",
    "sang", "sank", "sat", "saw", "sent", "set", "shook", "shot", "shut", "slept", "slid",
    "sold", "sought", "spat", "spent", "spilt", "split", "spoke", "spread", "stank", "stole",
    "stood", "struck", "stuck", "stung", "swam", "swore", "swung", "taught", "thought",
    "threw", "told", "took", "tore", "understood", "wept", "woke", "won", "wore", "wrote",
    "cannot", "can't", "won't", "didn't", "wouldn't", "couldn't", "shouldn't",
]  # fmt: skip
AFTER_A_PERSON = frozenset(_VERBS_AND_ADVERBS + _MOOD + _SHORTHAND + _IRREGULAR_PAST)
# The first names read as their word before a plain word: those used as ordinary words
# at a sentence's start in notes ("Frank conversation", "Crystal clear", "Max dose").
# Any other first name stays a person, whatever follows ("Laura wore", "Emma ate").
WORD_NAMES = frozenset(
    [
        "amber", "angel", "autumn", "bill", "bob", "brook", "brown", "chase", "cliff",
        "crystal", "dawn", "dean", "drew", "faith", "frank", "grace", "grant", "guy", "holly",
        "hope", "iris", "ivy", "jack", "joy", "lance", "mark", "max", "mercy", "miles", "pat",
        "patience", "pearl", "penny", "ray", "rich", "rob", "rose", "ruby", "rusty", "sandy",
        "sky", "sterling", "storm", "sue", "summer", "sunny", "victoria", "wade", "will",
        "winter", "crystal", "destiny", "harmony", "honey", "misty", "river", "stormy",
        "young",
    ]
)  # fmt: skip
# Places whose word is an everyday noun put before another ("Turkey sandwiches",
# "Orange juice", "Brown envelopes", "Bath towel"): read as the word the same way.
WORD_PLACES = frozenset(
    ["turkey", "orange", "brown", "china", "jersey", "wellington", "harvest", "bath", "cork",
     "devon", "cheddar", "champagne", "java", "panama", "cologne", "rota"]
)  # fmt: skip
_NEXT_WORD = re.compile(r"([a-z]+)(?:['\u2019]s)?(?![\w'\u2019-])")  # "Young people's group"


# a word-name's own idioms, whatever the words after would say ("Dawn to dusk she's
# crying", "Rose from her chair", "Amber warning for snow"); a word-name before
# anything else that follows a person ("Rose from Housing rang", "Dawn to ring the
# GP", "Drew a knife") is still a person
_IDIOMS = {
    "frank": ("and honest", "and open", "discussion", "conversation", "exchange"),
    "peer": (
        "support",
        "supporter",
        "supporters",
        "mentor",
        "mentors",
        "mentoring",
        "pressure",
        "call",
        "calls",
        "group",
        "groups",
        "review",
        "worker",
        "workers",
        "meeting",
        "session",
        "sessions",
        "led",
        "network",
        "work",
    ),
    "keen": ("on the", "on getting", "to get", "to go", "to try", "to start", "to talk"),
    "drew": (
        "a picture",
        "a drawing",
        "pictures",
        "a timeline",
        "a genogram",
        "a map",
        "a diagram",
        "a line under",
    ),
    "rose": (
        "from her chair",
        "from his chair",
        "from the chair",
        "from bed",
        "to her feet",
        "to his feet",
        "early",
    ),
    "amber": ("warning", "weather warning", "alert"),
    "sunny": ("today", "spells", "weather", "morning", "afternoon"),
    "dawn": ("to dusk", "till dusk", "until dusk", "chorus", "raid", "prayers", "prayer"),
    "grace": ("before meals", "before dinner", "before food", "before eating", "at meals"),
    "patience": ("wearing thin", "worn thin", "running out", "running thin"),
    "chase": ("up the", "up with the"),
    "pat": ("on the back for", "on the back -", "on the back,", "on the back."),
    "mark": ("this one urgent", "this as urgent", "as urgent"),
    "sue": ("the landlord", "the council"),
    "green": ("light",),
}


def word_reading(text: str, end: int, word: str, lex: Lexicon, relations: Collection[str]) -> bool:
    """``word`` (ending at ``end``) opens a sentence: read it as the ordinary word?
    Only one of WORD_NAMES or WORD_PLACES that the lists know in lower case, followed
    by a space and a plain lower-case word that is none of the above, no relative
    ("Rose mum of two") and no likely verb or adverb ("-ed", "-s", "-ly", "-ing"; a
    plural after a place is a noun: "Turkey sandwiches")."""
    low = word.lower()
    idioms = _IDIOMS.get(low)
    if idioms and text[end : end + 1] == " " and any(_idiom(text, end + 1, i) for i in idioms):
        # (not when the note names someone so: "Sue Patel attended. Sue for …")
        return not _named(text, word)
    if low not in WORD_NAMES and low not in WORD_PLACES:
        return False
    if not (low in lex.common or low in lex.dictionary) or text[end : end + 1] != " ":
        return False
    nxt = _NEXT_WORD.match(text, end + 1)
    if nxt is None:
        return False
    after = nxt.group(1)
    # a place before a plural is a noun before a noun ("Turkey sandwiches")
    endings = ("ed", "ly", "ing") if low in WORD_PLACES else ("ed", "s", "ly", "ing")
    return after not in AFTER_A_PERSON and after not in relations and not after.endswith(endings)


def _idiom(text: str, start: int, idiom: str) -> bool:
    """``idiom`` is at ``start``, as whole words."""
    end = start + len(idiom)
    return text.startswith(idiom, start) and not text[end : end + 1].isalnum()


def _named(text: str, word: str) -> bool:
    """The note names someone with this word: "Sue Patel", "Mr Green", "Ms Green"."""
    return (
        re.search(rf"\b{re.escape(word)}[ \t]+[A-Z][a-z]", text) is not None
        or re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+{re.escape(word)}\b", text) is not None
    )
