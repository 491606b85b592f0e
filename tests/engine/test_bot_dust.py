"""A remainder smaller than the market's smallest order (what a live exchange can leave after
an exit that filled in part) is flat for a bot: it enters again instead of believing it is
still long, and the dust is shown as dust. One rule decides it: Market.is_flat."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from desktop.core import Fill, Market, Order, OrderStatus, OrderType, Side
from desktop.engine.bots.replay_session import new_account_id
from tests.engine.test_bots import STRATEGIES, SYMBOL, Bench, candles, run


@pytest.mark.parametrize(("amount", "flat"), [
    (0.0, True), (2.0, True), (-2.0, True), (2.999, True),
    (3.0, False), (-3.0, False), (2.9999999999999996, False),  # binary noise of 3 is 3
])
def test_less_than_the_smallest_order_is_flat(amount, flat):
    market = Market(SYMBOL, "ETH", "BTC", price_tick=1e-8, amount_step=1.0, min_amount=3.0)
    assert market.is_flat(amount) is flat


def test_a_bot_left_with_dust_enters_again_and_shows_the_dust(tmp_path):
    strategies = tmp_path / "my_strategies.py"
    strategies.write_text(textwrap.dedent(STRATEGIES))
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(200)

    async def scenario():
        bench = Bench(db, data, new_account_id(), position=100)
        # The exchange's minimum order is 3 ETH on a 1 ETH step.
        bench.market = bench.driver.market = replace(bench.market, min_amount=3.0)
        async with bench:
            info = await bench.bots.create(bench.spec(f"{strategies}:AlwaysLong"))
            journal = bench.engine.orders.journal
            # What the exchange left while the app was closed: the bot's 5 ETH entry filled,
            # its exit filled 3 and expired with 2 left, below the minimum: the account holds
            # 2 ETH of the bot's that no order can sell.
            ts = int(data.ts[99])
            for cid, side, status, filled in (("was-entry", Side.BUY, OrderStatus.FILLED, 5.0),
                                              ("was-exit", Side.SELL, OrderStatus.EXPIRED, 3.0)):
                journal.record_order(bench.account_id, Order(
                    id=cid, client_order_id=cid, symbol=SYMBOL, side=side,
                    type=OrderType.MARKET, status=status, amount=5.0, filled=filled,
                    average=0.05, created_ts=ts, bot_id=info.id))
                journal.record_fill(bench.account_id, Fill(
                    id=cid, order_id=cid, client_order_id=cid, symbol=SYMBOL, side=side,
                    price=0.05, amount=filled, fee=0.0, fee_currency="BTC", ts=ts))
            bench.venue.engine.ledger.credit("ETH", 2.0)
            started = await bench.bots.start_bot(info.id)
            await bench.step(3)
            runner = bench.bots.runners[info.id]
            return (started, runner.info(), journal.bot_orders(info.id),
                    runner.books.book(info.id, SYMBOL).amount, list(runner.log_lines))

    started, now, orders, held, log = run(scenario())
    [dust] = started.positions
    assert dust.amount == 2.0 and dust.dust  # shown, and counted as flat
    entries = [o for o in orders if o.side is Side.BUY and o.client_order_id != "was-entry"]
    assert len(entries) == 1 and entries[0].status is OrderStatus.FILLED  # it entered again
    assert held == pytest.approx(entries[0].filled + 2.0)
    [position] = now.positions
    assert not position.dust and position.amount == held
    # Its stop covers all it holds, the dust included (the exit will sell it too).
    [stop] = [o for o in orders if o.type is OrderType.STOP_MARKET]
    assert stop.amount == held and not stop.status.is_final
    assert not any("refused" in line for line in log)
