"""Fuzz phones' mirror of libphonenumber against the library itself.

    python benchmarks/phones_mirror_fuzz.py [cases-per-seed-number] [seed]

Generates phone-like strings from every region's example numbers (each type,
national / international / E.164 / bare, then mutated: digits changed, digits
added or dropped, trunk and international prefixes, country codes, spacing,
parentheses, "+" and "00") plus random digit runs, and checks for each that
phones._fast_valid (every region tried, possible or not), phones._fast_region
(the same after phones._precheck) and
phones._fast_international (bare or not) answer as parse() +
is_valid_number_for_region / is_possible_number / is_valid_number do.
Prints the number of comparisons and every mismatch.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import phonenumbers as pn

from confvault.redact import phones

REGIONS = phones._HOME + phones._WORLD
TRUNKS = ["0", "1", "8", "9", "90", "06", "00", "000", "011", "0011", "010", "810", "001"]
TRUNKS += ["0014", "0015", "1831", "1832", "003768", "0002", "12", "21", "0021", "0031"]
TRUNKS += ["0041", "0044", "0061", "1234", "17900", "11200", "183", "1800", "180020"]
SEPARATORS = [" ", " ", "-", ".", ""]


def examples() -> list[str]:
    """Every example number, written in each format the library knows."""
    out = []
    numbers = []
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kind in pn.PhoneNumberType.values():
            number = pn.example_number_for_type(region, kind)
            if number is not None:
                numbers.append(number)
    for cc in sorted(pn.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        number = pn.example_number_for_non_geo_entity(cc)
        if number is not None:
            numbers.append(number)
    for number in numbers:
        for fmt in (pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL):
            out.append(pn.format_number(number, fmt))
        out.append(pn.format_number(number, pn.PhoneNumberFormat.E164))
        out.append(pn.national_significant_number(number))
    return sorted(set(out))


def plain(text: str) -> str:
    return "".join(c for c in text if c in "0123456789 .-()+")


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(10)
        digits = [i for i, c in enumerate(chars) if c.isdigit()]
        if op == 0 and digits:
            chars[rng.choice(digits)] = rng.choice("0123456789")
        elif op == 1 and digits:
            for _ in range(rng.choice((1, 1, 2))):
                chars.insert(rng.choice(digits), rng.choice("0123456789"))
        elif op == 2 and len(digits) > 3:
            for _ in range(rng.choice((1, 1, 2))):
                digits = [i for i, c in enumerate(chars) if c.isdigit()]
                del chars[rng.choice(digits)]
        elif op == 3:
            chars = list(rng.choice(TRUNKS) + rng.choice(SEPARATORS) + "".join(chars))
        elif op == 4:
            body = "".join(chars).lstrip("+")
            cc = str(rng.choice(sorted(pn.COUNTRY_CODE_TO_REGION_CODE)))
            head = rng.choice(["+", "00", "", "011", "+", "0"])
            chars = list(head + cc + rng.choice(SEPARATORS) + body)
        elif op == 5 and chars:
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(" -.  "))
        elif op == 6:
            chars = [c for c in chars if c.isdigit() or c == "+"]
        elif op == 7 and len(digits) > 4:
            a = digits[rng.randrange(0, 2)]
            b = digits[rng.randrange(2, min(6, len(digits)))]
            chars.insert(b, ") ")
            chars.insert(a, "(")
        elif op == 8:
            chars = list("".join(chars).lstrip("+0"))
        elif op == 9 and digits:
            i = rng.choice(digits)
            chars[i : i + 1] = list(chars[i] + rng.choice(SEPARATORS))
    return "".join(chars)


def random_run(rng: random.Random) -> str:
    size = rng.randint(7, 15)
    digits = "".join(rng.choice("0123456789") for _ in range(size))
    head = rng.choice(["", "", "", "+", "00", "0", "1", "011"])
    out = head
    for i, c in enumerate(digits):
        out += c
        if i < size - 1 and rng.random() < 0.2:
            out += rng.choice(SEPARATORS)
    return out


def cases(rng: random.Random, count: int) -> Iterator[str]:
    base = examples()
    yield from base
    for _ in range(count):
        text = mutate(rng, rng.choice(base)) if rng.random() < 0.8 else random_run(rng)
        yield plain(text).strip(" .-")


# libphonenumber's own verdicts, which the mirror must match (straight library calls)
library_national = phones._library_national
library_international = phones._library_international


TRUE = [0]
UNSURE = [0]


def compare(cand: str, bad: list[str]) -> int:
    """Compare on one candidate; return the number of comparisons made."""
    if not cand or "+" in cand[1:] or not (cand[0].isdigit() or cand[0] in "+("):
        return 0
    digits = cand.translate(phones._NOT_DIGITS)
    if not 3 <= len(digits) <= 17:
        return 0
    done = 0
    if cand.startswith(("+", "00")):
        for bare in (False, True):
            try:
                fast = phones._fast_international(cand[1 if cand[0] == "+" else 2 :], bare)
            except phones._Unsure:
                UNSURE[0] += 1
                continue
            done += 1
            TRUE[0] += fast
            if fast != library_international(cand, bare):
                bad.append(f"intl {cand!r} bare={bare} fast={fast}")
    if cand[0] == "+":
        return done
    for region in REGIONS:
        for possible in (False, True):
            try:
                fast = phones._fast_valid(digits, region, possible)
                fused = phones._fast_region(digits, region, possible)
            except phones._Unsure:
                UNSURE[0] += 1
                continue
            done += 1
            TRUE[0] += fast
            library = library_national(cand, region, possible)
            if fast != library:
                bad.append(f"{region} {cand!r} possible={possible} fast={fast}")
            if fused != (phones._precheck(digits, region, possible) and library):
                bad.append(f"{region} {cand!r} possible={possible} fused={fused}")
    return done


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    phones.warm_up()
    rng = random.Random(seed)
    bad: list[str] = []
    seen = set()
    done = 0
    for cand in cases(rng, count):
        if cand in seen:
            continue
        seen.add(cand)
        done += compare(cand, bad)
    for line in bad[:50]:
        print(line)
    print(f"{len(seen)} strings, {done} comparisons ({TRUE[0]} true), {UNSURE[0]} unsure,")
    print(f"{len(bad)} mismatches")


if __name__ == "__main__":
    main()
