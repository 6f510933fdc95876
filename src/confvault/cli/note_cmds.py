"""`confvault note ...` and `confvault search`, plus short aliases (add, ls, show)."""

import contextlib
import datetime as dt
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from confvault.cli.common import (
    confirm,
    notice,
    print_json,
    safe,
    say,
    state,
    unlock,
    warn_damaged,
)
from confvault.errors import (
    ChangedMeanwhileError,
    ConfvaultError,
    InvalidInputError,
    NotFoundError,
)

if TYPE_CHECKING:
    from confvault.records import Note
    from confvault.vault import Vault

app = typer.Typer(no_args_is_help=True)

Alias = Annotated[str, typer.Argument(metavar="ALIAS", help="The client's alias.")]
NoteId = Annotated[
    str, typer.Argument(metavar="ID", help="A note id, or any unique beginning of it.")
]
Message = Annotated[
    str | None,
    typer.Option("--message", "-m", metavar="TEXT", help="The note text (else stdin or $EDITOR)."),
]
Tags = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", metavar="TAG", help="A tag, e.g. housing. Repeat for more."),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date", "-d", metavar="DATE", help="Session date: YYYY-MM-DD, today, yesterday."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")]
Yes = Annotated[bool, typer.Option("--yes", "-y", metavar="", help="Do not ask for confirmation.")]


def _text_from(message: str | None, initial: str = "") -> str:
    """Note text from -m, else from stdin when piped, else from the editor."""
    from confvault.records import MAX_NOTE_BYTES, note_too_large

    if message is not None:
        notice("Note: text given with -m stays in your shell history; $EDITOR or a pipe does not.")
        return message
    if not sys.stdin.isatty():
        data = sys.stdin.buffer.read(MAX_NOTE_BYTES + 1)
        if len(data) > MAX_NOTE_BYTES:
            # Checked before decoding: the read may have cut a character in two.
            raise note_too_large(f"over {MAX_NOTE_BYTES // 1024} KiB")
        if b"\0" in data:
            raise InvalidInputError(
                "the input looks binary (it holds NUL bytes); nothing was saved"
            )
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInputError(
                "the input is not UTF-8 text; nothing was saved",
                hint="Convert it first, e.g. iconv -t UTF-8 FILE | confvault note add ALIAS",
            ) from None
    from confvault.cli.editor import edit_text
    from confvault.records import check_note_text

    return edit_text(initial, check_note_text)


def add(
    ctx: typer.Context,
    alias: Alias,
    message: Message = None,
    tag: Tags = None,
    date: DateOpt = None,
) -> None:
    """Write a session note for a client."""
    from confvault.cli import render
    from confvault.records import (
        check_alias,
        check_note_text,
        check_session_date,
        check_tags,
        parse_date,
    )

    check_alias(alias)
    tags = check_tags(tag or [])
    day = check_session_date(parse_date(date)) if date else dt.date.today()
    vault = unlock(state(ctx))
    client = vault.client(alias)
    vault.check_writable()  # (before the editor: what is typed there must be savable)
    text = check_note_text(_text_from(message))
    try:
        note = vault.add_note(client, text, day, tags)
    except ConfvaultError:
        _show_typed(message, text)
        raise
    say(f"Saved note {note.id[: render.SHORT_ID]} for {client.alias} ({day.isoformat()}).")


def _show_typed(message: str | None, text: str) -> None:
    """A note typed in the editor that could not be saved exists nowhere else: show it
    once on the terminal (only there), so that it can be copied and is not lost."""
    if message is None and sys.stdin.isatty() and sys.stdout.isatty():
        notice("The note could not be saved. What you typed:")
        typer.echo(safe(text))


def list_(
    ctx: typer.Context,
    alias: Annotated[
        str | None, typer.Argument(metavar="[ALIAS]", help="Only this client's notes.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help="From this date on.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar="DATE", help="Up to this date.")
    ] = None,
    tag: Tags = None,
    as_json: JsonOption = False,
) -> None:
    """List notes, oldest first."""
    from confvault.cli import render
    from confvault.records import check_range, check_tags, parse_date

    lo = parse_date(since) if since else None
    hi = parse_date(until) if until else None
    check_range(lo, hi)
    tags = check_tags(tag or [])
    vault = unlock(state(ctx))
    client = vault.client(alias) if alias else None
    notes = vault.notes(client, lo, hi, tags)
    if as_json:
        print_json([render.note_row(vault, n) for n in notes])
    else:
        render.note_table(vault, notes)
    warn_damaged(vault)


def show(ctx: typer.Context, note_id: NoteId, as_json: JsonOption = False) -> None:
    """Show one note in full."""
    from confvault.cli import render

    vault = unlock(state(ctx))
    note = vault.note(note_id)
    if as_json:
        print_json({**render.note_row(vault, note), "text": note.text})
    else:
        render.show_note(vault, note)


def edit(
    ctx: typer.Context,
    note_id: NoteId,
    message: Message = None,
    tag: Tags = None,
    date: DateOpt = None,
) -> None:
    """Edit a note's text (in $EDITOR, or -m), tags (--tag replaces them) or date."""
    from confvault.cli import render
    from confvault.records import check_note_text, check_session_date, check_tags, parse_date

    tags = check_tags(tag) if tag is not None else None
    day = check_session_date(parse_date(date)) if date else None
    vault = unlock(state(ctx))
    note = vault.note(note_id)
    vault.check_writable()
    text = note.text
    if message is not None or (tags is None and day is None):
        text = check_note_text(_text_from(message, note.text))
    if text == note.text and tags in (None, note.tags) and day in (None, note.date):
        say("No changes; nothing was saved.")
        return
    updated = note.bumped(
        text=text,
        tags=note.tags if tags is None else tags,
        date=note.date if day is None else day,
    )
    try:
        vault.update_note(updated)
    except ChangedMeanwhileError as exc:
        # the other command's version stays; this one is kept beside it, not lost
        short = _keep_as_new_note(vault, note, updated)
        notice(
            f"{exc.message[:1].upper()}{exc.message[1:]}: nothing was overwritten. Your "
            f"version was saved as a new note, {short} (see it with 'confvault note show "
            f"{short}')."
        )
        return
    except ConfvaultError:  # (a full disk, a folder gone read-only)
        if text != note.text:
            _show_typed(message, text)
        raise
    say(f"Updated note {note.id[: render.SHORT_ID]}.")


def _keep_as_new_note(vault: "Vault", note: "Note", updated: "Note") -> str:
    """Save an edit another command overtook as a new note of the same client, and
    return its short id. If the client is gone too, nothing can be saved: the text is
    shown once on the terminal (only there) so that it is not lost."""
    from confvault.cli import render

    client = vault.client_by_id(note.client_id)
    if client is not None:
        with contextlib.suppress(NotFoundError):  # (removed since it was looked up)
            copy = vault.add_note(client, updated.text, updated.date, updated.tags)
            return copy.id[: render.SHORT_ID]
    if sys.stdout.isatty():
        notice("The note and its client were removed meanwhile. What you typed:")
        typer.echo(safe(updated.text))
    raise InvalidInputError("the note and its client were removed meanwhile; nothing was saved")


def remove(ctx: typer.Context, note_id: NoteId, yes: Yes = False) -> None:
    """Remove a note (asks first)."""
    from confvault.cli import render

    vault = unlock(state(ctx))
    note = vault.note(note_id)
    confirm(
        f"Remove note {note.id[: render.SHORT_ID]} from {note.date}? This cannot be undone.", yes
    )
    vault.remove_note(note)
    say(f"Removed note {note.id[: render.SHORT_ID]}.")


def search(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="Words to look for (case does not matter).")
    ],
    client: Annotated[
        str | None, typer.Option("--client", "-c", metavar="ALIAS", help="Only this client.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Search all notes (decrypted in memory only); hits are highlighted."""
    from confvault.cli import render

    vault = unlock(state(ctx))
    who = vault.client(client) if client else None
    hits = vault.search(text, who)
    if as_json:
        print_json(
            [
                {**render.note_row(vault, n), "matches": [[a, b] for a, b in spans]}
                for n, spans in hits
            ]
        )
    else:
        render.search_results(vault, hits)
    warn_damaged(vault)


for _name, _fn in (
    ("add", add),
    ("list", list_),
    ("show", show),
    ("edit", edit),
    ("remove", remove),
):
    app.command(_name)(_fn)


def register_shortcuts(root: typer.Typer) -> None:
    root.command("search")(search)
    root.command("add", help="Shortcut for 'note add'.")(add)
    root.command("ls", help="Shortcut for 'note list'.")(list_)
    root.command("show", help="Shortcut for 'note show'.")(show)
