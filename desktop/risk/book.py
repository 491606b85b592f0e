"""What the guard sees of an account when it checks an order: equity, positions at their
marks, open orders, the breakers' reference equities and, for VaR and correlation, daily
returns. Plus the exposure arithmetic every limit shares (one place, so the usage gauges and
the refusals agree)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from desktop.accounting import split_symbol
from desktop.core import OrderRequest, OrderType, Side

EPS = 1e-12


@dataclass(slots=True)
class BookView:
    quote: str  # the account's main quote currency: every money figure is in it
    equity: float  # cash + positions at their marks; NaN while unknown
    positions: dict[str, float]  # symbol -> signed amount (open positions only)
    marks: dict[str, float]  # symbol -> last price
    open_orders: int = 0
    day_start_equity: float = math.nan
    peak_equity: float = math.nan
    # Daily simple returns per symbol (same length, aligned), for VaR and correlation.
    returns: Mapping[str, np.ndarray] = field(default_factory=dict)

    def value_in_quote(self, symbol: str, amount: float, price: float | None = None) -> float:
        """`amount` of `symbol`'s base valued in the account's quote (NaN if unknown)."""
        mark = self.marks.get(symbol, math.nan) if price is None else price
        _, quote = split_symbol(symbol)
        if quote == self.quote:
            return amount * mark
        rate = self.marks.get(f"{quote}/{self.quote}", math.nan)
        return amount * mark * rate


@dataclass(slots=True, frozen=True)
class OrderIntent:
    """The parts of an order the guard looks at. `price` is what the order trades at (its
    limit or trigger, or the reference price of a market order)."""

    symbol: str
    side: Side
    amount: float
    price: float
    stop_loss: float | None = None
    take_profit: float | None = None
    reduce_only: bool = False
    leg: bool = False  # sent by the engine for an order it already accepted (an exit leg)
    kill_switch: bool = False

    @classmethod
    def of(cls, request: OrderRequest, reference_price: float, leg: bool = False,
           kill_switch: bool = False) -> OrderIntent:
        price = request.price
        if request.type in (OrderType.STOP_MARKET, OrderType.TAKE_PROFIT) or price is None:
            price = request.stop_price if request.stop_price is not None else reference_price
        stop_loss, take_profit = request.stop_loss, request.take_profit
        if request.type is OrderType.OCO:  # a take-profit at `price`, a stop at `stop_price`
            take_profit, stop_loss = request.price, request.stop_price
        return cls(request.symbol, request.side, request.amount,
                   math.nan if price is None else float(price), stop_loss, take_profit,
                   request.reduce_only, leg, kill_switch)

    @property
    def signed(self) -> float:
        return self.amount * self.side.sign


def reduces_exposure(view: BookView, order: OrderIntent) -> bool:
    """True when the order only shrinks the position it trades against (never flips it)."""
    position = view.positions.get(order.symbol, 0.0)
    if abs(position) <= EPS or position * order.signed >= 0:
        return False
    return order.reduce_only or order.amount <= abs(position) * (1 + 1e-9)


def position_after(view: BookView, order: OrderIntent) -> float:
    return view.positions.get(order.symbol, 0.0) + order.signed


def gross_exposure(view: BookView, order: OrderIntent | None = None) -> float:
    """Sum of |position value| over the book (with `order` filled at its price)."""
    total = 0.0
    seen = False
    for symbol, amount in view.positions.items():
        if order is not None and symbol == order.symbol:
            seen = True
            amount += order.signed
            value = view.value_in_quote(symbol, amount, _price(view, order))
        else:
            value = view.value_in_quote(symbol, amount)
        if math.isfinite(value):
            total += abs(value)
    if order is not None and not seen:
        value = view.value_in_quote(order.symbol, order.signed, _price(view, order))
        if math.isfinite(value):
            total += abs(value)
    return total


def _price(view: BookView, order: OrderIntent) -> float:
    return order.price if math.isfinite(order.price) else view.marks.get(order.symbol, math.nan)


def asset_exposures(view: BookView, order: OrderIntent | None = None) -> dict[str, float]:
    """Signed value held of each asset across every symbol that contains it (ETH/BTC long is
    long ETH and short BTC); the account's quote currency itself is not exposure."""
    out: dict[str, float] = {}
    items = dict(view.positions)
    if order is not None:
        items[order.symbol] = items.get(order.symbol, 0.0) + order.signed
    for symbol, amount in items.items():
        price = _price(view, order) if order is not None and symbol == order.symbol else None
        value = view.value_in_quote(symbol, amount, price)
        if not math.isfinite(value):
            continue
        base, quote = split_symbol(symbol)
        out[base] = out.get(base, 0.0) + value
        if quote != view.quote:
            out[quote] = out.get(quote, 0.0) - value
    return out


def weights(view: BookView, order: OrderIntent | None = None) -> dict[str, float]:
    """Signed position values per symbol (after `order`), symbols with returns only."""
    out: dict[str, float] = {}
    items = dict(view.positions)
    if order is not None:
        items[order.symbol] = items.get(order.symbol, 0.0) + order.signed
    for symbol, amount in items.items():
        if symbol not in view.returns or abs(amount) <= EPS:
            continue
        price = _price(view, order) if order is not None and symbol == order.symbol else None
        value = view.value_in_quote(symbol, amount, price)
        if math.isfinite(value):
            out[symbol] = value
    return out


Z_99 = 2.3263478740408408  # standard normal quantile of 0.99


def parametric_var(view: BookView, values: dict[str, float]) -> float:
    """1-day 99 % parametric VaR of positions worth `values` (money, positive = a loss), from
    the covariance of the daily returns. (The analytics' own `var.py` has the full family;
    this is the one form a pre-trade check needs, kept allocation-light.)"""
    if not values:
        return 0.0
    symbols = list(values)
    series = np.vstack([view.returns[s] for s in symbols])
    w = np.array([values[s] for s in symbols])
    if series.shape[1] < 2:
        return math.nan
    cov = np.atleast_2d(np.cov(series, ddof=1))
    mean = series.mean(axis=1)
    sigma = math.sqrt(max(0.0, float(w @ cov @ w)))
    return max(0.0, Z_99 * sigma - float(w @ mean))


def correlated_exposure(view: BookView, symbol: str, values: dict[str, float]) -> float:
    """|value of `symbol` + Σ correlation(symbol, other) × value of other|: the position as the
    book really carries it (a hedge lowers it, a second bet on the same move raises it)."""
    own = values.get(symbol, 0.0)
    if symbol not in view.returns:
        return abs(own)
    total = own
    base = view.returns[symbol]
    for other, value in values.items():
        if other == symbol:
            continue
        rho = _correlation(base, view.returns[other])
        if math.isfinite(rho):
            total += rho * value
    return abs(total)


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    n = min(len(a), len(b))
    if n < 3:
        return math.nan
    a, b = a[-n:], b[-n:]
    sa, sb = a.std(), b.std()
    if sa <= 0 or sb <= 0:
        return math.nan
    return float(((a - a.mean()) * (b - b.mean())).mean() / (sa * sb))
