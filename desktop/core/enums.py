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

    # Facts about each type, written once: order entry, checks, venues and monitors ask these.

    @property
    def needs_price(self) -> bool:
        """A limit price is required."""
        return self in (OrderType.LIMIT, OrderType.STOP_LIMIT, OrderType.ICEBERG, OrderType.OCO)

    @property
    def price_optional(self) -> bool:
        """A limit price may be given; without one it executes at market."""
        return self in (OrderType.TAKE_PROFIT, OrderType.BRACKET)

    @property
    def needs_stop_price(self) -> bool:
        """A trigger price is required (an OCO's is its stop leg's)."""
        return self in (OrderType.STOP_MARKET, OrderType.STOP_LIMIT, OrderType.TAKE_PROFIT,
                        OrderType.OCO)

    @property
    def needs_trail(self) -> bool:
        """A trailing distance (amount or percent) is required."""
        return self is OrderType.TRAILING_STOP

    @property
    def is_conditional(self) -> bool:
        """Waits for a trigger price before it executes."""
        return self in (OrderType.STOP_MARKET, OrderType.STOP_LIMIT, OrderType.TAKE_PROFIT,
                        OrderType.TRAILING_STOP)

    @property
    def is_protective_stop(self) -> bool:
        """Limits a loss: it triggers when the price moves against the position."""
        return self in (OrderType.STOP_MARKET, OrderType.STOP_LIMIT, OrderType.TRAILING_STOP)

    @property
    def is_group(self) -> bool:
        """A container of legs (never fills itself): OCO and bracket."""
        return self in (OrderType.OCO, OrderType.BRACKET)

    @property
    def can_carry_bracket(self) -> bool:
        """A take-profit / stop-loss pair can be attached (sent as a bracket)."""
        return self in (OrderType.MARKET, OrderType.LIMIT)

    @property
    def modifiable(self) -> bool:
        """Its price or amount can be changed while it works (by cancel/replace)."""
        return self in (OrderType.LIMIT, OrderType.STOP_LIMIT, OrderType.STOP_MARKET,
                        OrderType.TAKE_PROFIT)

    @property
    def emulatable(self) -> bool:
        """The engine can build it from market and limit orders where a venue lacks it."""
        return self in (OrderType.OCO, OrderType.TRAILING_STOP, OrderType.BRACKET)


class MarketKind(StrEnum):
    """What a market trades. A spot market moves the base currency itself; a linear perpetual
    is a USDT-margined contract without expiry (Binance USDⓈ-M): P&L in the quote currency,
    held on margin with leverage, kept near the index by funding payments every 8 hours;
    `CONTRACT` is any other derivative (dated futures, inverse contracts) Pregão lists but
    does not margin."""

    SPOT = "spot"
    LINEAR_PERPETUAL = "linear_perpetual"
    CONTRACT = "contract"

    @property
    def is_contract(self) -> bool:
        """A derivative: positions may be short and are closed, not sold."""
        return self is not MarketKind.SPOT

    @property
    def has_margin(self) -> bool:
        """Pregão computes leverage, margin, liquidation and funding for it."""
        return self is MarketKind.LINEAR_PERPETUAL


class MarginMode(StrEnum):
    """How a derivatives position is margined (ccxt's words). Isolated: the position has its
    own margin and only that can be lost; cross: the account's whole wallet backs every
    cross position."""

    ISOLATED = "isolated"
    CROSS = "cross"


class PositionSide(StrEnum):
    """The side of a one-way-mode position (ccxt's words): the sign of its amount."""

    LONG = "long"
    SHORT = "short"
    FLAT = "flat"


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
