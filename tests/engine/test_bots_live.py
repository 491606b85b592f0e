"""A bot on a live exchange account: the local Binance server (ccxt's real client, signed
requests), the real engine and journal. It warms up on the exchange's closed candles, polls
the next closed one, and its entry and stop go to the exchange through the order manager."""

from __future__ import annotations

import textwrap
import time

import pytest

from desktop.core import OrderStatus, OrderType, Side
from desktop.core.bots import BotSpec, BotState
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, connect, run

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)

STRATEGY = '''
import numpy as np
from strategies.base import Signals, Strategy


class LongWithStop(Strategy):
    id = "long_with_stop"

    def signals(self, data):
        n = len(data)
        return Signals(entry_long=np.ones(n, dtype=bool), stop_loss=data.close * 0.97,
                       size=np.full(n, 0.01))
'''


def test_a_bot_on_a_live_account_polls_closed_candles_and_trades_on_the_exchange(
        app, exchange, tmp_path):
    rt, account_id = app
    connect(rt, account_id)
    path = tmp_path / "live_strategy.py"
    path.write_text(textwrap.dedent(STRATEGY))
    spec = BotSpec(strategy=f"{path}:LongWithStop", account_id=account_id, symbols=(SYMBOL,),
                   timeframe="1m")
    created = run(rt.client.bot_create(spec))
    started = run(rt.client.bot_start(created.id))
    assert started.state is BotState.RUNNING and started.warmup_bars >= 2
    service = rt.engine.bots
    runner = service.runners[created.id]
    window = runner.symbols[SYMBOL].window
    assert window.last_ts is not None and window.last_ts + 60_000 <= time.time() * 1000
    # As if the bot had warmed up a minute earlier: the exchange's newest closed candle is
    # the next one; the poll brings it, and the bot decides on it.
    history = window.window()
    newest = int(history.ts[-1])
    runner.start_warmup(runner.warmup, {SYMBOL: history.slice(0, len(history) - 1)})
    run(rt.client.call(service.poll_once, runner))
    assert runner.symbols[SYMBOL].window.last_ts == newest
    # The exchange's fill comes by its stream (or poll); then the stop is placed.
    orders = live.wait_for(rt, lambda: (lambda found: found if any(
        o.side is Side.SELL for o in found) else None)(rt.engine.orders.journal.bot_orders(
            created.id)), "the bot's stop")
    [entry] = [o for o in orders if o.side is Side.BUY]
    assert entry.type is OrderType.MARKET and entry.status is OrderStatus.FILLED
    assert entry.bot_id == created.id and entry.amount == pytest.approx(0.01)
    [stop] = [o for o in orders if o.side is Side.SELL and not o.parent_id]
    assert stop.type is OrderType.STOP_MARKET and not stop.status.is_final
    # It reached the exchange (natively, or as the engine's emulation on top of it).
    placed = exchange(lambda: [o.side for o in exchange.server.account.orders()])
    assert Side.BUY in placed
    info = run(rt.client.bot_list())[0]
    assert [p.amount for p in info.positions] == [pytest.approx(0.01)]
    run(rt.client.bot_stop(created.id, flatten=True))
    flat = live.wait_for(rt, lambda: runner.info().trade_count == 1, "the flattening fill")
    after = run(rt.client.bot_list())[0]
    assert flat and after.positions == () and after.state is BotState.STOPPED
    assert all(o.status.is_final for o in run(rt.client.bot_orders(created.id)))
