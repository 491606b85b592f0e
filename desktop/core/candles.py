"""Columnar candle history: numpy arrays, because charts and backtests work on 10^6 rows."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(slots=True, frozen=True)
class Candles:
    """OHLCV columns of equal length. `ts` is the candle open time in ms since epoch (UTC).

    Arrays are float64 except `ts` (int64). Rows are sorted by `ts`, strictly increasing.
    """

    ts: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __len__(self) -> int:
        return int(self.ts.shape[0])

    @classmethod
    def empty(cls) -> Candles:
        f = np.empty(0, dtype=np.float64)
        return cls(np.empty(0, dtype=np.int64), f, f.copy(), f.copy(), f.copy(), f.copy())

    @classmethod
    def from_arrays(cls, ts, open, high, low, close, volume) -> Candles:
        return cls(
            np.ascontiguousarray(ts, dtype=np.int64),
            np.ascontiguousarray(open, dtype=np.float64),
            np.ascontiguousarray(high, dtype=np.float64),
            np.ascontiguousarray(low, dtype=np.float64),
            np.ascontiguousarray(close, dtype=np.float64),
            np.ascontiguousarray(volume, dtype=np.float64),
        )

    def slice(self, start: int, stop: int) -> Candles:
        return Candles(
            self.ts[start:stop],
            self.open[start:stop],
            self.high[start:stop],
            self.low[start:stop],
            self.close[start:stop],
            self.volume[start:stop],
        )

    def concat(self, other: Candles) -> Candles:
        """This history then `other`; our rows at or after `other`'s first ts are replaced."""
        if len(other) == 0:
            return self
        if len(self) == 0:
            return other
        keep = int(np.searchsorted(self.ts, other.ts[0], side="left"))
        head = self.slice(0, keep)
        return Candles(
            np.concatenate([head.ts, other.ts]),
            np.concatenate([head.open, other.open]),
            np.concatenate([head.high, other.high]),
            np.concatenate([head.low, other.low]),
            np.concatenate([head.close, other.close]),
            np.concatenate([head.volume, other.volume]),
        )
