"""Built-in ML strategies: a backtest of 50,000 one-minute candles with default parameters.

`ml_classifier` (retrains a calibrated logistic pipeline every 1,000 candles on 3,000 past
rows) and `ml_online` (one SGDClassifier.partial_fit per closed candle) run the whole
backtest (features, models, fills, metrics) on a seeded random walk; the SMA crossover on the
same candles in the same run is the reference. The issue's budget is under a minute each.

Prints one JSON line per strategy:
    {"strategy", "n", "seconds", "bars_per_s", "trades", "reference", "reference_seconds",
     "ratio", "under_a_minute"}

    python benchmarks/ml_strategy_speed.py
    python benchmarks/ml_strategy_speed.py --candles 10000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.backtest_speed import synthetic_candles  # noqa: E402
from desktop.backtest import BacktestConfig, run_backtest  # noqa: E402
from desktop.backtest.strategy_catalog import builtin_strategies  # noqa: E402


def timed(strategy_id: str, candles) -> tuple[float, int]:
    cls = builtin_strategies()[strategy_id]
    start = time.perf_counter()
    result = run_backtest(cls, {}, candles, BacktestConfig())
    return time.perf_counter() - start, len(result.trades)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candles", type=int, default=50_000)
    args = parser.parse_args()
    candles = synthetic_candles(args.candles, seed=11)
    timed("sma_cross", candles.slice(0, 2000))  # compile the numba kernels outside the timing
    reference, _ = timed("sma_cross", candles)
    for strategy_id in ("ml_classifier", "ml_online"):
        seconds, trades = timed(strategy_id, candles)
        print(json.dumps({
            "strategy": strategy_id, "n": args.candles, "seconds": round(seconds, 3),
            "bars_per_s": round(args.candles / seconds), "trades": trades,
            "reference": "sma_cross", "reference_seconds": round(reference, 4),
            "ratio": round(seconds / reference, 1), "under_a_minute": seconds < 60.0,
        }), flush=True)


if __name__ == "__main__":
    main()
