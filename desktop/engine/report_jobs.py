"""Report jobs on the engine thread: what the "Export report…" commands and the performance
dock ask for.

A report is built in the backtest worker pool in steps — the analysis, then the Excel file,
then the PDF — and each step is a ReportProgressEvent, so the UI shows where it is while
neither the engine loop nor the UI computes. The performance dock's figures of an account or
a bot (thousands of points, not millions) are computed in a thread of the engine.
Benchmark: BTC/USDT bought and held, from the first price feed that has it.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any

import numpy as np

from desktop.core.backtests import BacktestRequest
from desktop.core.errors import PregaoError
from desktop.core.events import ReportProgressEvent
from desktop.core.messages import marker
from desktop.core.reports import (
    REPORT_STAGES,
    STAGE_ANALYSING,
    STAGE_EXCEL,
    STAGE_PDF,
    PerformanceView,
    ReportTargets,
)
from desktop.engine import report_worker
from desktop.engine.worker_jobs import WorkerJob, run_worker_job

_t = marker("Reports")

log = logging.getLogger(__name__)

BENCHMARK = "BTC/USDT"
CURVE_POINTS = 3000  # the dock's plots: a point per pixel or so


class ReportJobs:
    def __init__(self, engine: Any) -> None:
        self._engine = engine

    # -- reports ----------------------------------------------------------------------------
    async def backtest(self, request: BacktestRequest, targets: ReportTargets,
                       job_id: str = "", kind: str = "backtest",
                       extra_params: dict[str, Any] | None = None) -> list[str]:
        """The report of a backtest `request` (a stored run's, or an optimisation set's with
        its parameters): run again in a worker, analysed, written."""
        backtests = self._engine.backtests
        strategy_file = await backtests.off_loop(backtests.check, request, backtests.markets())
        job = WorkerJob(job_id or uuid.uuid4().hex, request)

        def prepare() -> tuple:
            return (request.to_dict(), backtests.candles(request), strategy_file,
                    self.benchmark(), kind, dict(extra_params or {}))

        return await self._run(job, report_worker.backtest_analysis_job, prepare, targets)

    async def account(self, account_id: str, start_ms: int, end_ms: int,
                      targets: ReportTargets, job_id: str = "") -> list[str]:
        url, name = await self._account(account_id)
        job = WorkerJob(job_id or uuid.uuid4().hex, account_id)
        return await self._run(job, report_worker.account_analysis_job,
                               lambda: (url, account_id, name, start_ms, end_ms,
                                        self.benchmark()), targets)

    async def bot(self, bot_id: str, start_ms: int, end_ms: int, targets: ReportTargets,
                  job_id: str = "") -> list[str]:
        info, url = await self._bot(bot_id)
        job = WorkerJob(job_id or uuid.uuid4().hex, bot_id)
        return await self._run(job, report_worker.bot_analysis_job,
                               lambda: (url, bot_id, _bot_name(info), info.spec.account_id,
                                        start_ms, end_ms, self.benchmark(),
                                        dict(info.spec.params)), targets)

    # -- the performance dock ---------------------------------------------------------------
    async def performance(self, scope: str, start_ms: int, end_ms: int | None = None,
                          ) -> PerformanceView:
        """`scope` is "account:<id>" or "bot:<id>"; `end_ms` None: up to now."""
        end = end_ms if end_ms is not None else int(time.time() * 1000) + 1
        kind, _, ident = scope.partition(":")
        bench = self.benchmark()
        if kind == "account":
            url, name = await self._account(ident)
            analysis = await asyncio.to_thread(report_worker.account_analysis_job, url, ident,
                                               name, start_ms, end, bench)
        elif kind == "bot":
            info, url = await self._bot(ident)
            analysis = await asyncio.to_thread(
                report_worker.bot_analysis_job, url, ident, _bot_name(info),
                info.spec.account_id, start_ms, end, bench, dict(info.spec.params))
        else:
            raise PregaoError(_t("Not a performance scope: {scope!r}", scope=scope))
        return _view(analysis)

    # -- shared -----------------------------------------------------------------------------
    def benchmark(self) -> tuple[str, np.ndarray, np.ndarray] | None:
        """BTC/USDT's closes from the first feed that has it (None: no feed has it)."""
        for venue in self._engine.venues():
            if any(m.symbol == BENCHMARK for m in self._engine.markets() if m.venue == venue):
                try:
                    c = self._engine.history(venue, BENCHMARK)
                except Exception:  # a feed without history: try the next
                    continue
                if len(c) > 1:
                    return BENCHMARK, c.ts.copy(), c.close.copy()
        return None

    async def _account(self, account_id: str) -> tuple[str, str]:
        from desktop.storage.db import database_url

        accounts = await self._engine.service("accounts")
        name = next((a.label for a in await accounts.accounts() if a.id == account_id), None)
        if name is None:
            raise PregaoError(_t("No account {account_id!r}", account_id=account_id))
        return database_url(accounts.database_url), name

    async def _bot(self, bot_id: str) -> tuple[Any, str]:
        from desktop.storage.db import database_url

        bots = await self._engine.service("bots")
        info = next((b for b in await bots.list() if b.id == bot_id), None)
        if info is None:
            raise PregaoError(_t("No bot {bot_id!r}", bot_id=bot_id))
        accounts = await self._engine.service("accounts")
        return info, database_url(accounts.database_url)

    async def _run(self, job: WorkerJob, fn: Any, prepare: Any,
                   targets: ReportTargets) -> list[str]:
        """Analysis, then each file, in the worker pool; raises PregaoError if a step fails."""
        pool = self._engine.backtests.pool
        bus = self._engine.bus
        steps = [(fmt, path) for fmt, path in (("xlsx", targets.xlsx), ("pdf", targets.pdf))
                 if path]
        if not steps:
            raise PregaoError(_t("Choose Excel, PDF or both"))
        total = len(REPORT_STAGES)

        def progress(done: int, stage: str) -> None:
            bus.publish(ReportProgressEvent(job.id, done, total, stage))

        progress(0, STAGE_ANALYSING)
        failures = _Failures()
        done, analysis = await run_worker_job(job, pool, failures, fn, prepare,
                                              kind="Report", worker="report", log=log)
        if not done:
            raise PregaoError(failures.reason or "The report was canceled")
        written = []
        for fmt, path in steps:
            progress(1 if fmt == "xlsx" else 2, STAGE_EXCEL if fmt == "xlsx" else STAGE_PDF)
            step = WorkerJob(f"{job.id}-{fmt}", job.request)
            ok, out = await run_worker_job(
                step, pool, failures, report_worker.write_report_file,
                lambda fmt=fmt, path=path: (analysis, fmt, path, targets.style),
                kind="Report", worker="report", log=log)
            if not ok:
                raise PregaoError(failures.reason or f"The {fmt} report was not written")
            written.append(out)
        progress(total, STAGE_PDF)
        return written


class _Failures:
    """Keeps the reason of a failed step instead of publishing a backtest failure: the
    report's caller gets it as its exception."""

    def __init__(self) -> None:
        self.reason = ""

    def publish(self, event: Any) -> None:
        self.reason = getattr(event, "message", "") or self.reason


def _bot_name(info: Any) -> str:
    return info.spec.name or f"{info.spec.strategy} {', '.join(info.spec.symbols)}"


def _thin(n: int) -> np.ndarray:
    return np.unique(np.linspace(0, n - 1, min(n, CURVE_POINTS)).astype(np.int64))


def _view(analysis: Any) -> PerformanceView:
    keep = _thin(len(analysis.ts))
    return PerformanceView(
        name=analysis.name, benchmark_name=analysis.benchmark_name, ts=analysis.ts[keep],
        equity=analysis.equity[keep], benchmark=analysis.benchmark[keep],
        drawdown=analysis.drawdown[keep], years=analysis.years, monthly=analysis.monthly,
        yearly=analysis.yearly, metrics=dict(analysis.metrics))
