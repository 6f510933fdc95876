"""Plain parameter coercion (cli/params.py): what Typer's pydantic adapters would give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer._coercion import build_runtime_param

from confvault.cli import app, params


def all_params() -> list[tuple[Any, Any]]:
    root = typer.main.get_command(app)
    found: list[tuple[Any, Any]] = []

    def walk(cmd: Any) -> None:
        found.extend((cmd, p) for p in cmd.params)
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub)

    walk(root)
    return found


# The commands a supporter runs all day: none of them may pay for pydantic.
EVERYDAY = {
    "confvault",
    "add",
    "ls",
    "show",
    "search",
    "list",
    "edit",
    "remove",
    "verify",
    "export",
}


def test_everyday_commands_have_only_plain_parameters() -> None:
    for cmd, param in all_params():
        if cmd.name in EVERYDAY:
            assert params.is_plain(param.type_descriptor), f"{cmd.name} {param.name}"


@pytest.mark.parametrize(
    "value",
    ["River", "", "Maple Street Bakery", "2025-03-14", ("sleep", "work"), (), None, True, False],
)
def test_same_values_as_typers_own_coercion(value: object, tmp_path: Path) -> None:
    import typer._click as click

    checked = 0
    for cmd, param in all_params():
        if not params.is_plain(param.type_descriptor):
            continue  # Typer's own coercion either way
        kind = param.type_descriptor.annotation
        multi = param.multiple or param.nargs == -1
        if value is not None and (isinstance(value, bool) != (kind is bool)):
            continue
        if value is not None and isinstance(value, tuple) != multi:
            continue
        ctx = click.Context(cmd)
        ours = param.get_runtime_param().coerce(value, param=param, ctx=ctx)
        theirs = build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)
        assert ours == theirs and type(ours) is type(theirs), (cmd.name, param.name)
        checked += 1
    assert checked


def test_paths_get_typers_checks(tmp_path: Path) -> None:
    import typer._click as click

    (tmp_path / "file").write_text("x")
    for cmd, param in all_params():
        if param.type_descriptor.annotation is not Path:
            continue
        ctx = click.Context(cmd)
        for value in (str(tmp_path), str(tmp_path / "file"), str(tmp_path / "missing"), "~/x"):
            ours = param.get_runtime_param().coerce(value, param=param, ctx=ctx)
            theirs = build_runtime_param(param.type_descriptor).coerce(value, param=param, ctx=ctx)
            assert ours == theirs and isinstance(ours, Path)


def test_a_command_runs_without_importing_pydantic(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from confvault.cli import run\n"
        f"code = run(['--vault', {str(tmp_path / 'none')!r}, 'note', 'list', '--tag', 'x'])\n"
        "print(code, 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["1", "False"], out.stderr


def test_install_twice_is_harmless() -> None:
    params.install()
    params.install()
    _, param = all_params()[0]
    assert param.get_runtime_param() is not None
