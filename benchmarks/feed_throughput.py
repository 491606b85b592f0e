"""Push 10,000 ticks/s through the engine->UI bridge and measure the UI loop's lag.

A producer thread posts ticks for 200 symbols at the target rate, like an engine thread under
an exchange storm; the UI side runs a real watchlist model + view. A 5 ms timer on the UI
thread records how late it fires: that lag is what a trader feels as a frozen window.
Prints one JSON line: ticks posted/delivered, flushes, lag p50/p99/max in ms.

    python benchmarks/feed_throughput.py [--rate 10000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import json
import os
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui_harness import UiLagProbe

from desktop.core import Tick, TickEvent
from desktop.shell.bridge import EventBridge
from widgets.common.table import DataTableView
from widgets.watchlist import WatchlistModel

SYMBOLS = [f"S{i:03d}/USDT" for i in range(200)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=10_000, help="ticks per second")
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    bridge = EventBridge()
    model = WatchlistModel()
    for s in SYMBOLS:
        model.add("bench", s)
    view = DataTableView()
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    delivered = 0

    def on_tick(event: TickEvent) -> None:
        nonlocal delivered
        delivered += 1
        model.on_tick(event)

    bridge.subscribe(TickEvent, on_tick)
    bridge.flushed.connect(model.commit)

    stop = threading.Event()
    posted = 0

    def produce() -> None:
        nonlocal posted
        batch = max(1, args.rate // 1000)  # post in 1 ms slices
        rng = np.random.default_rng(1)
        prices = rng.uniform(1, 1000, len(SYMBOLS))
        start = time.perf_counter()
        i = 0
        while not stop.is_set():
            for _ in range(batch):
                k = i % len(SYMBOLS)
                prices[k] *= 1 + rng.normal(0, 1e-4)
                p = float(prices[k])
                bridge.post(
                    TickEvent(Tick(SYMBOLS[k], i, p, p * 0.9999, p * 1.0001, venue="bench"))
                )
                i += 1
            posted = i
            target = start + i / args.rate
            delay = target - time.perf_counter()
            if delay > 0:
                time.sleep(delay)

    probe = UiLagProbe()
    producer = threading.Thread(target=produce, name="engine-sim")
    probe.start()
    producer.start()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    stop.set()
    producer.join()
    lags = probe.stop()
    lag = np.array(lags) if lags else np.zeros(1)
    print(
        json.dumps(
            {
                "bench": "feed_throughput",
                "seconds": args.seconds,
                "target_rate": args.rate,
                "ticks_posted": posted,
                "posted_per_s": round(posted / args.seconds),
                "ticks_delivered": delivered,
                "flushes": bridge.flushes,
                "lag_p50_ms": round(float(np.percentile(lag, 50)), 2),
                "lag_p99_ms": round(float(np.percentile(lag, 99)), 2),
                "lag_max_ms": round(float(lag.max()), 2),
            }
        )
    )


if __name__ == "__main__":
    main()
