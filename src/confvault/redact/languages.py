"""Languages that notes name, often to book an interpreter ("speaks Dari and
Pashto", "needs a Tigrinya interpreter"). A language names no one, but several are
also people's names ("Shona", "Akan", "Welsh"): a language's name is an ordinary
word only where the note speaks of language, just before or just after it."""

from __future__ import annotations

import re

LANGUAGES = frozenset(
    ["dari", "pashto", "tigrinya", "amharic", "somali", "urdu", "punjabi", "bengali", "bangla",
     "sylheti", "gujarati", "tamil", "kurdish", "sorani", "kurmanji", "badini", "farsi",
     "persian", "arabic", "polish", "romanian", "lithuanian", "latvian", "bulgarian", "czech",
     "slovak", "hungarian", "ukrainian", "russian", "twi", "akan", "yoruba", "igbo", "hausa",
     "swahili", "lingala", "tagalog", "filipino", "cantonese", "mandarin", "hakka",
     "vietnamese", "portuguese", "spanish", "turkish", "albanian", "oromo", "shona", "zulu",
     "xhosa", "afrikaans", "hindi", "malayalam", "telugu", "marathi", "nepali", "sinhala",
     "pidgin", "krio", "wolof", "fula", "tigre", "kinyarwanda", "kirundi", "luganda",
     "sesotho", "setswana", "ndebele", "mirpuri", "pahari", "hindko", "saraiki", "balochi",
     "uyghur", "burmese", "khmer", "thai", "lao", "korean", "japanese", "samoan",
     "tongan", "fijian", "māori", "welsh", "gaelic", "irish", "bsl", "makaton"]
)  # fmt: skip

# Greetings and expressions of faith that notes quote as clients said them ("She said
# 'Inshallah'", "'Yebo'"): ordinary words, never names
SAID_WORDS = frozenset(
    ["inshallah", "insha'allah", "mashallah", "alhamdulillah", "subhanallah", "wallahi",
     "wallah", "bismillah", "allahu", "akbar", "yebo", "sawubona", "ubuntu", "shalom",
     "namaste", "salaam", "salam", "haere", "ora", "nah", "ta", "innit", "ere", "eish",
     "haibo", "hamba", "whanau", "whānau", "howzit"]
)  # fmt: skip

# a word for speaking, reading or interpreting, at most three words before
# ("speaks a bit of Dari", "speaks Dari and Pashto")
_BEFORE = re.compile(
    r"(?i)\b(?:speaks?|spoke|spoken|speaking|fluent|languages?|interpret\w*|translat\w*|"
    r"understands?|reads?|writes?|learning|lessons|tongue|only|mainly|mostly|in)"
    r"(?:[ \t]+(?:a|bit|of|some|little|and|or|in|only|mainly|mostly|fluent|good|broken|"
    r"basic|[A-Z][a-z]+,?))*[ \t]+(?:and[ \t]+|or[ \t]+)?$"
)
_AFTER = re.compile(
    r"(?i)[ \t-]+(?:interpreters?|speakers?|speaking|translators?|translation|language|"
    r"lessons?|class(?:es)?|version|subtitles|-speaking)\b"
)


# right before a word, what makes any word a language, listed or not: "speaks Lakota",
# "he only speaks Cherokee", "session mostly in Kreol" (session 20)
_SPOKEN = re.compile(
    r"(?i)(?:\b(?:speaks?|spoke|speaking|fluent[ \t]+in)"
    r"|\b(?:session|sessions|conversation|call|chat|talked|spoke|written|texts?|everything)"
    r"[ \t]+(?:(?:was|is|all|mostly|mainly|partly)[ \t]+)*in)"
    r"[ \t]+(?:(?:only|mostly|mainly|some|a[ \t]+bit[ \t]+of|a[ \t]+little)[ \t]+)?$"
)


# the words _SPOKEN can end in (before its spaces), in lower case
_SPOKEN_LAST = ("speak", "speaks", "spoke", "speaking", "in", "only", "mostly", "mainly", "some",
                "of", "little")  # fmt: skip


def _may_be_spoken(text: str, start: int) -> bool:
    """False when _SPOKEN cannot match just before ``start``: it ends in one of
    _SPOKEN_LAST and spaces or tabs (and "$" also matches before a last newline).
    Outside ASCII (where "(?i)" also takes long s, the Kelvin sign and dotted or
    dotless i) it answers True."""
    end = start - 1 if text[start - 1 : start] == "\n" else start
    if text[end - 1 : end] not in (" ", "\t"):
        return False  # (after a stop, a bracket or a quote, or at the start)
    # (in the window _SPOKEN searches; eight characters hold the longest, "speaking")
    tail = text[max(0, start - 48) : end].rstrip(" \t")[-8:]
    return not tail.isascii() or tail.lower().endswith(_SPOKEN_LAST)


def spoken_of(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is a language here, not a person."""
    if text[start:end].lower() not in LANGUAGES:
        return (
            _may_be_spoken(text, start)
            and _SPOKEN.search(text, max(0, start - 48), start) is not None
            and not text[start:end].endswith(("'s", "\u2019s"))  # "spoke Kofi's name"
        )
    return (
        _BEFORE.search(text, max(0, start - 48), start) is not None
        or _AFTER.match(text, end) is not None
    )
