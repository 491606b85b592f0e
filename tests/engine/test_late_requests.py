"""A request that reaches the exchange late is never taken for one that never arrived (issue 8,
point 1). The local exchange processes a request late: its connection drops at once, and the
order is placed a moment later, inside its receive window, as a queue running behind does."""

from __future__ import annotations

import logging
from dataclasses import replace

from desktop.core import OrderEvent, OrderRequest, OrderStatus, OrderType, Side
from desktop.engine.reconcile import NEVER_ARRIVED, REOPENED
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, connect, journaled, run, wait_for
from tests.exchange_server import running_server
from tests.exchange_server.harness import RECV_WINDOW_MS, venue_on

ORDER = "/api/v3/order"
exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)


def limit_buy(cid: str = "") -> OrderRequest:
    return OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0,
                        client_order_id=cid)


def test_the_venue_waits_out_the_receive_window_and_finds_a_late_order():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(ORDER, "late", method="POST", delay_s=1.0)
            order = await venue.create_order(limit_buy("late-1"))
            lookups = server.log.to(ORDER, "GET")
        assert order.status is OrderStatus.OPEN and order.client_order_id == "late-1"
        assert len(server.account.orders()) == 1
        # The first lookup missed it; the order was only taken as found, never as "not placed".
        assert len(lookups) == 2 and lookups[0].status == 400 and lookups[1].status == 200

    run(scenario())


def test_a_late_request_is_never_marked_rejected_while_it_is_open_on_the_exchange(app,
                                                                                   exchange):
    rt, account_id = app
    connect(rt, account_id)
    events: list = []
    rt.bus.add_sink(events.append)
    venue = rt.engine.accounts.venue(account_id)
    inner = getattr(venue, "inner", venue)
    inner.config = replace(inner.config, settle_wait_s=0.0)  # answer the trader at once
    exchange(exchange.server.faults.next, ORDER, "late", method="POST",
             delay_s=RECV_WINDOW_MS / 1000 * 0.7)
    order = run(rt.client.trade_place(account_id, limit_buy()))
    assert order.status is OrderStatus.PENDING
    assert "Do not send it again" in order.reason and "is being checked" in order.reason
    settled = wait_for(rt, lambda: (o := journaled(rt, order.client_order_id)) and
                       o.status is OrderStatus.OPEN and o, "the late order to be found")
    [on_exchange] = exchange.order(order.client_order_id)
    assert settled.id == on_exchange.id.removeprefix("po-")
    statuses = [e.order.status for e in events if isinstance(e, OrderEvent)
                and e.order.client_order_id == order.client_order_id]
    assert OrderStatus.REJECTED not in statuses
    assert exchange.posts(order.client_order_id) == 1


def test_an_order_closed_as_never_arrived_is_re_adopted_when_the_exchange_has_it(
        app, exchange, caplog):
    rt, account_id = app
    journal = rt.engine.orders.journal
    request = limit_buy("pglatearrival0001")
    # As an older version left it: declared never arrived, then the request was processed.
    run(rt.client.call(journal.record_new, account_id, request, request.client_order_id))
    run(rt.client.call(journal.mark_submitted, request.client_order_id))
    pending = journal.order(request.client_order_id)
    run(rt.client.call(journal.record_order, account_id, replace(
        pending, status=OrderStatus.REJECTED, reason=NEVER_ARRIVED)))

    async def arrives_late():
        async with venue_on(exchange.server) as other:
            return await other.create_order(request)

    placed = run(arrives_late())
    with caplog.at_level(logging.WARNING, logger="desktop.engine.order_recording"):
        connect(rt, account_id)
    after = journaled(rt, request.client_order_id)
    assert (after.status, after.id, after.reason) == (OrderStatus.OPEN, placed.id, REOPENED)
    assert [o.client_order_id for o in run(rt.client.trade_open_orders(account_id))] == [
        request.client_order_id]
    assert any("closed as never placed" in r.getMessage() for r in caplog.records)


def test_a_late_market_order_that_filled_is_re_adopted_too(app, exchange):
    rt, account_id = app
    journal = rt.engine.orders.journal
    request = OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.01,
                           client_order_id="pglatemarket00001")
    run(rt.client.call(journal.record_new, account_id, request, request.client_order_id))
    run(rt.client.call(journal.mark_submitted, request.client_order_id))
    pending = journal.order(request.client_order_id)
    run(rt.client.call(journal.record_order, account_id, replace(
        pending, status=OrderStatus.REJECTED, reason=NEVER_ARRIVED)))

    async def arrives_late():
        async with venue_on(exchange.server) as other:
            return await other.create_order(request)

    placed = run(arrives_late())  # filled at once: never in a list of open orders
    connect(rt, account_id)
    after = journaled(rt, request.client_order_id)
    assert (after.status, after.id, after.filled) == (OrderStatus.FILLED, placed.id, 0.01)
    [position] = run(rt.client.trade_positions(account_id))
    assert position.amount == 0.01  # its fill is journaled too


def test_the_exchange_s_copy_of_a_rejection_confirms_it_and_does_not_reopen_it(
        app, caplog):
    """A venue that keeps its rejected orders (the paper venue: a lookup by client id must
    find them) sends its REJECTED copy after the send already failed: that confirms the
    rejection, it is not an order found late (seen as 'closed as never placed ... following
    it again' on a paper market order sent before the first price)."""
    rt, account_id = app
    orders = rt.engine.orders
    journal = orders.journal
    request = OrderRequest(SYMBOL, Side.SELL, OrderType.MARKET, 0.01,
                           client_order_id="pgrejectedtwice01")
    run(rt.client.call(journal.record_new, account_id, request, request.client_order_id))
    pending = journal.order(request.client_order_id)
    refused = replace(pending, status=OrderStatus.REJECTED, reason="No price yet")
    run(rt.client.call(journal.record_order, account_id, refused))
    venue_copy = replace(refused, id="po-3", reason="No price yet")
    with caplog.at_level(logging.WARNING, logger="desktop.engine.order_recording"):
        run(rt.client.call(orders._record_order, account_id, venue_copy))
    after = journaled(rt, request.client_order_id)
    assert (after.status, after.reason) == (OrderStatus.REJECTED, "No price yet")
    assert after.reason != REOPENED
    assert not any("closed as never placed" in r.getMessage() for r in caplog.records)
