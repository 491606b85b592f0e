"""Engine-emulated orders outlive the app: kept in the database, resumed after a restart once
the account is reconciled (a trailing stop keeps its best price), and where one cannot go on,
the trader is told which and why. The real engine on a real SQLite file, with a Binance
account on the local exchange server (which has no OCO or trailing orders: the engine runs
them). The SIGKILL variant is tests/engine/test_trailing_stop_crash.py."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from desktop.core import (
    OrderRequest,
    OrderStatus,
    OrderType,
    ProtectionNotResumedEvent,
    Side,
)
from desktop.engine.reconcile import EMULATION_ENDED
from desktop.storage.models import WorkingOrderState
from tests.engine import test_reconcile as base
from tests.engine.test_reconcile import SYMBOL, SYMBOL_ID, journaled, new_runtime, run, wait_for
from tests.exchange_server.harness import venue_on

exchange = base.exchange
app = base.app


def connect_and_resume(rt, account_id: str) -> None:
    run(rt.client.account_connect(account_id))
    run(rt.client.call(rt.engine.orders.wait_resumed, account_id))


def test_a_trailing_stop_resumes_from_its_best_price_after_a_restart(app, exchange, tmp_path):
    rt, account_id = app
    connect_and_resume(rt, account_id)
    start = exchange(exchange.server.account.price, SYMBOL_ID)
    trailing = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.01, trail_amount=100.0)))
    assert trailing.emulated and trailing.stop_price == pytest.approx(start - 100.0)
    venue = rt.engine.accounts.venue(account_id)
    exchange(exchange.server.set_price, SYMBOL_ID, start + 300.0)
    wait_for(rt, lambda: venue.snapshot(trailing.id).stop_price == pytest.approx(start + 200.0),
             "the trail to follow the high")
    assert rt.stop(timeout=10.0)

    restarted = new_runtime(tmp_path, exchange)
    try:
        events: list = []
        restarted.bus.add_sink(events.append)
        connect_and_resume(restarted, account_id)
        venue = restarted.engine.accounts.venue(account_id)
        kept = run(restarted.client.call(venue.snapshot, trailing.id))
        assert kept.status is OrderStatus.OPEN
        assert kept.stop_price == pytest.approx(start + 200.0)  # the high before the restart
        assert not [e for e in events if isinstance(e, ProtectionNotResumedEvent)]
        # Above the kept level nothing happens; at it, the stop sells.
        exchange(exchange.server.set_price, SYMBOL_ID, start + 250.0)
        wait_for(restarted, lambda: venue.observed.get(SYMBOL, 0) > 0, "a price after resume")
        assert not venue.snapshot(trailing.id).triggered
        exchange(exchange.server.set_price, SYMBOL_ID, start + 190.0)
        wait_for(restarted, lambda: venue.snapshot(trailing.id).status is OrderStatus.FILLED,
                 "the resumed trailing stop to sell")
        done = venue.snapshot(trailing.id)
        assert done.filled == pytest.approx(0.01)
        assert done.average == pytest.approx(start + 190.0, abs=1.0)
        wait_for(restarted, lambda: journaled(restarted, trailing.client_order_id).status
                 is OrderStatus.FILLED, "the journal to show the fill")
    finally:
        assert restarted.stop(timeout=10.0)


def test_an_oco_resumes_and_its_take_profit_still_cancels_the_stop(app, exchange, tmp_path):
    rt, account_id = app
    connect_and_resume(rt, account_id)
    oco = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0)))
    assert oco.emulated and oco.status is OrderStatus.OPEN
    assert rt.stop(timeout=10.0)  # a close leaves the group suspended, its legs working

    restarted = new_runtime(tmp_path, exchange)
    try:
        connect_and_resume(restarted, account_id)
        assert journaled(restarted, oco.client_order_id).status is OrderStatus.OPEN
        venue = restarted.engine.accounts.venue(account_id)
        assert run(restarted.client.call(lambda: venue.suspended)) == []
        exchange(exchange.server.set_price, SYMBOL_ID, 50_600.0)
        wait_for(restarted, lambda: journaled(restarted, oco.client_order_id).status
                 is OrderStatus.FILLED, "the take-profit to fill and end the OCO")
        legs = [o for o in restarted.engine.orders.journal.orders(account_id)
                if o.parent_id == oco.id]
        assert legs and all(o.status.is_final for o in legs)
        on_exchange = [o for leg in legs for o in exchange.order(leg.client_order_id)]
        assert not [o for o in on_exchange if not o.status.is_final]
        assert run(restarted.client.trade_open_orders(account_id)) == []
    finally:
        assert restarted.stop(timeout=10.0)


def test_an_order_that_cannot_be_resumed_is_named_with_the_reason(app, exchange, tmp_path):
    rt, account_id = app
    connect_and_resume(rt, account_id)
    trailing = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.01, trail_percent=1.0)))
    assert rt.stop(timeout=10.0)
    with base_database(tmp_path) as session:  # as a damaged file or a newer version left it
        session.execute(update(WorkingOrderState).values(state_json='{"version": 99}'))

    restarted = new_runtime(tmp_path, exchange)
    try:
        events: list = []
        restarted.bus.add_sink(events.append)
        connect_and_resume(restarted, account_id)
        [told] = [e for e in events if isinstance(e, ProtectionNotResumedEvent)]
        assert told.order_id == trailing.id and "format 99" in told.reason
        parent = journaled(restarted, trailing.client_order_id)
        assert (parent.status, parent.reason) == (OrderStatus.CANCELED, EMULATION_ENDED)
        assert run(restarted.client.trade_open_orders(account_id)) == []
    finally:
        assert restarted.stop(timeout=10.0)


def base_database(tmp_path):
    from desktop.storage import Database

    class Session:
        def __enter__(self):
            self.db = Database(f"sqlite:///{tmp_path / 'pregao.db'}")
            self.cm = self.db.session()
            return self.cm.__enter__()

        def __exit__(self, *exc):
            self.cm.__exit__(*exc)
            self.db.close()

    return Session()


def test_an_oco_whose_leg_was_canceled_at_the_exchange_meanwhile_is_named(app, exchange,
                                                                          tmp_path):
    rt, account_id = app
    connect_and_resume(rt, account_id)
    oco = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0)))
    take_profit = wait_for(rt, lambda: next(
        (o for o in rt.engine.orders.journal.open_orders(account_id)
         if o.parent_id == oco.id and o.type is OrderType.LIMIT), None), "the take-profit leg")
    assert rt.stop(timeout=10.0)

    async def cancel_elsewhere():  # on the exchange's website, while Pregão is closed
        async with venue_on(exchange.server) as other:
            await other.cancel_order(take_profit.id, SYMBOL)

    run(cancel_elsewhere())
    restarted = new_runtime(tmp_path, exchange)
    try:
        events: list = []
        restarted.bus.add_sink(events.append)
        connect_and_resume(restarted, account_id)
        [told] = [e for e in events if isinstance(e, ProtectionNotResumedEvent)]
        assert told.order_id == oco.id and told.order_type == "oco"
        assert "ended" in told.reason
        wait_for(restarted, lambda: journaled(restarted, oco.client_order_id).status
                 is OrderStatus.CANCELED, "the OCO to be ended in the journal")
        assert run(restarted.client.trade_open_orders(account_id)) == []
    finally:
        assert restarted.stop(timeout=10.0)
