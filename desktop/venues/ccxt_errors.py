"""ccxt exceptions -> desktop.core errors with a sentence a trader understands.

Mapped by ccxt class *name* along the exception's MRO (most specific first), so this module
never imports ccxt. The exchange's own answer is usually at the end of ccxt's message as JSON
(`binance {"code":-2010,"msg":"..."}`); we read its code and message from there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop.core import (
    AuthenticationError,
    ExchangeBanned,
    ExchangeUnavailable,
    InsufficientFunds,
    InvalidOrder,
    NetworkError,
    OrderNotFound,
    RateLimited,
    VenueError,
)
from desktop.core.messages import marker, text_of
from desktop.log_redaction import safe_text
from desktop.venues.resilience import ban_sentence

DEFAULT_BAN_S = 120  # a 418 without Retry-After or "banned until": wait this long
_BANNED_UNTIL = re.compile(r"banned until (\d{10,})")
# Binance codes for "the server failed, try again" that ccxt leaves as a plain ExchangeError:
# -1000 unknown error, -1001 disconnected, -1006 unexpected bus response, -1007 backend timeout,
# -1008 server overloaded / throttled (sent with HTTP 503).
_TEMPORARY_CODES = frozenset({"-1000", "-1001", "-1006", "-1007", "-1008"})
_KEY_CODES = frozenset({"-2014", "-2015", "-2008"})
# Binance USDⓈ-M refusals. ccxt maps them by the host it called (fapi.binance.com); a proxy or
# another host leaves them plain ExchangeErrors, so the codes themselves are read too.
# -2019 margin is insufficient; -2022 reduce-only rejected; -4028 leverage not valid;
# -4046 no need to change margin type; -4048 margin type cannot change with a position;
# -4116 duplicate client order id; -4164 notional too small.
_FUTURES_CODES = {"-2019": "InsufficientFunds", "-2022": "InvalidOrder", "-4028": "InvalidOrder",
                  "-4046": "InvalidOrder", "-4048": "InvalidOrder", "-4116": "InvalidOrder",
                  "-4164": "InvalidOrder"}
_STATUS = re.compile(r"\b(418|429|5\d\d)\b")
_t = marker("ExchangeErrors")


@dataclass(slots=True, frozen=True)
class ExchangeReply:
    """The exchange's own error code and message found in a ccxt exception, if any."""

    code: str = ""
    msg: str = ""

    @classmethod
    def from_message(cls, message: str) -> ExchangeReply:
        start = message.find("{")
        if start < 0:
            return cls()
        try:
            body = json.loads(message[start:])
        except ValueError:
            return cls()
        if not isinstance(body, dict):
            return cls()
        return cls(str(body.get("code", "")), str(body.get("msg", body.get("message", ""))))


class ClockSkew(NetworkError):
    """The exchange refused the request's timestamp (Binance -1021): our clock offset is stale.
    The venue resynchronises and retries once; it is not retried blindly after that."""

    retryable = False


class OrderNotPlaced(NetworkError):
    """`create_order` failed in transit and a lookup by client order id proved the exchange never
    received it: nothing was placed. Sending it again with the same client id is safe."""

    retryable = False

    def __init__(self, message: str, venue: str = "", client_order_id: str = "") -> None:
        super().__init__(message, venue)
        self.client_order_id = client_order_id


class OrderOutcomeUnknown(NetworkError):
    """`create_order` failed in transit and the lookup failed too: the order may exist. The
    journal keeps it pending; reconciliation settles it when the exchange answers again."""

    retryable = False

    def __init__(self, message: str, venue: str = "", client_order_id: str = "") -> None:
        super().__init__(message, venue)
        self.client_order_id = client_order_id


class RequestRefused(VenueError):
    """The exchange refused the request for what it asked (an unknown market, a parameter it
    does not accept), not for the connection, the key or the rate."""


class LookupRefused(VenueError):
    """The exchange will not look this order up: its market is gone (delisted) or it refuses the
    order's id. Asking again cannot help; the rest of the account is unaffected."""


def lookup_refused(err: VenueError, symbol: str, order_ref: str) -> VenueError:
    """`err` from looking an order up, as LookupRefused when it is about that order itself."""
    if isinstance(err, RequestRefused):
        return LookupRefused(_t("{order} on {symbol} cannot be looked up: {why}",
                                order=order_ref, symbol=symbol, why=text_of(err)), err.venue)
    return err


def _names(err: BaseException) -> list[str]:
    return [cls.__name__ for cls in type(err).__mro__]


def retry_after_s(headers: dict | None) -> float | None:
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == "retry-after":
            try:
                return max(0.0, float(value))
            except (TypeError, ValueError):
                return None
    return None


def translate(err: BaseException, *, exchange: str, venue: str, now_ms: int,
              headers: dict | None = None, timeout_s: float | None = None,
              placing_order: bool = False) -> VenueError:
    """The desktop.core error for ccxt exception `err` (`exchange` is the display name).
    `placing_order`: a malformed request is then the order's fault (InvalidOrder).
    ccxt's message quotes the signed request URL: its query string (signature, timestamp, on
    some exchanges the API key) is cut before any of it reaches a sentence."""
    message = safe_text(err)
    reply = ExchangeReply.from_message(message)
    detail = reply.msg or message.split(" ", 1)[-1].strip()
    names = _names(err)
    if reply.code in _FUTURES_CODES and names[0] == "ExchangeError":
        names.insert(0, _FUTURES_CODES[reply.code])
    if placing_order and "BadRequest" in names and "BadSymbol" not in names:
        return _invalid(err, reply, detail, exchange, venue, now_ms, headers, timeout_s)
    if reply.code in _TEMPORARY_CODES and "AuthenticationError" not in names:
        return ExchangeUnavailable(_t("{exchange} is temporarily unavailable: {detail}",
                                      exchange=exchange, detail=detail), venue)
    for name in names:
        handler = _HANDLERS.get(name)
        if handler is not None:
            return handler(err, reply, detail, exchange, venue, now_ms, headers, timeout_s)
    return VenueError(_t("{exchange} answered with an error: {detail}", exchange=exchange,
                         detail=detail), venue)


def _ddos(err, reply, detail, exchange, venue, now_ms, headers, timeout_s) -> VenueError:
    if reply.code in _KEY_CODES:  # ccxt reads a key refused mid-session as a temporary ban
        return _auth(err, reply, detail, exchange, venue, now_ms, headers, timeout_s)
    text = safe_text(err)
    banned = _BANNED_UNTIL.search(text)
    status = _STATUS.search(text)
    if banned or (status and status.group(1) == "418"):
        if banned:
            until = int(banned.group(1))
        else:
            wait = retry_after_s(headers)
            until = now_ms + int((wait if wait is not None else DEFAULT_BAN_S) * 1000)
        return ExchangeBanned(ban_sentence(exchange, until), venue, until_ms=until)
    return _rate_limited(err, reply, detail, exchange, venue, now_ms, headers, timeout_s)


def _rate_limited(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    wait = retry_after_s(headers)
    sentence = _t("{exchange} is limiting our request rate.", exchange=exchange) \
        if wait is None else _t("{exchange} is limiting our request rate; retrying after "
                                "{wait:g} s.", exchange=exchange, wait=wait)
    return RateLimited(sentence, venue, retry_after_s=wait)


def _timeout(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    if timeout_s:
        return NetworkError(_t("{exchange} did not answer within {timeout:g} s.",
                               exchange=exchange, timeout=timeout_s), venue)
    return NetworkError(_t("{exchange} did not answer.", exchange=exchange), venue)


def _unavailable(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    cause = type(err.__cause__).__name__ if err.__cause__ is not None else ""
    if "Connector" in cause or "Refused" in cause or "gaierror" in cause:
        # No connection was ever made (refused, no route, name not found): nothing dropped.
        return ExchangeUnavailable(_t("Cannot reach {exchange}: check the internet "
                                      "connection.", exchange=exchange), venue)
    if "Disconnect" in cause or "Connect" in cause:
        return ExchangeUnavailable(_t("The connection to {exchange} dropped.",
                                      exchange=exchange), venue)
    status = _STATUS.search(safe_text(err))
    if status:
        return ExchangeUnavailable(_t("{exchange} is temporarily unavailable (HTTP {code}).",
                                      exchange=exchange, code=status.group(1)), venue)
    return ExchangeUnavailable(_t("{exchange} is temporarily unavailable.", exchange=exchange),
                               venue)


def _unreadable(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return ExchangeUnavailable(_t("{exchange} sent an answer that could not be read (cut off "
                                  "or not JSON).", exchange=exchange), venue)


def _network(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return NetworkError(_t("Could not reach {exchange}: {detail}", exchange=exchange,
                           detail=detail), venue)


def _nonce(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return ClockSkew(_t("{exchange} rejected the request time: this computer's clock differs "
                        "from the exchange's ({detail}).", exchange=exchange, detail=detail),
                     venue)


def _auth(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    if reply.code == "-1022":
        sentence = _t("{exchange} rejected the request signature: check the API secret in "
                      "File > Accounts….", exchange=exchange)
    elif reply.code in _KEY_CODES:
        sentence = _t("{exchange} rejected the API key: check the key, its IP whitelist and "
                      "that it may trade.", exchange=exchange)
    else:
        sentence = _t("{exchange} refused the API credentials: {detail}", exchange=exchange,
                      detail=detail)
    return AuthenticationError(sentence, venue)


def _funds(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return InsufficientFunds(_t("Insufficient balance on {exchange} for this order.",
                                exchange=exchange), venue)


def _not_found(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return OrderNotFound(_t("{exchange} does not know this order.", exchange=exchange), venue)


def _invalid(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return InvalidOrder(_t("{exchange} rejected the order: {detail}", exchange=exchange,
                           detail=detail), venue)


def _bad_symbol(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return RequestRefused(_t("{exchange} does not list this market: {detail}",
                             exchange=exchange, detail=detail), venue)


def _bad_request(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return RequestRefused(_t("{exchange} refused the request: {detail}", exchange=exchange,
                             detail=detail), venue)


def _not_supported(err, reply, detail, exchange, venue, now_ms, headers, timeout_s):
    return VenueError(_t("{exchange} does not support this: {detail}", exchange=exchange,
                         detail=detail), venue)


_HANDLERS = {
    # ccxt classes, most specific first along any MRO (OrderNotFound < InvalidOrder, ...)
    "InvalidNonce": _nonce,
    "DDoSProtection": _ddos,
    "RateLimitExceeded": _rate_limited,
    "RequestTimeout": _timeout,
    "OnMaintenance": _unavailable,
    "ExchangeNotAvailable": _unavailable,
    "NetworkError": _network,
    "BadResponse": _unreadable,  # before OperationFailed, its parent
    "OperationFailed": _unavailable,  # ccxt: a failure that may pass (Binance -1000, -1001)
    "AuthenticationError": _auth,
    "InsufficientFunds": _funds,
    "OrderNotFound": _not_found,
    "InvalidOrder": _invalid,
    "BadSymbol": _bad_symbol,
    "BadRequest": _bad_request,
    "NotSupported": _not_supported,
}
