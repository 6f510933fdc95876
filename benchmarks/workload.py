"""The benchmark's data: fictional session notes of about 1 KB, and vaults built
from them through confvault's library under one unlock (cheap test-only KDF)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSPHRASE = "violet tractor mango hillside 42"
CLIENTS = 50
NOTE_BYTES = 1000
NOTES_PER_DAY = 3  # newest note is dated END; 1,000 notes span 334 days
END = dt.date(2026, 6, 30)
SEARCH_WORD = "allotment"  # in about 2% of notes
SEARCH_EVERY = 50

_FIRST = ["Jordan", "Alexis", "Sam", "Priya", "Tomasz", "Aisha", "Morgan", "Kit", "Dana", "Lee"]
_LAST = ["Blake", "Moreno", "Okafor", "Nowak", "Hughes", "Patel", "Lindqvist", "Reyes"]
_PLACES = ["Harwick", "Maple Street", "the library", "Lakeside College", "the bus depot"]
_SENTENCES = [
    "Talked about sleep and the new shifts; {first} wants to try a wind-down routine.",
    "{first} said things at home have been tense since {other} moved back in.",
    "We went over the budget again and {first} felt calmer about rent this month.",
    "Mixed feelings about the course at {place}: proud of the results, tired of the commute.",
    "Agreed to check in next week and to look at the leaflet about debt advice together.",
    "Mood better than last time. Walked to {place} twice and slept through most nights.",
    "{first} mentioned an argument with {other} about money and felt guilty afterwards.",
    "Practised saying no to extra shifts; will try it with the manager on Friday.",
    "Some worry about the appointment on {date}; talked through what to ask.",
    "Phone call from the housing office ({phone}) left {first} anxious for two days.",
    "Quiet session. Mostly listened; {first} wanted space to think out loud.",
    "Set a small goal: cook one proper meal on weekdays and message a friend on Sunday.",
]


def note_text(rng: random.Random, index: int) -> str:
    """About NOTE_BYTES of plausible (fictional) note text."""
    parts: list[str] = []
    size = 0
    while size < NOTE_BYTES:
        s = rng.choice(_SENTENCES).format(
            first=rng.choice(_FIRST),
            other=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            place=rng.choice(_PLACES),
            date=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026",
            phone=f"07700 900{rng.randint(100, 999)}",
        )
        parts.append(s)
        size += len(s) + 1
    if index % SEARCH_EVERY == 0:
        parts.insert(1, f"Spent the afternoon at the {SEARCH_WORD}; it helps.")
    return " ".join(parts)[: NOTE_BYTES + 80]


def note_date(index: int, total: int) -> dt.date:
    return END - dt.timedelta(days=(total - 1 - index) // NOTES_PER_DAY)


def alias(i: int) -> str:
    return f"client-{i:02d}"


def export_window(notes: int) -> tuple[dt.date, dt.date, int]:
    """A date range holding the newest min(1000, notes) notes, and how many it holds."""
    want = min(1000, notes)
    since = note_date(notes - want, notes)
    count = sum(1 for i in range(notes) if note_date(i, notes) >= since)
    return since, END, count


def build_vault(
    path: Path, notes: int, progress: Callable[[int], None] | None = None, seed: int = 7
) -> None:
    """Create a vault with CLIENTS clients and `notes` notes through the library."""
    from confvault import crypto
    from confvault.vault import Vault

    vault, _ = Vault.create(path, PASSPHRASE.encode(), crypto.TESTING_ONLY)
    clients = [
        vault.add_client(alias(i), name=f"{_FIRST[i % 10]} {_LAST[i % 8]}", identifiers=[f"C{i}"])
        for i in range(CLIENTS)
    ]
    rng = random.Random(seed)
    for i in range(notes):
        vault.add_note(clients[i % CLIENTS], note_text(rng, i), note_date(i, notes), ["weekly"])
        if progress and (i + 1) % 1000 == 0:
            progress(i + 1)


def export_jobs(path: Path, notes: int = 10_000) -> list[tuple[tuple[Any, ...], str]]:
    """The notes of the benchmark's export window, each with the registered terms an
    export matches it against (its client's and the 49 others'), from the vault at
    ``path`` (built first if it is not there); the redaction lexicons loaded."""
    from confvault import export as ex
    from confvault.redact import KnownClient, warm_up
    from confvault.vault import Vault

    if not path.exists():
        build_vault(path, notes)
    vault = Vault.open(path, PASSPHRASE.encode())
    since, until, _ = export_window(notes)
    warm_up()
    everyone = vault.clients()
    jobs: list[tuple[tuple[Any, ...], str]] = []
    for client in everyone:
        known = tuple(ex.known_for(client, everyone, KnownClient))
        jobs += [(known, note.text) for note in vault.notes(client, since, until, ())]
    return jobs
