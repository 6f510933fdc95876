"""Audit confvault's installed runtime dependencies for known vulnerabilities.

pip-audit needs PyPI's per-version JSON endpoint and the OSV API; neither is
reachable from this workplace's machines, only PyPI's project JSON is. That
endpoint lists the known vulnerabilities of a project's latest release, so:
every installed runtime dependency (the closure of confvault's requirements)
that is at its latest release is checked, and any vulnerability fails the
run. A dependency behind its latest release is reported as not audited.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.request
from importlib import metadata


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


def main() -> int:
    deps = closure("confvault")
    found, behind = [], []
    for name, version in sorted(deps.items()):
        url = f"https://pypi.org/pypi/{name}/json"
        try:
            with urllib.request.urlopen(url, timeout=30) as resp:
                data = json.load(resp)
        except OSError as exc:
            print(f"audit: could not reach PyPI for {name} ({exc}); audit NOT complete")
            return 1
        latest = data["info"]["version"]
        if latest != version:
            behind.append(f"{name} {version} (latest {latest})")
            continue
        for vuln in data.get("vulnerabilities") or []:
            found.append(f"{name} {version}: {vuln.get('id')} fixed in {vuln.get('fixed_in')}")
    checked = len(deps) - len(behind)
    print(f"audit: {len(deps)} runtime dependencies, {checked} at their latest release checked")
    for line in behind:
        print(f"audit: not audited (not the latest release): {line}")
    for line in found:
        print(f"audit: VULNERABLE {line}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
