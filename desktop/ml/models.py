"""The classifiers and the one Pipeline that wraps them (imports scikit-learn).

Imputation, scaling and probability calibration all live inside one `Pipeline`, so fitting it
on the training rows is the only fit there is: nothing learns a mean, a scale or a calibration
curve from rows it is later scored on.
"""

from __future__ import annotations

from sklearn.calibration import CalibratedClassifierCV
from sklearn.ensemble import (
    HistGradientBoostingClassifier,
    RandomForestClassifier,
    VotingClassifier,
)
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from desktop.core.ml import MODELS  # the names live in core: the ML view lists them


def make_classifier(model: str, seed: int = 0, n_estimators: int = 200):
    """An unfitted classifier by name. `n_estimators` sizes the tree models, so tests can
    run small ones."""
    if model == "logistic":
        return LogisticRegression(C=1.0, max_iter=1000)
    if model == "hist_gb":
        return HistGradientBoostingClassifier(max_iter=n_estimators, learning_rate=0.05,
                                              max_leaf_nodes=15, random_state=seed)
    if model == "random_forest":
        return RandomForestClassifier(n_estimators=n_estimators, min_samples_leaf=20,
                                      random_state=seed, n_jobs=1)
    if model == "mlp":
        return MLPClassifier(hidden_layer_sizes=(32, 16), alpha=1e-3, max_iter=500,
                             random_state=seed)
    if model == "ensemble":
        members = [(m, make_classifier(m, seed, n_estimators))
                   for m in ("logistic", "hist_gb", "random_forest", "mlp")]
        return VotingClassifier(members, voting="soft")
    raise ValueError(f"unknown model {model!r}; choose one of {', '.join(MODELS)}")


def make_pipeline(model: str, seed: int = 0, n_estimators: int = 200,
                  calibration_splits: int = 3) -> Pipeline:
    """impute -> scale -> calibrated classifier.

    The calibration folds are time-ordered (TimeSeriesSplit) within the rows the pipeline is
    fitted on: each calibrator is fitted on rows after the ones its classifier learned from.
    `calibration_splits=0` leaves the probabilities uncalibrated.
    """
    classifier = make_classifier(model, seed, n_estimators)
    if calibration_splits:
        classifier = CalibratedClassifierCV(classifier, method="sigmoid",
                                            cv=TimeSeriesSplit(calibration_splits))
    return Pipeline([
        ("impute", SimpleImputer(strategy="median", keep_empty_features=True)),
        ("scale", StandardScaler()),
        ("model", classifier),
    ])
