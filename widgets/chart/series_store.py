"""Chart-side candle columns that grow in place and answer "what is visible" in O(pixels).

Qt-free on purpose: the per-pixel aggregation is plain numpy and is tested without a window.

Aggregation uses a pyramid of block maxima/minima (level k holds one value per aligned block
of 2**k bars). A view showing m bars on w pixels reads the level whose block is the smallest
power of two >= m / w, so one frame touches at most ~w values however long the history is.
Blocks are aligned to absolute bar indices, so panning shifts columns without reshuffling
their contents (no shimmer while dragging).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.core.candles import Candles

_MIN_CAPACITY = 1024


class GrowableArray:
    """A 1-D numpy buffer with spare capacity, so live appends are amortised O(1).

    It starts as a view of the array it is given (no copy: loading a million candles must not
    copy them twice) and takes a private, larger copy on the first write.
    """

    __slots__ = ("_buf", "_n", "_owned")

    def __init__(self, values: np.ndarray, dtype: type = np.float64, owned: bool = False):
        self._buf = np.ascontiguousarray(values, dtype=dtype)
        self._n = int(self._buf.shape[0])
        self._owned = owned

    def __len__(self) -> int:
        return self._n

    @property
    def values(self) -> np.ndarray:
        return self._buf[: self._n]

    def _grow(self, capacity: int) -> None:
        grown = np.empty(max(_MIN_CAPACITY, capacity), dtype=self._buf.dtype)
        grown[: self._n] = self._buf[: self._n]
        self._buf = grown
        self._owned = True

    def set(self, i: int, value: float) -> None:
        if i == self._n:
            self.append(value)
            return
        if not self._owned:
            self._grow(self._buf.shape[0] + self._buf.shape[0] // 4)
        self._buf[i] = value

    def append(self, value: float) -> None:
        if not self._owned or self._n == self._buf.shape[0]:
            self._grow(2 * self._buf.shape[0] if self._owned else self._n + self._n // 4 + 1)
        self._buf[self._n] = value
        self._n += 1


Reducer = Callable[[np.ndarray, np.ndarray], np.ndarray]


class BlockPyramid:
    """Reductions (max or min) of `base` over aligned blocks of 2**k values, k = 1, 2, ..."""

    def __init__(self, base: GrowableArray, reducer: Reducer) -> None:
        self._base = base
        self._reduce = reducer
        self.levels: list[GrowableArray] = []
        prev = base.values
        while prev.shape[0] > 1:
            level = self._pairwise(prev)
            self.levels.append(GrowableArray(level, owned=True))
            prev = level

    def _pairwise(self, a: np.ndarray) -> np.ndarray:
        half = a.shape[0] // 2
        out = self._reduce(a[0 : 2 * half : 2], a[1 : 2 * half : 2])
        if a.shape[0] % 2:
            out = np.append(out, a[-1])
        return out

    def level(self, k: int) -> np.ndarray:
        """Values of level k (k=0 is the base itself)."""
        return self._base.values if k == 0 else self.levels[k - 1].values

    def refresh(self, i: int) -> None:
        """Recompute the blocks that contain base index `i` after it changed or was appended."""
        prev = self._base.values
        k = 0
        while prev.shape[0] > 1:
            j = i >> (k + 1)
            pair = prev[2 * j : 2 * j + 2]
            value = self._reduce(pair[0], pair[1]) if pair.shape[0] == 2 else pair[0]
            if k == len(self.levels):
                self.levels.append(GrowableArray(np.empty(0), owned=True))
            self.levels[k].set(j, value)
            prev = self.levels[k].values
            k += 1


@dataclass(slots=True, frozen=True)
class Columns:
    """What to draw for one view: one entry per aligned block of `block` bars.

    `start`/`stop` are the first and one-past-last bar index of each block (bar i spans the
    x interval [i - 0.5, i + 0.5]). At level 0 every entry is one real candle.
    """

    level: int  # blocks hold 2**level bars
    start: np.ndarray
    stop: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __len__(self) -> int:
        return int(self.start.shape[0])

    @property
    def block(self) -> int:
        return 1 << self.level

    @property
    def first_block(self) -> int:
        return int(self.start[0]) >> self.level if len(self) else 0

    @property
    def up(self) -> np.ndarray:
        return self.close >= self.open


def block_level(visible_bars: float, max_columns: int) -> int:
    """Smallest k such that blocks of 2**k bars give at most `max_columns` columns."""
    if max_columns < 1 or visible_bars <= max_columns:
        return 0
    return int(np.ceil(np.log2(visible_bars / max_columns)))


def visible_index_range(x_min: float, x_max: float, n: int) -> tuple[int, int]:
    """Bars whose body overlaps the x interval, clipped to the data: half-open [i0, i1)."""
    i0 = max(0, int(np.floor(x_min + 0.5)))
    i1 = min(n, int(np.floor(x_max + 0.5)) + 1)
    return i0, max(i0, i1)


class CandleColumns:
    """Growable OHLCV columns (the chart keeps its 1-minute base history in one of these)."""

    def __init__(self, candles: Candles) -> None:
        self.ts = GrowableArray(candles.ts, np.int64)
        self.open = GrowableArray(candles.open)
        self.high = GrowableArray(candles.high)
        self.low = GrowableArray(candles.low)
        self.close = GrowableArray(candles.close)
        self.volume = GrowableArray(candles.volume)

    def __len__(self) -> int:
        return len(self.ts)

    def candles(self, start: int = 0) -> Candles:
        """The rows from `start` on, as views (no copy)."""
        return Candles(
            self.ts.values[start:],
            self.open.values[start:],
            self.high.values[start:],
            self.low.values[start:],
            self.close.values[start:],
            self.volume.values[start:],
        )

    def upsert(
        self, ts: int, open_: float, high: float, low: float, close: float, volume: float
    ) -> int:
        """Replace the last candle (same ts) or append a new one; returns its index."""
        n = len(self)
        last = int(self.ts.values[-1]) if n else None
        if last is not None and ts < last:
            raise ValueError("a live candle must be at or after the last candle")
        i = n - 1 if ts == last else n
        for column, value in (
            (self.ts, ts),
            (self.open, open_),
            (self.high, high),
            (self.low, low),
            (self.close, close),
            (self.volume, volume),
        ):
            column.set(i, value)
        return i


class CandleSeries(CandleColumns):
    """The chart's candles at its current timeframe, with live update and fast aggregation.

    The aggregation structures (volume prefix sums, high/low pyramids) are built on the first
    zoomed-out query, so the first frame of a freshly loaded chart does not wait for them.
    """

    def __init__(self, candles: Candles) -> None:
        super().__init__(candles)
        self._cum_volume: GrowableArray | None = None
        self._high_max: BlockPyramid | None = None
        self._low_min: BlockPyramid | None = None
        self._bounds: tuple[float, float, float] | None = None

    def _aggregates(self) -> tuple[GrowableArray, BlockPyramid, BlockPyramid]:
        if self._cum_volume is None or self._high_max is None or self._low_min is None:
            # cum_volume[i] is the volume of bars [0, i): a block's volume is one subtraction.
            cum = np.empty(len(self) + 1)
            cum[0] = 0.0
            np.cumsum(self.volume.values, out=cum[1:])
            self._cum_volume = GrowableArray(cum, owned=True)
            self._high_max = BlockPyramid(self.high, np.fmax)
            self._low_min = BlockPyramid(self.low, np.fmin)
        return self._cum_volume, self._high_max, self._low_min

    def upsert(
        self, ts: int, open_: float, high: float, low: float, close: float, volume: float
    ) -> int:
        i = super().upsert(ts, open_, high, low, close, volume)
        if self._bounds is not None:
            lo, hi, vmax = self._bounds
            self._bounds = (min(lo, low), max(hi, high), max(vmax, volume))
        if self._cum_volume is not None and self._high_max and self._low_min:
            self._cum_volume.set(i + 1, self._cum_volume.values[i] + volume)
            self._high_max.refresh(i)
            self._low_min.refresh(i)
        return i

    def bounds(self) -> tuple[float, float, float]:
        """(lowest low, highest high, highest volume) of the whole series."""
        if len(self) == 0:
            return 0.0, 1.0, 1.0
        if self._bounds is None:
            self._bounds = (
                float(np.nanmin(self.low.values)),
                float(np.nanmax(self.high.values)),
                float(np.nanmax(self.volume.values)),
            )
        return self._bounds

    def columns(self, i0: int, i1: int, max_columns: int) -> Columns:
        """Aggregated blocks covering bars [i0, i1), at most about `max_columns` + 2 of them."""
        n = len(self)
        i0, i1 = max(0, i0), min(n, i1)
        if i1 <= i0:
            e = np.empty(0)
            ei = np.empty(0, dtype=np.int64)
            return Columns(0, ei, ei, e, e, e, e, e)
        k = block_level(i1 - i0, max_columns)
        if k == 0:
            index = np.arange(i0, i1, dtype=np.int64)
            return Columns(
                0,
                index,
                index + 1,
                self.open.values[i0:i1],
                self.high.values[i0:i1],
                self.low.values[i0:i1],
                self.close.values[i0:i1],
                self.volume.values[i0:i1],
            )
        cum_volume, high_max, low_min = self._aggregates()
        k = min(k, len(high_max.levels))
        block = 1 << k
        j0, j1 = i0 >> k, ((i1 - 1) >> k) + 1
        start = np.arange(j0, j1, dtype=np.int64) << k
        stop = np.minimum(start + block, n)
        cum = cum_volume.values
        return Columns(
            k,
            start,
            stop,
            self.open.values[start],
            high_max.level(k)[j0:j1],
            low_min.level(k)[j0:j1],
            self.close.values[stop - 1],
            cum[stop] - cum[start],
        )


class LineSeries:
    """One indicator line; its min/max pyramids (for zoomed-out envelopes) are built lazily."""

    def __init__(self, values: np.ndarray) -> None:
        self.values = GrowableArray(values)
        self._max: BlockPyramid | None = None
        self._min: BlockPyramid | None = None

    def __len__(self) -> int:
        return len(self.values)

    def set_tail(self, start: int, values: np.ndarray) -> None:
        for offset, value in enumerate(values):
            i = start + offset
            self.values.set(i, float(value))
            if self._max is not None and self._min is not None:
                self._max.refresh(i)
                self._min.refresh(i)

    def envelope(self, k: int, j0: int, j1: int) -> tuple[np.ndarray, np.ndarray]:
        """(min, max) of each aligned block of 2**k values in blocks [j0, j1)."""
        if k == 0:
            v = self.values.values[j0:j1]
            return v, v
        if self._max is None or self._min is None:
            self._max = BlockPyramid(self.values, np.fmax)
            self._min = BlockPyramid(self.values, np.fmin)
        k = min(k, len(self._max.levels))
        return self._min.level(k)[j0:j1], self._max.level(k)[j0:j1]
