"""Public prints: the demo market and replays print every tick through coalesced
`TradeEvent`s that lose nothing; the time & sales dock on the real engine shows them newest
first, filters small ones, highlights large ones, keeps bounded memory and follows the
focused chart."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from desktop.core import Side, Trade, TradeEvent
from desktop.venues.demo_market import DemoMarket
from desktop.venues.feed import VirtualClock
from desktop.venues.replay_feed import ReplayFeed
from tests.conftest import shared_file
from tests.engine.test_accounts import db_url, secret_service  # noqa: F401
from tests.venues.test_replay_feed import drive, play, small_file
from tests.widgets.test_order_entry import TIMEOUT_MS
from widgets.time_and_sales import TimeAndSalesPanel
from widgets.time_and_sales.tape import Tape


def _run_demo(seconds: float) -> tuple[DemoMarket, list]:
    demo = DemoMarket(days=1, now_ms=1_800_000_000_000, clock=VirtualClock(1_800_000_000))
    events: list = []

    async def main() -> None:
        task = asyncio.create_task(demo.run(events.append))
        end = 1_800_000_000_000 + seconds * 1000
        while not (recent := demo.recent_trades("BTC/USDT")) or recent[-1].ts < end:
            await asyncio.sleep(0)
        task.cancel()

    asyncio.run(main())
    return demo, events


def test_every_tick_prints_and_a_coalescing_reader_takes_each_print_once():
    demo, events = _run_demo(20)
    ticks = [e.tick for e in events if type(e).__name__ == "TickEvent"
             and e.tick.symbol == "BTC/USDT"]
    prints = [e for e in events if isinstance(e, TradeEvent) and e.symbol == "BTC/USDT"]
    assert len(prints) == len(ticks) > 50
    last = prints[-1].trades[-1]
    assert (last.price, last.ts) == (ticks[-1].last, ticks[-1].ts)
    assert last.price in (ticks[-1].bid, ticks[-1].ask)
    assert last.side is (Side.BUY if last.price == ticks[-1].ask else Side.SELL)
    # A reader that sees only every fifth event (the bridge keeps the newest per symbol)
    # still takes every print exactly once, in order.
    tape, seq = Tape(), 0
    for e in [*prints[4::5], prints[-1]]:
        tape.extend(e.since(seq))
        seq = e.seq
    assert list(tape.all) == [e.trades[-1] for e in prints]
    assert demo.recent_trades("BTC/USDT")[-1] == last
    twin = demo.recent_trades("BTC/USDT:USDT")[-1]  # the perpetual twin prints where spot did
    assert (twin.ts, twin.price, twin.amount, twin.side) == (last.ts, last.price, last.amount,
                                                             last.side)


def test_a_replay_prints_its_path_with_the_candle_volume():
    candles = small_file()
    feed = ReplayFeed(candles, "TST/USDT", speed=60, clock=VirtualClock(0), start_index=0)

    async def script(feed, events):
        await drive(feed, events, lambda: feed.position == 2)

    events = play(feed, script)
    prints = [e.trades[-1] for e in events if isinstance(e, TradeEvent)]
    first = [t for t in prints if t.ts < candles.ts[1]]
    assert len(first) == 13 and sum(t.amount for t in first) == pytest.approx(candles.volume[0])
    assert first[0].price == candles.open[0] and first[-1].price == candles.close[0]


def test_tape_memory_is_bounded_and_the_filter_applies_to_kept_prints():
    tape = Tape(capacity=100)
    tape.extend(Trade("X/USDT", i, 10.0, 1.0 + i % 7, Side.BUY) for i in range(1000))
    assert len(tape.all) == len(tape.shown) == 100
    tape.set_filter(60.0)  # value = price * amount
    assert all(t.price * t.amount >= 60 for t in tape.shown) and len(tape.shown) == 29


def test_the_dock_shows_prints_newest_first_filters_and_highlights(qtbot, window):
    panel: TimeAndSalesPanel = window.docks.show_panel("time_and_sales")
    qtbot.waitUntil(lambda: len(panel.tape.shown) > 10 and panel.view.paints > 0
                    and bool(panel.markets),
                    timeout=TIMEOUT_MS)
    assert panel.symbol == "BTC/USDT" and panel.min_box.suffix() == " USDT"
    shown = panel.view.visible()
    assert shown and shown[0] == panel.tape.shown[-1]
    assert [t.ts for t in shown] == sorted((t.ts for t in shown), reverse=True)
    values = sorted(t.price * t.amount for t in panel.tape.all)
    middle = values[len(values) // 2]
    panel.min_box.setValue(middle)  # typed or stepped: the filter follows
    assert all(t.price * t.amount >= round(middle) for t in panel.tape.shown)
    assert 0 < len(panel.tape.shown) < len(panel.tape.all)
    panel.large_box.setValue(int(values[-1]))  # the box shows whole units
    assert panel.tape.is_large(max(panel.tape.all, key=lambda t: t.price * t.amount))
    assert panel.config()["min_value"] == round(middle)
    chart = window.docks.panels("chart")[0]
    window.ctx.set_active_chart(chart)
    chart.set_symbol("demo", "ETH/USDT")
    qtbot.waitUntil(lambda: panel.symbol == "ETH/USDT" and len(panel.tape.all) > 3,
                    timeout=TIMEOUT_MS)
    assert {t.symbol for t in panel.tape.all} == {"ETH/USDT"}
    assert "ETH/USDT" in window.docks.dock("time_and_sales").windowTitle()


def test_a_trades_file_replays_its_own_prints():
    from desktop.data.candle_files import load_replay

    candles, trades = load_replay(shared_file("binance_spot_XRP-ETH_trades.parquet"))
    assert trades is not None and len(candles) > 100
    feed = ReplayFeed(candles, "XRP/ETH", speed=1000, clock=VirtualClock(0), start_index=0,
                      trades=trades)

    async def script(feed, events):
        await drive(feed, events, lambda: feed.position == 5)

    events = play(feed, script)
    prints = [t for e in events if isinstance(e, TradeEvent) for t in e.trades[-1:]]
    n = int(np.searchsorted(trades.ts, candles.ts[5]))
    assert n > 5 and len(prints) == n
    assert [(t.ts, t.price, t.amount, t.side is Side.BUY) for t in prints] == [
        (int(trades.ts[j]), float(trades.price[j]), float(trades.amount[j]), trades.side[j] > 0)
        for j in range(n)]


def test_the_dock_shows_an_exchange_accounts_prints(qtbot, window, runtime, aio,
                                                    secret_service, db_url):  # noqa: F811
    from tests.engine.test_accounts import binance, local_config
    from tests.engine.test_paper_sources import exchange as _exchange_fixture

    gen = _exchange_fixture.__wrapped__()
    server, thread = next(gen)
    try:
        runtime.engine.accounts.config_for = lambda target: local_config(server, target)
        account = aio.run(runtime.client.account_add(binance()), 20)
        aio.run(runtime.client.account_connect(account.id), 20)
        panel: TimeAndSalesPanel = window.docks.show_panel("time_and_sales")
        qtbot.waitUntil(lambda: panel.source_box.findData(account.id) > 0, timeout=TIMEOUT_MS)
        panel.source_box.setCurrentIndex(panel.source_box.findData(account.id))
        panel.source_box.activated.emit(panel.source_box.currentIndex())
        qtbot.waitUntil(lambda: panel.venue == "Main", timeout=TIMEOUT_MS)

        def print_trade() -> None:
            async def go() -> None:
                server.print_trade("BTCUSDT", 50_010.0, 0.5, True)

            thread.submit(go()).result(5)

        for _ in range(75):  # until the subscription is live
            print_trade()
            aio.sleep(0.2)
            if any(t.price == 50_010.0 for t in panel.tape.shown):
                break
        assert any(t.price == 50_010.0 for t in panel.tape.shown)
        assert {t.venue for t in panel.tape.all} == {"Main"}
        assert panel.view.visible()[0].side is Side.SELL  # the buyer was the maker
        assert panel.config()["account"] == account.id
        panel.set_source("")  # back to the chart's market: the subscription ends
        qtbot.waitUntil(lambda: runtime.engine.public_trades._tasks == {}, timeout=TIMEOUT_MS)
        assert panel.venue == "demo"
    finally:
        next(gen, None)
