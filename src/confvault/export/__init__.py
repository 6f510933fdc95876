"""Supervision exports: redacted summaries, rendered as Markdown, text or JSON.

Every note passes through confvault.redact with its own client's identifiers
and every other client's (their aliases included); one RedactionSession
numbers people across the whole export. Every text from the vault that the
export shows (notes, tags, aliases) is then read a second time; whatever the
engine still finds there is returned as a Leftover so the caller can stop.
There is no unredacted mode. Never prints; writes only to the path it is given.
The request and result types are in model.py, the rendering in rendering.py.
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
    """Select, redact and render; then run the second pass. Writes nothing.

    Each note is detected once (on Linux, the later half ahead on a second core)
    and redacted once, with one RedactionSession numbering people in order. The
    second pass then reads every text from the vault as it stands in the export.
    A note in which it finds anything is settled (redacted again until nothing
    more is found, as RedactionSession.redact does on its own) and the export is
    numbered and read again; what is still found is returned as a Leftover.
    """
    from confvault.redact import KnownClient

    req = check_request(req)
    today = today or dt.date.today()
    until = req.until or today
    since = req.since or (until - dt.timedelta(days=DEFAULT_DAYS))
    if since > until:  # (a --since after today, with --until left at today)
        raise InvalidInputError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}"
            f"{' (today)' if req.until is None else ''}; nothing would be exported",
            hint="Give a --since on or before the end of the period.",
        )
    everyone = vault.clients()
    chosen = [vault.client(a) for a in req.aliases] if req.aliases else everyone
    chosen = list({c.id: c for c in chosen}.values())
    plan = [(c, vault.notes(c, since, until, req.tags)) for c in chosen]
    if not req.aliases:
        plan = [(c, notes) for c, notes in plan if notes]
    _refuse_telling_aliases([c for c, _ in plan])
    knowns = [tuple(known_for(client, everyone, KnownClient)) for client, _ in plan]
    jobs = [(k, note.text) for k, (_, notes) in enumerate(plan) for note in notes]
    found = _first_detection(jobs, knowns, progress)
    # (a note is read with its own client's identifiers, as it was redacted; an alias or
    # a tag with every client's)
    readers = [*knowns, tuple(KnownClient(c.alias, c.terms()) for c in everyone)]
    unsettled: set[int] = set()
    seen: dict[tuple[str, str, int], list[str]] = {}  # vault text -> categories found
    while True:
        out, removed = _redact_all(plan, knowns, found, unsettled, (req.dates, since))
        texts = vault_texts(out)
        new = list(dict.fromkeys(t for t in texts if t not in seen))
        seen.update(zip(new, second_pass(new, readers), strict=True))
        flagged = {t[0] for t in texts if seen[t]}
        places = [note_place(c.alias, n) for c in out for n in c.notes]
        more = {i for i, where in enumerate(places) if where in flagged} - unsettled
        if not more:
            break
        # (settled in order among the others, so that people keep their numbers)
        unsettled |= more
    export = Export(req, since, until, today, out, removed)
    export.document = render(export)
    export.leftovers = [Leftover(t[0], cat) for t in texts for cat in seen[t]]
    return export


def _first_detection(
    jobs: list[tuple[int, str]],
    knowns: list[tuple[Any, ...]],
    progress: Callable[[int, int], None] | None,
) -> list[list[Any]]:
    """detect() of every note with its client's identifiers; on Linux the later half
    is detected ahead in a forked helper (parallel.py) while this process does the
    first half."""
    from confvault.redact import Span, detect, warm_up

    def rows(part: list[tuple[int, str]]) -> list[list[tuple[Any, ...]]]:
        return [[dataclasses.astuple(sp) for sp in detect(t, knowns[k])] for k, t in part]

    start, ahead = len(jobs), None
    if len(jobs) >= parallel.MIN_ITEMS and parallel.can_fork():
        warm_up()  # the word lists, loaded once before the fork, are shared with it
        start = len(jobs) // 2
        ahead = parallel.Ahead(jobs[start:], rows)
    found: list[list[Any]] = []
    try:
        for k, text in jobs[:start]:
            found.append(detect(text, knowns[k]))
            if progress:
                progress(len(found), len(jobs))
        if ahead is not None:
            theirs = ahead.result()
            if len(theirs) != len(jobs) - start:  # (never: a child gone wrong)
                theirs = ahead.work_here()
            found.extend([Span(*row) for row in spans] for spans in theirs)
            if progress:
                progress(len(found), len(jobs))
    except BaseException:
        if ahead is not None:
            ahead.cancel()
        raise
    return found


def _redact_all(
    plan: list[tuple[Client, list[Any]]],
    knowns: list[tuple[Any, ...]],
    found: list[list[Any]],
    unsettled: set[int],
    dates: tuple[str, dt.date],
) -> tuple[list[ClientOut], Counter[str]]:
    """Every note redacted with its spans, in order, people numbered across the export;
    once each, but the notes in ``unsettled`` until nothing more is found. ``dates``:
    the request's date style and the period's first day, for the notes' labels."""
    from confvault.redact import RedactionSession

    session = RedactionSession()
    removed: Counter[str] = Counter()
    out: list[ClientOut] = []
    i = 0
    for (client, notes), known in zip(plan, knowns, strict=True):
        section = ClientOut(client.alias)
        for number, note in enumerate(notes, start=1):
            result = session.redact(note.text, known, found[i], settled=i not in unsettled)
            removed.update(result.counts)
            label = date_label(note.date, dates[0], number, dates[1])
            section.notes.append(NoteOut(note.id, number, label, note.tags, result.text.strip()))
            i += 1
        out.append(section)
    return out, removed


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
    the engine's unnamed-client placeholder ([CLIENT]). Another client's alias is
    matched only whole (KnownClient.as_written): "River" and "RIVER" go, "by the river"
    and the "client" of an alias "client 07" stay."""
    known = [make(client.alias, client.own_names(), others=client.other_identifiers())]
    for other in everyone:
        if other.id != client.id:
            known.append(
                make(
                    None,
                    other.own_names(),
                    others=other.other_identifiers(),
                    as_written=(other.alias,),
                )
            )
    return known


def note_place(alias: str, note: NoteOut) -> str:
    """Where a note stands in an export, as messages name it (never its content)."""
    return f"{alias}, session {note.session} (note {note.note_id[:8]})"


def vault_texts(out: list[ClientOut]) -> list[tuple[str, str, int]]:
    """Every text from the vault that an export shows, with where it stands and who
    reads it in the second pass: each note's text as written into the document (the
    rendering adds only confvault's own words, line prefixes and JSON quoting), read
    with its client's identifiers (the client's index in ``out``); each alias, each
    client's tags and each note's tags as shown, read with every client's (index -1):
    tags "07700" and "900123" are a phone number side by side."""
    texts = []
    for k, c in enumerate(out):
        texts.append((f"client {c.alias}", c.alias, -1))
        tags = c.tag_counts()
        if tags:
            texts.append((f"client {c.alias}, tags", ", ".join(tag for tag, _ in tags), -1))
        for n in c.notes:
            texts.append((note_place(c.alias, n), n.text, k))
            if n.tags:
                texts.append((note_place(c.alias, n), " ".join(n.tags), -1))
    return texts


def second_pass(texts: list[tuple[str, str, int]], readers: list[Any]) -> list[list[str]]:
    """The categories the engine still finds in each (where, text, reader), with the
    identifiers ``readers[reader]``. Each text is read once however often it stands
    (tags repeat); half of them on a second core."""
    from confvault.redact import detect

    def scan(part: list[tuple[str, int]]) -> list[list[str]]:
        return [[span.category for span in detect(text, readers[k])] for text, k in part]

    once = list(dict.fromkeys((text, k) for _, text, k in texts))
    found = dict(zip(once, parallel.split_work(once, scan), strict=True))
    return [found[(text, k)] for _, text, k in texts]


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
