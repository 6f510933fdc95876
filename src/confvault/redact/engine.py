"""Runs the detectors, resolves overlaps and writes placeholders."""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from . import (
    addresses,
    addresses_extra,
    addresses_units,
    ages,
    cued,
    dates,
    dates_extra,
    dates_scripts,
    foreign_kept,
    forms,
    grow,
    helplines,
    ids,
    ids_scripts,
    initials,
    kept,
    labelled,
    lower_case,
    lower_unknown,
    names,
    names_scripts,
    ocr,
    patterns,
    phones,
    places_scripts,
    premises,
    repeats,
    script_cued,
    spelled,
)
from . import known as known_mod
from .intervals import containment
from .lexicon import lexicon
from .model import CATEGORIES, KnownClient, Redaction, Span
from .resolve import ALNUM, KNOWN, resolve
from .words import TITLES

PLACEHOLDER = re.compile(
    r"\[(?:PERSON-\d+|CLIENT|PHONE|EMAIL|DATE|ADDRESS|PLACE|ORG|ID|URL|AGE|DETAIL)\]"
)

_DIGIT = re.compile(r"\d")

_WORDY = {"NAME", "LOCATION", "ORG"}
_SETTLE_ROUNDS = 4
# sources a checksummed look-alike does not veto: registered terms, and a number after
# its own scheme's label (labelled.py: "polis OMS 7751 2340 9876 1123" is no card)
_NOT_VETOED = frozenset((*KNOWN, "scheme"))
_LETTER = re.compile(r"[^\W\d_]")


def _protected(text: str, clients: list[known_mod.Client]) -> list[tuple[int, int]]:
    if not clients and "[" not in text:
        return []
    regions = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] if "[" in text else []
    aliases = {c.alias for c in clients if c.alias and c.alias.strip()}
    for alias in aliases:
        alias = forms.plain_marks(alias.strip())  # (as detect() reads the text)
        if alias not in text:  # the pattern is case-sensitive: a plain screen
            continue
        rx = re.compile(rf"(?<![\w]){re.escape(alias)}(?![\w])")
        regions.extend((m.start(), m.end()) for m in rx.finditer(text))
    return sorted(regions)


def _kept_phrases(text: str, found: list[Span], words: list[str]) -> list[Span]:
    """``found`` with a national service's local branch added and the words that
    are no registered term cut around the phrases that name no one (kept.py)."""
    phrases, branches = kept.phrases(text, found, words)
    found = found + branches if branches else found
    if not phrases:
        return found
    # only words are cut: a registered term, a date or a number goes whole
    # ("Christmas Day 2023" is a date; "Earl Grey" is no name)
    whole = [sp for sp in found if sp.source in KNOWN or sp.category not in _WORDY]
    wordy = [sp for sp in found if sp.source not in KNOWN and sp.category in _WORDY]
    return whole + _cut_spans(text, wordy, phrases)


def warm_up() -> None:
    """Do the one-off start-up work now: read the lexicons, compile the address
    pattern, load libphonenumber and its metadata for every region tried.
    Optional; otherwise the first notes pay it."""
    lexicon()
    names.warm_up()
    lower_case.warm_up()
    phones.warm_up()
    addresses.warm_up()


def detect(text: str, known: Iterable[str | KnownClient] = ()) -> list[Span]:
    """Find identifying spans in ``text``; sorted and non-overlapping."""
    if "\r" in text:
        return _put_back(forms.plain_lines(text), known)
    if not text.isascii():
        if forms.INVISIBLE.search(text):
            return _put_back(forms.visible(text), known)
        if forms.needs_composing(text):
            form = forms.composed(text)
            if form[0] != text:  # (not when nothing composes: "x\u0301")
                return _put_back(form, known)
    # (each the same length: the spans stand; registered terms are matched with
    # curly apostrophes folded, so only OCR's swaps need a second look)
    plain = forms.unmarked(forms.plain_marks(text))
    readable = ocr.readable(plain)
    return _detect(readable, known, plain if readable is not plain else None)


def _detect(
    text: str, known: Iterable[str | KnownClient], written: str | None = None
) -> list[Span]:
    """detect() on ``text``; ``written``: the text as written, when OCR swaps were read
    back in ``text`` (registered terms are matched in both: "b00tsy" as registered)."""
    clients = known_mod.normalise(known)
    found: list[Span] = list(known_mod.detect_known(text, clients)) if clients else []
    if clients and any(c.as_written for c in clients):  # another client's alias
        found.extend(known_mod.as_written(written or text, clients))
    if written is not None and clients:
        found.extend(known_mod.detect_known(written, clients))
    found.extend(patterns.detect_web(text))
    digits = _DIGIT.search(text) is not None
    vetoes: list[tuple[int, int]] = []
    if digits:  # every number-based detector needs a digit
        # a published helpline's number names no one ("Samaritans (116 123)")
        found.extend(helplines.without_public(text, phones.detect_phones(text)))
        id_spans, vetoes = ids.scan(text)
        found.extend(helplines.without_public(text, id_spans))
        found.extend(dates.detect_ages(text))
        found.extend(addresses.detect_addresses(text))
        found.extend(ids_scripts.detect(text))  # "7781-КЛ-4402", "№ 2401567890"
    found.extend(addresses_extra.detect(text, digits))
    found.extend(premises.detect(text))  # farms, care homes, estates, pubs
    low = text.lower()
    words = low.split()  # (both screens below look the text's words up in a set)
    found.extend(labelled.detect(text, digits, low, words))  # "plate …", "BSN …", "snap …"
    found.extend(addresses_units.detect(text, digits, low, words))  # "Section 42, Lot 17"
    found.extend(dates.detect_dates(text))
    found.extend(dates_extra.detect(text, digits, words))
    found.extend(dates_scripts.detect(text))  # "14 رجب 1408", "כ״ח בשבט"
    found.extend(names.detect_names(text))
    found.extend(names_scripts.detect(text))  # "الاسم: …", "ወ/ሮ …", "김은혜 씨"
    found.extend(places_scripts.detect(text))  # "شارع …", "解放路12号", "103동 502호"
    found.extend(script_cued.detect(text))  # "called from 하도리", "her son 翔太"
    found.extend(initials.detect(text))
    found.extend(lower_case.detect(text))
    found.extend(lower_unknown.detect(text))  # "c/ bára", "her son inti"
    found.extend(spelled.detect(text))
    found.extend(cued.detect(text))  # a detail its cue gives away: "Auntie Blessing"
    found.extend(grow.grow(text, found, digits))
    found.extend(script_cued.glossed(text, found))  # "乌兰 (Ulaan)", "Li Na (李娜)"
    found.extend(repeats.repeats(text, found))  # a name found once goes everywhere
    found.extend(repeats.places_again(text, found))  # and a place of two words or more
    found.extend(repeats.heads_again(text, found))  # and a body's first word, alone
    if digits:
        found.extend(ages.ages_of_named(text, found))  # "Baba Vesa is 95"
    found = foreign_kept.kept(text, found)  # "les", "Ella", "Hebamme" in such notes
    regions = _protected(text, clients)
    # checksummed look-alikes veto the weaker detectors inside them
    if vetoes:
        inside = containment(vetoes)
        found = [sp for sp in found if sp.source in _NOT_VETOED or not inside(sp.start, sp.end)]
    if regions:
        found = _cut_spans(text, found, regions)
    found = _kept_phrases(text, found, words)
    return resolve(text, found)


def _put_back(form: forms.Form, known: Iterable[str | KnownClient]) -> list[Span]:
    """detect() on a text in its plain form, with the spans put back on the text as
    written."""
    plain, starts, ends = form
    return [
        dataclasses.replace(sp, start=starts[sp.start], end=ends[sp.end - 1])
        for sp in detect(plain, known)
    ]


def _cut_spans(text: str, spans: list[Span], regions: list[tuple[int, int]]) -> list[Span]:
    out: list[Span] = []
    regions = sorted(regions)
    starts = [a for a, _ in regions]
    longest = max(b - a for a, b in regions)
    for sp in spans:
        pieces = [(sp.start, sp.end)]
        lo = bisect.bisect_left(starts, sp.start - longest)
        hi = bisect.bisect_left(starts, sp.end)
        for rs, rend in regions[lo:hi]:
            if rend <= sp.start or rs >= sp.end:
                continue
            nxt: list[tuple[int, int]] = []
            for a, b in pieces:
                if rend <= a or rs >= b:
                    nxt.append((a, b))
                    continue
                if a < rs:
                    nxt.append((a, rs))
                if rend < b:
                    nxt.append((rend, b))
            pieces = nxt
        cut = len(pieces) != 1 or pieces[0] != (sp.start, sp.end)
        for a, b in pieces:
            # no spaces at the edges of a cut piece: "River [ADDRESS]", not "River[ADDRESS]"
            if cut:
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
            # What is left of a word-based span cut by an alias or placeholder is only
            # worth keeping if it still holds a letter: "0 " from "0 River" is not an address.
            needs_letter = cut and sp.category in _WORDY
            if (_LETTER if needs_letter else ALNUM).search(text, a, b):
                out.append(
                    Span(a, b, sp.category, sp.source, sp.client, sp.placeholder_kind, sp.ref)
                )
    return out


def _norm_name(s: str) -> list[str]:
    s = unicodedata.normalize("NFC", forms.INVISIBLE.sub("", s)).lower()  # one person, one number
    s = re.sub(r"['\u2019]s\b|['\u2019]$", "", s)
    toks = [t.strip(".,") for t in s.split()]
    return [t for t in toks if t and t not in TITLES]


class RedactionSession:
    """Numbers the people of one export consistently across many notes."""

    def __init__(self) -> None:
        self._people: dict[str, int] = {}
        self._by_token: dict[str, set[int]] = {}
        # the highest number given (counting the values at each new person was quadratic
        # in the people of an export: hostile review, session 23)
        self._numbered = 0

    def person_number(self, name: str) -> int:
        toks = _norm_name(name)
        key = " ".join(toks)
        if key in self._people:
            return self._people[key]
        if len(toks) == 1 and len(self._by_token.get(toks[0], ())) == 1:
            (num,) = self._by_token[toks[0]]
            self._people[key] = num
            return num
        self._numbered += 1
        num = self._numbered
        self._people[key] = num
        for t in toks:
            if len(t) > 1:
                self._by_token.setdefault(t, set()).add(num)
        return num

    def redact(
        self,
        text: str,
        known: Iterable[str | KnownClient] = (),
        found: list[Span] | None = None,
        settled: bool = False,
    ) -> Redaction:
        """Replace every span; then redact the result again until nothing more is found.

        A placeholder can change its neighbours' context ("0 Aaa" -> "0 River"), so the
        output is settled to a fixed point: redacting it again changes nothing.
        ``spans`` are those found in the original text; what later rounds find inside
        the redacted text is removed and counted too. ``found``: ``detect(text,
        known)``, when the caller has it already (an export works it out ahead);
        ``settled``: replace ``found`` once and stop (an export reads every note
        again in its second pass, and settles those where that finds anything).
        """
        known = tuple(known)
        counts = dict.fromkeys(CATEGORIES, 0)
        first = detect(text, known) if found is None else found
        spans = first
        for _ in range(_SETTLE_ROUNDS):
            if not spans:  # nothing replaced: the text is unchanged, so already settled
                break
            text = self._replace(text, spans, counts)
            if settled and spans is first:
                break
            spans = detect(text, known)
            if not spans:
                break
        return Redaction(text, counts, tuple(first))

    def _replace(self, text: str, spans: list[Span], counts: dict[str, int]) -> str:
        out: list[str] = []
        pos = 0
        for sp in spans:
            out.append(text[pos : sp.start])
            out.append(self._placeholder(text[sp.start : sp.end], sp))
            counts[sp.category] = counts.get(sp.category, 0) + 1
            pos = sp.end
        out.append(text[pos:])
        return "".join(out)

    def _placeholder(self, value: str, sp: Span) -> str:
        if sp.source == "known":
            return sp.client or "[CLIENT]"
        if sp.source == "known-other":
            kind = sp.placeholder_kind
            if kind == "PERSON":
                return f"[PERSON-{self.person_number(sp.ref or value)}]"
            return f"[{kind or 'DETAIL'}]"
        if sp.category == "NAME":
            number = self.person_number(sp.ref or value)
            if sp.ref:  # a short form found by its full name: the same number, here on
                self._people.setdefault(" ".join(_norm_name(value)), number)
            return f"[PERSON-{number}]"
        if sp.category == "LOCATION":
            return "[ADDRESS]" if sp.placeholder_kind == "ADDRESS" else "[PLACE]"
        return f"[{sp.category}]"


def redact(
    text: str,
    known: Iterable[str | KnownClient] = (),
    *,
    session: RedactionSession | None = None,
) -> Redaction:
    """Redact ``text``; pass a session to number people across several notes."""
    return (session or RedactionSession()).redact(text, known)
