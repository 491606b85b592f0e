"""The engine against the local exchange's WebSocket user data stream under faults (issue 8,
point 7): a socket dropped in the middle of a fill, duplicate and out-of-order fill reports, a
cut-off frame, a user stream the exchange ends, an order ended by the exchange after its
acknowledgement. Each ends with the journal agreeing with the exchange, every fill once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import desktop.engine.engine as engine_module
from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from desktop.core.accounts import AccountDraft
from desktop.engine.accounts import VenueTarget
from desktop.engine.runtime import EngineRuntime
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import (
    SYMBOL,
    SYMBOL_ID,
    Exchange,
    connect,
    journaled,
    run,
    wait_for,
)
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config
from tests.secret_service import secret_service_env

exchange = live.exchange  # the local exchange on its own loop thread (fixture)


@pytest.fixture
def pushed(tmp_path, monkeypatch, exchange) -> Iterator[tuple[EngineRuntime, str]]:
    """The real engine, its Binance account's orders and fills pushed over WebSocket."""
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    with secret_service_env(monkeypatch, tmp_path / "keyring"):
        rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")
        server = exchange.server

        def local(target: VenueTarget):
            creds = target.credentials
            return venue_config(
                server, name=target.name, account=target.account, poll_interval_s=0.1,
                websocket=True, ws_urls={
                    "spot": f"ws://127.0.0.1:{server.port}/ws",
                    "ws-api.spot": f"ws://127.0.0.1:{server.port}/ws-api/v3"},
                credentials=CcxtCredentials(creds.api_key, creds.secret, creds.passphrase))

        rt.engine.accounts.config_for = local
        rt.engine.orders.sweep_interval_s = 1.0
        rt.start()
        added = run(rt.client.account_add(
            AccountDraft("binance", "Main", api_key=API_KEY, secret=API_SECRET)))
        connect(rt, added.id)
        subscribed(rt, exchange)
        yield rt, added.id
        assert rt.stop(timeout=10.0)


def subscribed(rt, exchange: Exchange) -> None:
    wait_for(rt, lambda: exchange(lambda: any(
        c.user_subscription is not None for c in exchange.server.ws.connections)),
        "the user data stream subscription")


def resting_buy(rt, account_id: str, exchange: Exchange, below: float, amount: float = 0.01):
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    return run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, amount, price=round(price - below, 2))))


def fills_of(rt, account_id: str, *orders) -> list:
    wanted = {o.client_order_id for o in orders}
    return [f for f in rt.engine.orders.journal.fills(account_id) if f.client_order_id in wanted]


def all_filled(rt, orders) -> bool:
    return all(journaled(rt, o.client_order_id).status is OrderStatus.FILLED for o in orders)


def test_a_socket_dropped_in_the_middle_of_a_fill_loses_nothing(pushed, exchange):
    rt, account_id = pushed
    order = resting_buy(rt, account_id, exchange, 50.0)
    exchange.server.user.faults.drop_mid_fill = True
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))
    wait_for(rt, lambda: all_filled(rt, [order]), "the order to be journaled filled")
    wait_for(rt, lambda: fills_of(rt, account_id, order), "its fill to be journaled")
    assert len(fills_of(rt, account_id, order)) == 1
    assert exchange.server.user.faults.drop_mid_fill is False  # the socket did drop


def test_duplicate_out_of_order_and_cut_off_fill_messages_journal_each_fill_once(pushed,
                                                                                  exchange):
    rt, account_id = pushed
    first = resting_buy(rt, account_id, exchange, 50.0)
    second = resting_buy(rt, account_id, exchange, 55.0)
    faults = exchange.server.user.faults
    faults.duplicate_fills = faults.reverse_fills = faults.garbage = True
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 70.0, 2))  # both fill at once
    wait_for(rt, lambda: all_filled(rt, [first, second]), "both orders journaled filled")
    wait_for(rt, lambda: len(fills_of(rt, account_id, first, second)) == 2, "both fills")
    run(rt.client.call(rt.engine.orders.reconcile, account_id))  # nothing left to find
    fills = fills_of(rt, account_id, first, second)
    assert len(fills) == 2 and len({f.id for f in fills}) == 2
    assert not (faults.duplicate_fills or faults.reverse_fills or faults.garbage)  # all sent
    [position] = run(rt.client.trade_positions(account_id))
    assert position.amount == pytest.approx(0.02)


def test_fills_after_the_exchange_ends_the_user_stream_are_journaled(pushed, exchange):
    rt, account_id = pushed
    order = resting_buy(rt, account_id, exchange, 50.0)
    exchange(exchange.server.expire_user_streams)  # nothing more is told on this stream
    assert exchange(lambda: [c for c in exchange.server.ws.connections
                             if c.user_subscription is not None]) == []
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))
    wait_for(rt, lambda: all_filled(rt, [order]), "the order to be journaled filled")
    wait_for(rt, lambda: fills_of(rt, account_id, order), "its fill to be journaled")


@pytest.mark.parametrize("status", [OrderStatus.EXPIRED, OrderStatus.REJECTED])
def test_an_order_ended_by_the_exchange_after_its_acknowledgement(pushed, exchange, status):
    rt, account_id = pushed
    order = resting_buy(rt, account_id, exchange, 50.0)
    assert order.status is OrderStatus.OPEN
    exchange(exchange.server.end_order, order.client_order_id, status)
    wait_for(rt, lambda: journaled(rt, order.client_order_id).status is status,
             f"the order to be journaled {status}")
    assert run(rt.client.trade_open_orders(account_id)) == []


def test_a_pushed_fill_whose_journal_write_failed_is_read_again(pushed, exchange):
    from sqlalchemy import text

    rt, account_id = pushed
    rt.engine.orders.sweep_interval_s = 3600.0  # the retry, not the sweep, must find it

    def sql(statement: str) -> None:
        with rt.engine.orders.journal.database.session() as session:
            session.execute(text(statement))

    order = resting_buy(rt, account_id, exchange, 50.0)
    run(rt.client.call(sql, "CREATE TRIGGER fail_fill BEFORE INSERT ON fills "
                            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))
    wait_for(rt, lambda: SYMBOL in rt.engine.orders._fill_dirty.get(account_id, ()),
             "the pushed fill's write to fail")
    assert fills_of(rt, account_id, order) == []
    run(rt.client.call(sql, "DROP TRIGGER fail_fill"))
    wait_for(rt, lambda: fills_of(rt, account_id, order), "the fill to be read again")
    assert len(fills_of(rt, account_id, order)) == 1
