"""The command line: the only package that imports typer, rich or getpass.

`main()` is the single exit point: errors become `confvault: error: ...` plus
`confvault: hint: ...` on stderr; exit 0 ok, 1 error, 2 usage, 130 interrupted;
tracebacks only with --debug.
"""

from __future__ import annotations

import sys

import typer

# Typer 0.29 vendors Click as typer._click; pyproject pins typer to that line.
from typer._click import exceptions as click_exc

from confvault.cli import params
from confvault.cli.app import app
from confvault.errors import ConfvaultError

params.install()  # no pydantic for plain parameters (see params.py)

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args[: _first_command_index(args)]
    _printable_streams()
    sys.exit(run(args, debug))


def _printable_streams() -> None:
    """On a terminal or pipe that cannot show every character (PYTHONIOENCODING=ascii,
    a C locale without UTF-8), a character it lacks is shown as '?' instead of
    stopping the command halfway through its output."""
    from confvault.cli.common import takes_utf8

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not takes_utf8(stream):
            reconfigure(errors="replace")


def _first_command_index(args: list[str]) -> int:
    takes_value = {"--vault", "--passphrase-file"}
    i = 0
    while i < len(args):
        if args[i] in takes_value:
            i += 2
        elif args[i].startswith("-"):
            i += 1
        else:
            return i
    return len(args)


def run(args: list[str], debug: bool = False) -> int:
    from confvault.cli.common import fail

    command = typer.main.get_command(app)
    try:
        code = command.main(args=args, prog_name="confvault", standalone_mode=False)
    except ConfvaultError as exc:
        if debug:
            _traceback()
        fail(exc)
        return 1
    except click_exc.NoArgsIsHelpError:
        return 0  # a bare group: Typer has printed its help already
    except click_exc.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "confvault"
        message = _without_values(exc.format_message(), args)
        typer.echo(f"confvault: error: {_safe(message)}", err=True)
        typer.echo(f"confvault: hint: see '{where} --help'", err=True)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt, EOFError):
        typer.echo("\nconfvault: stopped.", err=True)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:
        if debug:
            _traceback()
        typer.echo(f"confvault: error: an unexpected problem ({type(exc).__name__})", err=True)
        typer.echo(
            "confvault: hint: nothing was shown; run again with --debug before the command "
            "for details, and report it",
            err=True,
        )
        return 1
    if code == 130:  # (Typer turns Ctrl-C at a prompt into this, without a word)
        typer.echo("\nconfvault: stopped.", err=True)
    return code if isinstance(code, int) else 0


def _without_values(message: str, args: list[str]) -> str:
    """Usage errors quote what was typed ("No such command 'X'", "unexpected extra
    argument (X)"). A forgotten -m or --name makes X a note or a client's name, so
    every typed value except option names is replaced by '…' before printing."""
    import re

    for value in sorted({a for a in args if a and not a.startswith("-")}, key=len, reverse=True):
        message = re.sub(r"(?<=['\"(\s])" + re.escape(value) + r"(?=['\")\s])", "…", message)
    return message


def _safe(text: str) -> str:
    from confvault.cli.common import safe

    return safe(text)


def _traceback() -> None:
    """Where it went wrong (frames and exception types), without what it was working on.

    confvault's own messages are safe by construction and are shown; any other
    exception's message may quote data (a date string, a decoded note...) and a
    --debug run is what gets pasted into a bug report, so it is withheld.
    """
    import traceback

    exc = sys.exc_info()[1]
    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    for link in reversed(chain):
        sys.stderr.write("Traceback (most recent call last):\n")
        sys.stderr.write("".join(traceback.format_tb(link.__traceback__)))
        shown = link.message if isinstance(link, ConfvaultError) else "(message withheld)"
        sys.stderr.write(f"{type(link).__module__}.{type(link).__qualname__}: {shown}\n")
