"""Online handles named by their platform, and e-mail addresses with a hidden "@".

:mod:`.patterns` finds handles written with ``@``. Notes also name the platform
and give the handle bare: ``his snap is dazzaboy99``, ``xbox gamertag xXSlayerXx``,
``cashapp $jblake92``, ``discord name shadowwolf#1234``. After a platform's name
(and at most a few words such as *name*, *is*, *:*) a word is a handle when it
is marked as one: a digit, ``_`` or ``.`` inside it, a capital after a small
letter, a ``$`` or ``@`` before it or a Discord ``#1234`` after it. An ordinary
word (``her insta is private``) has none of these. Handles are ``[URL]``s, as
in :mod:`.patterns`.

An e-mail address with its ``@`` written ``[at]`` or ``(at)`` and a real domain
(``jordanb92 [at] gmail.com``) is an e-mail address; :mod:`.patterns` takes the
fully spelled-out ones (``at gmail dot com``). :func:`bare`, called by
:mod:`.patterns` for every text, takes Reddit's ``u/…`` and ``r/…`` and an address
spelled with its provider and no ending (``raj dot patel at gmail``), and words
joined by ``_`` with two digits or a capital inside a word (``Grace_99``),
which prose never writes.
"""

from __future__ import annotations

import re

from .lexicon import is_word, lexicon
from .model import Span
from .spelled import ONES, TEENS, TENS

# the words of _PLATFORM (each first word of two) for :mod:`.labelled`'s screen
CUE_WORDS = frozenset(
    ["snap", "snapchat", "insta", "instagram", "ig", "tiktok", "tik", "twitter", "discord",
     "xbox", "gamertag", "gamer", "psn", "steam", "twitch", "kik", "telegram", "reddit",
     "roblox", "fortnite", "cashapp", "cash", "venmo", "paypal", "facebook", "fb", "username",
     "grindr", "tinder", "hinge", "bumble", "whatsapp", "youtube", "onlyfans", "linkedin",
     "pinterest", "tumblr", "bluesky", "mastodon", "vinted", "depop", "ebay", "wechat", "skype",
     "user", "screenname", "screen", "handle", "goes", "called", "named", "calls", "calling",
     "sc"]
)  # fmt: skip
_PLATFORM_WORDS = (
    "snap(?:chat)?", "insta(?:gram)?", "ig", "tik ?tok", "twitter", "discord", "xbox",
    "gamer ?tag", "psn", "steam", "twitch", "kik", "telegram", "reddit", "roblox", "fortnite",
    "cash ?app", "venmo", "paypal", "facebook", "fb", r"user ?name", "screen ?name", "handle",
    r"goes\s+by", "call(?:ed|s|ing)", "named", "grindr", "tinder", "hinge", "bumble",
    "whats ?app", "youtube", "onlyfans", "linked ?in", "pinterest", "tumblr", "bluesky",
    "mastodon", "vinted", "depop", "ebay", "wechat", "skype", "sc", r"forum\s+user",
)  # fmt: skip
_PLATFORM = re.compile(
    r"(?i)(?=[bcdefghiklmnoprstuvwxy])\b(?:" + "|".join(_PLATFORM_WORDS) + r")(?![\w])"
)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """The alternation of ``words`` grouped by first letter, in their order within a
    letter: at a position the regex engine tries the same words in the same order."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# _PLATFORM in an ASCII text lowered (session 22), the same matches: no (?i), which
# slows each word tried, and one look-behind for a word's start, then one group of
# words at each (every word starts with a letter)
_PLATFORM_LOWER = re.compile(r"(?<!\w)(?:" + _by_first_letter(_PLATFORM_WORDS) + r")(?![\w])")
# between the platform and the handle: separators and a few words, at most three
_GAP = re.compile(
    r"(?i)(?:[ \t]*(?:[:=\-(]|(?:name|username|user|handle|tag|id|account|acct|acc|page"
    r"|is|was|called|as|by|an|a|the|his|her|their|him|me|it|himself|herself|themselves)(?![\w])"
    r"|['\"\u2018\u201c]))"
    r"{0,5}[ \t]*"
)
_HANDLE = re.compile(r"[$@]?[A-Za-z][A-Za-z0-9_.]{2,29}(?:#\d{4})?(?![\w#@$])")
# what marks a word as a handle (apart from a "$", "@" or "#1234" around it)
# (a "." between two letters or more each side: not "i.e", "e.g", "v.helpful")
# (or two dots: "tyla.b.xo")
_MARK = re.compile(r"[\d_]|[a-z][A-Z]|\w\w\.(?=\w\w)|\w\.\w+\.\w\w")
_STRICT_MARK = re.compile(r"[\d_]|\w\w\.(?=\w\w)")
_HANDLE_SHAPE = re.compile(r"_|[a-z][A-Z][^.]*[a-z][A-Z]")
# (or a dot between words, and digits at the end: "jayjay.mcg99", "j.mcg9"; not a file's
# name: "notes.v12", "budget.may24")
_DOTTED = re.compile(r"([A-Za-z]+)\.[A-Za-z]+\d+")

# "jordanb92 [at] gmail.com", "nomsa[dot]khumalo[at]example[dot]co[dot]za",
# "priya_r_1996 @ example.in" (an "@" with a space beside it)
_DOT = r"(?:\.|[ \t]*[(\[{]dot[)\]}][ \t]*)"
_HIDDEN_EMAIL = re.compile(
    r"(?i)(?<![\w.+-])[\w.+-]{1,64}(?:[ \t]*[(\[{]dot[)\]}][ \t]*[\w.+-]{1,64}){0,4}"
    r"(?:[ \t]*[(\[{]at[)\]}][ \t]*|[ \t]+@[ \t]*|@[ \t]+|[ \t]*\uff20[ \t]*)"
    rf"(?:[a-z0-9-]{{1,63}}{_DOT}){{1,4}}[a-z]{{2,24}}(?![\w-])"
)
# an address typed with spaces round its "@" and its dots (a dot with a space each
# side, or none), when its name has a digit, "." or "_" and is no number, and it
# ends in a common ending in lower case: "rainbowkid2007 @ example . com" (not
# "Appt at 10.30 @ clinic. In the meantime")
_SPACED_EMAIL = re.compile(
    r"(?<![\w.+-])([\w.+-]{1,64})[ \t]*@[ \t]*[A-Za-z0-9-]{1,63}"
    r"(?:(?:[ \t]+\.[ \t]+|\.)[A-Za-z0-9-]{1,63}){0,3}?(?:[ \t]+\.[ \t]+|\.)"
    r"(?:com|org|net|edu|gov|uk|ie|au|ca|nz|za|in|io)(?![\w-])"
)
# things a note numbers with "#" that are no Discord name: "Ticket#4821", "Room#1203"
_NUMBERED_THINGS = frozenset(
    ["ticket", "invoice", "room", "ref", "case", "order", "no", "number", "item", "bed",
     "ward", "flat", "unit", "apt", "job", "claim", "id", "account", "acct", "page", "step",
     "session", "week", "day", "bus", "route", "gate", "platform", "seat", "table", "issue"]
)  # fmt: skip
# a Discord name with its number, wherever it stands: "wolfie#4821"
_DISCORD_TAG = re.compile(r"(?<![\w#@$.])[A-Za-z][A-Za-z0-9_.]{1,31}#\d{4}(?![\w#])")


def detect(text: str) -> list[Span]:
    """Handles after a platform's name (:mod:`.labelled` screens the text first)."""
    out = []
    # (in ASCII, (?i) matches what the lower case matches: _PLATFORM_LOWER in it)
    lowered = text.isascii()
    platforms = _PLATFORM_LOWER if lowered else _PLATFORM
    subject = text.lower() if lowered else text
    platform = platforms.search(subject)
    while platform is not None:
        gap = _GAP.match(text, platform.end())
        at = gap.end() if gap is not None else 0
        m = _HANDLE.match(text, at) if at > platform.end() else None  # (a space, ":" …)
        if m is not None:
            word = m.group().rstrip(".")
            body = word.lstrip("$@").split("#", 1)[0]
            # after "handle" or "goes by", which name no platform, only a digit, "_"
            # or "." marks a handle ("goes by kaneo.beats"; not "handle PhD pressure")
            loose = platform.group().lower()
            if loose in ("called", "named", "calls", "calling"):
                # a person's name (or "mum.Then") follows as often: only a handle typed
                # as one, with "_" or two humps of capitals ("kaz_99", "xXShadowReaperXx"),
                # or words and digits with a dot ("jayjay.mcg99")
                mark = _HANDLE_SHAPE
            else:
                mark = _STRICT_MARK if loose == "handle" or loose.startswith("goes") else _MARK
            if word != body or mark.search(body) or (mark is _HANDLE_SHAPE and _dotted(body)):
                out.append(Span(m.start(), m.start() + len(word), "URL", "pattern"))
        platform = platforms.search(subject, platform.end())
    if "#" in text:
        taken = {sp.start for sp in out}
        for m in _DISCORD_TAG.finditer(text):
            name = m.group().split("#", 1)[0].lower()
            if m.start() not in taken and name not in _NUMBERED_THINGS:
                out.append(Span(m.start(), m.end(), "URL", "pattern"))
    return out


def _dotted(body: str) -> bool:
    m = _DOTTED.fullmatch(body)
    if m is None:
        return False
    first = m.group(1).lower()
    return len(first) < 4 or not is_word(first, lexicon())


def hidden_emails(text: str) -> list[Span]:
    """E-mail addresses with "[at]", "(at)" or "{at}" for their "@" (and "[dot]"
    for their dots), or with a space beside the "@"."""
    out = []
    for m in _HIDDEN_EMAIL.finditer(text):
        found = m.group()
        if ("@" in found or "\uff20" in found) and not found.rsplit(".", 1)[-1].islower():
            continue  # "Met her @ Tesco.Then went home": a full stop without its space
        out.append(Span(m.start(), m.end(), "EMAIL", "pattern"))
    if " ." in text or ". " in text:
        out.extend(
            Span(m.start(), m.end(), "EMAIL", "pattern")
            for m in _SPACED_EMAIL.finditer(text)
            if _LOCAL_MARK.search(m.group(1)) and not m.group(1).replace(".", "").isdigit()
        )
    return out


# Reddit's users and communities: "u/throwaway_mum_22", "r/leeds"
REDDIT = re.compile(r"(?<![\w/.])(?:u/[A-Za-z0-9_-]{3,20}|r/[A-Za-z0-9_]{4,21})(?![\w/])")
# an address spelled out with its provider and no ending: "raj dot patel at gmail";
# NOT_LOCAL: words that are no address's local part before " at " ("she was at …"),
# also for :mod:`.patterns`' fully spelled-out addresses
NOT_LOCAL = (
    r"(?!(?:was|is|are|be|been|me|him|her|them|us|you|i|we|he|she|it|they|home|work|"
    r"school|look|looking|good|bad|job|still|account)\s)"
)
_PROVIDERS = r"gmail|googlemail|hotmail|yahoo|outlook|icloud|aol|protonmail|btinternet"
# " at gmail" is found first; its local part is then looked for in the few characters
# before it, so a long run of "x dot y" cannot make the scan quadratic
# (and its ending, when spelled too: "thandi dot m at yahoo dot com"), or any domain
# with a spelled ending ("tilly dot m at example dot org")
TLD_WORD = (
    r"(?:com|org|net|co|uk|ie|au|ca|nz|edu|gov|io|me|info|za|in|de|fr|es|it|nl|be|ch|sg|"
    r"my|ph|pk|ng|ke|gh|us|br|mx|pl|se|dk|fi|jp|cn|hk|ae|ac|tv|biz|app|dev|eu|vn|lk|bd|ai|ly|"
    r"xyz|online|social|site|shop|store|email|live|tech|life|world|club|art|blog|page|cloud)"
)
_SPELLED_DOT = r"(?:\s+dot\s+|\s*[\[(]dot[\])]\s*)"
_NUMBER_WORDS = f"zero|oh|{ONES}|{TEENS}|{TENS}|hundred|double"
# (its blanks before "at" matched from the first, then the look-behind: "(?<!\s)\s++"
# written so that the regex engine can skip to blanks)
_AT_PROVIDER = re.compile(
    rf"(?i)\s(?<!\s\s)\s*+at\s++(?:(?:{_PROVIDERS})(?:{_SPELLED_DOT}[a-z]{{2,6}}(?![\w])){{0,3}}"
    rf"|[a-z0-9-]{{2,63}}(?:{_SPELLED_DOT}[a-z0-9-]{{2,63}}){{0,2}}{_SPELLED_DOT}{TLD_WORD}"
    # a real domain after a spelled "at": "nomsa.khumalo at example.co.za"
    rf"|[a-z0-9-]{{2,63}}(?:\.[a-z0-9-]{{2,63}}){{0,2}}\.{TLD_WORD})"
    r"(?![\w]|\.\w)"
)
_LOCAL_BEFORE = re.compile(
    rf"(?i)(?<![\w.+-]){NOT_LOCAL}[\w.+-]{{1,64}}"
    # a dictated name: "m underscore kowalski seventy six", "jo dot bloggs"
    r"(?:\s+(?:dot|underscore|dash|hyphen)\s+[\w+-]{1,64})*"
    r"(?:\s+[a-z](?!\S)){0,3}"  # initials read out one by one: "aroha t w"
    rf"(?:\s+(?:\d{{1,4}}|(?:{_NUMBER_WORDS})(?:\s+(?:{_NUMBER_WORDS})){{0,3}}))?$"
)
_EMAIL_CUE = re.compile(
    r"(?i)\b(?:e-?mail(?:ed)?|gmail|hotmail|outlook|yahoo)(?:[ \t]+address)?"
    r"(?:[ \t]+is|['\u2019]s)?[ \t:]*$"
)
_LOCAL_WINDOW = 80  # characters looked at before " at gmail"
_LOCAL_MARK = re.compile(r"[\d._+]")
_PROVIDER_HINT = re.compile(f"(?i){_PROVIDERS}")


def _user_name(word: str) -> bool:
    """A word joined by "_" that reads as a user name (see _JOINED)."""
    if len(word) < 5:
        return False  # "o_O", "x_X", "a_1"
    if _HUMP.search(word):
        return True
    head = word.lstrip("_").split("_", 1)[0]
    if head.isupper() or not head[:1].isalpha():
        return False  # "PHQ_9", "CORE_10": a measure's name; "0133_323": a number's
    if _TWO_DIGITS.search(word):
        return True
    # one digit: only after a word that is no ordinary one ("Siobhán_x7", not "Section_2")
    low = head.lower()
    lex = lexicon()
    if _DIGIT.search(word) is not None and not is_word(low, lex):
        return True
    # a place or a given name joined on in lower case: "quietstorm_bristol", "jade_leeds"
    # (not a field's name: "street_name", "client_name", "date_of_birth")
    parts = [p.lower() for p in word.split("_") if p]
    return len(parts) >= 2 and any(
        (p in lex.places or p in lex.first_names) and len(p) >= 4 and not is_word(p, lex)
        for p in parts
    )


def bare(text: str, low: str = "") -> list[Span]:
    """Reddit users and communities, and an e-mail address spelled out with its
    provider and no ending (or any domain and a spelled ending) whose local part is
    marked (a digit, ".", "_", "+" or a spelled "dot"): "raj dot patel at gmail",
    "tilly dot m at example dot org", not "works at outlook"."""
    found = []
    low = low or text.lower()  # (the caller's ``text.lower()``, when it has one)
    spelled_dot = "dot " in low or "dot]" in low or "dot)" in low
    if " at " in low and (spelled_dot or "." in low or _PROVIDER_HINT.search(text)):
        for at in _AT_PROVIDER.finditer(text):
            m = _LOCAL_BEFORE.search(text, max(0, at.start() - _LOCAL_WINDOW), at.start())
            local = m.group().lower() if m else ""
            spoken = (" dot ", " underscore ", " dash ", " hyphen ")
            if m and (
                any(w in local for w in spoken)
                or _LOCAL_MARK.search(local)
                # or said to be an e-mail address: "her email is aroha t w at example dot com"
                or (
                    " dot " in at.group().lower()
                    and _EMAIL_CUE.search(text, max(0, m.start() - 24), m.start())
                )
            ):
                found.append(Span(m.start(), at.end(), "EMAIL", "pattern"))
    if "/" in text:
        found.extend(Span(m.start(), m.end(), "URL", "pattern") for m in REDDIT.finditer(text))
    # (the hint needs a small letter and a capital: not in a text all in one case)
    mixed = not text.islower() and not text.isupper()
    if mixed and _CAMEL_HINT.search(text):  # "Forum user SadRainCloud93 posted at 3am"
        found.extend(Span(m.start(), m.end(), "URL", "pattern") for m in _CAMEL.finditer(text))
    if "_" in text:  # "rang from Grace_99": a user name, with or without its platform
        found.extend(
            Span(m.start(), m.end(), "URL", "pattern")
            for m in _JOINED.finditer(text)
            if _user_name(m.group()) or _ON_PLATFORM.match(text, m.end())
        )
    if "]" in text:  # a chat log: "[22:14] nightowl_kez: anyone awake"
        found.extend(
            # a plain word is a person's name ("[22:16] Kez:"), anything else a handle
            Span(m.start(1), m.end(1), "NAME" if m.group(1).isalpha() else "URL", "pattern")
            for m in _CHAT_SPEAKER.finditer(text)
            if m.group(1).lower() not in _CHAT_ROLES
        )
    return found


# the speaker of a line of a pasted chat log, after its time or channel in brackets
# (the brackets hold a time: not "[Note] Plan:", "[Risk] Medium:", "[x] Referral:")
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{0,30}\b\d{1,2}[:.]\d\d\b[^\]\n]{0,12}\][ \t]*([\w.~-]{3,32}):"
)
# speakers that are roles, not people's handles
_CHAT_ROLES = frozenset(
    ["support", "member", "mod", "moderator", "admin", "bot", "system", "user", "client",
     "caller", "volunteer", "staff", "worker", "agent", "counsellor", "listener", "me", "you",
     "them", "helper", "guest", "anon", "anonymous"]
)  # fmt: skip


# any word joined by "_" is a user name before its platform: "(fz_art on insta)"
_ON_PLATFORM = re.compile(
    r"(?i)[ \t]+on[ \t]+(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|tik[ \t]tok|twitter|"
    r"discord|fb|facebook|threads|reddit|twitch|steam|xbox|psn|roblox|youtube|yt|tinder|"
    r"kik|telegram|whatsapp|pinterest|hinge|bumble|grindr|bereal|onlyfans|the[ \t]gram)\b"
)


# three capitalised words run together and a number: no prose, name or product is
# written so ("SadRainCloud93"; not "McDonald", "PlayStation5", "FootballManager24")
_CAMEL = re.compile(r"(?<![\w@#/.-])[A-Z][a-z]+(?:[A-Z][a-z]+){2,}\d{1,4}(?![\w-])")
# (matched from its capital, which the regex engine can skip to: "[a-z][A-Z]…" matched so)
_CAMEL_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]+(?:[A-Z]|\d\d)")
# words joined by "_", with two digits running or a capital inside a word: no prose
# is written so ("Grace_99", "Zoë_99", "_kayla_09", "kayla_99.x"); not a field or a
# score's name ("street_name", "Client_Name", "PHQ_9", "Section_2"), nor "o_O"
_JOINED = re.compile(r"(?<![\w@$#/.-])_*[^\W_]+(?:_+[^\W_]+)+_*(?:\.[^\W_]+)*(?![\w@#/-])")
_TWO_DIGITS = re.compile(r"\d\d")
_DIGIT = re.compile(r"\d")
_HUMP = re.compile(r"[^\W\d_A-Z][A-Z]")  # "xXShadow", "jazK"
