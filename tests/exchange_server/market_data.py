"""The test peer's markets and their deterministic prices.

Each symbol has a seeded random-walk candle history per interval, ending with the candle that is
forming now (as Binance serves it). The current price is that candle's close until a test moves
it with `set_price`.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

from desktop.core import Market, timeframe_ms

HISTORY_BARS = 3000


@dataclass(slots=True, frozen=True)
class SymbolSpec:
    symbol_id: str  # "BTCUSDT"
    base: str
    quote: str
    tick: str  # PRICE_FILTER tickSize, as Binance writes it
    step: str  # LOT_SIZE stepSize
    min_qty: str
    min_notional: str
    start_price: float

    def market(self) -> Market:
        return Market(
            symbol=f"{self.base}/{self.quote}", base=self.base, quote=self.quote,
            price_tick=float(self.tick), amount_step=float(self.step),
            min_amount=float(self.min_qty), min_notional=float(self.min_notional),
            venue="binance-test")


DEFAULT_SPECS = (
    SymbolSpec("BTCUSDT", "BTC", "USDT", "0.01000000", "0.00001000", "0.00001000",
               "5.00000000", 50_000.0),
    SymbolSpec("ETHBTC", "ETH", "BTC", "0.00000100", "0.00010000", "0.00100000",
               "0.00010000", 0.05),
)


def _decimals(step: str) -> int:
    value = float(step)
    return 0 if value >= 1 else max(0, -math.floor(math.log10(value) + 1e-9))


def fmt(value: float, step: str = "0.00000001") -> str:
    return f"{value:.{max(8, _decimals(step))}f}"


class PricePath:
    """Candles of every interval a test asks for, generated once per (symbol, interval)."""

    def __init__(self, specs: tuple[SymbolSpec, ...], now_ms: int) -> None:
        self._specs = {s.symbol_id: s for s in specs}
        self._anchor_ms = now_ms
        self._cache: dict[tuple[str, str], np.ndarray] = {}

    def candles(self, symbol_id: str, interval: str) -> np.ndarray:
        """Rows of (open_ms, open, high, low, close, volume), oldest first."""
        key = (symbol_id, interval)
        if key not in self._cache:
            self._cache[key] = self._generate(self._specs[symbol_id], interval)
        return self._cache[key]

    def _generate(self, spec: SymbolSpec, interval: str) -> np.ndarray:
        step_ms = timeframe_ms(interval)
        last_open = self._anchor_ms // step_ms * step_ms
        ts = last_open - step_ms * np.arange(HISTORY_BARS - 1, -1, -1, dtype=np.int64)
        rng = np.random.default_rng(zlib.crc32(f"{spec.symbol_id}:{interval}".encode()))
        returns = rng.normal(0.0, 0.002, HISTORY_BARS)
        close = spec.start_price * np.exp(np.cumsum(returns))
        close = close * spec.start_price / close[-1]  # the newest close is the start price
        open_ = np.concatenate([[close[0]], close[:-1]])
        wiggle = np.abs(rng.normal(0.0, 0.001, HISTORY_BARS))
        high = np.maximum(open_, close) * (1 + wiggle)
        low = np.minimum(open_, close) * (1 - wiggle)
        volume = rng.uniform(1.0, 20.0, HISTORY_BARS)
        tick = float(spec.tick)
        rounded = [np.round(a / tick) * tick for a in (open_, high, low, close)]
        return np.column_stack([ts.astype(np.float64), *rounded, volume])
