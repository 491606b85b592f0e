"""The ML view's diagnostics and the drift check, on data whose answer is known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from desktop.ml import diagnostics
from desktop.ml.drift import feature_drift, load_reference, psi, save_reference
from desktop.ml.labels import Labels
from desktop.ml.models import make_pipeline
from desktop.ml.walk_forward import evaluate


def planted(n: int = 1500, seed: int = 0) -> tuple[pd.DataFrame, Labels]:
    """`signal` decides the label (with noise); `noise` is unrelated to it."""
    rng = np.random.default_rng(seed)
    signal, noise = rng.normal(size=n), rng.normal(size=n)
    y = (signal + 0.3 * rng.normal(size=n) > 0).astype(np.int8)
    idx = np.arange(n, dtype=np.int64)
    frame = pd.DataFrame({"noise": noise, "signal": signal}, index=idx)
    return frame, Labels(y, idx + 1, idx + 1, np.ones(n, dtype=bool), "planted", {})


def test_confusion_and_calibration_count_every_row():
    y = np.array([0, 0, 1, 1, 1])
    p = np.array([0.2, 0.7, 0.9, 0.4, 0.65])
    assert diagnostics.confusion(y, p) == [[1, 1], [1, 2]]
    bins = diagnostics.calibration_curve(y, p, bins=5)
    assert sum(b["count"] for b in bins) == 5
    top = bins[-1]  # 0.8..1.0 holds only 0.9, which went up
    assert (top["from"], top["count"], top["fraction_up"]) == (0.8, 1, 1.0)
    assert top["mean_predicted"] == pytest.approx(0.9)


def test_permutation_importance_ranks_the_planted_feature_first_out_of_sample():
    features, labels = planted()
    folds = evaluate(make_pipeline("logistic", calibration_splits=0), features, labels,
                     n_splits=3)
    x, y = features.to_numpy(), labels.y.astype(np.int64)
    ranked = diagnostics.permutation_importance(folds, x, y, list(features.columns),
                                                repeats=2)
    assert [name for name, *_ in ranked] == ["signal", "noise"]
    assert ranked[0][1] > 0.1 > abs(ranked[1][1])
    y_oos, p_oos = diagnostics.out_of_sample(folds, x, y)
    assert y_oos.size == sum(f.test_rows for f in folds)
    assert diagnostics.confusion(y_oos, p_oos)[1][1] > 0.8 * (y_oos == 1).sum()


def test_drift_flags_a_shifted_feature_and_not_a_resampled_one(tmp_path):
    rng = np.random.default_rng(1)
    reference = pd.DataFrame({"same": rng.normal(size=3000), "moved": rng.normal(size=3000)})
    recent = pd.DataFrame({"same": rng.normal(size=500),
                           "moved": rng.normal(1.0, 2.0, size=500)})
    assert psi(reference["same"].to_numpy(), recent["same"].to_numpy()) < 0.05
    verdicts = {d.feature: d for d in feature_drift(reference, recent)}
    assert not verdicts["same"].drifted and verdicts["moved"].drifted
    assert verdicts["moved"].psi > 0.25 and verdicts["moved"].ks_p_value < 1e-6
    save_reference(tmp_path / "m.joblib", reference)
    assert (tmp_path / "m.drift.npz").is_file()
    pd.testing.assert_frame_equal(load_reference(tmp_path / "m"), reference)
