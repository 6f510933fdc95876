"""Differential fuzz of kept.py's phrases: dump what the phrases' pattern matches and
what ``kept.phrases`` keeps over generated texts.

Each text holds phrases drawn from the pattern's own alternatives (a random string
each matches: its groups, classes and optional parts chosen at random), in any case,
with the letters a case-blind pattern reads as others (the long s, the Kelvin sign, dotted
and dotless i), blanks and apostrophes varied, and a word, a name, a title or a hyphen
around them, among corpus sentences. Reproducible from a seed; run once per source
tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/kept_fuzz.py 100000 /tmp/a.json
    PYTHONPATH=src python benchmarks/kept_fuzz.py 100000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import re
import sys
from typing import Any

from fuzz_corpus import corpus_texts

from confvault.redact import kept
from confvault.redact.model import Span

_parser: Any = re._parser  # type: ignore[attr-defined]  # (Python 3.11+)
_const: Any = re._constants  # type: ignore[attr-defined]
_SWAPS = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}
_BEFORE = ["", " ", "Mr ", "her mum ", "named ", "x", "-", "'", "\u2019", "(", "the ", "\n"]
_AFTER = ["", " ", ".", ",", " Smith", " smith", " rang", "'s mum", "-", "s", " tea", " UK"]


def _sample(items: Any, rng: random.Random) -> str:
    """A random string that the parsed pattern ``items`` matches."""
    out = []
    for op, av in items:
        if op is _const.LITERAL:
            out.append(chr(av))
        elif op is _const.IN:
            choices: list[str] = []
            for kind, val in av:
                if kind is _const.LITERAL:
                    choices.append(chr(val))
                elif kind is _const.RANGE:
                    choices.extend(chr(c) for c in range(val[0], val[1] + 1))
            out.append(rng.choice(choices) if choices else "a")
        elif op is _const.BRANCH:
            out.append(_sample(rng.choice(av[1]), rng))
        elif op is _const.SUBPATTERN:
            out.append(_sample(av[-1], rng))
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT):
            low, high, body = av
            count = rng.randint(low, min(high, low + 3))
            out.extend(_sample(body, rng) for _ in range(count))
        # (look-arounds and anchors add nothing)
    return "".join(out)


def _phrase(rng: random.Random) -> str:
    p = rng.choice(kept._KEPT)
    p = p.replace(" ?", "\0").replace(" ", r"[ \t]{1,3}").replace("\0", r"[ \t]?")
    text = _sample(_parser.parse(p), rng)
    r = rng.random()
    if r < 0.25:
        text = text.title()
    elif r < 0.35:
        text = text.upper()
    elif r < 0.45:
        text = "".join(c.swapcase() if rng.random() < 0.3 else c for c in text)
    if rng.random() < 0.2:
        text = "".join(_SWAPS.get(c, c) if rng.random() < 0.5 else c for c in text)
    if rng.random() < 0.1:
        text = text.replace(" ", rng.choice(["    ", "\t", "\n", "  "]))
    if rng.random() < 0.1:
        text = text.replace("'", "\u2019") if "'" in text else text.replace("\u2019", "'")
    return rng.choice(_BEFORE) + text + rng.choice(_AFTER)


def main() -> int:
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    pool = corpus_texts()
    pattern = kept._KEEP_PHRASES
    rng = random.Random(seed)
    with open(out, "w", encoding="utf-8") as f:
        for _ in range(count):
            parts = [_phrase(rng) for _ in range(rng.randint(1, 4))]
            if rng.random() < 0.5:
                parts.insert(rng.randint(0, len(parts)), rng.choice(pool))
            text = rng.choice([" ", "", ". ", "\n"]).join(parts)
            matches = [m.span() for m in pattern.finditer(text)]
            words = text.lower().split()
            names = [Span(0, min(len(text), 5), "NAME", "pattern")] if rng.random() < 0.3 else []
            phrases, branches = kept.phrases(text, names, words)
            spans = [[s.start, s.end, s.category, s.placeholder_kind] for s in branches]
            f.write(json.dumps([text, matches, phrases, spans], ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
