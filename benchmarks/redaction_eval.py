"""Score the redaction engine on the labelled corpora and on our own fixtures.

Scoring follows shared/corpora/README.md exactly:

* recall: a labelled span is protected when every word in it lies inside
  redacted spans (titles and function words Mr, Mrs, Ms, Dr, Prof, the, of,
  and, no, nos may stay); per category and overall;
* precision: the share of redacted spans that overlap any labelled span;
* plain words destroyed: the share of letters and digits outside every
  labelled span that were redacted;
* speed: MB (UTF-8) of text per second through ``detect``, after start-up.

Usage (from the repository root):

    python benchmarks/redaction_eval.py [--corpus DIR] [--fixtures DIR] [--write-docs]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from confvault.redact import KnownClient, detect, warm_up  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora"
DEFAULT_FIXTURES = ROOT / "tests" / "fixtures" / "session_notes"
CORPORA = ("presidio_synth_dev.jsonl", "presidio_unit_cases.jsonl")
DOC = ROOT / "docs" / "REDACTION.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"

_MAP = {
    "PERSON": "NAME",
    "STREET_ADDRESS": "LOCATION",
    "GPE": "LOCATION",
    "ZIP_CODE": "LOCATION",
    "UK_POSTCODE": "LOCATION",
    "ORGANIZATION": "ORG",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "PH_MOBILE_NUMBER": "PHONE",
    "TR_PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "DOMAIN_NAME": "URL",
    "IP_ADDRESS": "URL",
    "URL": "URL",
}
UNSCORED = {"TITLE", "NRP", "AGE"}
MAY_STAY = {"mr", "mrs", "ms", "dr", "prof", "the", "of", "and", "no", "nos"}
WORD = re.compile(r"[^\W_]+")
BARE_YEAR = re.compile(r"\d{4}")
SCORED = ("NAME", "LOCATION", "ORG", "DATE", "PHONE", "EMAIL", "URL", "ID")


def category(label: str) -> str | None:
    """Map a corpus label to a confvault category; None when not scored."""
    if label in UNSCORED:
        return None
    return _MAP.get(label, "ID")


@dataclass
class Score:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    spans: int = 0
    spans_on_labels: int = 0
    plain_chars: int = 0
    plain_redacted: int = 0
    nbytes: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, str]] = field(default_factory=list)
    false_pos: list[tuple[str, str]] = field(default_factory=list)
    # DATE labels that are only a bare 4-digit year ("founded in 1977"): kept by design
    bare_years: int = 0
    bare_years_found: int = 0

    def date_recall_without_bare_years(self) -> float:
        t = self.total["DATE"] - self.bare_years
        return (self.found["DATE"] - self.bare_years_found) / t if t else 1.0

    def recall_without_bare_years(self) -> float:
        t = sum(self.total.values()) - self.bare_years
        return (sum(self.found.values()) - self.bare_years_found) / t if t else 1.0

    def recall(self, cat: str | None = None) -> float:
        if cat is None:
            t = sum(self.total.values())
            return sum(self.found.values()) / t if t else 1.0
        return self.found[cat] / self.total[cat] if self.total[cat] else 1.0

    @property
    def precision(self) -> float:
        return self.spans_on_labels / self.spans if self.spans else 1.0

    @property
    def destroyed(self) -> float:
        return self.plain_redacted / self.plain_chars if self.plain_chars else 0.0

    @property
    def mbps(self) -> float:
        return self.nbytes / 1e6 / self.seconds if self.seconds else 0.0

    def add(self, other: Score) -> None:
        for k, v in other.found.items():
            self.found[k] += v
        for k, v in other.total.items():
            self.total[k] += v
        self.spans += other.spans
        self.spans_on_labels += other.spans_on_labels
        self.plain_chars += other.plain_chars
        self.plain_redacted += other.plain_redacted
        self.nbytes += other.nbytes
        self.seconds += other.seconds
        self.misses.extend(other.misses)
        self.false_pos.extend(other.false_pos)
        self.bare_years += other.bare_years
        self.bare_years_found += other.bare_years_found


def score_doc(
    score: Score, text: str, labels: list[tuple[int, int, str]], red: list[tuple[int, int]]
) -> None:
    covered = bytearray(len(text))
    for s, e in red:
        covered[s:e] = b"\x01" * (e - s)
    for s, e, label in labels:
        cat = category(label)
        if cat is None:
            continue
        score.total[cat] += 1
        ok = all(
            all(covered[m.start() : m.end()]) or m.group().lower() in MAY_STAY
            for m in WORD.finditer(text, s, e)
        )
        bare_year = cat == "DATE" and BARE_YEAR.fullmatch(text[s:e].strip()) is not None
        score.bare_years += bare_year
        if ok:
            score.found[cat] += 1
            score.bare_years_found += bare_year
        else:
            score.misses.append((cat, f"{text[max(0, s - 30) : s]}[[{text[s:e]}]]"))
    inside = bytearray(len(text))
    for s, e, _ in labels:
        inside[s:e] = b"\x01" * (e - s)
    for s, e in red:
        score.spans += 1
        if any(inside[s:e]):
            score.spans_on_labels += 1
        else:
            score.false_pos.append(("", f"{text[max(0, s - 30) : s]}[[{text[s:e]}]]"))
    for i, ch in enumerate(text):
        if ch.isalnum() and not inside[i]:
            score.plain_chars += 1
            score.plain_redacted += covered[i]


def score_corpus(path: Path) -> Score:
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    score = Score()
    for doc in docs:
        text = doc["text"]
        t0 = time.perf_counter()
        spans = detect(text)
        score.seconds += time.perf_counter() - t0
        score.nbytes += len(text.encode("utf-8"))
        labels = [(int(s), int(e), str(lab)) for s, e, lab in doc["spans"]]
        score_doc(score, text, labels, [(sp.start, sp.end) for sp in spans])
    return score


def _known(items: list[Any]) -> list[str | KnownClient]:
    return [
        KnownClient(i.get("alias"), tuple(i["terms"]), tuple(i.get("others", ())))
        if isinstance(i, dict)
        else str(i)
        for i in items
    ]


def score_fixtures(folder: Path) -> tuple[Score, int, int]:
    """Score the session-note fixtures; also count known-identifier occurrences found."""
    score = Score()
    known_total = known_found = 0
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text, clients = doc["text"], _known(doc.get("known", []))
        t0 = time.perf_counter()
        spans = detect(text, clients)
        score.seconds += time.perf_counter() - t0
        score.nbytes += len(text.encode("utf-8"))
        labels = [(int(s), int(e), str(lab)) for s, e, lab in doc["labels"]]
        red = [(sp.start, sp.end) for sp in spans]
        known_labels = [(s, e, "PERSON") for s, e, lab in labels if lab == "KNOWN"]
        other = [(s, e, lab) for s, e, lab in labels if lab != "KNOWN"]
        score_doc(score, text, [*known_labels, *other], red)
        sub = Score()
        score_doc(sub, text, known_labels, red)
        known_total += sum(sub.total.values())
        known_found += sum(sub.found.values())
    return score, known_found, known_total


def table(rows: list[tuple[str, Score]], fixtures: tuple[Score, int, int] | None) -> str:
    head = "| data | " + " | ".join(SCORED) + " | overall | precision | plain destroyed | MB/s |"
    lines = [head, "|" + "---|" * (len(SCORED) + 5)]
    for name, s in rows:
        cells = [f"{s.recall(c):.3f} ({s.total[c]})" if s.total[c] else "-" for c in SCORED]
        lines.append(
            f"| {name} | " + " | ".join(cells) + f" | {s.recall():.3f} | {s.precision:.3f} "
            f"| {s.destroyed:.3f} | {s.mbps:.2f} |"
        )
    if fixtures is not None:
        fs, kf, kt = fixtures
        cells = [f"{fs.recall(c):.3f} ({fs.total[c]})" if fs.total[c] else "-" for c in SCORED]
        lines.append(
            "| session-note fixtures | " + " | ".join(cells) + f" | {fs.recall():.3f} "
            f"| {fs.precision:.3f} | {fs.destroyed:.3f} | {fs.mbps:.2f} |"
        )
        lines.append("")
        lines.append(f"Known identifiers on the fixtures: {kf}/{kt} = {kf / kt if kt else 1:.3f}")
    lines.append("")
    lines.append(
        "DATE recall excluding labels that are only a bare 4-digit year (kept by design), "
        "and overall recall with those labels left out:"
    )
    lines.append("")
    lines.append("| data | bare-year DATE labels | DATE without them | overall without them |")
    lines.append("|---|---|---|---|")
    for name, s in rows:
        lines.append(
            f"| {name} | {s.bare_years} | {s.date_recall_without_bare_years():.3f} "
            f"({s.total['DATE'] - s.bare_years}) | {s.recall_without_bare_years():.3f} |"
        )
    return "\n".join(lines)


def run(corpus: Path, fixtures: Path | None) -> tuple[str, dict[str, Score]]:
    warm_up()  # start-up: lexicons, libphonenumber metadata (not counted in MB/s)
    detect("warm up: Jordan Smith, 07700 900123, 14/03/2025.")
    scores: dict[str, Score] = {}
    for name in CORPORA:
        scores[name] = score_corpus(corpus / name)
    total = Score()
    for s in scores.values():
        total.add(s)
    scores["all"] = total
    fx = score_fixtures(fixtures) if fixtures and fixtures.is_dir() else None
    rows = [(n, s) for n, s in scores.items()]
    return table(rows, fx), scores


def main() -> None:
    parser = argparse.ArgumentParser(description="Score confvault redaction.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--write-docs", action="store_true", help="update docs/REDACTION.md")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per category")
    parser.add_argument("--false-positives", type=int, default=0, help="print up to N")
    args = parser.parse_args()
    text, scores = run(args.corpus, args.fixtures)
    print(text)
    if args.misses:
        by: dict[str, list[str]] = defaultdict(list)
        for cat, ctx in scores["all"].misses:
            by[cat].append(ctx)
        for cat, items in by.items():
            print(f"\n== missed {cat} ({len(items)})")
            for ctx in items[: args.misses]:
                print("   ", repr(ctx))
    if args.false_positives:
        print(f"\n== false positives ({len(scores['all'].false_pos)})")
        for _, ctx in scores["all"].false_pos[: args.false_positives]:
            print("   ", repr(ctx))
    if args.write_docs:
        doc = DOC.read_text(encoding="utf-8")
        a, b = doc.index(START) + len(START), doc.index(END)
        cmd = "python benchmarks/redaction_eval.py --write-docs"
        body = (
            f"\n\nMeasured with `{cmd}` (corpus: `{args.corpus.name}/` beside the repository).\n\n"
        )
        DOC.write_text(doc[:a] + body + text + "\n\n" + doc[b:], encoding="utf-8")


if __name__ == "__main__":
    main()
