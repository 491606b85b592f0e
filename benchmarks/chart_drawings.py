"""Cost of chart drawings on a pan: the same CandleChart panned with no drawing (the same-run
reference) and with `--count` drawings of every kind (horizontal lines, trend lines, rays,
rectangles, Fibonacci retracements, texts) spread over the visible candles.

Offscreen at 1920x1080 over 100k one-minute candles (chart_render.py's seeded random walk and
its pan step: x range shifted 3 % of its width, then one full render with grab()), 200
candles visible. Prints one JSON line per case and one line with the ratio.

    python benchmarks/chart_drawings.py [--count 60] [--frames 60]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from benchmarks.chart_render import _pan_median_ms, _Pregao, synthetic_candles  # noqa: E402

N = 100_000
KINDS = ("hline", "trend", "ray", "rect", "fib", "text")


def add_drawings(chart, count: int, x0: float, width: float) -> None:
    from desktop.core.drawings import POINT_COUNT, Drawing
    from desktop.shell.numbers import fmt_number
    from widgets.chart.drawing_item import DrawingItem

    time_map = chart.time_map()
    close = chart.candles().close
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        x = x0 + width * (i + 0.5) / count
        j = int(min(max(x, 0), len(close) - 1))
        points = [(time_map.time_of_x(x), float(close[j])),
                  (time_map.time_of_x(x + 20), float(close[j]) * 1.002)][:POINT_COUNT[kind]]
        drawing = Drawing(f"d{i}", "demo", "BENCH", kind, tuple(points), "Note")
        item = DrawingItem(drawing, time_map, chart.price_decimals, fmt_number)
        item.set_theme(True, "#b2b5be", "#131722")
        item.set_interactive(True)
        chart.price_plot.addItem(item, ignoreBounds=True)


def run(count: int, frames: int) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    results = []
    for drawings in (0, count):
        driver = _Pregao()
        driver.load(synthetic_candles(N))
        x0 = N / 2 - 100
        if drawings:
            add_drawings(driver.widget, drawings, x0, 200.0)
        driver.set_x(x0, x0 + 200)
        driver.paint()
        app.processEvents()
        ms = _pan_median_ms(driver, app, x0, 200.0, frames, N)
        results.append({"benchmark": "chart_drawings_pan", "n": N, "drawings": drawings,
                        "pan_visible200_ms": round(ms, 3)})
        driver.widget.close()
        driver.widget.deleteLater()
        app.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args(argv)
    results = run(args.count, args.frames)
    for line in results:
        print(json.dumps(line), flush=True)
    reference, with_drawings = (r["pan_visible200_ms"] for r in results)
    print(json.dumps({"ratio_pan_with_drawings_vs_none":
                      round(with_drawings / reference, 3) if reference else None}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
