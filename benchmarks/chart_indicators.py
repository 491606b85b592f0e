"""What a chart's indicators cost the UI thread on a long history.

On N one-minute candles (default 100,000; a seeded random walk) a CandleChart shows a
trader's set: SMA 20, SMA 200, Bollinger 20/2, RSI 14, RSI 7, MACD 12/26/9, plus OBV (the one
that needs its whole history on each update). Measured, best of `--repeat`:

- add_ms: `set_indicators` with the whole set (every line computed, items made, panes laid
  out); reference: the same indicators computed by `strategies.indicators` alone;
- live_update_ms: median cost of one `update_bar` (the forming candle revised) with the set
  shown; reference: the same `update_bar` with no indicator shown.

Prints one JSON line per measurement: {"bench", "n", "ms", "reference_ms", "ratio"}.

    QT_QPA_PLATFORM=offscreen python benchmarks/chart_indicators.py [--n 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SET = (("sma", {"period": 20}), ("sma", {"period": 200}), ("bbands", {"period": 20, "nbdev": 2.0}),
       ("rsi", {"period": 14}), ("rsi", {"period": 7}), ("macd", {}), ("obv", {}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--updates", type=int, default=200)
    args = parser.parse_args()

    import numpy as np
    from PySide6.QtWidgets import QApplication

    from benchmarks.chart_render import synthetic_candles
    from desktop.core.candles import Candles
    from desktop.core.types import Bar
    from strategies import indicator_catalog
    from widgets.chart import CandleChart
    from widgets.chart.indicator_set import make_instance

    app = QApplication.instance() or QApplication([])
    candles = Candles(*synthetic_candles(args.n))
    for name in indicator_catalog.specs():
        indicator_catalog.traits(name)  # the kernels load first, as the app's warm-up does
    chart = CandleChart()
    chart.resize(1600, 900)
    chart.set_candles(candles)
    app.processEvents()
    shown = []
    for name, params in SET:
        shown.append(make_instance(name, params, taken=[i.color for i in shown]))
    cols = chart._columns()

    def direct() -> None:
        for instance in shown:
            indicator_catalog.compute(instance.name, instance.params, cols)

    def timed(fn) -> float:
        t = time.perf_counter()
        fn()
        return (time.perf_counter() - t) * 1000.0

    def add() -> None:
        chart.set_indicators([])
        chart.set_indicators(shown)

    add()
    add_ms = min(timed(add) for _ in range(args.repeat))
    direct_ms = min(timed(direct) for _ in range(args.repeat))
    _print("add_indicators", args.n, add_ms, direct_ms)

    last = chart.candles()
    ts = int(last.ts[-1])
    close = float(last.close[-1])

    def updates() -> list[float]:
        out = []
        for k in range(args.updates):
            price = close * (1.0 + 0.0001 * np.sin(k))
            out.append(timed(lambda p=price: chart.update_bar(
                Bar(ts, close, max(close, p), min(close, p), p, 1.0))))
        return out

    live = min(statistics.median(updates()) for _ in range(args.repeat))
    chart.set_indicators([])
    bare = min(statistics.median(updates()) for _ in range(args.repeat))
    _print("live_update", args.n, live, bare)


def _print(bench: str, n: int, ms: float, reference_ms: float) -> None:
    print(json.dumps({"bench": bench, "n": n, "ms": round(ms, 3),
                      "reference_ms": round(reference_ms, 3),
                      "ratio": round(ms / reference_ms, 2) if reference_ms else None}))


if __name__ == "__main__":
    main()
