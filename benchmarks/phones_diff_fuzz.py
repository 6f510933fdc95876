"""Differential fuzz input for phones.detect_phones and patterns.detect_web.

    PYTHONPATH=/work/base/src python benchmarks/phones_diff_fuzz.py 60000 1 > base.jsonl
    PYTHONPATH=src python benchmarks/phones_diff_fuzz.py 60000 1 > new.jsonl
    cmp base.jsonl new.jsonl

Texts are corpus sentences mutated (case changes, digits changed, punctuation and
whitespace inserted, non-ASCII digits and letters, long runs, random tokens) and
sentences with phone numbers, e-mail and web addresses, IP and MAC addresses
spliced in, written many ways. One JSON line per text: the text and the spans of
both detectors. The same seed gives the same texts whichever tree is imported.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from confvault.redact import patterns, phones, warm_up

CORPORA = Path("/work/shared/corpora")
NON_ASCII_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९０１２３４５６７８９"
NON_ASCII_LETTERS = "éüßøåçñÉÜØ\u0131İ\u017fKµ"
CONTEXT = ["call", "Phone:", "tel", "mobile", "Fax", "text me on", "ring", "number", "ext"]
CONTEXT += ["reach me at", "whatsapp", "landline", "registered", "my number is", ""]
SUFFIX = [" office", " (mobile)", ", fax", " - home", " work", " cell", "", "", ""]
TRUNKS = ["0", "1", "00", "011", "0011", "+", "+1 ", "+44 ", "0044 ", "(0)", "8", "90"]
EXT = [" x12", "x123", " ext. 45", "ext.6", " ext 7788", " x 9", "x1234567"]
SEPS = [" ", "-", ".", "", " ", "  ", "\u00a0", "/", "\t"]
WEB = ["jo.bloggs+notes@example.co.uk", "https://example.org/a?b=1.", "www.example.com",
       "example.net", "192.168.0.1", "10.0.0.256", "2001:db8::1", "fe80::1%eth0",
       "::ffff:192.0.2.1", "00:1A:2B:3C:4D:5E", "0011.2233.4455", "a.b", "e.g.", "i.e.",
       "x@y.z", "user@mail.xn--p1ai", "ftp://files.example.io/x", "1.2.3.4/24",
       "FF:FF:FF:FF:FF:FF", "2001:0db8:85a3:0000:0000:8a2e:0370:7334/64", "no.uk",
       "sub.domain.example.vlaanderen", "WWW.EXAMPLE.COM", "http://a.b.c/(x)", "1::",
       "::", "a:b:c:d:e:f:1:2", "12-34-56-78-9A-BC"]  # fmt: skip


def corpus_texts() -> list[str]:
    texts = []
    for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
        for line in (CORPORA / name).read_text().splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def example_numbers() -> list[str]:
    pn = phones._pn()
    out = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kind in (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.MOBILE):
            number = pn.example_number_for_type(region, kind)
            if number is not None:
                for fmt in (pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL):
                    out.append(pn.format_number(number, fmt))
                out.append(pn.format_number(number, pn.PhoneNumberFormat.E164))
    return out


def phone(rng: random.Random, examples: list[str]) -> str:
    if rng.random() < 0.6:
        text = rng.choice(examples)
    else:
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 16)))
        text = ""
        for i, c in enumerate(digits):
            text += c
            if rng.random() < 0.25 and i < len(digits) - 1:
                text += rng.choice(SEPS)
    chars = list(text)
    for _ in range(rng.randint(0, 3)):
        op = rng.randrange(8)
        spots = [i for i, c in enumerate(chars) if c.isdigit()]
        if op == 0 and spots:
            chars[rng.choice(spots)] = rng.choice("0123456789")
        elif op == 1 and spots:
            chars.insert(rng.choice(spots), rng.choice("0123456789"))
        elif op == 2 and len(spots) > 4:
            del chars[rng.choice(spots)]
        elif op == 3:
            chars[0:0] = list(rng.choice(TRUNKS))
        elif op == 4:
            chars += list(rng.choice(EXT))
        elif op == 5 and spots:
            chars[rng.choice(spots)] = rng.choice(NON_ASCII_DIGITS)
        elif op == 6 and len(spots) > 4:
            a, b = sorted(rng.sample(spots[:6], 2))
            chars.insert(b, ")" + rng.choice(["", " ", "-"]))
            chars.insert(a, "(")
        elif op == 7 and chars:
            chars.insert(rng.randrange(len(chars)), rng.choice(SEPS))
    return "".join(chars)


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        if op == 0:
            chars = list("".join(chars).upper() if rng.random() < 0.5 else "".join(chars).lower())
        elif op == 1:
            spots = [i for i, c in enumerate(chars) if c.isdigit()]
            for i in rng.sample(spots, min(len(spots), rng.randint(1, 3))):
                chars[i] = rng.choice("0123456789" + NON_ASCII_DIGITS[:10])
        elif op == 2 and chars:
            for _ in range(rng.randint(1, 4)):
                chars.insert(rng.randrange(len(chars) + 1), rng.choice(".,;:-/()+@ \n\t#x"))
        elif op == 3 and chars:
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(NON_ASCII_LETTERS))
        elif op == 4 and chars:
            run = rng.choice("0123456789.-: a") * rng.randint(5, 60)
            chars.insert(rng.randrange(len(chars) + 1), run)
        elif op == 5 and chars:
            token = "".join(rng.choice("abcdef0123456789:.-@/") for _ in range(rng.randint(2, 12)))
            chars.insert(rng.randrange(len(chars) + 1), f" {token} ")
        elif op == 6:
            spots = [i for i, c in enumerate(chars) if c.isdigit()]
            if len(spots) > 1:
                i, j = rng.sample(spots, 2)
                chars[i], chars[j] = chars[j], chars[i]
        elif op == 7 and chars:
            web = rng.choice(WEB)
            chars.insert(rng.randrange(len(chars) + 1), f" {web} ")
        elif op == 8 and chars:
            del chars[rng.randrange(len(chars))]
    return "".join(chars)


def generate(rng: random.Random, base: list[str], examples: list[str]) -> str:
    roll = rng.random()
    if roll < 0.35:
        return mutate(rng, rng.choice(base))
    if roll < 0.85:
        words = rng.choice(base).split(" ")
        cut = rng.randrange(len(words) + 1)
        number = rng.choice(CONTEXT) + " " + phone(rng, examples) + rng.choice(SUFFIX)
        text = " ".join([*words[:cut], number, *words[cut:]])
        return mutate(rng, text) if rng.random() < 0.3 else text
    parts = [phone(rng, examples) if rng.random() < 0.6 else rng.choice(WEB) for _ in range(4)]
    return rng.choice(SEPS).join(parts)


def spans(found: object) -> list[list[object]]:
    return [[s.start, s.end, s.category, s.placeholder_kind] for s in found]  # type: ignore[attr-defined]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    warm_up()
    rng = random.Random(seed)
    base = corpus_texts()
    examples = example_numbers()
    out = sys.stdout
    for _ in range(count):
        text = generate(rng, base, examples)
        found = spans(phones.detect_phones(text))
        web = spans(patterns.detect_web(text))
        out.write(json.dumps([text, found, web], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
