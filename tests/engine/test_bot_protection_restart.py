"""A bot's stop-loss outlives the app: on a paper account the same order works again after a
restart (kept by paper_keeper.py), adopted by the resumed bot rather than placed twice."""

from __future__ import annotations

import asyncio

from desktop.core import OrderStatus, OrderType
from desktop.core.bots import BotState
from desktop.engine.bots.replay_session import new_account_id
from tests.engine import test_bots as base
from tests.engine.test_bots import SYMBOL, Bench, candles, run

strategies_file = base.strategies_file


def test_a_bots_stop_loss_is_the_same_working_order_after_a_restart(tmp_path,
                                                                    strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(300)
    account = new_account_id()

    async def first_run():
        async with Bench(db, data, account, position=100) as bench:
            bot = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong"))
            await bench.bots.start_bot(bot.id)
            await bench.step(5)
            working = [o for o in bench.engine.orders.journal.bot_orders(bot.id)
                       if not o.status.is_final]
            return bot.id, working, bench.driver.position

    bot_id, before, position = run(first_run())
    [stop] = before
    assert stop.type is OrderType.STOP_MARKET and stop.status is OrderStatus.OPEN

    async def second_run():
        async with Bench(db, data, account, position=position, create_account=False) as bench:
            for _ in range(500):
                if bench.bots.runners[bot_id].state is BotState.RUNNING:
                    break
                await asyncio.sleep(0.01)
            await bench.step(3)
            working = [o for o in bench.engine.orders.journal.bot_orders(bot_id)
                       if not o.status.is_final]
            at_venue = await bench.venue.fetch_order(stop.id, SYMBOL)
            return working, at_venue

    working, at_venue = run(second_run())
    assert [o.client_order_id for o in working] == [stop.client_order_id]  # not placed again
    assert at_venue.status is OrderStatus.OPEN and at_venue.stop_price == stop.stop_price
