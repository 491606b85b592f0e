"""Market regimes: a Gaussian mixture over volatility and trend, fitted on the past only.

This is the one regime rule of Pregão. It lives here, in numpy alone, so a strategy can read
the regime of every candle (`regimes(data.close)`) under the strategies' import rule (numpy
and pandas only); the app's regime band, the per-regime statistics and the current regime per
symbol (desktop.ml.regimes) call the same function. Its fit agrees with scikit-learn's
`GaussianMixture` (full covariances, EM) — a test holds it to that.

Past only: the mixture is refitted every `refit_every` candles on the candles before the refit
point (at most `max_fit` of them), and labels the candles up to the next refit; the features of
candle i use candles up to i. So the regime of candle i never depends on a later candle, in a
backtest exactly as live. Regimes are numbered by the volatility of their component, calmest
first (0), so "regime 0" means the same kind of market after every refit.
"""

from __future__ import annotations

import numpy as np

UNKNOWN = -1  # warm-up: too few past candles to fit yet


def regime_features(close: np.ndarray, vol_window: int = 20, trend_window: int = 20,
                    ) -> np.ndarray:
    """(n, 2): log volatility of log returns over `vol_window` candles, and the trend — the
    log return over `trend_window` candles in units of that volatility (scale-free, so one
    fit serves calm and wild markets). NaN while warming up."""
    close = np.asarray(close, dtype=np.float64)
    n = close.shape[0]
    out = np.full((n, 2), np.nan)
    if n <= max(vol_window, trend_window):
        return out
    log_close = np.log(close)
    r = np.diff(log_close, prepend=np.nan)
    # Rolling std with ddof=1 through cumulative sums (O(n), numpy only).
    valid = np.isfinite(r)
    x = np.where(valid, r, 0.0)
    c1 = np.concatenate(([0.0], np.cumsum(x)))
    c2 = np.concatenate(([0.0], np.cumsum(x * x)))
    cn = np.concatenate(([0], np.cumsum(valid)))
    w = vol_window
    s1 = c1[w:] - c1[:-w]
    s2 = c2[w:] - c2[:-w]
    cnt = cn[w:] - cn[:-w]
    full = cnt == w
    var = np.where(full, (s2 - s1 * s1 / w) / (w - 1), np.nan)
    vol = np.full(n, np.nan)
    vol[w - 1:] = np.sqrt(np.maximum(var, 1e-24))
    trend = np.full(n, np.nan)
    trend[trend_window:] = log_close[trend_window:] - log_close[:-trend_window]
    out[:, 0] = np.log(vol)
    out[:, 1] = trend / (vol * np.sqrt(trend_window))
    return out


def fit_mixture(x: np.ndarray, k: int,
                start: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
                iterations: int = 100, tol: float = 1e-3, reg: float = 1e-6,
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """EM for a Gaussian mixture with full covariances: (weights (k,), means (k, d),
    covariances (k, d, d)). `start` continues from an earlier fit (a refit on a window that
    moved a little converges in a few steps); without it the components start at equal-count
    slices of the rows sorted by their first column (deterministic: no random start)."""
    n, d = x.shape
    if n < k * (d + 1):
        raise ValueError(f"{n} rows cannot fit {k} components")
    if start is None:
        order = np.argsort(x[:, 0], kind="stable")
        means = np.array([x[chunk].mean(axis=0) for chunk in np.array_split(order, k)])
        covs = np.repeat(np.cov(x, rowvar=False)[None] + reg * np.eye(d), k, axis=0)
        weights = np.full(k, 1.0 / k)
    else:
        weights, means, covs = (np.array(a, dtype=np.float64) for a in start)
    last = -np.inf
    for _ in range(iterations):
        log_resp, log_likelihood = _e_step(x, weights, means, covs)
        resp = np.exp(log_resp)
        nk = resp.sum(axis=0) + 10 * np.finfo(np.float64).eps
        weights = nk / n
        means = resp.T @ x / nk[:, None]
        diff = x[None, :, :] - means[:, None, :]  # (k, n, d)
        covs = np.einsum("kn,kni,knj->kij", resp.T, diff, diff) / nk[:, None, None] \
            + reg * np.eye(d)
        if abs(log_likelihood - last) < tol:
            break
        last = log_likelihood
    return weights, means, covs


def _e_step(x: np.ndarray, weights: np.ndarray, means: np.ndarray, covs: np.ndarray,
            ) -> tuple[np.ndarray, float]:
    """Log responsibilities (n, k) and the mean log-likelihood per row."""
    d = x.shape[1]
    precision = np.linalg.inv(covs)  # (k, d, d)
    _sign, log_det = np.linalg.slogdet(covs)
    diff = x[None, :, :] - means[:, None, :]  # (k, n, d)
    mahalanobis = np.einsum("kni,kij,knj->kn", diff, precision, diff)
    log_prob = (np.log(weights)[:, None] - 0.5 * (d * np.log(2 * np.pi) + log_det)[:, None]
                - 0.5 * mahalanobis).T
    top = log_prob.max(axis=1, keepdims=True)
    log_norm = top[:, 0] + np.log(np.exp(log_prob - top).sum(axis=1))
    return log_prob - log_norm[:, None], float(log_norm.mean())


def regimes(close: np.ndarray, n_regimes: int = 3, refit_every: int = 100, min_fit: int = 200,
            max_fit: int = 2000, vol_window: int = 20, trend_window: int = 20) -> np.ndarray:
    """The regime of every candle (int8: 0 = calmest .. n_regimes-1; UNKNOWN while fewer than
    `min_fit` past candles have features). See the module docstring for why it is past-only."""
    if n_regimes < 1 or refit_every < 1 or min_fit < 1 or max_fit < min_fit:
        raise ValueError("n_regimes, refit_every, min_fit >= 1 and max_fit >= min_fit")
    x = regime_features(close, vol_window, trend_window)
    n = x.shape[0]
    labels = np.full(n, UNKNOWN, dtype=np.int8)
    ok = np.isfinite(x).all(axis=1)
    seen = np.cumsum(ok)  # rows with features among candles 0..i
    first = int(np.searchsorted(seen, min_fit))  # the first candle index with min_fit behind it
    fitted = None
    for t in range(first + 1, n, refit_every):
        rows = np.flatnonzero(ok[:t])[-max_fit:]
        try:
            fitted = fit_mixture(x[rows], n_regimes, fitted)
        except (ValueError, np.linalg.LinAlgError):
            fitted = None
            continue
        weights, means, covs = fitted
        # Calmest first: a label means the same kind of market after every refit.
        order = np.argsort(means[:, 0], kind="stable")
        weights, means, covs = fitted = weights[order], means[order], covs[order]
        span = np.arange(t, min(t + refit_every, n))
        span = span[ok[span]]
        if span.size:
            log_resp, _ = _e_step(x[span], weights, means, covs)
            labels[span] = np.argmax(log_resp, axis=1)
    return labels
