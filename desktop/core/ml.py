"""Machine-learning requests and results as plain data: what the backtest dock's ML view
sends the engine and what comes back (per-fold metrics, confusion matrix, calibration curve,
permutation importance, the model card, drift reports, regimes). Qt-free; nothing of the
project beyond core, so widgets may import it without reaching desktop.ml."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from desktop.core.backtests import BacktestRequest

#: The classifiers `desktop.ml.models.make_classifier` knows, by name.
MODELS = ("logistic", "hist_gb", "random_forest", "mlp", "ensemble")
#: Targets: the sign of the forward return over a horizon, or triple-barrier labels.
LABEL_KINDS = ("forward_sign", "triple_barrier")
#: Training job stages, reported as the progress event's `message` (the UI words them).
STAGE_ML_FOLDS, STAGE_ML_IMPORTANCE, STAGE_ML_FINAL = "ml_folds", "ml_importance", "ml_final"
#: Past this population stability index a feature has drifted (0.1-0.25: moderate; the
#: common reading of PSI calls > 0.25 a significant shift).
DRIFT_PSI_THRESHOLD = 0.25
#: Below this KS p-value the recent window is unlikely to come from the training window's
#: distribution.
DRIFT_KS_P_THRESHOLD = 0.01


@dataclass(slots=True, frozen=True)
class MlTrainRequest:
    """The market, timeframe and dates come from the backtest setup (`market`: its
    `symbols[0]` is the market trained on); the rest is the ML view's own."""

    market: BacktestRequest
    features: tuple[str, ...] = ()
    label: str = "forward_sign"
    horizon: int = 10           # forward_sign: candles ahead
    take_profit: float = 0.01   # triple_barrier: fractions of the price
    stop: float = 0.01
    time_limit: int = 20        # triple_barrier: candles
    model: str = "logistic"
    n_splits: int = 5
    embargo: int = 10           # candles kept out either side of each test window
    importance_repeats: int = 3
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["market"] = self.market.to_dict()
        out["features"] = list(self.features)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MlTrainRequest:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in known}
        clean["market"] = BacktestRequest.from_dict(clean.get("market") or {})
        clean["features"] = tuple(clean.get("features") or ())
        return cls(**clean)

    @property
    def symbol(self) -> str:
        return self.market.symbols[0] if self.market.symbols else ""


@dataclass(slots=True)
class MlTrainResult:
    """A finished training job. `folds`: each fold's metrics (fold, train_rows, test_rows,
    train/test from/to ts, accuracy, log_loss, buckets); `confusion[true][predicted]` over
    every out-of-sample row (0 = down, 1 = up); `calibration`: bins of the predicted
    probability of "up" with the fraction that went up; `importance`: (feature, mean drop in
    log-loss score when shuffled, its spread), largest first; `card`: the model card the
    model would be saved with."""

    job_id: str
    request: MlTrainRequest
    folds: list[dict[str, Any]]
    summary: dict[str, Any]
    confusion: list[list[int]]
    calibration: list[dict[str, Any]]
    importance: list[tuple[str, float, float]]
    card: dict[str, Any]
    base_rate: float  # share of "up" labels over the out-of-sample rows
    saved_as: str = ""


@dataclass(slots=True, frozen=True)
class FeatureDrift:
    feature: str
    psi: float
    ks_statistic: float
    ks_p_value: float
    drifted: bool


@dataclass(slots=True)
class DriftReport:
    """Each feature's recent window against the model's training window."""

    model: str
    symbol: str
    recent_from_ts: int
    recent_to_ts: int
    recent_rows: int
    features: list[FeatureDrift] = field(default_factory=list)

    @property
    def drifted(self) -> list[str]:
        return [f.feature for f in self.features if f.drifted]


@dataclass(slots=True, frozen=True)
class SavedModel:
    """A model file in the models folder, as its card describes it."""

    name: str
    card: dict[str, Any]
    error: str = ""  # a card that cannot be read: why


@dataclass(slots=True)
class RegimeStats:
    """One regime over the candles it labelled: the mean and spread of their log returns (per
    candle) and the share of the labelled candles it holds."""

    regime: int
    candles: int
    share: float
    mean_return: float
    volatility: float


@dataclass(slots=True)
class RegimeView:
    """Every candle's regime (`labels`: -1 while warming up, else 0 = calmest ..) with the
    per-regime statistics and the latest candle's regime (`current`, -1 unknown)."""

    venue: str
    symbol: str
    timeframe: str
    ts: Any  # np.ndarray int64 ms
    labels: Any  # np.ndarray int8
    n_regimes: int
    stats: list[RegimeStats]
    current: int
