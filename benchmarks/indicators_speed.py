"""Speed of `strategies.indicators` against TA-Lib on the same 1M-bar series, same run.

Prints one JSON line per indicator: {"indicator", "n", "pregao_ms", "talib_ms", "ratio"}
(ratio = pregao_ms / talib_ms; below 1 means we are faster). Indicators TA-Lib lacks are
reported with talib_ms and ratio null. Each time is the best of several repeats, after one
warm-up call (which also loads numba's compiled kernels from its cache).

    .venv/bin/python benchmarks/indicators_speed.py [--n 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from strategies import indicators as ind

try:
    import talib
except ImportError:  # TA-Lib is a dev-only reference; without it we still time ourselves
    talib = None


def synthetic_bars(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    """A geometric random walk with realistic high/low/volume (deterministic)."""
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.002, n)))
    spread = np.abs(rng.normal(0.0, 0.0015, n)) * close
    high = close + spread * rng.random(n)
    low = close - spread * rng.random(n)
    volume = rng.lognormal(3.0, 1.0, n)
    ts = 1_600_000_000_000 + 60_000 * np.arange(n, dtype=np.int64)
    return {"high": high, "low": low, "close": close, "volume": volume, "ts": ts}


def best_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000.0


def cases(b: dict[str, np.ndarray]) -> list[tuple[str, Callable[[], object], object]]:
    h, lo, c, v, ts = b["high"], b["low"], b["close"], b["volume"], b["ts"]
    t = talib
    return [
        ("sma", lambda: ind.sma(c, 30), t and (lambda: t.SMA(c, 30))),
        ("ema", lambda: ind.ema(c, 30), t and (lambda: t.EMA(c, 30))),
        ("wma", lambda: ind.wma(c, 30), t and (lambda: t.WMA(c, 30))),
        ("rsi", lambda: ind.rsi(c, 14), t and (lambda: t.RSI(c, 14))),
        ("macd", lambda: ind.macd(c), t and (lambda: t.MACD(c))),
        ("bbands", lambda: ind.bbands(c, 20), t and (lambda: t.BBANDS(c, 20))),
        ("atr", lambda: ind.atr(h, lo, c, 14), t and (lambda: t.ATR(h, lo, c, 14))),
        ("adx", lambda: ind.adx(h, lo, c, 14), t and (lambda: t.ADX(h, lo, c, 14))),
        ("plus_di", lambda: ind.plus_di(h, lo, c, 14), t and (lambda: t.PLUS_DI(h, lo, c, 14))),
        ("minus_di", lambda: ind.minus_di(h, lo, c, 14),
         t and (lambda: t.MINUS_DI(h, lo, c, 14))),
        ("stoch", lambda: ind.stoch(h, lo, c), t and (lambda: t.STOCH(h, lo, c))),
        ("stochrsi", lambda: ind.stochrsi(c), t and (lambda: t.STOCHRSI(c))),
        ("obv", lambda: ind.obv(c, v), t and (lambda: t.OBV(c, v))),
        ("supertrend", lambda: ind.supertrend(h, lo, c), None),
        ("ichimoku", lambda: ind.ichimoku(h, lo), None),
        ("vwap_daily", lambda: ind.vwap(h, lo, c, v, ts), None),
        ("donchian", lambda: ind.donchian(h, lo), None),
        ("keltner", lambda: ind.keltner(h, lo, c), None),
        ("crossover", lambda: ind.crossover(c, ind.sma(c, 20)), None),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bars = synthetic_bars(args.n)
    for name, ours, theirs in cases(bars):
        ours_ms = best_ms(ours, args.repeat)
        ref_ms = best_ms(theirs, args.repeat) if theirs else None
        print(json.dumps({
            "indicator": name,
            "n": args.n,
            "pregao_ms": round(ours_ms, 3),
            "talib_ms": None if ref_ms is None else round(ref_ms, 3),
            "ratio": None if ref_ms is None else round(ours_ms / ref_ms, 2),
        }), flush=True)


if __name__ == "__main__":
    main()
