"""Crash recovery: the real app killed with SIGKILL at random moments of its life, N times.

Each run kills the headless app (tests/crash/child.py: the real engine, journal,
reconciliation and order emulation; two Binance accounts, each on its own local exchange
server, two symbols) in one of the harness's scenarios (before a send, with a request in
flight, after acknowledgements, during partial fills, amid a burst of orders of every kind,
during cancels and modifies, while emulated OCO/trailing/bracket orders work, and a second
time while it reconciles), restarts it by turns in WebSocket and polling mode, lets it
reconcile and compares its journal with the exchanges (tests/crash/harness.py,
tests/crash/verdict.py). The same harness runs in `make test`
(tests/engine/test_crash_recovery.py) with one run per scenario. One JSON line per run, then
the totals as the last line:

    {"runs": N, "orders": ..., "mismatches": ..., "duplicates": ..., "lost": ...}

`orders`: orders the exchanges accepted over all runs; `mismatches`: disagreements between
journal and exchange (orders with price/amount/side, fills with fees, balances, positions,
emulated orders) summed over the runs; `duplicates`: client order ids sent more than once,
or orders asked for once and held twice under new client ids; `lost`: orders or fills on an
exchange the journal did not have after reconciling.

    python benchmarks/crash_recovery.py --runs 200 [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.crash.harness import CrashHarness  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pregao-crash-") as workdir, \
            CrashHarness(Path(workdir), seed=args.seed) as harness:
        for index in range(args.runs):
            result = harness.run(index)
            print(json.dumps({"run": index, "kill_point": result.point, "mode": result.mode,
                              "orders_so_far": result.orders,
                              "mismatches": result.mismatches,
                              "duplicates": result.duplicates, "lost": result.lost,
                              "seconds": round(result.seconds, 3)}), flush=True)
        summary = harness.summary()
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
