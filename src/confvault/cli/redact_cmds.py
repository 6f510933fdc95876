"""`confvault redact`: redact any text (an email draft, a referral letter)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from confvault.cli.common import notice, print_json, safe, state, unlock
from confvault.errors import InvalidInputError, UnreadClientsError

MAX_INPUT = 10 * 1024 * 1024


def read_text_input(source: str) -> str:
    """UTF-8 text from a file or '-' (stdin), with calm errors for anything else."""
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
        name = "the input"
    else:
        path = Path(source).expanduser()
        if path.is_dir():
            raise InvalidInputError(f"{path} is a folder; give a text file")
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_INPUT + 1)
        except OSError:
            raise InvalidInputError(
                f"cannot read {path}", hint="Check the path and that you may read it."
            ) from None
        name = str(path)
    if len(data) > MAX_INPUT:
        raise InvalidInputError(f"{name} is over {MAX_INPUT // (1024 * 1024)} MiB")
    if b"\0" in data:
        raise InvalidInputError(f"{name} looks binary (it holds NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(f"{name} is not UTF-8 text") from None


def known_identifiers(ctx: typer.Context, client: str | None) -> list[Any]:
    """KnownClient entries from the vault: one client's, or everyone's."""
    from confvault.redact import KnownClient
    from confvault.vault import Vault

    st = state(ctx)
    if client is None and not Vault.exists(st.vault_path):
        notice("No vault here, so no client's registered identifiers were used.")
        return []
    vault = unlock(st)
    chosen = [vault.client(client)] if client else vault.clients()
    if client is None:
        unread = vault.unread_clients()
        if unread:  # redacting without a client's names would look complete and not be
            raise UnreadClientsError(len(unread))
    return [KnownClient(c.alias, c.own_names(), others=c.other_identifiers()) for c in chosen]


def redact(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Argument(metavar="[FILE|-]", help="Text file, or - for stdin.")
    ] = "-",
    client: Annotated[
        str | None,
        typer.Option(
            "--client",
            "-c",
            metavar="ALIAS",
            help="Use this client's identifiers (default: every client's).",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", metavar="", help="Print the spans found (offsets and categories) as JSON."
        ),
    ] = False,
) -> None:
    """Redact any text with the built-in detectors and your clients' identifiers."""
    from confvault import redact as engine

    text = read_text_input(source)
    known = known_identifiers(ctx, client)
    result = engine.redact(text, known)
    if as_json:
        print_json(
            {
                "text": result.text,
                "counts": dict(result.counts),
                "spans": [
                    {"start": s.start, "end": s.end, "category": s.category, "source": s.source}
                    for s in result.spans
                ],
            }
        )
        return
    sys.stdout.write(safe(result.text) if sys.stdout.isatty() else result.text)
    if result.text and not result.text.endswith("\n"):
        sys.stdout.write("\n")
    from confvault.export.rendering import removed_summary

    notice(f"Removed: {removed_summary(result.counts)}.")
