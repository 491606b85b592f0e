"""The depth ladder's numbers, free of Qt: levels grouped by a multiple of the price tick,
cumulative sizes, own orders at their levels, spread and book imbalance.

Bids group down (a bid of 100.07 in steps of 0.1 is in the 100.0 bucket) and asks up (to
100.1): a grouped level never shows a price better than any of its orders, as exchanges do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import Order, OrderBook, Side

GROUP_MULTIPLES = (1, 2, 5, 10, 25, 50, 100, 250, 500, 1000)


@dataclass(slots=True)
class Level:
    price: float
    size: float
    cumulative: float  # from the best level of its side through this one
    side: Side  # BUY: a bid level, SELL: an ask level
    own: float = 0.0  # remaining amount of own open orders at this level
    own_orders: tuple[Order, ...] = ()


@dataclass(slots=True)
class Ladder:
    """Asks and bids best first, with what the dock prints above them."""

    asks: list[Level]
    bids: list[Level]
    step: float
    max_size: float  # the largest level: bars are drawn in proportion to it

    @property
    def best_bid(self) -> float:
        return self.bids[0].price if self.bids else math.nan

    @property
    def best_ask(self) -> float:
        return self.asks[0].price if self.asks else math.nan

    @property
    def spread(self) -> float:
        return self.best_ask - self.best_bid

    @property
    def spread_bps(self) -> float:
        mid = (self.best_ask + self.best_bid) / 2
        return self.spread / mid * 1e4 if mid > 0 else math.nan

    @property
    def imbalance(self) -> float:
        """(bid size - ask size) / (bid size + ask size) over the shown levels, -1 to +1."""
        bid = self.bids[-1].cumulative if self.bids else 0.0
        ask = self.asks[-1].cumulative if self.asks else 0.0
        total = bid + ask
        return (bid - ask) / total if total > 0 else 0.0

    def rows(self) -> list[Level]:
        """Top to bottom as the ladder shows them: the highest ask first, then the bids."""
        return [*reversed(self.asks), *self.bids]


def bucket(price: float, step: float, side: Side) -> float:
    """The grouped price of `price`: down for bids, up for asks."""
    if step <= 0:
        return price
    units = price / step
    n = math.floor(units + 1e-9) if side is Side.BUY else math.ceil(units - 1e-9)
    decimals = max(0, -math.floor(math.log10(step))) + 2 if step < 1 else 2
    return round(n * step, decimals)


def _grouped(levels: tuple[tuple[float, float], ...], step: float,
             side: Side) -> dict[float, float]:
    out: dict[float, float] = {}
    for price, size in levels:
        key = bucket(price, step, side)
        out[key] = out.get(key, 0.0) + size
    return out


def build_ladder(book: OrderBook, step: float, own: list[Order] | tuple[Order, ...] = ()
                 ) -> Ladder:
    """The ladder of `book` grouped by `step` with `own` open orders (of the book's symbol)
    at their levels; a level that holds only own orders is shown with size 0."""
    sides = {Side.BUY: _grouped(book.bids, step, Side.BUY),
             Side.SELL: _grouped(book.asks, step, Side.SELL)}
    mine: dict[tuple[Side, float], list[Order]] = {}
    for order in own:
        if order.price is None or order.status.is_final:
            continue
        key = (order.side, bucket(order.price, step, order.side))
        mine.setdefault(key, []).append(order)
        sides[order.side].setdefault(key[1], 0.0)
    out: dict[Side, list[Level]] = {}
    max_size = 0.0
    for side, sizes in sides.items():
        prices = sorted(sizes, reverse=side is Side.BUY)
        levels, total = [], 0.0
        for price in prices:
            size = sizes[price]
            total += size
            max_size = max(max_size, size)
            orders = tuple(mine.get((side, price), ()))
            levels.append(Level(price, size, total, side,
                                sum(o.remaining for o in orders), orders))
        out[side] = levels
    return Ladder(out[Side.SELL], out[Side.BUY], step, max_size)


def depth_curve(levels: list[Level]) -> list[tuple[float, float]]:
    """(price, cumulative size) points of one side, best first: the depth chart's steps."""
    return [(lv.price, lv.cumulative) for lv in levels]
