"""Differential fuzz input for the address detector, grow's helpers in buildings.py and
regions.py, and the whole engine: addrdates_fuzz.py's texts, and more of them built
on units, street types and compound street names before numbers, cue words, bodies and
rooms. Each text's spans are dumped as JSON, so that two trees can be compared:

    PYTHONPATH=/work/s22/base/src python benchmarks/addr3_fuzz.py 50000 > a.json
    PYTHONPATH=src python benchmarks/addr3_fuzz.py 50000 > b.json
    cmp a.json b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from confvault.redact import addresses, addresses_extra, buildings, detect, premises, regions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from addrdates_fuzz import WORDS, generate, mutate

EXTRA = (
    "apt 3", "Apt. #12", "APT 4B", "\u017fuite 5", "SU\u0130TE 12", "un\u0131t 4", "Unit 7",
    "box 9",
    "P.O. Box 41", "flat 2", "Flat 14a", "ste 300", "steps 3", "apartment 12", "adapt 3",
    "Court 12", "Park 4", "Green 7", "Way 3", "Hill Road 5", "Kungsgatan 4", "Søndergade 52",
    "Hauptstraße 3", "Puruntie\t82", "vej 4", "Oak Court", "12 Oak Court", "the Park 3",
    "address", "lives at 3 Hill Road", "sent it to 4 Oak Way", "posted to", "mailed to",
    "Sunbeams Nursery", "Oakfield Academy", "Started Nursery", "Solace Women's Aid",
    "Local Men's Shed", "Park Road Chapel", "at Sacred Heart High;", "Junior High.",
    "the Sunnyside Hotel room 311", "Room 214 Kelvin House", "Rutherford Hall rm C214",
    "ROOM 3 Elm House", "flat 4 Birch Court", "Masjid al-Noor", "masjid al-noor",
    "Gurdwara Guru Nanak", "Our Lady of Lourdes", "Holy Family RC Primary", "PS 96 on",
    "JHS 45,", "Te Kura o Pukeatua", "Co. Down", "County Tipperary", "Co Mayo", "Newry, Co. Down",
    "Donnerstag, den 9.11.2023", "martes 3 de octubre de 2023", "op woensdag 8 mei 2024",
    "ddydd Iau 12 Mehefin 2024", "MONTAG 12.03.2024", "\u017famstag, 3.4.2024", "Vendredi le",
    "el jueves", "sexta-feira, 5 de maio", "lunedì 4 marzo 2024", "Środa 3 kwietnia 2024",
    "lives in 90210", "moved to 12345", "LIVING NEAR 02139", "based at\t10001",
    "staying in\n60614", "lived at 1234567", "lives in 12345-6789", "lives in \u0661\u0662345",
    "Heritage Care Home", "Sunny Vale nursing home", "Oak Lodge Old People's Home",
    "Elm Old  Age\tHome", "Rose RETIREMENT HOME", "Ivy Re\u017ft Home", "Birch Nur\u017fing home",
    "lives on Oak Street", "ON Hill Road", "ALONG Elm Avenue", "moved\tto the Park Lane",
    "xon Oak Street", "Lives In Maple Close", "near Kings Road", "off Byres Road", "NEAR the",
    "Kowhai Rainbow Collective", "Living Waters Chapel", "Sunbeam Early Years", "Basement Project",
)  # fmt: skip
ALL = (*WORDS, *EXTRA, *EXTRA)


def built(rng: random.Random) -> str:
    k = rng.randint(1, 14)
    seps = ["", " ", ", ", "\n", ". ", "  ", "\t"]
    return "".join(rng.choice(ALL) + rng.choice(seps) for _ in range(k))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    rng = random.Random(seed + 1000)
    texts = generate(n // 2, seed) + [mutate(rng, built(rng)) for _ in range(n - n // 2)]
    for text in texts:
        row = [
            [(s.start, s.end, s.category, s.source, s.placeholder_kind) for s in f(text)]
            for f in (
                addresses.detect_addresses,
                addresses_extra.detect,
                premises.detect,
                buildings.named_bodies,
                buildings.named_here,
                regions.counties,
                detect,
            )
        ]
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
