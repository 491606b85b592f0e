"""Fills are read page after page from a cursor the journal keeps, never from "now" (issue 8,
point 2): none is lost to a page limit, to a journal write that failed, or to a symbol the
journal had not seen."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, SYMBOL_ID, connect, journaled, run, wait_for
from tests.exchange_server import running_server
from tests.exchange_server.harness import venue_on

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)
MY_TRADES = "/api/v3/myTrades"


def journaled_fills(rt, account_id: str) -> list:
    return rt.engine.orders.journal.fills(account_id, limit=100_000)


def test_the_venue_reads_every_fill_page_after_page():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            server.trade_elsewhere(SYMBOL_ID, 1100, "0.00020000")  # more than a 1000 page
            fills = await venue.fetch_my_trades(SYMBOL, None)
            pages = [r.params for r in server.log.to(MY_TRADES)]
            middle = sorted(f.ts for f in fills)[600]
            since = await venue.fetch_my_trades(SYMBOL, middle)
        ids = sorted(int(f.id) for f in fills)
        assert len(ids) == 1100 and len(set(ids)) == 1100
        assert [p.get("fromId") for p in pages] == ["0", str(ids[999] + 1)]  # two pages
        assert {f.id for f in since} == {f.id for f in fills if f.ts >= middle}

    asyncio.run(asyncio.wait_for(scenario(), 30))


def test_fills_made_outside_the_app_on_an_unseen_symbol_are_all_journaled(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    run(rt.client.account_disconnect(account_id))
    exchange(exchange.server.trade_elsewhere, SYMBOL_ID, 520, "0.00020000")
    connect(rt, account_id)  # reconciliation finds them: the journal never saw BTC/USDT
    fills = journaled_fills(rt, account_id)
    assert len(fills) == 520 and {f.symbol for f in fills} == {SYMBOL}
    assert rt.engine.orders.journal.fill_cursor(account_id, SYMBOL)[1] == fills[-1].id


def test_a_fill_whose_journal_write_failed_is_fetched_again_on_the_next_poll(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    journal = rt.engine.orders.journal
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    order = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=round(price - 50.0, 2))))

    def sql(statement: str) -> None:
        with journal.database.session() as session:
            session.execute(text(statement))

    run(rt.client.call(sql, "CREATE TRIGGER fail_fill BEFORE INSERT ON fills "
                            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))  # it fills
    wait_for(rt, lambda: (o := journaled(rt, order.client_order_id)) and
             o.status is OrderStatus.FILLED, "the order to be seen filled")
    wait_for(rt, lambda: SYMBOL in rt.engine.orders._fill_dirty.get(account_id, ()),
             "a poll whose fill write failed")
    assert journaled_fills(rt, account_id) == []
    run(rt.client.call(sql, "DROP TRIGGER fail_fill"))
    [fill] = wait_for(rt, lambda: journaled_fills(rt, account_id), "the fill to be read again")
    assert (fill.client_order_id, fill.amount) == (order.client_order_id, 0.01)
    [position] = run(rt.client.trade_positions(account_id))
    assert position.amount == 0.01
