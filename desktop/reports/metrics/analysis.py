"""Every figure of a report, computed once: `analyse(...)` returns an `Analysis` that the
Excel workbook, the PDF tearsheet, the `--json` output and the performance dock all read,
so the same run shows the same numbers everywhere.

The scalar metrics keep the per-run metrics of `curve.compute_metrics` as they are (a
backtest passes its own `result.metrics` in, so nothing is computed twice and the report
agrees with the stored run to the bit), and add the rest. Keys and their kinds are listed in
desktop.reports.labels.METRIC_GROUPS.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop.reports.metrics.benchmark import benchmark_equity, benchmark_metrics
from desktop.reports.metrics.calendar import monthly_grid, period_returns
from desktop.reports.metrics.curve import bar_length_ms, compute_metrics, drawdown
from desktop.reports.metrics.distribution import (
    omega_ratio,
    rolling_sharpe,
    simple_returns,
    skew_and_kurtosis,
    tail_ratio,
    ulcer_index,
)
from desktop.reports.metrics.drawdowns import DrawdownPeriod, worst_drawdowns
from desktop.reports.metrics.trade_stats import excursions, payoff_ratio, streaks

if TYPE_CHECKING:  # backtests import these metrics; the trade columns type is theirs
    from desktop.backtest.results import Trades


@dataclass(slots=True)
class Table:
    """Rows for a sheet or a PDF table: `kinds` says how each column is shown (text, time,
    price, amount, money, pct, count)."""

    columns: list[str]  # label keys (desktop.reports.labels)
    kinds: list[str]
    rows: list[list[Any]]


@dataclass(slots=True)
class Analysis:
    kind: str  # "backtest", "optimisation", "bot" or "account"
    name: str  # strategy id, bot name or account label
    params: dict[str, Any]
    symbols: list[str]
    benchmark_name: str
    bar_ms: int
    metrics: dict[str, float]  # times (drawdown start, bottom, recovery) as ms, NaN if none
    ts: np.ndarray  # int64 ms
    equity: np.ndarray
    drawdown: np.ndarray
    benchmark: np.ndarray  # buy and hold of the benchmark from the same capital; NaN: none
    worst_drawdowns: list[DrawdownPeriod]
    years: list[int]
    monthly: np.ndarray  # len(years) × 12
    yearly: np.ndarray  # one return per year in `years`
    daily_returns: np.ndarray
    rolling_ts: np.ndarray
    rolling_sharpe: np.ndarray
    trades: Table
    trade_pnl: np.ndarray
    extra: dict[str, Table] = field(default_factory=dict)  # accounts: orders, fills, symbols

    @property
    def start_ms(self) -> int:
        return int(self.ts[0])

    @property
    def end_ms(self) -> int:
        return int(self.ts[-1])


TRADE_COLUMNS = ["symbol", "side", "entry_time", "entry_price", "exit_time", "exit_price",
                 "size", "pnl", "trade_return", "fees", "bars_held", "mae", "mfe",
                 "exit_reason"]
TRADE_KINDS = ["text", "text", "time", "price", "time", "price", "amount", "money", "pct",
               "money", "count", "pct", "pct", "text"]


def analyse(
    ts: np.ndarray,
    equity: np.ndarray,
    trades: Trades | None = None,
    *,
    kind: str = "backtest",
    name: str = "",
    params: dict[str, Any] | None = None,
    symbols: list[str] | None = None,
    base_metrics: dict[str, float] | None = None,
    benchmark_close: np.ndarray | None = None,
    benchmark_name: str = "",
    prices: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
    bar_ms: int | None = None,
) -> Analysis:
    """All the figures of one equity curve (and its trades).

    `benchmark_close` is the benchmark's close on the same bars (NaN where it has none);
    `prices` maps a symbol to its (high, low) on the same bars, for MAE/MFE (absent: NaN).
    `base_metrics` are the run's own `compute_metrics` (recomputed when not given)."""
    ts = np.asarray(ts, dtype=np.int64)
    equity = np.asarray(equity, dtype=np.float64)
    if len(ts) < 2 or len(ts) != len(equity):
        raise ValueError("a report needs an equity curve of at least two points")
    bar_ms = bar_ms or bar_length_ms(ts)
    pnl = np.asarray(trades.pnl, dtype=np.float64) if trades is not None else np.empty(0)
    if base_metrics is None:
        entry = trades.entry_bar if trades is not None else np.empty(0, dtype=np.int64)
        exit_ = trades.exit_bar if trades is not None else np.empty(0, dtype=np.int64)
        base_metrics = compute_metrics(equity, bar_ms, pnl, entry, exit_, math.nan)
        del base_metrics["buy_hold_return"]  # no single market to buy and hold here
    metrics: dict[str, float] = dict(base_metrics)
    dd = drawdown(equity)
    r = simple_returns(equity)
    worst = worst_drawdowns(ts, equity, 5, dd)
    _curve_shape(metrics, r, dd, worst)
    _calendar(metrics, ts, equity)
    bench = np.full(len(equity), np.nan)
    if benchmark_close is not None:
        bench = benchmark_equity(benchmark_close, float(equity[0]))
        priced = bench[np.isfinite(bench)]
        metrics["benchmark_return"] = (float(priced[-1] / priced[0] - 1.0) if len(priced)
                                       else math.nan)
        metrics.update(benchmark_metrics(r, simple_returns(bench), bar_ms))
    table, trade_extra = _trade_table(trades, prices)
    metrics.update(trade_extra)
    years, grid = monthly_grid(ts, equity)
    _, yearly = period_returns(ts, equity, "Y")
    _, daily = period_returns(ts, equity, "D")
    rts, rs = rolling_sharpe(ts, r, bar_ms)
    return Analysis(
        kind=kind, name=name, params=dict(params or {}), symbols=list(symbols or []),
        benchmark_name=benchmark_name if benchmark_close is not None else "",
        bar_ms=bar_ms, metrics=metrics, ts=ts, equity=equity, drawdown=dd, benchmark=bench,
        worst_drawdowns=worst, years=years, monthly=grid, yearly=yearly, daily_returns=daily,
        rolling_ts=rts, rolling_sharpe=rs, trades=table, trade_pnl=pnl)


def _curve_shape(metrics: dict[str, float], r: np.ndarray, dd: np.ndarray,
                 worst: list[DrawdownPeriod]) -> None:
    finite = r[np.isfinite(r)]
    metrics["omega"] = omega_ratio(finite)
    metrics["ulcer_index"] = ulcer_index(dd)
    metrics["tail_ratio"] = tail_ratio(finite)
    metrics["skew"], metrics["kurtosis"] = skew_and_kurtosis(r)
    top = worst[0] if worst else None
    metrics["max_drawdown_start"] = float(top.start_ms) if top else math.nan
    metrics["max_drawdown_bottom"] = float(top.bottom_ms) if top else math.nan
    metrics["max_drawdown_recovery"] = (
        float(top.end_ms) if top and top.end_ms is not None else math.nan)
    metrics["max_drawdown_days"] = top.duration_days if top else 0.0


def _calendar(metrics: dict[str, float], ts: np.ndarray, equity: np.ndarray) -> None:
    for unit, word in (("D", "day"), ("M", "month")):
        _, returns = period_returns(ts, equity, unit)
        finite = returns[np.isfinite(returns)]
        metrics[f"best_{word}"] = float(finite.max()) if len(finite) else math.nan
        metrics[f"worst_{word}"] = float(finite.min()) if len(finite) else math.nan


def _trade_table(trades: Trades | None,
                 prices: dict[str, tuple[np.ndarray, np.ndarray]] | None,
                 ) -> tuple[Table, dict[str, float]]:
    if trades is None or len(trades.pnl) == 0:
        empty = dict.fromkeys(("payoff_ratio", "avg_bars_held", "avg_mae", "avg_mfe"),
                              math.nan)
        empty.update(max_consecutive_wins=0.0, max_consecutive_losses=0.0, fees_paid=0.0)
        return Table(TRADE_COLUMNS, TRADE_KINDS, []), empty
    n = len(trades.pnl)
    pnl = np.asarray(trades.pnl, dtype=np.float64)
    held = np.asarray(trades.exit_bar) - np.asarray(trades.entry_bar)
    mae, mfe = np.full(n, np.nan), np.full(n, np.nan)
    for sym, (high, low) in (prices or {}).items():
        pick = np.flatnonzero(trades.symbol == sym)
        if len(pick):
            mae[pick], mfe[pick] = excursions(
                trades.side[pick], trades.entry_price[pick], trades.entry_bar[pick],
                trades.exit_bar[pick], high, low)
    notional = np.asarray(trades.entry_price) * np.asarray(trades.size)
    with np.errstate(divide="ignore", invalid="ignore"):
        trade_return = np.where(notional > 0, pnl / notional, np.nan)
    wins, losses = streaks(pnl)
    extra = {
        "payoff_ratio": payoff_ratio(pnl),
        "max_consecutive_wins": float(wins),
        "max_consecutive_losses": float(losses),
        "avg_bars_held": float(held.mean()),
        "fees_paid": float(np.sum(trades.fees)),
        "avg_mae": float(np.nanmean(mae)) if np.isfinite(mae).any() else math.nan,
        "avg_mfe": float(np.nanmean(mfe)) if np.isfinite(mfe).any() else math.nan,
    }
    columns = [trades.symbol, np.where(trades.side > 0, "long", "short"), trades.entry_time,
               trades.entry_price, trades.exit_time, trades.exit_price, trades.size, pnl,
               trade_return, trades.fees, held, mae, mfe, trades.exit_reason]
    rows = [list(row) for row in zip(*(c.tolist() for c in map(np.asarray, columns)),
                                     strict=True)]
    return Table(TRADE_COLUMNS, TRADE_KINDS, rows), extra
