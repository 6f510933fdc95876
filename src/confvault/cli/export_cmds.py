"""`confvault export` (redacted supervision summaries) and `confvault log` (the audit log)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from confvault.cli.common import (
    console,
    notice,
    print_json,
    safe,
    say,
    state,
    unlock,
    warn_damaged,
)
from confvault.errors import ConfvaultError, UnreadClientsError

if TYPE_CHECKING:
    from confvault.export import Export

PROGRESS_FROM = 50  # notes; smaller exports finish before a bar would help
PLACEHOLDER = r"\[(?:[A-Z]+(?:-\d+)?)\]"


class ExportStoppedError(ConfvaultError):
    """The second pass still found something; nothing was written."""


def export(
    ctx: typer.Context,
    aliases: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ALIAS]...", help="Clients to include (default: all with sessions)."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="DATE", help="From this date (default: 30 days ago)."),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Up to this date (default: today)."),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", "-t", metavar="TAG", help="Only notes with this tag."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="md|txt|json", help="Document format.")
    ] = "md",
    dates: Annotated[
        str,
        typer.Option(
            "--dates",
            metavar="month|week|relative|exact",
            help="How session dates are shown (exact dates can identify).",
        ),
    ] = "month",
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here ('-' for stdout)."),
    ] = None,
    preview: Annotated[
        bool,
        typer.Option("--preview", metavar="", help="Show the redacted result here; write nothing."),
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            metavar="",
            help="Replace an existing file, or write despite second-pass findings.",
        ),
    ] = False,
) -> None:
    """Write a redacted summary for supervision. There is no unredacted mode."""
    from confvault import audit
    from confvault import export as ex
    from confvault.export.rendering import removed_summary
    from confvault.records import parse_date

    # a word no option takes is a usage error (exit 2), found before any unlock
    for value, option, allowed in (
        (fmt, "--format", ex.FORMATS),
        (dates, "--dates", ex.DATE_STYLES),
    ):
        if value.lower() not in allowed:
            raise typer.BadParameter(f"use one of: {', '.join(allowed)}", param_hint=option)
    request = ex.check_request(
        ex.Request(
            aliases=tuple(aliases or ()),
            since=parse_date(since) if since else None,
            until=parse_date(until) if until else None,
            tags=tuple(tag or ()),
            fmt=fmt.lower(),
            dates=dates.lower(),
        )
    )
    vault = unlock(state(ctx))
    unread = vault.unread_clients()
    if unread and not (preview or force):
        # a client whose record cannot be read is a client whose names go unremoved
        raise UnreadClientsError(len(unread), "export")
    result = _build_with_progress(vault, request)
    warn_damaged(vault)
    _say_later_sessions(vault, request, result)
    if preview:
        _show_preview(result)
        return
    if result.leftovers and not force:
        first = result.leftovers[0]
        raise ExportStoppedError(
            f"the final check still found {len(result.leftovers)} possible identifier(s), the "
            f"first a {first.category.lower()} in {first.where}; nothing was written",
            hint="Read that note with 'confvault note show ID'; register what identifies someone "
            "with 'confvault client edit ALIAS --add-identifier TEXT' or reword the note, then "
            "export again. --force writes it anyway.",
        )
    target = _target(output, request.fmt, result)
    if target is None:
        # UTF-8 bytes, as a file gets them: the audit log's hash is of these (a stream
        # set to another encoding would write '?' for what it cannot take)
        sys.stdout.flush()
        sys.stdout.buffer.write(result.document.encode("utf-8"))
        sys.stdout.buffer.flush()
    else:
        cleared = ex.write(result.document, target, force=force)
        if cleared:
            notice(
                f"Removed {cleared} unfinished file(s) that an interrupted confvault write "
                f"had left in {target.parent}."
            )
    audit.append(
        vault,
        {
            "aliases": [c.alias for c in result.clients],
            "since": result.since.isoformat(),
            "until": result.until.isoformat(),
            "tags": list(request.tags),
            "format": request.fmt,
            "dates": request.dates,
            # (a file name of bytes that are not UTF-8 is logged with escapes)
            "output": "stdout"
            if target is None
            else str(target).encode("utf-8", "backslashreplace").decode("utf-8"),
            "sha256": ex.file_digest(result.document),
            "sessions": result.sessions,
            "removed": dict(result.removed),
            "forced": bool(force and result.leftovers),
        },
    )
    where = "standard output" if target is None else str(target)
    notice(
        f"Wrote {result.sessions} session(s) for {len(result.clients)} client(s) to {where}. "
        f"Removed: {removed_summary(result.removed)}. Logged in the vault's audit log."
    )
    if target is not None:
        notice(f"Read it through before sharing; 'confvault check {target}' scans it once more.")


def _say_later_sessions(vault: Any, request: Any, result: Export) -> None:
    """A note may be dated tomorrow (another time zone): the default window ends today."""
    import datetime as dt

    if request.until is not None:
        return
    later = vault.notes(since=result.until + dt.timedelta(days=1), tags=request.tags)
    if request.aliases:  # (the export found each already: the same lookup)
        ids = {vault.client(alias).id for alias in request.aliases}
        later = [n for n in later if n.client_id in ids]
    if later:
        last = max(n.date for n in later)
        notice(
            f"{len(later)} session(s) dated after today are not in this export; add "
            f"--until {last.isoformat()} to include them."
        )


def _build_with_progress(vault: Any, request: Any) -> Export:
    from confvault import export as ex

    total = len(vault.notes(since=request.since, until=request.until))
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        return ex.build(vault, request)
    from rich.progress import Progress

    # no refresh thread: the export forks a helper process (parallel.py), which a
    # process should only do with one thread
    with Progress(console=console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("Redacting notes", total=None)

        def tick(done: int, of: int) -> None:
            bar.update(task, completed=done, total=of, refresh=done % 10 == 0 or done == of)

        return ex.build(vault, request, progress=tick)


def _target(output: str | None, fmt: str, result: Export) -> Path | None:
    from confvault import export as ex
    from confvault import storage

    if output == "-":
        return None
    if output:
        return Path(output).expanduser()
    import platformdirs

    folder = Path(platformdirs.user_documents_dir()) / "confvault-exports"
    storage.make_private_dir(folder)
    return ex.default_path(folder, fmt, result.generated)


def _show_preview(result: Export) -> None:
    from rich.text import Text

    text = Text(safe(result.document))
    text.highlight_regex(PLACEHOLDER, "bold magenta")
    for c in result.clients:
        text.highlight_words([c.alias], "bold cyan")
    out = console()
    out.print(text, soft_wrap=True)  # (the terminal wraps: no hard breaks, no padding)
    out.print("Preview only: nothing was written and nothing was logged.", style="dim")
    for left in result.leftovers:
        notice(f"The final check flags a possible {left.category.lower()} in {left.where}.")


def log(
    ctx: typer.Context,
    as_json: Annotated[
        bool, typer.Option("--json", metavar="", help="Print JSON for scripts.")
    ] = False,
) -> None:
    """Show the audit log of exports (when, which clients, where, file hash)."""
    from confvault import audit

    vault = unlock(state(ctx))
    entries = audit.entries(vault)
    problems = audit.verify(vault)
    if as_json:
        print_json(
            {
                "ok": not problems,
                "entries": [{"seq": e.seq, **e.fields, "hash": e.digest} for e in entries],
                "problems": [{"subject": p.subject, "message": p.message} for p in problems],
            }
        )
    elif not entries:
        say("No exports yet.")
    else:
        from rich.table import Table

        table = Table(box=None)
        for name in ("#", "when", "period"):
            table.add_column(name, no_wrap=True)
        table.add_column("clients")
        table.add_column("file")
        table.add_column("sha256", no_wrap=True)
        for e in entries:
            f = e.fields
            output = str(f.get("output", ""))
            table.add_row(
                str(e.seq),
                safe(str(f.get("time", ""))[:16].replace("T", " ")),
                safe(f"{f.get('since', '?')}..{f.get('until', '?')}"),
                safe(", ".join(f.get("aliases", [])) or "-"),
                safe(output if output == "stdout" else Path(output).name),
                safe(str(f.get("sha256", ""))[:12]),
            )
        console().print(table)
    for p in problems:
        notice(f"audit log problem: {p.subject}: {p.message}")
    if problems:
        raise typer.Exit(1)
