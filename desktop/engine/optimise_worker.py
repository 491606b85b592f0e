"""The optimisation worker's side: a sweep, then walk-forward and Monte Carlo when asked,
in a spawned process of its own pool; progress goes back through a queue the pool's
initializer hands each worker. Results are plain data (desktop.core.backtests). Qt-free."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from desktop.core.backtests import (
    STAGE_MONTE_CARLO,
    STAGE_SWEEP,
    STAGE_WALK_FORWARD,
    MonteCarloSummary,
    OptimiseRequest,
    OptimiseResult,
    OptimiseRow,
    WalkForwardSummary,
    WalkForwardWindowResult,
)
from desktop.core.candles import Candles
from desktop.core.errors import PregaoError
from desktop.core.messages import marker
from desktop.engine.backtest_worker import backtest_config, file_candles, strategy_class

_t = marker("Backtests")

_HISTOGRAM_BINS = 30
_OPT_QUEUE: Any = None  # set in each optimisation worker by its pool's initializer
_PROGRESS_EVERY_S = 0.1


def optimise_worker_init(queue: Any) -> None:
    global _OPT_QUEUE
    _OPT_QUEUE = queue
    if hasattr(os, "kill"):
        import signal

        def stop(*_args: Any) -> None:
            # Cancelled: the sweep's helper processes go with this one, not left computing.
            for child in multiprocessing.active_children():
                child.terminate()
            os._exit(1)

        try:
            signal.signal(signal.SIGTERM, stop)
        except ValueError:
            pass  # not the main thread (never the case in a pool worker)


def _reporter(job_id: str, stage: str) -> Callable[[int, int], None]:
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if _OPT_QUEUE is None or (now - last[0] < _PROGRESS_EVERY_S and done < total):
            return
        last[0] = now
        try:
            _OPT_QUEUE.put_nowait((job_id, stage, done, total))
        except Exception:  # progress is a courtesy: never let it sink the sweep
            pass

    return report


def _rows(sweep: Any) -> list[OptimiseRow]:
    return [OptimiseRow(r.index, dict(r.params), r.status, r.reason, dict(r.metrics))
            for r in sweep.rows]


def _walk_forward_summary(wf: Any) -> WalkForwardSummary:
    windows = [
        WalkForwardWindowResult(
            in_from_ms=w.in_from_ms,
            out_from_ms=w.out_from_ms,
            out_to_ms=w.out_to_ms,
            in_bars=w.window.in_stop - w.window.in_start,
            out_bars=w.window.out_stop - w.window.out_start,
            params=None if w.params is None else dict(w.params),
            in_sample=dict(w.in_sample),
            out_of_sample=dict(w.out_of_sample),
            ranked_sets=w.ranked_sets,
            reason=w.reason,
        )
        for w in wf.windows
    ]
    return WalkForwardSummary(wf.in_bars, wf.out_bars, wf.anchored, windows,
                              np.asarray(wf.ts, dtype=np.int64),
                              np.asarray(wf.equity, dtype=np.float64), dict(wf.metrics))


def _histogram(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lo, hi = float(values.min()), float(values.max())
    if hi <= lo:  # every run alike (one trade): a narrow bar, not numpy's +-0.5 (+-50 %)
        pad = max(abs(lo) * 0.05, 1e-4)
        lo, hi = lo - pad, hi + pad
    return np.histogram(values, bins=_HISTOGRAM_BINS, range=(lo, hi))


def _monte_carlo_summary(mc: Any, source: str) -> MonteCarloSummary:
    rc, re_ = _histogram(mc.total_returns)
    dc, de = _histogram(mc.max_drawdowns)
    tr, dd = mc.total_return, mc.max_drawdown
    return MonteCarloSummary(
        source=source, runs=mc.runs, trades=mc.trades,
        total_return=(tr.p5, tr.p50, tr.p95), max_drawdown=(dd.p5, dd.p50, dd.p95),
        original_total_return=mc.original_total_return,
        original_max_drawdown=mc.original_max_drawdown,
        loss_probability=mc.loss_probability,
        return_counts=rc, return_edges=re_, drawdown_counts=dc, drawdown_edges=de,
    )


def optimise_job(
    job_id: str,
    request_data: dict[str, Any],
    candles_1m: dict[str, Candles] | None,
    strategy_file: str,
    workers: int,
) -> OptimiseResult:
    """The worker's unit of work: sweep, then walk-forward and Monte Carlo when asked."""
    from desktop.backtest.engine import run_backtest
    from desktop.backtest.executors import make_executor
    from desktop.backtest.monte_carlo import monte_carlo
    from desktop.backtest.optimize import Constraints, optimize
    from desktop.backtest.search_space import SearchSpace
    from desktop.backtest.walk_forward import make_windows, walk_forward
    from desktop.data.resample import resample

    request = OptimiseRequest.from_dict(request_data)
    bt = request.backtest
    cls = strategy_class(bt.strategy, strategy_file)
    source = candles_1m if candles_1m is not None else file_candles(bt)
    symbol, raw = next(iter(source.items()))
    bars = resample(raw, bt.timeframe)
    if len(bars) < 2:
        raise PregaoError(_t("{symbol} has {count} {timeframe} candles in the chosen dates; a "
                             "backtest needs at least 2",
                             symbol=symbol, count=len(bars), timeframe=bt.timeframe))
    if request.walk_forward is not None:
        try:  # before the sweep: a window mistake must not cost a whole sweep first
            make_windows(len(bars), *request.walk_forward, request.anchored)
        except ValueError as exc:
            raise PregaoError(_t("Walk-forward: {exc}", exc=exc)) from None
    space = SearchSpace.of(cls, request.ranges)
    sets = space.size if request.random is None else min(request.random, space.size)
    workers = max(1, workers) if sets >= 64 else 1  # a few sets: helpers cost more than win
    # Small chunks: progress moves in steps a person can see, and cancel is prompt.
    chunk = max(1, min(256, sets // (workers * 20)))
    common: dict[str, Any] = dict(
        random=request.random, seed=request.seed, method=request.method or None,
        objective=request.objective,
        constraints=Constraints(request.min_trades, request.max_drawdown),
        config=backtest_config(bt), symbol=symbol,
    )
    executor = make_executor(None, workers)
    try:
        sweep = optimize(cls, bars, space, executor=executor, chunk_size=chunk,
                         on_progress=_reporter(job_id, STAGE_SWEEP), **common)
        wf = None
        if request.walk_forward is not None:
            wf = walk_forward(cls, bars, *request.walk_forward, space,
                              anchored=request.anchored, executor=executor,
                              on_progress=_reporter(job_id, STAGE_WALK_FORWARD), **common)
    finally:
        executor.close()
    result = OptimiseResult(
        request=request, strategy=bt.strategy, symbol=symbol, objective=sweep.objective,
        maximize=sweep.maximize, param_names=list(sweep.param_names), rows=_rows(sweep),
        total=sweep.total,
        walk_forward=None if wf is None else _walk_forward_summary(wf),
    )
    if request.monte_carlo_runs > 0:
        _reporter(job_id, STAGE_MONTE_CARLO)(0, 1)
        trades, origin = None, ""
        if wf is not None:
            trades, origin = wf.trades, "walk_forward"
        elif sweep.best is not None:
            best = run_backtest(cls, sweep.best.params, bars, common["config"], symbol)
            trades, origin = best.trades, "best"
        if trades is None or len(trades) == 0:
            result.note = "no_trades"
        else:
            mc = monte_carlo(trades, request.monte_carlo_runs, request.seed, cash=bt.cash)
            result.monte_carlo = _monte_carlo_summary(mc, origin)
    return result
