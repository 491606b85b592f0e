"""Backtest and optimisation requests and results as plain data: what the backtest panel
sends the engine and what comes back from it (stored runs, sweep tables, walk-forward and
Monte Carlo summaries). Qt-free; imports numpy and nothing of the project beyond core."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import numpy as np

from desktop.core.errors import PregaoError

FILL_MODES = ("next_open", "close")
SIZING_MODES = ("all", "pct", "fixed", "risk")
#: Job stages, reported as the progress event's `message` (the UI words them).
STAGE_LOADING, STAGE_RUNNING = "loading", "running"
STAGES = (STAGE_LOADING, STAGE_RUNNING)
#: Optimisation stages, reported as the progress event's `message` (done/total count sets).
STAGE_SWEEP, STAGE_WALK_FORWARD, STAGE_MONTE_CARLO = "sweep", "walk_forward", "monte_carlo"
OK, REJECTED, INVALID, ERROR = "ok", "rejected", "invalid", "error"  # a row's status


class BacktestRequestError(PregaoError):
    """A request the engine refuses before running; `field` names the input that is wrong
    ("strategy", "symbols", "timeframe", "range", "cash", "fees", "slippage", "sizing",
    "data_file" or "param:<name>")."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(slots=True, frozen=True)
class BacktestRequest:
    """Everything a run needs, as plain data (stored with the run, shown in the run list)."""

    strategy: str
    params: dict[str, Any] = field(default_factory=dict)
    symbols: tuple[str, ...] = ()
    venue: str = "demo"
    timeframe: str = "15m"
    start_ms: int | None = None  # inclusive; None: from the first candle
    end_ms: int | None = None  # exclusive; None: to the last candle
    data_file: str = ""  # a CSV/Parquet file instead of the engine's history
    cash: float = 10_000.0
    maker_fee_bps: float = 10.0
    taker_fee_bps: float = 10.0
    slippage_bps: float = 0.0
    fill: str = "next_open"
    sizing: str = "all"
    sizing_value: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["symbols"] = list(self.symbols)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BacktestRequest:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in known}
        clean["symbols"] = tuple(clean.get("symbols") or ())
        clean["params"] = dict(clean.get("params") or {})
        return cls(**clean)


@dataclass(slots=True, frozen=True)
class RunSummary:
    """One stored run as the run list shows it."""

    id: str
    created_ms: int
    strategy: str
    strategy_name: str
    symbols: tuple[str, ...]
    timeframe: str
    params: dict[str, Any]
    metrics: dict[str, float | None]
    request: BacktestRequest
    start_ms: int
    end_ms: int
    bars: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunSummary:
        request = BacktestRequest.from_dict(data.get("request") or {})
        span = data.get("data") or {}
        return cls(
            id=str(data["id"]),
            created_ms=int(data.get("created_ms") or 0),
            strategy=str(data.get("strategy") or request.strategy),
            strategy_name=str(data.get("strategy_name") or data.get("strategy") or ""),
            symbols=tuple(data.get("symbols") or request.symbols),
            timeframe=request.timeframe,
            params=dict(data.get("params") or {}),
            metrics={k: float_or_none(v) for k, v in (data.get("metrics") or {}).items()},
            request=request,
            start_ms=int(span.get("start_ms") or 0),
            end_ms=int(span.get("end_ms") or 0),
            bars=int(span.get("bars") or 0),
        )


@dataclass(slots=True)
class BacktestRun:
    """A stored run, loaded: its summary, the equity curve and the trades (times in ms)."""

    summary: RunSummary
    ts: np.ndarray  # int64 ms, the bar axis
    equity: np.ndarray
    trades: list[dict[str, Any]]  # result_dict trades plus entry_ms / exit_ms

    @property
    def id(self) -> str:
        return self.summary.id


def float_or_none(value: Any) -> float | None:
    if value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


# -- optimisation ---------------------------------------------------------------------------
@dataclass(slots=True, frozen=True)
class OptimiseRequest:
    """A sweep over `backtest`'s strategy: `ranges[name]` is "lo:hi:step", "a|b|c" or one
    fixed value (a parameter not named keeps its declared range); `random` draws that many
    distinct sets instead of the whole grid. `method` "" means grid without `random` and
    random search with it; "bayes" (Optuna's TPE) and "genetic" try `random` distinct sets
    chosen batch by batch from the results so far. `max_drawdown` is a fraction (0.3 = 30 %).
    `walk_forward` is (in-sample bars, out-of-sample bars); `monte_carlo_runs` 0 is off."""

    backtest: BacktestRequest
    ranges: dict[str, Any] = field(default_factory=dict)
    random: int | None = None
    seed: int = 0
    method: str = ""
    objective: str = "sharpe"
    min_trades: int = 0
    max_drawdown: float | None = None
    walk_forward: tuple[int, int] | None = None
    anchored: bool = False
    monte_carlo_runs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"backtest": self.backtest.to_dict(), **optimise_fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OptimiseRequest:
        wf = data.get("walk_forward")
        return cls(
            backtest=BacktestRequest.from_dict(data.get("backtest") or {}),
            ranges=dict(data.get("ranges") or {}),
            random=None if data.get("random") is None else int(data["random"]),
            seed=int(data.get("seed") or 0),
            method=str(data.get("method") or ""),
            objective=str(data.get("objective") or "sharpe"),
            min_trades=int(data.get("min_trades") or 0),
            max_drawdown=float_or_none(data.get("max_drawdown")),
            walk_forward=None if not wf else (int(wf[0]), int(wf[1])),
            anchored=bool(data.get("anchored")),
            monte_carlo_runs=int(data.get("monte_carlo_runs") or 0),
        )


def optimise_fields(request: OptimiseRequest) -> dict[str, Any]:
    return {f.name: getattr(request, f.name) for f in fields(OptimiseRequest)
            if f.name != "backtest"}


@dataclass(slots=True)
class OptimiseRow:
    """One parameter set: its metrics (empty when it never ran) and its fate."""

    index: int  # position in the sweep (grid order)
    params: dict[str, Any]
    status: str  # OK, REJECTED (broke a constraint), INVALID (refused), ERROR
    reason: str
    metrics: dict[str, float]


@dataclass(slots=True)
class WalkForwardWindowResult:
    in_from_ms: int
    out_from_ms: int
    out_to_ms: int  # open time of the last out-of-sample bar
    in_bars: int
    out_bars: int
    params: dict[str, Any] | None  # None: no set met the constraints in-sample
    in_sample: dict[str, float]
    out_of_sample: dict[str, float]
    ranked_sets: int
    reason: str


@dataclass(slots=True)
class WalkForwardSummary:
    in_bars: int
    out_bars: int
    anchored: bool
    windows: list[WalkForwardWindowResult]
    ts: np.ndarray  # int64 ms: the out-of-sample bars, stitched
    equity: np.ndarray  # one account's equity over them
    metrics: dict[str, float]


@dataclass(slots=True)
class MonteCarloSummary:
    """Percentiles (5th, 50th, 95th) of the bootstrapped total return and max drawdown
    (fractions), with histograms: `*_counts` per bin between consecutive `*_edges`."""

    source: str  # "best" (the best set's trades) or "walk_forward" (out-of-sample trades)
    runs: int
    trades: int
    total_return: tuple[float, float, float]
    max_drawdown: tuple[float, float, float]
    original_total_return: float
    original_max_drawdown: float
    loss_probability: float
    return_counts: np.ndarray
    return_edges: np.ndarray
    drawdown_counts: np.ndarray
    drawdown_edges: np.ndarray


@dataclass(slots=True)
class OptimiseResult:
    request: OptimiseRequest
    strategy: str
    symbol: str
    objective: str
    maximize: bool
    param_names: list[str]
    rows: list[OptimiseRow]  # ranked sets, then rejected ones, then invalid/failed
    total: int
    walk_forward: WalkForwardSummary | None = None
    monte_carlo: MonteCarloSummary | None = None
    #: Why an analysis asked for is missing (e.g. Monte Carlo with no trades), else "".
    note: str = ""

    @property
    def best(self) -> OptimiseRow | None:
        row = self.rows[0] if self.rows else None
        if row is None or row.status != OK or math.isnan(row.metrics.get(self.objective,
                                                                          math.nan)):
            return None
        return row
