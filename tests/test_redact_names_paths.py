"""The short cuts in the name detector answer as the long way round did.

The expected spans below were produced by ``names.detect_names`` at commit
8328aff (before the short cuts), with

    PYTHONPATH=/work/base/src python -c "from confvault.redact import names; ..."

and checked to be unchanged after them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confvault.redact import name_context, name_lower, name_words, names
from confvault.redact.lexicon import Lexicon, lexicon, stems
from confvault.redact.org_words import ORG_SUFFIXES
from confvault.redact.words import EXTRA_WORDS, LOWER_CASE_WORDS, TITLES


def spans(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[s.start : s.end], s.category, s.placeholder_kind) for s in names.detect_names(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case name after a relation: ASCII text scanned lower-cased
        ("My Sister jane called", [("jane", "NAME", "")]),
        ("MY SISTER jane called", [("jane", "NAME", "")]),
        ("my sister Mabel called", [("Mabel", "NAME", "")]),
        ("This sister mabel is fine", [("mabel", "NAME", "")]),  # "his" inside "This"
        # ... and other text with the case-blind pattern (a dotless i)
        (
            "h\u0131s sister mabel called",
            [("h\u0131s", "NAME", ""), *[("mabel", "NAME", "")] * 3],
        ),
        ("H\u0130S sister mabel called", [("mabel", "NAME", ""), ("mabel", "NAME", "")]),
        ("hi\u017f friend mabel", [("hi\u017f", "NAME", ""), *[("mabel", "NAME", "")] * 3]),
        ("Cl\u00e9o's friend mabel", [("Cl\u00e9o's", "NAME", ""), ("mabel", "NAME", "")]),
        # lower-case words that can only be names
        ("met with desrosiers today", [("desrosiers", "NAME", ""), ("desrosiers", "NAME", "")]),
        ("met with desrosiers2 today", [("desrosiers", "NAME", "")]),
        # lone words with nothing to judge, next to names or not
        ("The. Smith came", [("Smith", "LOCATION", "PLACE")]),
        ("A. Smith and J. Smith", [("Smith", "LOCATION", "PLACE"), ("Smith", "LOCATION", "PLACE")]),
        ("J. R. Tolkien wrote", [("Tolkien", "NAME", "")]),
        ("The Win11 Smith said", [("Smith", "LOCATION", "PLACE")]),
        ("works for IBM", [("IBM", "ORG", "")]),
        ("NHS, IBM and Acme", []),
        ("The The The", []),
        # where a sentence starts
        ("said: Paris is nice", []),
        ("He met Dr. Smith.", [("Smith", "NAME", "")]),
        ('"Jordan" said hi', [("Jordan", "NAME", "")]),
        ("x. Maria came", [("Maria", "NAME", "")]),
        ("Call Destiny: now", [("Destiny", "NAME", "")]),
        # numbers beside a place: any decimal digit, as \d has it
        ("Visit 12 Hill Road today", [("12 Hill Road", "LOCATION", "ADDRESS")]),
        ("Visit \u0661\u0662 Hill Road today", [("\u0661\u0662 Hill Road", "LOCATION", "ADDRESS")]),
        ("Hill Road \u0663", [("Hill Road \u0663", "LOCATION", "ADDRESS")]),
        ("Visit Hill Road today", [("Hill Road", "LOCATION", "PLACE")]),
        ("Visit Hill Road \u00b2", [("Hill Road", "LOCATION", "PLACE")]),  # "²" is no \d
        ("48 Factoring Inc is a firm", [("48 Factoring Inc", "ORG", "")]),
        # places of two words and of one
        ("She moved to New York", [("New York", "LOCATION", "PLACE")]),
        (
            "She moved to Quinta de S\u00e3o Tiago",
            [("Quinta de S\u00e3o Tiago", "LOCATION", "PLACE")],
        ),
        ("He lives in Tj\u00e6reborg", [("Tj\u00e6reborg", "LOCATION", "PLACE")]),
        # roman numerals and suffixes
        ("Henry VIII was king", [("Henry VIII", "NAME", "")]),
        ("John Smith Jr. came", [("John Smith Jr", "NAME", "")]),
        ("Mr Will Hall came", [("Will Hall", "NAME", "")]),
        ("He saw Will today", [("Will", "NAME", "")]),  # "saw" a person cue since the review
        # text without capitals
        ("my sister grace called", [("grace", "NAME", ""), ("grace", "NAME", "")]),
        (
            "stillwater supercomputing inc. called",
            [
                ("stillwater", "LOCATION", "PLACE"),
                ("stillwater supercomputing inc.", "ORG", ""),
                ("supercomputing", "NAME", ""),
            ],
        ),
    ],
)
def test_known_answers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


_WORDS = st.sampled_from(
    [
        "my",
        "My",
        "MY",
        "his",
        "this",
        "her",
        "their",
        "our",
        "your",
        "sister",
        "Sister",
        "mum",
        "best",
        "older-",
        "friend,",
        "jane",
        "Jane",
        "mabel",
        "o'neil",
        "x",
        "\u2019s",
        "'s",
        "h\u0131s",
        "H\u0130S",
        "hi\u017f",
        "\u00e9",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", ", ", "-", ".", ""])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=12))
def test_relation_scan_matches_the_case_blind_pattern(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + g for w, g in parts)
    want = [m.span(1) for m in name_lower._LOWER_AFTER_RELATION.finditer(text)]
    assert [m.span(1) for m in name_lower._after_relation(text)] == want


def _eager_lookup(word: str, lex: Lexicon) -> int:
    """name_words._lookup as it was, asking every list first (commit 8328aff), with three
    later, deliberate changes: a word for a person ("coach", "flatmates") is an
    ordinary word, an inflected word is ordinary when its stem is ("replies"), and
    a first name written for this project is a name ("Aidan", 2026-11-27)."""
    n = name_words
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    elif w.endswith(("'", "\u2019")):
        w = w[:-1]
    if w in TITLES and len(w) <= 6:
        return n.TITLE
    if w in n._DETERMINERS:
        return n.SAFE
    if w in ORG_SUFFIXES:
        return n.SUFFIX
    if w in EXTRA_WORDS or n._FIXED_CLASSES.get(w) == n.COMMON:
        return n.COMMON
    if n._FIXED_CLASSES.get(w) == n.NAME:
        return n.NAME
    rank = lex.common.get(w)
    first = w in lex.first_names
    if w in lex.countries and (not first or (rank is not None and rank < 1000)):
        return n.PLACE
    surname = w in lex.surnames
    place = w in lex.places
    ordinary = rank is not None or w in lex.dictionary
    if not ordinary and len(w) > 3:
        ordinary = any(s in lex.common or s in lex.dictionary for s in stems(w))
    if not ordinary:
        if not (first or surname or place) and word.isupper() and n._acronym(w):
            return n.SAFE
        if not (first or surname or place) and len(w) <= 2:
            return n.AMBIG
        return n.NAME if first or surname else n.PLACE if place else n.UNKNOWN
    if not (first or surname or place):
        return n.SAFE if rank is not None and rank < n._VERY_COMMON else n.COMMON
    if rank is not None and rank < n._VERY_COMMON:
        return n.CNAME if first else n.SAFE
    if place and not first and len(w) <= 3:
        return n.COMMON
    if first or place:
        if rank is not None and rank < n.RARE:
            return n.AMBIG
        return n.NAME if first else n.PLACE
    return n.CNAME


def test_lazy_lookup_answers_as_the_eager_one() -> None:
    lex = lexicon()
    words = sorted(lex.common)[::7] + sorted(lex.first_names)[::3] + sorted(lex.countries)
    words += [w for i, w in enumerate(lex.surnames) if i % 97 == 0]
    words += [w for i, w in enumerate(lex.places) if i % 211 == 0]
    words += [w for i, w in enumerate(lex.dictionary) if i % 151 == 0]
    words += ["tckn", "mi", "xq", "paris", "jordan", "chad", "act", "bay", "will", "hall"]
    for w in words:
        for form in (w.capitalize(), w.upper(), w + "s", w.capitalize() + "'s"):
            assert name_words._lookup(form, lex) == _eager_lookup(form, lex), form


def _eager_lower_only() -> frozenset[str]:
    """names._lower_only as it was (commit ac53479): every name judged at once; and
    since session 11 a first name only far down the ranked lists is no word itself."""
    lex = lexicon()
    common, dictionary = lex.common.keys(), lex.dictionary

    def known_word(w: str) -> bool:
        forms = (w, w[:-1], w[:-2], w[:-3]) if len(w) > 5 else (w, w[:-1])
        if w in lex.first_names and w not in dictionary:
            rank = lex.common.get(w)
            if rank is not None and 15000 <= rank < 40000:
                forms = forms[1:]
        return not (common.isdisjoint(forms) and dictionary.isdisjoint(forms))

    return frozenset(
        w
        for w in {*lex.first_names, *lex.surnames}
        if not known_word(w) and w not in EXTRA_WORDS and w not in LOWER_CASE_WORDS
    )


def test_names_judged_one_by_one_as_when_all_were_judged_at_once() -> None:
    lex = lexicon()
    every = {*lex.first_names, *lex.surnames}
    assert name_words.only_names(every, lex) == _eager_lower_only()
    assert name_words.only_names(["the", "bro", "jan", "zzqx"], lex) == set()


def test_the_name_lists_hold_a_z_words_of_two_letters_or_more() -> None:
    """What the scan for runs of a-z letters relies on (name_words.NAME_RUN)."""
    lex = lexicon()
    for w in {*lex.first_names, *lex.surnames}:
        assert name_words.NAME_RUN.fullmatch(w), w


_CUES = st.sampled_from(
    [
        "my",
        "Ann's",
        "\u2019s",
        "older",
        "big-",
        "step",
        "probation",
        "officer,",
        "support",
        "worker",
        "key",
        "sister",
        "name",
        "is",
        "?",
        ":",
        "grew",
        "up",
        "in",
        "works",
        "at",
        "for",
        "lives",
        "with",
        "x",
        "(my",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u2003", "", "-"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_CUES, _SPACES), max_size=14))
def test_context_scans_from_a_few_words_from_the_end(parts: list[tuple[str, str]]) -> None:
    before = "".join(w + g for w, g in parts)
    for context, words in (
        (name_context.PERSON_CTX, 4),
        (name_context.PLACE_CTX, 2),
        (name_context._ORG_CTX, 6),
    ):
        assert name_context.ends_in(context, before, words) == (context.search(before) is not None)


def _language(pattern: str) -> set[str]:
    """Every string a pattern without unbounded repeats matches, case as written."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: list[tuple[object, object]]) -> set[str]:
        forms = {""}
        for op, av in items:
            forms = {f + t for f in forms for t in one(op, av)}
        return forms

    def one(op: object, av: object) -> set[str]:
        if op is c.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is c.IN:
            out: set[str] = set()
            for kind, val in av:  # type: ignore[attr-defined]
                assert kind is c.LITERAL, kind
                out.add(chr(val))
            return out
        if op is c.BRANCH:
            return set().union(*(seq(list(b)) for b in av[1]))  # type: ignore[index]
        if op is c.SUBPATTERN:
            return seq(list(av[3]))  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, body = av  # type: ignore[misc]
            assert hi < 10
            inner = seq(list(body))
            out = set()
            for n in range(lo, hi + 1):
                forms = {""}
                for _ in range(n):
                    forms = {f + t for f in forms for t in inner}
                out |= forms
            return out
        raise AssertionError(op)

    return seq(list(_parser.parse(pattern.removeprefix("(?i)"))))


def test_person_cue_words_are_all_the_pattern_matches() -> None:
    words = name_context.person_last_words()
    assert words == _language(name_context._PERSON_LAST.pattern)
    assert all(w == w.lower() for w in words)
    for w in ("Sister", "SISTERS", "Name's", "I'M", "keyworker", "key worker"):
        assert name_context.person_last(w) == (name_context._PERSON_LAST.fullmatch(w) is not None)
    for w in ("sisterss", "k", "fianc\u00e9e", "FIANC\u00c9ES", "\u0130s", "\u212aid", "named "):
        assert name_context.person_last(w) == (name_context._PERSON_LAST.fullmatch(w) is not None)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="aZ \n\u00df\u00d7\u00f7\u0101\u0100\u03b1\u0430\u0e01\u4e2d1", max_size=40)
)
def test_twelve_letters_are_counted_as_before(text: str) -> None:
    for t in (text, text * 60):  # and past the 2,000 characters looked at
        count = len(re.findall(f"[{name_words._LETTERS}]", t[:2000]))
        assert (name_words._TWELVE_LETTERS.match(t, 0, 2000) is not None) == (count >= 12)
