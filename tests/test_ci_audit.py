"""The dependency audit's decisions (.ci/audit_deps.py), without the network."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).parents[1] / ".ci" / "audit_deps.py"


@pytest.fixture(scope="module")
def audit_mod() -> Any:
    spec = importlib.util.spec_from_file_location("audit_deps", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pypi(version: str, vulns: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"info": {"version": version}, "vulnerabilities": vulns or []}


def test_clean_dependencies_at_latest_pass(audit_mod: Any) -> None:
    lines, ok = audit_mod.audit(
        {"a": "1.0", "b": "2.0"}, lambda n: pypi({"a": "1.0", "b": "2.0"}[n])
    )
    assert ok and "2 at their latest release checked" in lines[0]


def test_a_vulnerability_fails_but_a_withdrawn_one_does_not(audit_mod: Any) -> None:
    _, ok = audit_mod.audit({"a": "1.0"}, lambda n: pypi("1.0", [{"id": "X", "fixed_in": ["1.1"]}]))
    assert not ok
    _, ok = audit_mod.audit({"a": "1.0"}, lambda n: pypi("1.0", [{"id": "X", "withdrawn": "2024"}]))
    assert ok


def test_a_dependency_that_cannot_be_audited_fails_unless_allowed(
    audit_mod: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines, ok = audit_mod.audit({"a": "1.0"}, lambda n: pypi("1.1"))
    assert not ok and any("NOT AUDITED" in line for line in lines)
    monkeypatch.setitem(audit_mod.BEHIND_ALLOWED, "a", "pinned below 1.1 in pyproject.toml")
    lines, ok = audit_mod.audit({"a": "1.0"}, lambda n: pypi("1.1"))
    assert ok and any("allowed: pinned" in line for line in lines)


def test_unreachable_pypi_fails(audit_mod: Any) -> None:
    def down(name: str) -> dict[str, Any]:
        raise OSError("network unreachable")

    lines, ok = audit_mod.audit({"a": "1.0"}, down)
    assert not ok and "NOT complete" in lines[0]
