"""Optimisation jobs on the engine thread: check a sweep request, run it, keep its result.

A sweep (plus walk-forward and Monte Carlo) runs in one worker process of its own pool (a
sweep may run for long; a cancelled one stops by ending its process, which must not kill
backtests); that process fans the backtests out further when the machine has cores to spare.
Progress comes back through a multiprocessing queue drained on the engine loop. Qt-free.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from desktop.core.backtests import (
    STAGE_LOADING,
    BacktestRequest,
    BacktestRequestError,
    OptimiseRequest,
    OptimiseResult,
    optimise_fields,
)
from desktop.core.errors import PregaoError
from desktop.core.events import BacktestProgressEvent, OptimiseDoneEvent
from desktop.core.messages import marker
from desktop.core.types import Market
from desktop.engine.backtest_worker import warm_up
from desktop.engine.optimise_worker import optimise_job, optimise_worker_init
from desktop.engine.worker_jobs import QueuedJobService, WorkerJob, run_worker_job
from desktop.engine.worker_pool import WorkerPool

_t = marker("Backtests")

if TYPE_CHECKING:
    from desktop.engine.backtest_jobs import BacktestJobs

log = logging.getLogger(__name__)

RESULTS_KEPT = 8  # finished sweeps whose result the panel can still fetch


class OptimiseJobs(QueuedJobService):
    """Owned by BacktestJobs (`engine.backtests.optimise`): its strategy catalog, request
    checks and candles are shared."""

    def __init__(self, bus: Any, backtests: BacktestJobs) -> None:
        self._bus = bus
        self._backtests = backtests
        # One worker; its initializer gets the progress queue of the pool's own context.
        self.pool = WorkerPool(1, optimise_worker_init, lambda context: (context.Queue(),))
        self._jobs: dict[str, WorkerJob[OptimiseRequest]] = {}
        self._results: OrderedDict[str, OptimiseResult] = OrderedDict()
        self._drain: asyncio.Task | None = None

    async def objectives(self) -> list[tuple[str, bool]]:
        """Every metric an optimisation can rank by, and whether larger is better."""

        def names() -> list[tuple[str, bool]]:
            from desktop.backtest.optimize import maximises, metric_names

            return [(m, maximises(m)) for m in metric_names()]

        return await self._backtests.off_loop(names)

    def warm_up(self) -> None:
        """Start the optimisation worker now (it imports the backtester)."""
        if not self.pool.started:
            self.pool.submit(warm_up)

    async def submit(self, request: OptimiseRequest, job_id: str = "") -> str:
        """Check the request, start the sweep, return the job id; BacktestRequestError names
        the wrong field ("objective", "ranges", "random", "constraints", "walk_forward",
        "monte_carlo", "param:<name>" or a backtest field)."""
        markets = self._backtests.markets()
        strategy_file = await self._backtests.off_loop(self.check, request, markets)
        job = WorkerJob(job_id or uuid.uuid4().hex, request)
        if job.id in self._jobs or self._backtests.job_exists(job.id):
            raise BacktestRequestError(_t("An optimisation job {job} already exists",
                                          job=job.id))
        self._jobs[job.id] = job
        self._bus.publish(BacktestProgressEvent(job.id, 0, 0, STAGE_LOADING))
        job.task = asyncio.get_running_loop().create_task(
            self._run(job, strategy_file), name=f"optimise-{job.id}"
        )
        return job.id

    def result(self, job_id: str) -> OptimiseResult:
        result = self._results.get(job_id)
        if result is None:
            raise PregaoError(_t("No optimisation result {job_id!r} (finished long ago?)",
                                 job_id=job_id))
        return result

    def check(self, request: OptimiseRequest, markets: list[Market]) -> str:
        from desktop.backtest.monte_carlo import MAX_RUNS as MC_MAX_RUNS
        from desktop.backtest.optimize import MAX_GRID_SETS, METHODS, metric_names
        from desktop.backtest.search_space import SearchSpace
        from desktop.core.strategy_messages import parameter_message, parameter_name
        from strategies.base import ParameterError

        bt = request.backtest
        # The sweep decides the parameters: the form's own values must not refuse it.
        strategy_file = self._backtests.check(
            BacktestRequest.from_dict({**bt.to_dict(), "params": {}}), markets
        )
        if request.objective not in metric_names():
            raise BacktestRequestError(_t("Unknown objective {objective!r}",
                                          objective=request.objective), "objective")
        cls = self._backtests.catalog_now().strategies()[bt.strategy]
        try:
            space = SearchSpace.of(cls, request.ranges)
        except ParameterError as exc:
            text = parameter_message(exc)
            names = [n for n in [parameter_name(exc)] if n in cls.param_spec()] or [
                n for n in cls.param_spec() if re.search(rf"'{re.escape(n)}'", text)]
            raise BacktestRequestError(text, f"param:{names[0]}" if names else "ranges") from None
        if request.method not in ("", *METHODS):
            raise BacktestRequestError(_t("Unknown search method {method!r}",
                                          method=request.method), "random")
        if request.random is not None and request.random < 1:
            raise BacktestRequestError(_t("Random search needs at least 1 set"), "random")
        if request.method in ("random", "bayes", "genetic") and request.random is None:
            raise BacktestRequestError(_t("Say how many parameter sets the search tries"),
                                       "random")
        if request.random is None and space.size > MAX_GRID_SETS:
            raise BacktestRequestError(
                _t("The grid has {size:,} parameter sets (limit {limit:,}); narrow "
                   "the ranges or use random search",
                   size=space.size, limit=MAX_GRID_SETS),
                "ranges",
            )
        if request.min_trades < 0:
            raise BacktestRequestError(_t("The minimum trades must not be negative"), "constraints")
        dd = request.max_drawdown
        if dd is not None and not 0 < dd <= 1:
            raise BacktestRequestError(_t(
                "The drawdown limit must be above 0 and at most 100 %"),
                                       "constraints")
        if request.walk_forward is not None and min(request.walk_forward) < 2:
            raise BacktestRequestError(_t("Walk-forward windows need at least 2 bars each"),
                                       "walk_forward")
        if not 0 <= request.monte_carlo_runs <= MC_MAX_RUNS:
            raise BacktestRequestError(_t("Monte Carlo runs must be between 0 and {limit:,}",
                                          limit=MC_MAX_RUNS),
                                       "monte_carlo")
        return strategy_file

    # -- internals ---------------------------------------------------------------------------
    async def _run(self, job: WorkerJob[OptimiseRequest], strategy_file: str) -> None:
        request = job.request
        bt = request.backtest

        def prepare() -> tuple:
            # A sweep runs on one market: the first ticked symbol.
            one = BacktestRequest.from_dict({**bt.to_dict(), "symbols": list(bt.symbols[:1])})
            candles = self._backtests.candles(one)
            self._relay_progress()
            return (job.id, OptimiseRequest(one, **optimise_fields(request)).to_dict(),
                    candles, strategy_file, self._backtests.pool.max_workers)

        done, result = await run_worker_job(job, self.pool, self._bus, optimise_job, prepare,
                                            kind="Optimisation", worker="optimisation", log=log)
        if not done:
            return
        self._results[job.id] = result
        while len(self._results) > RESULTS_KEPT:
            self._results.popitem(last=False)
        self._bus.publish(OptimiseDoneEvent(job.id))
