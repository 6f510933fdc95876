"""Findings as SARIF 2.1.0, for editors and code-scanning tools.

Columns count Unicode code points (`columnKind`), as Python strings do. Paths
under the current folder are relative to `%SRCROOT%`; others are `file:` URIs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .model import HIGH, LOW, RULES, Finding

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
_LEVEL = {HIGH: "error", LOW: "note"}  # medium -> "warning"
_SECURITY_SEVERITY = {HIGH: "8.0", LOW: "2.0"}  # medium -> "5.0"


def _uri(path: str, cwd: Path) -> tuple[str, str | None]:
    if path == "-":
        return "stdin", None
    p = Path(path)
    absolute = p if p.is_absolute() else (cwd / p)
    try:
        rel = absolute.relative_to(cwd)
        return quote(rel.as_posix()), "SRCROOT"
    except ValueError:
        return absolute.as_uri(), None


def to_sarif(
    findings: Sequence[Finding],
    *,
    version: str,
    cwd: Path,
    notifications: Sequence[str] = (),
    complete: bool = True,
) -> dict[str, Any]:
    used = sorted({f.rule for f in findings})
    index = {rule: i for i, rule in enumerate(used)}
    rules = []
    for rule_id in used:
        rule = RULES[rule_id]
        rules.append(
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
                "properties": {
                    "security-severity": _SECURITY_SEVERITY.get(rule.severity, "5.0"),
                    "tags": ["privacy"],
                },
            }
        )
    results = [_result(f, index[f.rule], cwd) for f in findings]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "confvault",
                "version": version,
                "rules": rules,
            }
        },
        "originalUriBaseIds": {"SRCROOT": {"uri": cwd.absolute().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                "executionSuccessful": complete,
                "toolExecutionNotifications": [
                    {"level": "note", "message": {"text": n}} for n in notifications
                ],
            }
        ],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": VERSION, "runs": [run]}


def _result(f: Finding, rule_index: int, cwd: Path) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL.get(f.severity, "warning"),
        "message": {"text": f"{f.message}. {f.fix}"},
        "properties": {"severity": f.severity},
    }
    if f.category:
        result["properties"]["category"] = f.category
    if f.path:
        uri, base = _uri(f.path, cwd)
        location: dict[str, Any] = {"uri": uri}
        if base:
            location["uriBaseId"] = base
        physical: dict[str, Any] = {"artifactLocation": location}
        if f.line:
            region: dict[str, Any] = {"startLine": f.line}
            if f.column:
                region["startColumn"] = f.column
            if f.end_column:
                region["endColumn"] = f.end_column
            physical["region"] = region
        result["locations"] = [{"physicalLocation": physical}]
    return result
