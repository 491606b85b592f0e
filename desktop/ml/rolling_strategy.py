"""`ml_classifier`: a built-in strategy that retrains a classifier on past candles only.

It lives here, not in `strategies/builtin`, because it needs scikit-learn and the features and
labels of `desktop.ml`, and the `strategies` package imports only itself and numpy/pandas (an
import-linter contract). It is still an ordinary `strategies.base.Strategy`: the backtester,
the optimiser, `pregao paper` and bots run this same object; `desktop.backtest.strategy_catalog
.builtin_strategies()` lists it beside the other built-ins. scikit-learn is imported when a
model is trained, never when the module loads.

How a probability is made without looking ahead:

- The candles are cut into blocks of `retrain_every` candles by time (`ts // (retrain_every x
  candle length)`), so a backtest over a whole file and a bot over its rolling window agree on
  where the blocks start. The first candle of a block is its anchor `r`.
- At the close of `r` one fresh Pipeline (imputer, scaler, classifier: `desktop.ml.models`) is
  fitted on the `train_window` rows `r - horizon - train_window .. r - horizon - 1`. Their label
  (the sign of the return over `horizon` candles) ends at `row + horizon <= r - 1`: every
  training label was known before the anchor closed, none reaches the anchor or any bar the
  model will score (purged by construction, and asserted).
- That model scores the candles `r ..` the next anchor: the probability at candle t uses the
  features of t (closed) only. A strategy decision at t's close fills at the next bar.
- An anchor is trained only when its training rows begin `FEATURE_WARMUP` candles into the
  data: recursive indicators (RSI, MACD, ATR) have then forgotten where the data started, so a
  bot holding `warmup_bars()` candles fits the very model the backtest fitted.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop.core.ml import MODELS  # the `model` parameter indexes this one list
from strategies.base import CandleData, Param, ParameterError, Signals, Strategy

# Candles before the first training row: (13/14)**400 ~ 1e-13, so Wilder-smoothed RSI/ATR and
# the MACD EMAs computed from any earlier start agree to well below 1e-9.
FEATURE_WARMUP = 400
_MODELS_CACHED = 4


def candle_ms(ts: np.ndarray) -> int:
    """The candle length: the most common step between timestamps (gaps are rarer)."""
    if ts.shape[0] < 2:
        return 60_000
    steps = np.diff(ts.astype(np.int64))
    steps = steps[steps > 0]
    if steps.shape[0] == 0:
        return 60_000
    values, counts = np.unique(steps, return_counts=True)
    return int(values[np.argmax(counts)])


def block_anchors(ts: np.ndarray, every: int) -> np.ndarray:
    """Row index of the first candle of each time block of `every` candles."""
    period = candle_ms(ts) * every
    block = ts.astype(np.int64) // period
    starts = np.flatnonzero(np.diff(block) != 0) + 1
    return np.concatenate(([0], starts)).astype(np.int64)


def entry_exit_signals(p_up: np.ndarray, threshold: float, exit_threshold: float,
                       allow_short: bool) -> Signals:
    """Long above `threshold`, out below `exit_threshold`; shorts mirror it around 0.5.
    NaN (no model yet) compares False: no entry, no exit."""
    with np.errstate(invalid="ignore"):
        entry_long = p_up > threshold
        exit_long = p_up < exit_threshold
        if not allow_short:
            return Signals(entry_long=entry_long, exit_long=exit_long)
        return Signals(entry_long=entry_long, exit_long=exit_long,
                       entry_short=p_up < 1.0 - threshold,
                       exit_short=p_up > 1.0 - exit_threshold)


class MlClassifier(Strategy):
    """Machine-learning classifier, retrained on a rolling window of past candles.

    Every `retrain_every` candles a fresh model learns, from the last `train_window` candles
    whose outcome is already known, whether the close `horizon` candles later will be higher.
    Training labels never reach the candle being traded (purged walk-forward). Go long when
    the predicted probability of a rise is above the threshold and close below the exit
    level; shorts mirror this when allowed.
    """

    id = "ml_classifier"
    name = "ML classifier (rolling retrain)"
    horizon = Param(5, low=1, high=120, step=1, label="Label horizon",
                    doc="candles ahead whose close the model predicts")
    train_window = Param(3000, low=100, high=50_000, step=100, label="Training window",
                         doc="rows the model learns from at each retrain")
    retrain_every = Param(1000, low=10, high=50_000, step=10, label="Retrain every",
                          doc="candles between retrains")
    threshold = Param(0.55, low=0.5, high=0.99, step=0.01, label="Entry probability",
                      doc="enter when the probability of a rise is above this")
    exit_threshold = Param(0.5, low=0.01, high=0.99, step=0.01, label="Exit probability",
                           doc="close a long when the probability falls below this")
    model = Param(0, low=0, high=len(MODELS) - 1, step=1, label="Model",
                  doc="0 logistic, 1 gradient boosting, 2 random forest, 3 MLP, 4 ensemble")
    calibrate = Param(True, label="Calibrate probabilities",
                      doc="sigmoid calibration on time-ordered folds of the training window")
    allow_short = Param(False, label="Allow shorts",
                        doc="sell short when the probability of a rise is low")

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        # Fitted models by (anchor time, first training time, training closes): a bot
        # deciding candle after candle fits each block's model once.
        self._models: dict[tuple[int, int, int], Any] = {}

    def validate(self) -> None:
        if self.exit_threshold > self.threshold:
            raise ParameterError("exit_threshold must not be above threshold")

    def warmup_bars(self) -> int:
        return FEATURE_WARMUP + self.train_window + self.horizon + self.retrain_every + 2

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        return {"p_up": self.probabilities(data)}

    def signals(self, data: CandleData) -> Signals:
        return entry_exit_signals(self.ind["p_up"], self.threshold, self.exit_threshold,
                                  self.allow_short)

    # --- the model ------------------------------------------------------------------------

    def probabilities(self, data: CandleData) -> np.ndarray:
        """P(close[t + horizon] > close[t]) for each candle t, NaN where no model may speak."""
        from threadpoolctl import threadpool_limits

        from desktop.ml.features import build_features
        from desktop.ml.labels import forward_sign

        n = len(data)
        p_up = np.full(n, np.nan)
        first_anchor = FEATURE_WARMUP + self.train_window + self.horizon
        if n <= first_anchor:
            return p_up
        x = build_features(data).to_numpy(dtype=np.float64)  # type: ignore[arg-type]
        labels = forward_sign(data, self.horizon)  # type: ignore[arg-type]
        anchors = block_anchors(data.ts, self.retrain_every)
        used: set[tuple[int, int, int]] = set()
        # One BLAS thread: these matrices are small, and OpenBLAS's thread pool spinning on a
        # busy machine made a fit 15x slower than a single thread (measured).
        with threadpool_limits(1):
            self._score_blocks(data, x, labels, anchors, p_up, used)
        # Keep the newest few models: a bot's next candles reuse them, old blocks never return.
        for key in sorted(set(self._models) - used)[:-_MODELS_CACHED or None]:
            del self._models[key]
        return p_up

    def _score_blocks(self, data: CandleData, x: np.ndarray, labels: Any, anchors: np.ndarray,
                      p_up: np.ndarray, used: set[tuple[int, int, int]]) -> None:
        n = len(data)
        ends = np.append(anchors[1:], n)
        for r, stop in zip(anchors.tolist(), ends.tolist(), strict=True):
            lo, hi = r - self.horizon - self.train_window, r - self.horizon
            if lo < FEATURE_WARMUP:
                continue
            rows = np.arange(lo, hi)
            # The purge, stated: every training label was decided before the anchor closed.
            assert labels.valid[rows].all() and int(labels.end[rows].max()) < r
            # The closes too: one instance may score another symbol over the same times.
            key = (int(data.ts[r]), int(data.ts[lo]), hash(data.close[lo:hi].tobytes()))
            used.add(key)
            fitted = self._models.get(key)
            if fitted is None:
                fitted = self._fit(x[rows], labels.y[rows].astype(np.int64))
                self._models[key] = fitted
            if fitted is not False:
                proba = fitted.predict_proba(x[r:stop])
                p_up[r:stop] = proba[:, list(fitted.classes_).index(1)]

    def _fit(self, x: np.ndarray, y: np.ndarray) -> Any:
        """A fresh pipeline fitted on these rows; False when they hold one class only."""
        if np.unique(y).shape[0] < 2:
            return False
        from desktop.ml.models import make_pipeline

        pipeline = make_pipeline(MODELS[self.model], seed=0, n_estimators=100,
                                 calibration_splits=3 if self.calibrate else 0)
        return pipeline.fit(x, y)
