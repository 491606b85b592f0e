"""The journal refusing a write (a real SQLite error, raised by a trigger the test installs)
never turns into a lost order or a lost fill (issue 8, points 2 and 3)."""

from __future__ import annotations

from sqlalchemy import text

from desktop.core import OrderAttention, OrderEvent, OrderRequest, OrderStatus, OrderType, Side
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, connect, journaled, run, wait_for

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)

FAIL_ACK = """
CREATE TRIGGER fail_ack BEFORE UPDATE OF venue_order_id ON orders
WHEN NEW.venue_order_id IS NOT NULL AND OLD.venue_order_id IS NULL
BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END
"""


def sql(rt, statement: str) -> None:
    def execute() -> None:
        with rt.engine.orders.journal.database.session() as session:
            session.execute(text(statement))
    run(rt.client.call(execute))


def test_an_order_the_journal_could_not_record_is_checked_not_reported_failed(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    events: list = []
    rt.bus.add_sink(events.append)
    sql(rt, FAIL_ACK)  # the exchange's acknowledgement cannot be written
    order = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.MARKET, 0.01)))
    # No exception, no "rejected": the outcome is unknown and being checked.
    assert order.status is OrderStatus.PENDING
    assert order.attention is OrderAttention.CHECKING
    assert "could not record it" in order.reason and "Do not send it again" in order.reason
    assert "INSERT" not in order.reason and "UPDATE" not in order.reason
    sql(rt, "DROP TRIGGER fail_ack")  # the disk is back
    settled = wait_for(rt, lambda: (o := journaled(rt, order.client_order_id)) and
                       o.status is OrderStatus.FILLED and o, "the real result to be journaled")
    [on_exchange] = exchange.order(order.client_order_id)
    assert settled.id == on_exchange.id.removeprefix("po-")
    assert settled.attention is OrderAttention.NONE
    shown = [e.order for e in events if isinstance(e, OrderEvent)
             and e.order.client_order_id == order.client_order_id]
    assert shown[-1].status is OrderStatus.FILLED  # the trader sees the real result
    assert OrderStatus.REJECTED not in {o.status for o in shown}
    assert exchange.posts(order.client_order_id) == 1
