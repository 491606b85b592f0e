"""The order book and time & sales docks at the demo market's full tick rate: UI loop lag.

One run, one real engine (demo market, all six symbols ticking at their full rate, books and
prints included) and one main window, measured in three phases of `--seconds` each:

1. reference: the window with no dock at all (the bridge still delivers every event);
2. the order book dock open on BTC/USDT (ladder, stats, depth chart);
3. the order book and the time & sales docks open.

UI loop lag: how late a 5 ms timer on the UI thread fires (p50/p99/max). Also the ladder
rebuilds and paints per second (coalesced to the bridge's flushes, not one per book).
`--speed` runs the demo market's clock faster (more ticks per second) for a harder test.
Prints one JSON line per phase; the dock phases carry `lag_p99_ratio` against the reference.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/order_book_ui.py [--seconds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

from ui_harness import SpeedClock, UiLagProbe, percentile  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0, help="measured per phase")
    parser.add_argument("--speed", type=float, default=1.0, help="demo market clock speed")
    args = parser.parse_args()

    import qasync
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from desktop.core import BookEvent, TradeEvent
    from desktop.engine.runtime import EngineRuntime
    from desktop.shell.bridge import EventBridge
    from desktop.shell.main_window import MainWindow
    from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

    folder = tempfile.TemporaryDirectory(prefix="pregao-order-book-ui-")
    runtime = EngineRuntime(demo_days=2,
                            database_url=f"sqlite:///{Path(folder.name) / 'pregao.db'}")
    if args.speed != 1.0:
        runtime.engine.demo_clock = SpeedClock(args.speed)
    runtime.start()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = QSettings(str(Path(folder.name) / "pregao.ini"), QSettings.Format.IniFormat)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    bridge = EventBridge()
    runtime.bus.add_sink(bridge.post)
    counts = {"books": 0, "prints": 0}
    bridge.subscribe(BookEvent, lambda _e: counts.__setitem__("books", counts["books"] + 1))
    posted = {"books": 0, "prints": 0}

    def count_posted(event: object) -> None:  # engine thread: what the feed published
        if isinstance(event, BookEvent):
            posted["books"] += 1
        elif isinstance(event, TradeEvent):
            posted["prints"] += 1

    runtime.bus.add_sink(count_posted)
    window = MainWindow(runtime.client, bridge, settings, PANEL_TYPES, COMMAND_INSTALLERS)
    window.resize(1600, 1000)
    window.show()

    probe = UiLagProbe()

    async def measure(name: str, reference: float | None) -> float:
        book = window.docks.panels("order_book")
        tape = window.docks.panels("time_and_sales")
        rebuilds0 = book[0].rebuilds if book else 0
        paints0 = book[0].view.paints if book else 0
        tape_paints0 = tape[0].view.paints if tape else 0
        posted0 = dict(posted)
        probe.start()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(args.seconds)
        lags = probe.stop()
        wall = time.perf_counter() - wall0
        cpu = (time.process_time() - cpu0) / wall * 100
        p99 = percentile(lags, 99, 0.0)
        line = {
            "bench": "order_book_ui", "phase": name, "seconds": args.seconds,
            "speed": args.speed,
            "books_posted_per_s": round((posted["books"] - posted0["books"]) / wall, 1),
            "prints_posted_per_s": round((posted["prints"] - posted0["prints"]) / wall, 1),
            "lag_p50_ms": percentile(lags, 50, 0.0), "lag_p99_ms": p99,
            "lag_max_ms": round(max(lags), 2) if lags else 0.0,
            "cpu_pct": round(cpu, 1),
        }
        if book:
            line["ladder_rebuilds_per_s"] = round((book[0].rebuilds - rebuilds0) / wall, 1)
            line["ladder_paints_per_s"] = round((book[0].view.paints - paints0) / wall, 1)
        if tape:
            line["tape_paints_per_s"] = round((tape[0].view.paints - tape_paints0) / wall, 1)
            line["tape_prints_kept"] = len(tape[0].tape.all)
        if reference is not None:
            line["reference_lag_p99_ms"] = reference
            line["lag_p99_ratio"] = round(p99 / max(reference, 0.01), 2)
        print(json.dumps(line), flush=True)
        return p99

    async def scenario() -> None:
        await asyncio.sleep(3.0)  # the default docks load, then go: the reference is an
        window.ctx.cancel_tasks()  # empty window (the bridge still delivers every event)
        window.docks.clear()
        await asyncio.sleep(2.0)
        reference = await measure("empty_window", None)
        dock = window.docks.open_panel("order_book", {"symbol": "BTC/USDT"},
                                       area=Qt.DockWidgetArea.RightDockWidgetArea)
        dock.show()
        await asyncio.sleep(1.0)
        await measure("order_book", reference)
        tape = window.docks.open_panel("time_and_sales", {"symbol": "BTC/USDT"},
                                       area=Qt.DockWidgetArea.LeftDockWidgetArea)
        tape.show()
        await asyncio.sleep(1.0)
        await measure("order_book+time_and_sales", reference)

    try:
        loop.run_until_complete(scenario())
    finally:
        window.quit_without_asking()
        runtime.stop(timeout=5.0)
        folder.cleanup()


if __name__ == "__main__":
    main()
