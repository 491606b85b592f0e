"""Candles for a bot: a fixed-length rolling window, and closed candles of its timeframe built
from the finer candles its price source publishes.

The window is what makes a decision cost O(warm-up), not O(history): a bot that has run for a
month still hands its strategy only the last `capacity` candles. Appending copies the window
to the front of a buffer twice its size once per `capacity` candles, so an append is O(1)
amortised and a window is a view (no copy).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core import Bar, Candles


class RollingCandles:
    def __init__(self, capacity: int) -> None:
        self.capacity = max(2, int(capacity))
        size = 2 * self.capacity
        self._ts = np.zeros(size, dtype=np.int64)
        self._cols = np.zeros((5, size), dtype=np.float64)  # open, high, low, close, volume
        self._end = 0

    def __len__(self) -> int:
        return min(self._end, self.capacity)

    @property
    def last_ts(self) -> int | None:
        return int(self._ts[self._end - 1]) if self._end else None

    def extend(self, candles: Candles) -> None:
        """Older history first: only the newest `capacity` rows are kept."""
        start = max(0, len(candles) - self.capacity)
        for k in range(start, len(candles)):
            self._push(int(candles.ts[k]), candles.open[k], candles.high[k], candles.low[k],
                       candles.close[k], candles.volume[k])

    def append(self, bar: Bar) -> bool:
        """Add a closed candle; False (ignored) if it is not newer than the last one."""
        last = self.last_ts
        if last is not None and bar.ts <= last:
            return False
        self._push(bar.ts, bar.open, bar.high, bar.low, bar.close, bar.volume)
        return True

    def _push(self, ts: int, o: float, h: float, lo: float, c: float, v: float) -> None:
        if self._end == len(self._ts):
            keep = self.capacity - 1
            self._ts[:keep] = self._ts[self._end - keep:self._end]
            self._cols[:, :keep] = self._cols[:, self._end - keep:self._end]
            self._end = keep
        self._ts[self._end] = ts
        self._cols[:, self._end] = (o, h, lo, c, v)
        self._end += 1

    def window(self) -> Candles:
        """The newest `capacity` candles as views into the buffer (valid until the next
        append moves them: strategies get them for one decision only)."""
        start = max(0, self._end - self.capacity)
        cols = self._cols[:, start:self._end]
        return Candles(self._ts[start:self._end], cols[0], cols[1], cols[2], cols[3], cols[4])


@dataclass(slots=True)
class _Forming:
    start: int
    open: float
    high: float
    low: float
    close: float
    volume: float

    def bar(self) -> Bar:
        return Bar(self.start, self.open, self.high, self.low, self.close, self.volume)


class TimeframeAggregator:
    """Closed candles of `timeframe_ms` from closed source candles of `base_ms` (same symbol).

    A candle closes as soon as the source candle that ends its period arrives (no waiting for
    the next period's first candle), or when a source candle of a later period shows the
    period is over (a gap in trading). Periods start at multiples of the timeframe since the
    epoch, as in `desktop.data.resample`.
    """

    def __init__(self, timeframe_ms: int, base_ms: int) -> None:
        self.timeframe_ms = timeframe_ms
        self.base_ms = base_ms
        self._forming: _Forming | None = None
        self.last_source_ts: int | None = None

    def push(self, bar: Bar) -> list[Bar]:
        if self.last_source_ts is not None and bar.ts <= self.last_source_ts:
            return []  # a repeat of history the window already has
        self.last_source_ts = bar.ts
        out: list[Bar] = []
        start = bar.ts // self.timeframe_ms * self.timeframe_ms
        forming = self._forming
        if forming is not None and forming.start != start:
            out.append(forming.bar())
            forming = None
        if forming is None:
            forming = _Forming(start, bar.open, bar.high, bar.low, bar.close, bar.volume)
        else:
            forming.high = max(forming.high, bar.high)
            forming.low = min(forming.low, bar.low)
            forming.close = bar.close
            forming.volume += bar.volume
        if bar.ts + self.base_ms >= start + self.timeframe_ms:
            out.append(forming.bar())
            forming = None
        self._forming = forming
        return out


def closed_history(source: Candles, timeframe: str, base_ms: int,
                   aggregator: TimeframeAggregator) -> Candles:
    """The complete candles of `timeframe` in `source` (closed candles of `base_ms`); the
    source candles of a period not complete yet are fed to `aggregator` to finish live."""
    from desktop.data.resample import bucket_starts, resample

    if len(source) == 0:
        return source
    step = aggregator.timeframe_ms
    keys = bucket_starts(source.ts, step)
    complete = len(source)
    if int(source.ts[-1]) + base_ms < int(keys[-1]) + step:
        complete = int(np.searchsorted(keys, keys[-1], side="left"))
    head = source.slice(0, complete)
    if complete:
        aggregator.last_source_ts = int(source.ts[complete - 1])
    for k in range(complete, len(source)):
        aggregator.push(Bar(int(source.ts[k]), float(source.open[k]), float(source.high[k]),
                            float(source.low[k]), float(source.close[k]),
                            float(source.volume[k])))
    return resample(head, timeframe) if len(head) else head
