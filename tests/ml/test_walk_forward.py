"""Every fit happens on the fold's training rows; the models give calibrated, scored output."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import VotingClassifier

from desktop.ml.features import build_features
from desktop.ml.labels import Labels, forward_sign, triple_barrier
from desktop.ml.models import MODELS, make_pipeline
from desktop.ml.walk_forward import evaluate, summary
from tests.ml.helpers import random_walk


def _planted(n: int, seed: int) -> tuple[pd.DataFrame, Labels]:
    """A feature that tells the next candle's direction 80% of the time, plus noise."""
    rng = np.random.default_rng(seed)
    signal = rng.choice([-1.0, 1.0], n)
    agrees = rng.random(n) < 0.8
    direction = np.where(agrees, signal, -signal)
    drift = np.concatenate([[0.0], 0.003 * direction[:-1]])
    candles = random_walk(n, seed, drift=drift)
    features = pd.DataFrame({"signal": signal, "noise": rng.normal(size=n)},
                            index=pd.Index(candles.ts, name="ts"))
    return features, forward_sign(candles, horizon=1)


def test_imputer_and_scaler_are_fitted_on_training_rows_only() -> None:
    features, labels = _planted(400, seed=3)
    # Make the later rows (every test window) wildly different: a scaler or imputer that saw
    # any of them would show it in its statistics.
    x = features.to_numpy().copy()
    x[200:] = x[200:] * 1000 + 5000
    x[::7, 1] = np.nan  # holes for the imputer
    features = pd.DataFrame(x, index=features.index, columns=features.columns)
    folds = evaluate(make_pipeline("logistic", calibration_splits=2), features, labels,
                     n_splits=3, embargo=2, min_train=50)
    assert len(folds) == 3
    for fold in folds:
        train = x[fold.train_index]
        assert fold.train_index.max() < fold.test_index.min()
        imputer = fold.model.named_steps["impute"]
        scaler = fold.model.named_steps["scale"]
        np.testing.assert_allclose(imputer.statistics_, np.nanmedian(train, axis=0))
        filled = np.where(np.isnan(train), imputer.statistics_, train)
        assert scaler.n_samples_seen_ == fold.train_rows == train.shape[0]
        np.testing.assert_allclose(scaler.mean_, filled.mean(axis=0))
        np.testing.assert_allclose(scaler.scale_, filled.std(axis=0))
    # The first fold's training rows all lie before the shifted block: its scaler mean is
    # that of unshifted data, which it would not be had test rows leaked in.
    assert abs(folds[0].model.named_steps["scale"].mean_[0]) < 1


@pytest.mark.parametrize("model", MODELS)
def test_each_model_scores_out_of_sample_with_calibrated_probabilities(model: str) -> None:
    features, labels = _planted(360, seed=4)
    pipeline = make_pipeline(model, seed=1, n_estimators=15, calibration_splits=2)
    assert isinstance(pipeline.named_steps["model"], CalibratedClassifierCV)
    folds = evaluate(pipeline, features, labels, n_splits=2, embargo=1, min_train=60)
    assert len(folds) == 2
    for fold in folds:
        assert 0.0 <= fold.accuracy <= 1.0 and np.isfinite(fold.log_loss)
        assert sum(b["count"] for b in fold.buckets) == fold.test_rows
        assert fold.train_to_ts < fold.test_from_ts
    # The planted edge (80%) is found by every model out of sample.
    assert summary(folds)["accuracy"] > 0.65
    if model == "ensemble":
        voting = folds[0].model.named_steps["model"].calibrated_classifiers_[0].estimator
        assert isinstance(voting, VotingClassifier) and voting.voting == "soft"
        assert [name for name, _ in voting.estimators] == [
            "logistic", "hist_gb", "random_forest", "mlp"]


def test_hit_rate_buckets_and_metrics_are_out_of_sample_values() -> None:
    features, labels = _planted(300, seed=5)
    fold = evaluate(make_pipeline("logistic", calibration_splits=0), features, labels,
                    n_splits=1, min_train=50)[0]
    x = features.to_numpy()[fold.test_index]
    y = labels.y[fold.test_index]
    p = fold.model.predict_proba(x)[:, 1]
    assert fold.accuracy == pytest.approx(np.mean((p > 0.5) == (y == 1)))
    assert fold.log_loss == pytest.approx(-np.mean(np.where(y == 1, np.log(p), np.log(1 - p))))
    conf = np.maximum(p, 1 - p)
    top = fold.buckets[-1]
    sel = conf >= 0.8
    assert top["count"] == int(sel.sum())
    if top["count"]:
        assert top["hit_rate"] == pytest.approx(np.mean((p[sel] > 0.5) == (y[sel] == 1)))


def test_a_random_walk_gives_no_edge_out_of_sample() -> None:
    candles = random_walk(1500, seed=6)
    labels = triple_barrier(candles, take_profit=0.004, stop=0.004, time_limit=10)
    folds = evaluate(make_pipeline("logistic", calibration_splits=2), build_features(candles),
                     labels, n_splits=3, embargo=10, min_train=100)
    assert len(folds) == 3
    assert 0.4 < summary(folds)["accuracy"] < 0.6
