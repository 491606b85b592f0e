"""Reconciliation and never-twice sending on the real engine, with a Binance account whose keys
live in a real Secret Service and whose exchange is the local server (faults injected there)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select

import desktop.engine.engine as engine_module
from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
)
from desktop.core.accounts import AccountDraft
from desktop.engine.accounts import VenueTarget
from desktop.engine.loop_thread import LoopThread
from desktop.engine.reconcile import ADOPTED, EMULATION_ENDED, NEVER_ARRIVED
from desktop.engine.runtime import EngineRuntime
from desktop.storage import Database
from desktop.storage.models import OrderRecord, WorkingOrderState
from desktop.venues.ccxt_errors import OrderNotPlaced
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config, venue_on
from tests.exchange_server.server import BinanceTestServer
from tests.secret_service import secret_service_env

SYMBOL, SYMBOL_ID = "BTC/USDT", "BTCUSDT"


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


class Exchange:
    """The local Binance peer on its own loop thread, as a remote exchange would be."""

    def __init__(self) -> None:
        self.thread = LoopThread("exchange")
        self.server = BinanceTestServer()

    def __call__(self, fn, *args, **kwargs):
        async def call():
            return fn(*args, **kwargs)
        return self.thread.submit(call()).result(10)

    def posts(self, client_id: str) -> int:
        return self(lambda: sum(1 for r in self.server.log.to("/api/v3/order", "POST")
                                if r.params.get("newClientOrderId") == client_id))

    def order(self, client_id: str):
        def find():
            account = self.server.account
            return [o for o in account.orders() if account.client_id_of(o) == client_id]
        return self(find)


@pytest.fixture
def exchange() -> Iterator[Exchange]:
    ex = Exchange()
    ex.thread.start()
    ex.thread.submit(ex.server.start()).result(10)
    yield ex
    ex.thread.submit(ex.server.stop()).result(10)
    ex.thread.stop()


@pytest.fixture
def app(tmp_path, monkeypatch, exchange) -> Iterator[tuple[EngineRuntime, str]]:
    """The real engine with a connected Binance account on the local exchange."""
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    with secret_service_env(monkeypatch, tmp_path / "keyring"):
        rt = new_runtime(tmp_path, exchange)
        added = run(rt.client.account_add(
            AccountDraft("binance", "Main", api_key=API_KEY, secret=API_SECRET)))
        yield rt, added.id
        assert rt.stop(timeout=10.0)


def new_runtime(tmp_path, exchange: Exchange) -> EngineRuntime:
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")

    def local(target: VenueTarget):
        creds = target.credentials
        return venue_config(exchange.server, name=target.name, account=target.account,
                            poll_interval_s=0.1, credentials=CcxtCredentials(
                                creds.api_key, creds.secret, creds.passphrase))

    rt.engine.accounts.config_for = local
    rt.start()
    return rt


def connect(rt: EngineRuntime, account_id: str) -> None:
    run(rt.client.account_connect(account_id))
    run(rt.client.call(rt.engine.orders.wait_reconciled, account_id))


def wait_for(rt: EngineRuntime, condition, what: str, timeout: float = 15.0):
    async def poll():
        while True:
            value = await rt.client.call(condition)
            if value:
                return value
            await asyncio.sleep(0.05)
    try:
        return run(poll(), timeout)
    except TimeoutError:
        pytest.fail(f"timed out waiting for {what}")


def journaled(rt: EngineRuntime, client_id: str):
    return rt.engine.orders.journal.order(client_id)


def test_orders_placed_outside_the_app_are_adopted(app, exchange):
    rt, account_id = app

    async def place_elsewhere():
        async with venue_on(exchange.server) as other:
            return await other.create_order(OrderRequest(
                SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0))

    outside = run(place_elsewhere())
    connect(rt, account_id)
    [adopted] = run(rt.client.trade_open_orders(account_id))
    assert (adopted.id, adopted.client_order_id) == (outside.id, outside.client_order_id)
    assert adopted.reason == ADOPTED
    report = rt.engine.orders.last_report[account_id]
    assert report.adopted == [outside.client_order_id]
    # Adopted orders are the trader's like any other: they can be canceled from the app.
    canceled = run(rt.client.trade_cancel(account_id, adopted.id))
    assert canceled.status is OrderStatus.CANCELED
    assert exchange.order(outside.client_order_id)[0].status is OrderStatus.CANCELED


def test_fills_while_disconnected_are_journaled_on_reconnect_and_nothing_is_resent(app,
                                                                                   exchange):
    rt, account_id = app
    connect(rt, account_id)
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    limit = round(price - 100.0, 2)
    order = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.1, price=limit)))
    assert order.status is OrderStatus.OPEN
    run(rt.client.account_disconnect(account_id))
    exchange(exchange.server.set_price, SYMBOL_ID, limit - 1.0)  # the order fills meanwhile
    [on_exchange] = exchange.order(order.client_order_id)
    assert on_exchange.status is OrderStatus.FILLED
    assert journaled(rt, order.client_order_id).status is OrderStatus.OPEN  # not seen yet

    connect(rt, account_id)
    after = journaled(rt, order.client_order_id)
    assert (after.status, after.filled) == (OrderStatus.FILLED, pytest.approx(0.1))
    fills = run(rt.client.trade_fills(account_id))
    assert sum(f.amount for f in fills) == pytest.approx(0.1)
    assert {f.client_order_id for f in fills} == {order.client_order_id}
    [position] = run(rt.client.trade_positions(account_id))
    assert position.amount == pytest.approx(0.1)
    assert exchange.posts(order.client_order_id) == 1


def test_a_lost_answer_leaves_the_order_pending_until_a_lookup_finds_it(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    faults = exchange.server.faults
    # The exchange places the order but the answer never comes, and lookups fail for a while.
    exchange(faults.next, "/api/v3/order", "accept_then_drop", method="POST")
    exchange(faults.next, "/api/v3/order", "503", count=6, method="GET")
    order = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0)))
    assert order.status is OrderStatus.PENDING
    assert "may or may not have been placed" in order.reason
    settled = wait_for(rt, lambda: (o := journaled(rt, order.client_order_id)) and
                       o.status is OrderStatus.OPEN and o, "the lookup to find the order")
    [on_exchange] = exchange.order(order.client_order_id)
    assert settled.id == on_exchange.id.removeprefix("po-")  # Binance's numeric id
    assert exchange.posts(order.client_order_id) == 1


def test_an_order_the_exchange_never_received_is_rejected_or_resent_under_its_id(app,
                                                                                  exchange):
    rt, account_id = app
    connect(rt, account_id)
    faults = exchange.server.faults
    exchange(faults.next, "/api/v3/order", "drop", method="POST")
    request = OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0)
    with pytest.raises(OrderNotPlaced, match="safe to send again"):
        run(rt.client.trade_place(account_id, request))
    [rejected] = run(rt.client.trade_orders(account_id))
    assert rejected.status is OrderStatus.REJECTED and "was not placed" in rejected.reason
    assert exchange.order(rejected.client_order_id) == []

    exchange(faults.next, "/api/v3/order", "drop", method="POST")
    order = run(rt.client.trade_place(account_id, request, resend_if_not_placed=True))
    assert order.status is OrderStatus.OPEN
    assert exchange.posts(order.client_order_id) == 2  # the first never reached the book
    assert len(exchange.order(order.client_order_id)) == 1


def test_a_journaled_order_the_exchange_never_saw_is_rejected_at_the_next_start(app,
                                                                                exchange):
    rt, account_id = app
    journal = rt.engine.orders.journal
    request = OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=40_000.0,
                           client_order_id="pgneversent000001")
    # As a crash leaves it: journaled, the send attempted, nothing reached the exchange.
    run(rt.client.call(journal.record_new, account_id, request, request.client_order_id))
    run(rt.client.call(journal.mark_submitted, request.client_order_id))

    def long_ago() -> None:  # old enough that no request of it can still be in transit
        with journal.database.session() as session:
            row = session.scalars(select(OrderRecord).where(
                OrderRecord.client_order_id == request.client_order_id)).one()
            row.created_ms -= 60_000

    run(rt.client.call(long_ago))
    connect(rt, account_id)
    after = journaled(rt, request.client_order_id)
    assert (after.status, after.reason) == (OrderStatus.REJECTED, NEVER_ARRIVED)
    assert exchange.posts(request.client_order_id) == 0
    # One lookup never proves it: it was asked for twice before it was given up.
    lookups = exchange(lambda: [r for r in exchange.server.log.to("/api/v3/order", "GET")
                                if r.params.get("origClientOrderId") == request.client_order_id])
    assert len(lookups) == 2


def test_a_connection_back_after_an_outage_is_reconciled(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    orders = rt.engine.orders
    first = orders.last_report[account_id]
    events: list = []
    rt.bus.add_sink(events.append)
    # The exchange fails for a while: the circuit breaker opens (DEGRADED), then closes again
    # once it answers (CONNECTED), and the order manager reconciles what it may have missed.
    exchange(exchange.server.faults.next, "/api/v3/openOrders", "503", count=12)
    wait_for(rt, lambda: orders.last_report[account_id] is not first,
             "a reconciliation after the outage")
    states = [e.state for e in events if isinstance(e, ConnectionEvent) and e.venue == "Main"]
    assert ConnectionState.DEGRADED in states
    assert states[states.index(ConnectionState.DEGRADED):].count(ConnectionState.CONNECTED)


def test_an_engine_run_oco_whose_state_was_lost_is_ended_and_its_legs_canceled(app, exchange,
                                                                               tmp_path):
    rt, account_id = app
    connect(rt, account_id)
    oco = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0)))
    assert oco.emulated and oco.status is OrderStatus.OPEN
    legs = wait_for(rt, lambda: [o for o in rt.engine.orders.journal.open_orders(account_id)
                                 if o.parent_id == oco.id] or None, "both legs journaled")
    wait_for(rt, lambda: len([o for o in rt.engine.orders.journal.open_orders(account_id)
                              if o.parent_id == oco.id]) == 2, "both legs journaled")
    # The process ends without canceling the legs at the exchange (the group would resume
    # at the next start: test_emulation_restart.py), and its saved state is then lost.
    assert rt.stop(timeout=10.0)
    database = Database(f"sqlite:///{tmp_path / 'pregao.db'}")
    with database.session() as session:
        session.execute(delete(WorkingOrderState))
    database.close()
    assert len(legs) >= 1 and all(
        o.status is OrderStatus.OPEN for leg in legs for o in exchange.order(leg.client_order_id))

    restarted = new_runtime(tmp_path, exchange)
    try:
        connect(restarted, account_id)
        parent = journaled(restarted, oco.client_order_id)
        assert (parent.status, parent.reason) == (OrderStatus.CANCELED, EMULATION_ENDED)
        for leg in restarted.engine.orders.journal.orders(account_id):
            if leg.parent_id == oco.id:
                assert leg.status is OrderStatus.CANCELED, leg
                assert exchange.order(leg.client_order_id)[0].status is OrderStatus.CANCELED
        assert run(restarted.client.trade_open_orders(account_id)) == []
    finally:
        assert restarted.stop(timeout=10.0)
