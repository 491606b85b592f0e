"""The shape of the per-bar returns r[t] = E[t] / E[t-1] - 1 beyond mean and deviation.

Conventions:
- Omega ratio at a 0 threshold: sum(max(r, 0)) / sum(max(-r, 0)) (NaN without a loss);
- Ulcer index: sqrt(mean(dd²)) over every bar's drawdown fraction (Martin's index, as a
  fraction: 0.05 = 5 %);
- tail ratio: |q95(r)| / |q05(r)| with numpy's linear quantile (QuantStats' definition);
- skew and excess kurtosis: population moments, the risk module's `shape_moments`;
- rolling Sharpe: mean / std (ddof=1) of the returns in a trailing window, × sqrt(bars a
  year) — the window is 30 days of bars, shortened to a third of the series when that is
  too long.
"""

from __future__ import annotations

import math

import numpy as np

from desktop.reports.metrics.curve import DAY_MS, YEAR_MS
from desktop.risk.var import shape_moments

ROLLING_DAYS = 30


def simple_returns(equity: np.ndarray) -> np.ndarray:
    equity = np.asarray(equity, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return equity[1:] / equity[:-1] - 1.0


def omega_ratio(r: np.ndarray) -> float:
    gains = float(np.clip(r, 0.0, None).sum())
    losses = float(np.clip(-r, 0.0, None).sum())
    return gains / losses if losses > 0 else math.nan


def ulcer_index(dd: np.ndarray) -> float:
    return float(np.sqrt(np.mean(dd * dd))) if len(dd) else math.nan


def tail_ratio(r: np.ndarray) -> float:
    if len(r) < 2:
        return math.nan
    lo, hi = np.quantile(r, [0.05, 0.95])
    return abs(float(hi)) / abs(float(lo)) if lo != 0 else math.nan


def skew_and_kurtosis(r: np.ndarray) -> tuple[float, float]:
    if len(r) < 2 or not np.isfinite(r).all():
        return math.nan, math.nan
    return shape_moments(r)


def rolling_sharpe(ts: np.ndarray, r: np.ndarray, bar_ms: int,
                   points: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """(time of each window's last bar, annualised Sharpe of the window), at most `points`
    windows spread evenly over the run (a chart needs no more)."""
    n = len(r)
    window = min(max(2, ROLLING_DAYS * DAY_MS // bar_ms), n // 3)
    if window < 2:
        return np.empty(0, dtype=np.int64), np.empty(0)
    c1 = np.concatenate(([0.0], np.cumsum(r)))
    c2 = np.concatenate(([0.0], np.cumsum(r * r)))
    ends = np.unique(np.linspace(window, n, min(points, n - window + 1)).astype(np.int64))
    s1 = c1[ends] - c1[ends - window]
    s2 = c2[ends] - c2[ends - window]
    mean = s1 / window
    var = np.maximum(s2 - window * mean * mean, 0.0) / (window - 1)
    std = np.sqrt(var)
    with np.errstate(divide="ignore", invalid="ignore"):
        sharpe = np.where(std > 0, mean / std, np.nan) * math.sqrt(YEAR_MS / bar_ms)
    return np.asarray(ts, dtype=np.int64)[ends], sharpe  # r[k] ends at bar k + 1


def histogram(values: np.ndarray, bins: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """(counts, edges) of the finite values; empty when there are none."""
    v = values[np.isfinite(values)]
    if len(v) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0)
    return np.histogram(v, bins=bins)
