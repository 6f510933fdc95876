"""Differential fuzz of ``ids.scan``: dump its spans and vetoes over generated texts.

Mutations of the corpus sentences (case changes, digits swapped, separators,
whitespace and codes inserted, non-ASCII digits and letters, long runs) and
generated identifier-like tokens (cards, IBANs, grouped numbers, plates, codes,
valid and failing check digits), reproducible from a seed. Run once per source
tree and compare:

    PYTHONPATH=/work/base/src python benchmarks/ids_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/ids_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from confvault.redact import ids

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
FILES = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")

_DIGITS = "0123456789"
_ODD_DIGITS = "\u0661\u0662\u0663\u06f4\u0967\u09e8\uff11\uff15\u0e51\u1040"
_ODD_LETTERS = "\u00e9\u00c9\u00df\u0130\u0131\u017f\u212a\u0416\u03a9\u00ff"
_SEPS = [" ", "-", ".", "/", ":", "_", "#", "\t", "  ", "--", " - ", ",", ";", "\n", "(", ")"]
_WORDS = [
    "account", "acct", "a/c", "aadhaar", "bank", "badge", "card", "client", "customer", "case",
    "dl", "employee", "insurance", "id", "identifier", "iban", "itin", "licence", "license",
    "member", "membership", "mrn", "medicare", "nhs", "nino", "number", "no", "nr", "num", "npi",
    "passport", "policy", "patient", "pesel", "plate", "record", "reference", "ref", "routing",
    "registration", "reg", "ssn", "social security", "sort code", "student", "tax", "tin",
    "voter", "my", "is", "the", "on", "at", "Call", "Box", "Apt", "Suite", "PSC", "APO", "AA",
    "covid", "is2024", "win", "MAC", "IPv6", "room", "flat", "x", "ext", "GB", "DE", "FR", "AL",
    "NL", "IT", "RO", "KW", "BC", "bc", "TR", "ABC", "AB", "A", "Z", "kg", "km", "pm", "th",
]  # fmt: skip
_IBAN_CC = ["GB", "DE", "FR", "AL", "NL", "IT", "RO", "KW", "MT", "NO", "LC", "RU", "XX", "QQ"]
_IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "AL": 28, "NL": 18, "IT": 27, "RO": 24, "KW": 30}
_IBAN_LEN |= {"MT": 31, "NO": 15, "LC": 32, "RU": 33, "XX": 20, "QQ": 22}
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _luhn_fix(body: str) -> str:
    for c in _DIGITS:
        s = body + c
        total = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return s
    return body + "0"


def _iban(rng: random.Random) -> str:
    cc = rng.choice(_IBAN_CC)
    n = _IBAN_LEN[cc] + rng.choice([0, 0, 0, 0, -1, 1])
    body = "".join(rng.choice(_ALNUM if rng.random() < 0.3 else _DIGITS) for _ in range(n - 4))
    if rng.random() < 0.5:
        body = body.upper()
    num = int(
        (body + cc + "00").translate({ord(c): str(i + 10) for i, c in enumerate(_ALNUM[10:])})
    )
    check = 98 - num % 97
    if rng.random() < 0.2:
        check = rng.randrange(100)
    s = f"{cc}{check:02d}{body}"
    if rng.random() < 0.4:
        sep = rng.choice([" ", " ", "-", "  "])
        s = sep.join(s[i : i + 4] for i in range(0, len(s), 4))
    return s.lower() if rng.random() < 0.15 else s


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def _grouped(rng: random.Random, s: str) -> str:
    sep = rng.choice([" ", "-", ".", ":", "/", "  ", "\t"])
    out, i = [], 0
    while i < len(s):
        k = rng.randint(1, 5)
        out.append(s[i : i + k])
        i += k
    return sep.join(out)


def _token(rng: random.Random) -> str:
    kind = rng.randrange(16)
    if kind == 0:  # card
        prefix = rng.choice(["4", "51", "37", "34", "6011", "35", "30", "36", "2", "1", "9"])
        n = rng.choice([13, 14, 15, 16, 16, 16, 17, 19])
        s = _luhn_fix(prefix + _digits(rng, n - len(prefix) - 1))
        if rng.random() < 0.2:
            s = s[:-1] + rng.choice(_DIGITS)
        if rng.random() < 0.5:
            sep = rng.choice([" ", "-", ""])
            s = sep.join(s[i : i + 4] for i in range(0, len(s), 4))
        return s
    if kind == 1:
        return _iban(rng)
    if kind == 2:  # bare number of an ID length
        s = _digits(rng, rng.choice([5, 6, 8, 9, 9, 10, 10, 11, 11, 12, 13, 13, 20, 21]))
        if rng.random() < 0.3:
            s = _luhn_fix(s[:-1])
        return _grouped(rng, s) if rng.random() < 0.4 else s
    if kind == 3:  # SSN-like, KR licence-like
        a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 4)
        sep = rng.choice(["-", " ", ".", "-", ""])
        if rng.random() < 0.3:
            return f"{rng.randint(10, 30)}{sep}{b}{sep}{_digits(rng, 6)}{sep}{b}"
        return f"{a}{sep}{b}{sep}{c}"
    if kind == 4:  # letter+digit codes
        n = rng.randint(2, 14)
        return "".join(rng.choice(_ALNUM) for _ in range(n))
    if kind == 5:  # plates and spaced shapes
        shapes = [
            lambda: f"{rng.randint(1, 81):02d} {rng.choice(['A', 'AB', 'ABC'])} {_digits(rng, 3)}",
            lambda: f"AB{rng.randint(1, 76):02d} {rng.choice(['XYZ', 'abc', 'ABD'])}",
            lambda: f"A{_digits(rng, rng.randint(1, 3))} ABC",
            lambda: f"ABC {_digits(rng, rng.randint(1, 3))}D",
            lambda: f"ABC{rng.choice(['-', ' '])}{_digits(rng, 3)}DE",
            lambda: f"AB {_digits(rng, 7)}",
            lambda: (
                f"{rng.choice(['QQ', 'AB', 'JG'])} {_digits(rng, 2)} {_digits(rng, 2)} "
                f"{_digits(rng, 2)} {rng.choice('ABCDE')}"
            ),
        ]
        return rng.choice(shapes)()
    if kind == 6:  # NIF/NIE, KVNR, RVNR, passport, NINO, MBI, GSTIN, FI
        shapes = [
            lambda: _digits(rng, 8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
            lambda: rng.choice("XYZ") + _digits(rng, 7) + rng.choice("TRWAGM"),
            lambda: rng.choice("ABMZ") + _digits(rng, 9),
            lambda: _digits(rng, 8) + rng.choice("ABM") + _digits(rng, 3),
            lambda: (
                rng.choice("CFGHJK")
                + "".join(rng.choice("0123CFGHJ") for _ in range(7))
                + rng.choice(_DIGITS)
            ),
            lambda: rng.choice(["AB", "QQ", "JG", "ZZ"]) + _digits(rng, 6) + rng.choice("ABCDE"),
            lambda: f"1EG4TE5MK7{rng.choice(_DIGITS)}",
            lambda: f"{rng.randint(0, 40):02d}ABCDE{_digits(rng, 4)}F1Z{rng.choice(_ALNUM)}",
            lambda: f"{_digits(rng, 6)}{rng.choice('-+AU')}{_digits(rng, 3)}{rng.choice(_ALNUM)}",
        ]
        return rng.choice(shapes)()
    if kind == 7:  # crypto
        if rng.random() < 0.5:
            return rng.choice("13") + "".join(rng.choice(_B58) for _ in range(rng.randint(24, 35)))
        return "bc1" + "".join(rng.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(39))
    if kind == 8:  # hex, IPv6, MAC
        if rng.random() < 0.4:
            return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([31, 32, 40])))
        n = rng.randint(2, 8)
        return rng.choice([":", "-"]).join(
            "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(0, 4)))
            for _ in range(n)
        )
    if kind == 9:  # units and ordinals
        return _digits(rng, rng.randint(1, 4)) + rng.choice(["st", "kg", "km", "PM", "yrs", "x"])
    if kind == 10:  # non-ASCII digits mixed in
        s = "".join(rng.choice(_ODD_DIGITS + _DIGITS) for _ in range(rng.randint(3, 16)))
        return _grouped(rng, s) if rng.random() < 0.3 else s
    if kind == 11:  # word run into a number
        return rng.choice(["is", "covid", "the", "abc", "win", "zz"]) + _digits(rng, 4)
    if kind == 12:  # placeholder repeats
        return rng.choice(_DIGITS) * rng.randint(5, 19)
    if kind == 13:  # hash-led, dot-ended
        return (
            rng.choice(["#", "##", ""])
            + _digits(rng, rng.randint(1, 10))
            + rng.choice([".", ":", "-", "..", "", "#", "#12"])
        )
    if kind == 14:  # long run
        return " ".join(_digits(rng, rng.randint(1, 5)) for _ in range(rng.randint(3, 12)))
    return rng.choice(_WORDS)


def _mutate(text: str, rng: random.Random, pool: list[str]) -> str:
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(12)
        i = rng.randint(0, len(text))
        if op == 0:
            text = text.lower() if rng.random() < 0.5 else text.upper()
        elif op in (1, 2, 3):
            sep = rng.choice([" ", " ", " ", "\t", "\n", ": ", " #", "("])
            text = text[:i] + sep + _token(rng) + rng.choice([" ", "", ".", ",", ")"]) + text[i:]
        elif op == 4:
            text = text[:i] + rng.choice(_SEPS) + text[i:]
        elif op == 5 and text:  # swap a digit
            digs = [k for k, c in enumerate(text) if c.isdigit()]
            if digs:
                k = rng.choice(digs)
                text = text[:k] + rng.choice(_DIGITS + _ODD_DIGITS) + text[k + 1 :]
        elif op == 6 and text:
            text = text[:i] + text[i + rng.randint(1, 3) :]
        elif op == 7:
            text = text[:i] + rng.choice(_ODD_LETTERS + _ODD_DIGITS) + text[i:]
        elif op == 8:
            text = text[:i] + " " + rng.choice(_WORDS) + " " + text[i:]
        elif op == 9:
            other = rng.choice(pool)
            j = rng.randint(0, len(other))
            text = text[:i] + other[j : j + rng.randint(1, 40)] + text[i:]
        elif op == 10 and text:  # case flip of one character
            k = min(i, len(text) - 1)
            text = text[:k] + text[k].swapcase() + text[k + 1 :]
        elif op == 11:
            text = text[:i] + " ".join(_token(rng) for _ in range(rng.randint(2, 5))) + text[i:]
    return text


def texts(n: int, seed: int = 20261126) -> list[str]:
    rng = random.Random(seed)
    pool: list[str] = []
    for name in FILES:
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                pool.append(json.loads(line)["text"])
    out = []
    for k in range(n):
        r = rng.random()
        if r < 0.2:
            base = _token(rng)
        elif r < 0.3:
            base = " ".join(rng.choice([_token(rng), rng.choice(_WORDS)]) for _ in range(6))
        else:
            base = rng.choice(pool)
        out.append(_mutate(base, rng, pool) if k % 7 else base)
    return out


def main() -> None:
    n = int(sys.argv[1])
    result = []
    found = vetoed = 0
    for text in texts(n):
        try:
            spans, vetoes = ids.scan(text)
        except ValueError as e:  # a non-ASCII zero leading an 11-digit number (au_abn)
            result.append(["error", str(e)])
            continue
        result.append([[[s.start, s.end, s.category, s.source] for s in spans], vetoes])
        found += bool(spans)
        vetoed += bool(vetoes)
        if len(result) % 5 == 0:
            result.append([[s.start, s.end] for s in ids.detect_ids(text)])
            result.append(ids.lookalikes(text))
    Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
    errors = sum(1 for r in result if r and r[0] == "error")
    print(f"{n} texts: {found} with IDs, {vetoed} with look-alikes, {errors} errors")


if __name__ == "__main__":
    main()
