"""Market regimes per symbol for the app: every candle's regime, the current one and the
per-regime statistics (numpy only).

The regime rule itself — a Gaussian mixture over volatility and trend, refitted on past
candles only — is `strategies.regimes`, so strategies read exactly what the chart's band shows.
"""

from __future__ import annotations

import numpy as np

from desktop.core.candles import Candles
from desktop.core.ml import RegimeStats, RegimeView
from strategies.regimes import UNKNOWN, regimes

N_REGIMES = 3


def regime_stats(close: np.ndarray, labels: np.ndarray, n_regimes: int) -> list[RegimeStats]:
    """Per regime: how many candles, their share of the labelled ones, and the mean and
    standard deviation of their log return (the move into each candle)."""
    r = np.diff(np.log(np.asarray(close, dtype=np.float64)), prepend=np.nan)
    known = (labels != UNKNOWN) & np.isfinite(r)
    total = int(known.sum())
    out = []
    for k in range(n_regimes):
        inside = known & (labels == k)
        count = int(inside.sum())
        values = r[inside]
        out.append(RegimeStats(
            regime=k, candles=count, share=count / total if total else 0.0,
            mean_return=float(values.mean()) if count else float("nan"),
            volatility=float(values.std(ddof=1)) if count > 1 else float("nan")))
    return out


def detect(candles: Candles, venue: str = "", symbol: str = "", timeframe: str = "",
           n_regimes: int = N_REGIMES, **options: int) -> RegimeView:
    """The regimes of `candles` (already in `timeframe`); `options` go to
    `strategies.regimes.regimes` (refit_every, min_fit, max_fit, vol_window, trend_window)."""
    labels = regimes(candles.close, n_regimes, **options)
    current = int(labels[-1]) if labels.size else UNKNOWN
    return RegimeView(venue, symbol, timeframe, candles.ts.astype(np.int64), labels,
                      n_regimes, regime_stats(candles.close, labels, n_regimes), current)
