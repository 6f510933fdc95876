"""The rules :func:`.names.detect_names` judges a run of capitalised words by: its body,
its category, a heading in capitals, a place of several words, the particles and house
numbers around it, and the words that are no name after "a" or "the"."""

from __future__ import annotations

import re

from . import addresses, word_names
from .lexicon import Lexicon, frequent, inflected, is_word, lexicon, subtitle_name
from .name_context import (
    PLACE_CTX,
    ends_in,
    place_last,
)
from .name_runs import _PARTICLES, _SAINT_WORDS
from .name_words import (
    AMBIG,
    COMMON,
    INITIAL,
    NAME,
    PLACE,
    RARE,
    RELATION_WORDS,
    ROMAN,
    SAFE,
    SUFFIX,
    TITLE,
    UNKNOWN,
    Tok,
)
from .org_words import WEAK_SUFFIXES
from .words import FUNCTION_WORDS, UNIT_AFTER

_FLAGGING = (NAME, PLACE, UNKNOWN)


# (not an amount's figures: "Rs 18,000", "Rs 1.5 lakh")
_NUM_AFTER = re.compile(r"[ \t]+\d{1,6}[A-Za-z]?(?:-\d{1,4}){0,2}(?![\w]|[.,]\d)")  # "Taishi 1-4-9"
_NUM_BEFORE = re.compile(r"(?<![\w.,/:-])\d{1,6}[A-Za-z]?[ \t]+$")  # not a time: "20:05 Lone"


def _body(run: list[Tok], flags: list[bool], keep_common: bool) -> list[Tok]:
    """Trim titles and sentence-opening ordinary words; trailing initials."""
    i, j = 0, len(run)
    while i < j and not flags[i]:
        t = run[i]
        if t.text in _NICKNAME_WORDS and i + 1 < j and flags[i + 1]:
            break  # "Big Dave", "Little Mo": the nickname's word goes with the name
        if keep_common and t.cls == SAFE and t.text.lower() not in FUNCTION_WORDS:
            break  # "National Van Lines", not "The …"
        if t.cls in (SAFE, TITLE, ROMAN, INITIAL) or (
            t.first and t.cls == COMMON and not keep_common and not _given_name(run, flags, i)
        ):
            i += 1
        else:
            break
    while j > i and run[j - 1].cls in (SAFE, TITLE, INITIAL) and not flags[j - 1]:
        if run[j - 1].text in _NAME_SYLLABLES and j - 2 >= i and flags[j - 2]:
            break  # "Nguyễn Văn An": a name's last syllable, capitalised mid-sentence
        j -= 1
    return run[i:j]


def _given_name(run: list[Tok], flags: list[bool], i: int) -> bool:
    """A rare word opening a sentence before a name found: a first name that only the
    frequency lists hold, from film subtitles ("Ranjit Sohal came in")."""
    if i + 1 >= len(run) or not flags[i + 1] or run[i + 1].cls not in (NAME, PLACE, UNKNOWN):
        return False
    lex = lexicon()
    word = run[i].text.lower()
    if run[i + 1].cls == PLACE and run[i + 1].text.lower() not in lex.surnames:
        return False  # "Ozark Springs"
    if word.endswith(_NOT_NAME_ENDS) or inflected(word, lex):
        return False  # "Remanded Mountjoy", "Tearful Monday", "Calmer Oisin", "Teary Ann"
    return subtitle_name(word, lex) and word not in lex.dictionary


def given_before(run: list[Tok], lex: Lexicon) -> bool:
    """The word opening a sentence before a surname found is a rare word that no
    ending makes from another ("Alf Whitworth rang"; not "Meanwhile Smith rang",
    "Tearful Smith")."""
    word = run[0].text.lower()
    return (
        run[0].first
        and run[0].cls == COMMON
        and not frequent(word, lex)
        and not word.endswith(_NOT_NAME_ENDS)
        and not inflected(word, lex)
        and run[1].text.lower() in lex.surnames
    )


# endings of verbs and adjectives that open a note's sentence, whatever their stem
_NOT_NAME_ENDS = ("ed", "ful", "ing", "ly", "over", "less", "ous")


_NICKNAME_WORDS = frozenset(["Big", "Little", "Wee", "Lil"])
# Vietnamese name syllables that are also English function words
_NAME_SYLLABLES = frozenset(["An", "Do"])


_RELATIVE_AFTER = re.compile(r"[ \t]+(?:new[ \t]+|old[ \t]+)?([a-z]+)\b")


def _has_relative(text: str, tok: Tok, lex: Lexicon) -> bool:
    """A first name with "'s" and a relative after it: "Chloe's ex", "Hope's mum"."""
    word = tok.text
    if not word[0].isupper():
        return False  # "will's dad came": typed without capitals, a word may be meant
    if not word.endswith(("'s", "\u2019s")) or word[:-2].lower() not in lex.first_names:
        return False
    m = _RELATIVE_AFTER.match(text, tok.end)
    return m is not None and (m.group(1) in RELATION_WORDS or m.group(1) in ("ex", "bf", "gf"))


# what "lives in the …" names that is no place: decades and kinds of home
_NOT_HOMES = frozenset(
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
     "nineties", "noughties", "refuge", "hostel", "annexe", "annex", "foyer", "jobcentre",
     "bungalow", "shelter", "hospital", "army", "navy", "forces", "church", "projects",
     "care", "system", "community", "unit", "ward", "centre", "center", "home", "house"]
)  # fmt: skip
_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _home_after_the(text: str, tok: Tok, lex: Lexicon) -> bool:
    word = tok.text.lower()
    if word in _NOT_HOMES or lex.common.get(word, RARE) < RARE:
        return False
    nxt = _NOUN_AFTER.match(text, tok.end)  # "the Pentecostal church": a kind of church
    return nxt is None or nxt.group(1) in FUNCTION_WORDS


def _heading(run: list[Tok], lex: Lexicon) -> bool:
    """A run in capitals of ordinary words, none a first name and each a dictionary
    word or a frequent one that is no place or surname, one at least neither
    ("ROTA MESSAGE"; not "JOHN SMITH", "MARY ROSE", "NOTES FROM LEEDS")."""
    if not all(t.text.isupper() and t.cls != SUFFIX for t in run):
        return False  # ("KNOWLEDGE AGENCY": an organisation's word makes it a name)
    words = [t.text.lower() for t in run]
    for w in words:
        if w in lex.first_names:
            return False
        if w not in lex.dictionary and (
            w not in lex.common or w in lex.places or w in lex.surnames
        ):
            return False  # "LEEDS", "SMITH": a place or a name, however frequent
    return any(w not in lex.surnames and w not in lex.places for w in words)


# a job's title in capitals: ordinary words, then the role ("Offender Manager",
# "Probation Officer", "Young Carers Lead"; not "Grace Lead", "Dave Manager")
_ROLE_NOUNS = frozenset(
    ["manager", "officer", "lead", "worker", "coordinator", "co-ordinator", "advisor", "adviser",
     "practitioner", "nurse", "counsellor", "counselor", "mentor", "navigator", "champion",
     "liaison", "assistant", "director", "supervisor", "chaplain", "visitor", "therapist",
     "specialist", "consultant", "caseworker", "keyworker", "advocate",
     # and a service's kind: "Palliative Care", "Counselling Services"
     "care", "team", "services", "service", "programme", "program"]
)  # fmt: skip
# the words a job's title is made of before its role: services and their kinds, never
# a place or a name ("Hull Probation Officer" and "Gift Support Worker" stay found)
_JOB_WORDS = frozenset(
    ["offender", "probation", "housing", "tenancy", "youth", "young", "carers", "carer",
     "family", "families", "support", "peer", "senior", "junior", "key", "head", "chief",
     "deputy", "lead", "principal", "assistant", "community", "mental", "health", "social",
     "care", "case", "clinical", "liaison", "outreach", "welfare", "safeguarding", "duty",
     "recovery", "drug", "drugs", "alcohol", "substance", "misuse", "employment", "benefits",
     "debt", "money", "student", "students", "school", "pastoral", "learning", "ward",
     "charge", "staff", "practice", "district", "specialist", "crisis", "homeless",
     "homelessness", "resettlement", "refugee", "domestic", "abuse", "violence", "victim",
     "victims", "independent", "sexual", "engagement", "inclusion", "attendance", "wellbeing",
     "education", "training", "transition", "transitions", "leaving", "children", "child",
     "adult", "adults", "early", "help", "intervention", "prevention",
     "disability", "disabilities", "autism", "dementia", "palliative", "hospice", "chaplaincy",
     "bereavement", "advice", "advocacy", "tenant", "tenants", "neighbourhood", "estate",
     "prison", "custody", "release", "through-the-gate", "veterans", "armed", "forces",
     "service", "services", "team", "programme", "project", "volunteer", "volunteers",
     "nurse", "nursing", "midwife", "health-visiting", "occupational", "speech", "therapy",
     "continuing", "primary", "secondary", "spiritual", "counselling",
     "counseling", "club", "intensive", "treatment", "day", "respite", "acute", "home",
     "wellness", "psychology", "psychiatric", "perinatal", "maternity", "parenting"]
)  # fmt: skip


_SERVICE_KINDS = frozenset(["care", "team", "services", "service", "programme", "program"])


def job_title(run: list[Tok], lex: Lexicon) -> bool:
    """Only the words of services before the role, and no title: a job, not a name.
    Before a service's kind, none may be a surname or place either: "Ward Home Care"
    and "Key Care Services" are agencies' names."""
    last = run[-1].text.lower().removesuffix("'s").removesuffix("\u2019s") if run else ""
    if len(run) < 2 or last not in _ROLE_NOUNS:
        return False
    service = last in _SERVICE_KINDS
    for t in run[:-1]:
        w = t.text.lower()
        if t.cls == TITLE or w not in _JOB_WORDS:
            return False
        if service and (w in lex.surnames or w in lex.places or w in lex.first_names):
            return False
    return True


def _multiword_place(run: list[Tok], lex: Lexicon, text: str = "") -> list[Tok] | None:
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


def _saint(run: list[Tok]) -> int:
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
    lo = max(0, start - 12)
    space = text.rfind(" ", lo, start - 1)
    # (the slice stays within the window: a long text without a space before the
    # name would otherwise be copied for every name found)
    if text[space + 1 if space >= 0 else lo : start - 1].lower() not in _PARTICLE_SET:
        return start  # the word before is no particle (the common case)
    m = _PARTICLES_BEFORE.search(text, max(0, start - 24), start)
    return start if m is None else m.start(1)


def _category(
    body: list[Tok],
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
    if len(body) >= 2 and body[0].cls == COMMON and _given_name(body, [False, True], 0):
        return "NAME", ""  # "Ranjit Smith": a given name no name list holds, a surname
    flagged = [t for t in body if t.cls in _FLAGGING or t.cls == AMBIG] or body
    places = lex.places
    for t in flagged:
        if t.text.lower() not in places:
            # place_context(before), with the last word already found
            place = bool(last) and place_last(last) and ends_in(PLACE_CTX, before, 2)
            return ("LOCATION", "PLACE") if place else ("NAME", "")
    return "LOCATION", "PLACE"


# first names that after "a" are a faith or a word ("a Sharon at the DWP" is a person)
_AFTER_A = frozenset(
    ["christian", "karen", "muslim", "catholic", "baptist", "methodist", "mormon", "quaker",
     "hindu", "sikh", "jew", "buddhist", "pentecostal", "anglican", "protestant", "aries",
     "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius",
     "capricorn", "aquarius", "pisces"]
)  # fmt: skip


def _word_after_a(text: str, tok: Tok, lex: Lexicon) -> bool:
    """A capitalised word after "a"/"an" that is a word there: a faith or a sign ("a
    Christian", "a Virgo"), or a first name or brand before a noun ("a Poppy pin", "a
    Greggs pasty"); not a person ("a Sharon at the DWP") nor a place ("an Oldham
    refuge")."""
    low = tok.text.lower()
    if low in _AFTER_A:
        return True
    if tok.cls == PLACE or low in lex.places:
        return False
    nxt = _LOWER_NEXT.match(text, tok.end)
    return nxt is not None and nxt.group(1) not in word_names.AFTER_A_PERSON


_LOWER_NEXT = re.compile(r"[ \t]+([a-z]+)\b")


def _category_of_one(tok: Tok, lex: Lexicon, last: str, before: str) -> tuple[str, str]:
    """_category for a body of one flagged word, with no suffix and no cue."""
    low = tok.text.lower()
    if low.rstrip("'s\u2019") in lex.first_names:
        return "NAME", ""  # a first name: a person, whatever the context
    if low not in lex.places:
        place = bool(last) and place_last(last) and ends_in(PLACE_CTX, before, 2)
        return ("LOCATION", "PLACE") if place else ("NAME", "")
    return "LOCATION", "PLACE"


def _with_numbers(text: str, start: int, end: int) -> tuple[int, int, str]:
    kind = ""
    m = _NUM_AFTER.match(text, end)
    if m and not UNIT_AFTER.match(text, m.end()):  # not "in Russia 6 yrs"
        end, kind = m.end(), "ADDRESS"
    m2 = _NUM_BEFORE.search(text, max(0, start - 12), start)
    if m2:
        start, kind = m2.start(), "ADDRESS"
    if kind:
        start, end = addresses.grow(text, start, end)
    return start, end, kind


# The words and patterns detect_names reads around a run.
_SEASONS = frozenset(
    ["christmas", "xmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "passover",
     "summer", "winter", "spring", "autumn", "halloween", "weekends", "night", "nights"]
)  # fmt: skip


# what follows a title in a brand's or a character's name, not a person's
_TITLE_BRANDS = frozenset(
    ["martens", "google", "men", "muscle", "tumble", "whippy", "seuss", "pepper", "who",
     "oetker", "motivator", "blobby", "freeze", "beast"]
)  # fmt: skip


_QUOTES = ("'", '"', "\u2018", "\u2019", "\u201c", "\u201d")
# what is said of a film, a book, a song or a game: its title in quotes follows
# (not after "saw", "watching" or "reading": "saw 'Gaz' at the hostel", "has been
# watching 'Sipho' through the window" are as likely people as films)
_TITLE_QUOTED = re.compile(
    r"(?i)\b(?:watched|films?|movies?|books?|novel|"
    r"songs?|album|show|series|game|playing|played|listen(?:ed|ing)?[ \t]+to)"
    r"[ \t]+['\"\u2018\u201c]$"
)
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


_NO_HOMES = frozenset(["room", "rooms", "office", "reception", "kitchen", "lounge", "bed", "floor"])


def strong_suffix(run: list[Tok], i: int, lex: Lexicon) -> bool:
    """The suffix at ``run[i]`` makes the run a body: any suffix but a weak one, and a
    weak one after two words (a sentence's opening word not counted) or one that no
    word list holds ("Open Doors Advocacy", "Moorside Recovery"; not "Independent
    Advocacy", "Discussed Assertive Outreach")."""
    if run[i].text.lower() not in WEAK_SUFFIXES:
        return True
    before = [t for t in run[:i] if not (t.first and is_word(t.text, lex))]
    return len(before) >= 2 or any(not is_word(t.text, lex) for t in before)
