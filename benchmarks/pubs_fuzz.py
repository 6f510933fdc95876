"""Differential fuzz of premises.detect on pub names (session 22: the screen before
_PUB): phrases of pub nouns, adjectives, "Arms", "Head", joints and cues, in any case,
with curly apostrophes and long s now and then; one JSON row per text:

    PYTHONPATH=/work/s22/base/src python benchmarks/pubs_fuzz.py 1 200000 > a.json
    PYTHONPATH=src python benchmarks/pubs_fuzz.py 1 200000 > b.json
    cmp a.json b.json
"""

from __future__ import annotations

import json
import random
import sys

from confvault.redact import premises

_WORDS = (
    "Fox Hounds Hare Rose Crown Anchor Plough Horse Cat Fiddle Dog Lion Lamb Swan Bear Stag "
    "Ship Sun Moon Star Bull Gate Oak Ash Red White Golden Kings King's Queen's Bay Old Green "
    "Arms Head Wheatsheaf Feathers Greyhound Crooked Billet and & the The THE at in outside "
    "near drinks local pint bar barmaid behind regular Inn Tavern Hotel O'Neill's St-John's "
    "Mary's Ye"
)
WORDS = _WORDS.split()
CUES = ["at ", "in ", "outside ", "drinks in ", "his local is ", "barmaid at ", "near ", "from "]


def main() -> None:
    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 200_000):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5)))
        text = rng.choice([*CUES, "", "to "]) + rng.choice(
            ["the ", "The ", "THE ", "the  ", "the\t"]
        )
        text += words + rng.choice(["", ".", ", ", "  and", "\n", " tonight"])
        if rng.random() < 0.3:
            text = rng.choice(["Met him ", "we went ", "Drinks ", "x "]) + text
        if rng.random() < 0.2:
            text = text.lower()
        if rng.random() < 0.1:
            text = text.upper()
        if rng.random() < 0.1:
            text = text.replace("'", "\u2019")
        if rng.random() < 0.05:
            text = text.replace("s", "\u017f")
        found = [(s.start, s.end, s.category) for s in premises.detect(text)]
        print(json.dumps([text, found], ensure_ascii=False))


if __name__ == "__main__":
    main()
