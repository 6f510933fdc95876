"""Names, places and organisations nobody registered.

Philter-style: a capitalised word that is not known to be an ordinary word is
suspect. Each capitalised word is classed with the shipped lexicons (ordinary
English words with a frequency rank, first names, surnames, places); runs of
capitalised words ("Sari J. Paavolainen", "Lending Club") are judged together,
and context decides the rest: titles ("Dr X"), relations ("my sister X"),
places ("lives in X"), organisation words ("X Ltd", "works at X") and lists
("Monjeau, Graves and Reed"). Lower-case words that can only be names are
flagged too ("follow up with patricia").

This module finds and judges the runs; its helpers are :mod:`.name_words` (the
class of a word), :mod:`.name_context` (the cue before it), :mod:`.name_lower`
(text typed without capitals) and :mod:`.name_lists` (names found from the
names around them).
"""

from __future__ import annotations

import functools
import re

from . import addresses, word_names
from .languages import spoken_of
from .lexicon import Lexicon, lexicon
from .model import Span
from .name_context import (
    HOME_CTX,
    HOME_LAST,
    ORG_LAST,
    PERSON_CTX,
    PLACE_CTX,
    ends_in,
    last_word,
    org_ctx,
    person_last,
    person_last_words,
    place_last,
)
from .name_lists import (
    AND_SONS,
    BODY_OF,
    NICKNAME_BETWEEN,
    coordinated,
    full_name_subject,
    nickname_between,
    repeated,
    subjects,
    with_pronouns,
    with_relation,
)
from .name_lower import (
    after_relation_low,
    caseless_runs,
    join_names,
    line_start_names,
    lower_names,
    lower_orgs,
    sandwiched,
    widen_lower_names,
)
from .name_words import (
    AMBIG,
    BOUNDARY,
    CLASS_CACHE,
    CNAME,
    COMMON,
    INITIAL,
    NAME,
    PLACE,
    RARE,
    RELATION_WORDS,
    ROMAN,
    SAFE,
    SKIP_BACK,
    SUFFIX,
    TITLE,
    UNKNOWN,
    Tok,
    classify_new,
    sentence_start,
    typed_caseless,
)
from .words import (
    ACRONYMS,
    BRANDS,
    FUNCTION_WORDS,
)

_FLAGGING = (NAME, PLACE, UNKNOWN)
_INERT = (SAFE, INITIAL, ROMAN)


_PARTICLES = (
    "de|la|le|du|des|del|della|di|da|van|von|der|den|ten|ter|y|dos|das|do|bin|al|el|na|ap|ab"
)
# (and German "an der", "an dem" between two capitalised words: "Mülheim an der Ruhr";
# "an" alone is English: "Ordered Priya an Uber")
_CONNECT = re.compile(rf"[ \t]+|\.[ \t]*|[ \t]+(?:(?:{_PARTICLES}|an[ \t]+de[mr])[ \t]+)+")
# every character _CONNECT can match: text with any other cannot join two words
_CONNECT_CHARS = " \t." + "".join(sorted(set(_PARTICLES) - {"|"}))


_NUM_AFTER = re.compile(r"[ \t]+\d{1,6}[A-Za-z]?(?:-\d{1,4})?(?![\w])")
_NUM_BEFORE = re.compile(r"(?<![\w.,/:-])\d{1,6}[A-Za-z]?[ \t]+$")  # not a time: "20:05 Lone"


@functools.cache
def _capword() -> re.Pattern[str]:
    upper = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
    cls = re.escape(upper)
    # "[X](?<!C(?s:.))" is "(?<!C)[X]" with the capital matched first: a faster scan;
    # after an apostrophe only when it opens a quote ("said 'Kwabena would …'"), not
    # inside a word ("O'Neill")
    return re.compile(
        rf"[{cls}](?<![\w-](?s:.))(?<!\w['\u2019](?s:.))"
        r"[^\W\d_]*(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+)*"
    )


@functools.cache
def _capwords() -> re.Pattern[str]:
    """_capword() as one group, for ``split``: no match objects to make."""
    return re.compile(f"({_capword().pattern})")


def warm_up() -> None:
    person_last_words()
    after_relation_low()
    _capwords()
    addresses.warm_up()  # the address-part patterns _with_numbers grows with


def _runs(text: str, lex: Lexicon, caseless: bool, low: str) -> list[list[Tok]]:
    """Capitalised words, joined into runs ("Sari J. Paavolainen"); ``low`` is
    ``text.lower()``."""
    if caseless:
        return caseless_runs(text, lex)
    if text == low and text.isascii():
        return []  # no capital letter to open a word ("121000358")
    runs: list[list[Tok]] = []
    prev: Tok | None = None
    seen = CLASS_CACHE
    # split: [text before the first word, word, text between, word, ..., the rest]
    parts = _capwords().split(text)
    end = 0
    for k in range(1, len(parts), 2):
        between, word = parts[k - 1], parts[k]
        start = end + len(between)
        end = start + len(word)
        if text[end : end + 1].isdigit():
            continue  # "IPv4", "Win11": a code, judged by the ID detector
        cls = seen.get(word)
        if cls is None:
            cls = classify_new(word, lex)
        if prev is not None:
            gap = text[prev.end : start]
            if gap == " " or (
                not gap.strip(_CONNECT_CHARS)
                and _CONNECT.fullmatch(gap)
                and (
                    gap[0] != "."
                    or prev.cls in (INITIAL, TITLE)
                    or len(prev.text) == 1
                    or prev.text in _SAINT_WORDS
                )
            ):
                prev = Tok(start, end, word, cls, False)
                runs[-1].append(prev)
                continue
        if cls in _INERT and not (len(word) >= 2 and word.isupper()):
            # a word with nothing to judge ("The", "I") that no word joins: not
            # the one before (above), nor the next, when the text up to it cannot
            # join two words (nor can any longer gap: it would hold a capital).
            # detect_names would pass over its run of one; leave it out.
            after = parts[k + 1]
            if after != " " and (
                after.strip(_CONNECT_CHARS)
                or not _CONNECT.fullmatch(after)
                or (after[0] == "." and cls != INITIAL and len(word) != 1)
            ):
                prev = None
                continue
        # sentence_start looks back over SKIP_BACK to a sentence boundary; mostly
        # the text since the last word found shows there is none ("went to Word")
        stop = between.rstrip(SKIP_BACK)
        first = (not stop or stop[-1] in BOUNDARY) and sentence_start(text, start)
        prev = Tok(start, end, word, cls, first)
        runs.append([prev])
    return runs


# A word is flagged when its class is in _FLAGGING, or AMBIG not opening a
# sentence; after a cue (a title, "my sister", "works at") these classes are.
_FREQUENT = 1000  # a word this frequent after a relative is no name: "my mum may come"
_FLAGGED_FORCED = frozenset([NAME, PLACE, UNKNOWN, AMBIG, COMMON, CNAME])
_PLACE_LIKE = (UNKNOWN, PLACE, AMBIG, COMMON)
_DIGIT = re.compile(r"\d")


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
            t.first and t.cls == COMMON and not keep_common
        ):
            i += 1
        else:
            break
    while j > i and run[j - 1].cls in (SAFE, TITLE, INITIAL) and not flags[j - 1]:
        if run[j - 1].text in _NAME_SYLLABLES and j - 2 >= i and flags[j - 2]:
            break  # "Nguyễn Văn An": a name's last syllable, capitalised mid-sentence
        j -= 1
    return run[i:j]


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


_SEASONS = frozenset(
    ["christmas", "xmas", "easter", "ramadan", "eid", "diwali", "hanukkah", "passover",
     "summer", "winter", "spring", "autumn", "halloween", "weekends", "night", "nights"]
)  # fmt: skip
_NICKNAME_WORDS = frozenset(["Big", "Little", "Wee", "Lil"])
# Vietnamese name syllables that are also English function words
_NAME_SYLLABLES = frozenset(["An", "Do"])


def detect_names(text: str) -> list[Span]:
    lex = lexicon()
    spans: list[Span] = []
    singles: list[Tok] = []
    low = text.lower()
    caseless = typed_caseless(text, low)
    digits: bool | None = None  # does the text hold a digit? (asked when first needed)
    grown = 0  # the end of the last address block grown here
    org_after = _ORG_AFTER.match
    for run in _runs(text, lex, caseless, low):
        tok = run[0]
        cls0 = tok.cls
        single = len(run) == 1
        if single and cls0 in _INERT:
            word = tok.text
            if len(word) >= 2 and word.isupper() and word.lower() not in ACRONYMS:
                before = text[max(0, tok.start - 40) : tok.start]
                if org_ctx(last_word(before), before):
                    spans.append(Span(tok.start, tok.end, "ORG", "context"))  # "works for IBM"
            continue  # "The", "I", "NHS": nothing to judge
        end = run[-1].end
        first = tok.first
        if (
            first
            and text.startswith(":", end)
            and _FIELD_LABEL.match(text, end)
            and not any(t.cls == NAME for t in run)
        ):
            continue  # "Subnet: 192.168.1.0/24", "Telefon: +90 …": a field label
        if not single and _heading(run, lex):
            continue  # "ROTA MESSAGE", "RISK PLAN": a heading in capitals, of plain words
        if not single:
            place = _multiword_place(run, lex, text)
            if place:
                spans.append(
                    Span(place[0].start, place[-1].end, "LOCATION", "lexicon", None, "PLACE")
                )
                continue
        head = tok.start
        before = text[head - 40 if head > 40 else 0 : head]
        if (
            before[-1:] in _QUOTES
            and _TITLE_QUOTED.search(before)
            and text[end : end + 1] in _QUOTES
        ):
            continue  # a title in quotes: "saw 'Barbie' with her daughter"
        if (
            single
            and first
            and cls0 in (COMMON, CNAME, AMBIG)
            and before.rstrip()[-1:] in _HARD_STOPS
            and not org_after(text, end)
        ):
            if _has_relative(text, tok, lex):
                spans.append(Span(tok.start, tok.end, "NAME", "context"))  # "Chloe's ex"
                continue
            singles.append(tok)  # "Yesterday …": an ordinary word opening a sentence
            continue
        if (
            single
            and first
            and cls0 in (NAME, PLACE)
            and before.rstrip()[-1:] in _HARD_STOPS
            and word_names.word_reading(text, tok.end, tok.text, lex, RELATION_WORDS)
        ):
            singles.append(tok)  # "Frank conversation", "Grace before meals"
            continue
        if single and spoken_of(text, tok.start, end):
            continue  # a language: "speaks Dari and Pashto", "a Tigrinya interpreter"
        last = last_word(before) if before[-1:].isspace() else ""
        if single and last in ("a", "an") and _word_after_a(text, tok, lex):
            singles.append(tok)  # "She's a Christian", "a Poppy pin" (not "a Sharon at …")
            continue
        # a first name opening a line of dialogue: "Destiny: ..."
        speaker = first and text.startswith(":", tok.end) and tok.text.lower() in lex.first_names
        # "lives in Hackney": a word that is also an ordinary one is a place here
        home = (
            single
            and cls0 in (COMMON, CNAME, AMBIG)
            and last.lower() in HOME_LAST
            and HOME_CTX.search(before, max(0, len(before) - 40)) is not None
            # after "the", only a rarer word that ends the phrase: "grew up in the
            # Gorbals", not "the City", "the Sixties", "the Refuge", "the Mormon church"
            and (last.lower() != "the" or _home_after_the(text, tok, lex))
            and tok.text.lower() not in _NO_HOMES  # "moved to Room 12B"
        )
        if (
            single
            and cls0 in (COMMON, CNAME)
            and not home
            and not (last and (person_last(last) or last.lower() in ORG_LAST))
            and not speaker
            and not org_after(text, end)
        ):
            singles.append(tok)  # an ordinary word, capitalised, with no cue before it
            continue
        title = cls0 == TITLE
        # a cue before the run: "Dr", "my sister", "works at"
        person = (
            title
            or (last != "" and person_last(last) and ends_in(PERSON_CTX, before, 4))
            or speaker
        )
        # typed without capitals, "works in construction" names a trade, not a firm
        org = (
            org_ctx(last, before)
            and not (caseless and last.lower() == "in" and cls0 == COMMON)
            and tok.text.lower() not in _SEASONS  # "works nights at Christmas"
        )
        # (an app the lists know is the app: "the Headspace app")
        described = (
            not person and org_after(text, end) is not None and tok.text.lower() not in BRANDS
        )
        org = org or described
        if single:
            # the steps below for one word: flagged or not, it is its own body
            if person or org or home:
                # typed without capitals, a frequent word after a word for a relative is
                # no name ("my mum may come", "their dad every other weekend"); after
                # another cue it still is ("spoke to will")
                frequent = (
                    caseless
                    and lex.common.get(tok.text, _FREQUENT) < _FREQUENT
                    and last.lower() in RELATION_WORDS
                )
                # an app after a person's cue is the app ("obsessed w/ Minecraft"); after
                # "works at" it is an employer
                app = not org and tok.text.lower() in BRANDS
                flagged = cls0 in _FLAGGED_FORCED and not frequent and not app
            else:
                flagged = cls0 in _FLAGGING or (cls0 == AMBIG and not first)
            if not flagged:
                if cls0 in (CNAME, AMBIG, COMMON):
                    singles.append(tok)
                continue
            body = run
            titled = False
            if org:
                category, kind = "ORG", ""
            elif person:
                category, kind = "NAME", ""
            elif home:
                category, kind = "LOCATION", "PLACE"
            else:
                category, kind = _category_of_one(tok, lex, last, before)
            place_like = cls0 in _PLACE_LIKE
        else:
            if person or org:
                flags = [t.cls in _FLAGGED_FORCED for t in run]
            else:
                flags = [t.cls in _FLAGGING or (t.cls == AMBIG and not t.first) for t in run]
            # the word after a title is a name, also inside a run: "Ask Dr Patel"
            # (not a brand named so: "Dr Martens", "Mr Muscle")
            flagged_before = False  # any(flags[:k]), kept as k grows (a long run stays linear)
            for k in range(len(run) - 1):
                nxt_tok = run[k + 1]
                if (
                    run[k].cls == TITLE
                    and nxt_tok.cls != SAFE
                    and nxt_tok.text.lower() not in _TITLE_BRANDS
                ):
                    flags[k + 1] = True
                    if k and not flagged_before:
                        # the words before the title are the sentence's ("Wears", "Ask")
                        run, flags = run[k:], flags[k:]
                        break
                flagged_before = flagged_before or flags[k]
            # a word for a relative opening the run names the next word: "Husband Den
            # was there too", "Mum Sarah rang" (a title's rule, above, for relatives)
            if (
                len(run) >= 2
                and not flags[0]
                and run[0].text.lower() in RELATION_WORDS
                # a name or a first name, not a word that is also a surname or a
                # place ("Baby Bank", "Client Voice", "Son Rise")
                and run[1].cls != TITLE
                and (run[1].cls in (NAME, UNKNOWN, AMBIG) or run[1].text.lower() in lex.first_names)
                and run[1].text.lower() not in RELATION_WORDS
                and not any(flags[1:])
            ):
                flags[1] = True  # (not "Client Services", "Partner Agencies")
                run, flags = run[1:], flags[1:]
                person = True
            saint = _saint(run)
            if saint:
                flags[saint] = True  # "St Aidan's": the saint's name is a place's or a body's
            has_suffix = any(t.cls == SUFFIX for t in run[1:])
            flagged = any(flags)
            if not flagged and not has_suffix:
                if full_name_subject(text, run, lex):  # "Will Barker rang back"
                    spans.append(Span(run[0].start, run[-1].end, "NAME", "context"))
                continue
            body = _body(run, flags, keep_common=has_suffix or described)
            if not body or (not flagged and len(body) < 2):
                continue
            # a title just before the body, inside the run: "(Met) Mr Berg", a person
            titled = body[0] is not tok and run[run.index(body[0]) - 1].cls == TITLE
            person = person or titled
            category, kind = _category(body, lex, person, org, has_suffix, last, before)
            if saint and body[0].text in _SAINT_WORDS and category == "NAME":
                category, kind = "ORG", ""  # a church, school or hospital, not a person
            place_like = all(t.cls in _PLACE_LIKE for t in body) and not titled
        start, end = body[0].start, body[-1].end
        if category == "NAME" and text[start - 1 : start] == " ":
            start = _with_particles(text, start)  # "Mr van der Berg": the particles go too
        if category == "LOCATION" or place_like:
            if digits is None:
                digits = _DIGIT.search(text) is not None
            if digits and end <= grown:
                continue  # inside an address block grown from a word before it
            if digits:  # "12 Hill Road": the numbers need a digit
                start, end, kind2 = _with_numbers(text, start, end)
                if kind2:
                    category, kind = "LOCATION", kind2
                    grown = max(grown, end)  # each block is grown once, not from every word
        if category == "ORG":
            if digits is None:
                digits = _DIGIT.search(text) is not None
            m = _NUM_BEFORE.search(text, max(0, start - 8), start) if digits else None
            if m:
                start = m.start()  # "48 Factoring Inc"
        spans.append(Span(start, end, category, "lexicon", None, kind))
    if "(" in text:
        spans.extend(with_relation(text, lex))  # (before the lists: "Tsering and Dolma (sisters)")
    if singles:
        listed = [t for t in singles if t.cls != COMMON or t.text.lower() in lex.first_names]
        spans.extend(coordinated(text, spans, listed))
        spans.extend(repeated(text, spans, singles))
        spans.extend(subjects(text, singles, lex))
    if " and " in text or "&" in text:
        spans.extend(Span(m.start(), m.end(), "ORG", "lexicon") for m in AND_SONS.finditer(text))
    if " of " in text:
        spans.extend(Span(m.start(), m.end(), "ORG", "lexicon") for m in BODY_OF.finditer(text))
    if ") " in text:
        spans.extend(
            Span(m.start(), m.end(), "NAME", "lexicon")
            for m in NICKNAME_BETWEEN.finditer(text)
            if nickname_between(m, lex)
        )
    if caseless:
        spans.extend(lower_orgs(text, lex))
    if "/" in text:
        spans.extend(with_pronouns(text, lex))
    spans.extend(lower_names(text, lex, low))
    if caseless:
        spans = join_names(text, widen_lower_names(text, spans, lex))
        spans.extend(sandwiched(text, spans, lex))
    else:
        # a name typed in lower case in a note with capitals: its surname too
        # ("john smith - seen today", "ioana popescu - attended")
        lower = [sp for sp in spans if sp.category == "NAME" and text[sp.start : sp.end].islower()]
        if lower:
            wider = widen_lower_names(text, lower, lex)
            spans.extend(
                w for w, sp in zip(wider, lower, strict=True) if w.end - w.start > sp.end - sp.start
            )
        spans.extend(line_start_names(text, lex))
    return spans


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


_SAINT_WORDS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])


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
_NO_HOMES = frozenset(["room", "rooms", "office", "reception", "kitchen", "lounge", "bed", "floor"])


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
    if m:
        end, kind = m.end(), "ADDRESS"
    m2 = _NUM_BEFORE.search(text, max(0, start - 12), start)
    if m2:
        start, kind = m2.start(), "ADDRESS"
    if kind:
        start, end = addresses.grow(text, start, end)
    return start, end, kind
