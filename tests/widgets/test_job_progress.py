"""The backtest dock's shared job watcher, without an engine: events are handed in directly."""

from __future__ import annotations

import asyncio
from typing import Any

from desktop.core import PregaoError
from desktop.core.backtests import BacktestRequestError
from desktop.core.events import BacktestFailedEvent, BacktestProgressEvent
from widgets.backtest.job_progress import JobProgress


def _stage(stage: str) -> str:
    return {"loading": "Gathering", "sweep": "Sweeping"}.get(stage, stage)


def _job(counted: bool) -> tuple[JobProgress, dict[type, Any], list[str]]:
    handlers: dict[type, Any] = {}
    canceled: list[str] = []
    job = JobProgress(
        lambda kind, handler: handlers.__setitem__(kind, handler),
        _stage,
        canceled.append,
        counted=counted,
    )
    return job, handlers, canceled


def test_a_counted_job_shows_progress_and_ends_on_its_own_failure(qapp):
    job, handlers, _ = _job(counted=True)
    seen: list[bool] = []
    job.runningChanged.connect(seen.append)
    job_id = job.start()
    assert job.running and seen == [True]
    assert job.status.text() == "Gathering" and job.status.property("stage") == "loading"
    assert not job.progress.isHidden() and job.progress.maximum() == 0  # busy
    handlers[BacktestProgressEvent](BacktestProgressEvent("someone else's", 1, 9, "sweep"))
    assert job.status.property("stage") == "loading"
    handlers[BacktestProgressEvent](BacktestProgressEvent(job_id, 3, 8, "sweep"))
    assert (job.progress.value(), job.progress.maximum()) == (3, 8)
    assert job.status.text().startswith("Sweeping: 3 of 8 · ")
    handlers[BacktestFailedEvent](BacktestFailedEvent(job_id, "boom"))
    assert not job.running and seen == [True, False] and job.progress.isHidden()
    assert job.status.text() == "Failed" and job.error.text() == "boom"


def test_a_single_call_stays_busy_and_cancel_hands_control_back_at_once(qapp):
    job, handlers, canceled = _job(counted=False)
    job_id = job.start()
    handlers[BacktestProgressEvent](BacktestProgressEvent(job_id, 1, 2, "running"))
    assert job.progress.maximum() == 0 and job.status.text().startswith("running ")
    job.cancel()
    assert canceled == [job_id] and not job.running and job.status.text() == "Canceled"
    job.cancel()  # nothing runs: nothing more to ask the engine
    assert canceled == [job_id]


def test_a_refused_request_names_its_field_only_for_the_job_still_watched(qapp):
    job, _, _ = _job(counted=False)
    refused: list[str] = []

    async def refuse(exc: PregaoError) -> None:
        raise exc

    job.start()
    old = job.submit(refuse(BacktestRequestError("too old", "range")), refused.append)
    job.cancel()
    job.start()
    current = job.submit(refuse(BacktestRequestError("bad range", "range")),
                         lambda e: refused.append(e.field))
    asyncio.run(current)
    assert refused == ["range"] and not job.running and job.error.text() == "bad range"
    asyncio.run(old)  # a canceled job's answer leaves the view alone
    assert refused == ["range"] and job.error.text() == "bad range"
    job.start()
    asyncio.run(job.submit(refuse(PregaoError("engine gone")), refused.append))
    assert refused == ["range"] and not job.running and job.error.text() == "engine gone"
