"""Names, places and organisations nobody registered.

Philter-style: a capitalised word that is not known to be an ordinary word is
suspect. Each capitalised word is classed with the shipped lexicons (ordinary
English words with a frequency rank, first names, surnames, places); runs of
capitalised words ("Sari J. Paavolainen", "Lending Club") are judged together,
and context decides the rest: titles ("Dr X"), relations ("my sister X"),
places ("lives in X"), organisation words ("X Ltd", "works at X") and lists
("Monjeau, Graves and Reed"). Lower-case words that can only be names are
flagged too ("follow up with patricia").

This module judges the runs; its helpers are :mod:`.name_runs` (the runs),
:mod:`.name_rules` (a run's body and category, and the patterns read around it),
:mod:`.name_words` (the class of a word), :mod:`.name_context` (the cue before it),
:mod:`.name_lower` (text typed without capitals) and :mod:`.name_lists` (names found
from the names around them).
"""

from __future__ import annotations

import re

from . import addresses, dates, word_names
from .languages import spoken_of
from .lexicon import Lexicon, is_word, lexicon, stems, subtitle_proper
from .model import Span
from .name_context import (
    HOME_CTX,
    HOME_LAST,
    ORG_LAST,
    last_word,
    org_ctx,
    person_ctx,
    person_last,
    person_last_words,
)
from .name_lists import (
    BODY_KINDS,
    BODY_OF,
    NICKNAME_BETWEEN,
    and_sons,
    coordinated,
    nickname_between,
    person_verb_after,
    repeated,
    subjects,
    unflagged_full_name,
    with_pronouns,
    with_relation,
)
from .name_lower import (
    after_relation_low,
    join_names,
    line_start_names,
    lower_names,
    lower_orgs,
    sandwiched,
    widen_lower_names,
)
from .name_rules import (
    _FIELD_LABEL,
    _FLAGGING,
    _HARD_STOPS,
    _NO_HOMES,
    _NUM_BEFORE,
    _ORG_AFTER,
    _QUOTES,
    _SEASONS,
    _TITLE_BRANDS,
    _TITLE_QUOTED,
    _body,
    _category,
    _category_of_one,
    _has_relative,
    _heading,
    _home_after_the,
    _multiword_place,
    _saint,
    _with_numbers,
    _with_particles,
    _word_after_a,
    given_before,
    job_title,
    strong_suffix,
)
from .name_runs import (
    _SAINT_WORDS,
    _capwords,
    _runs,
)
from .name_words import (
    AMBIG,
    CNAME,
    COMMON,
    INERT,
    NAME,
    PLACE,
    RELATION_WORDS,
    SAFE,
    SUFFIX,
    TITLE,
    UNKNOWN,
    Tok,
    ends_phrase,
    typed_caseless,
)
from .words import (
    ACRONYMS,
    BRANDS,
    EXTRA_WORDS,
    SERVICE_WORDS,
)

# how the names of hospital departments and disciplines end ("Cardiology", "Gastro",
# "Psychiatry", "Paediatrics", "Criminology"): no district (review 28)
_DEPARTMENT_ENDS = ("ogy", "try", "ics", "therapy", "astro")


def warm_up() -> None:
    person_last_words()
    after_relation_low()
    _capwords()
    addresses.warm_up()  # the address-part patterns _with_numbers grows with


# A word is flagged when its class is in _FLAGGING, or AMBIG not opening a
# sentence; after a cue (a title, "my sister", "works at") these classes are.
_FREQUENT = 1000  # a word this frequent after a relative is no name: "my mum may come"
_FLAGGED_FORCED = frozenset([NAME, PLACE, UNKNOWN, AMBIG, COMMON, CNAME])
_PLACE_LIKE = (UNKNOWN, PLACE, AMBIG, COMMON)
_DIGIT = re.compile(r"\d")


# a verb of origin just before "from" (see `home` in detect_names)
_FROM_ORIGIN = re.compile(
    r"(?i)\b(?:(?:he|she|they|i|we|who)\s*(?:is|are|was|were|am|['\u2019][smre]+)"
    r"(?:\s+originally)?|originally)\s+from\s+$"
)
_RARE_HOME = 3000  # rank from which a capitalised word after such a "from" is a place

# what the 1934 dictionary holds that notes capitalise and no frequency list ranks:
# clinics, crafts, activities and rites (session 21's review: "straight from
# Phlebotomy", "apprenticeship in Bricklaying", "Son is at Judo", "food voucher from
# Salvos", "met the other mums in Postnatal", "at Evensong")
_NOT_PLACE_ENDS = ("ology", "otomy", "oscopy", "ectomy", "pathy", "natal", "ism", "ics")
_NOT_RARE_PLACES = frozenset(
    ["gym", "spa", "judo", "karate", "creche", "cubs", "scouts", "brownies", "beavers",
     "guides", "gaol", "jail", "opticians", "puja", "jumma", "evensong", "mass", "matins",
     "vespers", "tombola", "bingo", "pokies", "salvos", "debs", "feis", "corroboree",
     "outstation", "waiata", "macrame", "boules", "braille", "limbo", "purgatory", "rehab",
     "detox", "respite", "hospice", "physio", "chemo", "dialysis", "maternity", "sixth"]
)  # fmt: skip


def _gerund(word: str, lex: Lexicon) -> bool:
    """A word in -ing made from a verb the lists know ("bricklaying": "lay")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(is_word(w, lex) for w in (stem, stem + "e", stem[-3:], stem[-4:], stem[-5:]))


_RARE_PLACE_LAST = frozenset(["in", "near", "from", "at", "de", "du", "\u00e0"])
_OUT_OF = re.compile(r"(?i)\bout[ \t]+of[ \t]+$")

_SPEAKS = frozenset(["speaks", "spoke", "speaking", "understands", "reads", "writes"])


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
        if single and cls0 in INERT:
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
        if not single and job_title(run, lex):
            continue  # "raise with Offender Manager": a job, not a person
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
            (
                single
                and cls0 in (COMMON, CNAME, AMBIG)
                and last.lower() in HOME_LAST
                and HOME_CTX.search(before, max(0, len(before) - 40)) is not None
                # after "the", only a rarer word that ends the phrase: "grew up in the
                # Gorbals", not "the City", "the Sixties", "the Refuge", "the Mormon church"
                and (last.lower() != "the" or _home_after_the(text, tok, lex))
                and tok.text.lower() not in _NO_HOMES  # "moved to Room 12B"
            )
            or (
                # "works in Lewisham and": a subtitle's name after "in" is a district
                single
                and cls0 == COMMON
                and (
                    last.lower() in ("in", "near")  # (not "a leaflet from Papyrus": review 28)
                    # a boat's or a crew's home port: "lobster boat out of Stonington"
                    # (session 20)
                    or (last.lower() == "of" and _OUT_OF.search(before) is not None)
                )
                and not first
                and subtitle_proper(tok.text.lower(), lex)
                and tok.text.lower() not in SERVICE_WORDS  # "in Hospice", "in Detox"
                and tok.text.lower() not in EXTRA_WORDS  # "in Ramadan", "in Patois"
                and not tok.text.lower().endswith(_DEPARTMENT_ENDS)  # "seen in Cardiology"
                and ends_phrase(text, end)  # not "in Respite care"
            )
            or (
                # "rang from Ghoom", "centre de Sebkha": a capitalised word that only the
                # 1934 dictionary knows (no frequency list ranks it) after a place's
                # preposition, mid-sentence and ending its phrase (session 21)
                single
                and cls0 == COMMON
                and not first
                and last.lower() in _RARE_PLACE_LAST
                and tok.text.lower() not in lex.common
                # (nor a ranked word's plural: "that verse comes from Psalms")
                and not any(st in lex.common for st in stems(tok.text.lower()))
                and tok.text[0].isupper()
                and tok.text[1:].islower()
                and tok.text.lower() not in RELATION_WORDS  # "coming out to Nan"
                and tok.text.lower() not in SERVICE_WORDS
                and tok.text.lower() not in EXTRA_WORDS
                and tok.text.lower() not in BRANDS
                and not tok.text.lower().endswith(_DEPARTMENT_ENDS)
                and not tok.text.lower().endswith(_NOT_PLACE_ENDS)
                and not _gerund(tok.text.lower(), lex)  # "in Bricklaying" (not "Wellspring")
                and tok.text.lower() not in _NOT_RARE_PLACES
                and ends_phrase(text, end)
            )
            or (
                # "he's from Hackney": a rare word that is also a surname, and in no
                # dictionary, after a person's "is from" is where they come from (not
                # "a leaflet from Papyrus", "she's from Safeguarding", "came from
                # Chemo", "that verse comes from Psalms": review 31)
                single
                and cls0 == CNAME
                and last.lower() == "from"
                and tok.text.lower() not in lex.dictionary
                and lex.common.get(tok.text.lower(), _RARE_HOME) >= _RARE_HOME
                and _FROM_ORIGIN.search(before) is not None
                and tok.text.lower() not in SERVICE_WORDS
                and tok.text.lower() not in BRANDS  # (the project's own words are COMMON)
                and ends_phrase(text, end)
            )
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
        person = title or (last != "" and person_last(last) and person_ctx(before)) or speaker
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
                # a word of the word lists written for this project after a relative
                # is that word ("her yiayia Easter bread" is Easter's, "his abbu
                # Jummah", "my chacha Uber shifts": review 31)
                our_word = (
                    cls0 == COMMON
                    and last.lower() in RELATION_WORDS
                    and tok.text.lower() in EXTRA_WORDS
                )
                flagged = cls0 in _FLAGGED_FORCED and not frequent and not app and not our_word
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
            has_suffix = any(
                t.cls == SUFFIX and strong_suffix(run, i, lex) for i, t in enumerate(run) if i
            )
            flagged = any(flags)
            if not flagged and not has_suffix:
                spans.extend(unflagged_full_name(text, run, lex))  # "Will Barker rang"
                continue
            body = _body(run, flags, keep_common=has_suffix or described)
            if not body or (not flagged and len(body) < 2):
                continue
            if (
                len(body) == 2
                and body[0].text.lower() in _SPEAKS
                and spoken_of(text, body[1].start, body[1].end)
            ):
                continue  # "Speaks Dari and some English"
            # a title just before the body, inside the run: "(Met) Mr Berg", a person
            titled = body[0] is not tok and run[run.index(body[0]) - 1].cls == TITLE
            person = person or titled
            category, kind = _category(body, lex, person, org, has_suffix, last, before)
            if category == "LOCATION" and person_verb_after(text, body[-1].end):
                category, kind = "NAME", ""  # "Gift Moyo attended": a place attends nothing
                if len(body) == 1 and len(run) == 2 and given_before(run, lex):
                    body = run  # "Alf Whitworth rang again": the rare word opening it too
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
        spans.extend(and_sons(text))
    if (" of " in text or " for " in text) and any(kind in text for kind in BODY_KINDS):
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
    if digits is not False and _WEEKDAY_FIGURES.search(text):
        spans = [sp for sp in spans if not _weekday_before_figures(text, sp)]
    days = set(dates.plural_days(text)) if "days" in text else set()
    if days:  # a weekday in the plural is no one ("meet Mondays")
        spans = [sp for sp in spans if (sp.start, sp.end) not in days]
    return spans


# a short weekday before the figures of its day, time or score is no person, though
# Thu and Sun are names: "Sleep: Wed 7/10, Thu 5/10", "Sun 3pm", "Sat 14th"
# ("M(?<!\wM)" is "\bM" with the capital matched first: the scan skips to the
# possible first letters)
_WEEKDAY_FIGURES = re.compile(
    r"(M(?<!\wM)on|T(?<!\wT)(?:ues?|hu(?:rs?)?)|W(?<!\wW)eds?|F(?<!\wF)ri|S(?<!\wS)(?:at|un))"
    r"\.?[ \t]+\d{1,2}"
    r"(?:[/.:]\d|(?:st|nd|rd|th)\b|[ \t]*(?:am|pm)\b)"
)


def _weekday_before_figures(text: str, sp: Span) -> bool:
    if sp.category != "NAME":
        return False
    m = _WEEKDAY_FIGURES.match(text, sp.start)
    return m is not None and text[sp.start : sp.end].rstrip(".") == m.group(1)
