"""Differential fuzz of the name rules that session 22 made cheaper: dump their answers
over generated texts, once per source tree, and compare.

The texts are built around what those rules read (a language's cue before a word,
a weekday before figures, a lower-case name opening a line, a lower-case first name
after a relative, a person's and an organisation's context before a name), with the
mutations of ``names_fuzz.py`` (case, digits, punctuation, spacing, non-ASCII letters
and digits, long s, the Kelvin sign, dotted and dotless i). For each text it dumps
``detect_names``, ``spoken_of`` at every capital, ``lower_names``, ``line_start_names``,
the weekday pattern's matches, and the person, place and organisation contexts of
every prefix that ends in whitespace:

    PYTHONPATH=/work/s22/base/src python benchmarks/names_rules_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/names_rules_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from confvault.redact import languages, name_context, name_lower, names
from confvault.redact.lexicon import lexicon
from confvault.redact.name_words import spelled_out
from confvault.redact.words import RELATIONS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_corpus import corpus_texts
from names_fuzz import _mutate

_RELATIVES = spelled_out(RELATIONS)
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-z][\w-]*(?:['\u2019]s)?")
_SPACES = [" ", " ", " ", "  ", "\t", "\n", " \n", "\u00a0", "\u2003", "\r", ""]
_CASES: list[Callable[[str], str]] = [
    str.lower,
    str.lower,
    str.title,
    str.upper,
    lambda w: w.replace("s", "\u017f"),
    lambda w: w.replace("k", "\u212a"),
    lambda w: w.replace("i", "\u0131"),
    lambda w: w.replace("I", "\u0130").replace("i", "\u0130"),
]
_SPOKEN = ["speaks", "speak", "spoke", "speaking", "fluent in", "session mostly in",
           "conversation was all in", "call in", "texts partly in", "everything in",
           "speaks only", "speaks a bit of", "speaks a little", "speaks some", "in",
           "only", "mostly", "mainly", "of", "little", "reads", "interpreter"]  # fmt: skip
_NAMES = ["Dari", "Pashto", "Shona", "Lakota", "Kofi", "Kofi's", "Welsh", "Akan", "Kreol",
          "Jordan", "Will", "Grace", "Paris", "Smith", "Sari", "Thu", "Sun", "Sat"]  # fmt: skip
_WEEKDAYS = ["Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
             "xMon", "_Sat", "9Sun", "\u00e9Wed", "Monday"]  # fmt: skip
_FIGURES = [" 7/10", " 5:30", ". 3pm", " 3 am", " 14th", " 2nd", " 1st", " 22", "  9.5",
            "\t12th", " 3", " 10/", " \u0663/4"]  # fmt: skip
_LOWER_NAMES = ["patricia", "ioana popescu", "benjamin", "beryl", "jane", "lucy's", "arjun",
                "aksel kristensen", "donna", "will", "hope", "mo", "x", "the", "and"]  # fmt: skip
_POSSESSIVES = ["my", "his", "her", "their", "our", "your", "My", "HIS", "h\u0131s",
                "H\u0130S", "hi\u017f", "Ann's", "Ann\u2019s", "whose", "the", "a", "other",
                "there"]  # fmt: skip
_PREFIXES = ["older ", "step-", "step", "ex-", "ex", "big ", "next-door ", "late ", ""]
_CUES = ["called", "named", "name is", "name's", "name:", "name ?", "known as", "goes by",
         "aka", "the name", "signed", "calls me", "i'm", "I am", "this is", "meet", "met",
         "saw", "with", "w/", "spoke to", "spoke with", "talking to", "Mr", "dr.", "prof",
         "told", "texted"]  # fmt: skip
_WORK = ["works", "work", "working", "job", "employed", "volunteers", "studies", "attends",
         "intern", "interning", "shifts", "plays", "signed", "trains", "coaching"]  # fmt: skip
_WORK_MORE = ["", " nights", " part-time", " part\u2013time", " full time", " some shifts",
              " mostly weekends", " on the tills", " behind the bar", " in the caf\u00e9",
              " only overtime in the kitchen"]  # fmt: skip
_PLACES = ["lives in", "moved to", "grew up in", "based at", "from", "near", "visiting",
           "travelled to", "drove across"]  # fmt: skip


def _case(rng: random.Random, word: str) -> str:
    return rng.choice(_CASES)(word) if rng.random() < 0.35 else word


def _phrase(rng: random.Random) -> str:
    """A cue and a word after it, as the touched rules read them."""
    s = rng.choice(_SPACES)
    kind = rng.randrange(7)
    if kind == 0:
        return _case(rng, rng.choice(_SPOKEN)) + s + rng.choice(_NAMES)
    if kind == 1:
        return rng.choice(_WEEKDAYS) + rng.choice(["", "."]) + rng.choice(_FIGURES)
    if kind == 2:
        return (
            rng.choice(["", "\n", "\n  ", "\n\t"])
            + rng.choice(_LOWER_NAMES)
            + rng.choice([" - attended", ": seen", ", rang", " \u2013 ok", " came", ""])
        )
    if kind == 3:
        relative = rng.choice(_RELATIVES) + rng.choice(["", "s", ",", "s,"])
        return (
            _case(rng, rng.choice(_POSSESSIVES))
            + s
            + rng.choice(_PREFIXES)
            + _case(rng, relative)
            + rng.choice(_SPACES)
            + rng.choice(_LOWER_NAMES + _NAMES)
        )
    if kind == 4:
        return _case(rng, rng.choice(_CUES)) + s + rng.choice(_NAMES + _LOWER_NAMES)
    if kind == 5:
        work = _case(rng, rng.choice(_WORK) + rng.choice(_WORK_MORE))
        if rng.random() < 0.2:
            work = _case(rng, rng.choice([*_RELATIVES, "staff", "members"]))
        if rng.random() < 0.2:
            work = "works for a cleaning contractor"
        last = _case(rng, rng.choice(["at", "for", "with", "in", "by", "at,"]))
        return work + s + last + rng.choice(_SPACES) + rng.choice(_NAMES)
    return _case(rng, rng.choice(_PLACES)) + s + rng.choice(_NAMES)


def _text(k: int, rng: random.Random, pool: list[str]) -> str:
    if k < len(pool):
        return pool[k]
    parts = [rng.choice(pool)[: rng.randint(0, 80)] if rng.random() < 0.5 else ""]
    for _ in range(rng.randint(1, 4)):
        parts.append(_phrase(rng))
        parts.append(rng.choice([". ", " and ", ", ", "\n", " ", "; "]))
    text = "".join(parts)
    return _mutate(text, rng, pool) if rng.random() < 0.4 else text


def _person(before: str) -> bool:
    """The person's context: session 22's person_ctx, or what it stands for."""
    person_ctx = getattr(name_context, "person_ctx", None)
    if person_ctx is not None:
        return bool(person_ctx(before))
    return name_context.ends_in(name_context.PERSON_CTX, before, 4)


def _contexts(text: str) -> list[list[object]]:
    """The person, place and organisation contexts of each prefix ending in whitespace."""
    out: list[list[object]] = []
    for i in range(1, len(text) + 1):
        if not text[i - 1].isspace():
            continue
        before = text[max(0, i - 40) : i]
        last = name_context.last_word(before)
        out.append(
            [
                i,
                _person(before),
                name_context.ends_in(name_context.PLACE_CTX, before, 2),
                name_context.org_ctx(last, before),
            ]
        )
    return out


def main() -> int:
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pool = corpus_texts()
    lex = lexicon()
    rng = random.Random(seed)
    rows = []
    for k in range(count):
        text = _text(k, rng, pool)
        low = text.lower()
        spans = [
            [s.start, s.end, s.category, s.source, s.client, s.placeholder_kind]
            for s in names.detect_names(text)
        ]
        spoken = [
            m.start()
            for m in _CAPITALISED.finditer(text)
            if languages.spoken_of(text, m.start(), m.end())
        ]
        lower = [[s.start, s.end] for s in name_lower.lower_names(text, lex, low)]
        line = [[s.start, s.end] for s in name_lower.line_start_names(text, lex)]
        weekdays = [m.span(1) for m in names._WEEKDAY_FIGURES.finditer(text)]
        rows.append([text, spans, spoken, lower, line, weekdays, _contexts(text)])
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
