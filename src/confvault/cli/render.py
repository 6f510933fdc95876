"""Tables and views. Everything from the vault passes through `safe()` first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from confvault.cli.common import console, safe

if TYPE_CHECKING:
    from confvault.records import Client, Note
    from confvault.vault import Vault

SHORT_ID = 8
PREVIEW = 48


def alias_of(vault: Vault, note: Note) -> str:
    client = vault.client_by_id(note.client_id)
    return client.alias if client else "(removed client)"


def preview(text: str, width: int = PREVIEW) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def client_rows(vault: Vault) -> list[dict[str, Any]]:
    rows = []
    for c in vault.clients():
        notes = vault.notes(c)
        rows.append(
            {
                "id": c.id,
                "alias": c.alias,
                "notes": len(notes),
                "last_session": notes[-1].date.isoformat() if notes else None,
                "identifiers": len(c.terms()),
            }
        )
    return rows


def client_table(vault: Vault) -> None:
    from rich.table import Table

    rows = client_rows(vault)
    if not rows:
        console().print("No clients yet. Add one with: confvault client add ALIAS --name NAME")
        return
    table = Table("alias", "notes", "last session", "identifiers", box=None)
    for r in rows:
        table.add_row(
            safe(r["alias"]), str(r["notes"]), r["last_session"] or "-", str(r["identifiers"])
        )
    console().print(table)


def note_row(vault: Vault, n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "client": alias_of(vault, n),
        "date": n.date.isoformat(),
        "tags": list(n.tags),
        "created": n.created,
        "updated": n.updated,
        "chars": len(n.text),
    }


def note_table(vault: Vault, notes: list[Note]) -> None:
    from rich.table import Table

    if not notes:
        console().print("No notes match.")
        return
    table = Table("id", "date", "client", "tags", "beginning", box=None)
    for n in notes:
        table.add_row(
            n.id[:SHORT_ID],
            n.date.isoformat(),
            safe(alias_of(vault, n)),
            safe(", ".join(n.tags)),
            safe(preview(n.text)),
        )
    console().print(table)
    console().print(f"{len(notes)} note(s)", style="dim")


def show_note(vault: Vault, n: Note) -> None:
    from rich.text import Text

    head = Text(
        f"{n.id[:SHORT_ID]}  {n.date.isoformat()}  {safe(alias_of(vault, n))}", style="bold"
    )
    if n.tags:
        head.append("  " + safe(" ".join("#" + t for t in n.tags)), style="cyan")
    out = console()
    out.print(head)
    out.print(Text(safe(n.text.rstrip("\n"))))


def show_client(c: Client, notes: list[Note]) -> None:
    out = console()
    out.print(f"alias        {safe(c.alias)}", markup=False)
    out.print(f"name         {safe(c.name or '-')}", markup=False)
    out.print(
        "identifiers  " + (safe("; ".join(c.identifiers)) if c.identifiers else "-"), markup=False
    )
    out.print(f"notes        {len(notes)}", markup=False)
    if notes:
        out.print(f"sessions     {notes[0].date} to {notes[-1].date}", markup=False)
    out.print(f"added        {c.created[:10]}", markup=False)


def search_results(
    vault: Vault, hits: list[tuple[Note, list[tuple[int, int]]]], context: int = 40
) -> None:
    from rich.text import Text

    out = console()
    if not hits:
        out.print("No notes contain that text.")
        return
    for note, spans in hits:
        out.print(
            Text(f"{note.id[:SHORT_ID]}  {note.date}  {safe(alias_of(vault, note))}", style="bold")
        )
        for start, end in spans[:5]:
            lo, hi = max(0, start - context), min(len(note.text), end + context)
            line = Text("  " + ("…" if lo else ""))
            line.append(safe(note.text[lo:start]).replace("\n", " "))
            line.append(safe(note.text[start:end]).replace("\n", " "), style="bold reverse")
            line.append(
                safe(note.text[end:hi]).replace("\n", " ") + ("…" if hi < len(note.text) else "")
            )
            out.print(line)
        if len(spans) > 5:
            out.print(f"  … and {len(spans) - 5} more in this note", style="dim")
    total = sum(len(s) for _, s in hits)
    out.print(f"{total} match(es) in {len(hits)} note(s)", style="dim")
