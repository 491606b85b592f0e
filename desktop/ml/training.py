"""One training job as the ML view asks for it: features, label, purged walk-forward
validation, the diagnostics, then the model fitted on every labelled row (imports
scikit-learn). Runs in a worker process; `progress(stage, done, total)` reports each step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import clone

from desktop.core.candles import Candles
from desktop.core.errors import PregaoError
from desktop.core.messages import marker
from desktop.core.ml import (
    STAGE_ML_FINAL,
    STAGE_ML_FOLDS,
    STAGE_ML_IMPORTANCE,
    MlTrainRequest,
    MlTrainResult,
)
from desktop.ml import diagnostics
from desktop.ml.drift import reference_sample
from desktop.ml.features import build_features
from desktop.ml.labels import Labels, forward_sign, triple_barrier
from desktop.ml.model_store import ModelCard
from desktop.ml.models import make_pipeline
from desktop.ml.walk_forward import evaluate, summary, usable_rows

_t = marker("MLTraining")

MIN_TRAIN_ROWS = 50
Progress = Callable[[str, int, int], None]


def make_labels(request: MlTrainRequest, candles: Candles) -> Labels:
    if request.label == "triple_barrier":
        return triple_barrier(candles, request.take_profit, request.stop, request.time_limit)
    return forward_sign(candles, request.horizon)


def selected_features(request: MlTrainRequest, candles: Candles) -> pd.DataFrame:
    frame = build_features(candles)
    return frame[list(request.features)]


def train(request: MlTrainRequest, candles: Candles, progress: Progress | None = None,
          ) -> tuple[MlTrainResult, Any, pd.DataFrame]:
    """(result, the pipeline fitted on all labelled rows, a sample of its training features
    for drift checks). PregaoError when the candles cannot make a single fold."""
    report = progress or (lambda _s, _d, _t: None)
    features = selected_features(request, candles)
    labels = make_labels(request, candles)
    rows = usable_rows(features, labels)
    need = (request.n_splits + 1) * MIN_TRAIN_ROWS
    if rows.size < need:
        raise PregaoError(_t("{rows} labelled candles are too few for {folds} folds (at least "
                             "{need}): choose a longer range or a shorter timeframe",
                             rows=int(rows.size), folds=request.n_splits, need=need))
    pipeline = make_pipeline(request.model, seed=request.seed)
    report(STAGE_ML_FOLDS, 0, request.n_splits)
    folds = evaluate(pipeline, features, labels, request.n_splits, request.embargo,
                     MIN_TRAIN_ROWS,
                     progress=lambda done, total: report(STAGE_ML_FOLDS, done, total))
    if not folds:
        raise PregaoError(_t("No fold had both outcomes to learn from: choose a longer range "
                             "or another label"))
    x = features.to_numpy(dtype=np.float64)
    y = labels.y.astype(np.int64)
    y_oos, p_oos = diagnostics.out_of_sample(folds, x, y)
    report(STAGE_ML_IMPORTANCE, 0, len(folds))
    importance = diagnostics.permutation_importance(
        folds, x, y, list(features.columns), request.importance_repeats, request.seed,
        progress=lambda done, total: report(STAGE_ML_IMPORTANCE, done, total))
    report(STAGE_ML_FINAL, 0, 1)
    final = clone(pipeline).fit(x[rows], y[rows])
    report(STAGE_ML_FINAL, 1, 1)
    ts = features.index.to_numpy(dtype=np.int64)
    fold_metrics = [f.metrics() for f in folds]
    overall = summary(folds)
    card = ModelCard(model=request.model, features=list(features.columns),
                     label=labels.describe(), train_from_ts=int(ts[rows[0]]),
                     train_to_ts=int(ts[rows[-1]]),
                     metrics={**overall, "per_fold": fold_metrics,
                              "symbol": request.symbol, "timeframe": request.market.timeframe,
                              "validation": {"n_splits": request.n_splits,
                                             "embargo": request.embargo}})
    result = MlTrainResult(
        job_id="", request=request, folds=fold_metrics, summary=overall,
        confusion=diagnostics.confusion(y_oos, p_oos),
        calibration=diagnostics.calibration_curve(y_oos, p_oos),
        importance=importance, card=asdict(card),
        base_rate=float(y_oos.mean()) if y_oos.size else float("nan"))
    return result, final, reference_sample(features, rows)
