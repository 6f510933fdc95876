"""Differential fuzz input for the address, date and age detectors.

Generates texts by mutating the labelled corpus sentences (case changes, swapped
and non-ASCII digits, inserted punctuation and whitespace, long runs, address and
date words) and dumps each detector's spans as JSON, so that two source trees can
be compared:

    PYTHONPATH=/work/base/src python benchmarks/addrdates_fuzz.py 50000 > a.json
    PYTHONPATH=src python benchmarks/addrdates_fuzz.py 50000 > b.json
    cmp a.json b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from confvault.redact import addresses, dates

CORPORA = Path("/work/shared/corpora")

_WORDS = (
    "street st St. road Rd avenue Ave lane drive Dr boulevard way court place pl terrace "
    "close crescent grove gardens square parkway highway row mews walk hill rise view park "
    "parade circle trail path alley wharf quay green heights estate vale wynd ridge point "
    "plaza loop landing meadow meadows field fields gate strasse straße gasse weg vej gade "
    "katu tie rue via calle avenida rua vicolo ulica utca u u. ul. al. os. str. av. avda. "
    "r. c. bd. blvd. C/ Ulica Aleja Rua Via Viale Piazza Corso Largo Strada Avenida Calle "
    "Carrer Paseo Plaza Rambla Travessa Praça Alameda Estrada Camino Rue Chemin Route Allée "
    "Impasse Quai Boulevard Ulitsa Postbox Rruga Sokak Caddesi Calea Bulevardul Trg Náměstí "
    "Nám. út útja tér körút krt. köz sor tee tn puiestee põik gatan gata gatu vägen veien "
    "vei straat laan plein steeg platz allee ring damm ufer rkp. sétány stræde kuja polku "
    "väylä vegur braut stígur Søndergade Puruntie Dobrovského Hauptstraße Kungsgatan "
    "apt apartment flat suite ste unit Unit box P.O. PO Box po box # APO FPO DPO AA AE AP "
    "PSC CMR USS USNS USNV corner of and address address: located at lives at living at "
    "stays at sent to send it to returned to delivered to posted to mailed to forwarded to "
    "arrived at zip ZIP code postcode postal code PLZ SW1A 1AA M5V 3L9 EC1A 1BB GIR 0AA "
    "K1A 0B1 IL CA NY NSW VIC TX 62704 90210-1234 2000 the of de la du des del van von "
    "Main Hill Oak Maple Fernhill Cobden Acacia Paris London Montafia Toronto Springfield "
    "jan Jan January feb February mar Mar March apr April may May June jun july aug August "
    "sep Sept September oct October nov November dec December monday Monday tuesday Tue "
    "Tues wed Wednesday thu Thurs Thursday fri Friday sat Saturday sun Sunday Sundays "
    "the 3rd 1st 22nd 14th of on in since until by from dated born dob due is last next "
    "at @ 10:30 3pm 9 a.m. 14:05:59 T10:30 Z +01:00 aged age age of turned turns turning "
    "was years old year-old yo y/o yrs old yr old 95 101 130 131 89 90 "
    "2025-03-14 14/03/2025 3/10 6/10 03-2025 3.14.25 12.31.1999 2019 '99 1/2024"
)
WORDS = _WORDS.split()
PHRASES = (
    "aged 95", "age of 102", "turned 91", "turns 120", "turning 99", "is 97", "was 93",
    "95 years old", "101-year-old", "99 yo", "92 y/o", "130 yrs old", "91 yr old", "90 - years old",
    "Flat 3, 18 Cobden Terrace", "PSC 6293, Box 8158\nAPO AP 04336", "USNV Vincent\nFPO AA 68422",
    "4844 Søndergade 52", "lives at 27 Fernhill Road", "26 rue des Lilas, Paris",
    "corner of 159 Main Street and Rennie Road", "Springfield, IL 62704", "14 March 2025 at 10:30",
    "Tuesday 3pm", "10:30 on 14 March", "the 3rd of May", "May 2019", "Sept. 5, 2020",
)  # fmt: skip
WORDS = (*WORDS, *(PHRASES * 3))
DIGITS = "0123456789" * 3 + "٠١٢٣٤٥٦٧٨٩" + "".join(map(chr, range(0xFF10, 0xFF1A))) + "৪৫߂"
ODD = "\u017f\u0131\u0130\u212aßéÉøØÀÞÖ\u00d7÷ñÑçÇ\u00a0\u2019\u0130\u017f\u212a"
PUNCT = " \t\n,.;:!?()>/-#'\"\u2019\u00a0\x1c"


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 6)):
        kind = rng.randrange(9)
        pos = rng.randint(0, len(chars))
        if kind == 0 and chars:  # swap a digit
            i = rng.randrange(len(chars))
            if chars[i].isdigit() or rng.random() < 0.1:
                chars[i] = rng.choice(DIGITS)
        elif kind == 1:
            chars[pos:pos] = rng.choice(PUNCT)
        elif kind == 2:
            chars[pos:pos] = rng.choice(ODD)
        elif kind == 3:
            chars[pos:pos] = " " + rng.choice(WORDS) + rng.choice(["", " ", ", ", "\n"])
        elif kind == 4:
            n = rng.choice([1, 2, 3, 4, 5, 6])
            chars[pos:pos] = " " + "".join(rng.choice(DIGITS[:10]) for _ in range(n)) + " "
        elif kind == 5 and chars:  # a case change on a stretch
            i = rng.randrange(len(chars))
            j = min(len(chars), i + rng.randint(1, 30))
            f = rng.choice([str.upper, str.lower, str.title, str.swapcase])
            chars[i:j] = list(f("".join(chars[i:j])))
        elif kind == 6:
            run = rng.choice(["a", "A", "1", " ", "Ab ", "1 ", "-", "ab1", "x."])
            chars[pos:pos] = list(run * rng.randint(5, 80))
        elif kind == 7 and chars:  # delete a stretch
            i = rng.randrange(len(chars))
            del chars[i : i + rng.randint(1, 5)]
        elif kind == 8:
            k = rng.randint(2, 7)
            chars[pos:pos] = " " + " ".join(rng.choice(WORDS) for _ in range(k)) + " "
    out = "".join(chars)
    r = rng.random()
    if r < 0.05:
        out = out.lower()
    elif r < 0.08:
        out = out.upper()
    return out


def generate(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    base: list[str] = []
    for f in sorted(CORPORA.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            base += [json.loads(line)["text"] for line in fh if line.strip()]
    texts = []
    for _ in range(n):
        r = rng.random()
        if r < 0.8:
            texts.append(mutate(rng, rng.choice(base)))
        else:  # made of address and date words only
            k = rng.randint(1, 12)
            text = " ".join(rng.choice(WORDS) for _ in range(k))
            texts.append(mutate(rng, text))
    return texts


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for text in generate(n, seed):
        row = [
            [(s.start, s.end, s.category, s.source, s.placeholder_kind) for s in f(text)]
            for f in (addresses.detect_addresses, dates.detect_dates, dates.detect_ages)
        ]
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
