"""Targets for the classifiers, each knowing the candles it looks at.

A label of row i is decided by candles after i. `start[i]` and `end[i]` are the first and last
candle index its outcome depends on (inclusive): validation purges a training row whose span
meets the test window, since its label was decided by test-window prices. Rows whose outcome
is not known yet (too close to the end of the data) have `valid[i] = False`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core.candles import Candles


@dataclass(frozen=True, slots=True)
class Labels:
    """`y` in {0, 1} (1 = up / take-profit first); meaningless where `valid` is False."""

    y: np.ndarray       # int8
    start: np.ndarray   # int64, first candle index the label looks at
    end: np.ndarray     # int64, last candle index the label looks at (inclusive)
    valid: np.ndarray   # bool
    kind: str
    params: dict

    def describe(self) -> dict:
        """What a model card records about the target."""
        return {"kind": self.kind, **self.params}


def forward_sign(candles: Candles, horizon: int) -> Labels:
    """1 where close[i + horizon] > close[i], else 0; looks at candles i+1 .. i+horizon."""
    horizon = _whole("horizon", horizon)
    close = candles.close
    n = close.shape[0]
    idx = np.arange(n, dtype=np.int64)
    valid = idx + horizon < n
    y = np.zeros(n, dtype=np.int8)
    y[valid] = close[idx[valid] + horizon] > close[valid]
    return Labels(y, idx + 1, idx + horizon, valid, "forward_sign", {"horizon": horizon})


def triple_barrier(candles: Candles, take_profit: float, stop: float,
                   time_limit: int) -> Labels:
    """Which barrier the price meets first after the close of candle i.

    Upper barrier close[i]*(1+take_profit) (met when a high reaches it): 1. Lower barrier
    close[i]*(1-stop) (met when a low reaches it): 0. A candle that reaches both counts as the
    stop, since the order within a candle is unknown and the conservative reading is the loss.
    Neither within `time_limit` candles: the sign of the return at the time limit. The span
    ends where the outcome was decided (the touching candle or the time limit).
    """
    time_limit = _whole("time_limit", time_limit)
    if not (take_profit > 0 and stop > 0):
        raise ValueError("take_profit and stop must be positive fractions of the price")
    close, high, low = candles.close, candles.high, candles.low
    n = close.shape[0]
    idx = np.arange(n, dtype=np.int64)
    y = np.zeros(n, dtype=np.int8)
    end = idx + time_limit
    valid = end < n
    decided = ~valid  # rows without a full window stay invalid
    upper = close * (1.0 + take_profit)
    lower = close * (1.0 - stop)
    # Vectorised over rows, looping over the (short) horizon: step k checks candle i+k for
    # every row still undecided.
    for k in range(1, time_limit + 1):
        j = idx + k
        live = ~decided & (j < n)
        if not live.any():
            break
        rows = idx[live]
        hit_low = low[rows + k] <= lower[rows]
        hit_high = high[rows + k] >= upper[rows]
        down = rows[hit_low]
        up = rows[hit_high & ~hit_low]
        y[down] = 0
        y[up] = 1
        end[down] = down + k
        end[up] = up + k
        decided[down] = True
        decided[up] = True
    timed_out = valid & ~decided
    y[timed_out] = close[idx[timed_out] + time_limit] > close[timed_out]
    return Labels(y, idx + 1, end, valid, "triple_barrier",
                  {"take_profit": float(take_profit), "stop": float(stop),
                   "time_limit": time_limit})


def _whole(name: str, value: int) -> int:
    if int(value) != value or value < 1:
        raise ValueError(f"{name} must be a whole number of candles >= 1, got {value!r}")
    return int(value)
