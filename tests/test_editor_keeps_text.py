"""What is typed in the editor is not lost when it cannot be saved as it is (a new
user's review, session 16): the editor opens again on it, or it is shown once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from confvault.cli import editor
from confvault.errors import InvalidInputError
from confvault.records import MAX_NOTE_BYTES, check_note_text


def _script(tmp_path: Path, body: str) -> str:
    """An $EDITOR that runs ``body`` with the file's path as ``p`` and a call counter."""
    f = tmp_path / "ed.py"
    f.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        f"c = pathlib.Path({str(tmp_path / 'count')!r})\n"
        "n = int(c.read_text()) if c.exists() else 0\n"
        "c.write_text(str(n + 1))\n" + body
    )
    return f"{sys.executable} {f}"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """A terminal whose user answers each question from this list, in turn."""
    given: list[bool] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(editor.typer, "confirm", lambda *a, **k: given.pop(0))
    return given


def _leftovers() -> set[str]:
    return {p.name for d in editor.ram_dirs() for p in d.glob(editor.TEMP_PREFIX + "*")}


def test_a_note_too_large_opens_the_editor_again_on_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: list[bool]
) -> None:
    big = "x" * (MAX_NOTE_BYTES + 10)
    # first round writes too much; the second finds it still there and keeps its start
    monkeypatch.setenv(
        "EDITOR",
        _script(tmp_path, f"p.write_text({big!r} if n == 0 else p.read_text()[:100])\n"),
    )
    answers.append(True)
    before = _leftovers()
    assert editor.edit_text("", check_note_text) == "x" * 100
    assert _leftovers() == before


def test_declining_another_round_reports_the_problem_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: list[bool]
) -> None:
    monkeypatch.setenv("EDITOR", _script(tmp_path, f"p.write_text('y' * {MAX_NOTE_BYTES + 1})\n"))
    answers.append(False)
    before = _leftovers()
    with pytest.raises(InvalidInputError, match="at most"):
        editor.edit_text("", check_note_text)
    assert _leftovers() == before


@pytest.mark.parametrize("keep", [True, False])
def test_an_editor_error_after_writing_asks_before_discarding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: list[bool], keep: bool
) -> None:
    monkeypatch.setenv("EDITOR", _script(tmp_path, "p.write_text('typed text'); sys.exit(1)\n"))
    answers.append(keep)
    if keep:
        assert editor.edit_text("", check_note_text) == "typed text"
    else:
        with pytest.raises(InvalidInputError, match="nothing was saved"):
            editor.edit_text("", check_note_text)


def test_an_editor_error_with_nothing_typed_asks_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: list[bool]
) -> None:
    monkeypatch.setenv("EDITOR", _script(tmp_path, "sys.exit(1)\n"))  # (Vim's :cq)
    with pytest.raises(InvalidInputError, match="nothing was saved"):
        editor.edit_text("start", check_note_text)
    assert answers == []  # no question was asked


def test_an_editor_that_removes_the_file_is_a_calm_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", _script(tmp_path, "p.unlink()\n"))
    with pytest.raises(InvalidInputError, match="removed or replaced the note's file"):
        editor.edit_text("", check_note_text)


def test_a_second_hangup_does_not_cut_the_clean_up_short() -> None:
    """A closing terminal sends more than one signal: the first ends the edit, the
    later ones must not interrupt the shredding of the note's folder (review 32)."""
    import os
    import signal

    cleaned = []
    with pytest.raises(SystemExit), editor._cleanup_on_hangup():
        try:
            os.kill(os.getpid(), signal.SIGHUP)  # (its handler runs right after this call)
        finally:
            os.kill(os.getpid(), signal.SIGHUP)  # (raised a second SystemExit here before)
            cleaned.append(True)
    assert cleaned == [True]
    assert signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN  # restored afterwards
