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
from desktop.core.events import BacktestDoneEvent, BacktestFailedEvent, BacktestProgressEvent
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
        self._kill_pool()
        await asyncio.gather(*tasks, return_exceptions=True)

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
