"""What a check returns: findings with a severity and a fix, and the rules they follow.

Nothing here prints. A finding never carries an identifier or note text in
full: matched text is masked with :func:`mask` before it is stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from confvault.errors import ConfvaultError

HIGH = "high"
MEDIUM = "medium"
LOW = "low"
SEVERITIES = (HIGH, MEDIUM, LOW)  # most severe first
_ORDER = {s: i for i, s in enumerate(SEVERITIES)}

MAX_MASKED = 60  # characters of masked text shown; longer matches end with "…"


class CheckError(ConfvaultError):
    """The check could not run (a path is missing or unreadable, a report cannot be written)."""


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    severity: str  # the usual severity; a finding may differ (e.g. git vs cloud folder)
    summary: str


@dataclass(frozen=True)
class Finding:
    """One thing a check found. `masked` is the only trace of the matched text."""

    rule: str
    severity: str
    message: str
    fix: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    end_column: int | None = None
    category: str | None = None
    masked: str | None = None

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = "text" if self.rule.startswith("CV1") else "health"
        data["name"] = RULES[self.rule].name
        return {k: v for k, v in data.items() if v is not None}


def severity_rank(severity: str) -> int:
    """0 for high, 1 for medium, 2 for low."""
    return _ORDER[severity]


def at_least(findings: Iterable[Finding], minimum: str) -> tuple[list[Finding], int]:
    """The findings at or above `minimum`, and how many were below it."""
    kept, below = [], 0
    for f in findings:
        if severity_rank(f.severity) <= severity_rank(minimum):
            kept.append(f)
        else:
            below += 1
    return kept, below


def mask(value: str) -> str:
    """Keep the first letter of each word and replace every other character with `*`.

    Words are split on whitespace (runs become one space). Digits are always
    masked, including a leading one. Punctuation inside a word is masked too,
    so "O'Neil" becomes "O*****" and an e-mail address shows one letter.
    """
    words = []
    for word in value.split():
        first = word[0] if word[0].isalpha() else "*"
        words.append(first + "*" * (len(word) - 1))
    out = " ".join(words)
    return out if len(out) <= MAX_MASKED else out[: MAX_MASKED - 1] + "…"


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {r.id: r for r in rules}


RULES: dict[str, Rule] = _rules(
    # ---- text about to be shared ----
    Rule("CV100", "RegisteredIdentifier", HIGH, "A client's registered name or identifier"),
    Rule("CV101", "PossibleName", MEDIUM, "Something that looks like a person's name"),
    Rule("CV102", "PlaceOrAddress", MEDIUM, "A street address (high) or a named place (medium)"),
    Rule("CV103", "Organisation", MEDIUM, "A named organisation, school or workplace"),
    Rule("CV104", "Date", LOW, "A date that may pin down a session or a birthday"),
    Rule("CV105", "PhoneNumber", HIGH, "A phone number"),
    Rule("CV106", "EmailAddress", HIGH, "An e-mail address"),
    Rule("CV107", "Link", MEDIUM, "A web address or IP address"),
    Rule("CV108", "IdNumber", HIGH, "An ID number (health, insurance, tax, card, account)"),
    Rule("CV109", "Age", LOW, "An age"),
    # ---- the set-up ----
    Rule("CV201", "LoosePermissions", HIGH, "Vault folder or files readable by others"),
    Rule("CV202", "VisibleParentFolder", LOW, "A folder above the vault is world-readable"),
    Rule("CV203", "SyncedFolder", MEDIUM, "The vault is inside a synced folder or git repository"),
    Rule("CV204", "WeakKeyDerivation", HIGH, "Key-derivation settings below confvault's minimum"),
    Rule("CV205", "WeakPassphrase", HIGH, "The passphrase would be guessed too easily"),
    Rule("CV206", "EditorLeftover", HIGH, "A note left in a temp folder by the editor flow"),
    Rule("CV207", "EditorSwapFile", HIGH, "An editor swap or backup file of a note"),
    Rule("CV208", "OldExport", MEDIUM, "An old supervision export still in the export folder"),
    Rule("CV209", "ShellHistory", HIGH, "Note text, a passphrase or a client name in history"),
    Rule("CV210", "CoreDumps", LOW, "Core dumps are enabled for this user"),
    Rule("CV211", "DamagedFile", HIGH, "A vault file is damaged, stray or changed"),
    Rule("CV212", "AuditLogBroken", HIGH, "The export audit log's chain is broken"),
    Rule("CV213", "UnreadableHeader", HIGH, "A vault header file cannot be read"),
    Rule("CV214", "UnfinishedExport", MEDIUM, "An export stopped while writing left a file"),
)

# Redaction category -> text rule.
CATEGORY_RULES = {
    "NAME": "CV101",
    "LOCATION": "CV102",
    "ORG": "CV103",
    "DATE": "CV104",
    "PHONE": "CV105",
    "EMAIL": "CV106",
    "URL": "CV107",
    "ID": "CV108",
    "AGE": "CV109",
}
