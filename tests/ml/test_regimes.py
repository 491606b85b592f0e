"""Regimes: past-only (a later candle never changes an earlier regime), the mixture agrees
with scikit-learn's GaussianMixture, and planted calm/wild stretches come out as such."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.mixture import GaussianMixture

from desktop.ml.regimes import detect
from strategies.regimes import UNKNOWN, fit_mixture, regimes
from tests.ml.helpers import random_walk

OPTIONS = {"refit_every": 40, "min_fit": 150, "max_fit": 600}


def calm_and_wild(n_blocks: int = 8, block: int = 250, seed: int = 3) -> np.ndarray:
    """Closes whose volatility switches between 0.1 % and 1 % every `block` candles."""
    rng = np.random.default_rng(seed)
    sigma = np.repeat(np.tile([0.001, 0.01], n_blocks // 2), block)
    return 100 * np.exp(np.cumsum(rng.normal(0.0, sigma)))


def test_changing_future_candles_never_changes_past_regimes():
    close = random_walk(1200, seed=5).close
    base = regimes(close, **OPTIONS)
    assert (base != UNKNOWN).sum() > 900
    for cut in (400, 777, 1000):
        future = close.copy()
        future[cut + 1:] *= np.exp(np.random.default_rng(cut).normal(0, 0.05, close.size - cut - 1))
        changed = regimes(future, **OPTIONS)
        np.testing.assert_array_equal(changed[:cut + 1], base[:cut + 1])
        assert (changed[cut + 1:] != base[cut + 1:]).any()  # the future did move


def test_mixture_matches_scikit_learn():
    rng = np.random.default_rng(0)
    x = np.vstack([rng.normal([0, 0], [1, 0.5], (600, 2)),
                   rng.normal([4, 1], [0.7, 1], (400, 2)),
                   rng.normal([8, -2], [0.5, 0.5], (300, 2))])
    weights, means, covs = fit_mixture(x, 3)
    ref = GaussianMixture(3, covariance_type="full", random_state=0).fit(x)
    ours, theirs = np.argsort(means[:, 0]), np.argsort(ref.means_[:, 0])
    np.testing.assert_allclose(means[ours], ref.means_[theirs], atol=0.02)
    np.testing.assert_allclose(weights[ours], ref.weights_[theirs], atol=0.01)
    np.testing.assert_allclose(covs[ours], ref.covariances_[theirs], atol=0.05)


def test_planted_calm_and_wild_stretches_and_their_statistics():
    close = calm_and_wild()
    from desktop.core.candles import Candles

    ts = np.arange(close.size, dtype=np.int64) * 60_000
    view = detect(Candles.from_arrays(ts, close, close, close, close, np.ones(close.size)),
                  n_regimes=2, **OPTIONS)
    labels = view.labels
    wild = np.repeat(np.tile([False, True], 4), 250)
    # Past the first blocks (the fit needs both kinds behind it), and away from switches
    # (the volatility window straddles them).
    settled = (np.arange(close.size) % 250 >= 30) & (np.arange(close.size) >= 500)
    agree = (labels[settled] == 1) == wild[settled]
    assert agree.mean() > 0.95
    calm_stats, wild_stats = view.stats
    assert wild_stats.volatility > 5 * calm_stats.volatility
    assert calm_stats.share + wild_stats.share == pytest.approx(1.0)
    assert view.current == labels[-1] == 1  # the series ends in a wild block


def test_a_strategy_reads_the_regime_through_strategies_regimes():
    """The sanctioned way: a strategy imports strategies.regimes (numpy only) and gets the
    same regimes the app shows."""
    from strategies.base import PositionView, Signals, Strategy

    class CalmOnly(Strategy):
        id = "calm_only"

        def signals(self, data):
            regime = regimes(data.close, n_regimes=2, **OPTIONS)
            return Signals(entry_long=regime == 0, exit_long=regime == 1)

    close = calm_and_wild()
    from desktop.core.candles import Candles

    ts = np.arange(close.size, dtype=np.int64) * 60_000
    candles = Candles.from_arrays(ts, close, close, close, close, np.ones(close.size))
    shown = detect(candles, n_regimes=2, **OPTIONS).labels
    signals = CalmOnly().signals(candles)
    np.testing.assert_array_equal(signals.entry_long, shown == 0)
    # A bot decides on the last candle: the series ends wild, so a long position exits.
    intents = CalmOnly().decide(candles, PositionView(size=1.0, entry_price=100.0))
    assert [type(i).__name__ for i in intents] == ["ExitIntent"]
