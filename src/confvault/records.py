"""Clients and notes: the plaintext inside records, and the rules for user input.

Pure: JSON payloads in and out, validation with calm messages that never
repeat the offending value (it may be a client's name).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from confvault.errors import FormatError, InvalidInputError

MAX_NOTE_BYTES = 1024 * 1024
MAX_ALIAS = 40
MAX_TAG = 32
MAX_IDENTIFIER = 200
MAX_IDENTIFIERS = 100
MAX_TAGS = 50

_ALIAS_RE = re.compile(r"[^\W_][\w .'\-]*")
_TAG_RE = re.compile(r"[\w\-]+")


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _has_control(text: str, allow_newlines: bool = False) -> bool:
    allowed = "\n\t" if allow_newlines else ""
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in allowed for ch in text)


def _has_surrogate(text: str) -> bool:
    """Lone surrogates are how Python carries bytes that were not UTF-8 (e.g. in argv)."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def check_alias(alias: str) -> str:
    alias = unicodedata.normalize("NFC", alias.strip())
    if not alias:
        raise InvalidInputError("an alias cannot be empty")
    if len(alias) > MAX_ALIAS:
        raise InvalidInputError(
            f"that alias is {len(alias)} characters long; the limit is {MAX_ALIAS}"
        )
    if _has_control(alias) or not _ALIAS_RE.fullmatch(alias):
        raise InvalidInputError(
            "an alias may hold letters, digits, spaces and . ' - _ and must start with a "
            "letter or digit",
            hint="Pick a short pseudonym, e.g. 'River' or 'client-07'.",
        )
    return alias


# everyday words that cannot stand for a client: written in every note, each would be
# taken for the client in the others' exports
_EVERYDAY = frozenset(
    ["a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by",
     "i", "me", "my", "we", "you", "he", "she", "it", "they", "her", "his", "him", "them",
     "is", "was", "be", "not", "no", "yes", "ok", "so", "as", "if", "this", "that"]
)  # fmt: skip


def check_new_alias(alias: str) -> str:
    """check_alias, and not a single character or an everyday word (for a new alias:
    one set before this rule still works)."""
    alias = check_alias(alias)
    core = re.sub(r"[\W_]+", "", alias).casefold()  # ("A." and "I-" are "a" and "i")
    if len(core) < 2 or core in _EVERYDAY or alias.casefold() in _EVERYDAY:
        raise InvalidInputError(
            "an alias needs two characters or more and must not be an everyday word such "
            "as 'a' or 'the': it would be taken for the client wherever that word is written",
            hint="Pick a short pseudonym, e.g. 'River' or 'client-07'.",
        )
    return alias


# Cyrillic and Greek letters drawn like Latin ones (after Unicode's confusables.txt,
# UTS #39): upper case to upper case, lower to lower, so the case they look like is kept.
_LOOK_LATIN = {
    ord(k): v
    for k, v in zip(
        "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423"
        "\u0406\u0408\u0405\u051a\u051c\u04ae\u04c0"  # Cyrillic capitals
        "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u051b"
        "\u051d\u04bb\u04cf\u04af"  # Cyrillic small letters
        "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4"
        "\u03a5\u03a7"  # Greek capitals
        "\u03bf\u03bd\u03b1\u03b9\u03ba\u03c1\u03c5\u0131",  # Greek small, dotless i
        "ABEKMHOPCTXYIJSQWYIaeopcyxijsdqwhlyABEZHIKMNOPTYXovaikpui",
        strict=True,
    )
}


def alias_key(alias: str) -> str:
    """What a reader sees of an alias: the same for two aliases they could not tell
    apart (case, letters of another width or form: full-width letters for "River",
    Cyrillic or Greek letters drawn like Latin ones, punctuation at its ends: "River.")."""
    folded = unicodedata.normalize("NFKC", alias).translate(_LOOK_LATIN)
    return folded.casefold().strip(" .'-_")


def look_alike_error() -> InvalidInputError:
    return InvalidInputError(
        "that alias looks the same as another client's (it differs only in the width or "
        "form of its letters, in letters of another alphabet drawn the same, or in "
        "punctuation at its end); nothing was changed",
        hint="Pick an alias that reads differently, e.g. 'client-08'.",
    )


# words an alias may share with a registered term without giving it away
_ALIAS_PLAIN = frozenset(
    ["the", "of", "and", "de", "da", "la", "le", "van", "von", "der", "den", "st", "mr", "mrs",
     "ms", "dr", "client", "cl"]
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+")


def alias_overlap(alias: str, terms: Iterable[str]) -> str | None:
    """The registered term that ``alias`` gives away (a word of it, or all of it),
    if any: an export shows the alias as it is ("Jordan" for "Jordan Blake")."""
    mine = {
        w
        for w in _WORD.findall(alias.casefold())
        if len(w) >= 2 and w not in _ALIAS_PLAIN and not w.isdigit()  # ("client-14")
    }
    for term in terms:
        if mine & set(_WORD.findall(term.casefold())) or alias.casefold() == term.casefold():
            return term
    return None


def check_alias_apart(alias: str, terms: Iterable[str]) -> None:
    """Refuse an alias that gives away one of the client's registered identifiers.
    (The message names neither: the alias may be the name itself.)"""
    if alias_overlap(alias, terms) is not None:
        raise InvalidInputError(
            "that alias shares a word with the client's name or an identifier, and "
            "exports show aliases as they are",
            hint="Choose a pseudonym that says nothing about them, e.g. 'River' or 'client-07'.",
        )


def check_tag(tag: str) -> str:
    tag = unicodedata.normalize("NFC", tag.strip().lstrip("#")).lower()
    if not tag or len(tag) > MAX_TAG or not _TAG_RE.fullmatch(tag):
        raise InvalidInputError(
            f"a tag is one word of up to {MAX_TAG} letters, digits, - or _",
            hint="For example --tag housing or --tag follow-up.",
        )
    return tag


def check_tags(tags: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    if len(tags) > MAX_TAGS:
        raise InvalidInputError(f"a note can carry at most {MAX_TAGS} tags")
    return tuple(dict.fromkeys(check_tag(t) for t in tags))


def check_identifier(text: str, what: str = "an identifier") -> str:
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        raise InvalidInputError(f"{what} cannot be empty")
    if len(text) > MAX_IDENTIFIER or _has_control(text):
        raise InvalidInputError(f"{what} must be plain text of at most {MAX_IDENTIFIER} characters")
    return text


def check_note_text(text: str) -> str:
    if not text.strip():
        raise InvalidInputError("the note is empty; nothing was saved")
    if _has_surrogate(text):
        raise InvalidInputError(
            "the note holds bytes that are not UTF-8 text; nothing was saved",
            hint="Set your terminal to UTF-8, or pipe the note in from a UTF-8 file.",
        )
    size = len(text.encode("utf-8"))
    if size > MAX_NOTE_BYTES:
        raise note_too_large(f"{-(-size // 1024)} KiB")
    # text pasted from Windows: one line end, not a "\x0d" shown at every line's end
    return text.replace("\r\n", "\n")


def note_too_large(size: str) -> InvalidInputError:
    return InvalidInputError(
        f"the note is {size}; a note may be at most {MAX_NOTE_BYTES // 1024} KiB",
        hint="Split it into several notes.",
    )


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - dt.timedelta(days=1)
    try:
        return dt.date.fromisoformat(word)
    except ValueError:
        if _ISO_SHAPE.fullmatch(word):  # "2025-02-30": the right shape, no such day
            raise InvalidInputError(
                f"there is no such day as {word}", hint="Check the month and the day."
            ) from None
        raise InvalidInputError(
            "dates are written as YYYY-MM-DD, or 'today' or 'yesterday'",
            hint="For example 2025-03-14.",
        ) from None


_ISO_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_OLDEST_SESSION = dt.date(1900, 1, 1)


def check_session_date(day: dt.date, today: dt.date | None = None) -> dt.date:
    """A session's date: not after tomorrow (a time zone ahead), not before 1900. A
    note dated in the future would also drop out of the default export."""
    today = today or dt.date.today()
    if day > today + dt.timedelta(days=1):
        raise InvalidInputError(
            f"{day.isoformat()} is in the future; a note is dated with the day of its session",
            hint="Check the year, or leave -d out for today.",
        )
    if day < _OLDEST_SESSION:
        raise InvalidInputError(
            f"{day.isoformat()} is too long ago for a session", hint="Check the year."
        )
    return day


def check_range(since: dt.date | None, until: dt.date | None) -> None:
    """--since and --until, when both are given, in order."""
    if since is not None and until is not None and since > until:
        raise InvalidInputError(
            f"--since {since.isoformat()} is after --until {until.isoformat()}",
            hint="Swap them, or leave one out.",
        )


@dataclass(frozen=True)
class Client:
    id: str
    alias: str
    name: str | None = None
    identifiers: tuple[str, ...] = ()
    created: str = field(default_factory=now_utc)
    updated: str = field(default_factory=now_utc)
    rev: int = 1

    def terms(self) -> tuple[str, ...]:
        """Everything that identifies this client, for redaction."""
        return tuple(t for t in (self.name, *self.identifiers) if t)

    def own_names(self) -> tuple[str, ...]:
        """The client's name and nicknames: what an export replaces with the alias.

        A nickname is a one-word identifier found inside a part of the name
        ("Jo" for Jordan, "Lex" for Alexis).
        """
        return tuple(t for t in self.terms() if t == self.name or self._is_nickname(t))

    def other_identifiers(self) -> tuple[str, ...]:
        """Relatives, workplace, school, town...: removed, but not turned into the alias."""
        own = set(self.own_names())
        return tuple(t for t in self.terms() if t not in own)

    def _is_nickname(self, term: str) -> bool:
        word = term.casefold()
        if not self.name or " " in word or len(word) < 2:
            return False
        return any(word in part for part in self.name.casefold().split() if len(part) > 2)

    def to_payload(self) -> bytes:
        return _dump(
            {
                "alias": self.alias,
                "name": self.name,
                "identifiers": list(self.identifiers),
                "created": self.created,
                "updated": self.updated,
                "rev": self.rev,
            }
        )

    @classmethod
    def from_payload(cls, record_id: str, payload: bytes) -> Client:
        d = _load(payload)
        try:
            return cls(
                id=record_id,
                alias=_str(d["alias"]),
                name=None if d.get("name") is None else _str(d["name"]),
                identifiers=tuple(_str(x) for x in d.get("identifiers", [])),
                created=_str(d["created"]),
                updated=_str(d["updated"]),
                rev=_rev(d["rev"]),
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            raise FormatError("client record has missing or malformed fields") from None

    def bumped(self, **changes: object) -> Client:
        return replace(self, updated=now_utc(), rev=self.rev + 1, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Note:
    id: str
    client_id: str
    date: dt.date
    text: str
    tags: tuple[str, ...] = ()
    created: str = field(default_factory=now_utc)
    updated: str = field(default_factory=now_utc)
    rev: int = 1

    def to_payload(self) -> bytes:
        return _dump(
            {
                "client": self.client_id,
                "date": self.date.isoformat(),
                "tags": list(self.tags),
                "text": self.text,
                "created": self.created,
                "updated": self.updated,
                "rev": self.rev,
            }
        )

    @classmethod
    def from_payload(cls, record_id: str, payload: bytes) -> Note:
        d = _load(payload)
        try:
            return cls(
                id=record_id,
                client_id=_str(d["client"]),
                date=dt.date.fromisoformat(_str(d["date"])),
                text=_str(d["text"]),
                tags=tuple(_str(x) for x in d.get("tags", [])),
                created=_str(d["created"]),
                updated=_str(d["updated"]),
                rev=_rev(d["rev"]),
            )
        except (KeyError, TypeError, ValueError, OverflowError):
            raise FormatError("note record has missing or malformed fields") from None

    def bumped(self, **changes: object) -> Note:
        return replace(self, updated=now_utc(), rev=self.rev + 1, **changes)  # type: ignore[arg-type]


def _dump(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _load(payload: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise FormatError("record payload is not valid JSON") from None
    if not isinstance(obj, dict):
        raise FormatError("record payload is not a JSON object")
    return obj


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


MAX_REV = 2**32 - 1


def _rev(value: object) -> int:
    """A revision is a whole number from 1 up; nothing else was ever written."""
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_REV:
        raise ValueError("bad revision")
    return value
