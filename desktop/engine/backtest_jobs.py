"""Backtest jobs: run in a worker process, report on the bus, stored as JSON runs.

The service lives on the engine thread. A job gathers its candles (the engine's own history
or a CSV/Parquet file), then `run_portfolio` runs in a process pool ('spawn' start method,
created on first use) so neither the engine loop nor the UI waits on the computation.
Cancelling a job that is already computing terminates the pool's workers: the user gets
control back at once, and any other job that was running beside it is restarted on a fresh
pool. Finished runs are written by the worker as `<run id>.json` (the request plus
`export.result_dict`) and a small `<run id>.summary.json` that the run list reads.

Qt-free; `desktop.backtest` is imported lazily (numba compiles on import) and never on the
event loop itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import multiprocessing
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.candles import Candles
from desktop.core.errors import PregaoError
from desktop.core.events import (
    BacktestDoneEvent,
    BacktestFailedEvent,
    BacktestProgressEvent,
    OptimiseDoneEvent,
)
from desktop.core.timeframes import TIMEFRAMES
from desktop.core.types import Market

log = logging.getLogger(__name__)

RUN_FORMAT = 1
SUMMARY_SUFFIX = ".summary.json"
FILL_MODES = ("next_open", "close")
SIZING_MODES = ("all", "pct", "fixed", "risk")
#: Job stages, reported as the progress event's `message` (the UI words them).
STAGE_LOADING, STAGE_RUNNING = "loading", "running"
STAGES = (STAGE_LOADING, STAGE_RUNNING)
_LOADED_CACHE = 8  # loaded runs kept in memory (a comparison shows two, a result one)

HistoryFn = Callable[[str, str], Candles]
MarketsFn = Callable[[], list[Market]]


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
            metrics={k: _float_or_none(v) for k, v in (data.get("metrics") or {}).items()},
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


# -- strategies as plain data ----------------------------------------------------------------
def strategy_listing(catalog: Any) -> list[dict[str, Any]]:
    """Built-in and user strategies with their declared parameters; a user file that does
    not load is listed too, with `error` set (its reason, then the traceback)."""
    out: list[dict[str, Any]] = []
    builtin = set(getattr(catalog, "_builtin", {}))
    by_file = {sid: path for path, entry in catalog.entries.items() for sid in entry.strategies}
    for sid, cls in catalog.strategies().items():
        out.append(_strategy_info(cls, "builtin" if sid in builtin else "user", by_file.get(sid)))
    for path, error in sorted(catalog.errors().items()):
        out.append(
            {
                "id": f"file:{path.name}",
                "name": path.name,
                "doc": "",
                "source": "user",
                "file": str(path),
                "error": error,
                "params": [],
            }
        )
    return out


def _strategy_info(cls: type, source: str, path: Path | None) -> dict[str, Any]:
    params = []
    for name, p in cls.param_spec().items():
        params.append(
            {
                "name": name,
                "kind": p.kind.__name__,
                "default": p.default,
                "low": p.low,
                "high": p.high,
                "step": p.step,
                "doc": p.doc,
            }
        )
    return {
        "id": cls.strategy_id(),
        "name": cls.name or cls.__name__,
        "doc": (cls.__doc__ or "").strip(),
        "source": source,
        "file": str(path) if path else "",
        "error": None,
        "params": params,
    }


# -- the worker side (runs in a spawned process) ----------------------------------------------
def _strategy_class(strategy: str, strategy_file: str) -> type:
    if not strategy_file:
        from strategies.builtin import BUILTIN

        return BUILTIN[strategy]
    from desktop.backtest.strategy_catalog import load_strategy_file

    entry = load_strategy_file(Path(strategy_file))
    if not entry.ok:
        raise PregaoError(str(entry.error).splitlines()[0])
    if strategy not in entry.strategies:
        raise PregaoError(f"{Path(strategy_file).name} no longer defines {strategy!r}")
    return entry.strategies[strategy]


def _in_range(candles: Candles, start_ms: int | None, end_ms: int | None) -> Candles:
    i0 = 0 if start_ms is None else int(np.searchsorted(candles.ts, start_ms, side="left"))
    i1 = len(candles) if end_ms is None else int(np.searchsorted(candles.ts, end_ms, "left"))
    return candles.slice(i0, max(i0, i1))


def _file_candles(request: BacktestRequest) -> dict[str, Candles]:
    from desktop.data.candle_files import load_candles
    from desktop.engine.engine import symbol_from_filename

    symbol = request.symbols[0] if request.symbols else symbol_from_filename(request.data_file)
    candles = load_candles(request.data_file)
    return {symbol: _in_range(candles, request.start_ms, request.end_ms)}


def _config(request: BacktestRequest):
    from desktop.backtest.config import BacktestConfig, FillMode, SizeMode, Sizing

    return BacktestConfig(
        cash=float(request.cash),
        fill=FillMode(request.fill),
        taker_fee_bps=float(request.taker_fee_bps),
        maker_fee_bps=float(request.maker_fee_bps),
        slippage_bps=float(request.slippage_bps),
        sizing=Sizing(SizeMode(request.sizing), float(request.sizing_value)),
    )


def run_job(
    run_id: str,
    request_data: dict[str, Any],
    candles_1m: dict[str, Candles] | None,
    strategy_file: str,
    runs_dir: str,
) -> dict[str, Any]:
    """The worker's unit of work: candles -> run_portfolio -> run files; returns the summary."""
    from desktop.backtest.engine import run_portfolio
    from desktop.backtest.export import result_dict
    from desktop.data.resample import resample

    request = BacktestRequest.from_dict(request_data)
    cls = _strategy_class(request.strategy, strategy_file)
    source = candles_1m if candles_1m is not None else _file_candles(request)
    data: dict[str, Candles] = {}
    for symbol, candles in source.items():
        bars = resample(candles, request.timeframe)
        if len(bars) < 2:
            raise PregaoError(
                f"{symbol} has {len(bars)} {request.timeframe} candles in the chosen dates;"
                " a backtest needs at least 2"
            )
        data[symbol] = bars
    result = run_portfolio(cls, request.params, data, _config(request))
    created = time.time()
    body = result_dict(result)
    summary = {
        "format": RUN_FORMAT,
        "id": run_id,
        "created_ms": int(created * 1000),
        "created": datetime.fromtimestamp(created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "request": request.to_dict(),
        "strategy": body["strategy"],
        "strategy_name": getattr(cls, "name", "") or cls.__name__,
        "params": body["params"],
        "symbols": body["symbols"],
        "metrics": body["metrics"],
        "data": {
            "start_ms": int(result.ts[0]),
            "end_ms": int(result.ts[-1]),
            "bars": len(result.ts),
        },
    }
    folder = Path(runs_dir)
    folder.mkdir(parents=True, exist_ok=True)
    record = {**summary, **body}
    # The full record first: a summary on disk means the run is complete and loadable.
    _write_atomic(folder / f"{run_id}.json", json.dumps(record, allow_nan=False))
    _write_atomic(folder / f"{run_id}{SUMMARY_SUFFIX}", json.dumps(summary, allow_nan=False))
    return summary


def _warm_up() -> int:
    """Import the backtester in the worker so the user's first run starts at once."""
    import desktop.backtest.engine
    import desktop.backtest.export
    import desktop.data.resample  # noqa: F401

    return os.getpid()


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# -- stored runs -----------------------------------------------------------------------------
def _float_or_none(value: Any) -> float | None:
    if value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def iso_to_ms(texts: list[str]) -> np.ndarray:
    """ISO-8601 UTC strings from `export.iso_times` -> int64 ms."""
    if not texts:
        return np.empty(0, dtype=np.int64)
    bare = [t[:-1] if t.endswith("Z") else t for t in texts]
    return np.array(bare, dtype="datetime64[ms]").astype(np.int64)


def read_summaries(folder: Path) -> list[RunSummary]:
    out = []
    if not folder.is_dir():
        return out
    for path in folder.glob(f"*{SUMMARY_SUFFIX}"):
        try:
            out.append(RunSummary.from_json(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Backtest run %s ignored: %s", path.name, exc)
    out.sort(key=lambda s: (s.created_ms, s.id), reverse=True)
    return out


def read_run(folder: Path, run_id: str) -> BacktestRun:
    if not re.fullmatch(r"[\w.-]+", run_id):
        raise PregaoError(f"Not a backtest run id: {run_id!r}")
    path = folder / f"{run_id}.json"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PregaoError(f"The backtest run {run_id} is no longer stored in {folder}") from None
    except ValueError as exc:
        raise PregaoError(f"The backtest run file {path} is unreadable: {exc}") from None
    equity = record.get("equity") or []
    ts = iso_to_ms([t for t, _ in equity])
    values = np.array([math.nan if v is None else v for _, v in equity], dtype=np.float64)
    trades = list(record.get("trades") or [])
    entry = iso_to_ms([t["entry_time"] for t in trades])
    exit_ = iso_to_ms([t["exit_time"] for t in trades])
    for k, t in enumerate(trades):
        t["entry_ms"] = int(entry[k])
        t["exit_ms"] = int(exit_[k])
    return BacktestRun(RunSummary.from_json(record), ts, values, trades)


def default_runs_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Pregao")) / "backtests"


def new_run_id(strategy: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safe = re.sub(r"[^\w-]+", "_", strategy)[:40] or "run"
    return f"{stamp}-{safe}-{uuid.uuid4().hex[:6]}"


# -- the service (engine thread) -------------------------------------------------------------
@dataclass(slots=True)
class _Job:
    id: str
    request: BacktestRequest
    task: asyncio.Task | None = None
    future: Future | None = None
    canceled: bool = False
    finished: bool = False


class BacktestJobs:
    """Owned by the engine: submit, cancel, list and load backtest runs."""

    def __init__(self, bus: Any, history: HistoryFn, markets: MarketsFn) -> None:
        self._bus = bus
        self._history = history
        self._markets = markets
        #: Where runs are stored and user strategies found; None: the user data folder.
        self.runs_dir: Path | None = None
        self.strategies_dir: Path | None = None
        self.max_workers = max(1, min(4, (os.cpu_count() or 2) // 2))
        self._pool: ProcessPoolExecutor | None = None
        self._jobs: dict[str, _Job] = {}
        self._catalog: Any = None
        self._catalog_dir: Path | None = None
        self._catalog_lock = threading.Lock()
        self._loaded: OrderedDict[str, BacktestRun] = OrderedDict()
        # Optimisation jobs: their own one-process pool (a sweep may run for long; a
        # cancelled one stops by ending its process, which must not kill backtests).
        self._opt_pool: ProcessPoolExecutor | None = None
        self._opt_queue: Any = None  # worker -> engine progress messages
        self._opt_jobs: dict[str, _OptimiseJob] = {}
        self._opt_results: OrderedDict[str, OptimiseResult] = OrderedDict()
        self._opt_drain: asyncio.Task | None = None

    # -- folders and strategies (blocking parts run in the loop's default executor) ---------
    def runs_folder(self) -> Path:
        return Path(self.runs_dir) if self.runs_dir is not None else default_runs_dir()

    def _catalog_now(self) -> Any:
        """The strategy catalog, refreshed (imports changed user files); call off the loop."""
        from desktop.backtest.strategy_catalog import StrategyCatalog

        with self._catalog_lock:
            folder = None if self.strategies_dir is None else Path(self.strategies_dir)
            if self._catalog is None or folder != self._catalog_dir:
                self._catalog = StrategyCatalog(folder)
                self._catalog_dir = folder
            self._catalog.refresh()
            return self._catalog

    async def _off_loop(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    async def strategies(self) -> list[dict[str, Any]]:
        return await self._off_loop(lambda: strategy_listing(self._catalog_now()))

    async def runs(self) -> list[RunSummary]:
        return await self._off_loop(read_summaries, self.runs_folder())

    async def load_run(self, run_id: str) -> BacktestRun:
        cached = self._loaded.get(run_id)
        if cached is None:
            cached = await self._off_loop(read_run, self.runs_folder(), run_id)
            self._loaded[run_id] = cached
            while len(self._loaded) > _LOADED_CACHE:
                self._loaded.popitem(last=False)
        self._loaded.move_to_end(run_id)
        return cached

    async def delete_run(self, run_id: str) -> None:
        if not re.fullmatch(r"[\w.-]+", run_id):
            raise PregaoError(f"Not a backtest run id: {run_id!r}")
        self._loaded.pop(run_id, None)
        folder = self.runs_folder()

        def remove() -> None:
            for name in (f"{run_id}{SUMMARY_SUFFIX}", f"{run_id}.json"):
                (folder / name).unlink(missing_ok=True)

        await self._off_loop(remove)

    # -- jobs --------------------------------------------------------------------------------
    def active_jobs(self) -> list[str]:
        return [j.id for j in self._jobs.values() if not j.finished]

    async def submit(self, request: BacktestRequest, job_id: str = "") -> str:
        """Check the request, start the job, return its id; BacktestRequestError if refused."""
        markets = self._markets()  # read on the loop: the feeds change only here
        strategy_file = await self._off_loop(self._check, request, markets)
        job = _Job(job_id or uuid.uuid4().hex, request)
        if job.id in self._jobs:
            raise BacktestRequestError(f"A backtest job {job.id} already exists")
        self._jobs[job.id] = job
        self._progress(job, 0, STAGE_LOADING)
        job.task = asyncio.get_running_loop().create_task(
            self._run(job, strategy_file), name=f"backtest-{job.id}"
        )
        return job.id

    def warm_up(self) -> None:
        """Start the worker pool now (it imports the backtester) so a first run is quick."""
        if self._pool is None:
            self._pool_now().submit(_warm_up)

    def cancel(self, job_id: str) -> bool:
        """End a job as canceled, at once; False when it had already finished."""
        job = self._jobs.get(job_id)
        if job is None or job.finished:
            return False
        job.canceled = True
        job.finished = True
        if job.future is not None and not job.future.cancel():
            self._kill_pool()  # it is computing: only stopping the worker ends it now
        if job.task is not None:
            job.task.cancel()
        self._bus.publish(BacktestFailedEvent(job.id, "canceled", canceled=True))
        return True

    async def stop(self) -> None:
        for job in list(self._jobs.values()):
            if not job.finished:
                self.cancel(job.id)
        tasks = [j.task for j in self._jobs.values() if j.task is not None]
        for opt in list(self._opt_jobs.values()):
            if not opt.finished:
                self.optimise_cancel(opt.id)
        tasks += [j.task for j in self._opt_jobs.values() if j.task is not None]
        await asyncio.gather(*tasks, return_exceptions=True)
        # Nothing runs any more: idle workers are let go politely, so the pools' queues and
        # locks are released (killing them here leaves semaphores behind at exit).
        # A worker still importing (the dock's warm-up) gets a moment, then is terminated.
        for pool, kill in ((self._pool, self._kill_pool), (self._opt_pool, self._kill_opt_pool)):
            if pool is None:
                continue
            try:
                await asyncio.wait_for(
                    asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True), 1.0
                )
            except TimeoutError:
                kill()
        self._pool = self._opt_pool = None
        queue, self._opt_queue = self._opt_queue, None
        if queue is not None:
            queue.close()
            queue.join_thread()

    # -- internals ---------------------------------------------------------------------------
    def _check(self, request: BacktestRequest, markets: list[Market]) -> str:
        """Refuse a bad request with the field it concerns; returns the strategy's file."""
        from strategies.base import ParameterError

        catalog = self._catalog_now()
        known = catalog.strategies()
        if request.strategy not in known:
            broken = [e.splitlines()[0] for e in catalog.errors().values()]
            hint = f" (files that failed to load: {'; '.join(broken)})" if broken else ""
            raise BacktestRequestError(f"Unknown strategy {request.strategy!r}{hint}", "strategy")
        cls = known[request.strategy]
        try:
            cls(**request.params)
        except ParameterError as exc:
            text = str(exc)
            names = [n for n in cls.param_spec() if re.search(rf"\b{re.escape(n)}\b", text)]
            raise BacktestRequestError(text, f"param:{names[0]}" if names else "params") from None
        if request.timeframe not in TIMEFRAMES:
            raise BacktestRequestError(f"Unknown timeframe {request.timeframe!r}", "timeframe")
        start, end = request.start_ms, request.end_ms
        if start is not None and end is not None and start >= end:
            raise BacktestRequestError("The start date must be before the end date", "range")
        if request.data_file:
            if not Path(request.data_file).is_file():
                raise BacktestRequestError(f"No such file: {request.data_file}", "data_file")
        else:
            if not request.symbols:
                raise BacktestRequestError("Choose at least one symbol", "symbols")
            listed = {m.symbol for m in markets if m.venue == request.venue}
            missing = [s for s in request.symbols if s not in listed]
            if missing:
                raise BacktestRequestError(
                    f"{', '.join(missing)} is not a market of {request.venue}", "symbols"
                )
        if request.fill not in FILL_MODES:
            raise BacktestRequestError(f"Unknown fill mode {request.fill!r}", "fill")
        if request.sizing not in SIZING_MODES:
            raise BacktestRequestError(f"Unknown sizing {request.sizing!r}", "sizing")
        if not (request.sizing_value > 0 and math.isfinite(request.sizing_value)):
            raise BacktestRequestError("The sizing value must be a positive number", "sizing")
        try:
            _config(request)
        except ValueError as exc:
            text = str(exc)
            where = next((f for f in ("cash", "fee", "slippage") if f in text), "config").replace(
                "fee", "fees"
            )
            raise BacktestRequestError(text, where) from None
        path = next(
            (p for p, e in catalog.entries.items() if request.strategy in e.strategies), None
        )
        return str(path) if path is not None else ""

    def _pool_now(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.max_workers, mp_context=multiprocessing.get_context("spawn")
            )
        return self._pool

    def _kill_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # The executor has no public 'terminate': its worker processes are the only handle.
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                proc.terminate()
            except (OSError, AttributeError):
                pass
        pool.shutdown(wait=False, cancel_futures=True)

    def _progress(self, job: _Job, done: int, stage: str) -> None:
        if not job.finished:
            self._bus.publish(BacktestProgressEvent(job.id, done, len(STAGES), stage))

    def _candles(self, request: BacktestRequest) -> dict[str, Candles] | None:
        if request.data_file:
            return None  # the worker reads the file: parsing is CPU work
        return {
            s: _in_range(self._history(request.venue, s), request.start_ms, request.end_ms)
            for s in request.symbols
        }

    async def _run(self, job: _Job, strategy_file: str) -> None:
        run_id = new_run_id(job.request.strategy)
        try:
            candles = self._candles(job.request)
            self._progress(job, 1, STAGE_RUNNING)
            args = (run_id, job.request.to_dict(), candles, strategy_file, str(self.runs_folder()))
            for attempt in (1, 2):
                job.future = self._pool_now().submit(run_job, *args)
                try:
                    await asyncio.wrap_future(job.future)
                    break
                except BrokenProcessPool:
                    if job.canceled:
                        return
                    self._kill_pool()
                    if attempt == 2:
                        raise PregaoError(
                            "The backtest worker process stopped unexpectedly"
                        ) from None
                    log.info("Backtest %s restarted on a fresh worker", job.id)
        except asyncio.CancelledError:
            if not job.canceled:
                raise
            return
        except Exception as exc:  # the job fails; the engine and other jobs go on
            if job.canceled:
                return
            job.finished = True
            log.warning("Backtest %s failed: %s", job.id, exc)
            self._bus.publish(BacktestFailedEvent(job.id, str(exc) or type(exc).__name__))
            return
        if job.canceled:
            return
        job.finished = True
        self._bus.publish(BacktestDoneEvent(job.id, run_id))

    # -- optimisation jobs -------------------------------------------------------------------
    # A sweep (plus walk-forward and Monte Carlo) runs in one worker process of its own pool;
    # that process fans the backtests out further when the machine has cores to spare.
    # Progress comes back through a multiprocessing queue drained on the engine loop.
    async def optimise_objectives(self) -> list[tuple[str, bool]]:
        """Every metric an optimisation can rank by, and whether larger is better."""

        def names() -> list[tuple[str, bool]]:
            from desktop.backtest.optimize import maximises, metric_names

            return [(m, maximises(m)) for m in metric_names()]

        return await self._off_loop(names)

    def optimise_warm_up(self) -> None:
        """Start the optimisation worker now (it imports the backtester)."""
        if self._opt_pool is None:
            self._opt_pool_now().submit(_warm_up)

    def active_optimisations(self) -> list[str]:
        return [j.id for j in self._opt_jobs.values() if not j.finished]

    async def optimise_submit(self, request: OptimiseRequest, job_id: str = "") -> str:
        """Check the request, start the sweep, return the job id; BacktestRequestError names
        the wrong field ("objective", "ranges", "random", "constraints", "walk_forward",
        "monte_carlo", "param:<name>" or a backtest field)."""
        markets = self._markets()
        strategy_file = await self._off_loop(self._check_optimise, request, markets)
        job = _OptimiseJob(job_id or uuid.uuid4().hex, request)
        if job.id in self._opt_jobs or job.id in self._jobs:
            raise BacktestRequestError(f"An optimisation job {job.id} already exists")
        self._opt_jobs[job.id] = job
        self._bus.publish(BacktestProgressEvent(job.id, 0, 0, STAGE_LOADING))
        job.task = asyncio.get_running_loop().create_task(
            self._run_optimise(job, strategy_file), name=f"optimise-{job.id}"
        )
        return job.id

    def optimise_cancel(self, job_id: str) -> bool:
        """End an optimisation at once (its worker process is stopped); False if it had
        already finished."""
        job = self._opt_jobs.get(job_id)
        if job is None or job.finished:
            return False
        job.canceled = True
        job.finished = True
        if job.future is not None and not job.future.cancel():
            self._kill_opt_pool()
        if job.task is not None:
            job.task.cancel()
        self._bus.publish(BacktestFailedEvent(job.id, "canceled", canceled=True))
        return True

    def optimise_result(self, job_id: str) -> OptimiseResult:
        result = self._opt_results.get(job_id)
        if result is None:
            raise PregaoError(f"No optimisation result {job_id!r} (finished long ago?)")
        return result

    def _check_optimise(self, request: OptimiseRequest, markets: list[Market]) -> str:
        from desktop.backtest.optimize import MAX_GRID_SETS, metric_names
        from desktop.backtest.search_space import SearchSpace
        from strategies.base import ParameterError

        bt = request.backtest
        # The sweep decides the parameters: the form's own values must not refuse it.
        strategy_file = self._check(
            BacktestRequest.from_dict({**bt.to_dict(), "params": {}}), markets
        )
        if request.objective not in metric_names():
            raise BacktestRequestError(f"Unknown objective {request.objective!r}", "objective")
        cls = self._catalog_now().strategies()[bt.strategy]
        try:
            space = SearchSpace.of(cls, request.ranges)
        except ParameterError as exc:
            text = str(exc)
            names = [n for n in cls.param_spec() if re.search(rf"'{re.escape(n)}'", text)]
            raise BacktestRequestError(text, f"param:{names[0]}" if names else "ranges") from None
        if request.random is not None and request.random < 1:
            raise BacktestRequestError("Random search needs at least 1 set", "random")
        if request.random is None and space.size > MAX_GRID_SETS:
            raise BacktestRequestError(
                f"The grid has {space.size:,} parameter sets (limit {MAX_GRID_SETS:,}); "
                "narrow the ranges or use random search",
                "ranges",
            )
        if request.min_trades < 0:
            raise BacktestRequestError("The minimum trades must not be negative", "constraints")
        dd = request.max_drawdown
        if dd is not None and not 0 < dd <= 1:
            raise BacktestRequestError("The drawdown limit must be above 0 and at most 100 %",
                                       "constraints")
        if request.walk_forward is not None and min(request.walk_forward) < 2:
            raise BacktestRequestError("Walk-forward windows need at least 2 bars each",
                                       "walk_forward")
        if request.monte_carlo_runs < 0:
            raise BacktestRequestError("Monte Carlo runs must not be negative", "monte_carlo")
        return strategy_file

    def _opt_pool_now(self) -> ProcessPoolExecutor:
        if self._opt_pool is None:
            context = multiprocessing.get_context("spawn")
            self._opt_queue = context.Queue()
            self._opt_pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=_optimise_worker_init,
                initargs=(self._opt_queue,),
            )
        return self._opt_pool

    def _kill_opt_pool(self) -> None:
        pool, self._opt_pool = self._opt_pool, None
        if pool is None:
            return
        # SIGTERM: the worker's handler ends the sweep's own helper processes first.
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            try:
                proc.terminate()
            except (OSError, AttributeError):
                pass
        pool.shutdown(wait=False, cancel_futures=True)

    def _drain_progress(self) -> None:
        import queue as queue_mod

        source = self._opt_queue
        if source is None:
            return
        latest: dict[str, tuple[str, int, int]] = {}
        while True:
            try:
                job_id, stage, done, total = source.get_nowait()
            except (queue_mod.Empty, OSError, EOFError, ValueError):
                break
            latest[job_id] = (stage, done, total)
        for job_id, (stage, done, total) in latest.items():
            job = self._opt_jobs.get(job_id)
            if job is not None and not job.finished:
                self._bus.publish(BacktestProgressEvent(job_id, done, total, stage))

    async def _drain_loop(self) -> None:
        while self.active_optimisations():
            self._drain_progress()
            await asyncio.sleep(0.1)
        self._opt_drain = None

    async def _run_optimise(self, job: _OptimiseJob, strategy_file: str) -> None:
        request = job.request
        bt = request.backtest
        try:
            # A sweep runs on one market: the first ticked symbol.
            one = BacktestRequest.from_dict({**bt.to_dict(), "symbols": list(bt.symbols[:1])})
            candles = self._candles(one)
            if self._opt_drain is None:
                self._opt_drain = asyncio.get_running_loop().create_task(self._drain_loop())
            args = (job.id, OptimiseRequest(one, **_optimise_fields(request)).to_dict(),
                    candles, strategy_file, self.max_workers)
            for attempt in (1, 2):
                job.future = self._opt_pool_now().submit(optimise_job, *args)
                try:
                    result = await asyncio.wrap_future(job.future)
                    break
                except BrokenProcessPool:
                    if job.canceled:
                        return
                    self._kill_opt_pool()
                    if attempt == 2:
                        raise PregaoError(
                            "The optimisation worker process stopped unexpectedly"
                        ) from None
        except asyncio.CancelledError:
            if not job.canceled:
                raise
            return
        except Exception as exc:  # the job fails; the engine and other jobs go on
            if job.canceled:
                return
            job.finished = True
            log.warning("Optimisation %s failed: %s", job.id, exc)
            self._bus.publish(BacktestFailedEvent(job.id, str(exc) or type(exc).__name__))
            return
        if job.canceled:
            return
        job.finished = True
        self._opt_results[job.id] = result
        while len(self._opt_results) > _LOADED_CACHE:
            self._opt_results.popitem(last=False)
        self._bus.publish(OptimiseDoneEvent(job.id))


# -- optimisation: requests and results as plain data ------------------------------------------
#: Optimisation stages, reported as the progress event's `message` (done/total count sets).
STAGE_SWEEP, STAGE_WALK_FORWARD, STAGE_MONTE_CARLO = "sweep", "walk_forward", "monte_carlo"
OK, REJECTED, INVALID, ERROR = "ok", "rejected", "invalid", "error"  # a row's status
_HISTOGRAM_BINS = 30


@dataclass(slots=True, frozen=True)
class OptimiseRequest:
    """A sweep over `backtest`'s strategy: `ranges[name]` is "lo:hi:step", "a|b|c" or one
    fixed value (a parameter not named keeps its declared range); `random` draws that many
    distinct sets instead of the whole grid. `max_drawdown` is a fraction (0.3 = 30 %).
    `walk_forward` is (in-sample bars, out-of-sample bars); `monte_carlo_runs` 0 is off."""

    backtest: BacktestRequest
    ranges: dict[str, Any] = field(default_factory=dict)
    random: int | None = None
    seed: int = 0
    objective: str = "sharpe"
    min_trades: int = 0
    max_drawdown: float | None = None
    walk_forward: tuple[int, int] | None = None
    anchored: bool = False
    monte_carlo_runs: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"backtest": self.backtest.to_dict(), **_optimise_fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OptimiseRequest:
        wf = data.get("walk_forward")
        return cls(
            backtest=BacktestRequest.from_dict(data.get("backtest") or {}),
            ranges=dict(data.get("ranges") or {}),
            random=None if data.get("random") is None else int(data["random"]),
            seed=int(data.get("seed") or 0),
            objective=str(data.get("objective") or "sharpe"),
            min_trades=int(data.get("min_trades") or 0),
            max_drawdown=_float_or_none(data.get("max_drawdown")),
            walk_forward=None if not wf else (int(wf[0]), int(wf[1])),
            anchored=bool(data.get("anchored")),
            monte_carlo_runs=int(data.get("monte_carlo_runs") or 0),
        )


def _optimise_fields(request: OptimiseRequest) -> dict[str, Any]:
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


@dataclass(slots=True)
class _OptimiseJob:
    id: str
    request: OptimiseRequest
    task: asyncio.Task | None = None
    future: Future | None = None
    canceled: bool = False
    finished: bool = False


# -- optimisation: the worker side -------------------------------------------------------------
_OPT_QUEUE: Any = None  # set in each optimisation worker by its pool's initializer
_PROGRESS_EVERY_S = 0.1


def _optimise_worker_init(queue: Any) -> None:
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
    cls = _strategy_class(bt.strategy, strategy_file)
    source = candles_1m if candles_1m is not None else _file_candles(bt)
    symbol, raw = next(iter(source.items()))
    bars = resample(raw, bt.timeframe)
    if len(bars) < 2:
        raise PregaoError(f"{symbol} has {len(bars)} {bt.timeframe} candles in the chosen "
                          "dates; a backtest needs at least 2")
    if request.walk_forward is not None:
        try:  # before the sweep: a window mistake must not cost a whole sweep first
            make_windows(len(bars), *request.walk_forward, request.anchored)
        except ValueError as exc:
            raise PregaoError(f"Walk-forward: {exc}") from None
    space = SearchSpace.of(cls, request.ranges)
    sets = space.size if request.random is None else min(request.random, space.size)
    workers = max(1, workers) if sets >= 64 else 1  # a few sets: helpers cost more than win
    # Small chunks: progress moves in steps a person can see, and cancel is prompt.
    chunk = max(1, min(256, sets // (workers * 20)))
    common: dict[str, Any] = dict(
        random=request.random, seed=request.seed, objective=request.objective,
        constraints=Constraints(request.min_trades, request.max_drawdown),
        config=_config(bt), symbol=symbol,
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
