"""Parameter sweeps: grid, random, Bayesian (TPE) or genetic search over a strategy's parameters.

    space = SearchSpace.of(SmaCross, {"fast": "5:50:5", "slow": "20:200:10"})
    result = optimize(SmaCross, candles, space, objective="sharpe",
                      constraints=Constraints(min_trades=10, max_drawdown=0.3))
    result.best.params, result.to_frame(), heatmap(result, "fast", "slow")

Every parameter set is one `run_backtest` (the same unit of work as a single backtest), run
in chunks on an executor (serial, local process pool, or Dask: identical results). Sets the
strategy refuses (its `validate`, e.g. fast >= slow) are skipped up front with the reason;
sets that run but break a constraint are kept in the table, marked, below the ranked ones.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop.backtest.config import BacktestConfig
from desktop.backtest.engine import run_backtest
from desktop.backtest.executors import Executor, SerialExecutor
from desktop.backtest.search_space import SearchSpace, Value
from desktop.core.candles import Candles
from desktop.core.strategy_messages import parameter_message
from desktop.reports.metrics import compute_metrics
from strategies.base import ParameterError, Strategy

OK = "ok"  # ran and met every constraint: ranked by the objective
REJECTED = "rejected"  # ran, but broke a constraint (too few trades, drawdown over the limit)
INVALID = "invalid"  # the strategy refuses this combination (never run)
ERROR = "error"  # the run raised; the reason says what

# Metrics where smaller is better; every other metric key is maximised.
MINIMISE = frozenset({
    "max_drawdown", "volatility", "var_95", "cvar_95",
    "max_drawdown_duration_bars", "max_drawdown_duration_days",
})

ProgressFn = Callable[[int, int], None]
METHODS = ("grid", "random", "bayes", "genetic")
ADAPTIVE = frozenset({"bayes", "genetic"})  # choose each batch from the results so far
# A full grid beyond this many sets is refused: listing it alone takes gigabytes, and running
# it would take days. Narrowing the ranges or random search are the way through.
MAX_GRID_SETS = 1_000_000


def metric_names() -> list[str]:
    """Every metric key a backtest result carries (the possible objectives)."""
    equity = np.array([1.0, 1.0, 1.0])
    empty_f, empty_i = np.empty(0), np.empty(0, dtype=np.int64)
    return list(compute_metrics(equity, 60_000, empty_f, empty_i, empty_i, 0.0))


def maximises(metric: str) -> bool:
    return metric not in MINIMISE


def check_objective(metric: str) -> None:
    names = metric_names()
    if metric not in names:
        raise ValueError(f"unknown objective {metric!r}; choose one of {', '.join(names)}")


@dataclass(slots=True, frozen=True)
class Constraints:
    """A set must make at least `min_trades` trades and, when `max_drawdown` is set (a
    fraction: 0.3 = 30 %), must not draw down further than that."""

    min_trades: int = 0
    max_drawdown: float | None = None

    def violation(self, metrics: Mapping[str, float]) -> str | None:
        trades = int(metrics.get("trades", 0))
        if trades < self.min_trades:
            return f"{trades} trades, fewer than the minimum {self.min_trades}"
        if self.max_drawdown is not None:
            dd = float(metrics.get("max_drawdown", math.nan))
            if not dd <= self.max_drawdown:  # NaN fails too
                return (f"max drawdown {dd * 100:.2f} % exceeds the limit "
                        f"{self.max_drawdown * 100:.2f} %")
        return None


@dataclass(slots=True)
class Row:
    """One parameter set of the sweep: its metrics (empty when not run) and its fate."""

    index: int  # position in the sweep (grid order)
    params: dict[str, Value]
    status: str
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)

    def value(self, metric: str) -> float:
        return float(self.metrics.get(metric, math.nan))


@dataclass(slots=True)
class OptimizeResult:
    strategy: str
    objective: str
    maximize: bool
    param_names: list[str]
    rows: list[Row]  # ranked OK rows, then REJECTED (by objective), then INVALID/ERROR
    total: int  # parameter sets in the sweep, invalid ones included
    cancelled: bool = False

    @property
    def ranked(self) -> list[Row]:
        return [r for r in self.rows if r.status == OK]

    @property
    def best(self) -> Row | None:
        ranked = self.ranked
        return ranked[0] if ranked and not math.isnan(ranked[0].value(self.objective)) else None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per row: parameters, status, reason, then every metric."""
        return [{**r.params, "status": r.status, "reason": r.reason, **r.metrics}
                for r in self.rows]

    def to_frame(self):
        """The results table as a pandas DataFrame, in ranking order."""
        import pandas as pd

        metric_cols = metric_names()
        columns = [*self.param_names, "status", "reason", *metric_cols]
        return pd.DataFrame(self.records(), columns=columns)


def _sort_key(row: Row, objective: str, maximize: bool) -> tuple[int, float, int]:
    v = row.value(objective)
    if math.isnan(v):
        return (1, 0.0, row.index)  # an undefined objective ranks after every number
    return (0, -v if maximize else v, row.index)


def rank_rows(rows: list[Row], objective: str, maximize: bool) -> list[Row]:
    def group(status: str) -> list[Row]:
        return [r for r in rows if r.status == status]

    def by_objective(rs: list[Row]) -> list[Row]:
        return sorted(rs, key=lambda r: _sort_key(r, objective, maximize))

    rest = sorted(group(INVALID) + group(ERROR), key=lambda r: r.index)
    return by_objective(group(OK)) + by_objective(group(REJECTED)) + rest


@dataclass(slots=True, frozen=True)
class SweepJob:
    """What every worker needs for every set, shipped once per worker: the whole history
    and the windows (start, stop bar) that sets are run on."""

    strategy: type[Strategy]
    candles: Candles
    config: BacktestConfig
    symbol: str = ""
    windows: tuple[tuple[int, int], ...] = ()


def evaluate_chunk(
    job: SweepJob, chunk: Sequence[tuple[int, int, dict[str, Value]]]
) -> list[tuple[str, str, dict[str, float]]]:
    """Backtest each (window, index, params) of the chunk: (status, reason, metrics) in order.

    One set that fails must not sink the sweep, so every failure becomes a row's reason."""
    out: list[tuple[str, str, dict[str, float]]] = []
    sliced: dict[int, Candles] = {}
    for window, _, params in chunk:
        if window not in sliced:
            start, stop = job.windows[window]
            sliced[window] = job.candles.slice(start, stop)
        try:
            result = run_backtest(job.strategy, params, sliced[window], job.config, job.symbol)
        except ParameterError as exc:
            out.append((INVALID, parameter_message(exc), {}))
        except Exception as exc:  # a strategy's own bug, shown on its row
            out.append((ERROR, f"{type(exc).__name__}: {exc}", {}))
        else:
            out.append((OK, "", {k: float(v) for k, v in result.metrics.items()}))
    return out


def chunked(items: Sequence[Any], workers: int, chunk_size: int | None = None) -> list[list]:
    """Split into chunks: about four per worker (load balance and progress steps) and never
    more than 256 sets per chunk, so one task's overhead is spread over many backtests."""
    if chunk_size is None:
        chunk_size = max(1, min(256, math.ceil(len(items) / max(1, workers * 4))))
    return [list(items[k:k + chunk_size]) for k in range(0, len(items), chunk_size)]


def optimize(
    strategy_cls: type[Strategy],
    candles: Candles,
    space: SearchSpace | None = None,
    *,
    random: int | None = None,
    seed: int = 0,
    method: str | None = None,
    objective: str = "sharpe",
    maximize: bool | None = None,
    constraints: Constraints | None = None,
    config: BacktestConfig | None = None,
    symbol: str = "",
    executor: Executor | None = None,
    chunk_size: int | None = None,
    on_progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> OptimizeResult:
    """Search `space` and rank the sets tried by `objective`.

    `method`: "grid" (every set; the default without `random`), "random" (`random` distinct
    sets drawn with `seed`; the default with it), "bayes" (Optuna's TPE) or "genetic": the
    adaptive methods try `random` sets, choosing each batch from the results so far
    (desktop.backtest.adaptive_search). `on_progress(done, total)` counts sets run; setting
    `cancel` stops the sweep between chunks and returns what finished, marked `cancelled`."""
    return optimize_windows(
        strategy_cls, candles, [(0, len(candles))], space, random=random, seed=seed,
        method=method, objective=objective, maximize=maximize, constraints=constraints,
        config=config, symbol=symbol, executor=executor, chunk_size=chunk_size,
        on_progress=on_progress, cancel=cancel,
    )[0]


def resolve_method(method: str | None, random: int | None) -> str:
    """The search method a request means; ValueError for an unknown one or a missing budget."""
    method = method or ("random" if random is not None else "grid")
    if method not in METHODS:
        raise ValueError(f"unknown search method {method!r}; choose one of {', '.join(METHODS)}")
    if method != "grid" and (random is None or random < 1):
        raise ValueError(f"{method} search needs a positive number of sets to try")
    return method


def optimize_windows(
    strategy_cls: type[Strategy],
    candles: Candles,
    windows: Sequence[tuple[int, int]],
    space: SearchSpace | None = None,
    *,
    random: int | None = None,
    seed: int = 0,
    method: str | None = None,
    objective: str = "sharpe",
    maximize: bool | None = None,
    constraints: Constraints | None = None,
    config: BacktestConfig | None = None,
    symbol: str = "",
    executor: Executor | None = None,
    chunk_size: int | None = None,
    on_progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> list[OptimizeResult]:
    """`optimize` on each window (start, stop bar) of one history, all in one sweep: the
    history travels to the workers once and every window's sets share the workers."""
    check_objective(objective)
    method = resolve_method(method, random)
    space = space or SearchSpace.of(strategy_cls)
    if space.strategy is not strategy_cls:
        raise ValueError("the search space belongs to another strategy")
    maximize = maximises(objective) if maximize is None else maximize
    constraints = constraints or Constraints()
    config = config or BacktestConfig()
    executor = executor or SerialExecutor()
    job = SweepJob(strategy_cls, candles, config, symbol, tuple(map(tuple, windows)))
    sweep = Sweep(job, executor, constraints, chunk_size, cancel)
    if method in ADAPTIVE:
        from desktop.backtest.adaptive_search import search_windows

        assert random is not None
        rows, totals, cancelled = search_windows(sweep, space, method, random, seed,
                                                 objective, maximize, on_progress)
    else:
        rows, total, cancelled = _fixed_sets(sweep, space, random if method == "random"
                                             else None, seed, on_progress)
        totals = [total] * len(rows)
    return [
        OptimizeResult(
            strategy=strategy_cls.strategy_id(),
            objective=objective,
            maximize=maximize,
            param_names=space.names,
            rows=rank_rows(window_rows, objective, maximize),
            total=total,
            cancelled=cancelled,
        )
        for window_rows, total in zip(rows, totals, strict=True)
    ]


def _fixed_sets(sweep: Sweep, space: SearchSpace, random: int | None, seed: int,
                on_progress: ProgressFn | None) -> tuple[list[list[Row]], int, bool]:
    """Grid or random search: every set is known before the first one runs."""
    if random is None and space.size > MAX_GRID_SETS:
        raise ValueError(
            f"the grid has {space.size:,} parameter sets (limit {MAX_GRID_SETS:,}); narrow the "
            "ranges or use random search"
        )
    sets = space.sample(random, seed) if random is not None else list(space.grid())
    invalid: list[Row] = []
    valid: list[tuple[int, dict[str, Value]]] = []
    for index, params in enumerate(sets):
        reason = space.invalid_reason(params)
        if reason is None:
            valid.append((index, params))
        else:
            invalid.append(Row(index, params, INVALID, reason))
    n_windows = len(sweep.job.windows)
    items = [(w, index, params) for w in range(n_windows) for index, params in valid]
    rows, cancelled = sweep.run(items, progress_counter(on_progress, len(items)))
    return ([window_rows + [Row(r.index, r.params, r.status, r.reason) for r in invalid]
             for window_rows in rows], len(sets), cancelled)


def progress_counter(on_progress: ProgressFn | None, total: int) -> Callable[[int], None]:
    """A callback adding sets run to a running count reported as (done, total)."""
    done = 0
    if on_progress is not None:
        on_progress(0, total)

    def add(count: int) -> None:
        nonlocal done
        done += count
        if on_progress is not None:
            on_progress(done, total)

    return add


@dataclass(slots=True)
class Sweep:
    """The one evaluation path of every search method: (window, index, params) items run in
    chunks on the executor through `evaluate_chunk`, constraints applied to what ran."""

    job: SweepJob
    executor: Executor
    constraints: Constraints
    chunk_size: int | None = None
    cancel: threading.Event | None = None

    def run(self, items: Sequence[tuple[int, int, dict[str, Value]]],
            on_ran: Callable[[int], None] | None = None) -> tuple[list[list[Row]], bool]:
        """Rows per window (in completion order) and whether the sweep was cancelled."""
        rows: list[list[Row]] = [[] for _ in self.job.windows]
        chunks = chunked(items, self.executor.workers, self.chunk_size)
        finished = 0
        for k, outcomes in self.executor.imap(evaluate_chunk, chunks, self.job, self.cancel):
            for (w, index, params), (status, reason, metrics) in zip(chunks[k], outcomes,
                                                                     strict=True):
                if status == OK:
                    violated = self.constraints.violation(metrics)
                    if violated is not None:
                        status, reason = REJECTED, violated
                rows[w].append(Row(index, params, status, reason, metrics))
            finished += 1
            if on_ran is not None:
                on_ran(len(chunks[k]))
        return rows, finished < len(chunks)


@dataclass(slots=True, frozen=True)
class Heatmap:
    """`z[j, i]`: the best `metric` over all other parameters where `y = y_values[j]` and
    `x = x_values[i]`; NaN where no ranked set has that pair."""

    x: str
    y: str
    metric: str
    x_values: list[Value]
    y_values: list[Value]
    z: np.ndarray


def heatmap(result: OptimizeResult, x: str, y: str, metric: str | None = None) -> Heatmap:
    """Two parameters against each other, each cell the best value over the others."""
    for name in (x, y):
        if name not in result.param_names:
            raise KeyError(f"no parameter {name!r}; the sweep has {', '.join(result.param_names)}")
    if x == y:
        raise ValueError("a heatmap needs two different parameters")
    metric = metric or result.objective
    maximize = result.maximize if metric == result.objective else maximises(metric)
    # Axis values from every row, invalid ones included: the refused region shows as NaN.
    x_values = sorted({r.params[x] for r in result.rows})
    y_values = sorted({r.params[y] for r in result.rows})
    xi = {v: i for i, v in enumerate(x_values)}
    yi = {v: j for j, v in enumerate(y_values)}
    z = np.full((len(y_values), len(x_values)), np.nan)
    for r in result.ranked:
        v = r.value(metric)
        if math.isnan(v):
            continue
        j, i = yi[r.params[y]], xi[r.params[x]]
        cur = z[j, i]
        if math.isnan(cur) or (v > cur if maximize else v < cur):
            z[j, i] = v
    return Heatmap(x, y, metric, x_values, y_values, z)
