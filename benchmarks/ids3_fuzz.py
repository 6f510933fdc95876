"""Differential fuzz of the third speed round (session 22): dump the spans of
``patterns.detect_web``, ``handles.bare``, ``handles.detect``, ``labelled.detect``,
``ids_cued.detect``, ``ids.scan`` and ``phones.detect_phones``.

The texts of benchmarks/ids_fuzz.py from another seed, each also with words of the
case-blind rules put in: cue words, spelled addresses ("dot", "(at)", "www."), camel
case, worker numbers, last digits, the NIR's names, in any case and with the
letters that (?i) matches outside ASCII (a dotted capital I, a dotless i, Kelvin's
K, a long s). Run once per source tree and compare:

    PYTHONPATH=/work/s22/base/src python benchmarks/ids3_fuzz.py 60000 /tmp/a.json
    PYTHONPATH=src python benchmarks/ids3_fuzz.py 60000 /tmp/b.json
    cmp /tmp/a.json /tmp/b.json

and, in a tree with the fast context searches (ids_context.context, phones._phone_context),
``--context N`` compares them with the searches they stand for at every position
(and, in each ASCII text, the lowered platform and cue patterns' matches).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ids_fuzz import texts

from confvault.redact import handles, ids, ids_cued, labelled, patterns, phones
from confvault.redact.model import Span

_WORDS = [
    "ref", "reference", "REF", "collar number", "shoulder no.", "\u017fhoulder no", "badge #",
    "warrant num", "payroll number", "bleep", "on bleep", "crash bleep", "pager", "ends",
    "ending in", "ENDS", "card number ending", "ssn ends", "NIR", "nir", "carte vitale",
    "v\u0130tale", "v\u0131tale", "s\u00e9curit\u00e9 sociale", "\u017fociale", "S\u00c9CU",
    "num\u00e9ro de secu", "dot", "DOT", "d o t", "(at)", "[At]", "[AT]", " at gmail dot com",
    " at ", "www.", "WWW.", "wWw.", "http://", "SadRainCloud93", "xXSlayerXx", "aB",
    "camelCaseWord12", "fooBarBaz", "Grace_99", "u/some_user", "[22:14] nightowl_kez:", "snap",
    "insta", "\u0130nsta", "\u0131nsta", "K\u0130K", "\u212aik", "Kik", "discord", "passport",
    "plate", "reg", "bsn", "ssn", "\u017f\u017fn", "nino", "NI", "crn", "nin", "nric", "\u0131c",
    "prn", "Matrikelnummer", "aadhaar", "account", "acct", "licence", "NHS", "CIN", "NIK",
    "tel", "mob", "phone", "call me on", "fax", "office", "MOB", "#", "@", "jo@example.com",
    "a.b", "e.g.", "x.y.z", "Snapchat", "tik tok", "TikTok", "gamer tag", "goes by", "called",
    "named", "calls", "whats app", "linked in", "forum user", "user name", "Steam", "sc",
    "\u017fnap", "\u017fc", "\u0130g", "\u0131g", "\u212aik", "ki\u212a", "fb", "xbox", "ebay",
]  # fmt: skip
_ODD = "\u0130\u0131\u212a\u017f\u00e9\u00c9\u0307"


def _twist(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 3)):
        i = rng.randint(0, len(text))
        word = rng.choice(_WORDS)
        r = rng.random()
        if r < 0.2:
            word = word.upper()
        elif r < 0.3:
            word = word.title()
        elif r < 0.4 and word:
            k = rng.randrange(len(word))
            word = word[:k] + rng.choice(_ODD) + word[k + 1 :]
        num = "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 4, 6, 9, 11])))
        tail = rng.choice(["", " ", " " + num, ": " + num, " is " + num, num, " 4471", " x"])
        if r > 0.8:  # a handle's shapes after it
            tail = rng.choice(
                [" is dazzaboy99", ": xXSlayerXx", " name kaz_99", " @jo.b", " $jb92"]
            )
        text = text[:i] + rng.choice(["", " "]) + word + tail + rng.choice(["", " "]) + text[i:]
    return text


def _dump(spans: list[Span]) -> list[list[object]]:
    return [[s.start, s.end, s.category, s.source] for s in spans]


_DIGIT = re.compile(r"\d")


def check_context(n: int) -> None:
    """The fast context searches of this tree against the searches they stand for, at
    every position of the texts (``--context N``: no file written)."""
    from confvault.redact import ids_context  # (not in the frozen tree: imported here)

    rng = random.Random(23)
    asked = 0
    for text in texts(n, seed=2323):
        for t in (text, _twist(text, rng)):
            for start in range(len(t) + 1):
                lo = max(0, start - 40)
                old = ids_context._CONTEXT.search(t, lo, start) is not None or (
                    not t[lo:start].isascii()
                    and ids_context._SCRIPT_CONTEXT.search(t, lo, start) is not None
                )
                assert ids_context.context(t, start) == old, (t, start)
                reach = max(0, start - phones._CONTEXT_REACH)
                old = phones._PHONE_CONTEXT.search(t, reach, start) is not None
                assert phones._phone_context(t, start) == old, (t, start)
                asked += 1
            if t.isascii():  # handles.detect's platforms, as _PLATFORM finds them
                old_found = [(m.span(), m.group().lower()) for m in handles._PLATFORM.finditer(t)]
                low = t.lower()
                new_found = [(m.span(), m.group()) for m in handles._PLATFORM_LOWER.finditer(low)]
                assert new_found == old_found, t
                old_cues = [(m.span(), m.lastgroup) for m in ids_cued._CUE.finditer(t)]
                new_cues = [(m.span(), m.lastgroup) for m in ids_cued._CUE_LOWER.finditer(low)]
                assert new_cues == old_cues, t
    print(f"{asked} positions, the same")


def main() -> None:
    if sys.argv[1] == "--context":
        check_context(int(sys.argv[2]))
        return
    n = int(sys.argv[1])
    rng = random.Random(22)
    result: list[object] = []
    for text in texts(n, seed=2222):
        for t in (text, _twist(text, rng)):
            digits = _DIGIT.search(t) is not None
            row: list[object] = [
                _dump(patterns.detect_web(t)),
                _dump(handles.bare(t)),
                _dump(handles.detect(t)),
                _dump(labelled.detect(t, digits)),
                _dump(ids_cued.detect(t)),
            ]
            try:
                spans, vetoes = ids.scan(t)
                row += [_dump(spans), vetoes]
            except ValueError as e:  # (a non-ASCII zero leading an 11-digit number)
                row.append(["error", str(e)])
            row.append(_dump(phones.detect_phones(t)))
            result.append(row)
    Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
    print(f"{n} texts, {2 * n} scanned")


if __name__ == "__main__":
    main()
