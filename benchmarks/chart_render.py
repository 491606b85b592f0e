"""Chart rendering benchmark: Pregão's CandleChart vs finplot vs an empty pyqtgraph plot.

Offscreen (QT_QPA_PLATFORM=offscreen) at 1920x1080, for 10k / 100k / 1M synthetic one-minute
candles (a seeded random walk). Each chart/size pair runs in a fresh subprocess so its peak
memory is its own. Measured per pair:

- first_frame_ms: from handing the data to the chart to the end of the first full paint
  (QWidget.grab() renders every item of the widget into a pixmap, synchronously);
- pan_visible200_ms / pan_all_ms: median cost of one pan step (x range shifted by 3 % of its
  width the way the chart itself pans, then one full render with grab()) with 200 candles
  visible, and with all candles visible;
- peak_rss_mb: the process's peak resident memory (getrusage ru_maxrss).

Each pair runs `--repeat` times (fresh process each time) and every timing reports its best
run: the machine is shared, and the best of several medians is the least disturbed by other
processes. Prints one JSON line per pair, then one line of ratios. `--quick` runs only 10k
with fewer frames and one repeat (for a smoke test).

    python benchmarks/chart_render.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000)
CHARTS = ("empty", "pregao", "finplot")
WIDTH, HEIGHT = 1920, 1080
PAN_FRACTION = 0.03
START_MS = 1_600_000_000_000 - 1_600_000_000_000 % 60_000


def synthetic_candles(n: int, seed: int = 42):
    """A seeded geometric random walk of one-minute OHLCV candles."""
    import numpy as np

    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.0015, n)))
    open_ = np.empty(n)
    open_[0] = 100.0
    open_[1:] = close[:-1]
    spread = np.abs(rng.normal(0.0, 0.0008, (2, n)))
    high = np.maximum(open_, close) * (1.0 + spread[0])
    low = np.minimum(open_, close) * (1.0 - spread[1])
    volume = rng.lognormal(3.0, 1.0, n)
    ts = START_MS + np.arange(n, dtype=np.int64) * 60_000
    return ts, open_, high, low, close, volume


def _peak_rss_mb() -> float:
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux
    except ImportError:  # Windows: psutil reports the peak working set
        import psutil

        return psutil.Process().memory_info().peak_wset / 2**20


class _Driver:
    """Uniform handle on one chart: load data, set the x window, force a full paint."""

    widget = None

    def load(self, data) -> None:
        raise NotImplementedError

    def set_x(self, x0: float, x1: float) -> None:
        raise NotImplementedError

    def paint(self) -> None:
        self.widget.grab()


class _Empty(_Driver):
    def __init__(self) -> None:
        import pyqtgraph as pg

        self.widget = pg.PlotWidget()
        self.widget.resize(WIDTH, HEIGHT)
        self.widget.show()
        self.vb = self.widget.getPlotItem().getViewBox()

    def load(self, data) -> None:
        self.widget.getPlotItem().clear()

    def set_x(self, x0: float, x1: float) -> None:
        self.vb.setXRange(x0, x1, padding=0)


class _Pregao(_Driver):
    def __init__(self) -> None:
        from widgets.chart import CandleChart

        self.widget = CandleChart()
        self.widget.resize(WIDTH, HEIGHT)
        self.widget.show()

    def load(self, data) -> None:
        from desktop.core.candles import Candles

        self.widget.set_candles(Candles.from_arrays(*data))

    def set_x(self, x0: float, x1: float) -> None:
        self.widget.price_vb.setXRange(x0, x1, padding=0)


class _Finplot(_Driver):
    def __init__(self) -> None:
        import finplot as fplt

        self.fplt = fplt
        self.ax, self.ax_volume = fplt.create_plot(rows=2, init_zoom_periods=200, maximize=False)
        self.widget = fplt.windows[0]
        self.widget.resize(WIDTH, HEIGHT)

    def load(self, data) -> None:
        import pandas as pd

        ts, open_, high, low, close, volume = data
        df = pd.DataFrame(
            {
                "time": pd.to_datetime(ts, unit="ms"),
                "open": open_,
                "close": close,
                "high": high,
                "low": low,
                "volume": volume,
            }
        )
        self.fplt.candlestick_ochl(df[["time", "open", "close", "high", "low"]], ax=self.ax)
        self.fplt.volume_ocv(df[["time", "open", "close", "volume"]], ax=self.ax_volume)
        self.fplt.show(qt_exec=False)

    def set_x(self, x0: float, x1: float) -> None:
        # What finplot does itself on a pan: new x window, y zoom to it, repaint candles.
        self.ax.vb.update_y_zoom(x0, x1)
        self.fplt._repaint_candles()


DRIVERS = {"empty": _Empty, "pregao": _Pregao, "finplot": _Finplot}


def _pan_median_ms(driver: _Driver, app, x0: float, width: float, frames: int, n: int) -> float:
    step = width * PAN_FRACTION
    times = []
    direction = 1.0
    pos = x0
    for frame in range(frames + 2):  # two warm-up frames are not counted
        if not (-0.02 * n <= pos + direction * step and pos + direction * step + width <= 1.02 * n):
            direction = -direction
        pos += direction * step
        t0 = time.perf_counter()
        driver.set_x(pos, pos + width)
        driver.paint()
        elapsed = time.perf_counter() - t0
        # The shown window's own repaint would render the same frame a second time; it is
        # flushed outside the timed region so every chart is timed for exactly one render.
        app.processEvents()
        if frame >= 2:
            times.append(elapsed * 1000.0)
    return statistics.median(times)


def run_one(chart: str, n: int, frames: int) -> dict:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    data = synthetic_candles(n)
    driver = DRIVERS[chart]()
    app.processEvents()
    driver.paint()  # the window's own first paint (no data) is not part of first_frame
    t0 = time.perf_counter()
    driver.load(data)
    driver.paint()
    first_frame = (time.perf_counter() - t0) * 1000.0
    app.processEvents()
    middle = n / 2
    pan_200 = _pan_median_ms(driver, app, middle - 100, 200.0, frames, n)
    pan_all = _pan_median_ms(driver, app, -0.5, float(n), frames, n)
    return {
        "chart": chart,
        "n": n,
        "first_frame_ms": round(first_frame, 2),
        "pan_visible200_ms": round(pan_200, 3),
        "pan_all_ms": round(pan_all, 3),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }


def _run_worker(chart: str, n: int, frames: int) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6")
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", chart, str(n), "--frames", str(frames)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"chart": chart, "n": n, "error": proc.stderr.strip()[-500:]}
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only 10k candles, fewer frames")
    parser.add_argument("--worker", nargs=2, metavar=("CHART", "N"), help=argparse.SUPPRESS)
    parser.add_argument("--frames", type=int, default=None)
    parser.add_argument("--charts", default=",".join(CHARTS))
    parser.add_argument("--repeat", type=int, default=None)
    args = parser.parse_args(argv)
    frames = args.frames or (10 if args.quick else 30)
    if args.worker:
        print(json.dumps(run_one(args.worker[0], int(args.worker[1]), frames)), flush=True)
        return 0
    sizes = SIZES[:1] if args.quick else SIZES
    repeat = args.repeat or (1 if args.quick else 3)
    results: dict[tuple[str, int], dict] = {}
    for n in sizes:
        for chart in args.charts.split(","):
            runs = [_run_worker(chart, n, frames) for _ in range(repeat)]
            good = [r for r in runs if "error" not in r]
            if not good:
                print(json.dumps(runs[-1]), flush=True)
                continue
            best = dict(good[0])
            for key in ("first_frame_ms", "pan_visible200_ms", "pan_all_ms", "peak_rss_mb"):
                best[key] = min(r[key] for r in good)
            results[(chart, n)] = best
            print(json.dumps(best), flush=True)
    ratios = {}
    for n in sizes:
        mine = results.get(("pregao", n))
        for ref in ("empty", "finplot"):
            other = results.get((ref, n))
            if not mine or not other:
                continue
            ratios[f"pregao/{ref}@{n}"] = {
                key: round(mine[key] / other[key], 2) if other[key] else None
                for key in ("first_frame_ms", "pan_visible200_ms", "pan_all_ms", "peak_rss_mb")
            }
    print(json.dumps({"ratios": ratios}))
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
