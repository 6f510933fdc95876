"""Prove that a speed change to the redaction engine changes no output.

Runs ``detect`` (and ``redact``) over a fixed, reproducible set of texts —
the labelled corpora, their lower- and upper-case forms, runs of sentences
joined into paragraphs, copies with typos, the session-note fixtures with
their known identifiers, and the corpora again with synthetic known clients —
and saves or compares every span.

    python benchmarks/redaction_snapshot.py --save /tmp/before.json
    ... change the engine ...
    python benchmarks/redaction_snapshot.py --compare /tmp/before.json

Exit 1 when anything differs; the first differences are printed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from confvault.redact import KnownClient, RedactionSession, detect  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora"
FIXTURES = ROOT / "tests" / "fixtures" / "session_notes"


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 6)):
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) >= 5:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


_FIRST = ["Jordan", "Alexis", "Samantha", "Priya", "Tomasz", "Aisha", "Morgan", "Kit", "Dana"]
_LAST = ["Blake", "Moreno", "Okafor", "Nowak", "Hughes", "Patel", "Lindqvist", "Reyes"]
_OTHERS = ["Harwick", "Lakeside College", "Maple Street", "Greenfield Bakery", "Northgate"]
_TEMPLATES = [
    "{a} said {b}'s landlord called again; {a} felt tired.",
    "Met {a} near {o}. {b} and {c} came too.\n{a}  agreed to ring {o} on Friday.",
    "{a}'s sister {b} works at {o}; {c}s were mentioned, and {a}.",
    "nothing much: {a} talked about {o} and about {b}, briefly.",
]


def _many_clients(rng: random.Random) -> list[tuple[str, list[str | KnownClient]]]:
    """Export-like lists: many clients sharing first names, surnames and places."""
    clients = []
    for i in range(14):
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i * 3) % len(_LAST)]
        others = (f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", rng.choice(_OTHERS), f"C{i}")
        clients.append((f"client-{i:02d}", (f"{first} {last}", first[:3]), others))
    out: list[tuple[str, list[str | KnownClient]]] = []
    words = [*_FIRST, *_LAST, *_OTHERS, *(f"{f} {s}" for f in _FIRST for s in _LAST)]
    for n in range(600):
        me = n % len(clients)
        known: list[str | KnownClient] = [KnownClient(*clients[me])]
        for j, (alias, terms, others) in enumerate(clients):
            if j != me:
                known.append(KnownClient(None, (*terms, alias), others))
        if n % 3 == 0:
            known.reverse()
        fill = {k: rng.choice(words) for k in "abco"}
        text = rng.choice(_TEMPLATES).format(**fill)
        if n % 4 == 1:
            text = _typo(text, rng)
        if n % 5 == 2:
            text = text.lower()
        out.append((text, known))
    return out


def cases() -> list[tuple[str, list[str | KnownClient]]]:
    rng = random.Random(20261126)
    base: list[str] = []
    labels: list[list[str]] = []
    for name in ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl"):
        path = CORPUS / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            base.append(doc["text"])
            labels.append([doc["text"][s:e] for s, e, lab in doc["spans"] if lab == "PERSON"])
    out: list[tuple[str, list[str | KnownClient]]] = [(t, []) for t in base]
    out += [(t.lower(), []) for t in base]
    out += [(t.upper(), []) for t in base[::3]]
    out += [("\n".join(base[i : i + 6]), []) for i in range(0, len(base), 6)]
    out += [(" ".join(base[i : i + 4]), []) for i in range(1, len(base), 4)]
    out += [(_typo(t, rng), []) for t in base if " " in t]
    # the corpus with its own people registered as one client's identifiers
    for text, people in zip(base, labels, strict=True):
        if people:
            known: list[str | KnownClient] = [KnownClient("Robin", tuple(people), ())]
            out.append((text, known))
            out.append((_typo(text, rng).lower(), known))
    out += _many_clients(rng)
    for path in sorted(FIXTURES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        known = [
            KnownClient(i.get("alias"), tuple(i["terms"]), tuple(i.get("others", ())))
            if isinstance(i, dict)
            else str(i)
            for i in doc.get("known", [])
        ]
        out.append((doc["text"], known))
        out.append((doc["text"], []))
    return out


def run() -> list[Any]:
    results: list[Any] = []
    session = RedactionSession()
    for text, known in cases():
        spans = [
            [s.start, s.end, s.category, s.source, s.client, s.placeholder_kind, s.ref]
            for s in detect(text, known)
        ]
        results.append([spans, session.redact(text, known).text])
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args()
    results = run()
    if args.save:
        args.save.write_text(json.dumps(results), encoding="utf-8")
        print(f"saved {len(results)} results to {args.save}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    texts = [t for t, _ in cases()]
    diffs = [i for i, (a, b) in enumerate(zip(before, results, strict=True)) if a != b]
    for i in diffs[:10]:
        print(f"--- case {i}: {texts[i][:200]!r}")
        print("before:", before[i])
        print("after: ", results[i])
    print(f"{len(results)} cases, {len(diffs)} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
