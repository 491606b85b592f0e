"""The order journal on real databases (an SQLite file and a PostgreSQL server): journal
before send, upserts that never go backwards, fills stored once, snapshots and settings."""

from __future__ import annotations

import math
import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from desktop.core import (
    Fill,
    Order,
    OrderRequest,
    OrderStatus,
    OrderType,
    Position,
    PregaoError,
    Side,
    TimeInForce,
)
from desktop.storage import Account, Base, Database, upgrade_to_head
from desktop.storage.journal import Journal
from desktop.storage.models import OrderRecord

PAPER = "p" * 32
LIVE = "l" * 32


@pytest.fixture
def journal(db_url):
    upgrade_to_head(db_url)
    db = Database(db_url)
    with db.session() as session:
        session.add(Account(id=PAPER, exchange="paper", label="Paper", is_paper=True))
        session.add(Account(id=LIVE, exchange="binance", label="Main", is_paper=False))
    yield Journal(db)
    db.close()


def _request(**kw) -> OrderRequest:
    base = dict(symbol="BTC/USDT", side=Side.BUY, type=OrderType.LIMIT, amount=0.5,
                price=30_000.0, time_in_force=TimeInForce.GTC, client_order_id="c1",
                account=PAPER)
    base.update(kw)
    return OrderRequest(**base)


def _order(status: OrderStatus, filled: float = 0.0, **kw) -> Order:
    base = dict(id="v1", client_order_id="c1", symbol="BTC/USDT", side=Side.BUY,
                type=OrderType.LIMIT, status=status, amount=0.5, filled=filled,
                price=30_000.0, updated_ts=2_000)
    base.update(kw)
    return Order(**base)


def test_the_migrated_schema_is_exactly_the_models(db_url):
    upgrade_to_head(db_url)
    upgrade_to_head(db_url)  # every start runs it
    db = Database(db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        names = set(inspect(db.engine).get_table_names())
        assert {"orders", "fills", "position_snapshots", "equity_snapshots",
                "settings"} <= names
        uniques = inspect(db.engine).get_unique_constraints("fills")
        assert [(u["name"], u["column_names"]) for u in uniques] == [
            ("uq_fills_account_fill", ["account_id", "venue_fill_id"])]
    finally:
        db.close()


def test_a_new_order_is_journaled_pending_and_unsubmitted_with_its_request(journal):
    request = _request(stop_price=29_000.0, take_profit=31_000.0, reduce_only=True)
    journal.record_new(PAPER, request, "c1")
    [order] = journal.open_orders(PAPER)
    assert (order.client_order_id, order.status, order.id) == ("c1", OrderStatus.PENDING, "")
    assert (order.amount, order.price, order.stop_price) == (0.5, 30_000.0, 29_000.0)
    assert order.account == PAPER and order.venue == "Paper" and order.reduce_only
    assert not journal.is_submitted("c1")
    assert journal.request("c1") == request
    journal.mark_submitted("c1")
    assert journal.is_submitted("c1")


def test_a_client_order_id_names_one_order_only(journal):
    journal.record_new(PAPER, _request(), "c1")
    with pytest.raises(PregaoError, match="already in the journal"):
        journal.record_new(LIVE, _request(), "c1")
    with pytest.raises(IntegrityError), journal.database.session() as session:
        session.add(OrderRecord(account_id=LIVE, client_order_id="c1", symbol="X", side="buy",
                                type="limit", status="open", amount=1.0, created_ms=1,
                                updated_ms=1))
    assert [o.account for o in journal.orders()] == [PAPER]


def test_record_new_is_committed_before_it_returns(journal, db_url):
    """Another process (the state after a crash) sees the order as soon as the call returns."""
    journal.record_new(PAPER, _request(), "c1")
    if db_url.startswith("sqlite"):
        path = db_url.removeprefix("sqlite:///")
        code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute("
                "'SELECT status, submitted FROM orders WHERE client_order_id=?', ('c1',))"
                ".fetchone())")
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True,
                             text=True, check=True, timeout=30).stdout.strip()
        assert out == "('pending', 0)"
        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    else:
        other = Database(db_url)
        try:
            with other.session() as session:
                row = session.scalars(select(OrderRecord)).one()
                assert (row.status, row.submitted) == ("pending", False)
        finally:
            other.close()


def test_updates_never_move_an_order_back(journal):
    journal.record_new(PAPER, _request(), "c1")
    journal.record_order(PAPER, _order(OrderStatus.OPEN))
    journal.record_order(PAPER, _order(OrderStatus.PARTIALLY_FILLED, 0.2, fee=0.1,
                                       fee_currency="USDT", average=30_000.0))
    journal.record_order(PAPER, _order(OrderStatus.OPEN, 0.0))  # a stale poll
    got = journal.order("c1")
    assert (got.status, got.filled, got.fee, got.id) == (
        OrderStatus.PARTIALLY_FILLED, 0.2, 0.1, "v1")
    assert journal.is_submitted("c1")
    journal.record_order(PAPER, _order(OrderStatus.CANCELED, 0.2, reason="canceled by user"))
    journal.record_order(PAPER, _order(OrderStatus.OPEN, 0.2))
    journal.record_order(PAPER, _order(OrderStatus.PENDING, 0.2))
    got = journal.order("c1")
    assert (got.status, got.filled, got.reason) == (OrderStatus.CANCELED, 0.2, "canceled by user")
    assert journal.open_orders() == []
    # The exchange's late word that more was filled before the cancel is kept.
    journal.record_order(PAPER, _order(OrderStatus.FILLED, 0.5))
    assert journal.order("c1").status is OrderStatus.FILLED


def test_orders_the_venue_reports_without_our_id_are_adopted(journal):
    journal.record_order(LIVE, _order(OrderStatus.OPEN, id="x9", client_order_id="",
                                      emulated=True, parent_id="c0"))
    journal.record_order(LIVE, _order(OrderStatus.FILLED, 0.5, id="x9", client_order_id="",
                                      emulated=True))
    [order] = journal.orders(LIVE)
    assert (order.id, order.status, order.filled, order.emulated, order.parent_id) == (
        "x9", OrderStatus.FILLED, 0.5, True, "c0")
    assert order.venue == "Main" and journal.request(order.client_order_id) is None


def test_open_orders_and_history_per_account(journal):
    for i, account in enumerate([PAPER, LIVE, PAPER]):
        journal.record_new(account, _request(amount=i + 1.0), f"c{i}")
    journal.record_order(PAPER, _order(OrderStatus.FILLED, 1.0, client_order_id="c0",
                                       amount=1.0))
    assert [o.client_order_id for o in journal.open_orders()] == ["c1", "c2"]
    assert [o.client_order_id for o in journal.open_orders(PAPER)] == ["c2"]
    assert [o.client_order_id for o in journal.orders(PAPER)] == ["c2", "c0"]
    assert len(journal.orders(limit=2)) == 2


def test_a_fill_is_stored_once(journal):
    fill = Fill(id="f1", order_id="v1", client_order_id="c1", symbol="BTC/USDT",
                side=Side.BUY, price=30_000.0, amount=0.2, fee=0.006, fee_currency="USDT",
                ts=1_000, maker=True)
    assert journal.record_fill(PAPER, fill)
    assert not journal.record_fill(PAPER, fill)  # the stream and a REST poll both saw it
    assert journal.record_fill(LIVE, fill)  # another account's fill with the same id
    [stored] = journal.fills(PAPER)
    assert stored == Fill(id="f1", order_id="v1", client_order_id="c1", symbol="BTC/USDT",
                          side=Side.BUY, price=30_000.0, amount=0.2, fee=0.006,
                          fee_currency="USDT", ts=1_000, maker=True, venue="Paper",
                          account=PAPER)
    # A venue without trade ids: the same execution twice is still one fill.
    anonymous = Fill(id="", order_id="v2", client_order_id="c2", symbol="BTC/USDT",
                     side=Side.SELL, price=30_100.0, amount=0.1, fee=0.0, fee_currency="",
                     ts=2_000)
    assert journal.record_fill(PAPER, anonymous)
    assert not journal.record_fill(PAPER, anonymous)


def test_fills_in_time_order_since_and_latest(journal):
    for ts in (5_000, 1_000, 3_000, 4_000, 2_000):
        journal.record_fill(PAPER, Fill(id=f"f{ts}", order_id="v", client_order_id="c",
                                        symbol="ETH/USDT", side=Side.SELL, price=2_000.0,
                                        amount=1.0, fee=0.0, fee_currency="", ts=ts))
    assert [f.ts for f in journal.fills(PAPER)] == [1_000, 2_000, 3_000, 4_000, 5_000]
    assert [f.ts for f in journal.fills(PAPER, limit=2)] == [4_000, 5_000]
    assert [f.ts for f in journal.fills(PAPER, since_ms=2_000, limit=2)] == [2_000, 3_000]
    assert journal.last_fill_ms(PAPER) == 5_000
    assert journal.last_fill_ms(LIVE) is None
    assert journal.fills(LIVE) == []


def test_position_and_equity_snapshots(journal):
    journal.snapshot_positions(PAPER, [
        Position("BTC/USDT", 0.5, 30_000.0, mark_price=31_000.0, realized_pnl=12.5, fees=1.5),
        Position("ETH/USDT", -2.0, 2_000.0)], ts_ms=1_000)
    journal.snapshot_positions(PAPER, [Position("BTC/USDT", 0.0, 0.0, 31_000.0, 512.5, 3.0)],
                               ts_ms=2_000)
    btc, eth = journal.latest_positions(PAPER)
    assert (btc.symbol, btc.amount, btc.realized_pnl, btc.fees, btc.venue) == (
        "BTC/USDT", 0.0, 512.5, 3.0, "Paper")
    assert (eth.amount, eth.entry_price) == (-2.0, 2_000.0) and math.isnan(eth.mark_price)
    assert journal.latest_positions(LIVE) == []
    journal.snapshot_equity(PAPER, 10_500.0, 9_000.0, ts_ms=1_000)
    journal.snapshot_equity(PAPER, 10_512.5, 10_512.5, ts_ms=2_000)
    assert journal.equity_history(PAPER) == [(1_000, 10_500.0, 9_000.0),
                                             (2_000, 10_512.5, 10_512.5)]
    assert journal.equity_history(PAPER, since_ms=1_500) == [(2_000, 10_512.5, 10_512.5)]


def test_settings_round_trip_as_json(journal):
    assert journal.get_setting("risk.max_position", 7) == 7
    journal.set_setting("risk.max_position", {"BTC/USDT": 1.5, "default": None})
    journal.set_setting("risk.max_position", {"BTC/USDT": 2.0})
    assert journal.get_setting("risk.max_position") == {"BTC/USDT": 2.0}
    with pytest.raises(ValueError):
        journal.set_setting("bad", math.nan)


def test_removing_an_account_removes_its_history(journal):
    journal.record_new(LIVE, _request(), "c1")
    journal.record_fill(LIVE, Fill(id="f", order_id="v", client_order_id="c1",
                                   symbol="BTC/USDT", side=Side.BUY, price=1.0, amount=1.0,
                                   fee=0.0, fee_currency="", ts=1))
    journal.snapshot_equity(LIVE, 1.0, 1.0)
    with journal.database.session() as session:
        session.delete(session.get(Account, LIVE))
    assert journal.orders(LIVE) == [] and journal.fills(LIVE) == []
    assert journal.equity_history(LIVE) == []


def test_a_reason_arriving_second_at_the_same_final_status_is_kept(journal):
    journal.record_new(PAPER, _request(), "c1")
    journal.record_order(PAPER, _order(OrderStatus.OPEN))
    journal.record_order(PAPER, _order(OrderStatus.CANCELED, 0.0))  # the exchange's report
    journal.record_order(PAPER, _order(OrderStatus.CANCELED, 0.0, reason="Replaced by order c2."))
    assert journal.order("c1").reason == "Replaced by order c2."
    # An earlier reason is not overwritten by a later report of the same status.
    journal.record_order(PAPER, _order(OrderStatus.CANCELED, 0.0, reason="something else"))
    assert journal.order("c1").reason == "Replaced by order c2."
