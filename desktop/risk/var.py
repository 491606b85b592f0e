"""Value at risk and expected shortfall: one asset's returns, and a book of positions.

Conventions (the contract of the risk issue; tests hold these functions to them exactly):
- `returns` are simple returns (p1 / p0 - 1) as a 1-D array; `level` is the confidence
  (0.95 = 95 %), strictly between 0 and 1.
- A VaR is returned as a positive number when it is a loss: the fraction of the position
  (1-D functions) or money in the positions' currency (portfolio functions). A series whose
  tail is a gain gives a negative VaR; nothing is clipped at zero, a risk desk wants the sign.
- Missing values are refused, not dropped: a NaN in a return series means the series is
  broken (a gap filled wrongly, a zero price), and silently skipping it would understate
  the risk. So are infinities, fewer than two observations, and levels outside (0, 1).

Methods of `value_at_risk`:
- "historical": minus numpy's default (linearly interpolated) `quantile(returns, 1 - level)`.
- "parametric": minus `mean + std * z`, std with ddof=1, z = the standard normal quantile
  of `1 - level`.
- "cornish_fisher": the parametric formula with z replaced by the Cornish–Fisher expansion
  `z + (z²-1)S/6 + (z³-3z)K/24 - (2z³-5z)S²/36`, S the skewness and K the excess kurtosis
  from population (divide-by-n) central moments, as PerformanceAnalytics' "modified" VaR.
  (PerformanceAnalytics multiplies by sqrt(m2); the contract here keeps the parametric
  std with ddof=1, so "modified" differs from "parametric" only through z.)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist
from typing import Literal

import numpy as np

Method = Literal["historical", "parametric", "cornish_fisher"]
METHODS: tuple[str, ...] = ("historical", "parametric", "cornish_fisher")
MIN_OBSERVATIONS = 2
MONTE_CARLO_PATHS = 100_000
MONTE_CARLO_SEED = 20_260_101


@dataclass(frozen=True, slots=True)
class PortfolioVaR:
    """Parametric VaR of a book and its Euler decomposition.

    `var` is in the positions' currency; `marginal[i]` is d var / d positions[i] (a fraction:
    the VaR added per unit of money put into position i); `component[i]` is
    `positions[i] * marginal[i]`, and the components add up to `var` exactly."""

    var: float
    marginal: np.ndarray
    component: np.ndarray


def normal_quantile(p: float) -> float:
    """The standard normal quantile (statistics.NormalDist: no scipy on this path)."""
    return NormalDist().inv_cdf(p)


def value_at_risk(returns: np.ndarray, level: float = 0.95, method: str = "historical") -> float:
    """VaR of a 1-D array of simple returns, as a positive loss fraction (see module doc)."""
    r = _returns_1d(returns)
    _check_level(level)
    if method == "historical":
        return float(-np.quantile(r, 1.0 - level))
    mean = float(np.mean(r))
    std = float(np.std(r, ddof=1))
    z = normal_quantile(1.0 - level)
    if method == "parametric":
        return -(mean + std * z)
    if method == "cornish_fisher":
        return -(mean + std * cornish_fisher_z(z, r))
    raise ValueError(f"Unknown VaR method {method!r}: use one of {', '.join(METHODS)}")


def cornish_fisher_z(z: float, returns: np.ndarray) -> float:
    """The Cornish–Fisher quantile for `z` given the sample's skewness and excess kurtosis
    (population moments). A series without variance has no shape: z is returned as is,
    since the std it multiplies is zero anyway."""
    skew, excess_kurt = shape_moments(returns)
    if math.isnan(skew):
        return z
    return (
        z
        + (z**2 - 1.0) * skew / 6.0
        + (z**3 - 3.0 * z) * excess_kurt / 24.0
        - (2.0 * z**3 - 5.0 * z) * skew**2 / 36.0
    )


def shape_moments(returns: np.ndarray) -> tuple[float, float]:
    """(skewness, excess kurtosis) from population (divide-by-n) central moments; NaN for
    a series without variance. The reports' skew and kurtosis are these numbers too."""
    centred = returns - returns.mean()
    squared = centred * centred
    m2 = float(np.mean(squared))
    if m2 == 0.0:
        return math.nan, math.nan
    skew = float(np.mean(squared * centred)) / m2**1.5
    return skew, float(np.mean(squared * squared)) / m2**2 - 3.0


def conditional_var(returns: np.ndarray, level: float = 0.95) -> float:
    """Expected shortfall: minus the mean of the returns at or below minus the historical
    VaR. The interpolated quantile lies between two observations, so the tail is never
    empty (the minimum is always in it)."""
    return historical_var_and_es(returns, level)[1]


def historical_var_and_es(returns: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """(historical VaR, expected shortfall) from one quantile: a backtest's metrics take both
    of a million returns, and the quantile is most of the cost."""
    r = _returns_1d(returns)
    _check_level(level)
    threshold = float(np.quantile(r, 1.0 - level))
    return -threshold, float(-np.mean(r[r <= threshold]))


# -- a book of positions ------------------------------------------------------------------


def portfolio_var(
    positions: np.ndarray, returns: np.ndarray, level: float = 0.95, horizon: float = 1.0
) -> PortfolioVaR:
    """Parametric VaR of positions (money, signed: short < 0) whose assets had the simple
    `returns` (T observations × N assets, one column per position), over `horizon`
    observation periods (mean and covariance scaled by it, the square-root-of-time rule).

    VaR = -(w·μ + z·σ_p), σ_p = sqrt(wᵀΣw) with Σ the sample covariance (ddof=1). Marginal
    VaR is its gradient, -(μ_i + z·(Σw)_i / σ_p); components w_i × marginal_i sum to VaR."""
    w, r = _book(positions, returns)
    _check_level(level)
    if horizon <= 0:
        raise ValueError("The VaR horizon must be positive")
    mean = r.mean(axis=0) * horizon
    cov = np.atleast_2d(np.cov(r, rowvar=False, ddof=1)) * horizon
    z = normal_quantile(1.0 - level)
    sigma_w = cov @ w
    sigma_p = float(np.sqrt(max(float(w @ sigma_w), 0.0)))
    # A book without variance (all flat, or constant prices) moves only by its drift.
    scaled = sigma_w / sigma_p if sigma_p > 0 else np.zeros_like(w)
    marginal = -(mean + z * scaled)
    component = w * marginal
    return PortfolioVaR(float(component.sum()), marginal, component)


def monte_carlo_var(
    positions: np.ndarray,
    returns: np.ndarray,
    level: float = 0.95,
    horizon: float = 1.0,
    paths: int = MONTE_CARLO_PATHS,
    seed: int = MONTE_CARLO_SEED,
) -> float:
    """VaR of the book from `paths` joint normal draws with the returns' sample mean and
    covariance (scaled by `horizon`): minus the interpolated `1 - level` quantile of the
    simulated P&L. Seeded: the same inputs give the same number."""
    w, r = _book(positions, returns)
    _check_level(level)
    if horizon <= 0:
        raise ValueError("The VaR horizon must be positive")
    if paths < 2:
        raise ValueError("A Monte Carlo VaR needs at least two paths")
    mean = r.mean(axis=0) * horizon
    cov = np.atleast_2d(np.cov(r, rowvar=False, ddof=1)) * horizon
    # Draws x = μ + F z with F Fᵀ = Σ (from eigh: it tolerates the singular covariance of
    # fewer observations than assets). Only the book's P&L w·x is needed, so the draws are
    # never formed: w·x = w·μ + z·(Fᵀw), one matrix-vector product over the paths.
    eigenvalues, vectors = np.linalg.eigh(cov)
    factor = vectors * np.sqrt(np.clip(eigenvalues, 0.0, None))
    z = np.random.default_rng(seed).standard_normal((paths, w.size))
    pnl = float(w @ mean) + z @ (factor.T @ w)
    return float(-np.quantile(pnl, 1.0 - level))


# -- validation ---------------------------------------------------------------------------


def _check_level(level: float) -> None:
    if not 0.0 < float(level) < 1.0:
        raise ValueError(f"The confidence level must be between 0 and 1 (0.95 = 95 %), "
                         f"not {level!r}")


def _returns_1d(returns: np.ndarray) -> np.ndarray:
    r = np.asarray(returns, dtype=float)
    if r.ndim != 1:
        raise ValueError(f"Returns must be a 1-D array, not {r.ndim}-D")
    _check_finite(r)
    if r.size < MIN_OBSERVATIONS:
        raise ValueError(
            f"A VaR needs at least {MIN_OBSERVATIONS} returns; {r.size} given")
    return r


def _book(positions: np.ndarray, returns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    w = np.asarray(positions, dtype=float)
    r = np.asarray(returns, dtype=float)
    if w.ndim != 1:
        raise ValueError("Positions must be a 1-D array of values, one per asset")
    if r.ndim == 1 and w.size == 1:
        r = r[:, None]
    if r.ndim != 2 or r.shape[1] != w.size:
        raise ValueError(
            f"Returns must be a 2-D array with one column per position "
            f"({w.size}); got shape {r.shape}")
    if not np.isfinite(w).all():
        raise ValueError("Positions contain NaN or infinite values")
    _check_finite(r)
    if r.shape[0] < MIN_OBSERVATIONS:
        raise ValueError(
            f"A VaR needs at least {MIN_OBSERVATIONS} returns per asset; {r.shape[0]} given")
    return w, r


def _check_finite(r: np.ndarray) -> None:
    bad = ~np.isfinite(r)
    if bad.any():
        first = int(np.flatnonzero(bad.ravel())[0])
        raise ValueError(
            f"Returns contain {int(bad.sum())} NaN or infinite values (the first at "
            f"position {first}); clean the series (drop gaps, no zero prices) first")
