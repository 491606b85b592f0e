"""Aggregate candles to a coarser timeframe, vectorised so it stays fast on 10^6 rows."""

from __future__ import annotations

import numpy as np

from desktop.core.candles import Candles
from desktop.core.timeframes import timeframe_ms


def bucket_starts(ts: np.ndarray, step_ms: int) -> np.ndarray:
    """Open time of the `step_ms` bucket each timestamp falls in (aligned to UTC epoch)."""
    return ts // step_ms * step_ms


def resample(candles: Candles, timeframe: str) -> Candles:
    """`candles` (any finer timeframe) aggregated to `timeframe`.

    Buckets start at multiples of the timeframe since the epoch (UTC). Open is the first open,
    high the max, low the min, close the last close and volume the sum of the bucket's rows.
    Buckets without any input row are omitted: a gap in the data stays a gap on the chart.
    """
    step = timeframe_ms(timeframe)
    n = len(candles)
    if n == 0:
        return candles
    ts = candles.ts
    keys = bucket_starts(ts, step)
    if np.array_equal(keys, ts):
        return candles  # every (strictly increasing) row is aligned: already this timeframe
    # Rows are sorted by ts, so each bucket is one contiguous run; its first row index is
    # where the key changes. That lets reduceat aggregate every bucket in one pass.
    change = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [n])) - 1
    return Candles(
        keys[starts],
        candles.open[starts],
        np.maximum.reduceat(candles.high, starts),
        np.minimum.reduceat(candles.low, starts),
        candles.close[ends],
        np.add.reduceat(candles.volume, starts),
    )
