"""Differential fuzz of the building and region helpers grow.py calls (session 22's speed
round): dump what buildings.named_bodies, named_here, rooms and regions.counties find
over generated texts, so that two source trees can be compared:

    PYTHONPATH=/work/s22/base/src python benchmarks/buildings_fuzz.py 60000 3 > a.json
    PYTHONPATH=src python benchmarks/buildings_fuzz.py 60000 3 > b.json
    cmp a.json b.json

The texts are addr3_fuzz.py's with rooms, bodies, places of worship, schools and
counties put in; rooms() is given, as the spans found, each run of capitalised words
of the text, as a name, a place or a body in turn.
"""

from __future__ import annotations

import json
import random
import re
import sys

import addr3_fuzz  # beside this script, so on the path when it runs
import addrdates_fuzz

from confvault.redact import buildings, regions
from confvault.redact.model import Span

PLACES = [
    "room 311 Kelvin House", "the Sunnyside Hotel room 311", "Rutherford Hall rm C214",
    "Room 14, Elm Lodge", "flat 2 Oak Court", "Kelvin Towers, cell 14", "in room B Ash Hall",
    "Sunbeams Nursery", "Solace Women's Aid", "Little Sprouts Daycare", "Local Men's Shed",
    "Started Nursery today", "Oakfield Academy", "at Sacred Heart High;", "the Basement Project",
    "Living Waters Chapel", "Sunbeam Early Years", "Kowhai Rainbow Collective", "Youth Project",
    "Masjid al-Noor", "masjid al-noor", "Gurdwara Guru Nanak Sahib", "Jamia Masjid", "Mandir",
    "Te Kura o Pukeatua", "Te Kura Kaupapa Māori o Ngā Mokopuna", "Our Lady of the Rosary",
    "Holy Family RC Primary", "Sacred Heart Catholic Primary", "Blessed John Henry School",
    "outside PS 96", "at JHS 45 on", "Newry, Co. Down", "County Tipperary", "Co Mayo",
    "Co. Clare said", "Pre-school", "Day Care", "Maternity Home", "Montessori",
]  # fmt: skip
_CAPITALISED = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*")
_KINDS = ("NAME", "LOCATION", "ORG", "DATE")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    rng = random.Random(seed)
    for text in addr3_fuzz.generate(n, seed):
        if rng.random() < 0.3:
            at = rng.randint(0, len(text))
            piece = rng.choice(PLACES)
            if rng.random() < 0.5:
                piece = addrdates_fuzz.mutate(rng, piece)
            text = text[:at] + rng.choice([" ", ", ", "\n", " at ", " in "]) + piece + text[at:]
        spans = [
            Span(m.start(), m.end(), _KINDS[i % 4], "pattern")
            for i, m in enumerate(_CAPITALISED.finditer(text))
        ]
        rows = [
            buildings.named_bodies(text),
            buildings.named_here(text),
            buildings.rooms(text, spans),
            regions.counties(text),
        ]
        out = [
            [(s.start, s.end, s.category, s.source, s.placeholder_kind) for s in r] for r in rows
        ]
        print(json.dumps([text, *out], ensure_ascii=False))


if __name__ == "__main__":
    main()
