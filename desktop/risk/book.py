"""What the guard sees of an account when it checks an order: equity, positions at their
marks, open orders, the breakers' reference equities and, for VaR and correlation, daily
returns. Plus the exposure arithmetic every limit shares (one place, so the usage gauges and
the refusals agree)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from desktop.accounting import split_symbol
from desktop.core import OrderRequest, OrderType, Side

EPS = 1e-12


@lru_cache(maxsize=4096)
def assets(symbol: str) -> tuple[str, str]:
    """(base, quote) of a symbol, remembered (the guard asks for every position per order)."""
    return split_symbol(symbol)


class ReturnsModel:
    """Returns of a set of symbols reduced to what the checks use: the 1-day mean and
    covariance (ddof=1) and the correlation. Returns measured over shorter periods
    (`periods_per_day`, e.g. 24 for hourly) are scaled to a day by the square-root-of-time
    rule (mean × n, covariance × n). Built once per history refresh, not per order."""

    __slots__ = ("corr", "cov", "index", "mean", "symbols")

    def __init__(self, returns: Mapping[str, np.ndarray], periods_per_day: float = 1.0) -> None:
        self.symbols = [s for s, r in returns.items() if len(r) >= 3]
        self.index = {s: i for i, s in enumerate(self.symbols)}
        n = min((len(returns[s]) for s in self.symbols), default=0)
        if not self.symbols:
            self.mean = np.zeros(0)
            self.cov = self.corr = np.zeros((0, 0))
            return
        series = np.vstack([np.asarray(returns[s][-n:], dtype=float) for s in self.symbols])
        self.mean = series.mean(axis=1) * periods_per_day
        self.cov = np.atleast_2d(np.cov(series, ddof=1)) * periods_per_day
        std = np.sqrt(np.diag(self.cov))
        with np.errstate(divide="ignore", invalid="ignore"):
            self.corr = self.cov / np.outer(std, std)

    def __contains__(self, symbol: str) -> bool:
        return symbol in self.index

    def vector(self, values: Mapping[str, float]) -> np.ndarray:
        w = np.zeros(len(self.symbols))
        for symbol, value in values.items():
            w[self.index[symbol]] = value
        return w


@dataclass(slots=True)
class BookView:
    quote: str  # the account's main quote currency: every money figure is in it
    equity: float  # cash + positions at their marks; NaN while unknown
    positions: dict[str, float]  # symbol -> signed amount (open positions only)
    marks: dict[str, float]  # symbol -> last price
    open_orders: int = 0
    day_start_equity: float = math.nan
    peak_equity: float = math.nan
    margin_use_pct: float = math.nan  # a derivatives account's margin use (%), NaN: none
    # Daily simple returns per symbol (same length, aligned), for VaR and correlation (the
    # engine passes a prepared `model` instead, built from hourly returns).
    returns: Mapping[str, np.ndarray] = field(default_factory=dict)
    model: ReturnsModel | None = None  # built from `returns` when not given
    _values: dict[str, float] | None = None

    @property
    def risk_model(self) -> ReturnsModel:
        if self.model is None:
            self.model = ReturnsModel(self.returns)
        return self.model

    def value_in_quote(self, symbol: str, amount: float, price: float | None = None) -> float:
        """`amount` of `symbol`'s base valued in the account's quote (NaN if unknown)."""
        mark = self.marks.get(symbol, math.nan) if price is None else price
        quote = assets(symbol)[1]
        if quote == self.quote:
            return amount * mark
        rate = self.marks.get(f"{quote}/{self.quote}", math.nan)
        return amount * mark * rate

    def values(self) -> dict[str, float]:
        """Every position's signed value at its mark (computed once per view)."""
        if self._values is None:
            self._values = {s: self.value_in_quote(s, a) for s, a in self.positions.items()}
        return self._values


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
        if (request.type.needs_stop_price and not request.type.needs_price) or price is None:
            price = request.stop_price if request.stop_price is not None else reference_price
        stop_loss, take_profit = request.stop_loss, request.take_profit
        if request.type is OrderType.OCO:  # a take-profit at `price`, a stop at `stop_price`
            take_profit, stop_loss = request.price, request.stop_price
            # Measured from where the market is now, not from one of its own two levels.
            price = reference_price if math.isfinite(reference_price) else request.price
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
    values = view.values()
    total = 0.0
    for symbol, value in values.items():
        # NaN (value != value): a position without a price is left out.
        if (order is None or symbol != order.symbol) and value == value:
            total += abs(value)
    if order is not None:
        amount = view.positions.get(order.symbol, 0.0) + order.signed
        value = view.value_in_quote(order.symbol, amount, _price(view, order))
        if math.isfinite(value):
            total += abs(value)
    return total


def _price(view: BookView, order: OrderIntent) -> float:
    return order.price if math.isfinite(order.price) else view.marks.get(order.symbol, math.nan)


def asset_exposures(view: BookView, order: OrderIntent | None = None) -> dict[str, float]:
    """Signed value held of each asset across every symbol that contains it (ETH/BTC long is
    long ETH and short BTC); the account's quote currency itself is not exposure."""
    values = dict(view.values())
    if order is not None:
        amount = view.positions.get(order.symbol, 0.0) + order.signed
        values[order.symbol] = view.value_in_quote(order.symbol, amount, _price(view, order))
    out: dict[str, float] = {}
    for symbol, value in values.items():
        if value != value:  # NaN: no price
            continue
        base, quote = assets(symbol)
        out[base] = out.get(base, 0.0) + value
        if quote != view.quote:
            out[quote] = out.get(quote, 0.0) - value
    return out


def weights(view: BookView, order: OrderIntent | None = None) -> dict[str, float]:
    """Signed position values per symbol (after `order`), symbols with returns only."""
    model = view.risk_model
    out = {s: v for s, v in view.values().items() if s in model and v == v}
    if order is not None and order.symbol in model:
        amount = view.positions.get(order.symbol, 0.0) + order.signed
        value = view.value_in_quote(order.symbol, amount, _price(view, order))
        if abs(amount) > EPS and math.isfinite(value):
            out[order.symbol] = value
        else:
            out.pop(order.symbol, None)
    return out


Z_99 = 2.3263478740408408  # standard normal quantile of 0.99


def parametric_var(view: BookView, values: dict[str, float]) -> float:
    """1-day 99 % parametric VaR of positions worth `values` (money, positive = a loss), from
    the covariance of the daily returns: Z·σ(w) − w·μ — the number desktop/risk/var.py's
    `portfolio_var` gives for the same book (a test holds them equal), here on a covariance
    computed once per history refresh so a check stays in microseconds."""
    if not values:
        return 0.0
    model = view.risk_model
    w = model.vector(values)
    sigma = math.sqrt(max(0.0, float(w @ model.cov @ w)))
    return max(0.0, Z_99 * sigma - float(w @ model.mean))


def correlated_exposure(view: BookView, symbol: str, values: dict[str, float]) -> float:
    """|value of `symbol` + Σ correlation(symbol, other) × value of other|: the position as the
    book really carries it (a hedge lowers it, a second bet on the same move raises it)."""
    own = values.get(symbol, 0.0)
    model = view.risk_model
    if symbol not in model:
        return abs(own)
    row = model.corr[model.index[symbol]]
    total = own
    for other, value in values.items():
        if other != symbol:
            rho = row[model.index[other]]
            if math.isfinite(rho):
                total += rho * value
    return abs(total)
