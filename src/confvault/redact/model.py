"""The public value types of the redaction engine. Imports nothing heavy."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = (
    "NAME",
    "LOCATION",
    "ORG",
    "DATE",
    "PHONE",
    "EMAIL",
    "URL",
    "ID",
    "AGE",
)


@dataclass(frozen=True)
class KnownClient:
    """Identifiers registered for one client.

    ``alias`` replaces every match of ``terms`` and is never itself flagged;
    ``None`` means the client is unnamed and matches become ``[CLIENT]``.

    ``others`` are identifiers registered for the client that are not the
    client's own name (relatives, workplace, school, town). They are matched
    exactly as rigorously as ``terms`` but are not replaced by the alias: each
    becomes a placeholder for what it is (``[PERSON-n]``, ``[PLACE]``,
    ``[ADDRESS]``, ``[ORG]``, else ``[DETAIL]``).

    ``as_written`` are phrases matched only whole, never in parts or with a typo,
    and replaced like ``terms``: another client's alias, a pseudonym that may also
    be a word. They are matched in any case, with a plural or possessive ending and
    their parts run together or joined by "-" or "_"; one that is a single ordinary
    word only where it is written with a capital ("River" and "RIVER" go, "by the
    river" stays).
    """

    alias: str | None
    terms: tuple[str, ...]
    others: tuple[str, ...] = ()
    as_written: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """One finding: ``text[start:end]`` is to be removed (``end`` exclusive)."""

    start: int
    end: int
    category: str
    source: str
    client: str | None = None
    placeholder_kind: str = ""
    # for a registered "other" person, the registered term matched, and for a short
    # form of a full name found ("Nate" of "Nathan Walsh"), that name: so that typos,
    # parts, short forms and casing of one person get one number in a session
    ref: str = ""


@dataclass(frozen=True)
class Redaction:
    """The redacted text, per-category counts (never values) and the spans found."""

    text: str
    counts: dict[str, int]
    spans: tuple[Span, ...]
