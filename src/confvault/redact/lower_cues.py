"""The cues around a name typed in lower case: the patterns :mod:`.lower_case` looks
for just before and after a first name, and around a quoted one."""

from __future__ import annotations

import re

from .first_letters import word_alternation
from .words import RELATIONS

# Each name word of the text is looked at where it stands: a cue just after it ...
_CUES_AFTER = re.compile(
    # doing what people in notes do
    r"[ \t]+(?:said|says|rang|rings|told|tells|texted|texts|phoned|messaged|hit|hits|"
    r"punched|kicked|pushed|slapped|threatened|shouted|screamed|admitted|disclosed|"
    r"mentioned)\b"
    # with relatives: "lisa's bf", "tom and his mum", "emma n her sister"
    rf"|['\u2019]s[ \t]+(?:bf|gf|{RELATIONS})s?\b"
    rf"|[ \t]+(?:and|n|&)[ \t]+(?:his|her|their)[ \t]+(?:bf|gf|{RELATIONS})s?\b"
    # an age ("jordan (17)"), a service ("tom from probation"), the client ("sam (client)")
    r"|[ \t]*\(\d{1,2}\)"
    r"|[ \t]+from[ \t]+(?:the[ \t]+)?(?:probation|council|housing|social[ \t]+services|school|"
    r"college|uni|work|church|mosque|temple|gym|camhs|cmht|police|jobcentre|job[ \t]+centre)\b"
    r"|[ \t]*\((?:my\s+)?client\)"
)
# a child's age in a list of them, the name opening its item: "kids: 2 (mateo 6, + the
# baby)", "sons (jayden 9, kai 4)" (session 18)
_LISTED_AGE = re.compile(r"[ \t]+\d{1,2}(?:[ \t]*(?:yrs?|yo|y/o))?(?=[ \t]*(?:[,;)]|and\b|&))")
_LIST_ITEM_START = re.compile(r"(?:\(|[,;+&][ \t]*|\band[ \t]+|[:-][ \t]+)$")
# wanting, asking, feeling: what a person does, for a name that opens its clause ("Short
# call - jess wanted to tell me"; not "the bell felt", nor "bell went, had to go" or "the
# bill came": coming and going are what things do too; session 17)
_CLAUSE_VERBS = re.compile(
    r"[ \t]+(?:wanted|wants|asked|asks|cried|cries|feels|felt|thinks|thought|needs|needed)\b"
)
_CLAUSE_START = re.compile(
    r"(?:^|[.,;:!?()\n\u2013\u2014-]|\b(?:and|but|so|then|because|cos|coz))[ \t]*$"
)
# ... or just before it: seen, told or spoken to ("saw tom"), the client ("client (tom)")
_CUES_BEFORE = re.compile(
    r"(?:(?i:\b(?:saw|met|told|texted|phoned|visited|spoke\s+to|spoke\s+with|talked\s+to"
    r"|s/w|spoke\s+w/))"  # "s/w camila again tonight" (session 18)
    r"[ \t]+|\bclient[ \t]*\((?=[a-z]+\)))$"
)
# Strong cues, where any first name that is not a very frequent word is a name:
_RELATIVES = rf"(?i:{RELATIONS}|aunty|fella|bloke|hubby|missus|cuz|cuzzie|mil|fil|bae|bf|gf)"
# a first name typed in lower case and who the person is: "rose is her partner"
# (found from "is her partner" back to the word, which the regex engine can skip to)
_IS_RELATIVE = re.compile(
    r"[ \t](?<=[a-z][ \t])[ \t]*(?:is|was)[ \t]+"
    r"(?:her|his|their|my|pt['\u2019]s|cl['\u2019]s|client['\u2019]s)"
    rf"[ \t]+(?:(?:new|old|best|older|younger|little|big|ex)[ \t-]?)?(?:{_RELATIVES})s?\b"
    r"(?!['\u2019])"  # not "faith was her dad's whole life"
)
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z]{2,}$")
# and the other way round: "her partner is rose"
# (each owner and worker spelled out, so that the pattern opens with their letters)
_RELATIVE_IS = re.compile(
    word_alternation(
        [
            *(
                rf"{owner}[ \t]+(?:(?:new|best|ex)[ \t-]?)?(?:{_RELATIVES})"
                for owner in ("her", "his", "their", "my", "pt['\u2019]s", "cl['\u2019]s")
            ),
            *(rf"{kind}[ \t]?worker" for kind in ("key", "support", "social", "case")),
        ]
    )
    + r"[ \t]+(?:is|was)[ \t]+(?:called[ \t]+)?([a-z]{2,})"
    # the name ends the clause: not "her son is sunny today"
    r"(?=[ \t]*(?:[.,;:!?)\r\n]|$|(?:and|who|but)\b))"
)
# words after "her partner is" that are no name: "her dad is will", "is ok"
_NOT_NAMES_AFTER_IS = frozenset(
    ["will", "may", "can", "might", "must", "shall", "ok", "okay", "fine"]
)
# words that are also first names but open such a sentence as words: "mum is her carer"
_NOT_NAMES = frozenset(["mum", "mom", "dad", "nan", "gran", "son", "baby", "sis", "bro"])
# a relative named ("says mum beryl", "her fella paddy", "her MIL (jaswinder)"), or
# named ("is called sky", "goes by 'tink'")
_STRONG_BEFORE = re.compile(
    rf"(?:\b{_RELATIVES}s?[ \t]+\(?"
    r"|(?i:\b(?:called|named|nicknamed|known[ \t]+as|goes[ \t]+by|nickname[ \t]+is"
    r"|name[ \t]+(?:is|was)|name['\u2019]s))"
    r"[ \t]+['\"\u2018\u201c]?)$"
)
# described as a relative ("hope (the client's sister)", "jade (her mum)"), or having
# one ("chloe's social worker")
_STRONG_AFTER = re.compile(
    r"[ \t]*\((?:the[ \t]+)?(?:(?:client|[a-z]+)['\u2019]s[ \t]+|her[ \t]+|his[ \t]+|"
    rf"their[ \t]+|my[ \t]+)?{_RELATIVES}\)"
    rf"|['\u2019]s[ \t]+(?:new[ \t]+|old[ \t]+|ex[ \t-]?)?(?:bf|gf|{RELATIONS})s?\b"
)
# a quoted nickname: "calls her stepdad 'Smithy'", "mentioning 'big mick'"
_QUOTED = re.compile(
    r"(?i:\b(?:calls?|called|nickname[ \t]+is|known[ \t]+as|goes[ \t]+by|mentioning|"
    r"mentions)(?:[ \t]+(?:him|her|them|me|his|her|their)(?:[ \t]+[a-z]+)?)?)"
    r"[ \t]+['\"\u2018\u201c]([^'\"\u2019\u201d\n]{2,24})['\"\u2019\u201d]"
)
# a quoted name after a relative, or after "refers to her stepdad as": "Friend 'Shaz'"
# (the quoted word is found first; then the words just before it)
_QUOTED_CAPITAL = re.compile(r"['\"\u2018\u201c]([A-Z][^'\"\u2019\u201d\n]{1,20})['\"\u2019\u201d]")
_NAMED_BEFORE = re.compile(
    rf"(?:\b{_RELATIVES}s?|(?i:\brefer(?:s|red|ring)?[ \t]+to[ \t]+(?:[a-z]+[ \t]+){{0,2}}as)"
    r"|(?i:\b(?:caller|client|pt|patient|mentee|service\s+user|su|resident))"  # "Caller 'Jen'"
    # "named her abuser as 'Mark'", "spoke to 'Candy'", "new bf 'Deano'"
    r"|(?i:\bnamed[ \t]+(?:[a-z]+[ \t]+){0,2}as|\bname[ \t]+as"
    r"|\b(?:spoke|speaking|talked|talking)[ \t]+to"
    r"|\b(?:met|meet|meets|visited)"  # "met 'Candy' on Wharf Road" (not "saw 'Barbie'")
    # "staying with 'Rocko'", "User 'mossyrocks'"
    r"|\b(?:staying|stays|living|lives|sleeping)[ \t]+with|\b(?:user|username|account)"
    r"|\b(?:bf|gf|abuser|perpetrator)))"
    r"[ \t\xa0]*[:,-]?[ \t\xa0]+$"
)

_QUOTE_CUE = re.compile(r"(?i)call|nickname|known|goes|mention")
_NAME_QUOTED = re.compile(
    r"\bname[ \t]+(?:as|is|was)[ \t]+['\"\u2018\u201c]([A-Z][a-z'\u2019-]{1,20})['\"\u2019\u201d]"
)
_NOT_GIVEN = frozenset(
    ["unknown", "anonymous", "anon", "withheld", "private", "none", "blank", "redacted", "tbc"]
)
