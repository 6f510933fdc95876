"""The note table: laid out like rich's Table(box=None), in time linear in its size."""

from __future__ import annotations

import io
import re
import sys

import pytest

from confvault.cli import render
from confvault.cli.common import safe


def printed(
    monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, ...]], tty_width: int | None = None
) -> list[str]:
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    if tty_width is not None:
        monkeypatch.setattr(out, "isatty", lambda: True)
        monkeypatch.setenv("COLUMNS", str(tty_width))
    render.columns(("id", "client", "beginning"), rows)
    return re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue()).splitlines()  # the bold header


def test_columns_line_up_like_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = printed(monkeypatch, [("ab12", "River", "slept badly"), ("cd34", "Wren-07", "ok")])
    assert lines == [
        " id    client   beginning",
        " ab12  River    slept badly",
        " cd34  Wren-07  ok",
    ]


def test_wide_characters_count_as_two_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = printed(monkeypatch, [("ab12", "河流", "x"), ("cd34", "Wren", "y")])
    assert lines[1] == " ab12  河流    x"
    assert lines[2] == " cd34  Wren    y"


def test_on_a_terminal_the_last_column_is_cut_to_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "a long beginning of a note that does not fit"
    lines = printed(monkeypatch, [("ab12", "River", text)], tty_width=30)
    assert all(len(line) <= 30 for line in lines)
    assert lines[1].endswith("…")
    piped = printed(monkeypatch, [("ab12", "River", text)])
    assert piped[1].endswith(text)  # a pipe gets whole lines


def test_preview_collapses_whitespace_and_cuts() -> None:
    assert render.preview("  two\n\nlines  ") == "two lines"
    long = "word " * 100
    assert render.preview(long) == ("word " * 10)[:47] + "…"
    spaced = " " * 500 + "late start"
    assert render.preview(spaced) == "late start"


def test_safe_keeps_printable_text_and_escapes_the_rest() -> None:
    assert safe("plain text, café 河流") == "plain text, café 河流"
    assert safe("a\x1b[2Jb\u202ec") == "a\\x1b[2Jb\\u202ec"
    assert safe("line\nnext\ttab") == "line\nnext\ttab"
