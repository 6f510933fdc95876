"""Languages that notes name, often to book an interpreter ("speaks Dari and
Pashto", "needs a Tigrinya interpreter"). A language names no one; the word
lists hold many of them as places or surnames, so they are listed here as
ordinary words."""

from __future__ import annotations

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
     "uyghur", "burmese", "khmer", "thai", "lao", "korean", "japanese", "te reo", "samoan",
     "tongan", "fijian", "māori", "welsh", "gaelic", "irish", "bsl", "makaton"]
)  # fmt: skip
