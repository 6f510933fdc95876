"""Plain coercion for confvault's command-line parameters, without pydantic.

Typer 0.29 coerces every parameter of the command it runs through a pydantic
TypeAdapter: it imports pydantic and builds a schema per parameter, about 50 ms
of every command (a third of `confvault add` on a small vault) for values that
click has already parsed. confvault's parameters are strings, flags, paths and
lists of strings. For exactly those annotations, with no custom parser, this
coerces the way Typer's adapters do (paths through Typer's own path checks);
any other annotation, or an unexpected value, goes to Typer's own coercion.
If Typer's internals are not what this expects, `install()` changes nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any


def install() -> None:
    """Route plain parameters around pydantic; a no-op if Typer has changed."""
    with contextlib.suppress(ImportError, AttributeError, TypeError):
        _install()


def _install() -> None:
    from dataclasses import dataclass

    from typer import core
    from typer._coercion import RuntimeParam, build_runtime_param, resolve_type_descriptor
    from typer._param_types import coerce_cli_path

    @dataclass(frozen=True)
    class Plain(RuntimeParam):
        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            kind = self.annotation
            if not _utf8(value):  # bytes that are not UTF-8: Typer's own checks refuse them
                kind = None
            if kind is str and isinstance(value, str):
                return value
            if kind is bool and isinstance(value, bool):
                return value
            if kind is Path and isinstance(value, str | Path):
                path = value if isinstance(value, Path) else Path(value)
                info = self.parameter_info
                return coerce_cli_path(path, info, path_type=Path, param=param, ctx=ctx)
            if kind == list[str] and all(isinstance(v, str) for v in value):
                return list(value)
            descriptor = resolve_type_descriptor(self.annotation, self.parameter_info)
            typer_way = build_runtime_param(descriptor)
            return typer_way._coerce_value(value, param=param, ctx=ctx)

    original = core._TyperParameter.get_runtime_param
    if getattr(original, "_confvault_plain", False):
        return

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None and is_plain(self.type_descriptor):
            descriptor = self.type_descriptor
            self._runtime_param = Plain(descriptor.parameter_info, descriptor.annotation)
        return original(self)

    get_runtime_param._confvault_plain = True  # type: ignore[attr-defined]
    core._TyperParameter.get_runtime_param = get_runtime_param  # type: ignore[method-assign]


def _utf8(value: Any) -> bool:
    """False when a value holds lone surrogates (command-line bytes that are not UTF-8)."""
    items = value if isinstance(value, list | tuple) else [value]
    try:
        for item in items:
            if isinstance(item, str):
                item.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_plain(descriptor: Any) -> bool:
    """True for str, bool, Path and list[str] parameters with no custom parsing."""
    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None:
        return False
    if getattr(info, "click_type", None) is not None:
        return False
    kind = descriptor.annotation
    if kind is Path:
        return info.path_type in (None, Path)
    return kind is str or kind is bool or kind == list[str]
