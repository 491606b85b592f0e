"""Trade figures beyond curve.trade_metrics: payoff ratio, streaks, holding time, fees, and
the adverse and favourable excursion of each trade.

Conventions:
- a win is a trade with P&L > 0, a loss one with P&L <= 0 (as curve.trade_metrics);
- payoff ratio = average win / |average loss|;
- streaks count consecutive wins (losses) in exit order;
- MAE / MFE are price moves as fractions of the entry price over the bars from the entry bar
  to the exit bar, both included: for a long, MAE = min(low) / entry - 1 (<= 0 when the price
  went against it) and MFE = max(high) / entry - 1; for a short, MAE = 1 - max(high) / entry
  and MFE = 1 - min(low) / entry.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit


def payoff_ratio(pnl: np.ndarray) -> float:
    wins, losses = pnl[pnl > 0], pnl[pnl <= 0]
    if len(wins) == 0 or len(losses) == 0 or losses.mean() == 0:
        return math.nan
    return float(wins.mean() / -losses.mean())


def longest_streak(mask: np.ndarray) -> int:
    """The longest run of True."""
    if not mask.any():
        return 0
    edges = np.diff(mask.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    return int((np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)).max())


def streaks(pnl: np.ndarray) -> tuple[int, int]:
    """(max consecutive wins, max consecutive losses)."""
    return longest_streak(pnl > 0), longest_streak(pnl <= 0)


@njit(cache=True)
def _excursions(side, entry_price, entry_bar, exit_bar, high, low):
    n = side.shape[0]
    mae = np.empty(n)
    mfe = np.empty(n)
    for k in range(n):
        lo = np.inf
        hi = -np.inf
        for t in range(entry_bar[k], exit_bar[k] + 1):
            if low[t] < lo:
                lo = low[t]
            if high[t] > hi:
                hi = high[t]
        p = entry_price[k]
        if side[k] > 0:
            mae[k] = lo / p - 1.0
            mfe[k] = hi / p - 1.0
        else:
            mae[k] = 1.0 - hi / p
            mfe[k] = 1.0 - lo / p
    return mae, mfe


def excursions(side: np.ndarray, entry_price: np.ndarray, entry_bar: np.ndarray,
               exit_bar: np.ndarray, high: np.ndarray,
               low: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(MAE, MFE) per trade from the high and low of its symbol on the run's bar axis (NaN
    bars, where the symbol had no candle, are skipped by the comparisons)."""
    return _excursions(np.asarray(side, dtype=np.int8),
                       np.asarray(entry_price, dtype=np.float64),
                       np.asarray(entry_bar, dtype=np.int64), np.asarray(exit_bar, dtype=np.int64),
                       np.asarray(high, dtype=np.float64), np.asarray(low, dtype=np.float64))
