"""Optimiser throughput: parameter sets per second for one sweep on each executor.

A 1,000-combination grid of `sma_cross` (fast 2..21 x slow 25..270 step 5, every set valid)
on 100k synthetic 1-minute candles (a seeded random walk), ranked by Sharpe. Executors:
serial (this process), the local process pool (2 workers) and a Dask LocalCluster
(2 worker processes, 1 thread each). The pool's first sweep includes spawning its workers;
Dask's first includes connecting a client; both include shipping the candles to the
workers. A `_warm` line repeats the sweep on the same executor (workers already running, as
for the panel's next run). Starting the Dask cluster is not timed (a cluster is already
running when a user points the optimiser at it). JIT code is compiled and cached on a
warm-up run first.

Prints one JSON line per executor (and per warm repeat):
    {"executor", "combinations", "n", "seconds", "sets_per_s"}
then one line saying whether the three tables are identical.

    python benchmarks/optimize_speed.py            # 1,000 sets on 100k bars
    python benchmarks/optimize_speed.py --quick    # 100 sets on 20k bars
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.backtest.executors import (  # noqa: E402
    DaskExecutor,
    LocalPoolExecutor,
    SerialExecutor,
)
from desktop.backtest.optimize import optimize  # noqa: E402
from desktop.backtest.search_space import SearchSpace  # noqa: E402
from desktop.core import Candles  # noqa: E402
from strategies.builtin import SmaCross  # noqa: E402


def synthetic_candles(n: int, seed: int = 7) -> Candles:
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.001, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    high = np.maximum(open_, close) * (1.0 + np.abs(rng.normal(0.0, 0.0005, n)))
    low = np.minimum(open_, close) * (1.0 - np.abs(rng.normal(0.0, 0.0005, n)))
    volume = rng.uniform(1.0, 100.0, n)
    ts = 1_600_000_000_000 + 60_000 * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, high, low, close, volume)


def _emit(obj: dict) -> None:
    print(json.dumps(obj), flush=True)


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="100 sets on 20k bars")
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)
    n = 20_000 if args.quick else 100_000
    grid = {"fast": "2:21", "slow": "25:70:5"} if args.quick else {"fast": "2:21",
                                                                  "slow": "25:270:5"}
    candles = synthetic_candles(n)
    space = SearchSpace.of(SmaCross, grid)
    optimize(SmaCross, candles.slice(0, 2000), SearchSpace.of(SmaCross, {"fast": 5, "slow": 9}))

    from distributed import LocalCluster

    # Context for reading the numbers: other work on the machine slows the parallel runs.
    _emit({"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)})
    tables = {}
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        executors = {
            "serial": lambda: SerialExecutor(),
            f"local_pool_{args.workers}": lambda: LocalPoolExecutor(args.workers),
            f"dask_local_cluster_{args.workers}": lambda: DaskExecutor(cluster.scheduler_address),
        }
        for name, make in executors.items():
            with make() as executor:
                # cold: the first sweep pays for starting workers / connecting; warm: the
                # next sweep on the same executor (what the panel's second run costs)
                for label in ("", "_warm") if name != "serial" else ("",):
                    start = time.perf_counter()
                    result = optimize(SmaCross, candles, space, executor=executor)
                    seconds = time.perf_counter() - start
                    tables[name + label] = result.records()
                    _emit({"executor": name + label, "combinations": space.size, "n": n,
                           "seconds": round(seconds, 3),
                           "sets_per_s": round(space.size / seconds, 1)})
    first = next(iter(tables.values()))
    _emit({"identical_tables": all(t == first for t in tables.values()),
           "ranked": sum(1 for r in first if r["status"] == "ok")})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
