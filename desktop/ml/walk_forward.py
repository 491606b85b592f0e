"""Out-of-sample evaluation: fit the pipeline per purged walk-forward fold, score the test.

Each fold clones a fresh, unfitted pipeline and fits it on that fold's training rows only;
the test rows are touched by `predict_proba` alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.metrics import accuracy_score, log_loss
from sklearn.pipeline import Pipeline

from desktop.ml.labels import Labels
from desktop.ml.splits import purged_walk_forward

# Lower edges of the confidence buckets (confidence = probability of the predicted class).
CONFIDENCE_EDGES = (0.5, 0.55, 0.6, 0.7, 0.8)


@dataclass
class FoldResult:
    fold: int
    train_rows: int
    test_rows: int
    train_from_ts: int
    train_to_ts: int
    test_from_ts: int
    test_to_ts: int
    accuracy: float
    log_loss: float
    buckets: list[dict]
    model: Pipeline = field(repr=False)
    train_index: np.ndarray = field(repr=False)  # positions into the rows that were given
    test_index: np.ndarray = field(repr=False)

    def metrics(self) -> dict:
        """The JSON-able part (a model card's validation section)."""
        return {k: getattr(self, k) for k in (
            "fold", "train_rows", "test_rows", "train_from_ts", "train_to_ts", "test_from_ts",
            "test_to_ts", "accuracy", "log_loss", "buckets")}


def usable_rows(features: pd.DataFrame, labels: Labels) -> np.ndarray:
    """Candle indices that have a known label (features may still hold NaN: the imputer,
    fitted on the training rows, fills those)."""
    if len(features) != labels.y.shape[0]:
        raise ValueError("features and labels must describe the same candles")
    return np.flatnonzero(labels.valid)


def evaluate(pipeline: Pipeline, features: pd.DataFrame, labels: Labels, n_splits: int = 5,
             embargo: int = 0, min_train: int = 50,
             progress: Callable[[int, int], None] | None = None) -> list[FoldResult]:
    """Per-fold out-of-sample metrics of `pipeline` (left unfitted itself). `progress(done,
    n_splits)` after each fold (a fold skipped for want of rows counts as done)."""
    rows = usable_rows(features, labels)
    x = features.to_numpy(dtype=np.float64)[rows]
    y = labels.y[rows].astype(np.int64)
    ts = features.index.to_numpy(dtype=np.int64)[rows]
    results: list[FoldResult] = []
    for k, split in enumerate(purged_walk_forward(labels.start[rows], labels.end[rows],
                                                  n_splits, embargo, min_train)):
        if progress is not None and k:
            progress(k, n_splits)
        y_train = y[split.train]
        if np.unique(y_train).shape[0] < 2:
            continue  # one class only: nothing to learn in this fold
        model = clone(pipeline).fit(x[split.train], y_train)
        proba = model.predict_proba(x[split.test])
        p_up = proba[:, list(model.classes_).index(1)] if 1 in model.classes_ else \
            np.zeros(split.test.shape[0])
        y_test = y[split.test]
        pred = (p_up > 0.5).astype(np.int64)
        results.append(FoldResult(
            fold=k, train_rows=int(split.train.shape[0]), test_rows=int(split.test.shape[0]),
            train_from_ts=int(ts[split.train[0]]), train_to_ts=int(ts[split.train[-1]]),
            test_from_ts=int(ts[split.test[0]]), test_to_ts=int(ts[split.test[-1]]),
            accuracy=float(accuracy_score(y_test, pred)),
            log_loss=float(log_loss(y_test, np.column_stack([1 - p_up, p_up]), labels=[0, 1])),
            buckets=confidence_buckets(p_up, y_test),
            model=model, train_index=rows[split.train], test_index=rows[split.test]))
    if progress is not None:
        progress(n_splits, n_splits)
    return results


def confidence_buckets(p_up: np.ndarray, y: np.ndarray) -> list[dict]:
    """Hit rate of the predicted side, by how confident the prediction was."""
    confidence = np.maximum(p_up, 1.0 - p_up)
    hit = (p_up > 0.5) == (y == 1)
    edges = (*CONFIDENCE_EDGES, 1.0 + 1e-12)
    out = []
    for lo, hi in pairwise(edges):
        inside = (confidence >= lo) & (confidence < hi)
        count = int(inside.sum())
        out.append({"from": lo, "to": min(hi, 1.0), "count": count,
                    "hit_rate": float(hit[inside].mean()) if count else None})
    return out


def summary(results: list[FoldResult]) -> dict:
    """Test-row-weighted means over the folds."""
    if not results:
        return {"folds": 0}
    w = np.array([r.test_rows for r in results], dtype=np.float64)
    return {"folds": len(results), "test_rows": int(w.sum()),
            "accuracy": float(np.average([r.accuracy for r in results], weights=w)),
            "log_loss": float(np.average([r.log_loss for r in results], weights=w))}
