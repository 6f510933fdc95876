"""Differential fuzz of the cue detectors ``cued``, ``lower_case``, ``lower_unknown`` and
``initials``: dump their spans over generated texts.

Mutations of the corpus sentences and of the benchmark's session notes (case changes,
digits, punctuation, blanks, non-ASCII letters and digits, long runs), and texts built
from the rules' own cues (relatives, roles, family titles, places' kinds, handles,
partners, titles, saints, initials) with names in every case, reproducible from a seed.
Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/lower_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/lower_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from fuzz_corpus import corpus_texts
from workload import note_text

from confvault.redact import cued, initials, lower_case, lower_unknown, warm_up

DETECTORS = (cued.detect, lower_case.detect, lower_unknown.detect, initials.detect)

_ODD = [
    "\u0130", "\u0131", "\u017f", "\u212a", "\u00df", "\u00e9", "\u00c9", "\u00f3", "\u0416",
    "\u03a9", "\u1e9e", "\u01c5", "\u0345", "\u0661", "\u00b2", "\uff11", "\u00a0", "\u2003",
    "\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2022", "\u2026",
]  # fmt: skip
_INSERTS = [
    " ", "  ", "\t", "\n", "\n\n", ".", ". ", ", ", ",", ":", ": ", ";", "!", "?", "-", "- ",
    "'", "'s", "\u2019s", '"', "(", ")", "*", "_", "/", "@", "&", " and ", " n ", " is ",
    " was ", "8 ", " 93", "9", "1",
]  # fmt: skip
# the rules' cues, in the case notes write them and in others
_CUES = [
    "mum", "Mum", "MUM", "mom", "mam", "mother", "dad", "Dad", "father", "son", "Son",
    "daughter", "brother", "sister", "Sister", "partner", "Partner", "wife", "husband",
    "boyfriend", "girlfriend", "fiance", "fiancée", "fianc\u00e9", "cousin", "niece", "nephew",
    "grandson", "granddaughter", "step-dad", "stepmum", "step", "sons", "person", "mummy",
    "her", "his", "their", "my", "our", "Her", "other", "there", "bf", "gf", "fella",
    "c/", "c/ ", "pt", "Pt", "PT", "client", "Client", "caller", "Caller", "calls", "call",
    "everyone calls", "Auntie", "Aunty", "Aunt", "Uncle", "Nana", "Granny", "Tita", "Kuya",
    "Barangay", "Brgy.", "Kampung", "Mohalla", "Colonia", "Barrio", "zona", "Zona",
    "Poblaci\u00f3n", "worker", "key worker", "keyworker", "caseworker", "manager", "nurse",
    "co-ordinator", "counsellor", "counselor", "therapist", "volunteer", "warden",
    "practitioner", "housing officer", "coworker", "handle", "username", "user name",
    "gamertag", "screen name", "Username", "HANDLE", "user", "account", "'s", "'s place in",
    "Suite", "Ward", "-in-law", "Mum-in-law", "sister-in-law", "mum of", "widow of", "is",
    "was", "is himself", "is herself", "prefers", "goes by", "known as", "called", "named",
    "name is", "Mr", "mrs", "Dr.", "ms", "prof", "st", "St.", "saint", "said", "says", "told",
    "rang", "in", "from", "near", "to", "moved to", "grew up in", "lives in", "estate",
    "initials", "saw", "met", "al-", "el-", "the", "The", "(", ")", "(pt)", "(client)",
    "(17)", "kids:", "sons (",
]  # fmt: skip
_NAMES = [
    "Ama", "ama", "AMA", "Awa", "Kofi", "tom", "Tom", "TOM", "sammy", "jordan", "Will", "will",
    "hope", "Blessing", "Precious", "Said", "Enzo", "Kusum", "Dev", "Bec", "Gift", "Memory",
    "Lucky", "Mat", "Tash", "Rami", "Hassan", "al-Hassan", "Malinis", "Baru", "Roma", "18",
    "kettlecorn", "Diesel_Dan_HGV", "xXSlayerXx", "vxnxmoth", "CAMHS", "Bluebell", "Rowan",
    "Maternity", "Manju", "Grace", "Farmer", "Granma", "Flankers", "Tottenham", "Cox", "Bay",
    "Point", "JT", "KM", "AJ", "R.M.", "MDT", "Chloe B.", "bára", "inti", "rui", "tomek",
    "wigan", "burslem", "bransholme", "st vincents", "yilmaz", "O'Brien", "Anne-Marie", "Jo",
    "S\u0131ster", "Kelvin\u212a", "\u017fon", "Ögedei", "\u0130lker", "Monday", "Annexe", "91",
    "105", "4", "buenos aires", "KL", "NYC", "Wren", "Also", "Doc", "Mossy", "Sorry", "Tea",
]  # fmt: skip
_AFTER = [
    " said", " says", " is", " was", " rang", " wants", " not eating", " still", " and", ",",
    ".", "", " (17)", " (pt)", "'s mum", "'s brother", " and his brother", " was here",
    " from probation", " is her partner", ", 4", " to friends", " agreed", " 'x'",
]  # fmt: skip


def _built(rng: random.Random) -> str:
    """A text made of cues, names and what follows them, in varied case and spacing."""
    parts = []
    for _ in range(rng.randint(1, 8)):
        parts.append(rng.choice(_CUES))
        parts.append(rng.choice([" ", "  ", "\t", " '", ' "', " \u2018", " (", ": ", "", "-"]))
        parts.append(rng.choice(_NAMES))
        parts.append(rng.choice(_AFTER))
        parts.append(rng.choice([" ", ". ", ", ", "\n", "; ", " - ", "' ", "\u2019 ", ") "]))
    text = "".join(parts)
    if rng.random() < 0.2:
        text = text.lower()
    elif rng.random() < 0.1:
        text = text.upper()
    return text


def _mutate(text: str, rng: random.Random, pool: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(11)
        n = len(text)
        i = rng.randint(0, n)
        if op == 0:
            text = text.lower()
        elif op == 1:
            text = text.upper() if rng.random() < 0.3 else text.title()
        elif op == 2:
            text = text[:i] + rng.choice(_INSERTS + _ODD) + text[i:]
        elif op == 3:
            text = text[:i] + rng.choice(_CUES) + " " + rng.choice(_NAMES) + text[i:]
        elif op == 4 and n:
            j = min(n, i + rng.randint(1, 8))
            text = text[:i] + text[j:]
        elif op == 5:
            text = "".join(
                rng.choice("0123456789\u0663\u00b2") if c.isdigit() and rng.random() < 0.5 else c
                for c in text
            )
        elif op == 6:
            text = text + rng.choice([" ", ". ", "\n", ", ", " and "]) + rng.choice(pool)
        elif op == 7:
            k = rng.randint(2, 30)
            words = _CUES + _NAMES
            text = text[:i] + " ".join(rng.choice(words) for _ in range(k)) + text[i:]
        elif op == 8:
            text = text[:i] + rng.choice(_INSERTS) * rng.randint(2, 30) + text[i:]
        elif op == 9:
            chars = list(text)
            for _ in range(rng.randint(1, 4)):
                if chars:
                    k = rng.randrange(len(chars))
                    c = chars[k]
                    chars[k] = c.swapcase() if rng.random() < 0.6 else rng.choice(_ODD + _INSERTS)
            text = "".join(chars)
        else:
            words = text.split(" ")
            rng.shuffle(words)
            text = " ".join(words)
    return text


def main() -> int:
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    warm_up()
    pool = corpus_texts()
    notes = [note_text(random.Random(k), k) for k in range(200)]
    rng = random.Random(seed)
    rows = []
    for k in range(count):
        if k < len(pool):
            text = pool[k]
        elif k % 3 == 0:
            text = _built(rng)
            text = _mutate(text, rng, pool) if rng.random() < 0.5 else text
        elif k % 7 == 1:
            text = _mutate(rng.choice(notes), rng, pool)
        else:
            text = _mutate(rng.choice(pool), rng, pool)
        spans = [
            [
                [s.start, s.end, s.category, s.source, s.client, s.placeholder_kind, s.ref]
                for s in f(text)
            ]
            for f in DETECTORS
        ]
        rows.append([text, spans])
    Path(out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
