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
