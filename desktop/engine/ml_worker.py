"""The ML worker's side: training jobs and drift checks in a spawned process of the ML pool
(scikit-learn and scipy load there, never on the engine or UI thread). Progress goes back
through a queue the pool's initializer hands each worker. Qt-free."""

from __future__ import annotations

import time
from typing import Any

from desktop.core.candles import Candles
from desktop.core.errors import PregaoError
from desktop.core.messages import marker
from desktop.core.ml import MlTrainRequest, MlTrainResult

_t = marker("MLTraining")

_QUEUE: Any = None  # set in each ML worker by its pool's initializer
_PROGRESS_EVERY_S = 0.1


def ml_worker_init(queue: Any) -> None:
    global _QUEUE
    _QUEUE = queue


def _reporter(job_id: str):
    last = [0.0]

    def report(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if _QUEUE is None or (now - last[0] < _PROGRESS_EVERY_S and 0 < done < total):
            return
        last[0] = now
        try:
            _QUEUE.put_nowait((job_id, stage, done, total))
        except Exception:  # progress is a courtesy: never let it sink the job
            pass

    return report


def bars(candles_1m: Candles | None, market: dict[str, Any]) -> Candles:
    """The request's candles in its timeframe (from the engine's 1m history, or its file)."""
    from desktop.core.backtests import BacktestRequest
    from desktop.data.resample import resample
    from desktop.engine.backtest_worker import file_candles

    request = BacktestRequest.from_dict(market)
    if candles_1m is None:
        candles_1m = next(iter(file_candles(request).values()))
    if not len(candles_1m):
        raise PregaoError(_t("No candles for {symbol} in the chosen range",
                             symbol=request.symbols[0] if request.symbols else "?"))
    return resample(candles_1m, request.timeframe)


def train_job(job_id: str, request_data: dict[str, Any], candles_1m: Candles | None,
              ) -> tuple[MlTrainResult, Any, Any]:
    """(result, fitted pipeline, training sample for drift checks)."""
    from desktop.ml.training import train

    request = MlTrainRequest.from_dict(request_data)
    result, model, reference = train(request, bars(candles_1m, request_data["market"]),
                                     _reporter(job_id))
    result.job_id = job_id
    return result, model, reference


def warm_up() -> int:
    """Import scikit-learn and the training code ahead of the first job."""
    import desktop.data.resample
    import desktop.ml.training  # noqa: F401

    return 0
