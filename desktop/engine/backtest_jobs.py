"""Backtest jobs on the engine thread: check a request, run it in a worker process, report
on the bus; list, load and delete stored runs.

A job gathers its candles (the engine's own history, or the worker reads a CSV/Parquet
file), then `backtest_worker.run_job` runs in the worker pool so neither the engine loop nor
the UI waits on the computation. Cancelling a job that is already computing stops the pool's
workers: the user gets control back at once, and a job that was running beside it is
restarted on a fresh pool. Optimisation sweeps have their own service (optimise_jobs.py).

Qt-free; `desktop.backtest` is imported lazily (numba compiles on import) and never on the
event loop itself.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.backtests import (
    FILL_MODES,
    SIZING_MODES,
    STAGE_LOADING,
    STAGE_RUNNING,
    STAGES,
    BacktestRequest,
    BacktestRequestError,
    BacktestRun,
    RunSummary,
)
from desktop.core.candles import Candles
from desktop.core.events import BacktestDoneEvent, BacktestProgressEvent
from desktop.core.messages import marker
from desktop.core.timeframes import TIMEFRAMES
from desktop.core.types import Market
from desktop.engine import backtest_runs
from desktop.engine.backtest_worker import backtest_config, in_range, run_job, warm_up
from desktop.engine.optimise_jobs import OptimiseJobs
from desktop.engine.strategy_listing import strategy_listing
from desktop.engine.worker_jobs import WorkerJob, cancel_all, cancel_worker_job, run_worker_job
from desktop.engine.worker_pool import WorkerPool

_t = marker("Backtests")

log = logging.getLogger(__name__)

LOADED_CACHE = 8  # loaded runs kept in memory (a comparison shows two, a result one)

HistoryFn = Callable[[str, str], Candles]
MarketsFn = Callable[[], list[Market]]


class BacktestJobs:
    """Owned by the engine: submit, cancel, list and load backtest runs; `optimise` runs
    parameter sweeps."""

    def __init__(self, bus: Any, history: HistoryFn, markets: MarketsFn) -> None:
        self._bus = bus
        self._history = history
        #: The markets of the open feeds (read on the loop: they change only there).
        self.markets = markets
        #: Where runs are stored and user strategies found; None: the user data folder.
        self.runs_dir: Path | None = None
        self.strategies_dir: Path | None = None
        self.pool = WorkerPool(max(1, min(4, (os.cpu_count() or 2) // 2)))
        self._jobs: dict[str, WorkerJob[BacktestRequest]] = {}
        self._catalog: Any = None
        self._catalog_dir: Path | None = None
        self._catalog_lock = threading.Lock()
        self._loaded: OrderedDict[str, BacktestRun] = OrderedDict()
        self.optimise = OptimiseJobs(bus, self)

    # -- folders and strategies (blocking parts run in the loop's default executor) ---------
    def runs_folder(self) -> Path:
        if self.runs_dir is not None:
            return Path(self.runs_dir)
        return backtest_runs.default_runs_dir()

    def catalog_now(self) -> Any:
        """The strategy catalog, refreshed (imports changed user files); call off the loop."""
        from desktop.backtest.strategy_catalog import StrategyCatalog

        with self._catalog_lock:
            folder = None if self.strategies_dir is None else Path(self.strategies_dir)
            if self._catalog is None or folder != self._catalog_dir:
                self._catalog = StrategyCatalog(folder)
                self._catalog_dir = folder
            self._catalog.refresh()
            return self._catalog

    async def off_loop(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(None, fn, *args)

    async def strategies(self) -> list[dict[str, Any]]:
        return await self.off_loop(lambda: strategy_listing(self.catalog_now()))

    async def runs(self) -> list[RunSummary]:
        return await self.off_loop(backtest_runs.read_summaries, self.runs_folder())

    async def load_run(self, run_id: str) -> BacktestRun:
        cached = self._loaded.get(run_id)
        if cached is None:
            cached = await self.off_loop(backtest_runs.read_run, self.runs_folder(), run_id)
            self._loaded[run_id] = cached
            while len(self._loaded) > LOADED_CACHE:
                self._loaded.popitem(last=False)
        self._loaded.move_to_end(run_id)
        return cached

    async def delete_run(self, run_id: str) -> None:
        backtest_runs.check_run_id(run_id)
        self._loaded.pop(run_id, None)
        await self.off_loop(backtest_runs.delete_run, self.runs_folder(), run_id)

    # -- jobs --------------------------------------------------------------------------------
    def active_jobs(self) -> list[str]:
        return [j.id for j in self._jobs.values() if not j.finished]

    def job_exists(self, job_id: str) -> bool:
        return job_id in self._jobs

    async def submit(self, request: BacktestRequest, job_id: str = "") -> str:
        """Check the request, start the job, return its id; BacktestRequestError if refused."""
        markets = self.markets()
        strategy_file = await self.off_loop(self.check, request, markets)
        job = WorkerJob(job_id or uuid.uuid4().hex, request)
        if job.id in self._jobs:
            raise BacktestRequestError(_t("A backtest job {job} already exists", job=job.id))
        self._jobs[job.id] = job
        self._progress(job, 0, STAGE_LOADING)
        job.task = asyncio.get_running_loop().create_task(
            self._run(job, strategy_file), name=f"backtest-{job.id}"
        )
        return job.id

    def warm_up(self) -> None:
        """Start the worker pool now (it imports the backtester) so a first run is quick."""
        if not self.pool.started:
            self.pool.submit(warm_up)

    def cancel(self, job_id: str) -> bool:
        """End a job as canceled, at once; False when it had already finished."""
        return cancel_worker_job(self._jobs.get(job_id), self.pool, self._bus)

    async def stop(self) -> None:
        tasks = cancel_all(self._jobs, self.pool, self._bus)
        await asyncio.gather(*tasks, self.optimise.stop_jobs(), return_exceptions=True)
        # Nothing runs any more: idle workers are let go politely, so the pools' queues and
        # locks are released (killing them here leaves semaphores behind at exit).
        # A worker still importing (the dock's warm-up) gets a moment, then is stopped.
        await asyncio.gather(self.pool.close(1.0), self.optimise.close())

    # -- checks ------------------------------------------------------------------------------
    def check(self, request: BacktestRequest, markets: list[Market]) -> str:
        """Refuse a bad request with the field it concerns; returns the strategy's file.
        Blocking (imports user strategy files): call off the loop."""
        from desktop.core.strategy_messages import parameter_message, parameter_name
        from strategies.base import ParameterError

        catalog = self.catalog_now()
        known = catalog.strategies()
        if request.strategy not in known:
            broken = [e.splitlines()[0] for e in catalog.errors().values()]
            if broken:
                raise BacktestRequestError(_t(
                    "Unknown strategy {strategy!r} (files that failed to load: {files})",
                    strategy=request.strategy, files="; ".join(broken)), "strategy")
            raise BacktestRequestError(_t("Unknown strategy {strategy!r}",
                                          strategy=request.strategy), "strategy")
        cls = known[request.strategy]
        try:
            cls(**request.params)
        except ParameterError as exc:
            text = parameter_message(exc)
            names = [n for n in [parameter_name(exc)] if n in cls.param_spec()] or [
                n for n in cls.param_spec() if re.search(rf"\b{re.escape(n)}\b", text)]
            raise BacktestRequestError(text, f"param:{names[0]}" if names else "params") from None
        if request.timeframe not in TIMEFRAMES:
            raise BacktestRequestError(_t("Unknown timeframe {timeframe!r}",
                                          timeframe=request.timeframe), "timeframe")
        start, end = request.start_ms, request.end_ms
        if start is not None and end is not None and start >= end:
            raise BacktestRequestError(_t("The start date must be before the end date"), "range")
        if request.data_file:
            if not Path(request.data_file).is_file():
                raise BacktestRequestError(_t("No such file: {data_file}",
                                              data_file=request.data_file), "data_file")
        else:
            if not request.symbols:
                raise BacktestRequestError(_t("Choose at least one symbol"), "symbols")
            listed = {m.symbol for m in markets if m.venue == request.venue}
            missing = [s for s in request.symbols if s not in listed]
            if missing:
                raise BacktestRequestError(
                    _t("{symbols} is not a market of {venue}",
                       symbols=', '.join(missing), venue=request.venue), "symbols"
                )
        if request.fill not in FILL_MODES:
            raise BacktestRequestError(_t("Unknown fill mode {fill!r}", fill=request.fill), "fill")
        if request.sizing not in SIZING_MODES:
            raise BacktestRequestError(_t("Unknown sizing {sizing!r}", sizing=request.sizing),
                                       "sizing")
        if not (request.sizing_value > 0 and math.isfinite(request.sizing_value)):
            raise BacktestRequestError(_t("The sizing value must be a positive number"), "sizing")
        try:
            backtest_config(request)
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

    def candles(self, request: BacktestRequest) -> dict[str, Candles] | None:
        """The request's 1m candles from the engine's history; None: the worker reads the
        request's file (parsing is CPU work)."""
        if request.data_file:
            return None
        return {
            s: in_range(self._history(request.venue, s), request.start_ms, request.end_ms)
            for s in request.symbols
        }

    # -- internals ---------------------------------------------------------------------------
    def _progress(self, job: WorkerJob[BacktestRequest], done: int, stage: str) -> None:
        if not job.finished:
            self._bus.publish(BacktestProgressEvent(job.id, done, len(STAGES), stage))

    async def _run(self, job: WorkerJob[BacktestRequest], strategy_file: str) -> None:
        run_id = backtest_runs.new_run_id(job.request.strategy)

        def prepare() -> tuple:
            candles = self.candles(job.request)
            self._progress(job, 1, STAGE_RUNNING)
            return (run_id, job.request.to_dict(), candles, strategy_file,
                    str(self.runs_folder()))

        done, _ = await run_worker_job(job, self.pool, self._bus, run_job, prepare,
                                       kind="Backtest", worker="backtest", log=log,
                                       log_restart=True)
        if not done:
            return
        self._bus.publish(BacktestDoneEvent(job.id, run_id))
