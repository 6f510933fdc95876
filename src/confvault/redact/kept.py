"""Capitalised phrases that name no one, kept whole against the rules that would
take a word of them ("Earl Grey tea", "Asperger's", "Citizens Advice"), and a
national service's local branch by its place ("Citizens Advice Pendle").

The engine cuts the name, place and organisation spans it found around these
phrases; registered terms, dates and numbers are never cut. A phrase after a
title or a word for a relative, before a person's verb, or run into by a name
found is a name after all ("Mr Earl Grey", "Mary Parkinson's son").
"""

from __future__ import annotations

import bisect
import itertools
import re

from .lexicon import lexicon, rare_word
from .model import Span
from .name_context import last_word
from .name_lower import SUBJECT_VERB
from .name_words import RELATION_WORDS
from .words import RELATIONS, TITLES

# Capitalised phrases that name no one, kept whole against the rules that would take
# a word of them ("Earl Grey tea", "the Lord's Prayer"); registered terms still win.
_KEPT = (
    "earl grey", "(?:st\\.?|saint) john['\u2019]s wort", "father christmas", "santa claus",
    "tooth fairy", "easter bunny", "lord['\u2019]s prayer", "holy (?:spirit|ghost)",
    "freedom pass", "job ?centre plus", "mother nature", "big issue", "victoria sponge",
    "summer holidays", "citizens['\u2019]? advice(?: bureau)?", "poppy appeal",
    "kids helpline", "love island", "gaelic football", "bake off", "nintendo switch",
    "(?:twelve|12) steps", "serenity prayer",
    # laws named after the person they followed ("Clare's Law" discloses a partner's
    # abuse record; "Awaab's Law" is on damp in social housing)
    "(?:clare|sarah|megan|jessica|martyn|natasha|finn|helen|tony|awaab|lucy|owen)['\u2019]s law",
    # laws, payments, meetings and schemes of support work named in everyday words (a
    # closed list: a rule for any such words kept people and towns, review 21)
    "(?:care|mental health|children(?:['\u2019]?s)?|equality|housing|human rights|"
    "domestic abuse|mental capacity|homelessness reduction) act",
    "family group conferences?", "youth justice conferences?",
    "personal independence payments?", "disability living allowance",
    "attendance allowance", "carer['\u2019]?s allowance", "council tax reduction",
    "county lines", "social stor(?:y|ies)", "warm home discount", "pension credit",
    "housing benefit", "child benefit",
    # named treatments, skills, apps, schemes and leaflets of support work
    "maudsley (?:approach|method|model)", "minnesota model", "wise mind", "recovery record",
    "carer gateway", "bad date (?:list|scheme)", "ugly mugs", "help is at hand",
    "smart recovery", "wellness recovery action plans?", "grief recovery method",
    "schwartz rounds?", "cheyne-stokes", "modern slavery(?: helpline)?", "be my eyes",
    # national charities and schemes named in support work, which name no one
    "macmillan (?:nurses?|benefits|support|centre|grants?|team|advisers?|leaflets?|"
    "information|helpline)", "stroke association", "refugee council",
    "care workers['\u2019]? charity", "fostering network", "lighthouse club", "gordon moody",
    "colostomy uk", "andy['\u2019]?s man club", "mates in mind", "deafblind manual",
    "alzheimer['\u2019]?s society", "carers uk", "victim support", "national debtline",
    "winston['\u2019]?s wish", "young minds", "rethink mental illness",
    # phrases of work and care whose first word is a name too
    "zero(?:-| )hours?", "safety buddy",
    "foster (?:carers?|care|parents?|placements?|famil(?:y|ies)|home|mum|mom|dad|child|"
    "children|kids?)",
    # "Young" and "Lone" are also names and places: not before these words
    "young (?:man|woman|men|women|lads?|girls?|boys?|people|person|carers?|mums?|dads?|"
    "parents?|adults?|offenders?|persons)", "lone (?:workers?|working|parents?)",
    # a festival the name lists hold as a surname, with what it names ("Easter weekend")
    "easter (?:weekend|holidays?|break|eggs?|hols)",
    # conditions named after a person ("Asperger's", "Bell's palsy") and their charities
    "(?:asperger|alzheimer|parkinson|crohn|tourette|huntington|raynaud)['\u2019]?s(?: (?:disease|"
    "syndrome|uk|society|association|foundation))?",
    # any other condition by its discoverer's name: "Rett syndrome", "Wilson's disease"
    "[a-z]+(?:['\u2019]s)? (?:syndrome|disease|palsy)", "lewy body", "munchausen",
    "(?:addison|cushing|graves|bell|down|turner|hodgkin|raynaud|hashimoto|marfan|munchausen|"
    "klinefelter|guillain-barr[eé]|ehlers-danlos|kawasaki|wernicke|korsakoff|meni[eè]re|"
    "sj[oö]gren)['\u2019]?s? (?:disease|syndrome|palsy|lymphoma|phenomenon|thyroiditis)",
    # a hospital ward by its kind ("Maternity Ward"; "Ward" is a surname too)
    "(?:maternity|labour|postnatal|antenatal|neonatal|surgical|medical|acute|assessment|"
    "admissions|day|stroke|cardiac|renal|oncology|psychiatric|dementia|isolation|"
    "children['\u2019]?s|paediatric|elderly|respite) ward", "ward rounds?",
    # a national charity, and the search engine as a doctor
    "(?:british )?red cross", "dr\\.? google",
    # words of support work that are names or places too: "Peer", "Star", "Buddy", "Chase"
    "peer support(?: (?:worker|coordinator|group|line|team|session|volunteer)s?)?",
    "(?:wellbeing|outcomes|recovery|family) star", "buddy system", "chase(?:d)? up",
    # games, shows, bets and schemes with a name's word in them (session 10, batch U)
    "mario kart", "call of duty", "grand theft auto", "fifa ultimate team",
    "paddy power", "sky bet", "premier league", "grand national",
    # betting and gaming brands (session 17, batch AJ: "Bet365" read as a code)
    "bet ?365", "william hill", "betfair", "betvictor", "pokerstars", "fanduel",
    "draftkings", "betmgm", "mecca bingo", "gala bingo", "sky vegas",
    # a condition and a student's course ("Long COVID, 18 months", "Med student")
    "long covid", "med (?:student|students|school|schools|check|checks|review|reviews)",
    "trevor project", "pell grants?", "student finance", "monster energy",
    # school and college words: "Head of Year", "Summer Term", "GCSE Art"
    "head of (?:year|house|department|sixth form)", "(?:summer|autumn|spring) term",
    "freshers(?:['\u2019])? week", "leaving cert(?:ificate)?", "junior (?:cycle|cert)",
    "welfare officer", "practice assessor", "youth council",
    "(?:i?gcse|btec|a-level)s? (?:art|english|maths|math|science|history|geography|music|"
    "drama|pe|re|french|spanish|german|biology|chemistry|physics|computing|business|"
    "media|dance|sociology|psychology|economics|law|design|photography|textiles)",
    # a rating, not a person: "Risk Rating: Amber"
    "(?:risk )?(?:rating|rag(?: status| rating)?) ?[:=-]? ?(?:red|amber|green)",
    # national charities of farming, fishing and fire crews, and the lottery (batch AK)
    "fishermen['\u2019]?s mission", "farming community network", "fire ?fighters['\u2019]? charity",
    "national lottery",
    # services and charities of batch AL (session 18)
    "police care uk", "canal (?:&|and) river trust", "western union", "marie curie nurses?",
    "sos amiti[ée]", "nova poshta", "rocky mountain spotted fever", "yum cha",
    "mid-autumn festival", "durga puja", "pohela boishakh",
)  # fmt: skip
_KEEP_PHRASES = re.compile(
    r"(?i)(?<![\w'\u2019-])(?:"
    + "|".join(
        p.replace(" ?", "\0").replace(" ", r"[ \t]{1,3}").replace("\0", r"[ \t]?") for p in _KEPT
    )
    + r")(?![\w-])(?![ \t]+(?-i:[A-Z]))"  # not the first words of a name: "Earl Grey Smith"
)
# A cheap screen: each phrase above (and _LOCAL_BRANCH below) holds one of these
# words, mostly rarer ones; a text is split at blanks once and its words looked up
# in one set (with "'s" and the punctuation a word may carry), which costs far less
# on a long note than a regular expression over it. (Session 11's laws and schemes
# brought frequent words such as "act", "law" and "date": more notes pass the screen,
# and the engine measured about 2% slower for all of that session's rules.)
_KEEP_ANCHORS = (
    "earl", "wort", "christmas", "claus", "fairy", "bunny", "prayer", "holy", "freedom",
    "plus", "nature", "issue", "sponge", "holidays", "citizens", "appeal", "helpline",
    "island", "gaelic", "uk", "disease", "syndrome", "palsy", "lymphoma", "phenomenon",
    "thyroiditis", "asperger", "alzheimer", "parkinson", "crohn", "tourette", "huntington",
    "raynaud", "lewy", "munchausen", "bake", "nintendo", "twelve", "steps", "easter",
    "young", "lone", "ward", "cross", "google", "peer", "star", "buddy", "chase", "chased",
    "rating", "rag", "kart", "duty", "auto", "fifa", "paddy", "bet", "league", "grand",
    "bet365", "william", "betfair", "betvictor", "pokerstars", "fanduel", "draftkings",
    "betmgm", "mecca", "gala", "vegas", "covid", "med",
    "trevor", "pell", "finance", "monster", "head", "term", "freshers", "freshers'", "cert",
    "certificate", "cycle", "welfare", "assessor", "youth", "gcse", "gcses", "igcse", "btec",
    "a-level", "a-levels", "law", "maudsley", "minnesota", "mind", "record", "gateway",
    "bad", "mugs", "hand", "act", "conference", "independence", "allowance", "reduction",
    "lines", "story", "stories", "discount", "pension", "benefit", "smart", "wellness", "method",
    "rounds", "round", "cheyne-stokes", "slavery", "eyes", "macmillan", "association",
    "council", "charity", "network", "lighthouse",
    "moody", "colostomy", "andy's", "andys", "andy\u2019s", "mates", "manual", "society", "carers",
    "victim", "debtline", "wish", "minds", "rethink", "zero", "zero-hours",
    "zero-hour", "buddy", "foster", "mission", "lottery", "canal", "western", "curie",
    "amitié", "amitie", "poshta", "spotted", "cha", "mid-autumn", "puja", "boishakh",
)  # fmt: skip
_KEEP_WORDS = frozenset(
    form
    for anchor in _KEEP_ANCHORS
    for word in (anchor, anchor + "s", anchor + "'s", anchor + "\u2019s")
    for form in (word, "(" + word, *(word + p for p in ".,;:!?)'\"\u2019\u201d"))
)


def _titled(before: str) -> bool:
    """The word just before is a title or a word for a relative or role ("Mr", "her
    landlord", "step-dad,"), or "named" / "called": what follows is a person's name
    ("Mr Earl Grey"; "Earl Grey rang back", before a person's verb, is one too)."""
    last = last_word(before).lower().rstrip(".")
    return last in TITLES or last in RELATION_WORDS or last in ("named", "called", "ex")


_RELATIVE_NEXT = re.compile(rf"(?i)[ \t]+(?:{RELATIONS}|bf|gf|ex)s?\b")
# kept phrases that name a body, never a person, whatever verb follows
# bodies and things, never a surname whatever follows ("Red Cross caseworker")
_BODIES = (
    "citizens", "job", "kids helpline", "poppy", "big issue", "dr google", "dr. google",
    "red cross", "british red cross", "schwartz", "smart recovery", "modern slavery",
    "macmillan", "stroke association", "refugee council", "care workers",
    "fostering network", "lighthouse club", "colostomy uk", "mates in mind", "alzheimer",
    "carers uk", "victim support", "national debtline", "winston", "young minds", "rethink",
    "foster", "safety buddy", "zero",
)  # fmt: skip
# a national service's local branch by its place: "Citizens Advice Pendle", "Age UK Wirral"
_LOCAL_BRANCH = re.compile(
    r"(?i:citizens['\u2019]?[ \t]+advice|age[ \t]+uk)[ \t]+"
    r"(?!(?:Bureau|Service|Services|Office|Line|Helpline|Team|Advisers?|Website|Adviser)\b)"
    r"([A-Z][a-z]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+)?)"
)


def _branch_place(name: str) -> bool:
    """A place's name, or a word that is no frequent one: "Pendle", "Wirral"; not a
    service's own programme ("Witness Service", "Help to Claim", "Befriending")."""
    lex = lexicon()
    first = name.split()[0].lower()
    if name.lower() in lex.places or first in lex.places:
        return True
    return first not in _PROGRAMMES and rare_word(first, lex)


# what a national service calls its own teams and programmes
_PROGRAMMES = frozenset(
    ["witness", "help", "debt", "money", "befriending", "information", "advice", "service",
     "services", "team", "line", "helpline", "office", "bureau", "website", "adviser",
     "advisers", "advisors", "support", "energy", "benefits", "housing", "employment",
     "consumer", "pension", "digital", "home", "day", "care", "link", "connect", "first",
     "plus", "insurance", "foodbank", "friendship", "active", "online", "national"]
)  # fmt: skip


def phrases(
    text: str, found: list[Span], words: list[str]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """The places of the phrases to keep whole in ``text`` (its words split at
    blanks, lower-cased, are ``words``), given the spans ``found``; and the place of
    any national service's local branch, a span to add."""
    if _KEEP_WORDS.isdisjoint(words):
        return [], []
    branches = [
        Span(m.start(1), m.end(1), "LOCATION", "context", None, "PLACE")
        for m in _LOCAL_BRANCH.finditer(text)
        if _branch_place(m.group(1))
    ]
    regions = [
        (m.start(), m.end())
        for m in _KEEP_PHRASES.finditer(text)
        if not _titled(text[max(0, m.start() - 24) : m.start()])
        and (m.group().lower().startswith(_BODIES) or not SUBJECT_VERB.match(text, m.end()))
    ]
    if not regions:
        return [], branches
    # a name found just before or running into it ("Mary Parkinson's son"), or a
    # relative after it ("Parkinson's mum rang"): a surname after all
    # (is there a name starting before ``a`` that ends after ``word_before``: the
    # names sorted by start, with the furthest end reached so far, found by bisection)
    names = sorted((sp.start, sp.end) for sp in [*found, *branches] if sp.category == "NAME")
    starts = [st for st, _ in names]
    reach = list(itertools.accumulate((e for _, e in names), max))
    kept = []
    for a, b in regions:
        word_before = a - 1
        while word_before >= 0 and text[word_before] in " \t":
            word_before -= 1
        i = bisect.bisect_left(starts, a)
        if (i and reach[i - 1] > word_before) or (
            _RELATIVE_NEXT.match(text, b) and not text[a:b].lower().startswith(_BODIES)
        ):
            continue
        kept.append((a, b))
    return kept, branches
