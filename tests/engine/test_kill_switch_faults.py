"""The kill switch against the local Binance server while it rate-limits and half fails:
ccxt's real client, a real journal, faults injected by the server. It keeps trying within the
venue's limits, reports per order and position what is done, and never closes twice."""

from __future__ import annotations

import pytest

from desktop.core import OrderRequest, OrderStatus, OrderType, Side, TradingState
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, connect, run

ORDER = "/api/v3/order"
exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)


def setup_book(rt, account_id) -> list[str]:
    run(rt.client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET,
                                                       0.05)))
    ids = []
    for price in (30_000.0, 31_000.0):
        ids.append(run(rt.client.trade_place(account_id, OrderRequest(
            SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=price))).client_order_id)
    return ids


def sells(exchange) -> list:
    return exchange(lambda: [o for o in exchange.server.account.orders()
                             if o.side is Side.SELL and o.type is OrderType.MARKET])


def test_kill_switch_rides_out_429s_and_503s_and_closes_everything_once(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    resting = setup_book(rt, account_id)
    faults = exchange.server.faults
    exchange(faults.next, ORDER, "429", 1, method="DELETE", retry_after_s=1)
    exchange(faults.next, ORDER, "503", 1, method="DELETE")
    exchange(faults.next, ORDER, "429", 1, method="POST", retry_after_s=1)
    report = run(rt.client.risk_kill_switch([account_id]), timeout=60)
    assert report.done, report.not_done
    assert sorted((i.kind, i.ref) for i in report.items if i.kind == "order") == \
        sorted(("order", cid) for cid in resting)
    [position] = [i for i in report.items if i.kind == "position"]
    assert (position.symbol, position.detail) == (SYMBOL, "Closed")
    for cid in resting:
        [on_exchange] = exchange.order(cid)
        assert on_exchange.status is OrderStatus.CANCELED
    # One sell of 0.05 reached the book: the failed attempts never doubled it.
    assert [(o.amount, o.status) for o in sells(exchange)] == [(0.05, OrderStatus.FILLED)]
    assert run(rt.client.trade_open_orders(account_id)) == []
    assert run(rt.client.risk_status(account_id)).state is TradingState.HALTED


def test_an_exchange_that_stays_down_is_reported_as_not_done_yet(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    resting = setup_book(rt, account_id)
    rt.engine.risk.kill_switch_deadline_s = 1.5
    faults = exchange.server.faults
    exchange(faults.next, ORDER, "503", 10_000, method="DELETE")
    exchange(faults.next, ORDER, "503", 10_000, method="POST")
    report = run(rt.client.risk_kill_switch([account_id]), timeout=60)
    assert not report.done
    pending = {i.ref: i.detail for i in report.not_done}
    assert set(pending) == {*resting, SYMBOL}
    assert all(detail.startswith(("Not canceled yet", "Not closed yet"))
               for detail in pending.values())
    assert run(rt.client.risk_status(account_id)).state is TradingState.HALTED
    assert sells(exchange) == []

    exchange(faults.clear)  # the exchange is back: a second press finishes the job
    report = run(rt.client.risk_kill_switch([account_id]), timeout=60)
    assert report.done, report.not_done
    assert [(o.amount, o.status) for o in sells(exchange)] == [
        (pytest.approx(0.05), OrderStatus.FILLED)]
