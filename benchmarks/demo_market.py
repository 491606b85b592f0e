"""Speed of the embedded demo market: building its history and streaming live ticks.

Prints one JSON line per result:

- {"bench": "demo_history", "symbols", "days", "candles", "median_s", "runs"}: building
  `DemoMarket(days=30)` (6 symbols x 43,200 one-minute candles), median of 5 constructions in
  this process;
- {"bench": "demo_history_cold", "seconds"}: the same in a fresh interpreter, including
  importing numpy and the demo modules (this is what a cold start of the app waits for);
- {"bench": "garch_recursion", "seconds"}: the per-minute process alone (the scalar GARCH
  variance loops plus the vectorised price paths), on 30 days x 6 symbols;
- {"bench": "demo_ticks", "ticks", "seconds", "ticks_per_s", "events_per_s"}: the live
  generator on a VirtualClock (no sleeping) with a publish that only counts: the sustained
  tick rate one core can produce, 3 events per tick (tick, book, forming bar).

    .venv/bin/python benchmarks/demo_market.py
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from desktop.venues.demo_market import DemoMarket  # noqa: E402
from desktop.venues.demo_process import _garch_paths  # noqa: E402
from desktop.venues.feed import VirtualClock  # noqa: E402

NOW_MS = 1_763_700_017_300
DAYS = 30


def history(runs: int = 5) -> None:
    DemoMarket(seed=0, days=1, now_ms=NOW_MS)  # warm-up: load the kernel
    times = []
    for seed in range(runs):
        start = time.perf_counter()
        market = DemoMarket(seed=seed, days=DAYS, now_ms=NOW_MS)
        times.append(time.perf_counter() - start)
    candles = sum(len(market.history_1m(m.symbol)) for m in market.markets())
    print(
        json.dumps(
            {
                "bench": "demo_history",
                "symbols": len(market.markets()),
                "days": DAYS,
                "candles": candles,
                "median_s": round(statistics.median(times), 4),
                "runs": runs,
            }
        )
    )


def history_cold() -> None:
    code = (
        "import time; t = time.perf_counter();"
        "from desktop.venues.demo_market import DemoMarket;"
        f"DemoMarket(seed=1, days={DAYS}, now_ms={NOW_MS});"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    print(json.dumps({"bench": "demo_history_cold", "seconds": round(float(out.stdout), 4)}))


def recursion() -> None:
    n, k = DAYS * 1440, 6
    rng = np.random.default_rng(0)
    args = (
        rng.standard_normal(n),
        np.zeros(n),
        rng.standard_normal((n, k)),
        np.zeros((n, k)),
        np.full(k, 1e-3),
        np.full(k, 0.8),
        np.full(k, 0.6),
        np.ones(n),
        1e-5,
        1.0,
        np.ones(k),
        np.zeros(k),
    )
    start = time.perf_counter()
    _garch_paths(*args)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {"bench": "garch_recursion", "minutes": n, "symbols": k, "seconds": round(seconds, 4)}
        )
    )


def ticks(virtual_seconds: float = 300.0) -> None:
    clock = VirtualClock(NOW_MS / 1000)
    market = DemoMarket(seed=7, days=2, now_ms=NOW_MS, clock=clock)
    counts = {"events": 0, "ticks": 0}

    def publish(event) -> None:
        counts["events"] += 1

    async def scenario() -> float:
        task = asyncio.create_task(market.run(publish))
        end = clock() + virtual_seconds
        start = time.perf_counter()
        while clock() < end:
            await asyncio.sleep(0)
        elapsed = time.perf_counter() - start
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        return elapsed

    elapsed = asyncio.run(scenario())
    n_ticks = counts["events"] // 3  # tick + book + forming bar per tick (closes are few)
    print(
        json.dumps(
            {
                "bench": "demo_ticks",
                "virtual_s": virtual_seconds,
                "ticks": n_ticks,
                "seconds": round(elapsed, 3),
                "ticks_per_s": round(n_ticks / elapsed),
                "events_per_s": round(counts["events"] / elapsed),
            }
        )
    )


if __name__ == "__main__":
    history()
    history_cold()
    recursion()
    ticks()
