"""What the ML view shows about a validated model, all from out-of-sample rows: the confusion
matrix, the calibration curve and permutation importance (imports scikit-learn).

Every number here is computed on a fold's test rows by the model fitted on that fold's
training rows only: the diagnostics say how the model did on data it never saw.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sklearn.inspection import permutation_importance as _sk_permutation_importance

from desktop.ml.walk_forward import FoldResult


def out_of_sample(results: Sequence[FoldResult], x: np.ndarray, y: np.ndarray,
                  ) -> tuple[np.ndarray, np.ndarray]:
    """(y_true, p_up) over every fold's test rows, in fold order. `x`/`y`: one row per candle
    (the arrays `evaluate` was given, indexed by candle)."""
    ys, ps = [], []
    for r in results:
        ys.append(y[r.test_index])
        ps.append(p_up(r.model, x[r.test_index]))
    if not ys:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(ys).astype(np.int64), np.concatenate(ps)


def p_up(model, x: np.ndarray) -> np.ndarray:
    proba = model.predict_proba(x)
    classes = list(model.classes_)
    return proba[:, classes.index(1)] if 1 in classes else np.zeros(x.shape[0])


def confusion(y: np.ndarray, p: np.ndarray) -> list[list[int]]:
    """[[true down & predicted down, true down & predicted up], [true up & ..., ...]]."""
    pred = (p > 0.5).astype(np.int64)
    return [[int(((y == t) & (pred == q)).sum()) for q in (0, 1)] for t in (0, 1)]


def calibration_curve(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict]:
    """Equal-width bins of the predicted probability of "up": the mean prediction, the share
    that went up, and how many rows. Empty bins are left out (nothing to plot)."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    out = []
    for b in range(bins):
        inside = which == b
        count = int(inside.sum())
        if count:
            out.append({"from": float(edges[b]), "to": float(edges[b + 1]), "count": count,
                        "mean_predicted": float(p[inside].mean()),
                        "fraction_up": float(y[inside].mean())})
    return out


def permutation_importance(results: Sequence[FoldResult], x: np.ndarray, y: np.ndarray,
                           names: Sequence[str], repeats: int = 3, seed: int = 0,
                           progress: Callable[[int, int], None] | None = None,
                           ) -> list[tuple[str, float, float]]:
    """How much each feature's shuffling worsens the out-of-sample log-loss, averaged over
    the folds weighted by their test rows; (feature, mean, std), largest first."""
    if not results:
        return []
    means = np.zeros((len(results), len(names)))
    stds = np.zeros_like(means)
    weights = np.array([r.test_rows for r in results], dtype=np.float64)
    for k, r in enumerate(results):
        test = r.test_index
        found = _sk_permutation_importance(r.model, x[test], y[test], scoring="neg_log_loss",
                                           n_repeats=repeats, random_state=seed)
        means[k], stds[k] = found.importances_mean, found.importances_std
        if progress is not None:
            progress(k + 1, len(results))
    mean = np.average(means, axis=0, weights=weights)
    std = np.sqrt(np.average(stds ** 2, axis=0, weights=weights))
    order = np.argsort(-mean, kind="stable")
    return [(str(names[i]), float(mean[i]), float(std[i])) for i in order]
