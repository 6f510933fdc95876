"""Small hand-written word lists shared by the detectors (written for confvault)."""

from __future__ import annotations

import re

from .languages import SAID_WORDS
from .modern_words import BRAND_WORDS, IDENTITY_WORDS, NOTE_WORDS
from .peoples import PEOPLE_WORDS
from .world_words import WORLD_WORDS

# Words that identify no one on their own; parts of a registered multi-word
# identifier that are in this set are not matched on their own.
FUNCTION_WORDS = frozenset(
    [
        "us",  # no frequency list has it: it is also a surname
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "nor",
        "but",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "des",
        "la",
        "le",
        "les",
        "los",
        "las",
        "el",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "y",
        "e",
        "et",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "st",
        "saint",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "dame",
        "rev",
        "fr",
        "no",
        "nos",
        "i",
        "me",
        "my",
        "mine",
        "we",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "as",
        "so",
        "if",
        "then",
        "than",
        "too",
        "very",
        "not",
    ]
)

TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "fr",
        "father",
        "sr",
        "det",
        "officer",
        "pc",
        "sgt",
        "judge",
        # community titles before a name ("Sis Comfort", "Mdm Lim"; not Pastor, Imam,
        # Sheikh or Deacon, which are also surnames: "Imran Sheikh")
        "ustaz",
        "sis",
        "mdm",
        "madam",
        "encik",
        "puan",
    ]
)

# Upper-case abbreviations common in notes that are not names.
ACRONYMS = frozenset(
    [
        # hospital units (session 11)
        "nicu",
        "picu",
        "scbu",
        "hdu",
        "ccu",
        "amu",
        "sdec",
        "iapt",
        "acas",
        "ok",
        "okay",
        "asap",
        "atm",
        "iban",
        "nhs",
        "gp",
        "cbt",
        "dbt",
        "act",
        "emdr",
        "adhd",
        "add",
        "asd",
        "ptsd",
        "ocd",
        "bpd",
        "eupd",
        "gad",
        "mdd",
        "camhs",
        "cmht",
        "iapt",
        "a&e",
        "er",
        "icu",
        "ae",
        "aa",
        "na",
        "sms",
        "dm",
        "pm",
        "am",
        "faq",
        "fyi",
        "btw",
        "tbh",
        "lol",
        "omg",
        "usa",
        "uk",
        "eu",
        "un",
        "who",
        "bbc",
        "tv",
        "dvd",
        "pc",
        "it",
        "hr",
        "ceo",
        "cfo",
        "vip",
        "diy",
        "rip",
        "id",
        "pin",
        "sos",
        "vs",
        "etc",
        "ie",
        "eg",
        "nb",
        "ps",
        "re",
        "cc",
        "bcc",
        "dob",
        "dbs",
        "sen",
        "send",
        "ehcp",
        "iep",
        "lgbt",
        "lgbtq",
        "lgbtqia",
        "nhs",
        "fbi",
        "cia",
        "cctv",
        "gcse",
        "gcses",
        "sats",
        "ucas",
        "covid",
        "pdf",
        "url",
        "www",
        "http",
        "https",
        "html",
        "api",
        "usb",
        "wifi",
        "ssn",
        "nino",
        "dl",
        "sin",
        "tin",
        "vat",
        "ni",
        "ssn",
        "mbi",
        "npi",
        "ok",
    ]
)

RELATIONS = (
    "sister|brother|mum|mom|mam|mother|dad|da|father|son|daughter|aunt|auntie|uncle|cousin|nan|nana|"
    "gran|granny|grandma|grandmother|grandad|granddad|grandfather|grandpa|niece|nephew|husband|"
    "wife|partner|boyfriend|girlfriend|fianc[eé]e?|friend|mate|colleague|boss|manager|teacher|"
    "therapist|counsell?or|gp|doctor|nurse|social worker|caseworker|case worker|key ?worker|"
    "support worker|probation officer|carer|neighbou?r|flatmate|roommate|child|kid|baby|"
    "step-?dad|step-?mum|step-?mom|step-?father|step-?mother|step-?son|step-?daughter|landlord|"
    "landlady|"
    "solicitor|lawyer|coach|tutor|pastor|priest|imam|rabbi|ex|bestie|sibling|twin|psychiatrist|"
    "psychologist|worker|advocate|supervisor|client|patient|student|pupil|housemate|"
    # family words of other languages that notes use as they are
    "nani|dadi|nonna|nonno|abuela|abuelo|oma|opa|ouma|oupa|babcia|bubbe|zayde|koro|kuia|aunty|"
    # (session 16; none of them a first name in the lists: not "lola", "bibi", "mamie")
    # (not "amma", "sitti": first names too; not "tutu": a skirt too; review 31)
    "teta|jiddo|jido|sitto|yiayia|papou|pappou|bubby|zaidy|zaide|nainai|yeye|"
    "laolao|halmeoni|obaachan|abuelita|abuelito|vovo|ajji|nanu|khala|chacha|chachi|phupho|"
    "ammi|abbu|appa|thatha|paati|mamaw|papaw|meemaw|gogo|mkhulu|tupuna|"
    # aunts, uncles, cousins and in-laws in Spanish, Portuguese, Polish, German, Italian
    # (session 18; not "tia" unaccented, a first name)
    # (not "prima", "primo": English words too, "prima donna"; review 39)
    "tía|t[íi]o|hermana|hermano|madrina|padrino|suegra|suegro|cu[ñn]ada|"
    "cu[ñn]ado|irm[ãa]|irm[ãa]o|ciocia|wujek|dziadek|tante|onkel|zia|zio|"
    "babymother|babyfather|babymama|babydaddy|baby mother|baby father|baby mama|baby daddy"
)

# apps, games, shows and brands: words even after a cue ("obsessed w/ Minecraft")
BRANDS = frozenset(BRAND_WORDS)

# contractions typed without their apostrophe that the frequency lists and dictionary
# do not hold ("hasnt told anyone" was a name); those that are words anyway ("were",
# "ill", "shell") are not here
BARE_CONTRACTIONS = frozenset(
    ["youll", "couldnt", "whos", "wheres", "itll", "hows", "heres", "yknow", "hasnt", "hed",
     "theyve", "wouldve", "hadnt", "everythings", "howd", "couldve", "cmon", "shouldve",
     "whatd", "thatll", "theyd", "itd", "whered", "mustve", "whyd", "whatre", "thatd",
     "therell", "whod", "dyou", "yall", "mightve", "thisll", "whatll", "thered", "howre",
     "wholl", "whove", "neednt", "therere", "whereve", "whatve", "howve", "whend", "sposed",
     "whyre", "thereve", "gnight", "imma", "probly", "mustnt", "shouldnt", "wouldnt"]
)  # fmt: skip

EXTRA_WORDS = frozenset(
    [
        *NOTE_WORDS,
        *PEOPLE_WORDS,
        *BARE_CONTRACTIONS,
        *WORLD_WORDS,  # medicines, faith, kinship, languages, services of notes worldwide
        *SAID_WORDS,
        *BRAND_WORDS,
        *IDENTITY_WORDS,
        "tel",
        "fax",
        "mob",
        "email",
        "emails",
        "emailed",
        "e-mail",
        "online",
        "app",
        "apps",
        "wifi",
        "internet",
        "website",
        "ceo",
        "ceos",
        "cfo",
        "hr",
        "gp",
        "gps",
        "covid",
        "vape",
        "vaping",
        "selfie",
        "smartphone",
        "laptop",
        "podcast",
        "whatsapp",
        "facebook",
        "instagram",
        "tiktok",
        "snapchat",
        "youtube",
        "google",
        "zoom",
        "skype",
        "teams",
        "uber",
        "netflix",
        # festivals and words of notes the name lists hold as names ("since Easter",
        # "say goodnight", "HANDOVER NOTE")
        "easter",
        "goodnight",
        "handover",
        "handovers",
        "page",  # ("Page 3 of the form"; a first name and a surname in the lists)
        # peoples the lists hold as names or places ("Traveller & Roma liaison")
        "roma",
        "romani",
        "romany",
    ]
)


# Words that name no one when typed in lower case, though capitalised they may:
# months ("in jan", "april showers"; Jan, April and June are also first names).
LOWER_CASE_WORDS = frozenset(
    [
        # British spellings the lists lack or hold only as names ("in Newlyn harbour"),
        # and Māori words that are also given names ("back at kura"; "Kura said")
        "harbour",
        "favour",
        "honour",
        "saviour",
        "armour",
        "splendour",
        "valour",
        "candour",
        "endeavour",
        "kerb",
        "storey",
        "kura",
        "tangi",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "april",
        "june",
        "august",
    ]
)


# what a person does after their name, as notes write it (a name met again before one
# of these is the person: opening.py, known_typos.py)
PERSON_VERB = (
    "(?:said|says|told|tells|rang|rings|called|came|went|wants|wanted|feels|felt|thinks|"
    "thought|cried|asked|agreed|refused|arrived|attended|texted|phoned|messaged|is|was|has|"
    "had|works|lives|stays|seems|looks|needs|can't|won't|didn't|doesn't|isn't|wasn't)"
)


# services and ways of meeting that notes capitalise as if places ("moved to Respite",
# "switched to Online", "in Hospice"): no district's name
SERVICE_WORDS = frozenset(
    ["respite", "hostel", "detox", "hospice", "rehab", "refuge", "outreach", "online", "zoom",
     "skype", "telehealth", "whatsapp", "facetime", "teams", "housing", "foster", "kinship",
     "care", "court", "hospital", "school", "college", "uni", "university", "work", "church",
     "mosque", "temple", "prison", "custody", "shelter", "daycare", "recovery", "therapy",
     "counselling", "supervision", "probation", "remand", "bail", "hostels", "placement",
     # hospital departments as notes shorten them ("seen in Neuro", review 28)
     "neuro", "cardio", "ortho", "gastro", "resus", "paeds", "peds", "gynae", "obs", "onc",
     "derm", "haem", "renal", "maternity", "triage", "radiography", "radiology", "physio",
     "endo", "rheumy", "uro", "ent", "icu", "hdu", "amu", "sdec", "neonatal", "oncology"]
)  # fmt: skip


# weekdays of other languages (German, Dutch, Spanish, Portuguese, French, Italian,
# Nordic, Polish, Welsh), as a regex alternation: before a date they are part of it
FOREIGN_WEEKDAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunes|martes|mi[eé]rcoles|jueves|"
    r"viernes|s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"
    r"venerd[iì]|sabato|domenica|mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag|"
    r"m[aå]ndag|tisdag|poniedzia[lł]ek|wtorek|[sś]rod[aę]|czwartek|pi[aą]tek|sobot[aę]|"
    r"niedziel[aę]|d?dydd[ \t]+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)"
)


# a number's unit just after it: a duration or a count, so no house, block or district
# number ("husband in Russia 6 yrs", "Leeds 3 years", "5011, 40 min drive"; session 24)
UNIT_AFTER = re.compile(
    r"[ \t]*(?:years?|yrs?|months?|mths?|mos|weeks?|wks?|days?|nights?|hours?|hrs?|"
    r"minutes?|mins?|times|kids|children|miles?|kms?)\b"
)

# a currency after a number makes it an amount, whatever label came before it, in the
# scripts where a label's word is also a fee's ("رسوم الإقامة 25000 ريال", "护照费用 12000
# 元", "یک موبایل 15000000 تومان"); not English words ("won't" is no won, and "account
# 41234567 dollars all gone" may well be the account), nor before another number
AMOUNT_AFTER = re.compile(
    "[ \t]*(?:ريال|ليرة|ليرات|تومان|درهم|دينار|جنيه|روپیه|روپے|रुपये|रुपए|টাকা|ብር|บาท|"
    '\u5143|\u5757|\u5186|\uc6d0|\u20aa|\u20b9|\u05e9\u05e7\u05dc|\u05e9["\u05f4]\u05d7)'
    "(?![ \t]*\\d)"
)
