"""Regime detection: every candle's regime of 50,000 one-minute candles, past-only refits.

`strategies.regimes.regimes` (numpy EM, warm-started refits) against the same schedule with
scikit-learn's `GaussianMixture` (full covariances, warm_start) in the same run: the same
features, refit points and windows, so the ratio is the cost of our EM against the reference
library's. Also reports how often the two agree on a candle's regime (both order components
calmest first; on markets without well-separated regimes the two EMs, started differently,
settle in different local optima, so agreement is well below 1 there).

Prints one JSON line:
    {"what", "n", "refits", "seconds", "reference", "reference_seconds", "ratio",
     "agreement"}

    python benchmarks/ml_regimes.py
    python benchmarks/ml_regimes.py --candles 10000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.backtest_speed import synthetic_candles  # noqa: E402
from strategies.regimes import UNKNOWN, regime_features, regimes  # noqa: E402

REFIT_EVERY, MIN_FIT, MAX_FIT, K = 100, 200, 2000, 3


def sklearn_regimes(close: np.ndarray) -> tuple[np.ndarray, int]:
    from sklearn.mixture import GaussianMixture

    x = regime_features(close)
    n = x.shape[0]
    labels = np.full(n, UNKNOWN, dtype=np.int8)
    ok = np.isfinite(x).all(axis=1)
    first = int(np.searchsorted(np.cumsum(ok), MIN_FIT))
    model = GaussianMixture(K, covariance_type="full", warm_start=True, random_state=0)
    refits = 0
    for t in range(first + 1, n, REFIT_EVERY):
        rows = np.flatnonzero(ok[:t])[-MAX_FIT:]
        model.fit(x[rows])
        refits += 1
        rank = np.argsort(np.argsort(model.means_[:, 0]))  # component -> calmest-first label
        span = np.arange(t, min(t + REFIT_EVERY, n))
        span = span[ok[span]]
        if span.size:
            labels[span] = rank[model.predict(x[span])]
    return labels, refits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candles", type=int, default=50_000)
    args = parser.parse_args()
    close = synthetic_candles(args.candles, seed=11).close
    regimes(close[:3000], K, REFIT_EVERY, MIN_FIT, MAX_FIT)  # warm the imports
    start = time.perf_counter()
    ours = regimes(close, K, REFIT_EVERY, MIN_FIT, MAX_FIT)
    seconds = time.perf_counter() - start
    from threadpoolctl import threadpool_limits

    # One BLAS thread for the reference: on a busy machine OpenBLAS's spinning pool, not the
    # algorithm, would dominate its time (our EM's matrices are as small and run on one).
    with threadpool_limits(1):
        start = time.perf_counter()
        theirs, refits = sklearn_regimes(close)
        reference = time.perf_counter() - start
    known = (ours != UNKNOWN) & (theirs != UNKNOWN)
    print(json.dumps({
        "what": "regimes", "n": args.candles, "refits": refits, "seconds": round(seconds, 3),
        "reference": "sklearn GaussianMixture (warm_start)",
        "reference_seconds": round(reference, 3), "ratio": round(seconds / reference, 2),
        "agreement": round(float((ours[known] == theirs[known]).mean()), 3),
    }), flush=True)


if __name__ == "__main__":
    main()
