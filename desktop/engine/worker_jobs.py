"""One backtest or optimisation job on a worker pool, the same way for both services: tried
again once on a fresh worker when its worker dies, silent when the user canceled it, and a
BacktestFailedEvent (the job's own failure; the engine and other jobs go on) when it fails.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.core.errors import PregaoError
from desktop.core.events import BacktestFailedEvent, BacktestProgressEvent
from desktop.core.messages import marker, text_of
from desktop.engine.worker_pool import WorkerLost, WorkerPool

_t = marker("Backtests")

R = TypeVar("R")


@dataclass(slots=True)
class WorkerJob(Generic[R]):
    """A backtest or a sweep while it runs: `request` is what was asked for."""

    id: str
    request: R
    task: asyncio.Task | None = None
    future: Future | None = None
    canceled: bool = False
    finished: bool = False


async def run_worker_job(job: WorkerJob, pool: WorkerPool, bus: Any, fn: Callable[..., Any],
                         prepare: Callable[[], tuple], *, kind: str, worker: str,
                         log: logging.Logger, log_restart: bool = False) -> tuple[bool, Any]:
    """Run `fn(*prepare())` on `pool` for `job`. (True, its result) when it finished, the job
    then marked finished; (False, None) when it was canceled or failed (the failure already
    logged as "`kind` <id> failed" and published). `worker` names the process in the message
    when it died twice ("The `worker` worker process stopped unexpectedly")."""

    def track(future: Future) -> None:
        job.future = future

    try:
        args = prepare()  # inside the try: a failure to read the candles fails the job
        for attempt in (1, 2):
            try:
                result = await pool.run(fn, *args, on_submit=track)
                break
            except WorkerLost:
                if job.canceled:
                    return False, None
                if attempt == 2:
                    raise PregaoError(
                        _t("The {worker} worker process stopped unexpectedly", worker=worker)
                    ) from None
                if log_restart:
                    log.info("%s %s restarted on a fresh worker", kind, job.id)
    except asyncio.CancelledError:
        if not job.canceled:
            raise
        return False, None
    except Exception as exc:  # the job fails; the engine and other jobs go on
        if job.canceled:
            return False, None
        job.finished = True
        log.warning("%s %s failed: %s", kind, job.id, exc)
        bus.publish(BacktestFailedEvent(job.id, text_of(exc) or type(exc).__name__))
        return False, None
    if job.canceled:
        return False, None
    job.finished = True
    return True, result


def cancel_worker_job(job: WorkerJob | None, pool: WorkerPool, bus: Any) -> bool:
    """End a job as canceled, at once; False when there is none or it had already finished."""
    if job is None or job.finished:
        return False
    job.canceled = True
    job.finished = True
    if job.future is not None and not job.future.cancel():
        pool.kill()  # it is computing: only stopping the worker ends it now
    if job.task is not None:
        job.task.cancel()
    bus.publish(BacktestFailedEvent(job.id, "canceled", canceled=True))
    return True


def cancel_all(jobs: dict[str, WorkerJob], pool: WorkerPool, bus: Any) -> list[asyncio.Task]:
    """Cancel every unfinished job; the jobs' tasks, to await their ending."""
    for job in list(jobs.values()):
        cancel_worker_job(job, pool, bus)
    return [j.task for j in jobs.values() if j.task is not None]


class QueuedJobService:
    """What the optimisation and ML training services share: their jobs in `_jobs`, run on
    their own `pool` whose first initarg is the queue their workers put progress on. It
    relays that progress to the bus (the newest per job every 0.1 s while a job runs),
    cancels a job by stopping its worker, and stops and closes everything at exit."""

    pool: WorkerPool
    _jobs: dict[str, WorkerJob]
    _bus: Any
    _drain: asyncio.Task | None

    def active(self) -> list[str]:
        return [j.id for j in self._jobs.values() if not j.finished]

    def cancel(self, job_id: str) -> bool:
        """End a job at once (its worker process is stopped); False if it had already
        finished."""
        return cancel_worker_job(self._jobs.get(job_id), self.pool, self._bus)

    async def stop_jobs(self) -> None:
        await asyncio.gather(*cancel_all(self._jobs, self.pool, self._bus),
                             return_exceptions=True)

    async def close(self) -> None:
        """After stop_jobs: the worker goes (politely if idle), then the progress queue."""
        queue = self.pool.initargs[0] if self.pool.initargs else None
        await self.pool.close(1.0)
        if queue is not None:
            queue.close()
            queue.join_thread()

    def _relay_progress(self) -> None:
        """Start relaying (call on the engine loop when a job starts)."""
        if self._drain is None:
            self._drain = asyncio.get_running_loop().create_task(self._drain_loop())

    def _drain_progress(self) -> None:
        import queue as queue_mod

        source = self.pool.initargs[0] if self.pool.initargs else None
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
            job = self._jobs.get(job_id)
            if job is not None and not job.finished:
                self._bus.publish(BacktestProgressEvent(job_id, done, total, stage))

    async def _drain_loop(self) -> None:
        while self.active():
            self._drain_progress()
            await asyncio.sleep(0.1)
        self._drain = None
