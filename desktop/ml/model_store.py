"""Trained models on disk: `<name>.joblib` beside `<name>.json`, the model card.

The card records what the model needs to be used honestly again: the scikit-learn version it
was pickled with (a pickle from another version may load and then predict differently), the
feature columns in order, the label, the training range and the validation metrics. Loading
refuses a model whose card does not match the running library or the features offered.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import joblib
import sklearn

from desktop.core.messages import marker

_t = marker("MLModels")


class ModelRefused(ValueError):
    """A saved model that must not be used here; the message says why (translatable)."""


@dataclass
class ModelCard:
    model: str
    features: list[str]
    label: dict
    train_from_ts: int
    train_to_ts: int
    metrics: dict = field(default_factory=dict)
    sklearn_version: str = field(default_factory=lambda: sklearn.__version__)


def _paths(path: Path | str) -> tuple[Path, Path]:
    base = Path(path)
    if base.suffix in (".joblib", ".json"):
        base = base.with_suffix("")
    return base.with_suffix(".joblib"), base.with_suffix(".json")


def save_model(path: Path | str, model: object, card: ModelCard) -> tuple[Path, Path]:
    """Writes the model and its card; returns both paths."""
    model_path, card_path = _paths(path)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, model_path)
    card_path.write_text(json.dumps(asdict(card), indent=2, sort_keys=True) + "\n",
                         encoding="utf-8")
    return model_path, card_path


def read_card(path: Path | str) -> ModelCard:
    _, card_path = _paths(path)
    try:
        data = json.loads(card_path.read_text(encoding="utf-8"))
        return ModelCard(**data)
    except FileNotFoundError:
        raise ModelRefused(_t("The model card {file} is missing: the model cannot be checked",
                              file=card_path.name)) from None
    except (ValueError, TypeError):
        raise ModelRefused(_t("The model card {file} is damaged", file=card_path.name)) from None


def load_model(path: Path | str, features: list[str] | None = None) -> tuple[object, ModelCard]:
    """The model and its card, after checking the card against this scikit-learn and the
    `features` the caller will feed it (None skips that check, e.g. to show the card)."""
    card = read_card(path)
    if card.sklearn_version != sklearn.__version__:
        raise ModelRefused(_t("The model was saved with scikit-learn {saved}, this is "
                              "scikit-learn {running}: train it again",
                              saved=card.sklearn_version, running=sklearn.__version__))
    if features is not None and list(features) != list(card.features):
        missing = [f for f in card.features if f not in features]
        extra = [f for f in features if f not in card.features]
        if missing or extra:
            raise ModelRefused(_t("The model was trained on other features (missing: "
                                  "{missing}; not in the model: {extra})",
                                  missing=", ".join(missing) or "—",
                                  extra=", ".join(extra) or "—"))
        raise ModelRefused(_t("The model expects its features in another order: {order}",
                              order=", ".join(card.features)))
    model_path, _ = _paths(path)
    return joblib.load(model_path), card
