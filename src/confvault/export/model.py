"""What an export is asked for and what it made: the request and the redacted sections."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

FORMATS = ("md", "txt", "json")
DATE_STYLES = ("month", "week", "relative", "exact")


@dataclass(frozen=True)
class Request:
    aliases: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    tags: tuple[str, ...] = ()
    fmt: str = "md"
    dates: str = "month"


@dataclass
class NoteOut:
    note_id: str
    session: int
    label: str
    tags: tuple[str, ...]
    text: str


@dataclass
class ClientOut:
    alias: str
    notes: list[NoteOut] = field(default_factory=list)

    def tag_counts(self) -> list[tuple[str, int]]:
        counts = Counter(t for n in self.notes for t in n.tags)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class Leftover:
    """Something the second pass still found; `where` names the note, never its content."""

    where: str
    category: str


@dataclass
class Export:
    request: Request
    since: dt.date
    until: dt.date
    generated: dt.date
    clients: list[ClientOut]
    removed: Counter[str]
    document: str = ""
    leftovers: list[Leftover] = field(default_factory=list)

    @property
    def sessions(self) -> int:
        return sum(len(c.notes) for c in self.clients)
