"""Supervision exports: redacted summaries, rendered as Markdown, text or JSON.

Every note passes through confvault.redact with its own client's identifiers
and every other client's (their aliases included); one RedactionSession
numbers people across the whole export. The finished document is scanned a
second time; whatever the engine still finds in text that came from the vault
is returned as a Leftover so the caller can stop. There is no unredacted mode.
Never prints; writes only to the path it is given. The request and result types are
in model.py, the rendering in rendering.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from confvault import parallel, storage
from confvault.errors import InvalidInputError, StorageError
from confvault.export.model import (
    DATE_STYLES,
    FORMATS,
    ClientOut,
    Export,
    Leftover,
    NoteOut,
    Request,
)
from confvault.export.rendering import date_label, render
from confvault.records import Client, alias_overlap, check_tags
from confvault.vault import Vault

DEFAULT_DAYS = 30


def check_request(req: Request) -> Request:
    if req.fmt not in FORMATS:
        raise InvalidInputError(f"the format must be one of: {', '.join(FORMATS)}")
    if req.dates not in DATE_STYLES:
        raise InvalidInputError(f"--dates must be one of: {', '.join(DATE_STYLES)}")
    if req.since and req.until and req.since > req.until:
        raise InvalidInputError("--since is after --until; nothing would be exported")
    return Request(
        req.aliases, req.since, req.until, check_tags(list(req.tags)), req.fmt, req.dates
    )


def build(
    vault: Vault,
    req: Request,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Export:
    """Select, redact and render; then run the second pass. Writes nothing."""
    from confvault.redact import KnownClient, RedactionSession, Span, warm_up

    req = check_request(req)
    today = today or dt.date.today()
    until = req.until or today
    since = req.since or (until - dt.timedelta(days=DEFAULT_DAYS))
    everyone = vault.clients()
    chosen = [vault.client(a) for a in req.aliases] if req.aliases else everyone
    chosen = list({c.id: c for c in chosen}.values())
    plan = [(c, vault.notes(c, since, until, req.tags)) for c in chosen]
    if not req.aliases:
        plan = [(c, notes) for c, notes in plan if notes]
    _refuse_telling_aliases([c for c, _ in plan])
    total = sum(len(n) for _, n in plan)
    knowns = [tuple(known_for(client, everyone, KnownClient)) for client, _ in plan]
    # The detection of the last part of the notes runs ahead on a second core, with the
    # settle round's check (engine.settles_once: what the note, redacted once, still
    # holds), while this process redacts the first part; the people are numbered here,
    # in order. A note whose check found anything is settled here again as usual.
    jobs = [(k, note.text) for k, (_, notes) in enumerate(plan) for note in notes]
    start = int(len(jobs) * AHEAD_SHARE)
    ahead = None
    found: list[Any] = []
    session = RedactionSession()
    removed: Counter[str] = Counter()
    out: list[ClientOut] = []
    done = 0
    try:
        if len(jobs) >= parallel.MIN_ITEMS and parallel.can_fork():
            warm_up()  # the word lists, loaded once before the fork, are shared with it
            ahead = parallel.Ahead(
                jobs[start:], lambda part: [_ahead(text, knowns[k]) for k, text in part]
            )
        for (client, notes), known in zip(plan, knowns, strict=True):
            section = ClientOut(client.alias)
            for number, note in enumerate(notes, start=1):
                spans, settled = None, False
                if ahead is not None and done >= start:
                    if done == start:
                        found = ahead.result()
                        if len(found) != len(jobs) - start:  # (never: a child gone wrong)
                            found = ahead.work_here()
                    rows, settled = found[done - start]
                    spans = [Span(*row) for row in rows]
                result = session.redact(note.text, known, spans, settled)
                removed.update(result.counts)
                label = date_label(note.date, req.dates, number, since)
                section.notes.append(
                    NoteOut(note.id, number, label, note.tags, result.text.strip())
                )
                done += 1
                if progress:
                    progress(done, total)
            out.append(section)
    except BaseException:
        if ahead is not None:
            ahead.cancel()
        raise
    export = Export(req, since, until, today, out, removed)
    export.document, regions = render(export)
    every_alias = [KnownClient(c.alias, c.terms()) for c in everyone]
    export.leftovers = second_pass(export.document, regions, every_alias)
    return export


# the share of an export's notes this process redacts while the helper detects the rest
# ahead (measured: see docs/PERFORMANCE.md, session 13)
AHEAD_SHARE = 0.5


def _ahead(text: str, known: tuple[Any, ...]) -> tuple[list[tuple[Any, ...]], bool]:
    """The helper's work for one note: its spans, and whether they settle it at once."""
    from confvault.redact import detect, settles_once

    spans = detect(text, known)
    return [dataclasses.astuple(sp) for sp in spans], settles_once(text, known, spans)


def _refuse_telling_aliases(clients: list[Client]) -> None:
    """An alias is written into the export as it is: one that gives away the client's
    name or an identifier (set before confvault refused such aliases) stops it. The
    message names no alias: such an alias may be the name itself."""
    telling = sum(1 for c in clients if alias_overlap(c.alias, c.terms()))
    if telling:
        raise InvalidInputError(
            f"{telling} client(s) in this export have an alias that shares a word with "
            "their name or an identifier, and exports show aliases as they are; nothing "
            "was written",
            hint="Give each a pseudonym first (confvault client edit ALIAS --rename NEW); "
            "'confvault client list' shows the aliases.",
        )


def known_for(client: Client, everyone: list[Client], make: Any) -> list[Any]:
    """This client's name and nicknames become their alias, their other identifiers the
    placeholder for what they are; every other client's name, nicknames and alias become
    the engine's unnamed-client placeholder ([CLIENT])."""
    known = [make(client.alias, client.own_names(), others=client.other_identifiers())]
    for other in everyone:
        if other.id != client.id:
            known.append(
                make(None, (*other.own_names(), other.alias), others=other.other_identifiers())
            )
    return known


def second_pass(
    document: str, regions: list[tuple[int, int, str]], known: list[Any]
) -> list[Leftover]:
    """Scan the finished document; report findings inside text that came from the vault.

    The document is scanned in windows, one per source (a note, a client's
    heading, their tags): from the first to the last region of that source, so a
    note is scanned whole, with its line prefixes. One scan of the whole document
    took time quadratic in its length (the engine cuts every span against every
    protected region): 8 s for 300 notes.
    """
    from confvault.redact import detect

    windows: dict[str, list[tuple[int, int]]] = {}
    for start, end, where in regions:
        windows.setdefault(where, []).append((start, end))

    def scan(part: list[tuple[str, list[tuple[int, int]]]]) -> list[list[str]]:
        out = []
        for where, spans in part:
            lo, hi = spans[0][0], max(end for _, end in spans)
            for span in detect(document[lo:hi], known):
                a, b = lo + span.start, lo + span.end
                if any(a < end and b > start for start, end in spans):
                    out.append([where, span.category])
        return out

    # the windows are independent: half of them are scanned on a second core
    found = parallel.split_work(list(windows.items()), scan)
    return [Leftover(where, category) for where, category in found]


# ---- writing --------------------------------------------------------------------------------


def file_digest(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


# A temp file this old in an export's folder was left by a confvault write (an export,
# most likely) killed while writing: a live write finishes in well under a second.
UNFINISHED_AFTER_SECONDS = storage.STALE_AFTER


def write(document: str, path: Path, force: bool = False) -> int:
    """Write the document (mode 0600); refuse to replace a file unless force.

    Returns how many unfinished files (temp files an interrupted confvault write left
    in that folder, over ten minutes old) were removed once it was written."""
    if path.is_dir():  # (before "already exists", whose hint --force cannot help)
        raise InvalidInputError(f"{path} is a folder", hint="Give a file name with -o FILE.")
    if path.exists() and not force:
        raise InvalidInputError(
            f"{path} already exists; nothing was written",
            hint="Choose another name with -o FILE, or add --force to replace it.",
        )
    if not path.parent.is_dir():
        raise StorageError(
            f"the folder {path.parent} does not exist; nothing was written",
            hint="Create the folder first, or choose another place with -o FILE.",
        )
    if not os.access(path.parent, os.W_OK):  # (the storage error would blame the vault)
        raise StorageError(
            f"the folder {path.parent} is not writable; nothing was written",
            hint="Choose another place with -o FILE.",
        )
    storage.write_atomic(path, document.encode("utf-8"), exclusive=not force)
    return storage.remove_old_temp_files(path.parent, UNFINISHED_AFTER_SECONDS)


def default_path(folder: Path, fmt: str, today: dt.date) -> Path:
    """A new file name in folder holding the date and no client detail."""
    stem = f"supervision-{today.isoformat()}"
    candidate = folder / f"{stem}.{fmt}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.{fmt}"
        n += 1
    return candidate


__all__ = [
    "DATE_STYLES",
    "FORMATS",
    "ClientOut",
    "Export",
    "Leftover",
    "NoteOut",
    "Request",
    "build",
    "default_path",
    "file_digest",
    "write",
]
