"""A held position's mark moves on every candle; a replay at full speed closes thousands a
second. Those mark-only changes reach the bus at a bounded rate per bot, the newest last;
signals and state changes go out at once."""

from __future__ import annotations

import asyncio

from desktop.core.bots import BotEvent, BotSpec
from desktop.engine.bots.bot_events import MARK_EVERY_S
from desktop.engine.bots.runner import BotRunner
from desktop.engine.bots.service import BotService
from desktop.engine.bus import EventBus
from strategies.builtin.sma_cross import SmaCross


def test_marks_are_published_at_a_bounded_rate_with_the_newest_last():
    async def scenario() -> tuple[list[BotEvent], int]:
        bus = EventBus()
        events: list = []
        bus.add_sink(events.append)
        service = BotService(bus, None, None, lambda venue: None)  # type: ignore[arg-type]
        spec = BotSpec(strategy="sma_cross", account_id="a", symbols=("ETH/BTC",),
                       timeframe="1m")
        runner = BotRunner("b1", spec, SmaCross(), None, service._publish)  # type: ignore[arg-type]
        runner.on_mark = service._publish_mark
        service.runners["b1"] = runner
        for k in range(500):  # 500 candles in a burst, each moving only the mark
            runner.stats.wins = k  # what the newest event must carry
            runner.on_mark(runner)
            await asyncio.sleep(0)
        burst = len(events)
        service._publish(runner)  # a signal or a state change: at once
        assert len(events) == burst + 1
        runner.stats.wins = 1000
        runner.on_mark(runner)  # right after it: held back, then published
        assert len(events) == burst + 1
        await asyncio.sleep(MARK_EVERY_S * 1.5)
        return [e for e in events if isinstance(e, BotEvent)], burst

    events, burst = asyncio.run(scenario())
    assert 1 <= burst <= 3  # not 500
    assert events[-1].bot.wins == 1000  # the newest state arrived, late at most one interval
