"""Crash recovery: the real app killed with SIGKILL at points of an order's life, N times.

Each run kills the headless app (tests/crash/child.py: the real engine, journal and
reconciliation, a Binance account on the local exchange server) before a send, with a request
in flight, after acknowledgements or during partial fills, restarts it, lets it reconcile and
compares its journal with the exchange (tests/crash/harness.py). One JSON line per run, then
the totals as the last line:

    {"runs": N, "orders": ..., "mismatches": ..., "duplicates": ..., "lost": ...}

`orders`: orders the exchange accepted over all runs; `mismatches`: disagreements between
journal and exchange (orders, fills, balances) summed over the runs; `duplicates`: client order
ids sent to the exchange more than once; `lost`: orders or fills on the exchange the journal
did not have after reconciling.

    python benchmarks/crash_recovery.py --runs 50 [--seed 1]
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
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pregao-crash-") as workdir, \
            CrashHarness(Path(workdir), seed=args.seed) as harness:
        for index in range(args.runs):
            result = harness.run(index)
            print(json.dumps({"run": index, "kill_point": result.point,
                              "orders_so_far": result.orders,
                              "mismatches": result.mismatches,
                              "duplicates": result.duplicates, "lost": result.lost,
                              "seconds": round(result.seconds, 3)}), flush=True)
        summary = harness.summary()
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
