"""What the paper venue's market offers a taker, and how an order walks it.

A side's liquidity is a list of [price, amount] levels, best first (asks ascending for a
buyer, bids descending for a seller). `math.inf` as an amount means "as much as you want"
(a bar's price or the fixed-slippage model). Our own fills take the depth they used out of the
levels, so two market orders between book updates do not both get the best price.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core import Market, OrderBook, Side
from desktop.fills.intrabar import limit_reached

Level = list[float]  # [price, amount]


def crosses(side: Side, price: float, limit: float | None) -> bool:
    """Whether a level at `price` is acceptable to a `side` order limited at `limit`."""
    if limit is None:
        return True
    return limit_reached(side is Side.BUY, limit, price)


def walk(levels: list[Level], side: Side, amount: float,
         limit: float | None = None) -> list[tuple[float, float]]:
    """Executions (price, amount) a taker of `amount` gets from `levels`, best first, stopping
    at the first level beyond `limit`. Does not change `levels`; see `take`."""
    executions: list[tuple[float, float]] = []
    left = amount
    for price, available in levels:
        if left <= 0 or not crosses(side, price, limit):
            break
        if available <= 0:
            continue
        size = min(left, available)
        executions.append((price, size))
        left -= size
    return executions


def take(levels: list[Level], executions: list[tuple[float, float]]) -> None:
    """Remove the depth `executions` used from the front of `levels`."""
    for index, (_, size) in enumerate(executions):
        levels[index][1] -= size
    levels[:] = [level for level in levels if level[1] > 1e-15]


def fillable(levels: list[Level], side: Side, limit: float) -> float:
    """Amount available at or better than `limit` (resting orders fill against this)."""
    total = 0.0
    for price, available in levels:
        if not crosses(side, price, limit):
            break
        total += available
    return total


def take_amount(levels: list[Level], side: Side, limit: float, amount: float) -> None:
    """Remove `amount` of depth at or better than `limit`, best levels first."""
    take(levels, walk(levels, side, amount, limit))


@dataclass(slots=True)
class SymbolLiquidity:
    """The latest price picture of one symbol, as the price source reported it."""

    last: float = math.nan
    bid: float = math.nan
    ask: float = math.nan
    ts: int = 0
    has_book: bool = False  # a book arrived since the last bar: its levels are authoritative
    asks: list[Level] = field(default_factory=list)  # what a buyer can take
    bids: list[Level] = field(default_factory=list)  # what a seller can take

    def levels_for_taker(self, side: Side) -> list[Level]:
        return self.asks if side is Side.BUY else self.bids

    def best_for_taker(self, side: Side) -> float:
        price = self.ask if side is Side.BUY else self.bid
        return price if not math.isnan(price) else self.last

    def set_book(self, book: OrderBook) -> None:
        self.asks = [[p, a] for p, a in book.asks if a > 0]
        self.bids = [[p, a] for p, a in book.bids if a > 0]
        self.bid, self.ask = book.best_bid, book.best_ask
        self.has_book = True

    def set_top(self, bid: float, ask: float, bid_size: float, ask_size: float) -> None:
        """Top of book from a tick. Ignored for depth once a book is known: the book is richer
        and the feed keeps sending it."""
        # A tick without a usable side (NaN or 0) still has a traded price to deal at.
        if not (ask > 0):
            ask, ask_size = self.last, 0.0
        if not (bid > 0):
            bid, bid_size = self.last, 0.0
        self.bid, self.ask = bid, ask
        if self.has_book:
            return
        self.asks = [[ask, ask_size if ask_size > 0 else math.inf]] if ask > 0 else []
        self.bids = [[bid, bid_size if bid_size > 0 else math.inf]] if bid > 0 else []

    def set_point(self, price: float) -> None:
        """A bare traded price (a point on a bar's path): unlimited depth at that price."""
        self.last = self.bid = self.ask = price
        self.asks = [[price, math.inf]]
        self.bids = [[price, math.inf]]
        self.has_book = False


def fixed_slippage_execution(market: Market, side: Side, best: float, amount: float,
                             limit: float | None, slippage_bps: float) -> list[tuple[float, float]]:
    """FIXED_BPS: all of `amount` at `best` moved against the taker, never beyond `limit`."""
    if math.isnan(best) or not crosses(side, best, limit):
        return []
    slip = slippage_bps / 1e4
    if side is Side.BUY:
        price = market.round_price(best * (1 + slip), "ceil")
        price = min(price, limit) if limit is not None else price
    else:
        price = market.round_price(best * (1 - slip), "floor")
        price = max(price, limit) if limit is not None else price
    return [(price, amount)]


def book_executions(market: Market, levels: list[Level], side: Side, amount: float,
                    limit: float | None) -> list[tuple[float, float]]:
    """ORDER_BOOK: walk the levels. Book sizes and the order amount are multiples of the step;
    snapping the sizes keeps subtraction noise (0.19999999999999996) out of fills."""
    snapped = [(price, market.round_amount(size, "nearest"))
               for price, size in walk(levels, side, amount, limit)]
    return [(price, size) for price, size in snapped if size > 0]
