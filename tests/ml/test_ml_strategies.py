"""The built-in ML strategies learn from the past only: no edge on a random walk, the edge of a
series with planted structure found, and every probability unchanged when the future changes."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest
from desktop.backtest.strategy_catalog import StrategyCatalog, builtin_strategies
from desktop.core.candles import Candles
from desktop.ml.labels import forward_sign
from desktop.ml.online_strategy import MlOnline
from desktop.ml.rolling_strategy import FEATURE_WARMUP, MlClassifier, block_anchors
from tests.ml.helpers import random_walk

# Small, fast settings; horizon 1 makes the labels of consecutive candles independent, so
# hit rates are binomial and their chance band is known.
ROLLING = {"horizon": 1, "train_window": 1000, "retrain_every": 250, "threshold": 0.5,
           "exit_threshold": 0.5, "calibrate": False}
ONLINE = {"horizon": 1, "threshold": 0.5, "exit_threshold": 0.5, "min_updates": 200}
# Zero fees and one unit per trade: the profit factor is that of the price moves alone.
NO_FEES = BacktestConfig(taker_fee_bps=0, maker_fee_bps=0, sizing=Sizing(SizeMode.FIXED, 1.0))


def momentum_series(n: int, seed: int, phi: float) -> Candles:
    """Log returns follow AR(1) with coefficient `phi`: the last return tells the sign of the
    next one, a structure the `ret_1` feature exposes."""
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, 0.002, n)
    r = np.empty(n)
    r[0] = noise[0]
    for i in range(1, n):
        r[i] = phi * r[i - 1] + noise[i]
    base = random_walk(n, seed)
    close = 100.0 * np.exp(np.cumsum(r))
    open_ = np.concatenate([[100.0], close[:-1]])
    return Candles.from_arrays(base.ts, open_, np.maximum(open_, close) * 1.0005,
                               np.minimum(open_, close) * 0.9995, close, base.volume)


def run(strategy_cls, params: dict, candles: Candles) -> tuple[np.ndarray, np.ndarray]:
    """One zero-fee backtest: the probabilities the strategy object computed in it, and the
    trades' P&L."""
    made = []

    class Watched(strategy_cls):
        def __init__(self, **kw):
            super().__init__(**kw)
            made.append(self)

    result = run_backtest(Watched, params, candles, NO_FEES)
    (strategy,) = made
    return strategy.ind["p_up"], result.trades.pnl


def hit_rate(p: np.ndarray, candles: Candles) -> tuple[float, int]:
    """Share of candles whose predicted direction (p > 0.5) was the next close's."""
    labels = forward_sign(candles, 1)
    scored = np.isfinite(p) & labels.valid
    return float(((p[scored] > 0.5) == (labels.y[scored] == 1)).mean()), int(scored.sum())


def profit_factor(pnl: np.ndarray) -> float:
    return float(pnl[pnl > 0].sum() / -pnl[pnl < 0].sum())


def within_chance(rate: float, count: int) -> bool:
    return abs(rate - 0.5) < 3.0 * 0.5 / np.sqrt(count)


def test_both_are_built_in_strategies_with_a_declared_warmup():
    builtin = builtin_strategies()
    assert builtin["ml_classifier"] is MlClassifier and builtin["ml_online"] is MlOnline
    assert {"ml_classifier", "ml_online"} <= set(StrategyCatalog(include_builtin=True)
                                                 .strategies())
    s = MlClassifier(**ROLLING)
    assert s.warmup_bars() >= FEATURE_WARMUP + 1000 + 1 + 250


@pytest.mark.parametrize(("cls", "params", "n", "cuts"), [
    (MlClassifier, ROLLING, 3000, (1700, 2222, 2999)),
    (MlOnline, ONLINE, 1200, (700, 1150))])
def test_a_probability_never_changes_when_later_candles_change(cls, params, n, cuts):
    candles = momentum_series(n, seed=3, phi=0.4)
    full = cls(**params).probabilities(candles)
    assert np.isfinite(full).sum() > n // 3
    for cut in cuts:
        # The same past, then another future.
        other = momentum_series(n, seed=9, phi=-0.4)
        glued = Candles.from_arrays(
            candles.ts, np.concatenate([candles.open[:cut], other.open[cut:] * 3]),
            np.concatenate([candles.high[:cut], other.high[cut:] * 3]),
            np.concatenate([candles.low[:cut], other.low[cut:] * 3]),
            np.concatenate([candles.close[:cut], other.close[cut:] * 3]),
            np.concatenate([candles.volume[:cut], other.volume[cut:]]))
        changed = cls(**params).probabilities(glued)
        np.testing.assert_array_equal(changed[:cut], full[:cut])
        assert not np.array_equal(changed[cut:], full[cut:], equal_nan=True)


def test_each_block_model_is_trained_on_labels_decided_before_it():
    candles = random_walk(2600, seed=1)
    anchors = block_anchors(candles.ts, 250)
    period = 60_000 * 250
    assert np.all(candles.ts[anchors[1:]] % period == 0)
    s = MlClassifier(**ROLLING)
    seen: list[tuple[int, int]] = []
    fit = s._fit

    def spy(x, y):
        seen.append((x.shape[0], len(seen)))
        return fit(x, y)

    s._fit = spy  # type: ignore[method-assign]
    p = s.probabilities(candles)
    # Blocks whose training rows would start inside the feature warm-up get no model.
    first = next(r for r in anchors if r - 1 - 1000 >= FEATURE_WARMUP)
    assert np.isnan(p[:first]).all() and np.isfinite(p[first:]).all()
    assert [rows for rows, _ in seen] == [1000] * len([r for r in anchors if r >= first])


def test_on_a_random_walk_the_hit_rate_is_chance_and_the_profit_factor_near_one():
    # Pooled over a few walks: one walk's profit factor swings with a handful of long trades.
    walks = [random_walk(6000, seed=seed) for seed in (1, 2, 3, 4)]
    runs = [run(MlClassifier, ROLLING, walk) for walk in walks]
    rates = [hit_rate(p, walk) for (p, _), walk in zip(runs, walks, strict=True)]
    count = sum(c for _, c in rates)
    rate = sum(r * c for r, c in rates) / count
    assert count > 15_000 and within_chance(rate, count), rate
    pnl = np.concatenate([pnl for _, pnl in runs])
    assert pnl.shape[0] > 400 and 0.75 < profit_factor(pnl) < 1.33, profit_factor(pnl)
    walk = random_walk(4000, seed=6)
    p, pnl = run(MlOnline, ONLINE, walk)
    rate, count = hit_rate(p, walk)
    assert count > 3000 and within_chance(rate, count), rate
    assert pnl.shape[0] > 300 and 0.75 < profit_factor(pnl) < 1.33, profit_factor(pnl)


def test_on_a_series_with_planted_structure_both_find_the_edge():
    candles = momentum_series(4000, seed=7, phi=0.3)
    for cls, params in ((MlClassifier, ROLLING), (MlOnline, ONLINE)):
        p, pnl = run(cls, params, candles)
        rate, count = hit_rate(p, candles)
        assert rate > 0.5 + 4 * 0.5 / np.sqrt(count), (cls.id, rate)
        assert pnl.shape[0] > 100 and profit_factor(pnl) > 1.25, (cls.id, profit_factor(pnl))
