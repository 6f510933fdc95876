"""Audit confvault's installed runtime dependencies for known vulnerabilities.

pip-audit needs PyPI's per-version JSON endpoint and the OSV API; neither is
reachable from this workplace's machines, only PyPI's project JSON is. That
endpoint lists the known vulnerabilities of a project's latest release, so:
every installed runtime dependency (the closure of confvault's requirements)
that is at its latest release is checked, and any vulnerability fails the
run (withdrawn advisories excepted).

A dependency behind its latest release cannot be checked this way, so it
fails the run too, like an unreachable PyPI: an audit that silently skips
what it cannot see is not an audit. If a dependency must stay behind (a pin
in pyproject.toml), list it in BEHIND_ALLOWED with the reason; it is then
reported on every run as not audited, but does not fail it.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from collections.abc import Callable
from importlib import metadata
from typing import Any

# name -> why it may stay behind its latest release (reported, not audited).
BEHIND_ALLOWED: dict[str, str] = {}


def closure(root: str) -> dict[str, str]:
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower()
        if key in seen:
            continue
        seen[key] = dist.version
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            todo.append(re.split(r"[ ;<>=!~\[(]", req, maxsplit=1)[0])
    seen.pop(root, None)
    return seen


def fetch_pypi(name: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as resp:
        data: dict[str, Any] = json.load(resp)
    return data


def audit(deps: dict[str, str], fetch: Callable[[str], dict[str, Any]]) -> tuple[list[str], bool]:
    """Report lines, and whether the audit passed."""
    lines, ok, checked = [], True, 0
    for name, version in sorted(deps.items()):
        try:
            data = fetch(name)
        except OSError as exc:
            return [f"audit: could not reach PyPI for {name} ({exc}); audit NOT complete"], False
        latest = data["info"]["version"]
        if latest != version:
            reason = BEHIND_ALLOWED.get(name)
            if reason:
                lines.append(f"audit: not audited (behind {latest}, allowed: {reason}): {name}")
            else:
                lines.append(
                    f"audit: NOT AUDITED {name} {version} (latest {latest}): upgrade it, or "
                    "list it in BEHIND_ALLOWED with the reason"
                )
                ok = False
            continue
        checked += 1
        for vuln in data.get("vulnerabilities") or []:
            if vuln.get("withdrawn"):
                continue
            lines.append(
                f"audit: VULNERABLE {name} {version}: {vuln.get('id')} "
                f"fixed in {vuln.get('fixed_in')}"
            )
            ok = False
    head = f"audit: {len(deps)} runtime dependencies, {checked} at their latest release checked"
    return [head, *lines], ok


def main() -> int:
    lines, ok = audit(closure("confvault"), fetch_pypi)
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
