"""Differential fuzz of the address detectors (session 22's speed round): dump the
spans of addresses.detect_addresses, addresses_extra.detect, premises.detect and
addresses_units.detect over generated texts, so that two source trees can be compared:

    PYTHONPATH=/work/s22/base/src python benchmarks/addr3_fuzz.py 60000 3 > a.json
    PYTHONPATH=src python benchmarks/addr3_fuzz.py 60000 3 > b.json
    cmp a.json b.json

The texts: addr2_fuzz.py's (corpus sentences mutated in case, digits, punctuation,
spacing, non-ASCII letters and digits, odd case folding, address blocks), with the
phrases the tests of every redaction rule hold and the places these detectors look
for (Eircodes, pubs, farms, estates, chains of units, streets in brackets …) put in.
"""

from __future__ import annotations

import ast
import json
import random
import re
import sys
from pathlib import Path

import addr2_fuzz  # beside this script, so on the path when it runs
import addrdates_fuzz

from confvault.redact import addresses, addresses_extra, addresses_units, premises

DIGIT = re.compile(r"\d")
TESTS = Path(__file__).resolve().parent.parent / "tests"
PLACES = [
    "D24 X2Y3", "d6w 1234", "A65 F4E2", "D6WXY12", "eircode T12 AB34", "in the LS7 area",
    "near the sw1a postcode", "lives in 30318", "moved to 90210", "above the chippy on Church St",
    "lives off Mill Lane", "no. 7 the crescent", "moved to 12 The Green", "at 9 the parade",
    "the corner of Main and 5th", "corner of Oak and Elm Street", "GPO Box 1234",
    "Lot 7 Old Coach Rd", "LOT 12 Hill", "flat 4, Kestrel House", "lives in Ash Court",
    "455 W 41st St", "East 14th Street", "5th Ave", "NE 2nd Ave", "17th St. Patrick's",
    "house no 42, sector 15", "h.no 12, sector 15", "House 23, Street 7, G-9/2",
    "H# 23, Street No. 7, G-9/2", "Stand 2281, Extension 6", "Stand 4412", "erf 12 ext 3",
    "Plot 1184, Chawama", "plot 3 at the", "hou\u017fe no 42", "ул. Ленина, д. 5, кв. 12",
    "дом 83/2, кв. 19", "Cumhuriyet Mah. 1203. Sk. No:7 D:4", "cumhuriyet mah. 1203. sk. no:7 d:4",
    "pc is sw1a 1aa", "zip for the new apartment is 97214", "pin code 560001",
    "postal code 12345-6789", "東京都世田谷区北沢2-14-7", "北京市朝阳区建国路88号",
    "旺角道10號", "on 5th and Jackson",
    "at Main and Hastings", "at Fifth and Jackson St", "on 4th and Friday", "Bread and Main",
    "housed at the Stag Hotel", "the Red Lion Inn", "the Baptist Church", "the Rainbow Chapel",
    "the clinic (Capper St)", "(Electric Avenue)", "Higher Coombe Farm", "works for Marlpit Farms",
    "Glenwhinny Steading", "Dr Croft", "Tall Pines Nursing Home", "Visited Mum's Care Home",
    "top floor of Kestrel House", "staying at Ash Court", "Crown Court",
    "works nights at Kowhai Lodge", "flat in kestrel house", "lives on the Meadowfield estate",
    "Lives in Glacis Estate", "the Family Estate", "pitch 12", "plot 7", "caravan site",
    "Cranmoor Lane Traveller site", "at the Saltley Gate site", "outside the Fox and Hounds",
    "at the Red Lion", "the Kings Arms", "the King's Head", "drinks in the Ship",
    "his local is the Anchor", "barmaid at the Golden Fleece",
    "behind the bar at the Roebuck in Hanley", "UFCW Local 7", "Unite Local 342",
    "from Gorkha district", "taken to Lewisham custody", "Brixton police station",
    "District 8, Street 14, Block 3, caravan 22", "Section 42, Lot 17", "House 1047, Box 218",
    "Mz. F Lt. 12", "Casa nº 27, apt 3", "section 4 unit 3", "villa 12, way 3013",
    "Ấp Phú Hòa, xã An Thạnh, huyện Mỏ Cày Nam, tỉnh Bến Tre", "thị trấn Bến, tp. Hồ",
    "Erzsébet tér 19.", "ul. Słowicza 10", "Via Roma 131", "C/ Señores Curas 88",
    "12 Acacia Avenue", "Søndergade 52", "26 rue des Lilas", "14 Shari' El-Nasr",
    "19902 Dobrovského 1394", "12 hill road", "luite tee 87", "rua das acácias, 118",
]  # fmt: skip


def test_phrases() -> list[str]:
    """The string constants of the redaction tests: phrases every rule was written for."""
    out: set[str] = set()
    for path in sorted(TESTS.glob("test_redact*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and 4 <= len(text) <= 300:
                out.add(text)
    return sorted(out)


def generate(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    phrases = [*PLACES, *test_phrases()]
    texts = []
    for text in addrdates_fuzz.generate(n, seed):
        r = rng.random()
        if r < 0.3:  # a test's phrase or a place, alone or in a sentence, then mutated
            piece = rng.choice(phrases)
            if rng.random() < 0.5:
                at = rng.randint(0, len(text))
                piece = text[:at] + rng.choice([" ", ", ", "\n", " at ", " in ", " on "]) + piece
            text = addrdates_fuzz.mutate(rng, piece) if rng.random() < 0.7 else piece
        elif r < 0.45:
            text = " ".join(rng.choice(PLACES) for _ in range(rng.randint(1, 4)))
            text = addrdates_fuzz.mutate(rng, text)
        if rng.random() < 0.4:
            text = addr2_fuzz.stress(rng, text)
        texts.append(text)
    return texts


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for text in generate(n, seed):
        low = text.lower()
        digits = DIGIT.search(text) is not None  # as the engine decides it
        rows = [
            addresses.detect_addresses(text),
            addresses_extra.detect(text, digits),
            addresses_extra.detect(text),
            premises.detect(text),
            addresses_units.detect(text, digits, low, low.split()),
        ]
        out = [
            [(s.start, s.end, s.category, s.source, s.placeholder_kind) for s in r] for r in rows
        ]
        print(json.dumps([text, *out], ensure_ascii=False))


if __name__ == "__main__":
    main()
