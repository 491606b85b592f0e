"""The demo market's bid/ask and 20-level order book around the current price.

The spread is a few basis points that widen with volatility (market makers quote wider when
prices jump around) and is never less than one price tick. Level sizes grow with depth and
drift over time (a log-AR(1) around their typical size), so the book moves with the price
and breathes without flickering wildly from one tick to the next.
"""

from __future__ import annotations

import math

import numpy as np

from desktop.core import OrderBook
from desktop.venues.demo_process import round_to_grid
from desktop.venues.demo_specs import DemoSymbolSpec

BOOK_LEVELS = 20
LEVEL_GAP_BPS = 0.5
SIZE_PERSISTENCE = 0.9
SIZE_NOISE_SD = 0.25


def quote(spec: DemoSymbolSpec, mid: float, volatility_ratio: float) -> tuple[float, float]:
    """Best bid and ask around `mid`, on the price grid, at least one tick apart."""
    tick = spec.price_tick
    spread_ticks = max(1, round(mid * spec.spread_bps * 1e-4 * volatility_ratio / tick))
    bid_units = math.floor((mid - 0.5 * spread_ticks * tick) / tick + 1e-9)
    bid_units = max(1, bid_units)
    decimals = max(0, -math.floor(math.log10(tick))) + 1
    return round(bid_units * tick, decimals), round((bid_units + spread_ticks) * tick, decimals)


class BookSizes:
    """Per-level sizes of both sides of one symbol's book, evolving tick by tick."""

    def __init__(self, spec: DemoSymbolSpec, rng: np.random.Generator) -> None:
        self._spec = spec
        self._rng = rng
        depth = np.arange(BOOK_LEVELS)
        # Thin at the touch, thicker further away, as on a real exchange.
        self._log_typical = np.log(spec.level_size * (0.35 + 0.12 * depth))
        stationary_sd = SIZE_NOISE_SD / math.sqrt(1 - SIZE_PERSISTENCE**2)
        self._log_dev = rng.normal(0.0, stationary_sd, (2, BOOK_LEVELS))

    def evolve(self) -> None:
        self._log_dev *= SIZE_PERSISTENCE
        self._log_dev += self._rng.normal(0.0, SIZE_NOISE_SD, (2, BOOK_LEVELS))

    def book(self, bid: float, ask: float, ts: int, venue: str) -> OrderBook:
        spec = self._spec
        tick = spec.price_tick
        gap = max(1, round(bid * LEVEL_GAP_BPS * 1e-4 / tick)) * tick
        depth = np.arange(BOOK_LEVELS)
        bid_prices = round_to_grid(bid - gap * depth, tick)
        ask_prices = round_to_grid(ask + gap * depth, tick)
        sizes = np.exp(self._log_typical + self._log_dev)
        sizes = np.maximum(round_to_grid(sizes, spec.amount_step), spec.amount_step)
        keep = bid_prices > 0  # a cheap coin's book cannot reach below zero
        bids = tuple(zip(bid_prices[keep].tolist(), sizes[0][keep].tolist(), strict=True))
        asks = tuple(zip(ask_prices.tolist(), sizes[1].tolist(), strict=True))
        return OrderBook(spec.symbol, ts, bids, asks, venue)
