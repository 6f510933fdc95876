"""Replay the hostile review of the redaction engine and count what still leaks.

`tests/data/leak_review_cases.json` holds 695 short, fictional note
sentences written for this project by a reviewer trying to break redaction
(lower-case typing, handles, accents, non-Anglo names, holidays, ages, ID
numbers …), each with the registered clients it was redacted with and the
details that must not survive. A case leaks when any word of such a detail is
still in the output. Run by hand; the count goes into docs/REDACTION.md.

    python benchmarks/leak_review.py [--show 20]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from confvault.redact import KnownClient, redact  # noqa: E402

CASES = ROOT / "tests" / "data" / "leak_review_cases.json"
_WORD = re.compile(r"[^\W_]{2,}")
# words that identify no one on their own may stay, as the corpora's scoring allows
_PLAIN = frozenset(
    [
        "the",
        "of",
        "and",
        "no",
        "nos",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "day",
        "at",
        "on",
        "in",
        "my",
        "her",
        "his",
    ]
)


def survivors(out: str, detail: str) -> list[str]:
    low = out.lower()
    words = [w for w in _WORD.findall(detail.lower()) if w not in _PLAIN]
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print this many leaking cases")
    args = parser.parse_args()
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    leaking = []
    checked = 0
    for case in cases:
        if not case.get("leaks"):
            continue
        checked += 1
        known = [
            KnownClient(k.get("alias"), tuple(k["terms"]), tuple(k.get("others", ())))
            for k in case.get("known", [])
        ]
        out = redact(case["text"], known).text
        left = [w for d in case["leaks"] for w in survivors(out, d)]
        if left:
            leaking.append((case["text"], out, left))
    print(f"{checked} cases with details to remove; {len(leaking)} still leak at least one word")
    for text, out, left in leaking[: args.show]:
        print(f"- {text!r}\n  -> {out!r}\n  left: {', '.join(left)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
