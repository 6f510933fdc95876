"""Details that a word just before them gives away, whatever the word itself is.

Each rule is a cue and what may follow it; the word lists alone would let these
through, because the detail is an ordinary or unknown word:

* a first name after a family title used as a title: "Auntie Blessing",
  "Uncle Precious" (not "Auntie Said": a frequent word after it is no name);
* a given name before an Arabic article surname: "Rami al-Hassan" (the given name
  may be a place as well);
* a one-word name in brackets after the person's role: "Student (Ife)",
  "Caller (Owain)" (not "Client (Male)", "Student (Nursing)");
* a hospital ward or suite with a name of its own: "the Bluebell Suite",
  "Rowan Ward" (not "Maternity Ward", "Family Suite");
* a handle quoted after *user* or *username*: "user 'Diesel_Dan_HGV'", and one
  after *handle*, *username*, *gamertag* unquoted when it looks like one: "(handle
  kettlecorn, …)" (not "can't handle CAMHS");
* an age over 89 after "is himself" / "is herself": "carer is himself 91";
* a named village or neighbourhood after the word for its kind in other countries:
  "Barangay Malinis", "Kampung Baru", "Mohalla Qasaban", "Colonia Roma", "Barrio
  Moravia", "zona 18";
* whose relative someone is (:mod:`.cued_relatives`).

One screen a rule; each pattern matches at a position in bounded time.
"""

from __future__ import annotations

import re

from .cued_relatives import (
    _AGENT_ENDS,
    _NOT_AFTER_TITLE,
    _NOT_GIVEN,
    _NOT_NAME_ENDS,
    _RARE,
    _free_word,
    _plain_cue_word,
    bare_relatives,
    named_relatives,
    with_their_relative,
)
from .cues import word_starts
from .first_letters import word_alternation
from .lexicon import (
    Lexicon,
    far_down,
    frequent,
    is_word,
    lexicon,
)
from .model import Span
from .name_words import RELATION_WORDS
from .words import (
    BARE_CONTRACTIONS,
    EXTRA_WORDS,
    FUNCTION_WORDS,
    TITLES,
)

# a word at least this rare (or in no frequency list) may be a name after these cues
_RARE_IN_BRACKETS = 10000
_RARE_AFTER_ROLE = 5000  # ("social worker Duty team": not a name)
_RARE_PT = 3000  # after "pt" or "calls": "Wren" is a name, "Also", "Doc" are not
_PERSON_DOES = re.compile(
    r"[ \t]+(?:was|is|has|had|said|says|drove|rang|called|came|went|told|helped|left|"
    r"agreed|arrived|visited|phoned|texted|emailed|wrote|sent|took|brought|will|would)\b"
)
_ABBREVIATIONS = frozenset(["ltd", "inc", "plc", "re", "xmas"])  # (as written: "Ltd", "Re")

# family words used as a title ("Auntie Blessing"), and words for a village or a
# neighbourhood in other countries ("Barangay Malinis"); each pattern below opens with
# their first letters, which the regex engine skips to
_FAMILY_TITLES = (
    "Auntie|Aunty|Aunt|Uncle|Nana|Nanna|Nonna|Nonno|Granny|Grandma|Grandad|Grandpa|Tita|Tito|Kuya"
)
_UNIT_KINDS = (
    r"Barangay|Brgy\.?|Purok|Sitio|Kampung|Kampong|Taman|Mohalla|Mohallah|Colonia|Aldea|"
    r"Vereda|Moshav|Kibbutz|Barrio|Bairro|Favela|Comuna|Zona|zona|Poblaci\u00f3n"
)


_FAMILY_TITLE = re.compile(
    word_alternation(_FAMILY_TITLES.split("|")) + r"[ \t]+"
    r"([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)?)\b"
)
# either rule's first word: one scan tells whether either can match (mostly neither)
_ANY_TITLE_OR_UNIT = re.compile(word_alternation(f"{_FAMILY_TITLES}|{_UNIT_KINDS}".split("|")))
_THE_BEFORE = re.compile(r"(?i:\bthe)[ \t]+$")  # "the Granny Annexe": no title
_ARTICLE_NAME = re.compile(
    r"(?<![\w'\u2019-])([A-Z][a-z]+)[ \t]+(?:al|el|Al|El)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
)
# a capitalised word alone in brackets, then the role before it (looked for only then)
_BRACKETED = re.compile(r"\(([A-Z][a-z]{1,15})\)")
_ROLE_BEFORE = re.compile(
    r"(?i:\b(?:student|client|caller|pupil|resident|patient|mentee|volunteer|colleague|"
    r"member|attendee|parent|carer|learner|tenant|supervisor|manager|worker|keyworker|nurse|"
    r"doctor|counsell?or|therapist|mentor|coordinator|advocate|teacher|tutor|lead))[ \t]*$"
)
# a capitalised word just after a worker's role, mid-sentence: "key worker Dev is off",
# "transport manager Dev." (the role first: it is rarer than a capital)
_ROLE_THEN = re.compile(
    r"(?=[wkcmndaostvpl])\b(?:worker|keyworker|caseworker|manager|nurse|doctor|coordinator|co-ordinator|mentor|"
    r"advocate|officer|supervisor|teacher|tutor|counsell?or|therapist|volunteer|colleague|"
    r"chaplain|warden|navigator|practitioner)(?:,[ \t]*|[ \t]+)"
    r"([A-Z][a-z]{1,15})(?=[ \t]*(?:[.,;:!?)\u2013\u2014]|$)|[ \t]+[a-z])"
)
# a name the person goes by: "prefers Mat", "goes by Tash", "known as Lucky"
_GOES_BY = re.compile(
    r"(?i:\b(?:prefers|preferred[ \t]+name(?:[ \t]+is)?|goes[ \t]+by|likes[ \t]+to[ \t]+be"
    r"[ \t]+called))[ \t]+['\"\u2018\u201c]?([A-Z][a-z]{1,15})"
    # the name alone, ending the clause ("prefers Mat.", not "prefers Tea to coffee")
    r"(?=['\"\u2019\u201d]?[ \t]*(?:[.,;:!?)\u2013\u2014-]|$))"
)
# a quoted nickname and who uses it: "'Lucky' to friends"
_NICKNAME_TO = re.compile(
    r"['\"\u2018\u201c]([A-Z][a-z]{1,15})['\"\u2019\u201d][ \t]+to[ \t]+(?:(?:her|his|their)"
    r"[ \t]+)?(?:friends|family|mates|everyone|the[ \t]+family)\b"
)
# a place by a person's name and what it is: "Cox's Bay", "Murphy's Point"
_OWNED_PLACE = re.compile(
    r"\b([A-Z][a-z]+)['\u2019]s[ \t]+(?:Bay|Beach|Point|Creek|Cove|Head|Island|Landing|Corner|"
    r"Pond|Lake|Crossing|Falls|Harbour|Harbor)\b"
)
# where a relative lives: "at her auntie's in Flankers", "her nan's place in Tottenham"
# what may follow a possessive for either rule below: read first, and only then the
# rules, which look at every capital or word
_AFTER_POSSESSIVE = re.compile(
    r"['\u2019]s[ \t]+(?:Bay|Beach|Point|Creek|Cove|Head|Island|Landing|Corner|Pond|Lake|"
    r"Crossing|Falls|Harbour|Harbor|(?:(?:place|house|flat|home)[ \t]+)?in[ \t]+[A-Z])"
)
_RELATIVE_HOME = re.compile(
    r"(?<![\w'\u2019-])([A-Za-z]+)['\u2019]s[ \t]+(?:(?:place|house|flat|home)[ \t]+)?in[ \t]+"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
)
# what follows a number that makes it no age: a unit, an amount, a score
_NOT_AN_AGE = (
    r"(?![\w%/]|\.\d|[ \t]*(?:mins?|minutes|hours?|hrs|days|weeks|months|miles|kg|percent|"
    r"quid|pounds?|pence|dollars|bucks|euros|rand|points|out[ \t]+of|short|over|under|behind|"
    r"in[ \t]+arrears|kilos?|lbs|stone|sessions?|followers|likes|views|calls|texts|messages|"
    r"visits|appointments)\b)"
)
# an age over 89 after the person's role: "Caller is 93"
_ROLE_AGE = re.compile(r"(?:is|was)[ \t]+(?:now[ \t]+)?(9\d|1[01]\d)" + _NOT_AN_AGE)
_ROLE_BEFORE_AGE = re.compile(
    r"(?i:\b(?:caller|client|resident|patient|pt|tenant|member|attendee|service[ \t]+user|"
    r"carer))[ \t]+$"
)
_WARD = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:Suite|Ward)\b")
# a quoted word with "_" or a digit in it, then the cue before it
_QUOTED_HANDLE = re.compile(r"['\"\u2018\u201c]([A-Za-z0-9][\w.]{2,30})['\"\u2019\u201d]")
_USER_BEFORE = re.compile(
    r"(?i:\b(?:user|username|user[ \t]+name|account|gamertag|handle))[ \t]*[:=]?[ \t]*$"
)
# a handle after its cue, without quotes: "(handle kettlecorn, real name Ines)"
# (blanks taken possessively: a cue before a long run of them stays linear)
_BARE_HANDLE = re.compile(
    r"(?i:\b(?:handle|username|user[ \t]+name|gamertag|screen[ \t]*+name)"
    r"(?:[ \t]++(?:is|was)\b)?+[ \t]*+[:=]?+[ \t]*+)"
    r"(@?[A-Za-z0-9][\w.]*[A-Za-z0-9_])(?![\w@'\u2019])"
)
_HANDLE_CUES = ("handle", "username", "user name", "gamertag", "screen")
# "handle" as a noun: after an owner, a platform or an opening mark, or before "is"
# (it is far more often the verb: "helping him handle catastrophising", review 28)
_HANDLE_NOUN_BEFORE = re.compile(
    r"(?:(?i:\b(?:her|his|their|my|your|our|the|a|new|old|own|ig|insta|instagram|tiktok|"
    r"twitter|x|discord|reddit|snap|snapchat|twitch|online|user|game|gaming|same|whose|"
    r"messenger|whatsapp|telegram|signal|kik|skype|facebook|fb|steam|xbox|psn|roblox|"
    r"minecraft|youtube|yt|threads|bluesky|tumblr|wattpad))[ \t]+"
    r"|[(\[,:;\n]|^)[ \t]*$"
)
_SELF_AGE = re.compile(
    r"(?i:\b(?:is|was|being)[ \t]+(?:himself|herself|themselves|themself)[ \t]+)"
    r"(9\d|1[01]\d)" + _NOT_AN_AGE
)
_LOCAL_UNIT = re.compile(
    word_alternation(_UNIT_KINDS.split("|")) + r"[ \t]+"
    r"(?:[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+){0,2}|\d{1,3}\b)"
)
_UNIT_WORD = re.compile(r"[^\s]+")
# what follows "Barangay" that is its office or a document, not its name
_UNIT_OFFICE = frozenset(
    ["captain", "kagawad", "chairman", "chairperson", "chair", "official", "officials",
     "hall", "health", "tanod", "tanods", "council", "clearance", "certificate",
     "protection", "office", "secretary", "id", "head", "chief", "worker", "workers",
     "elections", "election", "level", "court", "police"]
)  # fmt: skip
# words before "Ward" or "Suite" that say what kind it is, not which one
_GENERIC_WARD = frozenset(
    ["maternity", "labour", "postnatal", "antenatal", "neonatal", "childrens", "children's",
     "paediatric", "pediatric", "surgical", "medical", "acute", "assessment", "admissions",
     "admission", "day", "family", "quiet", "sensory", "bereavement", "relatives",
     "relative's", "intensive", "dependency", "coronary", "cardiac", "stroke", "renal",
     "oncology", "cancer", "psychiatric", "secure", "forensic", "rehab", "rehabilitation",
     "respite", "dementia", "elderly", "older", "general", "private", "isolation", "recovery",
     "discharge", "burns", "trauma", "crisis", "triage", "emergency", "outpatient",
     "outpatients", "inpatient", "treatment", "therapy", "chemo", "chemotherapy", "dialysis",
     "observation", "holding", "youth", "adolescent", "adult", "adults", "women's", "womens",
     "men's", "mens", "female", "male", "bridal", "honeymoon", "presidential", "executive",
     "conference", "function", "delivery", "birthing", "birth", "resus", "resuscitation",
     "side", "single", "closed", "open", "locked", "new", "old", "east", "west", "north",
     "south", "main", "upper", "lower", "ground", "first", "second", "third", "top", "back",
     "front", "same", "other", "mixed", "labor", "endoscopy", "en", "infusion", "bariatric",
     "haematology", "hematology", "gynae", "gynaecology", "ortho", "orthopaedic", "urology",
     "neurology", "respiratory", "geriatric", "psych", "detox", "custody", "covid", "abe",
     "interview", "video", "maternity", "recovery", "renal", "sensory"]
)  # fmt: skip
_SUBJECTS = frozenset(
    ["maths", "math", "english", "science", "history", "geography", "music", "drama", "art",
     "french", "spanish", "german", "biology", "chemistry", "physics", "computing", "pe",
     "re", "law", "nursing", "media", "dance", "business", "economics", "psychology",
     "sociology", "design"]
)  # fmt: skip
# "Student (Nursing)", "Client (Retired)", "Tenant (Formerly)": a word, not a name
_ADJECTIVE_ENDS = ("ic", "al", "ous", "ive", "ant", "ent", "ary", "ory")
# a capitalised word, then its role or another name in brackets (the brackets are found
# first, then the word before them)
_BRACKETED_AFTER = re.compile(
    r"\((?:(pt|client|caller|patient|mentee|service[ \t]user|su)|([A-Z][a-z]{1,15}))\)"
)
_WORD_BEFORE_BRACKETS = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]{1,15})[ \t]+$")
# words given as nicknames, in South Asian and West African families above all
_NICKNAMES = frozenset(
    ["happy", "lucky", "pinky", "sunny", "bubbly", "dolly", "goldie", "sweety", "bunty",
     "monty", "rocky", "blessing"]
)  # fmt: skip
# a capitalised word after "pt" doing what people do, and a name someone is called by;
# each cue is found with str.find, then the pattern is tried there (a pattern opening with
# the cues' letters was tried at most letters of a note)
_PT_CUES = ("pt ", "Pt ", "PT ", "client ", "Client ", "caller ", "Caller ")
_PT_NAME = re.compile(
    r"(?i:pt|client|caller)[ \t]+([A-Z][a-z]{1,15})"
    r"(?=[ \t]+(?:said|says|told|rang|asked|feels|felt|wants|wanted|reports|reported|"
    r"disclosed|explained|thinks|cried|is|was)\b|['\u2019]s\b)"
)
_CALLS_NAME = re.compile(
    r"calls?[ \t]+(?:him[ \t]+|her[ \t]+|them[ \t]+)?([A-Z][a-z]{1,15})(?![\w'\u2019-])"
)
_CALLERS_BEFORE = re.compile(
    r"(?<![\w])(?:everyone|everybody|they|people|mates|lads|we|family)[ \t]+$"
)


def detect(text: str) -> list[Span]:
    out: list[Span] = []
    lex: Lexicon | None = None
    cue = _ANY_TITLE_OR_UNIT.search(text)  # (mostly none: one scan for both rules)
    for m in _FAMILY_TITLE.finditer(text, cue.start()) if cue else ():
        lex = lex or lexicon()
        if (
            _free_word(m.group(1), lex, _RARE)
            and m.group(1).lower() not in _NOT_AFTER_TITLE
            and not _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    lex = lex or lexicon()
    low_text = text.lower()
    out.extend(bare_relatives(text, low_text, lex))
    if " his " in text or " her " in text or " their " in text:
        out.extend(with_their_relative(text, lex))
    if "l-" in text:
        for m in _ARTICLE_NAME.finditer(text):
            given = m.group(1).lower()
            if (
                given not in FUNCTION_WORDS
                and given not in TITLES
                and given not in EXTRA_WORDS
                and given not in _NOT_GIVEN
                and (given in lex.first_names or not frequent(given, lex, _RARE_IN_BRACKETS))
            ):
                out.append(Span(m.start(), m.end(), "NAME", "context"))
    if "(" in text:
        lex = lex or lexicon()
        for m in _BRACKETED.finditer(text):
            word = m.group(1)
            if (
                _ROLE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                and _free_word(word, lex, _RARE_IN_BRACKETS)
                and not word.endswith(_NOT_NAME_ENDS)
                # an adjective the dictionary knows: "Patient (Diabetic)", "(Psychotic)"
                and not (is_word(word, lex) and word.endswith(_ADJECTIVE_ENDS))
                and word.lower() not in _SUBJECTS  # "Teacher (Maths)"
            ):
                out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    if "(" in text:
        # a person before their role or their other name in brackets: "Blessing (pt)",
        # "Happy (Harpreet) and his cousin" (session 18)
        for m in _BRACKETED_AFTER.finditer(text):  # (the brackets first: rarer than capitals)
            w = _WORD_BEFORE_BRACKETS.search(text, max(0, m.start() - 20), m.start())
            if w is None:
                continue
            word = w.group(1)
            low = word.lower()
            lex = lex or lexicon()
            if m.group(1) is None:
                # a first name in brackets after a name or a nickname ("Happy (Harpreet)";
                # not a role, its shorthand or a plain word: "Boy (Aditya)", "Hv (Mia)")
                if m.group(2).lower() not in lex.first_names or not (
                    low in lex.first_names or low in _NICKNAMES
                ):
                    continue
            elif not (low in lex.first_names or low in _NICKNAMES or not is_word(low, lex)):
                continue  # before a role: a name, or a word no list knows ("Sorry (pt)")
            if _plain_cue_word(low) and not _ROLE_BEFORE.search(text, w.start(1), w.end(1)):
                out.append(Span(w.start(1), w.end(1), "NAME", "context"))
    # a capitalised word after "pt" doing what people do ("pt Wren says"), and a name
    # someone is called by ("a bloke everyone calls Mossy")
    named = []
    if "pt " in text or "lient " in text or "aller " in text or "PT " in text or "Pt " in text:
        named = [_PT_NAME.match(text, i) for i in word_starts(text, _PT_CUES)]
    if "call" in text:
        named += [
            _CALLS_NAME.match(text, i)
            for i in word_starts(text, ("call",))
            if _CALLERS_BEFORE.search(text, max(0, i - 12), i)
        ]
    for hit in named:
        if hit is None:
            continue
        low = hit.group(1).lower()
        lex = lex or lexicon()
        # (no frequent word: "pt Also says", "everyone calls him Doc"; review 39)
        if _plain_cue_word(low) and not frequent(low, lex, _RARE_PT):
            out.append(Span(hit.start(1), hit.end(1), "NAME", "context"))
    if "Suite" in text or "Ward" in text:
        lex = lex or lexicon()
        for m in _WARD.finditer(text):
            word = m.group(1).lower()
            if word not in _GENERIC_WARD and _free_word(m.group(1), lex, _RARE_IN_BRACKETS):
                out.append(Span(m.start(), m.end(), "LOCATION", "context", None, "PLACE"))
    if "'" in text or '"' in text or "\u2018" in text or "\u201c" in text:
        for m in _QUOTED_HANDLE.finditer(text):
            handle = m.group(1)
            cue = _USER_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if cue:
                lex = lex or lexicon()
                marked = "_" in handle or any(c.isdigit() for c in handle)
                # (unmarked, not after "account": "Her account 'catfished' story")
                if marked or ("account" not in cue.group().lower() and _handle_like(handle, lex)):
                    out.append(Span(m.start(1), m.end(1), "URL", "pattern"))
    cues = [i for c in _HANDLE_CUES if (i := low_text.find(c)) >= 0]
    if cues:  # (scanned from the first cue: most notes have none)
        for m in _BARE_HANDLE.finditer(text, min(cues)):
            lex = lex or lexicon()
            if _handle_like(m.group(1), lex) and _handle_noun(text, m):
                out.append(Span(m.start(1), m.end(1), "URL", "pattern"))
    for m in _LOCAL_UNIT.finditer(text, cue.start()) if cue else ():
        words = list(_UNIT_WORD.finditer(text, m.start(), m.end()))
        end = words[0].end()  # (the word for the kind of place)
        for w in words[1:]:
            low = w.group().lower()
            if low in _UNIT_OFFICE or low in RELATION_WORDS or low in FUNCTION_WORDS:
                break  # the name ends before an office, a relative or a stop word
            end = w.end()
        if end > words[0].end():
            out.append(Span(m.start(), end, "LOCATION", "context", None, "PLACE"))
    if "(" in text or "'" in text or '"' in text or "\u2018" in text or "\u201c" in text:
        for m in _NICKNAME_TO.finditer(text):
            lex = lex or lexicon()
            if _name_like(m.group(1), lex):  # "'Lucky' to friends", not "'Sorry' to the family"
                out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    for m in _ROLE_THEN.finditer(text):
        lex = lex or lexicon()
        word = m.group(1)
        low = word.lower()
        # a frequent word is a name only doing what a person does: "the housing
        # officer Gift was helpful", "our volunteer Memory drove her"
        free = _free_word(word, lex, _RARE_AFTER_ROLE) or (
            _free_word(word, lex, 0) and _PERSON_DOES.match(text, m.end(1)) is not None
        )
        if (
            free
            # (a listed first name may end so: "key worker Peter", "volunteer Sophia")
            and (low in lex.first_names or not word.endswith(_NOT_NAME_ENDS + _AGENT_ENDS))
            # a word of the lists only if short, as a clipped name is ("Dev", "Bec"):
            # not "Practitioner", "Smear", "Moreover"
            and (low in lex.first_names or not is_word(low, lex) or len(low) <= 4)
            and low not in _SUBJECTS
            and low not in _NOT_AFTER_TITLE
            and low not in _ABBREVIATIONS
        ):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    goes_by = "prefer" in text or "goes by" in text or "be called" in text
    for m in _GOES_BY.finditer(text) if goes_by else ():
        lex = lex or lexicon()
        if _free_word(m.group(1), lex, _RARE) and _name_like(m.group(1), lex):
            out.append(Span(m.start(1), m.end(1), "NAME", "context"))
    if ("'s " in text or "\u2019s " in text) and _AFTER_POSSESSIVE.search(text):
        for m in _OWNED_PLACE.finditer(text):
            owner = m.group(1).lower()
            if owner not in FUNCTION_WORDS and owner not in RELATION_WORDS and owner not in TITLES:
                out.append(Span(m.start(), m.end(), "LOCATION", "context", None, "PLACE"))
        for m in _RELATIVE_HOME.finditer(text) if " in " in text else ():
            first = m.group(2).split()[0].lower()
            lex = lex or lexicon()
            if (
                m.group(1).lower() in RELATION_WORDS
                and first not in FUNCTION_WORDS
                and first not in _NOT_AFTER_TITLE
                and _free_word(first, lex, _RARE)  # not "her nan's in Rehab"
            ):
                out.append(Span(m.start(2), m.end(2), "LOCATION", "context", None, "PLACE"))
    out.extend(named_relatives(text, lex))
    if (" is " in text or " was " in text) and ("9" in text or "1" in text):
        for m in _ROLE_AGE.finditer(text):
            i = m.start()
            if _ROLE_BEFORE_AGE.search(text, max(0, i - 16), i):
                out.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if "self " in text:
        out += [Span(m.start(1), m.end(1), "AGE", "pattern") for m in _SELF_AGE.finditer(text)]
    return out


def _handle_noun(text: str, m: re.Match[str]) -> bool:
    """The cue of a _BARE_HANDLE match is the noun: "username", "gamertag", "screen
    name" always; "handle" after an owner or a platform ("her handle", "IG handle",
    "(handle …"), or before "is"/"was"/":"."""
    cue = text[m.start() : m.start(1)].lower()
    if not cue.startswith("handle"):
        return True
    if "is" in cue.split() or "was" in cue.split() or ":" in cue or "=" in cue:
        return True
    return _HANDLE_NOUN_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


def _handle_like(word: str, lex: Lexicon) -> bool:
    """A handle by its look: "_" or a digit in it, letters in lower case the word
    lists do not hold ("vxnxmoth", "kettlecorn"), or capitals inside lower case
    ("xXSlayerXx"); not a word, a name, an acronym or a contraction typed without its
    apostrophe ("it", "Dave", "CAMHS", "GCSEs", "isnt": review 27)."""
    core = word.lstrip("@").rstrip(".")
    if not any(c.isalpha() for c in core) or core.lower() in ("e.g", "i.e", "etc", "n.b"):
        return False  # "handle 10 days", "handle 2.0", "handle e.g. at tea" (review 28)
    if "_" in core or "." in core or any(c.isdigit() for c in core):
        return True
    low = core.lower()
    if len(low) < 5 or is_word(low, lex) or low in lex.first_names or low in BARE_CONTRACTIONS:
        return False
    if low.endswith(("ing", "ed")):
        return False  # a verb no list holds: "handle overthinking", "'catfished'" (review 28)
    inner_capital = any(c.isupper() for c in core[1:-1]) and any(c.islower() for c in core)
    return core.islower() or (inner_capital and not core.rstrip("s").isupper())


def _name_like(word: str, lex: Lexicon) -> bool:
    """A first name, or a word the frequency lists hold only as a rare one ("Lucky",
    "Mat"; not "Sorry", "Tea", "Bus")."""
    low = word.lower()
    return low in lex.first_names or not is_word(low, lex) or far_down(low, lex)
