"""The engine->UI bridge: coalescing, ordering, no loss, isolation of failing handlers."""

from __future__ import annotations

import threading
import time

from desktop.core import Bar, BarEvent, FillEvent, LogEvent, Tick, TickEvent
from desktop.core.enums import Side
from desktop.core.types import Fill


def tick(symbol: str, last: float) -> TickEvent:
    return TickEvent(Tick(symbol, 0, last, last - 1, last + 1, venue="demo"))


def fill(n: int) -> FillEvent:
    return FillEvent(Fill(str(n), "o", "c", "BTC/USDT", Side.BUY, 1.0, 1.0, 0.0, "USDT", n))


def test_ticks_coalesce_to_the_newest_per_symbol(qtbot, bridge):
    seen: list[TickEvent] = []
    bridge.subscribe(TickEvent, seen.append)

    def storm() -> None:
        for i in range(5000):
            bridge.post(tick("BTC/USDT", 100.0 + i))
            bridge.post(tick("ETH/USDT", 10.0 + i))

    t = threading.Thread(target=storm)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: any(e.tick.last == 5099.0 for e in seen), timeout=2000)
    qtbot.wait(100)
    by_symbol = {e.tick.symbol: e.tick.last for e in seen}
    assert by_symbol == {"BTC/USDT": 5099.0, "ETH/USDT": 5009.0}
    # 10,000 posts cost the UI far fewer deliveries: that is the point of coalescing.
    assert len(seen) < 200


def test_ordered_events_are_never_dropped_and_keep_their_order(qtbot, bridge):
    fills: list[int] = []
    bridge.subscribe(FillEvent, lambda e: fills.append(int(e.fill.id)))

    def producer() -> None:
        for i in range(3000):
            bridge.post(fill(i))
            bridge.post(tick("BTC/USDT", float(i)))

    threads = [threading.Thread(target=producer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    qtbot.waitUntil(lambda: len(fills) == 3000, timeout=3000)
    assert fills == list(range(3000))


def test_flush_rate_of_coalesced_events_is_bounded(qtbot, bridge):
    stop = threading.Event()

    def feed() -> None:
        i = 0
        while not stop.is_set():
            bridge.post(tick("BTC/USDT", float(i)))
            i += 1
            time.sleep(0.0002)

    t = threading.Thread(target=feed)
    start = time.perf_counter()
    t.start()
    qtbot.wait(600)
    stop.set()
    t.join()
    elapsed = time.perf_counter() - start
    # 30 flushes per second at most (+1 for the first, +1 for the boundary).
    assert 1 <= bridge.flushes <= int(elapsed * 30) + 2


def test_closed_bar_supersedes_a_pending_forming_update(qtbot, bridge):
    bars: list[BarEvent] = []
    bridge.subscribe(BarEvent, bars.append)
    forming = BarEvent("BTC/USDT", Bar(60_000, 1, 2, 0.5, 1.5, 10), closed=False, venue="demo")
    closed = BarEvent("BTC/USDT", Bar(60_000, 1, 2, 0.5, 1.8, 12), closed=True, venue="demo")
    bridge.post(forming)
    bridge.post(closed)
    qtbot.waitUntil(lambda: len(bars) >= 1, timeout=1000)
    qtbot.wait(80)
    assert bars[-1] is closed
    assert forming not in bars


def test_a_failing_handler_is_reported_and_delivery_goes_on(qtbot, bridge):
    got: list[int] = []
    failures: list[str] = []
    bridge.handlerFailed.connect(failures.append)

    def broken(_event) -> None:
        raise RuntimeError("boom")

    bridge.subscribe(FillEvent, broken)
    bridge.subscribe(FillEvent, lambda e: got.append(int(e.fill.id)))
    for i in range(5):
        bridge.post(fill(i))
    qtbot.waitUntil(lambda: len(got) == 5, timeout=1000)
    assert got == [0, 1, 2, 3, 4]
    assert len(failures) == 5 and "boom" in failures[0]


def test_log_events_reach_subscribers_in_order(qtbot, bridge):
    lines: list[str] = []
    bridge.subscribe(LogEvent, lambda e: lines.append(e.message))
    for i in range(100):
        bridge.post(LogEvent(20, "test", f"line {i}"))
    qtbot.waitUntil(lambda: len(lines) == 100, timeout=1000)
    assert lines == [f"line {i}" for i in range(100)]
