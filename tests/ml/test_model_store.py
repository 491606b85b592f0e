"""Saved models travel with a card; a mismatched one is refused with a translatable reason."""

from __future__ import annotations

import json

import numpy as np
import pytest
import sklearn

from desktop.core.messages import Message
from desktop.ml.features import build_features
from desktop.ml.labels import forward_sign
from desktop.ml.model_store import ModelCard, ModelRefused, load_model, save_model
from desktop.ml.models import make_pipeline
from desktop.ml.walk_forward import evaluate, summary
from tests.ml.helpers import random_walk


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    candles = random_walk(400, seed=7)
    features = build_features(candles)
    labels = forward_sign(candles, horizon=3)
    folds = evaluate(make_pipeline("logistic", calibration_splits=2), features, labels,
                     n_splits=2, embargo=3, min_train=100)
    last = folds[-1]
    card = ModelCard(model="logistic", features=list(features.columns),
                     label=labels.describe(), train_from_ts=last.train_from_ts,
                     train_to_ts=last.train_to_ts,
                     metrics={"summary": summary(folds), "folds": [f.metrics() for f in folds]})
    base = tmp_path_factory.mktemp("models") / "btc_logistic"
    save_model(base, last.model, card)
    return base, features, last


def test_round_trip_keeps_predictions_and_writes_the_card(trained) -> None:
    base, features, fold = trained
    model, _card = load_model(base, list(features.columns))
    x = features.to_numpy()[fold.test_index]
    np.testing.assert_array_equal(model.predict_proba(x), fold.model.predict_proba(x))
    data = json.loads(base.with_suffix(".json").read_text())
    assert data["sklearn_version"] == sklearn.__version__
    assert data["features"] == list(features.columns)
    assert data["label"] == {"kind": "forward_sign", "horizon": 3}
    assert data["train_to_ts"] == fold.train_to_ts
    assert data["metrics"]["folds"][-1]["accuracy"] == fold.accuracy
    assert len(data["metrics"]["folds"][0]["buckets"]) == 5


def _card_with(base, **changes) -> None:
    path = base.with_suffix(".json")
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, **changes}))


def test_another_scikit_learn_version_is_refused(trained, tmp_path) -> None:
    _, features, fold = trained
    copy = tmp_path / "old"
    save_model(copy, fold.model, ModelCard("logistic", list(features.columns), {}, 0, 1))
    _card_with(copy, sklearn_version="0.24.2")
    with pytest.raises(ModelRefused) as err:
        load_model(copy.with_suffix(".joblib"), list(features.columns))
    msg = err.value.args[0]
    assert isinstance(msg, Message) and msg.context == "MLModels"
    assert "0.24.2" in msg and sklearn.__version__ in msg


def test_other_features_or_order_are_refused(trained) -> None:
    base, features, _ = trained
    names = list(features.columns)
    with pytest.raises(ModelRefused, match=r"missing: rsi_14; not in the model: rsi_7"):
        load_model(base, [n if n != "rsi_14" else "rsi_7" for n in names])
    with pytest.raises(ModelRefused, match="another order"):
        load_model(base, names[::-1])


def test_a_model_without_its_card_is_refused(trained, tmp_path) -> None:
    _, _, fold = trained
    model_path, card_path = save_model(tmp_path / "m", fold.model,
                                       ModelCard("logistic", ["a"], {}, 0, 1))
    card_path.unlink()
    with pytest.raises(ModelRefused, match=r"m\.json is missing"):
        load_model(model_path, ["a"])
    card_path.write_text("{not json")
    with pytest.raises(ModelRefused, match="damaged"):
        load_model(model_path, ["a"])
