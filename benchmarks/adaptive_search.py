"""Bayesian (TPE) and genetic search against the full grid on the same sweep, same run.

`sma_cross` on 20k synthetic 1-minute candles (a seeded random walk), fast 2..40 x slow
10..200 step 5 (1,521 sets, the ones with fast >= slow refused), ranked by total return; and
the known surface of tests/backtest/test_adaptive_search.py (441 sets, one peak). The grid
runs every set once (the reference); each adaptive method runs with a budget of sets for a few
seeds. Serial executor for all, so the ratio is of backtests, not of scheduling.

Prints one JSON line per (surface, method, seed):
    {"surface", "method", "seed", "budget", "sets_run", "seconds", "best", "grid_best",
     "found_grid_best", "best_vs_grid", "first_at" (sets tried when the grid's best set was
     first tried, or null), "grid_sets", "grid_seconds", "sets_ratio"}

    python benchmarks/adaptive_search.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for path in (REPO, REPO / "tests" / "backtest"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from benchmarks.backtest_speed import synthetic_candles  # noqa: E402
from desktop.backtest import BacktestConfig  # noqa: E402
from desktop.backtest.optimize import optimize  # noqa: E402
from desktop.backtest.search_space import SearchSpace  # noqa: E402
from strategies.builtin import SmaCross  # noqa: E402
from tests.backtest.test_adaptive_search import CONFIG, BuyLowSellHigh, tent  # noqa: E402


def _run(strategy, candles, space, config, objective, **kw):
    start = time.perf_counter()
    result = optimize(strategy, candles, space, objective=objective, config=config, **kw)
    return result, time.perf_counter() - start


def main() -> None:
    surfaces = [
        ("sma_cross_random_walk", SmaCross, synthetic_candles(20_000, seed=3),
         SearchSpace.of(SmaCross, {"fast": "2:40:1", "slow": "10:200:5"}),
         BacktestConfig(), "total_return", (150, 300)),
        ("one_peak_surface", BuyLowSellHigh, tent(), SearchSpace.of(BuyLowSellHigh),
         CONFIG, "total_return", (60,)),
    ]
    for name, strategy, candles, space, config, objective, budgets in surfaces:
        grid, grid_seconds = _run(strategy, candles, space, config, objective)
        best = grid.best
        ran = grid.total - grid.count("invalid")
        for method in ("bayes", "genetic"):
            for budget in budgets:
                for seed in (0, 1, 2):
                    found, seconds = _run(strategy, candles, space, config, objective,
                                          random=budget, method=method, seed=seed)
                    order = sorted(found.rows, key=lambda r: r.index)
                    first = next((r.index + 1 for r in order if r.params == best.params), None)
                    value = found.best.value(objective) if found.best else float("nan")
                    sets_run = found.total - found.count("invalid")
                    print(json.dumps({
                        "surface": name, "method": method, "seed": seed, "budget": budget,
                        "sets_run": sets_run, "seconds": round(seconds, 2),
                        "best": round(value, 6), "grid_best": round(best.value(objective), 6),
                        "found_grid_best": found.best is not None
                        and found.best.params == best.params,
                        "best_vs_grid": round(value / best.value(objective), 4),
                        "first_at": first, "grid_sets": ran,
                        "grid_seconds": round(grid_seconds, 2),
                        "sets_ratio": round(sets_run / ran, 3),
                    }), flush=True)


if __name__ == "__main__":
    main()
