"""Where an Analysis comes from: a backtest result (with its candles for MAE/MFE and a
benchmark), or an account's stored equity, orders and fills (desktop.reports.account)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from desktop.backtest.results import BacktestResult
from desktop.core.candles import Candles
from desktop.reports.metrics.analysis import Analysis, analyse

DEFAULT_BENCHMARK = "BTC/USDT"


def aligned_close(ts: np.ndarray, bench_ts: np.ndarray, bench_close: np.ndarray) -> np.ndarray:
    """The benchmark's last close at or before each of `ts` (NaN before its first bar)."""
    pos = np.searchsorted(np.asarray(bench_ts, dtype=np.int64), ts, side="right") - 1
    out = np.asarray(bench_close, dtype=np.float64)[np.clip(pos, 0, None)]
    return np.where(pos >= 0, out, np.nan)


def _on_axis(ts: np.ndarray, c: Candles) -> tuple[np.ndarray, np.ndarray]:
    """A symbol's high and low on the run's bar axis (NaN where it has no candle)."""
    if len(c.ts) == len(ts) and np.array_equal(c.ts, ts):
        return c.high, c.low
    high, low = np.full(len(ts), np.nan), np.full(len(ts), np.nan)
    idx = np.searchsorted(ts, c.ts)
    ok = (idx < len(ts)) & (ts[np.clip(idx, 0, len(ts) - 1)] == c.ts)
    high[idx[ok]], low[idx[ok]] = c.high[ok], c.low[ok]
    return high, low


def backtest_analysis(
    result: BacktestResult,
    candles: Mapping[str, Candles] | None = None,
    benchmark: tuple[str, Candles] | None = None,
    kind: str = "backtest",
    name: str = "",
    extra_params: dict[str, Any] | None = None,
) -> Analysis:
    """The report of a run: its own metrics as stored (so the JSON, the sheet and the PDF
    agree), MAE/MFE from `candles`, and `benchmark` (name, candles) bought and held — by
    default BTC/USDT; without one the first symbol's own buy and hold is the benchmark."""
    prices = {s: _on_axis(result.ts, c) for s, c in (candles or {}).items()}
    bench_name, bench_close = "", None
    if benchmark is not None:
        bench_name = benchmark[0]
        bench_close = aligned_close(result.ts, benchmark[1].ts, benchmark[1].close)
    elif candles:
        symbol, c = next(iter(candles.items()))
        bench_name = symbol or "buy and hold"
        bench_close = aligned_close(result.ts, c.ts, c.close)
    params = dict(result.params)
    params.update(extra_params or {})
    return analyse(
        result.ts, result.equity, result.trades, kind=kind, name=name or result.strategy,
        params=params, symbols=[s for s in result.symbols if s] or list(candles or {}),
        base_metrics=result.metrics, benchmark_close=bench_close, benchmark_name=bench_name,
        prices=prices)
