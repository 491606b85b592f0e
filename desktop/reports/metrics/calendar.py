"""Returns per calendar day, month and year (UTC: crypto trades every day of the year).

Conventions: a period's return is its last equity over the previous period's last equity,
minus 1; the first period's base is the first equity of the curve (the starting capital).
Periods without a bar are absent (not zero).
"""

from __future__ import annotations

import numpy as np

UNITS = ("D", "M", "Y")


def period_returns(ts: np.ndarray, equity: np.ndarray, unit: str) -> tuple[np.ndarray,
                                                                         np.ndarray]:
    """(period start as datetime64 of `unit`, the period's return) for each period with bars."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    equity = np.asarray(equity, dtype=np.float64)
    periods = np.asarray(ts, dtype=np.int64).astype("datetime64[ms]").astype(f"datetime64[{unit}]")
    if len(periods) == 0:
        return periods, np.empty(0)
    last = np.flatnonzero(np.concatenate((periods[1:] != periods[:-1], [True])))
    closes = equity[last]
    bases = np.concatenate(([equity[0]], closes[:-1]))
    with np.errstate(divide="ignore", invalid="ignore"):
        returns = np.where(bases > 0, closes / bases - 1.0, np.nan)
    return periods[last], returns


def monthly_grid(ts: np.ndarray, equity: np.ndarray) -> tuple[list[int], np.ndarray]:
    """(years, a years × 12 array of monthly returns, NaN where a month has no bar)."""
    months, returns = period_returns(ts, equity, "M")
    if len(months) == 0:
        return [], np.empty((0, 12))
    index = months.astype(np.int64)  # months since 1970-01
    years = index // 12 + 1970
    first, last = int(years.min()), int(years.max())
    grid = np.full((last - first + 1, 12), np.nan)
    grid[years - first, index % 12] = returns
    return list(range(first, last + 1)), grid
