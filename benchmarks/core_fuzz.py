"""Differential fuzz of the engine's core: ``detect`` and what it runs between the
detectors (grow, repeats, kept phrases, resolve, OCR's read-back, cue look-ups).

Mutations of the corpus sentences (case, digits, punctuation, spacing, non-ASCII
letters and digits) with phrases that the core's rules act on inserted, reproducible
from a seed. For each text it dumps ``detect``'s spans, what grow, repeats and
resolve return for the spans the engine found and for random spans on the text's
words, OCR's reading and the cues' indexes. Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/core_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/core_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from typing import Any

from fuzz_corpus import corpus_texts

from confvault.redact import cues, detect, engine, grow, kept, ocr, repeats
from confvault.redact.model import Span

# what the core's rules act on: OCR's swaps, cues, what grows a name or a place,
# names found again, kept phrases, weekdays beside a name
_PHRASES = [
    "Chl0e", "J0vy fr0m Cebu", "Ca11 me on O7700 9OO 456", "Case N0: 2O24-FAM-0l183",
    "b00tsy", "W1ll", "emp1001", "Lvl10", "fe1b", "rg1 3aa", "sw1a 1aa", "I15432",
    "4471O", "123I", "chl0e.m", "@b00tsy", "kt0_1", "2O24", "0l183", "O1", "1O", "l0ve",
    "her ", "his ", "their ", "my ", "our ", "pt ", "Pt ", "client ", "Caller ", "bf ",
    "gf ", "boyfriend ", "partner ", "wife ", "fella ", "c/ ", "call ", "calls him ",
    "mum ", "step", "fianc\u00e9 ", "o'pt ", "recall ", "\u2019her ",
    "HMP Wandsworth", "HMP/YOI Doncaster, cell 14", " East", " West", ", BC.", " VIC",
    " Karen State", " Province", "Our Lady of Lourdes Secondary", "Holy Family RC Primary",
    "from Govan to Partick", "Newcastle upon Tyne", "Ward 7B", "Ward 12 weeks",
    "Siti Hajar binti Osman", "Tariq al-Hashimi", "Ellen Still attended", "Ellen Good morning",
    "Denise Holloway, 555-0126", "555-0139", "(312) 555-0172", "Bernadette 'Bernie' Flanagan",
    "Stevie Gallacher - 'Gally' -", "Tashana Brown aka 'Sugar'", "Gwen Pritchard, 'Gwennie'.",
    "Oluwaseun ('Seun')", "Li Na (\u674e\u5a1c)", "kim seo-yeon", "Jean-Luc",
    "number forty two Hawthorn Crescent", "lives at twelve Marsh Lane",
    "the fourth of april nineteen ninety one", "two thousand and five", "28/09\u201303/10",
    "3/4-7/4", "Donnerstag, den 9.11.", "martes 3 de octubre", "12-19 August",
    "between 1st and 15th December", "Parramatta, 2150", "Leeds, 2019", "Edinburgh EH15",
    "Leeds LS6 2AB", "Navi Mumbai 400703", "Pune - 411 001", "Hamilton East 3216;",
    "St Monica's parish", "Corrigan Bros Plumbing & Heating", "Ramdass & Sons Hardware",
    "Novák s.r.o.", "Kestrel House", "Kestrel has no lift", "Heritage Care Home",
    "Westbury FC", "Clontarf GAA", "St Aidan's Catholic High", "Sunbeams Nursery",
    "Solace Women's Aid", "Co. Mayo", "Liberty, TX", "Gore, Southland", "Marble Bar, WA 6760",
    "Guntur, Andhra Pradesh", "the Sunnyside Hotel room 311", "Umlazi, J section",
    "Masjid al-Noor", "PS 96", "Great Ayton", "East Croydon", "the South Lismore house",
    "Roti Okafor", "Shug McAllister", "Coronation Street", "her uncle in Orlando East",
    "Mamelodi East \u2014", "Precious is", "Precious said", "Nathan Walsh", "Nate's ex",
    "Trevor", "Trev", "Blessing Okonkwo", "Blessing's course mate", "Biddy worn out",
    "Orchard Court", "ORCHARD COURT", "at Orchard Court community flat", "Marlpit Farms",
    "Marlpit pays cash", "Joy", "joy did most of the talking", "JT said", "Ranjit Sohal",
    "Ranjit quiet", "Bruce Kettle", "Kettle Downs", "Earl Grey tea", "Mr Earl Grey",
    "Citizens Advice Pendle", "Age UK Wirral", "Citizens Advice Bureau", "Parkinson's mum",
    "Mary Parkinson's son", "Care Act", "Clare's Law", "Monday Jordan Blake came in",
    "Saw Priya Sharma Monday", "Sunday Adeyemi", "Jordan Blake's", "Ann Blake",
    "[PERSON-1]", "[ADDRESS]", "\u017f", "\u212a", "\u0130", "\u0661\u0662", "\uff11",
    "\u00e9", "\u2019s", "'s", ".", ",", ";", ":", " ", "\t", "\n", "  ",
]  # fmt: skip
_INSERTS = [" ", ". ", ", ", "\n", "-", "'", "\u2019", '"', "(", ")", "\u00a0", "_", "@", "/"]
_DIGITS = "0123456789\u0663\u00b2\uff11OIlo"
_CUE_TUPLES = [
    ("mum", "mom", "dad", "son", "step", "fianc"),
    ("pt ", "Pt ", "PT ", "client ", "Client ", "caller ", "Caller "),
    ("bf ", "gf ", "boyfriend ", "girlfriend ", "partner ", "husband ", "wife ", "fella "),
    ("her ", "his ", "their ", "my ", "our "),
    ("c/",),
    ("call",),
    ("aa", "a"),
    ("", "x"),
]
_WORDISH = re.compile(r"\S+")
_CATEGORIES = ["NAME", "NAME", "LOCATION", "LOCATION", "ORG", "DATE", "PHONE", "ID"]
_SOURCES = ["pattern", "context", "lexicon", "place", "known", "known-other", "repeat"]
_KINDS = ["", "", "PLACE", "ADDRESS", "PERSON"]


def _mutate(text: str, rng: random.Random, pool: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        n = len(text)
        i = rng.randint(0, n)
        if op == 0:
            text = text.lower() if rng.random() < 0.5 else text.upper()
        elif op == 1:
            text = text.title()
        elif op in (2, 3):
            text = text[:i] + rng.choice(_PHRASES) + rng.choice(["", " ", ", "]) + text[i:]
        elif op == 4 and n:
            j = min(n, i + rng.randint(1, 8))
            text = text[:i] + text[j:]
        elif op == 5:
            text = "".join(
                rng.choice(_DIGITS) if (c.isdigit() or c in "oO") and rng.random() < 0.4 else c
                for c in text
            )
        elif op == 6:
            text = text + rng.choice([" ", ". ", "\n", ", ", " and "]) + rng.choice(pool)
        elif op == 7:
            text = text[:i] + rng.choice(_INSERTS) * rng.randint(1, 4) + text[i:]
        else:
            words = text.split(" ")
            rng.shuffle(words)
            text = " ".join(words)
    return text


def _row(spans: list[Span]) -> list[list[Any]]:
    return [
        [s.start, s.end, s.category, s.source, s.client, s.placeholder_kind, s.ref] for s in spans
    ]


def _random_spans(text: str, rng: random.Random) -> list[Span]:
    """Spans over runs of the text's words, of any kind, in no order."""
    words = [m.span() for m in _WORDISH.finditer(text)]
    spans = []
    for _ in range(rng.randint(0, 5) if words else 0):
        k = rng.randrange(len(words))
        a, b = words[k][0], words[min(len(words) - 1, k + rng.randint(0, 2))][1]
        if rng.random() < 0.3:  # (without the word's punctuation)
            while b > a and not text[b - 1].isalnum():
                b -= 1
        if a < b:
            spans.append(
                Span(a, b, rng.choice(_CATEGORIES), rng.choice(_SOURCES), None, rng.choice(_KINDS))
            )
    return spans


def main() -> int:
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pool = corpus_texts()
    # what the engine's own calls return, for the spans its detectors found
    seen: list[Any] = []
    real_fns: dict[str, Any] = {}
    for mod, name in (
        (grow, "grow"),
        (repeats, "repeats"),
        (repeats, "places_again"),
        (repeats, "heads_again"),
        (engine, "_kept_phrases"),
        (engine, "resolve"),
    ):
        real = real_fns[name] = getattr(mod, name)

        def spy(*args: Any, _real: Any = real, _name: str = name) -> Any:
            result = _real(*args)
            seen.append([_name, _row(result)])
            return result

        setattr(mod, name, spy)
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for k in range(count):
            base = pool[k % len(pool)] if k < len(pool) else rng.choice(pool)
            text = base if k < len(pool) else _mutate(base, rng, pool)
            seen.clear()
            row: list[Any] = [text, _row(detect(text)), list(seen)]
            row.append(ocr.readable(text))
            row.append([cues.word_starts(text, c) for c in _CUE_TUPLES])
            row.append([cues.indexes(text, c[0]) for c in _CUE_TUPLES])
            # the same functions on random spans, beyond what the detectors find
            spans = _random_spans(text, rng)
            digits = re.search(r"\d", text) is not None
            grown = real_fns["grow"](text, spans, digits)
            row.append(_row(grown))
            spans = spans + grown
            for name in ("repeats", "places_again", "heads_again"):
                row.append(_row(real_fns[name](text, spans)))
            words = text.lower().split()
            phrases, branches = kept.phrases(text, spans, words)
            row.append([phrases, _row(branches)])
            row.append(
                _row(real_fns["resolve"](text, real_fns["_kept_phrases"](text, spans, words)))
            )
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
