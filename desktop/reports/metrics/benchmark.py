"""The run against a benchmark (by default BTC/USDT bought and held over the same bars).

Conventions, on per-bar simple returns r (the run) and b (the benchmark) over the same bars:
- beta = cov(r, b) / var(b), both with ddof=1;
- alpha = (mean(r) - beta * mean(b)) * bars a year (Jensen's alpha, risk-free rate 0,
  annualised arithmetically);
- correlation = Pearson's;
- information ratio = mean(r - b) / std(r - b, ddof=1) * sqrt(bars a year).
Bars where either return is not finite are left out. Fewer than 3 bars: all NaN.
"""

from __future__ import annotations

import math

import numpy as np

from desktop.reports.metrics.curve import YEAR_MS

KEYS = ("beta", "alpha", "correlation", "information_ratio")


def benchmark_metrics(r: np.ndarray, b: np.ndarray, bar_ms: int) -> dict[str, float]:
    ok = np.isfinite(r) & np.isfinite(b)
    r, b = r[ok], b[ok]
    if len(r) < 3:
        return dict.fromkeys(KEYS, math.nan)
    bars_per_year = YEAR_MS / bar_ms
    cov = np.cov(r, b, ddof=1)
    var_b, var_r = float(cov[1, 1]), float(cov[0, 0])
    beta = float(cov[0, 1]) / var_b if var_b > 0 else math.nan
    alpha = (float(r.mean()) - beta * float(b.mean())) * bars_per_year
    corr = float(cov[0, 1]) / math.sqrt(var_r * var_b) if var_r > 0 and var_b > 0 else math.nan
    active = r - b
    sd = float(active.std(ddof=1))
    info = float(active.mean()) / sd * math.sqrt(bars_per_year) if sd > 0 else math.nan
    return {"beta": beta, "alpha": alpha, "correlation": corr, "information_ratio": info}


def benchmark_equity(close: np.ndarray, start_equity: float) -> np.ndarray:
    """Buy and hold from the first bar with a price, scaled to the run's starting equity
    (NaN before the first price: the benchmark starts there; a missing price later repeats
    the last one)."""
    close = np.asarray(close, dtype=np.float64)
    ok = np.isfinite(close) & (close > 0)
    if not ok.any():
        return np.full(len(close), np.nan)
    idx = np.where(ok, np.arange(len(close)), 0)
    np.maximum.accumulate(idx, out=idx)
    filled = close[idx]
    first = int(np.argmax(ok))
    out = start_equity * filled / close[first]
    out[:first] = np.nan
    return out
