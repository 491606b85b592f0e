"""Correlation of log-returns with Ledoit–Wolf shrinkage, ordered so related assets sit together.

A sample correlation matrix of a few hundred hourly returns is noisy: pairs that are not
related show ±0.1 by chance, and the matrix can be near-singular. Ledoit–Wolf shrinks it
towards the identity by the amount the data justify. The returns are standardised first
(population std), so the shrinkage target is the identity of the correlation matrix itself
and the result is exactly `(1 - δ) * pearson + δ * I` — a shrunk correlation keeps its unit
diagonal, whatever the assets' volatilities.

scikit-learn and scipy are imported inside the functions: they cost a second of import and
must stay off the application's startup path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

MIN_OBSERVATIONS = 3


@dataclass(frozen=True, slots=True)
class CorrelationMatrix:
    """Shrunk correlations; `symbols` and the matrix's rows/columns in clustered order."""

    symbols: tuple[str, ...]
    matrix: np.ndarray
    shrinkage: float  # δ, 0 = the sample correlation, 1 = the identity
    observations: int


def log_returns(prices: np.ndarray) -> np.ndarray:
    """Log-returns along axis 0 of positive prices (1-D or T × N)."""
    p = np.asarray(prices, dtype=float)
    if not np.isfinite(p).all() or (p <= 0).any():
        raise ValueError("Prices must be positive and finite to take log-returns")
    return np.diff(np.log(p), axis=0)


def shrunk_correlation(returns: np.ndarray) -> tuple[np.ndarray, float]:
    """(correlation, shrinkage) of T × N returns by Ledoit–Wolf on standardised returns.
    An asset without variance correlates with nothing (0 off the diagonal)."""
    from sklearn.covariance import LedoitWolf

    r = np.asarray(returns, dtype=float)
    if r.ndim != 2:
        raise ValueError("Returns must be a 2-D array: observations × assets")
    if not np.isfinite(r).all():
        raise ValueError("Returns contain NaN or infinite values")
    if r.shape[0] < MIN_OBSERVATIONS:
        raise ValueError(f"A correlation needs at least {MIN_OBSERVATIONS} returns per "
                         f"asset; {r.shape[0]} given")
    n = r.shape[1]
    if n == 1:
        return np.ones((1, 1)), 0.0
    std = r.std(axis=0)
    live = std > 0
    out = np.eye(n)
    shrinkage = 0.0
    if live.sum() >= 2:
        x = (r[:, live] - r[:, live].mean(axis=0)) / std[live]
        model = LedoitWolf(assume_centered=True).fit(x)
        cov = model.covariance_
        d = np.sqrt(np.diag(cov))
        corr = cov / np.outer(d, d)
        np.fill_diagonal(corr, 1.0)
        out[np.ix_(live, live)] = corr
        shrinkage = float(model.shrinkage_)
    return out, shrinkage


def cluster_order(corr: np.ndarray) -> list[int]:
    """Row order that puts related assets next to each other: average-linkage hierarchical
    clustering on the distance sqrt((1 - ρ) / 2), leaves ordered optimally (adjacent
    leaves as similar as possible)."""
    from scipy.cluster.hierarchy import leaves_list, linkage, optimal_leaf_ordering
    from scipy.spatial.distance import squareform

    n = corr.shape[0]
    if n <= 2:
        return list(range(n))
    dist = np.sqrt(np.clip((1.0 - corr) / 2.0, 0.0, 1.0))
    np.fill_diagonal(dist, 0.0)
    condensed = squareform((dist + dist.T) / 2.0, checks=False)
    tree = optimal_leaf_ordering(linkage(condensed, method="average"), condensed)
    return [int(i) for i in leaves_list(tree)]


def clustered_correlation(symbols: Sequence[str], returns: np.ndarray) -> CorrelationMatrix:
    """The shrunk correlation of `returns` (T × N, columns named by `symbols`), clustered."""
    if len(symbols) != np.asarray(returns).shape[-1]:
        raise ValueError("One symbol per returns column is needed")
    corr, shrinkage = shrunk_correlation(returns)
    order = cluster_order(corr)
    return CorrelationMatrix(
        tuple(symbols[i] for i in order),
        corr[np.ix_(order, order)],
        shrinkage,
        int(np.asarray(returns).shape[0]),
    )
