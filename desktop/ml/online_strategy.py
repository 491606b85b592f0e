"""`ml_online`: a built-in strategy whose model learns on every closed candle.

An `SGDClassifier` (logistic loss) is updated with `partial_fit` once per closed candle, on the
one row whose label has just become known: at the close of candle t the outcome of candle
t - horizon (did the close rise over `horizon` candles?) is decided, so that row is learned,
and only then is candle t scored. No label is used before the candle that decides it closes.
The features are standardised with running means and variances over the candles seen so far
(candle t included: it is closed), never over the whole history.

The model's state lives on the strategy object and carries on from call to call while the
candles it is given continue the ones it has seen (a bot handing it a rolling window after
each candle, or a backtest over a whole file); other candles start a fresh model. So a bot
learns from the candles it has lived through, and `pregao paper` replaying a file learns what
the backtest of that file learns.

Lives in `desktop.ml` for the reason `rolling_strategy` does (scikit-learn); scikit-learn is
imported on the first call, never when the module loads.
"""

from __future__ import annotations

import math
from collections import deque
from typing import Any

import numpy as np

from desktop.ml.rolling_strategy import FEATURE_WARMUP, entry_exit_signals
from strategies.base import CandleData, Param, ParameterError, Signals, Strategy


# The online model and what it remembers of the candles it has seen (a comment, not a
# docstring: the translation collector reads every class docstring in this file).
class _Learner:
    def __init__(self, alpha: float, eta: float, n_features: int) -> None:
        from sklearn.linear_model import SGDClassifier

        # A constant, small step: sklearn's default ("optimal") starts with steps so large that
        # a 1e-11 difference in a feature (a bot computes RSI over its window, a backtest over
        # the whole file) grew into a different model within a few hundred candles.
        self.model = SGDClassifier(loss="log_loss", alpha=alpha, learning_rate="constant",
                                   eta0=eta, random_state=0)
        self.updates = 0
        self.count = 0
        self.total = np.zeros(n_features)
        self.total_sq = np.zeros(n_features)
        self.ts: list[int] = []
        self.p_up: list[float] = []
        # The last horizon+1 closes and standardised rows, waiting for their labels.
        self.closes: deque[float] = deque()
        self.rows: deque[np.ndarray | None] = deque()

    def standardise(self, x: np.ndarray) -> np.ndarray | None:
        """x scaled with the running statistics after counting x itself; None for a row
        still warming up (NaN features)."""
        if not np.isfinite(x).all():
            return None
        self.count += 1
        self.total += x
        self.total_sq += x * x
        mean = self.total / self.count
        var = np.maximum(self.total_sq / self.count - mean * mean, 0.0)
        std = np.sqrt(var)
        return np.where(std > 0, (x - mean) / np.where(std > 0, std, 1.0), 0.0)


class MlOnline(Strategy):
    """Online machine-learning classifier, updated on every closed candle.

    A logistic model (stochastic gradient descent) learns one row per candle, as soon as that
    row's outcome is known: whether the close rose over the next `horizon` candles. Go long
    when the predicted probability of a rise is above the threshold and close below the exit
    level; shorts mirror this when allowed. It starts to trade after `min_updates` rows.
    """

    id = "ml_online"
    name = "ML classifier (online)"
    horizon = Param(5, low=1, high=120, step=1, label="Label horizon",
                    doc="candles ahead whose close the model predicts")
    threshold = Param(0.55, low=0.5, high=0.99, step=0.01, label="Entry probability",
                      doc="enter when the probability of a rise is above this")
    exit_threshold = Param(0.5, low=0.01, high=0.99, step=0.01, label="Exit probability",
                           doc="close a long when the probability falls below this")
    alpha = Param(0.0001, low=1e-7, high=0.1, label="Regularisation",
                  doc="L2 penalty of the gradient descent (larger: simpler model)")
    learning_rate = Param(0.01, low=1e-5, high=1.0, label="Learning rate",
                          doc="step of each gradient update")
    min_updates = Param(500, low=10, high=100_000, step=10, label="Rows before trading",
                        doc="labelled rows the model must have learned before it trades")
    allow_short = Param(False, label="Allow shorts",
                        doc="sell short when the probability of a rise is low")

    def __init__(self, **params: Any) -> None:
        super().__init__(**params)
        self._learner: _Learner | None = None

    def validate(self) -> None:
        if self.exit_threshold > self.threshold:
            raise ParameterError("exit_threshold must not be above threshold")

    def warmup_bars(self) -> int:
        # Enough for the new candle's features; what the model knows is in its state.
        return FEATURE_WARMUP + self.horizon + 2

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        return {"p_up": self.probabilities(data)}

    def signals(self, data: CandleData) -> Signals:
        return entry_exit_signals(self.ind["p_up"], self.threshold, self.exit_threshold,
                                  self.allow_short)

    def probabilities(self, data: CandleData) -> np.ndarray:
        """The probability of a rise at each candle, as the model stood at its close."""
        from sklearn import config_context
        from threadpoolctl import threadpool_limits

        from desktop.ml.features import build_features

        n = len(data)
        if n == 0:
            return np.zeros(0)
        ts = data.ts.astype(np.int64)
        first_new = self._continues(ts, data.close)
        if first_new is None:
            self._learner = None
            first_new = 0
        if first_new < n:
            x = build_features(data).to_numpy(dtype=np.float64)  # type: ignore[arg-type]
            if self._learner is None:
                self._learner = _Learner(self.alpha, self.learning_rate, x.shape[1])
            # Parameters were validated when the strategy was made; rows are finite.
            # One BLAS thread: one-row updates gain nothing from a pool (see rolling_strategy).
            with config_context(assume_finite=True, skip_parameter_validation=True), \
                    threadpool_limits(1):
                for t in range(first_new, n):
                    self._step(self._learner, int(ts[t]), float(data.close[t]), x[t])
        learner = self._learner
        assert learner is not None
        return np.asarray(learner.p_up[len(learner.p_up) - n:], dtype=np.float64)

    def _continues(self, ts: np.ndarray, close: np.ndarray) -> int | None:
        """Index of the first candle the model has not seen, if these candles continue the
        ones it has; None if they do not (another file, symbol or time)."""
        learner = self._learner
        if learner is None or not learner.ts:
            return None
        seen = len(learner.ts)
        last = int(np.searchsorted(ts, learner.ts[-1]))
        if last >= ts.shape[0] or int(ts[last]) != learner.ts[-1]:
            return None
        if float(close[last]) != learner.closes[-1] or last + 1 > seen:
            return None
        if learner.ts[seen - 1 - last] != int(ts[0]):
            return None  # a gap: the candles before the newest seen one are not all known
        return last + 1

    def _step(self, learner: _Learner, ts: int, close: float, x: np.ndarray) -> None:
        z = learner.standardise(x)
        learner.closes.append(close)
        learner.rows.append(z)
        if len(learner.closes) > self.horizon + 1:
            learner.closes.popleft()
            learner.rows.popleft()
        if len(learner.closes) == self.horizon + 1:
            # This candle's close decides the label of the row `horizon` candles back.
            old = learner.rows[0]
            if old is not None:
                y = np.array([int(close > learner.closes[0])])
                if learner.updates == 0:
                    learner.model.partial_fit(old[None, :], y, classes=np.array([0, 1]))
                else:
                    learner.model.partial_fit(old[None, :], y)
                learner.updates += 1
        p = math.nan
        if z is not None and learner.updates >= self.min_updates:
            score = float(z @ learner.model.coef_[0] + learner.model.intercept_[0])
            p = 1.0 / (1.0 + math.exp(-max(-500.0, min(500.0, score))))
        learner.ts.append(ts)
        learner.p_up.append(p)
