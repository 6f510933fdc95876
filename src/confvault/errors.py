"""The exception tree. Imports nothing from the package.

Every error carries a calm, one-line message and, where useful, a hint that
says what to do next. Messages never contain a secret, note text or client
name: at most a record id or a file path inside the vault.
"""

from __future__ import annotations


class ConfvaultError(Exception):
    """Root of every confvault error. Never raised directly."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if hint is not None:
            self.hint = hint


class VaultNotFoundError(ConfvaultError):
    """No vault exists at the given location."""

    hint = "Create one with 'confvault init', or point at it with --vault DIR."


class VaultExistsError(ConfvaultError):
    """A vault already exists where a new one was to be created."""


class FormatError(ConfvaultError):
    """A file is not a confvault file, or is malformed or truncated."""


class DecryptionError(ConfvaultError):
    """Authentication failed: wrong key, or the data was changed."""


class WrongPassphraseError(DecryptionError):
    """The passphrase (or recovery key) does not open this vault."""


class UnsupportedVersionError(FormatError):
    """The file was written by a newer (or unknown) format version."""

    hint = "Upgrade confvault to a version that knows this format."


class UnsupportedParametersError(FormatError):
    """KDF parameters outside what this version accepts (checked before deriving)."""


class DamagedRecordError(ConfvaultError):
    """One record could not be read; the rest of the vault is fine."""

    def __init__(self, record_id: str, reason: str) -> None:
        super().__init__(
            f"record {record_id} is damaged or was changed outside confvault ({reason})",
            hint="Its contents are not shown. Run 'confvault verify' for a full report; "
            "restore that file from a backup if you have one.",
        )
        self.record_id = record_id
        self.reason = reason


class UnreadClientsError(ConfvaultError):
    """Records that may be clients could not be read, so their identifiers are unknown."""

    def __init__(self, count: int, command: str = "") -> None:
        if command == "export":
            message = (
                f"{count} vault record(s) that may be clients could not be read or are "
                "missing, and such a client would keep their names in this export; nothing "
                "was written"
            )
            more = "--force writes it anyway; --preview shows it."
        else:
            message = (
                f"{count} vault record(s) that may be clients could not be read or are "
                "missing, and such a client would go unchecked: their registered names and "
                "identifiers were not looked for"
            )
            more = "--client ALIAS checks with one readable client's identifiers meanwhile."
        super().__init__(
            message,
            hint="'confvault verify' names them: restore them from a backup ('confvault "
            "verify --accept-restored' if you put older copies back on purpose), or with no "
            "backup move each damaged file out of the vault's records folder, keeping a "
            "copy, and remove the notes of a client that is gone ('confvault note remove "
            f"ID'); then run this again. {more}",
        )
        self.count = count


class NotFoundError(ConfvaultError):
    """A client or note the user named does not exist."""


class ChangedMeanwhileError(ConfvaultError):
    """Another command changed or removed a record after this one read it."""


class AmbiguousError(ConfvaultError):
    """A prefix or alias matches more than one item."""


class InvalidInputError(ConfvaultError):
    """User-supplied input (alias, date, tag, text) is not acceptable."""


class LockTimeoutError(ConfvaultError):
    """Another confvault process held the vault's write lock for too long."""

    hint = "Wait for the other confvault command to finish, then try again."


class StorageError(ConfvaultError):
    """The operating system refused a read or write (disk full, read-only, permissions)."""
