"""`confvault client ...`: register clients under pseudonyms."""

from typing import Annotated

import typer

from confvault.cli.common import confirm, print_json, say, state, unlock, warn_damaged
from confvault.errors import InvalidInputError

app = typer.Typer(no_args_is_help=True)

Alias = Annotated[str, typer.Argument(metavar="ALIAS", help="The client's alias (pseudonym).")]
JsonOption = Annotated[bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", metavar="", help="Do not ask for confirmation.")]


@app.command("add")
def add(
    ctx: typer.Context,
    alias: Alias,
    name: Annotated[
        str | None,
        typer.Option("--name", metavar="NAME", help="Full name: removed from every export."),
    ] = None,
    identifier: Annotated[
        list[str] | None,
        typer.Option(
            "--identifier",
            "-i",
            metavar="TEXT",
            help="Something else that identifies them (nickname, relative, school, workplace, "
            "town...). Repeat for more.",
        ),
    ] = None,
) -> None:
    """Register a client. The alias is what you type and what exports show."""
    from confvault.records import check_new_alias

    alias = check_new_alias(alias)
    vault = unlock(state(ctx))
    client = vault.add_client(alias, name=name, identifiers=identifier or [])
    count = len(client.terms())
    say(f"Added client {client.alias} ({count} identifier(s) to keep out of exports).")
    if not count:
        say("Tip: add their name with 'confvault client edit ALIAS --name \"FULL NAME\"'.")


@app.command("list")
def list_(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """List clients by alias, with note counts."""
    from confvault.cli import render

    vault = unlock(state(ctx))
    if as_json:
        print_json(render.client_rows(vault))
    else:
        render.client_table(vault)
    warn_damaged(vault)


@app.command("show")
def show(ctx: typer.Context, alias: Alias, as_json: JsonOption = False) -> None:
    """Show a client's name, identifiers and sessions."""
    from confvault.cli import render

    vault = unlock(state(ctx))
    client = vault.client(alias)
    notes = vault.notes(client)
    if as_json:
        print_json(
            {
                "id": client.id,
                "alias": client.alias,
                "name": client.name,
                "identifiers": list(client.identifiers),
                "notes": len(notes),
                "created": client.created,
            }
        )
    else:
        render.show_client(client, notes)


@app.command("edit")
def edit(
    ctx: typer.Context,
    alias: Alias,
    rename: Annotated[
        str | None, typer.Option("--rename", metavar="ALIAS", help="A new alias.")
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", metavar="NAME", help="Set the full name.")
    ] = None,
    add_identifier: Annotated[
        list[str] | None,
        typer.Option("--add-identifier", "-i", metavar="TEXT", help="Add an identifier."),
    ] = None,
    remove_identifier: Annotated[
        list[str] | None,
        typer.Option("--remove-identifier", metavar="TEXT", help="Remove an identifier."),
    ] = None,
) -> None:
    """Rename a client, or change their name and identifiers."""
    from confvault.records import check_identifier, check_new_alias

    if rename is None and name is None and not add_identifier and not remove_identifier:
        raise InvalidInputError(
            "say what to change",
            hint="Use --rename, --name, --add-identifier or --remove-identifier.",
        )
    vault = unlock(state(ctx))
    client = vault.client(alias, oldest_if_shared=rename is not None)
    idents = list(client.identifiers)
    for text in remove_identifier or []:
        wanted = check_identifier(text).casefold()
        kept = [i for i in idents if i.casefold() != wanted]
        if len(kept) == len(idents):
            raise InvalidInputError("that client has no such identifier; nothing was changed")
        idents = kept
    for text in add_identifier or []:
        idents.append(check_identifier(text))
    updated = client.bumped(
        alias=check_new_alias(rename) if rename else client.alias,
        name=check_identifier(name, "a name") if name is not None else client.name,
        identifiers=tuple(dict.fromkeys(idents)),
    )
    vault.update_client(updated)
    say(f"Updated client {updated.alias}.")


@app.command("remove")
def remove(ctx: typer.Context, alias: Alias, yes: Yes = False) -> None:
    """Remove a client and all of their notes (asks first)."""
    vault = unlock(state(ctx))
    client = vault.client(alias)
    count = len(vault.notes(client))
    confirm(f"Remove {client.alias} and their {count} note(s)? This cannot be undone.", yes)
    removed = vault.remove_client(client)
    say(f"Removed {client.alias} and {removed} note(s).")
