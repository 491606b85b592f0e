"""Enumerations of the trading domain. String values match ccxt's vocabulary where one exists."""

from enum import StrEnum


class Side(StrEnum):
    BUY = "buy"
    SELL = "sell"

    @property
    def sign(self) -> int:
        return 1 if self is Side.BUY else -1

    def opposite(self) -> "Side":
        return Side.SELL if self is Side.BUY else Side.BUY


class OrderType(StrEnum):
    MARKET = "market"
    LIMIT = "limit"
    STOP_MARKET = "stop_market"
    STOP_LIMIT = "stop_limit"
    TAKE_PROFIT = "take_profit"
    TRAILING_STOP = "trailing_stop"
    OCO = "oco"
    ICEBERG = "iceberg"
    BRACKET = "bracket"


class TimeInForce(StrEnum):
    GTC = "GTC"
    IOC = "IOC"
    FOK = "FOK"
    POST_ONLY = "PO"


class OrderStatus(StrEnum):
    PENDING = "pending"  # journaled, not yet acknowledged by the venue
    OPEN = "open"
    PARTIALLY_FILLED = "partially_filled"
    FILLED = "filled"
    CANCELED = "canceled"
    REJECTED = "rejected"
    EXPIRED = "expired"

    @property
    def is_final(self) -> bool:
        return self in (
            OrderStatus.FILLED,
            OrderStatus.CANCELED,
            OrderStatus.REJECTED,
            OrderStatus.EXPIRED,
        )


class OrderAttention(StrEnum):
    """Something about an order the trader must know beyond its status."""

    NONE = ""
    # The exchange may have it but its answer, or the journal's record of it, is missing: it is
    # being looked up. Sending it again could place it twice.
    CHECKING = "checking"
    # The exchange cannot be asked about it (delisted market, an id it refuses): reconciliation
    # and the streams leave it aside, with the reason, and go on with the rest of the account.
    SET_ASIDE = "set_aside"


class ConnectionState(StrEnum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DEGRADED = "degraded"  # circuit breaker open or retrying
    BANNED = "banned"  # exchange ban (HTTP 418): no requests until it ends
