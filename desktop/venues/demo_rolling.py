"""Growing candle history and rolling 24h statistics, both updated in O(1) per closed candle."""

from __future__ import annotations

import math
from collections import deque

import numpy as np

from desktop.core import Bar, Candles


class CandleLog:
    """Append-only OHLCV columns with spare capacity.

    `view()` returns Candles over the filled part without copying. A view stays valid after
    later appends: they write past its end, or into fresh arrays when the capacity grows.
    """

    def __init__(self, initial: Candles, spare: int = 1440) -> None:
        n = len(initial)
        self._n = n
        self._cols = []
        for src in (
            initial.ts,
            initial.open,
            initial.high,
            initial.low,
            initial.close,
            initial.volume,
        ):
            col = np.empty(n + spare, dtype=src.dtype)
            col[:n] = src
            self._cols.append(col)

    def __len__(self) -> int:
        return self._n

    def append(self, bar: Bar) -> None:
        if self._n == self._cols[0].shape[0]:
            self._cols = [np.concatenate([c, np.empty_like(c)]) for c in self._cols]
        i = self._n
        values = (bar.ts, bar.open, bar.high, bar.low, bar.close, bar.volume)
        for col, value in zip(self._cols, values, strict=True):
            col[i] = value
        self._n = i + 1

    def view(self) -> Candles:
        n = self._n
        views = [c[:n] for c in self._cols]
        for v in views:
            v.flags.writeable = False  # readers share our storage; they must not edit it
        return Candles(*views)


class Rolling24h:
    """Quote volume and price change over a sliding window of `window` closed candles plus
    the forming one, kept incrementally as candles close."""

    def __init__(self, window: int) -> None:
        self._window = window
        self._opens: deque[float] = deque(maxlen=window)
        self._quote: deque[float] = deque(maxlen=window)
        self._sum = 0.0
        self._pushes = 0

    def push(self, open_price: float, quote_volume: float) -> None:
        if len(self._quote) == self._window:
            self._sum -= self._quote[0]
        self._opens.append(open_price)
        self._quote.append(quote_volume)
        self._sum += quote_volume
        self._pushes += 1
        # Subtracting and adding floats for weeks drifts; an exact re-sum once per window
        # keeps the figure honest at O(1) amortised cost.
        if self._pushes % self._window == 0:
            self._sum = math.fsum(self._quote)

    def volume(self, forming_quote: float) -> float:
        return self._sum + forming_quote

    def change_pct(self, last: float, forming_open: float) -> float:
        ref = self._opens[0] if self._opens else forming_open
        return (last / ref - 1.0) * 100.0 if ref > 0 else 0.0


def typical_quote_volume(candles: Candles) -> np.ndarray:
    """Quote volume of candles that only know their base volume: volume x typical price."""
    typical = (candles.open + candles.high + candles.low + candles.close) / 4.0
    return candles.volume * typical
