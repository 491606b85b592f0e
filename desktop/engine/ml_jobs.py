"""Machine-learning jobs on the engine thread: check a training request, train in a worker
process of the ML pool (its own: Cancel ends that process and must not kill backtests), keep
the result and the fitted model until the user saves it; list saved models; check a saved
model's features for drift on a market's recent candles. Qt-free.
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections import OrderedDict
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.backtests import STAGE_LOADING, BacktestRequest, BacktestRequestError
from desktop.core.errors import PregaoError
from desktop.core.events import BacktestProgressEvent, MlTrainDoneEvent, ModelDriftEvent
from desktop.core.messages import marker
from desktop.core.ml import (
    LABEL_KINDS,
    MODELS,
    DriftReport,
    MlTrainRequest,
    MlTrainResult,
    RegimeView,
    SavedModel,
)
from desktop.engine.ml_worker import ml_worker_init, train_job, warm_up
from desktop.engine.worker_jobs import QueuedJobService, WorkerJob, run_worker_job
from desktop.engine.worker_pool import WorkerPool

if TYPE_CHECKING:
    from desktop.engine.backtest_jobs import BacktestJobs

_t = marker("MLTraining")

log = logging.getLogger(__name__)

RESULTS_KEPT = 4  # trained models kept in memory for "Save model" (forests are large)
DRIFT_RECENT_ROWS = 500  # the recent window a drift check compares with the training window
MAX_SPLITS = 20
_NAME = re.compile(r"^[\w][\w.-]{0,63}$")


class MlJobs(QueuedJobService):
    """Owned by the engine (`engine.ml`, made on first use); shares BacktestJobs' request
    checks, candles and folders."""

    def __init__(self, bus: Any, backtests: BacktestJobs) -> None:
        self._bus = bus
        self._backtests = backtests
        self.pool = WorkerPool(1, ml_worker_init, lambda context: (context.Queue(),))
        self._jobs: dict[str, WorkerJob[MlTrainRequest]] = {}
        self._results: OrderedDict[str, tuple[MlTrainResult, Any, Any]] = OrderedDict()
        self._drain: asyncio.Task | None = None
        self.models_dir: Path | None = None  # None: beside the backtest runs

    # -- folders and listings ----------------------------------------------------------------
    def models_folder(self) -> Path:
        if self.models_dir is not None:
            return Path(self.models_dir)
        return self._backtests.runs_folder().parent / "models"

    async def features(self) -> list[str]:
        """Every feature a model can be trained on, in the order they are built."""

        def names() -> list[str]:
            from desktop.ml.features import feature_names

            return feature_names()

        return await self._backtests.off_loop(names)

    def warm_up(self) -> None:
        if not self.pool.started:
            self.pool.submit(warm_up)

    async def models(self) -> list[SavedModel]:
        return await self._backtests.off_loop(self._list_models)

    def _list_models(self) -> list[SavedModel]:
        from desktop.ml.model_store import ModelRefused, read_card

        folder = self.models_folder()
        out = []
        for card_path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            name = card_path.stem
            try:
                out.append(SavedModel(name, asdict(read_card(card_path))))
            except ModelRefused as exc:
                out.append(SavedModel(name, {}, exc.args[0] if exc.args else str(exc)))
        return out

    # -- training ----------------------------------------------------------------------------
    async def submit(self, request: MlTrainRequest, job_id: str = "") -> str:
        """Check the request, start training, return the job id; BacktestRequestError names
        the wrong field ("ml:features", "ml:label", "ml:horizon", "ml:take_profit",
        "ml:stop", "ml:time_limit", "ml:model", "ml:n_splits", "ml:embargo" or a setup
        field)."""
        markets = self._backtests.markets()
        await self._backtests.off_loop(self.check, request, markets)
        job = WorkerJob(job_id or uuid.uuid4().hex, request)
        if job.id in self._jobs:
            raise BacktestRequestError(_t("A training job {job} already exists", job=job.id))
        self._jobs[job.id] = job
        self._bus.publish(BacktestProgressEvent(job.id, 0, 0, STAGE_LOADING))
        job.task = asyncio.get_running_loop().create_task(self._run(job),
                                                          name=f"ml-train-{job.id}")
        return job.id

    def check(self, request: MlTrainRequest, markets: list) -> None:
        from desktop.ml.features import feature_names

        market = request.market
        # The strategy's parameters play no part in training.
        self._backtests.check(BacktestRequest.from_dict({**market.to_dict(), "params": {}}),
                              markets)
        known = feature_names()
        if not request.features:
            raise BacktestRequestError(_t("Choose at least one feature"), "ml:features")
        unknown = [f for f in request.features if f not in known]
        if unknown:
            raise BacktestRequestError(_t("Unknown features: {names}",
                                          names=", ".join(unknown)), "ml:features")
        if request.label not in LABEL_KINDS:
            raise BacktestRequestError(_t("Unknown label {label!r}", label=request.label),
                                       "ml:label")
        if request.label == "forward_sign" and not 1 <= request.horizon <= 10_000:
            raise BacktestRequestError(_t("The horizon must be 1 to 10,000 candles"),
                                       "ml:horizon")
        if request.label == "triple_barrier":
            for name, value in (("take_profit", request.take_profit), ("stop", request.stop)):
                if not 0 < value < 1:
                    raise BacktestRequestError(_t("Enter a percentage above 0 and below 100"),
                                               f"ml:{name}")
            if not 1 <= request.time_limit <= 10_000:
                raise BacktestRequestError(_t("The time limit must be 1 to 10,000 candles"),
                                           "ml:time_limit")
        if request.model not in MODELS:
            raise BacktestRequestError(_t("Unknown model {model!r}", model=request.model),
                                       "ml:model")
        if not 2 <= request.n_splits <= MAX_SPLITS:
            raise BacktestRequestError(_t("Use 2 to {limit} folds", limit=MAX_SPLITS),
                                       "ml:n_splits")
        if not 0 <= request.embargo <= 10_000:
            raise BacktestRequestError(_t("The embargo must be 0 to 10,000 candles"),
                                       "ml:embargo")

    def result(self, job_id: str) -> MlTrainResult:
        kept = self._results.get(job_id)
        if kept is None:
            raise PregaoError(_t("No training result {job_id!r} (finished long ago?)",
                                 job_id=job_id))
        return kept[0]

    async def save(self, job_id: str, name: str) -> SavedModel:
        """Write the trained model, its card and its training sample (for drift checks) to
        the models folder as `name`."""
        kept = self._results.get(job_id)
        if kept is None:
            raise PregaoError(_t("No training result {job_id!r} (finished long ago?)",
                                 job_id=job_id))
        if not _NAME.match(name or ""):
            raise BacktestRequestError(_t("A model name is 1 to 64 letters, digits, '.', '-' "
                                          "or '_'"), "ml:name")
        result, model, reference = kept
        folder = self.models_folder()

        def write() -> SavedModel:
            from desktop.ml.drift import save_reference
            from desktop.ml.model_store import ModelCard, save_model

            save_model(folder / name, model, ModelCard(**result.card))
            save_reference(folder / name, reference)
            return SavedModel(name, dict(result.card))

        saved = await self._backtests.off_loop(write)
        result.saved_as = name
        return saved

    async def drift(self, name: str, venue: str, symbol: str, timeframe: str) -> DriftReport:
        """The saved model `name`'s features on `symbol`'s latest candles against its
        training sample; a ModelDriftEvent when a feature drifted."""
        folder = self.models_folder()
        candles = self._backtests.candles(BacktestRequest("", symbols=(symbol,), venue=venue,
                                                          timeframe=timeframe))
        one_minute = (candles or {}).get(symbol)

        def check() -> DriftReport:
            from desktop.data.resample import resample
            from desktop.ml.drift import feature_drift, load_reference
            from desktop.ml.features import build_features
            from desktop.ml.model_store import read_card

            card = read_card(folder / name)
            try:
                reference = load_reference(folder / name)
            except FileNotFoundError:
                raise PregaoError(_t("The model {name} has no training sample to compare with",
                                     name=name)) from None
            if one_minute is None or not len(one_minute):
                raise PregaoError(_t("No candles for {symbol}", symbol=symbol))
            features = build_features(resample(one_minute, timeframe))[card.features]
            recent = features.iloc[-DRIFT_RECENT_ROWS:]
            ts = recent.index.to_numpy()
            return DriftReport(name, symbol, int(ts[0]), int(ts[-1]), len(recent),
                               feature_drift(reference[card.features], recent))

        report = await self._backtests.off_loop(check)
        if report.drifted:
            self._bus.publish(ModelDriftEvent(name, symbol, tuple(report.drifted)))
        return report

    # -- regimes -----------------------------------------------------------------------------
    async def regimes(self, venue: str, symbol: str, timeframe: str) -> RegimeView:
        """Every candle's regime of `symbol` in `timeframe` (the engine's history), the
        current one and per-regime statistics (desktop.ml.regimes, past-only fits)."""
        return (await self.current_regimes(venue, [symbol], timeframe))[0]

    async def current_regimes(self, venue: str, symbols: list[str], timeframe: str,
                              ) -> list[RegimeView]:
        candles = self._backtests.candles(BacktestRequest("", symbols=tuple(symbols),
                                                          venue=venue, timeframe=timeframe))

        def detect_all() -> list[RegimeView]:
            from desktop.data.resample import resample
            from desktop.ml.regimes import detect

            return [detect(resample(candles[s], timeframe), venue, s, timeframe)
                    for s in symbols]

        return await self._backtests.off_loop(detect_all)

    async def check_saved_models(self) -> list[DriftReport]:
        """A drift check of every saved model on the first venue that lists the symbol and
        timeframe its card was trained on (each drifted one publishes ModelDriftEvent)."""
        reports = []
        for saved in await self.models():
            metrics = {} if saved.error else (saved.card.get("metrics") or {})
            symbol, timeframe = metrics.get("symbol"), metrics.get("timeframe")
            venue = next((m.venue for m in self._backtests.markets() if m.symbol == symbol),
                         None)
            if not (symbol and timeframe and venue):
                continue
            try:
                reports.append(await self.drift(saved.name, venue, symbol, timeframe))
            except Exception as exc:  # one unreadable model must not stop the others
                log.warning("Drift check of model %s failed: %s", saved.name, exc)
        return reports

    # -- internals ---------------------------------------------------------------------------
    async def _run(self, job: WorkerJob[MlTrainRequest]) -> None:
        request = job.request

        def prepare() -> tuple:
            candles = self._backtests.candles(request.market)
            one = None if candles is None else candles.get(request.symbol)
            self._relay_progress()
            return job.id, request.to_dict(), one

        done, kept = await run_worker_job(job, self.pool, self._bus, train_job, prepare,
                                          kind="Training", worker="training", log=log)
        if not done:
            return
        self._results[job.id] = kept
        while len(self._results) > RESULTS_KEPT:
            self._results.popitem(last=False)
        self._bus.publish(MlTrainDoneEvent(job.id))
