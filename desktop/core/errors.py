"""Errors that cross layers. Every message is a sentence a trader can act on."""

from __future__ import annotations

from pathlib import Path

from desktop.core.messages import formatted, marker

_t = marker("Errors")


class PregaoError(Exception):
    """Base of every error the UI shows. `str(err)` is the sentence to show."""


class DataFileError(PregaoError):
    """A candle/trade file could not be used. `row` is 1-based as a spreadsheet shows it."""

    def __init__(self, path: str, problem: str, row: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.row = row
        if row is None:
            super().__init__(formatted("{path}: {problem}", path=path, problem=problem))
        else:
            super().__init__(_t("{path} (row {row}): {problem}", path=path, row=row,
                                problem=problem))


class VenueError(PregaoError):
    """Something went wrong talking to a venue. `retryable` tells the resilience layer."""

    retryable = False

    def __init__(self, message: str, venue: str = "") -> None:
        self.venue = venue
        super().__init__(message)


class NetworkError(VenueError):
    retryable = True


class ExchangeUnavailable(VenueError):
    retryable = True


class RateLimited(VenueError):
    retryable = True

    def __init__(self, message: str, venue: str = "", retry_after_s: float | None = None) -> None:
        super().__init__(message, venue)
        self.retry_after_s = retry_after_s


class ExchangeBanned(VenueError):
    """The exchange banned this IP (HTTP 418). No request may be sent before `until_ms`."""

    def __init__(self, message: str, venue: str = "", until_ms: int | None = None) -> None:
        super().__init__(message, venue)
        self.until_ms = until_ms


class AuthenticationError(VenueError):
    pass


class InsufficientFunds(VenueError):
    pass


class InvalidOrder(VenueError):
    pass


class OrderNotFound(VenueError):
    pass


class DatabaseProblem(PregaoError):
    """The database file cannot be used as it is. Nothing was changed or deleted: the message
    says what is wrong and `backups` lists copies the user can open instead."""

    kind = "unavailable"

    def __init__(self, path: str, message: str, backups: tuple[str, ...] = ()) -> None:
        self.path = path
        self.backups = tuple(backups)
        super().__init__(message)


class DatabaseCorrupt(DatabaseProblem):
    """Not an SQLite database, or a damaged one (garbage bytes, a truncated file)."""

    kind = "corrupt"

    def __init__(self, path: str, backups: tuple[str, ...] = (), detail: str = "") -> None:
        if detail:
            text = _t("The database {path} is damaged ({detail}). It was left as it is: open a "
                      "backup, or start fresh with a new database (the damaged file is kept "
                      "beside it).", path=path, detail=detail)
        else:
            text = _t("The database {path} is damaged. It was left as it is: open a backup, or "
                      "start fresh with a new database (the damaged file is kept beside it).",
                      path=path)
        super().__init__(path, text, backups)


class DatabaseLocked(DatabaseProblem):
    """Another process holds a lock on the database (another Pregão, a database tool)."""

    kind = "locked"

    def __init__(self, path: str, backups: tuple[str, ...] = ()) -> None:
        super().__init__(
            path,
            _t("The database {path} is locked by another program (another Pregão window or a "
               "database tool). Close it and try again, or start fresh with a new database "
               "(the locked file is kept beside it).", path=path),
            backups)


class DatabaseUpgradeFailed(DatabaseProblem):
    """Migrating the schema to this version failed; the file is as it was before."""

    kind = "upgrade_failed"

    def __init__(self, path: str, backup: str, detail: str,
                 backups: tuple[str, ...] = ()) -> None:
        self.backup = backup
        super().__init__(
            path,
            _t("The database {path} could not be upgraded to this version of Pregão ({detail}). "
               "It was left unchanged; a copy was saved as {backup}.", path=path, detail=detail,
               backup=backup),
            backups or (backup,))


class DatabaseReadOnly(DatabaseProblem):
    """The data folder (or the file) cannot be written: permissions, a read-only disk."""

    kind = "read_only"

    def __init__(self, path: str, backups: tuple[str, ...] = ()) -> None:
        folder = str(Path(path).parent)
        super().__init__(
            path,
            _t("The data folder {folder} is read-only: Pregão cannot save orders or settings "
               "there. Make it writable (its permissions, or a disk mounted read-only), or start "
               "Pregão with --database pointing at a writable place, then try again.",
               folder=folder),
            backups)


class DatabaseDiskFull(DatabaseProblem):
    """The disk holding the database has no space left."""

    kind = "disk_full"

    def __init__(self, path: str, backups: tuple[str, ...] = ()) -> None:
        super().__init__(
            path,
            _t("The disk holding the database {path} is full: Pregão cannot save orders. Free "
               "some space on it, then try again.", path=path),
            backups)


class DatabaseTooNew(DatabaseProblem):
    """The file was written by a newer Pregão; this one does not know its schema."""

    kind = "too_new"

    def __init__(self, path: str, revision: str, backup: str,
                 backups: tuple[str, ...] = ()) -> None:
        self.backup = backup
        super().__init__(
            path,
            _t("The database {path} was written by a newer version of Pregão (schema "
               "{revision}). It was left unchanged (a copy is kept as {backup}): open it with "
               "that version, or start fresh with a new database.", path=path,
               revision=revision, backup=backup),
            backups or (backup,))


class StorageUnavailable(PregaoError):
    """A write to the database failed while running (locked by another program, disk full,
    read-only): what was being saved was refused, in words, never as raw SQL."""

    def __init__(self, message: str, kind: str) -> None:
        self.kind = kind
        super().__init__(message)
