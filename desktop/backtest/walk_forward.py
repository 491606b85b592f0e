"""Walk-forward analysis: optimise in-sample, trade the winner on the next, unseen window.

Windows step through the history by the out-of-sample length. Rolling: each in-sample
window is the `in_bars` bars just before its out-of-sample window. Anchored: every
in-sample window starts at the first bar and grows. A final out-of-sample window shorter
than `out_bars` still runs (when it has the 2 bars a backtest needs).

Each out-of-sample run starts with the capital the previous one ended with, so the stitched
curve is one account's equity over all out-of-sample bars. A window where no parameter set
met the constraints stays out of the market (flat equity, no trades) and says why.

Every out-of-sample run starts fresh on its own bars: indicators warm up inside the window
(as a strategy restarted with new parameters would), and a position still open at the
window's end is closed at its last close (with `close_at_end`, the default).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from desktop.backtest.config import BacktestConfig
from desktop.backtest.engine import run_backtest
from desktop.backtest.executors import Executor
from desktop.backtest.optimize import Constraints, ProgressFn, optimize_windows
from desktop.backtest.results import Trades
from desktop.backtest.search_space import SearchSpace, Value
from desktop.core.candles import Candles
from desktop.reports.metrics import compute_metrics
from strategies.base import Strategy


@dataclass(slots=True, frozen=True)
class Window:
    """Bar index ranges, stop exclusive."""

    in_start: int
    in_stop: int
    out_start: int
    out_stop: int


def make_windows(n_bars: int, in_bars: int, out_bars: int, anchored: bool = False) -> list[Window]:
    if in_bars < 2 or out_bars < 2:
        raise ValueError("in-sample and out-of-sample windows need at least 2 bars each")
    if n_bars < in_bars + 2:
        raise ValueError(
            f"walk-forward {in_bars}:{out_bars} needs more than {in_bars + 1} bars; "
            f"the data has {n_bars}"
        )
    windows = []
    out_start = in_bars
    while n_bars - out_start >= 2:
        out_stop = min(out_start + out_bars, n_bars)
        windows.append(Window(0 if anchored else out_start - in_bars, out_start,
                              out_start, out_stop))
        out_start = out_stop
    return windows


@dataclass(slots=True)
class WindowResult:
    window: Window
    in_from_ms: int
    out_from_ms: int
    out_to_ms: int  # open time of the last out-of-sample bar
    params: dict[str, Value] | None  # None: no set met the constraints in-sample
    in_sample: dict[str, float]  # the chosen set's metrics in-sample
    out_of_sample: dict[str, float]  # its metrics out of sample (empty when flat)
    start_equity: float
    end_equity: float
    ranked_sets: int  # sets that met the constraints in-sample
    reason: str = ""


@dataclass(slots=True)
class WalkForwardResult:
    strategy: str
    objective: str
    anchored: bool
    in_bars: int
    out_bars: int
    windows: list[WindowResult]
    ts: np.ndarray  # the out-of-sample bars, stitched
    equity: np.ndarray  # one account's equity over them
    trades: Trades  # out-of-sample trades; bars index into `ts`
    metrics: dict[str, float] = field(default_factory=dict)  # of the stitched curve
    cancelled: bool = False


def _concat_trades(parts: list[tuple[Trades, int]]) -> Trades:
    names = Trades.__dataclass_fields__
    columns: dict[str, Any] = {}
    for name in names:
        arrays = []
        for trades, offset in parts:
            col = getattr(trades, name)
            arrays.append(col + offset if name in ("entry_bar", "exit_bar") else col)
        columns[name] = np.concatenate(arrays) if arrays else np.empty(0)
    return Trades(**columns)


def _empty_trades() -> Trades:
    i64, f64, obj = np.empty(0, np.int64), np.empty(0), np.empty(0, dtype=object)
    return Trades(obj, np.empty(0, np.int8), i64, i64, f64, i64, i64, f64, f64, f64, f64, obj)


def walk_forward(
    strategy_cls: type[Strategy],
    candles: Candles,
    in_bars: int,
    out_bars: int,
    space: SearchSpace | None = None,
    *,
    anchored: bool = False,
    random: int | None = None,
    seed: int = 0,
    method: str | None = None,
    objective: str = "sharpe",
    constraints: Constraints | None = None,
    config: BacktestConfig | None = None,
    symbol: str = "",
    executor: Executor | None = None,
    on_progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> WalkForwardResult:
    """Optimise each in-sample window (all windows in one sweep), run each winner on its
    out-of-sample window with the capital carried over, and stitch the curves."""
    config = config or BacktestConfig()
    windows = make_windows(len(candles), in_bars, out_bars, anchored)
    sweeps = optimize_windows(
        strategy_cls, candles, [(w.in_start, w.in_stop) for w in windows], space,
        random=random, seed=seed, method=method, objective=objective, constraints=constraints,
        config=config,
        symbol=symbol, executor=executor, on_progress=on_progress, cancel=cancel,
    )
    cancelled = any(s.cancelled for s in sweeps)
    capital = config.cash
    results: list[WindowResult] = []
    ts_parts: list[np.ndarray] = []
    equity_parts: list[np.ndarray] = []
    trade_parts: list[tuple[Trades, int]] = []
    offset = 0
    for w, sweep in zip(windows, sweeps, strict=True):
        if cancelled:
            break  # a half-finished sweep would pick winners from a partial table
        out = candles.slice(w.out_start, w.out_stop)
        best = sweep.best
        start_equity = capital
        if best is None:
            equity = np.full(len(out), capital)
            oos: dict[str, float] = {}
            params = None
            reason = "no parameter set met the constraints in-sample"
        else:
            run = run_backtest(strategy_cls, best.params, out, replace(config, cash=capital),
                               symbol)
            equity = run.equity
            oos = dict(run.metrics)
            params = dict(best.params)
            reason = ""
            trade_parts.append((run.trades, offset))
            capital = float(run.equity[-1])
        results.append(WindowResult(
            window=w,
            in_from_ms=int(candles.ts[w.in_start]),
            out_from_ms=int(out.ts[0]),
            out_to_ms=int(out.ts[-1]),
            params=params,
            in_sample=dict(best.metrics) if best is not None else {},
            out_of_sample=oos,
            start_equity=start_equity,
            end_equity=capital,
            ranked_sets=len(sweep.ranked),
            reason=reason,
        ))
        ts_parts.append(out.ts)
        equity_parts.append(equity)
        offset += len(out)
    ts = np.concatenate(ts_parts) if ts_parts else np.empty(0, np.int64)
    equity = np.concatenate(equity_parts) if equity_parts else np.empty(0)
    trades = _concat_trades(trade_parts) if trade_parts else _empty_trades()
    metrics: dict[str, float] = {}
    if len(equity) >= 2:
        first, last = windows[0].out_start, windows[len(results) - 1].out_stop - 1
        buy_hold = float(candles.close[last] / candles.close[first] - 1.0)
        bar_ms = int(np.median(np.diff(ts)))
        metrics = compute_metrics(equity, bar_ms, trades.pnl, trades.entry_bar,
                                  trades.exit_bar, buy_hold)
    return WalkForwardResult(
        strategy=strategy_cls.strategy_id(),
        objective=objective,
        anchored=anchored,
        in_bars=in_bars,
        out_bars=out_bars,
        windows=results,
        ts=ts,
        equity=equity,
        trades=trades,
        metrics=metrics,
        cancelled=cancelled,
    )


def stitched_windows(result: WalkForwardResult) -> Sequence[tuple[int, int]]:
    """(start, stop) of each window's bars in the stitched curve."""
    out, start = [], 0
    for w in result.windows:
        length = w.window.out_stop - w.window.out_start
        out.append((start, start + length))
        start += length
    return out
