"""Ledoit–Wolf shrunk correlation of log-returns, and the clustered order."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.risk.correlation import (
    cluster_order,
    clustered_correlation,
    log_returns,
    shrunk_correlation,
)


def _ledoit_wolf_shrinkage(x: np.ndarray) -> float:
    """The Ledoit–Wolf (2004) optimal shrinkage of centred data x (T × N) towards μI,
    written out from the paper (the reference the library's number is checked against)."""
    t, n = x.shape
    s = x.T @ x / t
    mu = np.trace(s) / n
    d2 = np.sum((s - mu * np.eye(n)) ** 2) / n
    b2 = sum(np.sum((np.outer(row, row) - s) ** 2) for row in x) / n / t**2
    return float(min(b2, d2) / d2)


def test_shrunk_correlation_is_pearson_pulled_towards_identity(pair_returns):
    logs = np.log1p(pair_returns.to_numpy())
    corr, delta = shrunk_correlation(logs)
    x = (logs - logs.mean(axis=0)) / logs.std(axis=0)
    assert delta == pytest.approx(_ledoit_wolf_shrinkage(x), rel=1e-8)
    assert 0 < delta < 1
    pearson = np.corrcoef(logs, rowvar=False)
    expected = (1 - delta) * pearson + delta * np.eye(3)
    np.testing.assert_allclose(corr, expected, atol=1e-10)
    np.testing.assert_allclose(np.diag(corr), 1.0)
    assert np.all(np.linalg.eigvalsh(corr) > 0)


def test_few_observations_shrink_hard_and_a_flat_asset_correlates_with_nothing():
    rng = np.random.default_rng(3)
    noise = rng.normal(size=(8, 4))
    flat = np.zeros((8, 1))
    corr, delta = shrunk_correlation(np.hstack([noise, flat]))
    assert delta > 0.3  # eight draws of four unrelated series: mostly noise
    np.testing.assert_array_equal(corr[4], [0, 0, 0, 0, 1])
    with pytest.raises(ValueError, match="at least 3"):
        shrunk_correlation(noise[:2])
    with pytest.raises(ValueError, match="NaN"):
        shrunk_correlation(np.array([[0.1, np.nan], [0.0, 0.1], [0.2, 0.0]]))


def test_clustering_puts_related_assets_next_to_each_other():
    rng = np.random.default_rng(11)
    a, b = rng.normal(size=(2, 500))
    columns = {
        "A1": a + 0.3 * rng.normal(size=500),
        "B1": b + 0.3 * rng.normal(size=500),
        "A2": a + 0.3 * rng.normal(size=500),
        "B2": b + 0.3 * rng.normal(size=500),
        "A3": a + 0.3 * rng.normal(size=500),
    }
    result = clustered_correlation(list(columns), np.column_stack(list(columns.values())))
    groups = "".join(s[0] for s in result.symbols)
    assert groups in ("AAABB", "BBAAA")
    # The matrix follows the new order.
    i, j = result.symbols.index("A1"), result.symbols.index("A3")
    assert result.matrix[i, j] > 0.8
    assert result.observations == 500


def test_real_pairs_cluster_and_log_returns_are_checked(pair_returns):
    prices = (1 + pair_returns).cumprod().to_numpy()
    result = clustered_correlation(list(pair_returns.columns), log_returns(prices))
    assert sorted(result.symbols) == sorted(pair_returns.columns)
    assert cluster_order(np.eye(2)) == [0, 1]
    with pytest.raises(ValueError, match="positive"):
        log_returns(np.array([1.0, 0.0, 2.0]))
