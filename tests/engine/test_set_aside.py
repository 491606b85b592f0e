"""One order the exchange will not look up (its market delisted, an id it refuses) is set aside
with a reason and shown; reconciliation, the order stream and the fill stream of the rest of the
account go on (issue 8, point 4)."""

from __future__ import annotations

from dataclasses import replace

from desktop.core import OrderAttention, OrderEvent, OrderRequest, OrderStatus, OrderType, Side
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, SYMBOL_ID, connect, journaled, run, wait_for

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)


def fills_of(rt, account_id: str, client_id: str) -> list:
    return [f for f in rt.engine.orders.journal.fills(account_id)
            if f.client_order_id == client_id]


def test_an_order_on_a_delisted_market_is_set_aside_and_the_rest_goes_on(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    events: list = []
    rt.bus.add_sink(events.append)
    gone = run(rt.client.trade_place(account_id, OrderRequest(
        "ETH/BTC", Side.SELL, OrderType.LIMIT, 0.01, price=0.06)))
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    working = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=round(price - 50.0, 2))))
    run(rt.client.account_disconnect(account_id))
    exchange(exchange.server.delist, "ETHBTC")
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))  # fills meanwhile

    connect(rt, account_id)  # reconciliation finishes: the delisted order does not hold it up
    aside = journaled(rt, gone.client_order_id)
    assert aside.attention is OrderAttention.SET_ASIDE
    assert aside.reason.startswith("Set aside:") and "ETH/BTC" in aside.reason
    assert rt.engine.orders.last_report[account_id].set_aside == [gone.client_order_id]
    shown = [e.order for e in events if isinstance(e, OrderEvent)
             and e.order.client_order_id == gone.client_order_id]
    assert shown[-1].attention is OrderAttention.SET_ASIDE  # the monitors are told
    assert journaled(rt, working.client_order_id).status is OrderStatus.FILLED
    assert len(fills_of(rt, account_id, working.client_order_id)) == 1

    # The order and fill streams of the rest of the account keep working.
    later = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=round(price - 70.0, 2))))
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 80.0, 2))
    wait_for(rt, lambda: journaled(rt, later.client_order_id).status is OrderStatus.FILLED,
             "the order stream to report the fill")
    wait_for(rt, lambda: fills_of(rt, account_id, later.client_order_id),
             "the fill stream to journal it")
    assert journaled(rt, gone.client_order_id).attention is OrderAttention.SET_ASIDE


def test_an_order_whose_id_the_exchange_refuses_is_set_aside(app, exchange):
    rt, account_id = app
    journal = rt.engine.orders.journal
    request = OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0,
                           client_order_id="pgbadvenueid00001")
    run(rt.client.call(journal.record_new, account_id, request, request.client_order_id))
    pending = journal.order(request.client_order_id)
    run(rt.client.call(journal.record_order, account_id, replace(
        pending, id="not-a-number", status=OrderStatus.OPEN)))
    connect(rt, account_id)
    aside = journaled(rt, request.client_order_id)
    assert (aside.status, aside.attention) == (OrderStatus.OPEN, OrderAttention.SET_ASIDE)
    assert "orderId" in aside.reason
