"""Tables and views. Everything from the vault passes through `safe()` first."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from confvault.cli.common import console, safe

if TYPE_CHECKING:
    from confvault.records import Client, Note
    from confvault.vault import Vault

SHORT_ID = 8
PREVIEW = 48


def alias_of(vault: Vault, note: Note) -> str:
    client = vault.client_by_id(note.client_id)
    if client is not None:
        return client.alias
    return "(unreadable client)" if vault.is_damaged(note.client_id) else "(removed client)"


def preview(text: str, width: int = PREVIEW) -> str:
    # Whitespace is collapsed in the beginning only; the whole text when that is short.
    head = text[: width * 4]
    line = " ".join(head.split())
    if len(line) <= width and len(head) < len(text):
        line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def client_rows(vault: Vault) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    last: dict[str, str] = {}
    for n in vault.notes():  # one pass over the notes, in date order
        counts[n.client_id] = counts.get(n.client_id, 0) + 1
        last[n.client_id] = n.date.isoformat()
    return [
        {
            "id": c.id,
            "alias": c.alias,
            "notes": counts.get(c.id, 0),
            "last_session": last.get(c.id),
            "identifiers": len(c.terms()),
        }
        for c in vault.clients()
    ]


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
    if not notes:
        console().print("No notes match.")
        return
    rows: list[tuple[str, ...]] = [
        (
            n.id[:SHORT_ID],
            n.date.isoformat(),
            safe(alias_of(vault, n)),
            safe(", ".join(n.tags)),
            safe(preview(n.text)),
        )
        for n in notes
    ]
    columns(("id", "date", "client", "tags", "beginning"), rows)
    console().print(f"{len(notes)} note(s)", style="dim")


def columns(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """Print a table laid out like rich's Table(box=None), in time linear in its size.

    rich measures and renders every cell as a renderable (about 0.5 ms a row), so
    a listing of 10,000 notes took 5 s. Cells must already be safe(). On a
    terminal, the last column is cut with an ellipsis to fit the width.
    """
    import shutil

    from rich.cells import cell_len

    def width(text: str) -> int:
        return len(text) if text.isascii() else cell_len(text)

    sizes = [[width(c) for c in row] for row in rows]
    widths = [max([width(h)] + [s[i] for s in sizes]) for i, h in enumerate(head)]
    if sys.stdout.isatty():
        room = shutil.get_terminal_size().columns - sum(widths[:-1]) - 2 * len(widths)
        if 8 <= room < widths[-1]:
            widths[-1] = room
            rows = [(*r[:-1], _cut(r[-1], room)) for r in rows]
            sizes = [[*s[:-1], width(r[-1])] for s, r in zip(sizes, rows, strict=True)]

    def line(cells: tuple[str, ...], cell_sizes: list[int]) -> str:
        padded = [c + " " * (w - n) for c, w, n in zip(cells, widths, cell_sizes, strict=True)]
        return (" " + "  ".join(padded)).rstrip()

    console(soft_wrap=True).print(line(head, [width(h) for h in head]), style="bold")
    sys.stdout.write("".join(line(r, s) + "\n" for r, s in zip(rows, sizes, strict=True)))
    sys.stdout.flush()


def _cut(text: str, room: int) -> str:
    from rich.cells import cell_len, set_cell_size

    return text if cell_len(text) <= room else set_cell_size(text, room - 1) + "…"


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
