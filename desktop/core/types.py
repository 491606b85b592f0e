"""Domain records exchanged between the engine, venues and the UI.

Prices and amounts are floats on hot paths; the order boundary rounds them to the market's
precision (`Market.round_price` / `Market.round_amount`) before anything is sent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core.enums import (
    MarginMode,
    MarketKind,
    OrderAttention,
    OrderStatus,
    OrderType,
    PositionSide,
    Side,
    TimeInForce,
)


def _step_noise(units: float) -> float:
    """How far a float count of steps may sit from a whole number and still be one: binary
    noise (0.3 / 0.1 == 2.9999999999999996) grows with the count. 982.58497973 on a 1e-9 step
    is ~1e12 steps and its float quotient is off by ~1e-4 of a step, so the tolerance is
    relative there (1e-13 of the count, still far below half a step)."""
    return max(1e-6, 1e-13 * abs(units))


def fits_step(value: float, step: float) -> bool:
    """`value` is a whole number of `step`s, up to binary noise (0.3 on a 0.1 step).

    The one rule for "is this amount on the amount step / this price on the tick" (paper
    venue, exchange pre-checks, dialogs, and the rounding below: a value that fits its step
    rounds to itself in every mode, so rounding twice is rounding once).
    """
    if step <= 0:
        return True
    units = value / step
    return abs(units - round(units)) <= _step_noise(units)


def _round_to_step(value: float, step: float, mode: str) -> float:
    if step <= 0:
        return value
    units = value / step
    n = round(units)
    # A value already on the step keeps its count in every mode (fits_step's tolerance): with
    # a fixed tolerance, flooring 970.876506286 on a 1e-9 step (970876506285.9999 steps) gave
    # 970.876506285, so an exit of a whole position left a one-step remainder behind.
    if abs(units - n) > _step_noise(units):
        if mode == "floor":
            n = math.floor(units)
        elif mode == "ceil":
            n = math.ceil(units)
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    return round(n * step, decimals + 2)


@dataclass(slots=True, frozen=True)
class Market:
    """A tradable instrument with the exchange's precision and limits.

    Amounts are in base-currency units for every kind; `contract_size` is how many base units
    one exchange contract holds (1.0 on Binance USDⓈ-M), used where an exchange counts in
    contracts."""

    symbol: str  # unified ccxt form: "BTC/USDT", "XRP/USDT:USDT"
    base: str
    quote: str
    price_tick: float  # smallest price increment
    amount_step: float  # smallest amount increment (base currency)
    min_amount: float = 0.0
    min_notional: float = 0.0  # minimum price * amount in quote currency
    max_amount: float = math.inf
    maker_fee: float = 0.001  # fraction, 0.001 == 0.1 %
    taker_fee: float = 0.001
    venue: str = ""
    kind: MarketKind = MarketKind.SPOT
    contract_size: float = 1.0

    @property
    def contract(self) -> bool:
        """A derivative (shorts allowed, positions closed reduce-only), not a spot market."""
        return self.kind.is_contract

    def round_price(self, price: float, mode: str = "nearest") -> float:
        return _round_to_step(price, self.price_tick, mode)

    def round_amount(self, amount: float, mode: str = "floor") -> float:
        return _round_to_step(amount, self.amount_step, mode)

    @property
    def least_amount(self) -> float:
        """The smallest amount an order can trade: one amount step, or the minimum amount."""
        return max(self.amount_step, self.min_amount)

    def is_flat(self, amount: float) -> bool:
        """A position of `amount` (signed) counts as none for trading decisions: zero, or a
        remainder smaller than any order can trade (dust a partial exit, a fee or an exchange
        minimum left behind: it cannot be sold, and buying again is not adding to it).
        The one rule for it; "smaller" up to fits_step's binary noise."""
        least = self.least_amount
        if least <= 0:
            return amount == 0.0
        units = abs(amount) / least
        return units < 1.0 - _step_noise(units)


@dataclass(slots=True, frozen=True)
class Bar:
    """One candle. `ts` is its open time in ms since epoch (UTC)."""

    ts: int
    open: float
    high: float
    low: float
    close: float
    volume: float


@dataclass(slots=True, frozen=True)
class Tick:
    """Top of book and 24h statistics of one symbol at one moment."""

    symbol: str
    ts: int
    last: float
    bid: float
    ask: float
    bid_size: float = 0.0
    ask_size: float = 0.0
    volume_24h: float = 0.0  # in quote currency
    change_24h_pct: float = 0.0
    venue: str = ""

    @property
    def spread(self) -> float:
        return self.ask - self.bid

    @property
    def spread_bps(self) -> float:
        mid = (self.ask + self.bid) / 2
        return (self.ask - self.bid) / mid * 1e4 if mid > 0 else 0.0


@dataclass(slots=True, frozen=True)
class OrderBook:
    """Price levels best first: bids descending, asks ascending; each level is (price, amount)."""

    symbol: str
    ts: int
    bids: tuple[tuple[float, float], ...]
    asks: tuple[tuple[float, float], ...]
    venue: str = ""

    @property
    def best_bid(self) -> float:
        return self.bids[0][0] if self.bids else math.nan

    @property
    def best_ask(self) -> float:
        return self.asks[0][0] if self.asks else math.nan


# The client order id prefix of a venue's liquidation of a margined position.
LIQUIDATION_PREFIX = "liquidation-"


@dataclass(slots=True, frozen=True)
class Trade:
    """One public execution on the venue (anyone's), as a trades stream or tape shows it."""

    symbol: str
    ts: int  # ms since epoch (UTC)
    price: float
    amount: float  # base currency
    side: Side  # the taker's side
    id: str = ""
    venue: str = ""


@dataclass(slots=True, frozen=True)
class OrderRequest:
    """What a trader (or a strategy) asks for. Validated before it reaches a venue."""

    symbol: str
    side: Side
    type: OrderType
    amount: float  # base currency
    price: float | None = None  # limit price
    stop_price: float | None = None  # trigger for stop / take-profit types
    trail_amount: float | None = None  # trailing stop distance in price units
    trail_percent: float | None = None  # or in percent of price
    take_profit: float | None = None  # bracket / OCO target
    stop_loss: float | None = None  # bracket / OCO stop
    visible_amount: float | None = None  # iceberg display size
    time_in_force: TimeInForce = TimeInForce.GTC
    reduce_only: bool = False
    # Derivatives: close whatever position is held when it executes (Binance's closePosition;
    # `amount` is then what was held when it was placed); always reduce-only.
    close_position: bool = False
    client_order_id: str = ""
    account: str = ""
    bot_id: str = ""  # the strategy bot that placed it (desktop.core.bots), "" for the trader
    # How the trader placed it, for the audit trail: "manual" (the order entry's form),
    # "hotkey", "order book", "chart"; "" when the caller does not say.
    origin: str = ""


@dataclass(slots=True, frozen=True)
class Order:
    """The venue's view of an order, as last known."""

    id: str
    client_order_id: str
    symbol: str
    side: Side
    type: OrderType
    status: OrderStatus
    amount: float
    filled: float = 0.0
    price: float | None = None
    stop_price: float | None = None
    average: float | None = None
    fee: float = 0.0
    fee_currency: str = ""
    created_ts: int = 0
    updated_ts: int = 0
    time_in_force: TimeInForce = TimeInForce.GTC
    reduce_only: bool = False
    emulated: bool = False  # the engine emulates this type on top of the venue's own types
    triggered: bool = False  # a stop/take-profit/trailing order whose trigger price was touched
    parent_id: str = ""  # bracket/OCO leg -> its parent order
    venue: str = ""
    account: str = ""
    reason: str = ""  # why it was rejected / canceled, in words
    reason_code: str = ""  # the risk rule that refused it ("daily_loss", ...); "" otherwise
    attention: OrderAttention = OrderAttention.NONE
    bot_id: str = ""  # the strategy bot that owns it, "" for the trader's own orders

    @property
    def remaining(self) -> float:
        return max(0.0, self.amount - self.filled)


@dataclass(slots=True, frozen=True)
class Fill:
    """One execution of (part of) an order."""

    id: str
    order_id: str
    client_order_id: str
    symbol: str
    side: Side
    price: float
    amount: float
    fee: float
    fee_currency: str
    ts: int
    maker: bool = False
    venue: str = ""
    account: str = ""


@dataclass(slots=True, frozen=True)
class Position:
    """One account's position in one symbol, as `desktop.accounting` books it: `entry_price`
    is the average fill price (fees excluded), `realized_pnl` is net of every fee paid,
    opening fees included (`fees` is their total), both over the book's whole life."""

    symbol: str
    amount: float  # signed: > 0 long, < 0 short
    entry_price: float
    mark_price: float = math.nan
    realized_pnl: float = 0.0
    fees: float = 0.0
    venue: str = ""
    account: str = ""

    @property
    def unrealized_pnl(self) -> float:
        if math.isnan(self.mark_price) or self.amount == 0.0:
            return 0.0
        return (self.mark_price - self.entry_price) * self.amount

    @property
    def total_pnl(self) -> float:
        """Realized (net of fees) plus unrealized at the mark."""
        return self.realized_pnl + self.unrealized_pnl

    @property
    def notional(self) -> float:
        """Signed value at the mark (at the entry price before any mark), quote currency."""
        price = self.entry_price if math.isnan(self.mark_price) else self.mark_price
        return self.amount * price

    def percent_of_equity(self, equity: float) -> float:
        """|notional| as a percentage of `equity` (NaN when equity is not positive)."""
        if not equity > 0.0:
            return math.nan
        return abs(self.notional) / equity * 100.0


@dataclass(slots=True, frozen=True)
class DerivativePosition(Position):
    """A one-way-mode position in a margined contract (a linear perpetual), as
    `desktop.margin` computes it. `amount` is signed base units, as on every `Position`;
    the side is its sign. Margins are in the quote currency:

    - `initial_margin`: notional at the mark / leverage (what the position ties up);
    - `isolated_margin`: the position's own wallet in isolated mode (initial margin at entry,
      less funding paid), 0.0 in cross mode where the account wallet backs it;
    - `maintenance_margin`: notional × the bracket's rate − the bracket's amount; the position
      is liquidated when its margin balance falls to it (`margin_ratio` reaches 1.0);
    - `margin_ratio`: maintenance margin / margin balance (isolated: isolated margin +
      unrealised P&L; cross: the account's margin balance), NaN without a mark;
    - `liquidation_price`: the mark at which the ratio reaches 1.0 (NaN when none, e.g. a
      long fully backed by cash);
    - `funding_paid`: the funding this position paid (> 0) or received (< 0) in its life;
      it is also counted in `realized_pnl`, like fees.
    """

    leverage: float = 1.0
    margin_mode: MarginMode = MarginMode.CROSS
    initial_margin: float = 0.0
    isolated_margin: float = 0.0
    maintenance_margin: float = 0.0
    margin_ratio: float = math.nan
    liquidation_price: float = math.nan
    funding_paid: float = 0.0
    contract_size: float = 1.0

    @property
    def side(self) -> PositionSide:
        if self.amount > 0.0:
            return PositionSide.LONG
        if self.amount < 0.0:
            return PositionSide.SHORT
        return PositionSide.FLAT

    @property
    def contracts(self) -> float:
        """|amount| in exchange contracts."""
        return abs(self.amount) / self.contract_size if self.contract_size > 0 else math.nan


@dataclass(slots=True, frozen=True)
class MarginSummary:
    """The margin state of one derivatives account (quote currency), what a status bar, a
    risk rule or an alert reads:

    - `wallet_balance`: cash (deposits + realised P&L, fees and funding included);
    - `margin_balance`: wallet balance + unrealised P&L of every position;
    - `initial_margin`: the sum of the positions' initial margins (plus open orders' margin);
    - `maintenance_margin`: the sum of the positions' maintenance margins;
    - `available`: what a new order can still use;
    - `margin_ratio`: maintenance margin / margin balance (cross liquidation at 1.0);
    - `margin_use`: initial margin / margin balance — the share of the account tied up.
    """

    account: str
    currency: str
    wallet_balance: float
    margin_balance: float
    initial_margin: float
    maintenance_margin: float
    available: float
    margin_ratio: float
    margin_use: float
    ts: int = 0


@dataclass(slots=True, frozen=True)
class Balance:
    currency: str
    free: float
    used: float = 0.0
    venue: str = ""
    account: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def total(self) -> float:
        return self.free + self.used
