"""`pregao paper` speed: a strategy as a bot replaying 100k candles through the real engine.

The issue's target: 100k candles in under a minute. The replay runs the engine, the order
manager (every order journaled and committed before it is sent), the risk guard, the paper
venue and the bot service on a throwaway database, one candle at a time.

Synthetic 1-minute candles (the seeded random walk of backtest_speed.py) in a Parquet file;
`pregao paper` and, as the same-run reference, `pregao backtest --fill next_open` (the
numba fill loop: what the paper replay's trades must equal) run as fresh processes on it,
interleaved, several rounds. Wall time is what a user waits; CPU time (user + system of the
child) is printed too because on a shared machine the wall time also counts waiting for a
core. Prints one JSON line:

    {"benchmark": "paper_replay", "candles", "strategy", "trades", "rounds",
     "paper_wall_s", "paper_cpu_s", "backtest_wall_s", "backtest_cpu_s",
     "wall_ratio", "cpu_ratio", "identical_trades", "under_a_minute", "under_a_minute_cpu",
     "load_average"}

(medians over the rounds; the ratios are paper / backtest of the same run).

    python benchmarks/paper_replay.py                 # 100k candles, 3 rounds
    python benchmarks/paper_replay.py --candles 10000 --rounds 1
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.backtest_speed import synthetic_candles  # noqa: E402


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _same_trades(a: list[dict], b: list[dict]) -> bool:
    keys = ("entry_time", "entry_price", "exit_time", "exit_price", "exit_reason")
    return len(a) == len(b) and all(
        [x[k] for k in keys] == [y[k] for k in keys] for x, y in zip(a, b, strict=True))


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--candles", type=int, default=100_000)
    p.add_argument("--rounds", type=int, default=3, help="runs of each (median)")
    p.add_argument("--strategy", default="sma_cross")
    p.add_argument("--params", default="fast=10,slow=30")
    args = p.parse_args(argv)

    c = synthetic_candles(args.candles)
    with tempfile.TemporaryDirectory() as tmp:
        # The file name names the market (ETH/BTC) as a downloaded file would.
        data = Path(tmp) / "binance_spot_ETH-BTC_1m.parquet"
        pd.DataFrame({"timestamp": c.ts, "open": c.open, "high": c.high, "low": c.low,
                      "close": c.close, "volume": c.volume}).to_parquet(data, index=False)
        common = ["--strategy", args.strategy, "--data", str(data), "--params", args.params,
                  "--cash", "100000", "--fees", "2", "--size", "pct=95", "--no-short",
                  "--quiet"]
        outputs = {"paper": Path(tmp) / "paper.json", "backtest": Path(tmp) / "backtest.json"}
        commands = {
            "paper": [sys.executable, "-m", "desktop", "paper", *common,
                      "--json", str(outputs["paper"])],
            "backtest": [sys.executable, "-m", "desktop", "backtest", *common,
                         "--fill", "next_open", "--json", str(outputs["backtest"])],
        }
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, cmd in commands.items():
                cpu0, start = _child_cpu(), time.perf_counter()
                proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(_child_cpu() - cpu0)
                if proc.returncode != 0:
                    raise RuntimeError(f"{name} failed: {proc.stderr[-2000:]}")
        paper = json.loads(outputs["paper"].read_text())
        backtest = json.loads(outputs["backtest"].read_text())
    med_wall = {name: statistics.median(v) for name, v in wall.items()}
    med_cpu = {name: statistics.median(v) for name, v in cpu.items()}
    print(json.dumps({
        "benchmark": "paper_replay",
        "candles": args.candles,
        "strategy": args.strategy,
        "trades": len(paper["trades"]),
        "rounds": args.rounds,
        "paper_wall_s": round(med_wall["paper"], 2),
        "paper_cpu_s": round(med_cpu["paper"], 2),
        "backtest_wall_s": round(med_wall["backtest"], 2),
        "backtest_cpu_s": round(med_cpu["backtest"], 2),
        "wall_ratio": round(med_wall["paper"] / med_wall["backtest"], 1),
        "cpu_ratio": round(med_cpu["paper"] / med_cpu["backtest"], 1),
        "identical_trades": _same_trades(paper["trades"], backtest["trades"]),
        "under_a_minute": med_wall["paper"] < 60.0,
        # a shared, busy machine stretches the wall time; the CPU time is the replay's own
        "under_a_minute_cpu": med_cpu["paper"] < 60.0,
        "load_average": round(os.getloadavg()[0], 1),
    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
