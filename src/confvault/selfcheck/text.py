"""Scan text before it is shared: the redaction engine plus every registered identifier.

Files and folders (recursively) are read as bytes; binary files are skipped
and listed, never decoded. Each hit becomes a :class:`Finding` with its line,
column, category, severity and the matched text masked.
"""

from __future__ import annotations

import bisect
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from confvault.redact import KnownClient, detect

from .model import CATEGORY_RULES, HIGH, LOW, MEDIUM, CheckError, Finding, mask

ALLOW_FILE = ".confvault-allow"
MAX_TEXT_BYTES = 8 * 1024 * 1024
SKIP_DIRS = frozenset({".git", ".hg", ".svn"})
_SNIFF = 8192

_SEVERITY = {
    "ID": HIGH,
    "PHONE": HIGH,
    "EMAIL": HIGH,
    "NAME": MEDIUM,
    "ORG": MEDIUM,
    "URL": MEDIUM,
    "LOCATION": MEDIUM,
    "DATE": LOW,
    "AGE": LOW,
}
_HINTS = {
    "NAME": "If this names a real person, replace it with a role ('my client', 'their sister').",
    "LOCATION": "Replace the place with something general ('their town', 'a street nearby').",
    "ORG": "Replace the organisation with its kind ('a school', 'their employer').",
    "DATE": "Give a month or a week instead of an exact date.",
    "PHONE": "Remove the phone number.",
    "EMAIL": "Remove the e-mail address.",
    "URL": "Remove the link, or check it identifies nobody.",
    "ID": "Remove the ID number; nobody in supervision needs it.",
    "AGE": "Write 'over 89' or 'in their nineties' instead of the exact age.",
}
_LABELS = {
    "NAME": "possible name",
    "LOCATION": "place",
    "ORG": "organisation",
    "DATE": "date",
    "PHONE": "phone number",
    "EMAIL": "e-mail address",
    "URL": "link",
    "ID": "ID number",
    "AGE": "age",
}


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class TextScan:
    """What scanning found. `unreadable` makes the result incomplete (exit 2)."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    allowed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    unreadable: list[Skipped] = field(default_factory=list)
    # vault records that could not be read and may be clients (their identifiers were
    # not looked for): the result is incomplete too
    unread_records: int = 0


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub("['\u2019]s\\b", "", text)
    return " ".join(text.split())


class AllowList:
    """Terms the supporter has confirmed are safe (their own organisation, a town...).

    A built-in detector's hit is allowed when its text is an allowed term or
    lies inside one. Registered identifiers are never allowed: they identify a
    client by definition.
    """

    def __init__(self, terms: Iterable[str] = ()) -> None:
        self.terms = sorted({_norm(t) for t in terms if t.strip()}, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, t.split())) for t in self.terms)
        self._rx = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None

    def regions(self, text: str) -> list[tuple[int, int]]:
        if self._rx is None:
            return []
        return [m.span() for m in self._rx.finditer(text)]

    def allows(self, value: str, start: int, end: int, regions: list[tuple[int, int]]) -> bool:
        if _norm(value) in self.terms:
            return True
        return any(a <= start and end <= b for a, b in regions)


def read_allow_file(path: Path) -> list[str]:
    """One term per line; blank lines and lines starting with # are ignored."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise CheckError(
            f"cannot read the allow-list {path}", hint="It must be a UTF-8 text file you can read."
        ) from None
    return [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def allow_files(targets: Sequence[Path], cwd: Path) -> list[Path]:
    """`.confvault-allow` in the current folder and in each scanned folder (or a file's folder)."""
    folders = [cwd] + [t if t.is_dir() else t.parent for t in targets]
    seen: dict[Path, None] = {}
    for folder in folders:
        candidate = folder / ALLOW_FILE
        if candidate.is_file():
            seen[candidate.resolve()] = None
    return list(seen)


def decode(data: bytes) -> str | None:
    """Text, or None for binary data (a NUL byte, or mostly control bytes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    head = data[:_SNIFF]
    if b"\0" in head:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v")
    if head and controls / len(head) > 0.05:
        return None
    return data.decode("cp1252", errors="replace")


def _registered(value: str, span: object, known: Sequence[KnownClient]) -> tuple[bool, str | None]:
    """Whether a span is a registered identifier, and whose (alias)."""
    if getattr(span, "source", None) == "known":
        return True, getattr(span, "client", None)
    norm = _norm(value)
    for client in known:
        for term in client.terms:
            t = _norm(term)
            if t and (t == norm or re.search(rf"(?<!\w){re.escape(t)}(?!\w)", norm)):
                return True, client.alias
    return False, None


# a JSON string's escapes, each as one unit ("\\\\n" is a backslash and an n)
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)", re.S)
_ESCAPE_READ = {"n": " \n", "r": " \n", '"': ' "', "/": " /"}


def json_read(text: str) -> str:
    """A JSON document as a reader of its strings sees it, at the same offsets: the
    escapes of line ends, quotes and slashes become what they stand for, padded with
    a space before; other escapes become blanks; a letter written as \\uXXXX is
    left as it is. '\\nA: ...' (a note's line) is no word 'nA'. Text that is not
    JSON is returned as it is."""
    if "\\" not in text or text.lstrip()[:1] not in ("{", "["):
        return text
    try:
        json.loads(text)
    except ValueError:
        return text
    return _JSON_ESCAPE.sub(
        lambda m: m.group() if m.group()[1] == "u" else _ESCAPE_READ.get(m.group()[1], "  "),
        text,
    )


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Dates without a day: "November 2026", "week 47 of 2026", "2026-11", "2026-W47".
COARSE_DATE = re.compile(
    rf"(?i){_MONTH},?\s+\d{{4}}|week\s+\d{{1,2}}\s+of\s+\d{{4}}|\d{{4}}-(?:0[1-9]|1[0-2])|\d{{4}}-W\d{{2}}"
)


def scan_text(
    name: str,
    text: str,
    known: Sequence[KnownClient],
    allow: AllowList,
    result: TextScan,
) -> None:
    """Add the findings in `text` (reported under `name`) to `result`."""
    result.files += 1
    if not text.strip():
        return
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    regions = allow.regions(text)
    for span in detect(json_read(text), known):
        value = text[span.start : span.end]
        registered, alias = _registered(value, span, known)
        if not registered and span.category == "DATE" and COARSE_DATE.fullmatch(value.strip()):
            result.allowed += 1  # a month or a week, as exports show them, names no day
            continue
        if not registered and allow.allows(value, span.start, span.end, regions):
            result.allowed += 1
            continue
        row = bisect.bisect_right(starts, span.start) - 1
        column = span.start - starts[row] + 1
        end_row = bisect.bisect_right(starts, span.end) - 1
        end_column = span.end - starts[row] + 1 if end_row == row else None
        result.findings.append(
            _finding(name, row + 1, column, end_column, value, span, registered, alias)
        )


def _finding(
    name: str,
    line: int,
    column: int,
    end_column: int | None,
    value: str,
    span: object,
    registered: bool,
    alias: str | None,
) -> Finding:
    category = str(getattr(span, "category", "NAME"))
    masked = mask(value)
    if registered:
        whose = f"client {alias}" if alias else "a client"
        return Finding(
            "CV100",
            HIGH,
            f"registered identifier of {whose}: {masked}",
            "Remove it or replace it with the alias before sharing ('confvault export' does "
            "this for notes).",
            path=name,
            line=line,
            column=column,
            end_column=end_column,
            category=category,
            masked=masked,
        )
    severity = _SEVERITY.get(category, MEDIUM)
    if category == "LOCATION" and getattr(span, "placeholder_kind", "") == "ADDRESS":
        severity = HIGH
    label = _LABELS.get(category, category.lower())
    return Finding(
        CATEGORY_RULES.get(category, "CV101"),
        severity,
        f"{label}: {masked}",
        _HINTS.get(category, "Check whether this identifies someone.")
        + f" If it is safe, add it to {ALLOW_FILE}.",
        path=name,
        line=line,
        column=column,
        end_column=end_column,
        category=category,
        masked=masked,
    )


def scan_bytes(
    name: str, data: bytes, known: Sequence[KnownClient], allow: AllowList, result: TextScan
) -> None:
    if len(data) > MAX_TEXT_BYTES:
        result.unreadable.append(Skipped(name, f"larger than {MAX_TEXT_BYTES // 2**20} MiB"))
        return
    text = decode(data)
    if text is None:
        result.skipped.append(Skipped(name, "binary file"))
        return
    scan_text(name, text, known, allow, result)


def _read(path: Path, name: str, result: TextScan) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        result.unreadable.append(Skipped(name, exc.strerror or "cannot be read"))
        return None


def _walk(folder: Path, result: TextScan, skip: frozenset[Path]) -> Iterable[Path]:
    def onerror(exc: OSError) -> None:
        result.unreadable.append(Skipped(str(exc.filename or folder), "folder cannot be read"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        for f in sorted(files):
            path = Path(root) / f
            if skip and path.resolve() in skip:
                continue
            if path.is_symlink():
                result.skipped.append(Skipped(str(path), "symbolic link (not followed)"))
            elif path.is_file():
                yield path
            else:
                result.skipped.append(Skipped(str(path), "not a regular file"))


def scan_paths(
    targets: Sequence[Path],
    known: Sequence[KnownClient],
    allow: AllowList,
    result: TextScan,
    skip: Iterable[Path] = (),
) -> None:
    """Scan files and folders. A target that does not exist stops the check (CheckError).

    Files in `skip` (the allow-lists, the report being written) are passed over
    inside folders; named on their own they are scanned.
    """
    for target in targets:
        if not target.exists():
            raise CheckError(f"{target} does not exist", hint="Check the path and try again.")
    passed_over = frozenset(p.resolve() for p in skip)
    for target in targets:
        files = _walk(target, result, passed_over) if target.is_dir() else [target]
        for path in files:
            data = _read(path, str(path), result)
            if data is not None:
                scan_bytes(str(path), data, known, allow, result)
