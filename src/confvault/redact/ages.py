"""Ages over 89 as support notes write them ("her gran is 94", "nan (95)", "passed at
97", "aged ninety-four"): the patterns, the gates :func:`.dates_extra.detect` tests
before them, and :func:`digit_ages`, the rules for an age written in digits."""

from __future__ import annotations

import re

from .lexicon import Lexicon, frequent, lexicon
from .model import Span
from .name_words import RARE
from .word_names import WORD_NAMES

# a place in a queue or a sum owed, not an age ("who's 120 in arrears", "I'm 92 on the
# housing list")
_NOT_A_COUNT_AFTER = (
    r"(?![ \t]+(?i:on[ \t]+the[ \t]+(?:\w+[ \t]+)?list|in[ \t]+(?:arrears|debt|the[ \t]+queue)))"
)
# what follows a number that makes it no age ("he's 95 kg", "she was 90 minutes")
_NO_AGE_AFTER = (
    r"(?![\d.,]\d|\s*(?i:%|(?:kg|kilos?|lbs?|pounds|quid|mg|ml|minutes?|mins?|hours?|times|"
    r"days?|weeks?|months?|miles?|km|on\s+the|out\s+of|per\s*cent|percent|people|strong"
    r"|seconds?|secs?|grand|metres?|bpm)\b))"
)
# "she's 94", "he is 91 and still driving"
# (\b(?i:she|he|they|shes|hes) opening with the first letter, each case (?i) takes, the
# long s too, and the check before it after it: the regex engine skips to one; session 22)
_PRONOUN_AGE = re.compile(
    r"[sShHtT\u017f](?<!\w(?s:.))(?i:(?:(?:(?<=s)he|(?<=h)e|(?<=t)hey)"
    r"(?:['\u2019]s|\s+is|\s+was|\s+turned|\s+turns|\s+will\s+be"
    r"|['\u2019]ll\s+be|\s+will\s+turn|\s+is\s+going\s+to\s+be)|(?<=s)hes|(?<=h)es)\s+"
    r"(?:nearly\s+|almost\s+|just\s+|over\s+)?(9\d|1[0-3]\d)\b" + _NO_AGE_AFTER + ")"
)
# a person, then their age as what the sentence says of them: "Lady on the befriending
# list is 94 on Sunday", "the gent in flat 2 turns 91 next week" (nothing measured in
# between: not "the patient's score is 95.", "Nan's flat is 94 on the list")
_PERSON_IS_AGE = re.compile(
    r"(?i)\b(?:lady|gent|gentleman|man|woman|widow|widower|resident|veteran|member|caller|"
    r"nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|dad|"
    r"mam|aunt|auntie|uncle|neighbou?r)\b"
    # (or the relative in brackets after a name: "Yay (grandma) is 91," session 18)
    r"(\)(?=[ \t]+(?:is|was|turns|turned)[ \t])"
    r"|(?:[ \t]+(?!(?:score|rate|level|sats|reading|weight|temp|bp|pulse|mark|result|total|"
    r"count|number|bill|rent|cost|price|flat|room|house|bus|place|position|rank)\b)"
    r"[\w'\u2019]+){1,6}?)[ \t]+(?:is|was|turns|turned)[ \t]+(9\d|1[01]\d)"
    r"(?=[ \t]*[,.;!)]|[ \t]+(?:next|this)[ \t]+(?:week|month|year)\b|[ \t]+on[ \t]+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the[ \t]+\d|\d|(?:her|his)[ \t]+birthday)\b)"
)
# a person, then the age set off by commas: "Korean War vet, 93, still drives" (session
# 23; not "the member, 95 points", "the resident, 92 Hill St")
_PERSON_COMMA_AGE = re.compile(
    r"(?i)\b(?:lady|gent|gentleman|man|woman|widow|widower|resident|veteran|vet|member|"
    r"caller|client|patient|survivor|pensioner|farmer|elder|bloke|fella|chap)"
    r"[ \t]*[,\u2013\u2014-][ \t]*(9\d|1[0-3]\d)"
    r"(?=[ \t]*[,;.)\u2013\u2014-](?!\d)|[ \t]*$|[ \t]+(?:and|but|now|still|who|years)\b)"
)
# an age in a clause about the person: "a lady who's 94"
# what closes an age said of someone: the clause ends or goes on
_AGE_CLOSES = (
    r"[ \t]*(?:[,.;:!?)'\"\u2019\u201d\u2013\u2014-]|$)|[ \t]+(?i:on|in|at|and|but|now|"
    r"this|next|years?|yrs|today|with|living|lives|still|she|he)\b"
)
_WHO_AGE = re.compile(
    r"(?i:\bwho(?:['\u2019]s|\s+is|\s+was|\s+turned|\s+turns))\s+(?i:nearly\s+|almost\s+|now\s+)?"
    rf"(9\d|1[0-3]\d)\b(?![\d.,]\d)(?={_AGE_CLOSES})" + _NOT_A_COUNT_AFTER
)
# what people keep doing at an age: "still farming at 92" (not "still working at 95
# Main Street", "Sats still sitting at 92")
_STILL_AT_AGE = re.compile(
    r"(?i:\bstill[ \t]+(?:farming|working|driving|living|walking|gardening|dancing|swimming|"
    r"cycling|volunteering|teaching|painting|going|playing|golfing|fishing|knitting|baking|"
    r"singing|preaching|riding|running)[ \t]+at)[ \t]+(9\d|1[0-3]\d)\b"
    r"(?=[ \t]*[,.;!?)]|[ \t]*$|[ \t]+(?i:and|but|now|years|refuses|he|she)\b)"
)
# the person's own words: "I'll be 100 in the spring", "I'm 93, love"
_FIRST_PERSON_AGE = re.compile(
    r"(?=[Ii])\b(?:I['\u2019]m|I\s+am|I['\u2019]ll\s+be|I\s+will\s+be|I\s+turned|I\s+turn|"
    r"[Ii]m|i['\u2019]m|i\s+am)\s+"
    r"(?i:nearly\s+|almost\s+|just\s+|over\s+)?(9\d|10\d)\b"
    # what follows an age said aloud: the clause's end, or when ("I'm 90 over 60", "I'm
    # 90 euro short" are no ages)
    r"(?=[ \t]*(?:[,.;:!?)'\"\u2019\u201d\u2013\u2014-]|$)|[ \t]+(?i:in|on|next|this|come|"
    r"years?|yrs|now|soon|tomorrow|today|and|but|love|dear|if|you|my|at|last|for)\b)"
    + _NOT_A_COUNT_AFTER
)
# the relatives an age over 89 is most often written of, and everyone else close
_ELDERS = (
    r"gran|granny|grandma|grandmother|nan|nana|nanna|nanny|grandad|granddad|grandpa|"
    r"grandfather|great[- ]?gran\w*|great[- ]?grand\w+|mum|mom|mother|dad|father|"
    r"aunt(?:ie|y)?|uncle|nani|dadi|nonna|abuela|babcia|oma|ouma|oupa|nain|taid|"
    # grandparents in the words of other languages (session 16)
    r"nonno|abuelo|abuelit[ao]|opa|bubb[ey]|zayde|zaid[ey]|teta|jidd?o|sitto|yiayia|"
    r"papp?ou|nainai|yeye|laolao|halmeoni|obaachan|vovo|ajji|nanu|thatha|paati|mamaw|papaw|"
    r"meemaw|gogo|mkhulu|koro|kuia|"
    # a grandparent with the Hindi and Punjabi respect word: "Dada ji" (session 18)
    r"dada|dada[ -]?ji|dadi[ -]?ji|nana[ -]?ji|nani[ -]?ji"
)
_FAMILY = _ELDERS + r"|neighbou?r|ma|pa|mam|da|husband|wife|partner|hubby|sister|brother|friend"
_AND_IS_AGE = re.compile(
    r"\b(?:and|but)\s+(?:is|was)\s+(?:now\s+|nearly\s+|almost\s+)?(9\d|1[0-3]\d)"
    r"(?=\s*(?:[.,;!]|now\b)|\s*\Z)"
)
# the person and how they live earlier in the sentence: "Her nan lives alone and is 91"
# (not "He weighed 120kg at intake and is now 104", "the gas bill went up and is 120")
_LIVES_BEFORE = re.compile(
    rf"(?i)\b(?:she|he|(?:{_FAMILY}))\b[^.!?\n]*\b(?:lives|living|lived|alone|widowed|"
    r"housebound|frail|retired|resident)\b[^.!?\n]*\Z"
)
# a relative, where they are, then their age: "Nan on the site is 90 now"
_FAMILY_THERE_AGE = re.compile(
    rf"(?i)\b(?:{_ELDERS})[ \t]+(?:on|in|at|from|next|down|up|over)[ \t][^.,;!?\n]{{0,25}}?"
    r"\b(?:is|was|turned|turns)[ \t]+(?:now[ \t]+)?(9\d|1[0-3]\d)"
    r"(?=[ \t]*[,.;!?]|[ \t]*$|[ \t]+(?:now|and|but|this|next|today|years?)\b)"
)
_FAMILY_AGE = re.compile(
    rf"(?i)\b(?:{_FAMILY})(?:['\u2019]s)?\s*(?:,\s*who(?:\s+is|\s+was|['\u2019]s)\b|,|\(|\bis\b"
    r"|\bwas\b|\bwho\s+is\b|\bwho['\u2019]s\b"
    r"|\baged?\b|\bnow\b|\bwill\s+(?:turn|be)\b|\b(?:hits|reaches|turns)\b"
    r"|[a-z]+\s+(?:is|was|aged?|turned)\b"  # "her mum beryl is 94"
    r"|\([^()\n]{1,30}\)\s*(?:is|was)\b)?\s*"  # "dadi (paternal gran) is 92"
    r"(9\d|1[0-3]\d)(?![\d.,/]\d|\s*(?:%|percent|per\s*cent|kg|kilos?|lbs?|pounds|quid|mg|ml|"
    r"minutes?|mins?|hours?|times|days?|weeks?|months?|years?\s+ago|miles?|km|metres?|meters?|"
    # (a street's type as a whole word: "99 and still" is an age, "99 Church St" is not)
    r"m\b|feet|ft|yards?|bpm|mph|points?|[A-Z][a-z]+\s+(?:Road|Rd|Street|St|Avenue|Ave|Lane)\b"
    r"))\b"
)
# an age in brackets after a name or a word for a person: "mum beryl (94)", "Rahul's
# nani (94)"; not a count ("(94%)", "(94 items)")
# (also said of it: "she says (actually 98)", "(now 93)")
_BRACKETED_AGE = re.compile(
    r"(?<=[^\W\d_])[ \t]*\((?:(?i:actually|really|now|nearly|almost|just)[ \t]+)?"
    r"(9\d|1[0-3]\d)[?!]?\)"
)
_AGE_BIRTHDAY = re.compile(
    r"(?i)(?<![\w])((?:9\d|1[0-3]\d)(?:st|nd|rd|th))\s+(?:birthday|bday|b-day|b'day)\b"
)
# more ways notes give an age over 89: "passed at 97", "age: 103", "94-yr-old",
# "90 y.o.", "in his late 90s"
# (blanks taken possessively: a long run of them cannot make the search quadratic)
# (each form is tried only where one can start: a figure, a bracket, a word with one of
# their first letters, or after a sentence's end; every form was tried at every
# character, about 300 ns each: session 22)
_AGE_FORMS = re.compile(
    r"(?i)(?=[19(\[]|\b[abcdfghilmnprst]|(?<=[.!?\n]))(?:"
    # (a date between: "passed 9/14 at 93", "died on 3.2. aged 96"; a date has its
    # separator: not "She passed 2 at 95%", review 27)
    r"\b(?:passed(?:\s++away)?|died|dead)(?:\s++(?:on\s++)?\d\d?[/.]\d\d?(?:[/.]\d{2,4})?+)?"
    r"\s++(?:at|aged)\s++(9\d|1[0-3]\d)\b"
    r"(?![%.,]\d|\s*+(?:%|percent|minutes|mins|hours|hrs|marks|points|pts|mph|kg|km|miles|of)\b)"
    r"|\bage\s*+[:=]\s*+(9\d|1[0-3]\d)\b"
    r"|(?<![\w.])(9\d|1[0-3]\d)\s*+-?\s*+(?:yrs?|years?)\s*+-?\s*+old\b"
    r"|(?<![\w.])(9\d|1[0-3]\d)\s*+y\.\s?o\b\.?|(?<![\w.])(9\d|1[0-3]\d)\s*+yo\b"
    # "At 93 he still drives", "At 95, she swims": opening a sentence (not "heart rate
    # at 110 she", "driving at 90 he said": review 27)
    r"|(?:^|(?<=[.!?\n])\s*+|(?<=[.!?]\s))(?-i:At)\s++(9\d|1[0-3]\d),?+\s++"
    r"(?=(?:(?:he|she|they)\s++)?still\b)"  # ("At 95 he was pulled over": review 28)
    # "lives alone at 94," (not "at 94 Main Street", "at 95%")
    r"|\b(?:alone|independently)\s++at\s++(9\d|1[0-3]\d)"
    r"(?=\s*[,.;!?)]|\s+(?:and|but|she|he|still)\b)"
    # sex and age in brackets, as care notes write them: "(F, 96)", "(M/94)", "(92, F)",
    # "(96F)", "[female, 96]", "(F/96/widow)"
    r"|[(\[][ \t]*(?:m|f|male|female|man|woman|w)[ \t]*[,/-]?[ \t]*(9\d|1[0-3]\d)"
    r"(?:[ \t]*(?:yo|y/o|yrs?|years))?(?=[ \t]*[)\],/;])"
    r"|[(\[][ \t]*(9\d|1[0-3]\d)[ \t]*[,/-]?[ \t]*(?:m|f|male|female|man|woman|w)"
    r"(?=[ \t]*[)\],/;])"
    r"|\b(?:his|her|their)\s++(?:(?:early|mid|late)[- ]?)?(90s|nineties)\b"
    # "90 years of age", "98 he says", "client, 91,", "pt is 92"
    r"|(?<![\w.])(9\d|1[0-3]\d)\s++years?\s++of\s++age\b"
    # "at 92 he's the oldest in the group", "At 96 her nan is still…"
    r"|\bat[ \t]+(9\d|1[0-3]\d)(?:[ \t]*,)?[ \t]+(?:(?:he|she)(?:['\u2019]s|[ \t]+is)\b"
    rf"|(?:his|her|their|my|our)[ \t]+(?:{_FAMILY})\b)"
    # "her own mum lived to 98", "Gran's 99th was at the weekend"
    r"|\b(?:lived|made\s++it)\s++(?:to(?:\s++be)?|till|until|til)\s++(9\d|1[0-3]\d)\b"
    r"(?![\d.,]\d|\s*+(?:%|years?\s++ago))"
    r"|(?<![\w.])(9\d|1[0-3]\d),?\s++(?:he|she)\s++says\b"
    r"|\b(?:client|pt|patient|resident|service\s++user|neighbou?r|next\s++door|fella|bloke|lady|gent)"
    r"(?:\s*+,\s*+|\s++(?:is|was|now|aged?)\s++(?:nearly\s++|almost\s++|just\s++)?)(9\d|1[0-3]\d)"
    # then a stop, or a word that is no unit ("Resident is 103 per care home notes")
    r"(?=\s*+[,.;)]|\s++(?:and|n|now|but|years?|yrs?)\b|$|\s++(?!(?:per\s*cent|percent|kg"
    r"|kilos?|lbs?|mg|ml|times|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km"
    r"|points?|degrees|out|of|quid|pounds?|pence|grand|k|seconds?|secs?|metres?|meters?|m"
    r"|bpm|sats|sessions?|over|under|people|strong|dollars?|euros?|rand|calories|steps)\b)"
    r"[a-z]))"
)
# a first name and its age: "Arthur's 92,", "Harold is 101 (!!)" (a first name, checked
# in code; not "Ward is 95% full")
_NAMED_AGE = re.compile(
    r"\b([A-Z][a-z]+)(?:['\u2019]s|[ \t]+is)[ \t]+(9\d|1[0-3]\d)"
    r"(?=[ \t]*[,.;!?()]|[ \t]*$|[ \t]+(?:and|now|but|today|this|next|on|in)\b)"
)
# "Pt's mum Gloria, 93, had a fall": an age between commas after a name or a relative
# also "(Gogo Nomsa, 91)": in brackets, after two capitalised words or a relative
# and "Grandma: Edith, 95" ending a line, with a relative earlier on it
# (not a row of figures: "Total,132,65,34")
# also set off by a dash ("Mrs Small \u2013 97, lives alone", "Bert - 92 - still digs"),
# and before when it changes ("Bert, 92 next month,")
_COMMA_AGE = re.compile(
    r"(,|[ \t][\u2013\u2014-])[ \t]*(9\d|1[0-3]\d)[ \t]*"
    r"(?:(?P<comma>,(?!\d))|(?P<bracket>\))|[\u2013\u2014](?!\d)|-[ \t]"
    r"|(?P<end>(?=[.;]?[ \t]*(?:\r?\n|$)))|(?=[ \t]+(?:next|this)[ \t]+(?:week|month|year)\b))"
)
# before a name set off by a dash: a title, or a first name ("Mrs Small", "Tom Hall")
_NAME_BEFORE = re.compile(r"(?:\b(?i:mr|mrs|ms|miss|mx|dr)\.?|\b([A-Z][a-z]+))[ \t]+$")
_BRACKET_OWNER = re.compile(rf"(?:(?i:{_FAMILY})|[A-Z][a-z]+[ \t]+[A-Z][a-z]+)$")
# "Gran's 99th", "Doris's 100th": an ordinal after a relative's or a name's "'s" (the
# owner is checked in code, so the search starts at the "'s")
_POSSESSIVE_ORDINAL = re.compile(
    r"(?:['\u2019]s?|\b(?:her|his))\s+((?:9\d|1[0-3]\d)(?:st|nd|rd|th))\b"
    # the birthday itself, or what is said of it: not "Client's 92nd session"
    r"(?=\s*(?:[,.;!?)]|$)|\s+(?:birthday|bday|b-day|party|celebration|do|was|is|went|came)\b)"
)
_OWNER = re.compile(rf"(?:(?i:{_FAMILY})|[A-Z][a-z]+)$")
# before an age between commas, the name may carry a nickname in brackets:
# "Mr Kenneth Abbott (Ken), 90,"
_COMMA_OWNER = re.compile(
    rf"(?:(?i:{_FAMILY})|[A-Z][a-z]+|[A-Z][a-z]+[ \t]+[A-Z][a-z]+[ \t]*\(([A-Z][a-z]{{1,15}})\))$"
)
_RELATIVE_BEFORE = re.compile(rf"(?i)\b(?:{_FAMILY})\b[^.!?\n]*$")
# "Mrs Kaur is 91,": a title, a name, and the age as the sentence's point
_TITLED_AGE = re.compile(
    # (\b(?i:mrs|mr|ms|miss|mx|dr) from its first letter, as _PRONOUN_AGE)
    r"[mMdD](?<!\w(?s:.))(?i:(?<=m)(?:rs|r|s|iss|x)|(?<=d)r)\.?\s+[^\W\d_]+(?:[-'\u2019][^\W\d_]+)?"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][^\W\d_]+)?"  # "Mrs Ó Súilleabháin"
    r",?\s+(?:(?:who\s+)?(?:is|was|turned|turns)(?:\s+(?:now|nearly|almost|just))?\s+|now\s+)"
    r"(9\d|1[0-3]\d)(?=\s*[,.;)]|\s+(?:and|n|now|but|so|when|this|last|years?|yrs?|lives?|"
    r"living|still|has|had|in|on|with|at)\b|$)"
)
# "the oldest member of the shed at 94"; "she's 99 now, 100 in the spring"
# (a person: "the oldest member", "the eldest of the group"; not "the oldest TV")
_OLDEST_AT = re.compile(
    r"(?i)\b(?:oldest|eldest)[ \t]+(?:(?:member|person|resident|client|man|woman|lady|"
    r"gent|gentleman|volunteer|regular|patient|one|of\s+(?:us|them|the\s+group|the\s+"
    r"residents|the\s+members))\b)[^.!?\n]{0,50}?\b(?:at|is|was|aged)\s+(9\d|1[01]\d)"
    r"(?![\w%]|[.,:/-]\d|\s*(?:%|mph|km|kg|degrees|\u00b0|per|quid|pounds|minutes|mins|"
    r"miles|points|pts|in\s+the\s+(?:quiz|test|race|exam)|(?-i:[A-Z])))"
)
# an age now and the next: "is 99 now, 100 in the spring", "she's 89 now and 90 soon"
_NEXT_AGE = re.compile(
    r"(?i)(?:\b(?:is|turned|turns|aged)|['\u2019]s)\s+(?:8\d|9\d|1[01]\d)\s+now"
    r"(?:\s*[,.\u2013-]\s*|\s+and\s+)(?:(?:will\s+be|turns|turning)\s+)?"
    r"(9\d|1[01]\d|a\s+hundred|one\s+hundred)\s+(?=(?:in|on|next|this|by|at|soon)\b)"
)
_TENS = r"ninety|one\s+hundred|a\s+hundred|hundred"
# "the lady in the front row, ninety six, said", "the man next door, 96, rang": an age
# set off by commas after a person (not a list of readings: "sats were ninety, ninety one")
_APPOSITIVE_AGE = re.compile(
    r"(?i)\b(?:lady|man|woman|gent|gentleman|caller|resident|client|neighbou?r|widow|widower|"
    r"veteran|member|patient|nan|gran|mum|dad|mother|father|grandmother|grandfather)\b"
    r"([^,.;!?\n\d]{0,40}),[ \t]+((?:ninety|one[ \t]+hundred|a[ \t]+hundred)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|9\d|1[01]\d)[ \t]*,"
    r"(?![ \t]*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|a[ \t]+hundred|maybe|or)\b)"
)
# a count, a reading or a price before the commas: no age ("sats were ninety, …")
_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|cost|costs|price|paid|readings?|sats|scores?|"
    r"counted|pounds|quid)\b"
)
_UNITS = r"one|two|three|four|five|six|seven|eight|nine|ten"
_SPELLED_AGE = re.compile(
    # after "aged" or "turned" it is an age, whatever follows ("turned ninety-two recently")
    rf"(?i)\b(?:(?:aged?|turned|turns|turning)\s+((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS})\b)?)"
    r"(?!\s*(?:%|percent|per\s*cent|degrees))"
    r"|(?:turned|turns|turning|is|was|(?<![a-z])(?:he|she|who|nan|gran|mum|dad|grandad|grandma|"
    r"nana|nanna|granny|nanny|grandpa)['\u2019]?s|lived\s+to|made\s+it\s+to"
    # the person's own words: "I'm ninety-six", "I'll be ninety-one in May"
    r"|(?<![\w'\u2019])i(?:['\u2019]?m|\s+am|\s+was|['\u2019]ll\s+be|\s+will\s+be))\s+"
    # "I'm nearly ninety-five"; "Nain is 'nearly a hundred' she says"
    r"(?:(?P<q>['\"\u2018\u201c])(?=[^\n]{3,40}?['\"\u2019\u201d]))?"
    r"(?:(?:nearly|almost|just|over|about)\s+)?"
    rf"((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS}))?)"
    r"(?=\s+(?:years?\s+old|years?\s+of\s+age|this|last|next|in|on|and|n|now|but|so|can|"
    r"when)\b|\s*[,.;!?)]|$"
    # in quotes, the quote closes and the clause ends or says who said it ("'nearly a
    # hundred' she says"; not "'ninety' times calmer", "'ninety' on the test": review
    # 31); whose age it is: QUOTED_AGE_OWNER
    r"|(?(q)['\"\u2019\u201d](?:\s*[,.;!?)]|\s*$|\s+(?:she|he|they|i|we|apparently)\b)"
    r"|(?!)))"
    # "At ninety-six her nan still cooks": the spelled form of "At 96 her nan"
    rf"|\bat\s+((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS})\b)?),?\s+"
    r"(?=(?:he|she)(?:['\u2019]s|\s+is)\b|(?:his|her|their|my|our)\s))"
    # "a ninety-two year old caller": a unit after the spelled age
    # (a person after it, or nothing: not "a hundred-year-old cottage")
    rf"|\b((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS}))?)"
    r"(?=[- ](?:years?|yrs?)[- ]old\b(?:[ \t-]+(?:caller|woman|man|lady|gent|gentleman|client|"
    r"resident|patient|widow|widower|veteran|neighbou?r|person|mum|mother|dad|father|nan|"
    r"gran|grandmother|grandfather|member|carer)\b|[ \t]*(?:[,.;:!?)]|$)))"
    # "cl's mum (ninety-one)": in brackets after a word, as "(94)" is
    rf"|(?<=[^\W\d_])[ \t]*\(((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS}))?)\)"
    r"(?!\s*(?:minutes|mins|seconds|secs|hours|hrs|days|pounds|quid|dollars|percent|%|kg))"
)

# who a quoted spelled age belongs to, just before it: a relative or a pronoun and "is"
# ("Nain is 'nearly a hundred'"; not "the answer she gave was 'a hundred'")
QUOTED_AGE_OWNER = re.compile(
    rf"(?i)\b(?:{_FAMILY}|she|he)(?:['\u2019]s|\s+(?:is|was|will\s+be|turns|turned))\s+$"
)

# a person's age at death, spelled, after a relative or a pronoun just before the verb
# ("Jiddo died at ninety-four last year"; not "phone died at ninety", "passed at
# ninety, pass mark was eighty-five": review 31)
_DIED_AT_SPELLED = re.compile(
    rf"(?i)\b(?:{_FAMILY}|he|she|who)\s+(?:(?:sadly|just|only)\s+)?"
    r"(?:died|passed(?:\s+away)?)\s+(?:aged\s+|at\s+(?:the\s+age\s+of\s+)?)"
    rf"((?:{_TENS})(?:(?:[- ]|\s+and\s+)(?:{_UNITS}))?)\b"
)

# gates: the age rules cannot match without these
_FAMILY_HINT = re.compile(
    "gran|nan|mum|mom|mother|dad|father|aunt|uncle|neighb|nonna|abuela|babcia|oma|ma|pa|da|"
    "husband|wife|partner|hubby|sister|brother|friend|"
    "teta|jid|sitt|yia|bubb|zay|zaid|yeye|laolao|halmeoni|obaachan|vovo|ajji|nanu|thatha|"
    "paati|meemaw|gogo|mkhulu|koro|kuia"
)
_OLD = re.compile(r"[19](?<!\d(?s:.))(?:(?<=9)\d|(?<=1)[0-3]\d)(?!\d)")  # 90-139


_FIRST_NAME_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+(?:['\u2018\"][A-Z][a-z]+['\u2019\"][ \t]+)?$")


def _first_name_before(text: str, start: int, lex: Lexicon) -> bool:
    """A first name, no frequent word, just before ``start``."""
    m = _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in lex.first_names and not frequent(word, lex, RARE)


# an age over 89 in the words of another language: "years old" ("98 Jahre alt", "95 jaar
# oud", "93 ya\u015f\u0131nda"); or "years" set off by commas ("Abuela Chuy, 95 años, no AC") or
# after a person and "de" ("una señora de 95 años"). Not a span of time, a century or
# a building's age otherwise ("hace unos 100 años", "trabajó 95 años": review 30)
_YEARS_OLD_ABROAD = re.compile(
    # (tried only where a form can start, as _AGE_FORMS)
    r"(?=[19,(\u05d1]|\b(?i:[abcdefhmnstv\u00e4]))(?:"
    r"(?<![\w.,])(9\d|1[01]\d)[ \t]+(?i:jahre[ \t]+alt|jaar[ \t]+oud|[åa]r[ \t]+gamm[ae]l|éves|"
    r"ya\u015f\u0131nda)(?![\w])"
    r"|,[ \t]*(9\d|1[01]\d)[ \t]+(?i:años|anos|ans|anni|anys|lat|lata|let|roků|rokov|vuotta)"
    # (or before whose word it is, or "of age": "101 ans d'après la famille", "95 años
    # según su hija", "92 anos de idade"; session 23)
    r"(?:[ \t]*(?=[,.;)]|$)|(?=[ \t]+(?i:d['\u2019]apr[eè]s|selon|seg[uú]n|segundo|secondo|"
    r"environ|cumplidos|feitos|compiuti|de[ \t]+idade|de[ \t]+edad|d['\u2019][aâ]ge)(?![\w])))"
    # the word before the number, set off the same way after a name: "Pani Halina, lat
    # 93, ..." (session 18; not "Bench press, lat 95,": review 39)
    # (or in brackets: "Pani Halina (lat 93)", review 39)
    r"|(?:,|\()[ \t]*(?i:lat|wiek|edad|idade|âge|età|alter|věk|vek)[ \t:]+(9\d|1[01]\d)"
    r"(?=[ \t]*[,.;)]|$)"
    r"|\b(?i:se[ñn]ora|se[ñn]or|senhora|senhor|abuel[ao]|av[óô]|dame|monsieur|madame|"
    r"signora|signore|nonn[ao]|mujer|hombre|homme|femme|mulher|homem)[ \t]+(?i:de|di)[ \t]+"
    r"(9\d|1[01]\d)[ \t]+(?i:años|anos|ans|anni)(?![\w])"
    # having the years ("Don Ernesto tiene 96 años", "elle a 94 ans"), and the Polish and
    # Czech adjectives ("93-letni", "93letý"; review 39)
    r"|\b(?i:tiene|ten[ií]a|cumple|cumpli[óo]|tem|tinha|fez|a|avait)[ \t]+(9\d|1[01]\d)"
    r"[ \t]+(?i:años|anos|ans)(?![\w])"
    # Galician and Catalan (session 23: "A señora ten 96 anos", "té 94 anys")
    r"|\b(?i:ten|ti[ñn]a|tenia|cumpre|t[ée]|fer|complert|complit|de)[ \t]+(9\d|1[01]\d)"
    r"[ \t]+(?i:anos|anys)(?![\w])"
    r"|(?<![\w.,])(9\d|1[01]\d)-?(?i:letni[aeoy]?|let[ýáé])(?![\w])"
    # years-words of more languages, written from what each language says, not from any
    # note (session 18): Greek, Russian and Ukrainian, Uzbek, Albanian, Finnish, the
    # Nordic and German "-year-old", Italian and Nordic "has/is N years", Hebrew "son/
    # daughter of N", Arabic; not "ago" after them ("95 anni fa", "100 лет назад")
    r"|(?<![\w.,])(9\d|1[01]\d)(?:[ \t]+(?i:ετών|ετων|χρονών|χρονων|лет|года|"
    r"\u0440\u043e\u043a\u0456\u0432|років|"
    r"yoshda|yoshli|vjeç|vjec)|-?(?i:vuotias|vuotiaana|åring|åringen|årig|jährige[rn]?|jarige))"
    r"(?![\w])(?![ \t]+(?i:назад|тому|fa|πριν)\b)"
    r"|\b(?i:ha|aveva|compie|ha[ \t]+compiuto|er|var|blir|fyller|fylte|fyllde|fylder|är|ble)"
    r"[ \t]+(9\d|1[01]\d)[ \t]+(?i:anni|år)(?![\w])(?![ \t]+(?i:fa|siden|sedan)\b)"
    r"|(?:\u05d1\u05df|\u05d1\u05ea)[ \t]+(9\d|1[01]\d)(?![\w])"
    r"|(?<![\w.,])(9\d|1[01]\d)[ \t]+(?:\u0639\u0627\u0645\u0627|\u0639\u0627\u0645\u064b\u0627|"
    r"\u0639\u0627\u0645\u0627\u064b|\u0633\u0646\u0629)(?![\w]))"
)


# a name or a pronoun just before the age's words ("Pani Halina, lat 93", "elle a 94 ans")
_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])[A-Z\u00c0-\u00de][\w'\u2019-]*|\b(?i:elle|il|ella|[ée]l|ele|ela))[ \t]*$"
)
_DASH_NUMBER = re.compile(r"[\u2013\u2014-][ \t]*\d")


def _scores(text: str, m: re.Match[str]) -> bool:
    """A list of figures after dashes around ``m``: "Sister \u2013 95, brother \u2013 88"."""
    window = text[max(0, m.start() - 40) : m.end() + 40]
    return len(_DASH_NUMBER.findall(window)) > 1


def _dash_owner(text: str, who: re.Match[str]) -> bool:
    """Whether an age after a dash (or before "next month") belongs to ``who``: a
    relative, or a name after a title or a first name ("Mrs Small", "Tom Hall"); not a
    word's ending ("drama"), a first name alone ("Amy - 95," scores a quiz) nor a
    capitalised word ("Final Score - 97,", "Christmas, 120 this year": review 30)."""
    if who.start() > 0 and text[who.start() - 1].isalpha():
        return False
    owner = who.group().strip()
    if re.fullmatch(rf"(?i:{_FAMILY})", owner):
        return True
    before = _NAME_BEFORE.search(text, max(0, who.start() - 20), who.start())
    if before is None:
        return False
    return not before.group(1) or before.group(1).lower() in lexicon().first_names


def digit_ages(text: str, low: str) -> list[Span]:
    """Ages over 89 written in digits, by the rules above (the text holds a number
    from 90 to 139: :data:`_OLD`); ``low``: the text in lower case."""
    found: list[Span] = []
    if _FAMILY_HINT.search(low):
        for m in _FAMILY_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
        for m in _FAMILY_THERE_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    for m in _PERSON_IS_AGE.finditer(text):
        found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
    if "," in text:
        for m in _PERSON_COMMA_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if "who" in low:
        for m in _WHO_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if "still" in low:
        for m in _STILL_AT_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if "(" in text:
        for m in _BRACKETED_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    for m in _AGE_FORMS.finditer(text):
        g = m.lastindex or 0  # the one group of the form that matched
        found.append(Span(m.start(g), m.end(g), "AGE", "pattern"))
    if "'s " in text or "\u2019s " in text or " is " in text:
        lex = lexicon()
        for m in _NAMED_AGE.finditer(text):
            name = m.group(1).lower()
            if (name in lex.first_names and name not in WORD_NAMES) or (
                name in lex.surnames and _first_name_before(text, m.start(), lex)
            ):  # "Margaret 'Peg' Sullivan is 91" (not "Blood Sugar is 95")
                found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
    if "," in text or "-" in text or "\u2013" in text or "\u2014" in text:
        for m in _COMMA_AGE.finditer(text):
            owner = _BRACKET_OWNER if m.group("bracket") else _COMMA_OWNER  # not "(Arsenal, 90)"
            line_end = m.group("end") is not None and not m.group("bracket")
            if line_end and not _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Edith, 95" ending a line needs a relative before
            who = owner.search(text, max(0, m.start() - 30), m.start())
            # (a nickname in brackets is a first name: not "Heart Rate (Resting), 95,")
            nick = who.group(1) if who is not None and who.re is _COMMA_OWNER else None
            # (the older forms: after a comma, closed by a comma, a bracket or a line end)
            older = m.group(1) == "," and (m.group("comma") or m.group("bracket") or line_end)
            if not older and who and (not _dash_owner(text, who) or _scores(text, m)):
                continue  # after a dash or before "next month": a person's, and no list
            if who and (nick is None or nick.lower() in lexicon().first_names):
                found.append(Span(m.start(2), m.end(2), "AGE", "pattern"))
    if "m" in low or "dr" in low:
        for m in _TITLED_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if "he" in low:  # she, he, they
        for m in _PRONOUN_AGE.finditer(text):
            found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
        if " is " in low or " was " in low:
            for m in _AND_IS_AGE.finditer(text):
                if _LIVES_BEFORE.search(text, max(0, m.start() - 120), m.start()):
                    found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    for m in _YEARS_OLD_ABROAD.finditer(text):
        g = m.lastindex or 1  # the one form's number
        # the age word after a name only ("Bench press, lat 95": review 39), and a person
        # has the years, not a firm ("La empresa tiene 100 años")
        if g in (3, 5) and not _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        found.append(Span(m.start(g), m.end(), "AGE", "pattern"))
    for m in _FIRST_PERSON_AGE.finditer(text):  # "I'll be 100", "i\u2019m 93"
        found.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    if found and "air" in low and ("sat" in low or "spo2" in low):
        found = [sp for sp in found if not _VITAL_AFTER.match(text, sp.end)]
    return found


# a reading of oxygen, not an age: "mum was 97 and stable on air (sats)" (not "dad 92,
# sats 94%": a figure of its own is the reading; nor "Grandad is 96 - sats ok", "nan 93
# (sats good)": "on air" in the number's own clause says it is a reading)
_VITAL_AFTER = re.compile(
    r"(?i)[^.;!?\n\d,(\u2013\u2014-]{0,40}?\bon\s+(?:room\s+)?air\b[^\d\n]{0,15}?"
    r"\b(?:sats?|saturations?|spo2)\b(?![^\d\n]{0,12}\d)"
)


# an age over 89 said of a person the other detectors found: "Baba Vesa is 95 and walks
# to the square" (session 20); closed as _WHO_AGE's are, or by "by" ("104 by the
# family's count")
_AGE_OF_NAMED = re.compile(
    r"(?:['\u2019]s|[ \t]+(?:is|was|turns|turned|will[ \t]+be))[ \t]+"
    r"(?:(?:nearly|almost|now|just|over)[ \t]+)?(9\d|1[0-3]\d)\b" + _NO_AGE_AFTER + r"(?![\d.,]\d)"
    rf"(?={_AGE_CLOSES}|[ \t]+(?i:by)\b)" + _NOT_A_COUNT_AFTER
)


def ages_of_named(text: str, found: list[Span]) -> list[Span]:
    """Ages over 89 right after a name in ``found`` ("Vesa is 95,")."""
    out = []
    for sp in found:
        if sp.category == "NAME":
            m = _AGE_OF_NAMED.match(text, sp.end)
            if m is not None:
                out.append(Span(m.start(1), m.end(1), "AGE", "pattern"))
    return out
