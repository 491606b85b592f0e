"""SMA-crossover backtest speed: Pregão's engine vs backtesting.py vs vectorbt, same run.

Synthetic 1-minute candles (a seeded random walk) of 10k, 100k and 1M bars. The same rules
on every library: long only, fast/slow SMA(10/30) crossover decided at a close and filled at
the next open, 0.02 % commission, 95 % of equity per entry. Each timing covers indicator
computation, signals and the simulation (and, for us, the metrics too); libraries are warmed
up on a small run first (JIT compilation is reported separately by the fresh-process test).

The same SMA crossover written bar by bar (`OnBarSmaCross`, decided in `on_bar`) runs beside
the vectorised one, with its floor: a bare Python loop calling the same `on_bar` over the
full arrays (no fills, equity or metrics).

Prints one JSON line per library and size:
    {"library", "n", "seconds", "bars_per_s", "trades"}
then per size the ratios and whether the trades are identical (entry and exit times and
prices, trade for trade; the on_bar row against the vectorised row and backtesting.py, and
its speed as a fraction of the bare loop's), then the fresh-process wall times of `pregao
backtest` (the CLI, JSON output included) and of an equivalent vectorbt script on the
largest size.

    python benchmarks/backtest_speed.py            # 10k, 100k, 1M (backtesting.py ~20 s)
    python benchmarks/backtest_speed.py --quick    # 10k only, no fresh processes
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest  # noqa: E402
from desktop.core import Candles  # noqa: E402
from strategies.base import ExitIntent, Param, PositionView, Strategy  # noqa: E402
from strategies.builtin import SmaCross  # noqa: E402
from strategies.indicators import sma  # noqa: E402

FAST, SLOW = 10, 30
# 2 bps: with a larger commission a random walk bleeds the account below one unit long
# before a million bars, and whole-unit libraries stop trading half way.
COMMISSION = 0.0002
FRACTION = 0.95
CASH = 100_000_000.0


def synthetic_candles(n: int, seed: int = 7) -> Candles:
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.001, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    high = np.maximum(open_, close) * (1.0 + np.abs(rng.normal(0.0, 0.0005, n)))
    low = np.minimum(open_, close) * (1.0 - np.abs(rng.normal(0.0, 0.0005, n)))
    volume = rng.uniform(1.0, 100.0, n)
    ts = 1_600_000_000_000 + 60_000 * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, high, low, close, volume)


def _frame(c: Candles) -> pd.DataFrame:
    return pd.DataFrame(
        {"Open": c.open, "High": c.high, "Low": c.low, "Close": c.close, "Volume": c.volume},
        index=pd.to_datetime(c.ts, unit="ms"),
    )


class OnBarSmaCross(Strategy):
    """SmaCross written bar by bar: the same indicators and rules, decided in on_bar."""

    id = "on_bar_sma_cross"
    fast = Param(FAST, low=2, high=200)
    slow = Param(SLOW, low=3, high=400)

    def indicators(self, data):
        return {"fast": sma(data.close, self.fast), "slow": sma(data.close, self.slow)}

    def on_bar(self, i):
        if i < 1:
            return
        f = self.ind["fast"]
        s = self.ind["slow"]
        if f[i - 1] < s[i - 1] and f[i] > s[i]:
            if not self.position:
                self.buy()
        elif f[i - 1] > s[i - 1] and f[i] < s[i] and self.position:
            self.close()


def bare_on_bar_loop(c: Candles) -> float:
    """The floor: a plain Python loop calling the same on_bar over the full arrays, with the
    position flipped by hand on each intent (no fills, no equity, no metrics)."""
    strat = OnBarSmaCross()
    start = time.perf_counter()
    strat.bind(c)
    held, flat = PositionView(1.0, 0.0, 0), PositionView()
    on_bar = strat.on_bar
    for i in range(len(c)):
        on_bar(i)
        if strat._intents:
            for intent in strat.drain_intents():
                strat.position = flat if type(intent) is ExitIntent else held
    return time.perf_counter() - start


# Each runner returns (seconds, trades) with trades as {entry_ms, exit_ms, entry, exit}
# arrays of closed trades (the still-open last trade, if any, excluded everywhere).


def run_pregao(c: Candles, strategy: type[Strategy] = SmaCross) -> tuple[float, dict]:
    config = BacktestConfig(
        cash=CASH,
        taker_fee_bps=COMMISSION * 1e4,
        maker_fee_bps=COMMISSION * 1e4,
        sizing=Sizing(SizeMode.PCT, FRACTION * 100),
        lot_step=1.0,  # whole units, as backtesting.py trades
    )
    start = time.perf_counter()
    result = run_backtest(strategy, {"fast": FAST, "slow": SLOW}, c, config)
    seconds = time.perf_counter() - start
    t = result.trades
    closed = t.exit_reason != "end"
    return seconds, {
        "entry_ms": t.entry_time[closed],
        "exit_ms": t.exit_time[closed],
        "entry": t.entry_price[closed],
        "exit": t.exit_price[closed],
    }


def run_backtesting_py(c: Candles) -> tuple[float, dict[str, np.ndarray]]:
    from backtesting import Backtest, Strategy
    from backtesting.lib import crossover
    from backtesting.test import SMA

    class SmaCrossBt(Strategy):
        def init(self):
            self.fast = self.I(SMA, self.data.Close, FAST)
            self.slow = self.I(SMA, self.data.Close, SLOW)

        def next(self):
            if crossover(self.fast, self.slow) and not self.position:
                self.buy(size=FRACTION)
            elif crossover(self.slow, self.fast) and self.position:
                self.position.close()

    df = _frame(c)
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stats = Backtest(df, SmaCrossBt, cash=CASH, commission=COMMISSION).run()
    seconds = time.perf_counter() - start
    tr = stats._trades
    return seconds, {
        "entry_ms": tr.EntryTime.to_numpy().astype("datetime64[ms]").astype(np.int64),
        "exit_ms": tr.ExitTime.to_numpy().astype("datetime64[ms]").astype(np.int64),
        "entry": tr.EntryPrice.to_numpy(dtype=float),
        "exit": tr.ExitPrice.to_numpy(dtype=float),
    }


VECTORBT_SCRIPT = """
import sys, time
import pandas as pd
import vectorbt as vbt
df = pd.read_parquet(sys.argv[1])
close = pd.Series(df.close.to_numpy(), index=pd.to_datetime(df.timestamp, unit="ms"))
open_ = pd.Series(df.open.to_numpy(), index=close.index)
fast = vbt.MA.run(close, {fast})
slow = vbt.MA.run(close, {slow})
entries = fast.ma_crossed_above(slow).vbt.fshift(1)
exits = fast.ma_crossed_below(slow).vbt.fshift(1)
pf = vbt.Portfolio.from_signals(close, entries, exits, price=open_, fees={fees},
                                size={size}, size_type="percent", init_cash={cash}, freq="1min")
print(int(pf.trades.count()))
"""


# The floor for a fresh `pregao backtest`: read the file, compute the SMA cross, fill it at
# the next open with the same sizing and commission. Nothing else (no checks, no metrics, no
# output): what a trader would write by hand with numpy, reading the file with the Parquet
# library the app ships (fastparquet).
BARE_NUMPY_SCRIPT = """
import sys
import numpy as np
import fastparquet
t = fastparquet.ParquetFile(sys.argv[1]).to_pandas(columns=["open", "close"])
open_, close = t["open"].to_numpy(), t["close"].to_numpy()
def sma(x, n):
    c = np.cumsum(x)
    out = np.full(len(x), np.nan)
    out[n - 1] = c[n - 1] / n
    out[n:] = (c[n:] - c[:-n]) / n
    return out
fast, slow = sma(close, {fast}), sma(close, {slow})
up = np.zeros(len(close), bool)
down = np.zeros(len(close), bool)
up[1:] = (fast[:-1] < slow[:-1]) & (fast[1:] > slow[1:])
down[1:] = (fast[:-1] > slow[:-1]) & (fast[1:] < slow[1:])
cash, units, trades = {cash}, 0.0, 0
events = np.flatnonzero(up[:-1] | down[:-1])
for i in events.tolist():
    price = open_[i + 1]
    if up[i] and units == 0.0:
        units = np.floor(cash * {size} / (price * (1 + {fees})))
        cash -= units * price * (1 + {fees})
    elif down[i] and units > 0.0:
        cash += units * price * (1 - {fees})
        units, trades = 0.0, trades + 1
print(trades, cash + units * close[-1])
"""


def run_vectorbt(c: Candles) -> tuple[float, dict[str, np.ndarray]]:
    import vectorbt as vbt

    index = pd.to_datetime(c.ts, unit="ms")
    close = pd.Series(c.close, index=index)
    open_ = pd.Series(c.open, index=index)
    start = time.perf_counter()
    fast = vbt.MA.run(close, FAST)
    slow = vbt.MA.run(close, SLOW)
    # decided at a close, filled at the next open: shift the signals one bar, fill at open
    entries = fast.ma_crossed_above(slow).vbt.fshift(1)
    exits = fast.ma_crossed_below(slow).vbt.fshift(1)
    pf = vbt.Portfolio.from_signals(
        close, entries, exits, price=open_, fees=COMMISSION, size=FRACTION,
        size_type="percent", init_cash=CASH, freq="1min",
    )
    records = pf.trades.records
    seconds = time.perf_counter() - start
    closed = records["status"] == 1
    rec = records[closed]
    return seconds, {
        "entry_ms": c.ts[rec["entry_idx"]],
        "exit_ms": c.ts[rec["exit_idx"]],
        "entry": rec["entry_price"].astype(float),
        "exit": rec["exit_price"].astype(float),
    }


def same_trades(a: dict[str, np.ndarray], b: dict[str, np.ndarray]) -> bool:
    if len(a["entry_ms"]) != len(b["entry_ms"]):
        return False
    return bool(
        np.array_equal(a["entry_ms"], b["entry_ms"])
        and np.array_equal(a["exit_ms"], b["exit_ms"])
        and np.allclose(a["entry"], b["entry"], rtol=1e-12, atol=0)
        and np.allclose(a["exit"], b["exit"], rtol=1e-12, atol=0)
    )


def _emit(obj: dict) -> None:
    print(json.dumps(obj), flush=True)


def _timed_after_gc(runner, c: Candles):
    # A collection left pending by an earlier library would land in whichever timing
    # allocates next; every timing starts from a collected heap.
    gc.collect()
    return runner(c)


def _cpu_seconds(runner, c: Candles) -> float:
    gc.collect()
    start = time.process_time()
    runner(c)
    return time.process_time() - start


def _best_of(runner, c: Candles, repeats: int):
    best = None
    for _ in range(repeats):
        seconds, trades = _timed_after_gc(runner, c)
        if best is None or seconds < best[0]:
            best = (seconds, trades)
    return best


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def fresh_processes(c: Candles, rounds: int = 5) -> None:
    """A new process for each: imports, JIT compile or cache load, read the file, run.

    Wall time is what a user waits; CPU time (user + system of the child) is printed too
    because on a shared machine the wall time also counts waiting for a core.
    """
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "candles.parquet"
        pd.DataFrame({"timestamp": c.ts, "open": c.open, "high": c.high, "low": c.low,
                      "close": c.close, "volume": c.volume}).to_parquet(data)
        pregao_cmd = [
            sys.executable, "-m", "desktop.backtest.cli", "--strategy", "sma_cross",
            "--data", str(data), "--params", f"fast={FAST},slow={SLOW}",
            "--fees", str(COMMISSION * 1e4), "--size", f"pct={FRACTION * 100}", "--lot", "1",
            "--cash", str(CASH), "--quiet",
        ]
        script = VECTORBT_SCRIPT.format(fast=FAST, slow=SLOW, fees=COMMISSION, size=FRACTION,
                                        cash=CASH)
        bare = BARE_NUMPY_SCRIPT.format(fast=FAST, slow=SLOW, fees=COMMISSION, size=FRACTION,
                                        cash=CASH)
        runs = {
            "pregao --json": [*pregao_cmd, "--json", str(Path(tmp) / "out.json")],
            "pregao": pregao_cmd,
            "bare numpy script": [sys.executable, "-c", bare, str(data)],
            "vectorbt": [sys.executable, "-c", script, str(data)],
        }
        # Several rounds, the runs interleaved so machine load hits them alike; the median
        # of each.
        wall: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(rounds):
            for name, cmd in runs.items():
                cpu0, start = _child_cpu(), time.perf_counter()
                proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
                wall[name].append(time.perf_counter() - start)
                cpu[name].append(_child_cpu() - cpu0)
                if proc.returncode != 0:
                    raise RuntimeError(f"{name} fresh process failed: {proc.stderr[-2000:]}")
        med_wall = {name: float(np.median(v)) for name, v in wall.items()}
        med_cpu = {name: float(np.median(v)) for name, v in cpu.items()}
        for name in runs:
            _emit({"fresh_process": name, "n": len(c), "runs": rounds,
                   "median_seconds": round(med_wall[name], 3),
                   "median_cpu_seconds": round(med_cpu[name], 3)})
        for ours in ("pregao --json", "pregao"):
            _emit({"fresh_process_ratio": f"{ours} / bare numpy script", "n": len(c),
                   "wall_ratio": round(med_wall[ours] / med_wall["bare numpy script"], 2),
                   "cpu_ratio": round(med_cpu[ours] / med_cpu["bare numpy script"], 2)})
            _emit({"fresh_process_ratio": f"vectorbt / {ours}", "n": len(c),
                   "wall_ratio": round(med_wall["vectorbt"] / med_wall[ours], 2),
                   "cpu_ratio": round(med_cpu["vectorbt"] / med_cpu[ours], 2)})


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="10k bars only, no fresh processes")
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--no-fresh", action="store_true", help="skip the fresh-process timing")
    p.add_argument("--repeats", type=int, default=5, help="best of N for the fast libraries")
    p.add_argument("--rounds", type=int, default=5, help="fresh-process runs of each (median)")
    p.add_argument("--fresh-only", action="store_true",
                   help="only the fresh-process timing, on the largest size")
    args = p.parse_args(argv)
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    fresh = not (args.quick or args.no_fresh)

    if args.fresh_only:
        fresh_processes(synthetic_candles(max(sizes)), args.rounds)
        return 0
    # warm-up: JIT compilation (ours is cached on disk; vectorbt's first call is slow)
    warm = synthetic_candles(5_000, seed=1)
    run_pregao(warm)
    run_pregao(warm, OnBarSmaCross)
    run_vectorbt(warm)
    for n in sizes:
        c = synthetic_candles(n)
        bare = min(_timed_after_gc(bare_on_bar_loop, c) for _ in range(args.repeats))
        results = {
            "pregao": _best_of(run_pregao, c, args.repeats),
            "pregao on_bar": _best_of(lambda c: run_pregao(c, OnBarSmaCross), c, args.repeats),
            "vectorbt": _best_of(run_vectorbt, c, args.repeats),
            "backtesting.py": _best_of(run_backtesting_py, c, 1),
        }
        for library, (seconds, trades) in results.items():
            _emit({"library": library, "n": n, "seconds": round(seconds, 5),
                   "bars_per_s": round(n / seconds), "trades": len(trades["entry_ms"])})
        _emit({"library": "bare on_bar loop (floor)", "n": n, "seconds": round(bare, 5),
               "bars_per_s": round(n / bare)})
        ours, on_bar = results["pregao"], results["pregao on_bar"]
        _emit({
            "n": n,
            "speedup_vs_backtesting_py": round(results["backtesting.py"][0] / ours[0], 1),
            "speedup_vs_vectorbt": round(results["vectorbt"][0] / ours[0], 2),
            "identical_trades_backtesting_py": same_trades(ours[1], results["backtesting.py"][1]),
            "identical_trades_vectorbt": same_trades(ours[1], results["vectorbt"][1]),
        })
        # CPU time too: on a shared machine wall time also counts waiting for a core
        cpu_on_bar = min(_cpu_seconds(lambda c: run_pregao(c, OnBarSmaCross), c)
                         for _ in range(args.repeats))
        cpu_bare = min(_cpu_seconds(bare_on_bar_loop, c) for _ in range(args.repeats))
        _emit({
            "n": n,
            "on_bar_speed_vs_bare_loop": round(bare / on_bar[0], 2),
            "on_bar_speed_vs_bare_loop_cpu": round(cpu_bare / cpu_on_bar, 2),
            "on_bar_speedup_vs_backtesting_py": round(
                results["backtesting.py"][0] / on_bar[0], 1),
            "on_bar_slowdown_vs_vectorised": round(on_bar[0] / ours[0], 1),
            "identical_trades_on_bar_vectorised": same_trades(on_bar[1], ours[1]),
            "identical_trades_on_bar_backtesting_py": same_trades(
                on_bar[1], results["backtesting.py"][1]),
        })
    if fresh:
        fresh_processes(synthetic_candles(max(sizes)), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
