"""The engine thread: starts, serves the client, stops cleanly; errors cross with a message."""

from __future__ import annotations

import asyncio
import threading

import pytest

from desktop.core import PregaoError
from desktop.engine.runtime import EngineRuntime


def run(coro):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(asyncio.wait_for(coro, 10))
    finally:
        loop.close()


def test_engine_serves_history_on_its_own_thread_and_stops_cleanly():
    rt = EngineRuntime(demo_days=1)
    events = []
    rt.bus.add_sink(events.append)
    rt.start()
    try:
        thread_names = []

        def where() -> str:
            thread_names.append(threading.current_thread().name)
            return "ok"

        assert run(rt.client.call(where)) == "ok"
        assert thread_names == ["engine"]
        markets = run(rt.client.markets())
        assert {m.symbol for m in markets} >= {
            "BTC/USDT",
            "ETH/USDT",
            "SOL/USDT",
            "BNB/USDT",
            "XRP/USDT",
            "ADA/USDT",
        }
        candles = run(rt.client.history("demo", "BTC/USDT"))
        assert len(candles) >= 1440
    finally:
        assert rt.stop(timeout=2.0)
    assert not rt.thread.running
    assert rt.thread._loop.is_closed()
    assert not any(t.name == "engine" and t.is_alive() for t in threading.enumerate())


def test_engine_errors_arrive_with_their_message():
    rt = EngineRuntime(demo_days=1)
    rt.start()
    try:
        with pytest.raises(PregaoError, match="No market data source named 'nowhere'"):
            run(rt.client.history("nowhere", "BTC/USDT"))

        def broken() -> None:
            raise ValueError("amount must be positive")

        with pytest.raises(ValueError, match="amount must be positive"):
            run(rt.client.call(broken))
    finally:
        assert rt.stop()


def test_stop_cancels_running_tasks():
    rt = EngineRuntime(demo_days=1)
    rt.start()
    cancelled = threading.Event()

    async def forever() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    rt.thread.call_soon(lambda: asyncio.ensure_future(forever()))
    run(rt.client.markets())
    assert rt.stop(timeout=2.0)
    assert cancelled.is_set()


def test_with_a_window_the_bots_wait_until_it_is_usable(tmp_path):
    """The app's order: first frame (ui_ready) -> accounts; the window's first loads; then
    (ui_settled) the alert delivery and the bots, whose numba imports would slow those."""
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")
    rt.engine.wait_for_ui = True
    rt.start()
    try:
        run(rt.client.ui_ready())
        accounts = run(rt.client.accounts())
        assert any(a.is_paper for a in accounts)

        async def bots_started() -> bool:
            return await rt.client.call(lambda: rt.engine._bots is not None)

        # The accounts are up and usable, the bots not made: nothing has said "usable".
        assert run(rt.client.call(lambda: rt.engine._ui_settled_event().is_set())) is False
        assert run(bots_started()) is False
        run(rt.client.ui_settled())

        async def wait_for_bots() -> None:
            while not await bots_started():
                await asyncio.sleep(0.02)

        run(wait_for_bots())
    finally:
        assert rt.stop(timeout=2.0)
