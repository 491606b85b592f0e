"""Errors that cross layers. Every message is a sentence a trader can act on."""

from __future__ import annotations


class PregaoError(Exception):
    """Base of every error the UI shows. `str(err)` is the sentence to show."""


class DataFileError(PregaoError):
    """A candle/trade file could not be used. `row` is 1-based as a spreadsheet shows it."""

    def __init__(self, path: str, problem: str, row: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.row = row
        where = f" (row {row})" if row is not None else ""
        super().__init__(f"{path}{where}: {problem}")


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
        why = f" ({detail})" if detail else ""
        super().__init__(
            path,
            f"The database {path} is damaged{why}. It was left as it is: open a backup, or "
            "start fresh with a new database (the damaged file is kept beside it).",
            backups)


class DatabaseLocked(DatabaseProblem):
    """Another process holds a lock on the database (another Pregão, a database tool)."""

    kind = "locked"

    def __init__(self, path: str, backups: tuple[str, ...] = ()) -> None:
        super().__init__(
            path,
            f"The database {path} is locked by another program (another Pregão window or a "
            "database tool). Close it and try again, or start fresh with a new database "
            "(the locked file is kept beside it).",
            backups)


class DatabaseUpgradeFailed(DatabaseProblem):
    """Migrating the schema to this version failed; the file is as it was before."""

    kind = "upgrade_failed"

    def __init__(self, path: str, backup: str, detail: str,
                 backups: tuple[str, ...] = ()) -> None:
        self.backup = backup
        super().__init__(
            path,
            f"The database {path} could not be upgraded to this version of Pregão ({detail}). "
            f"It was left unchanged; a copy was saved as {backup}.",
            backups or (backup,))
