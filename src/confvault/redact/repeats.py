"""A name found once is a name everywhere in the same text.

"Said 'Precious is the only one who gets me' - Precious is her girlfriend": the
second "Precious" has a cue, the first does not. Each word of a person's name
found by any detector is also taken wherever else the text has it in the same
case, as a whole word: a capitalised word that is no ordinary word, or one in
lower case or in capitals that is none ("will" or "WHERE" elsewhere stays a word).
A capitalised ordinary word ("Precious", "Hope", "Child") goes again only where a
verb follows it, as a person does: "Precious is", not "Hope you can", "Child
Protection plan" or "Will discuss at supervision"; a rare one also before how the
person is or what is theirs ("Biddy worn out", "Sugar's number"), and the first
name of a full name as an owner ("Blessing Okonkwo … Blessing's course mate").
The short forms of a full name's first name (no ordinary words) are the person
anywhere ("Nathan Walsh … Nate's ex"), and carry the full name for the export's
numbering.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from .intervals import containment
from .known_short import NOT_FORMS, name_cuts, nickname_forms
from .lexicon import RANKED_END, Lexicon, frequent, is_word, lexicon, subtitle_name
from .model import Span
from .name_words import RELATION_WORDS, sentence_start
from .word_names import WORD_NAMES
from .words import FUNCTION_WORDS, TITLES

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MIN_LEN = 3
_FEW = 8  # up to this many words, each is counted first (more: the text is read once)
_SKIP = ("known", "known-other", "repeat")


def repeats(text: str, found: list[Span]) -> list[Span]:
    """NAME spans for the other whole-word occurrences of the words of names found,
    of full names found (whatever follows them: "scared of Will Barker") and of the
    short forms of their first names.

    Linear: the words of the names are gathered first, then the text is read once;
    a full name is searched for only when there are few."""
    words: set[str] = set()
    whole: set[str] = set()  # names of two words or more
    for sp in found:
        if sp.category == "NAME" and sp.source not in _SKIP:
            name = text[sp.start : sp.end]
            words.update(_WORD.findall(name))  # (no group: each match whole)
            if " " in name:
                whole.add(name)
    if not words and not whole:
        return []  # no name found (most short texts): nothing goes again
    whole_names = frozenset(whole)
    # mostly each name is there once: nothing more to read
    whole = {n for n in whole if text.count(n) > 1} if len(whole) <= _FEW else set()
    # the same name typed again in lower case ("Joy ... joy did most of the talking")
    if len(words) <= _FEW:
        lowered = {low for w in words if w[:1].isupper() and (low := w.lower()) in text}
        words = {w for w in words if text.count(w) > 1}
    else:
        lowered = {w.lower() for w in words if w[:1].isupper()}
    kinds = {}
    frequent_words: set[str] = set()  # (owning only a relative: "Park's gates" is the park)
    if words or lowered:
        lex = lexicon()
        frequent_words = {w for w in words if w[:1].isupper() and _plain_word(w.lower())}
        kinds = {
            w: k
            for w in words
            # (initials too: "JT said … follow up with JT")
            if (len(w) >= _MIN_LEN or (len(w) == 2 and w.isupper())) and (k := _kind(w, lex))
        }
        # a word of a full name that the frequency lists hold only as a rare word and
        # no name list holds ("Ranjit Sohal … Ranjit quiet"): the person wherever it is
        # capitalised ("Green", "Summer": names and words both, still need a verb)
        firsts = {n.split()[0] for n in whole_names}
        lasts = {n.split()[-1] for n in whole_names}
        for w, k in kinds.items():
            low = w.lower()
            if (
                k == _WITH_VERB
                and subtitle_name(low, lex)
                and any(w in n.split() for n in whole_names)
            ):
                kinds[w] = _ANY
            elif k == _WITH_VERB and not frequent(low, lex):
                kinds[w] = _WITH_STATE  # "Biddy worn out" (not "Chance very slim")
            elif k == _WITH_VERB and w in firsts:
                # a first name that is a word too, owning something after the full name
                # ("Blessing Okonkwo … Blessing's course mate")
                kinds[w] = _OWNER
            elif k == _WITH_VERB and w in lasts:
                # a surname that is a word too, capitalised inside a sentence after the
                # full name ("Bruce Kettle … 'Kettle Downs' off the highway")
                kinds[w] = _SURNAME
        for w in lowered:
            if len(w) >= _MIN_LEN and w not in FUNCTION_WORDS and w not in TITLES:
                kinds.setdefault(w, _LOWER_VERB if is_word(w, lex) else _ANY)
    # a short form stands for its full name: one person, one number in the export
    refs = _add_short_forms(text, whole_names, kinds) if whole_names else {}
    if not kinds and not whole:
        return []
    inside = containment([(sp.start, sp.end) for sp in found])
    out = []
    for name in whole:
        i = text.find(name)
        while i != -1:
            j = i + len(name)
            if _whole(text, i, j) and not inside(i, j):
                out.append(Span(i, j, "NAME", "repeat"))
            i = text.find(name, j)
    # a short form the lists also hold as a place is the person here ("Trevor … Trev")
    places = {(sp.start, sp.end) for sp in found if sp.category == "LOCATION"} if refs else set()
    if kinds:
        for start, end, word in _hits(text, kinds):
            kind = kinds[word]
            if not kind:
                continue
            if inside(start, end) and not (word in refs and (start, end) in places):
                continue
            rare = word not in frequent_words
            if kind == _WITH_VERB and not (
                _VERB_AFTER.match(text, end)
                or _FAMILY_AFTER.match(text, end)
                # more verbs, and what else is theirs, after a name that is no frequent
                # word ("Enzo's nursery"; not "Park's gates", "Hope's garden": review 20)
                or (
                    rare
                    and (_MORE_VERBS_AFTER.match(text, end) or _RELATIVE_AFTER.match(text, end))
                )
            ):
                continue
            if kind == _OWNER and not (
                _VERB_AFTER.match(text, end)
                or _POSSESSIVE.match(text, end)
                or (rare and _MORE_VERBS_AFTER.match(text, end))
            ):
                continue
            if kind == _SURNAME and not (
                _VERB_AFTER.match(text, end)
                or _FAMILY_AFTER.match(text, end)
                or (
                    rare
                    and (_MORE_VERBS_AFTER.match(text, end) or _RELATIVE_AFTER.match(text, end))
                )
                # inside a sentence, and not the end of a name of capitals ("Tower
                # Bridge", "Family Court", "Eiffel Tower": review 27)
                or not (
                    sentence_start(text, start)
                    or _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
                )
            ):
                continue
            if (
                kind == _WITH_STATE
                and not (
                    _VERB_AFTER.match(text, end)
                    or (rare and _MORE_VERBS_AFTER.match(text, end))  # ("Biddy explained")
                    or _STATE_AFTER.match(text, end)
                    # alone in brackets: "Her son (Pratap?) no - Husband Pratap not eating"
                    # (session 21)
                    or (text[start - 1 : start] == "(" and _BRACKET_END.match(text, end))
                )
            ):
                continue
            if kind == _LOWER_VERB and not (
                _LOWER_VERB_AFTER.match(text, end)
                and _CLAUSE_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "The bill was paid", "no joy and no hope": the word, not the person
            out.append(Span(start, end, "NAME", "repeat", None, "", refs.get(word, "")))
    return out


# (a word taken whole, from its start: a long run of capitals stays linear)
_PLACE_NAME = re.compile(r"(?<![^\W\d_])[A-Z][^\W\d_]++(?:[ \t]+[A-Z][^\W\d_]++)+")


def places_again(text: str, found: list[Span]) -> list[Span]:
    """A place of two capitalised words or more found once ("Parking on Orchard Court")
    is the same place wherever else the text has it, in any case ("at Orchard Court
    community flat", "ORCHARD COURT"). Linear: the text is read once for all of them.
    """
    places: dict[str, str] = {}
    for sp in found:
        if sp.category == "LOCATION" and sp.source not in _SKIP:
            m = _PLACE_NAME.search(text, sp.start, sp.end)
            if m and m.end() - m.start() <= 40:
                places.setdefault(m.group().lower(), sp.placeholder_kind)
    if not places:
        return []
    low = text.lower()
    if len(low) != len(text):
        return []  # (a letter that lower-cases to two: offsets would not match)
    if len(places) <= _FEW:
        places = {p: kind for p, kind in places.items() if low.count(p) > 1}
        if not places:
            return []
    # each place under its first word, the longest first; the text's words are read
    # once, and a place is tried only where its first word stands
    by_first: dict[str, list[str]] = {}
    for p in sorted(places, key=len, reverse=True):
        by_first.setdefault(p.split(None, 1)[0], []).append(p)
    inside = containment([(sp.start, sp.end) for sp in found])
    out = []
    pos = 0
    for i, _, first in _hits(low, by_first):
        if i < pos:
            continue  # (inside a place just taken)
        for p in by_first[first]:
            j = i + len(p)
            if low.startswith(p, i) and _whole(text, i, j) and not inside(i, j):
                out.append(Span(i, j, "LOCATION", "repeat", None, places[p]))
                pos = j
                break
    return out


def heads_again(text: str, found: list[Span]) -> list[Span]:
    """The first word of a firm or a building found ("Marlpit Farms", "Kestrel
    House") met again alone and capitalised is the same body: anywhere when it is no
    ordinary word ("Marlpit pays cash"), before a verb when it is a rare one ("Kestrel
    has no lift"). Linear: the text's words are read once for all of them."""
    heads: dict[str, tuple[str, str]] = {}
    for sp in found:
        if sp.category in ("ORG", "LOCATION") and sp.source not in _SKIP:
            i = text.find(" ", sp.start, sp.end)
            head = text[sp.start : i] if i > 0 else ""
            if len(head) >= 4 and head[0].isupper() and head[1:].isalpha() and head[1:].islower():
                heads.setdefault(head, (sp.category, sp.placeholder_kind))
    if not heads:
        return []
    # mostly each is there once: nothing more to read (with many, the text is read once)
    if len(heads) <= _FEW:
        heads = {w: v for w, v in heads.items() if text.count(w) > 1}
    if not heads:
        return []
    lex = lexicon()
    kinds = {
        w: k
        for w in heads
        if (k := _kind(w, lex))
        # a word this frequent names no body alone: "Kestrel", not "Royal", "North", "City"
        and (k == _ANY or lex.common.get(w.lower(), _RARE_HEAD) >= _RARE_HEAD)
    }
    if not kinds:
        return []
    inside = containment([(sp.start, sp.end) for sp in found])
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        kind = kinds.get(w)
        if kind is None:
            continue
        i, j = m.span()
        if not _whole(text, i, j) or inside(i, j):
            continue
        if kind == _WITH_VERB and not _VERB_AFTER.match(text, j):
            continue
        category, placeholder = heads[w]
        out.append(Span(i, j, category, "repeat", None, placeholder))
    return out


_RARE_HEAD = 3000  # an ordinary word rarer than this can be a body's name on its own


# where a word goes again: anywhere, before a verb, or (a lower-case ordinary word)
# before a verb and after no determiner
_ANY, _WITH_VERB, _LOWER_VERB, _OWNER, _WITH_STATE, _SURNAME = 1, 2, 3, 4, 5, 6
_BRACKET_END = re.compile(r"[?!.]?\)")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# a lower-case ordinary word opening a clause ("… and bill hasnt talked"), before a
# verb a person does: not "Gas bill was paid", "she drew and painted", "at dawn and"
_CLAUSE_BEFORE = re.compile(
    r"(?:^|[.,;:!?(\n]|\b(?:and|but|so|then|when|because|cos|coz|said|says|that|as|if|"
    r"while))[ \t]*$"
)
_LOWER_VERB_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|tells|rang|rings|called|came|went|wants|wanted|feels|felt|"
    r"thinks|thought|talked|cried|did|does|didn't|doesn't|didnt|doesnt|hasnt|hasn't|"
    r"hadnt|hadn't|isnt|isn't|wasnt|wasn't|asked|agreed|refused|arrived|attended|missed|"
    r"texted|phoned|messaged|seems|seemed|sounds|sounded|looks|looked)\b"
)
_OWNS_ANY_RANK = 3000  # a name rarer than this owns anything: "Enzo's nursery"
_CAPITAL_BEFORE = re.compile(r"[A-Z][^\W\d_]*[ \t]+$")
# whose relative a name found is: "River (they/them) … River's mum Tracey"
_FAMILY_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?:mum|mom|mam|mother|dad|father|sister|brother|nan|nana|gran|granny|"
    r"grandma|grandad|wife|husband|partner|son|daughter|boyfriend|girlfriend|auntie|aunt|"
    r"uncle|cousin|kids|children|baby)\b"
)
# what is theirs: "Enzo's nursery" ("'s" as "is" or "has" is no owner: "Hope's not",
# "Will's been", "Grace's a star")
_RELATIVE_AFTER = re.compile(
    r"['\u2019]s[ \t]+(?!(?:is|was|has|had|been|not|a|an|the|got|gone|going|just|still|very|"
    r"so|too|all|only|really|no|never|always|also|now|here|there|over|back|off|out|up|down|"
    r"in|on|at|what|how|why|when|it|ok|okay|fine|good|bad|better|worse|done|doing|fair|"
    r"clear|open|closed|right|wrong|sorted|coming|due|about|around|almost|nearly|quite|"
    r"getting|looking|feeling|being|having|making|taking|ready|home|away|late|early)\b)[a-z]"
)
# what a person does after their name: "Precious is", "Hope said", "Will wants"
_VERB_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:is|was|has|had|said|says|told|tells|rang|rings|called|came|"
    r"went|wants|wanted|feels|felt|thinks|thought|talked|cried|did|does|didn't|doesn't|"
    r"isn't|wasn't|can't|won't|hasnt|hadnt|isnt|wasnt|didnt|doesnt|cant|wont|will|"
    r"would|could|should|might|left|got|gets|seems|"
    r"seemed|asked|agreed|refused|arrived|attended|missed|texted|phoned|messaged|and|"
    r"pays|paid|owes|sent|sacked|closed|opened|shut|needs|works|worked|lives|lived|stays|"
    r"stayed|drinks|knows|goes|loves|hates|likes|keeps)\b"
    # "'s" as "has" or "is" before what a person has done or is doing: "Hope's been
    # refusing school" (session 20)
    r"|['\u2019]s[ \t]+(?:been|got|gone|going|not|still|never|always|finally|started|"
    r"stopped|moved|back)\b"
)
# more of what a person does, after a name that is no frequent word only ("Crane
# explained", "Begum family want"; with a frequent one the word goes on being one:
# "Court decided to adjourn", "Small family gathering", "Money worried the whole
# family": review 28); no verb that is also a plural noun ("Money worries continue"),
# a participle a noun takes ("Money lost to the machines") or what a thing does as
# well ("Art helped her cope": review 27)
_MORE_VERBS_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:laughs|laughed|let[ \t]+(?:me|us)|worried|smiled|smiles|cries|"
    r"sat|sits|spoke|speaks|wrote|writes|admitted|admits|explained|explains|mentioned|"
    r"mentions|described|decided|decides|drove|insists|insisted|denies|denied|reckons|"
    r"reckoned|family|family's)\b"
)
# how a person is, after their name in a note ("Biddy worn out", "Jen very tearful"),
# and what is theirs ("Sugar's number changed"): after a name that is a rare word only
_STATE_AFTER = re.compile(
    r"[ \t]+(?:worn|tired|exhausted|upset|tearful|teary|low|anxious|angry|calmer|quiet|"
    r"torn|struggling|very)\b"
    r"|['\u2019]s[ \t]+(?!(?:is|was|has|been|not|a|an|the)\b)[a-z]"
)


def _plain_word(low: str) -> bool:
    """An ordinary word as much as a name: ranked high in the frequency lists, or
    listed in their unranked tail or the dictionary ("money", "court", "sky"; not
    "begum", "kettle", "enzo"). Remembered per word (names recur across notes)."""
    known = _PLAIN.get(low)
    if known is None:
        lex = lexicon()
        rank = lex.common.get(low)
        if rank is None:
            known = low in lex.dictionary
        else:
            known = rank < _OWNS_ANY_RANK or rank >= RANKED_END
        if len(_PLAIN) < 50_000:
            _PLAIN[low] = known
    return known


_PLAIN: dict[str, bool] = {}


def _add_short_forms(text: str, names: frozenset[str], kinds: dict[str, int]) -> dict[str, str]:
    """The short forms of the first names of full names found, capitalised in the
    text ("Nathan Walsh shared; Nate's ex"): the same person anywhere. Returns each
    form found -> its full name, for the export's numbering. Linear: the text's
    words are gathered once, and each form is looked up among them."""
    refs: dict[str, str] = {}
    present: set[str] | None = None
    for name in sorted(names):
        first = name.split()[0].lower()
        forms = _short_forms(first)
        others = _other_forms(first)
        if not forms and not others:
            continue
        if present is None:
            present = set(_WORD.findall(text))
        for cap in forms:
            # (over a weaker kind the word may have as a name found elsewhere: "Nathan
            # Walsh … Nate's ex … with Nate")
            if kinds.get(cap) != _ANY and cap in present:
                kinds[cap] = _ANY
                refs[cap] = name
        for cap, kind in others:
            # the name's start ("Trevor … Trev"), and a short form that is a word too
            # where a verb follows it as a person's does ("Genevieve … Gen says", not
            # "Gen Z")
            if cap not in kinds and cap in present:
                kinds[cap] = kind
                refs[cap] = name
    return refs


@functools.lru_cache(maxsize=4096)
def _short_forms(first: str) -> tuple[str, ...]:
    """A first name's short forms, capitalised; through the name it shortens too
    ("Jenny": Jennifer, Jen); none that is an ordinary word."""
    lex = lexicon()
    if first not in lex.first_names:
        return ()
    forms = set(nickname_forms(first))
    for full in [f for f in forms if len(f) > len(first)]:
        # (a second step keeps the name's own start: Jennifer's "Jen", not Mary's "May")
        forms |= {f for f in nickname_forms(full) if f[:2] == first[:2]}
    forms.discard(first)
    # a form that is an ordinary word ("Will", "May", "Court") is left to the other rules
    return tuple(
        form.capitalize() for form in sorted(forms) if form not in lex.dictionary and _plain(form)
    )


@functools.lru_cache(maxsize=4096)
def _other_forms(first: str) -> tuple[tuple[str, int], ...]:
    """A first name's other short forms, capitalised, with where each goes: its start
    of three letters or more ("Trev", "Gen", "Cal"), and the short forms that are
    ordinary words too ("Peg"); a word only before a verb or as an owner, as a person's
    name is ("Gen says", "Cal's mum")."""
    lex = lexicon()
    if first not in lex.first_names:
        return ()
    forms = {f for f in nickname_forms(first) if f in lex.dictionary}
    if len(first) >= 5:  # (the cuts of known.py's registered names, of two letters less)
        forms.update(f for f in name_cuts(first) if first.startswith(f) and len(f) < len(first) - 1)
    forms.difference_update((f.lower() for f in _short_forms(first)), NOT_FORMS)
    # (no frequent word: "Heat was off" is no Heather's, "Car won't start" no Caroline's)
    return tuple(
        (form.capitalize(), _OWNER if is_word(form, lex) else _ANY)
        for form in sorted(forms)
        if _plain(form) and not frequent(form, lex)
    )


def _plain(form: str) -> bool:
    """A short form long enough, and no word of the kinds that are never one."""
    return (
        len(form) >= 3
        and form not in WORD_NAMES
        and form not in _WORD_FORMS
        and form not in FUNCTION_WORDS
        and form not in TITLES
        and form not in RELATION_WORDS
    )


# short forms of the nickname table that are everyday words too, which neither the
# dictionary nor WORD_NAMES holds (review 20: "May still be entitled", "Court still
# adjourned"), and short names that name too many people to be one ("Tony", "Sam")
_WORD_FORMS = frozenset(
    ["may", "court", "win", "fall", "little", "sonny", "day", "chance", "art", "don", "ken",
     "val", "vic", "jean", "dale", "glen", "king", "duke", "chip", "chuck", "bud", "buddy",
     "tony", "bert", "nick", "sal", "fran", "mel", "nell", "ron", "sam", "tim", "trish", "lou"]
)  # fmt: skip


def _kind(w: str, lex: Lexicon) -> int:
    """0 (never), _ANY or _WITH_VERB: where else in the text ``w`` goes."""
    low = w.lower()
    if low in FUNCTION_WORDS or low in TITLES:
        return 0
    ordinary = is_word(low, lex)
    if w[0].isupper() and not w.isupper():
        return _WITH_VERB if ordinary else _ANY
    # in lower case or in capitals, an ordinary word may be meant ("WHERE")
    return 0 if ordinary else _ANY


def _hits(text: str, words: Collection[str]) -> list[tuple[int, int, str]]:
    """Where each of ``words`` stands whole in ``text``, in order: the words
    _WORD finds that are among them, and that _whole accepts. Few words are looked for
    with ``str.find`` (a whole word has no letter, digit, "-", "_" or "@" beside it,
    so it is one of _WORD's words), many by reading the text's words once."""
    if len(words) > _FIND_AT_MOST or not all(_WORD.fullmatch(w) for w in words):
        return [
            (m.start(), m.end(), m.group())
            for m in _WORD.finditer(text)
            if m.group() in words and _whole(text, m.start(), m.end())
        ]
    hits = []
    for w in words:
        i = text.find(w)
        while i != -1:
            j = i + len(w)
            if _whole(text, i, j):
                hits.append((i, j, w))
            i = text.find(w, i + 1)
    hits.sort()
    return hits


_FIND_AT_MOST = 48


def _whole(text: str, i: int, j: int) -> bool:
    """Not part of a longer word, handle or address ("Graceland", "grace_99")."""
    return _free(text[i - 1 : i]) and _free(text[j : j + 1])


def _free(ch: str) -> bool:
    return not ch or not (ch.isalnum() or ch in "-_@")
