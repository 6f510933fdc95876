"""The Typer application: global options and the command tree."""

from pathlib import Path
from typing import Annotated

import typer

from confvault import __version__
from confvault.cli import (
    check_cmds,
    client_cmds,
    export_cmds,
    note_cmds,
    redact_cmds,
    vault_cmds,
)
from confvault.cli.common import State

app = typer.Typer(
    name="confvault",
    help="Sealed session notes for peer supporters, and redacted summaries for supervision.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"confvault {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    ctx: typer.Context,
    vault: Annotated[
        Path | None,
        typer.Option(
            "--vault",
            metavar="DIR",
            help="Vault folder (default: your user data folder; or set CONFVAULT_VAULT).",
        ),
    ] = None,
    passphrase_file: Annotated[
        Path | None,
        typer.Option(
            "--passphrase-file",
            metavar="FILE",
            help="Read the passphrase from FILE, for scripts (or set CONFVAULT_PASSPHRASE_FILE).",
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option("--debug", metavar="", help="Show a traceback when something goes wrong."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", metavar="", callback=_version, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    ctx.obj = State(vault_dir=vault, passphrase_file=passphrase_file, debug=debug)


vault_cmds.register(app)
app.add_typer(client_cmds.app, name="client", help="Register and manage clients (pseudonyms).")
app.add_typer(note_cmds.app, name="note", help="Write, list, read, edit and remove notes.")
note_cmds.register_shortcuts(app)
app.command("export")(export_cmds.export)
app.command("log")(export_cmds.log)
app.command("redact")(redact_cmds.redact)
app.command("check")(check_cmds.check)
