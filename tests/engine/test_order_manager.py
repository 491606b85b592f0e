"""The order manager on the real engine with the first-launch paper account (demo prices): what
a trader sees when placing, modifying, canceling and closing, and what the journal keeps."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import pytest

import desktop.engine.engine as engine_module
from desktop.core import (
    BalanceEvent,
    FillEvent,
    InsufficientFunds,
    InvalidOrder,
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    PositionEvent,
    Side,
    VenueError,
)
from desktop.engine.order_ids import new_client_order_id
from desktop.engine.runtime import EngineRuntime

SYMBOL = "BTC/USDT"


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


@pytest.fixture
def paper(tmp_path, monkeypatch) -> Iterator[tuple[EngineRuntime, str, list]]:
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    events: list = []
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")
    rt.bus.add_sink(events.append)
    rt.start()

    async def ready() -> str:
        while True:
            accounts = await rt.client.accounts()
            if accounts and accounts[0].state == "connected":
                break
            await asyncio.sleep(0.02)
        account_id = accounts[0].id
        await rt.client.call(rt.engine.orders.wait_reconciled, account_id)
        venue = rt.engine.accounts.venue(account_id)
        while True:  # the demo feed's first tick reaches the paper venue within moments
            try:
                await rt.client.call(venue.fetch_ticker, SYMBOL)
                return account_id
            except VenueError:
                await asyncio.sleep(0.02)

    account_id = run(ready())
    yield rt, account_id, events
    assert rt.stop(timeout=10.0)


def test_client_order_ids_are_unique_short_and_exchange_safe():
    ids = [new_client_order_id() for _ in range(5000)]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"pg[a-z2-7]{16}", i) for i in ids)


def test_bad_orders_are_refused_with_a_sentence_and_nothing_is_journaled(paper):
    rt, account_id, _ = paper
    client = rt.client
    cases = [
        (OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.0), InvalidOrder, "above zero"),
        (OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.01), InvalidOrder, "needs a price"),
        (OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.0000001, price=50_000.0),
         InvalidOrder, "below the minimum"),
        (OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 50.0), InsufficientFunds,
         "Insufficient USDT: need"),
        (OrderRequest(SYMBOL, Side.SELL, OrderType.LIMIT, 1.0, price=90_000.0),
         InsufficientFunds, "Insufficient BTC"),
    ]
    for request, error, words in cases:
        with pytest.raises(error, match=words):
            run(client.trade_place(account_id, request))
    assert run(client.trade_orders(account_id)) == []


def test_market_order_is_journaled_filled_and_booked_once(paper):
    rt, account_id, events = paper
    client = rt.client
    order = run(client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY,
                                                            OrderType.MARKET, 0.01)))
    assert order.status is OrderStatus.FILLED and order.client_order_id.startswith("pg")
    [journaled] = run(client.trade_orders(account_id))
    assert (journaled.client_order_id, journaled.status) == (order.client_order_id,
                                                             OrderStatus.FILLED)
    fills = run(client.trade_fills(account_id))
    assert sum(f.amount for f in fills) == pytest.approx(0.01)
    [position] = run(client.trade_positions(account_id))
    assert position.amount == pytest.approx(0.01)
    assert position.entry_price == pytest.approx(order.average)
    assert position.fees == pytest.approx(order.fee)

    async def settled() -> None:
        while not any(isinstance(e, BalanceEvent) and e.account == account_id
                      and any(b.currency == "BTC" for b in e.balances) for e in events):
            await asyncio.sleep(0.02)

    run(settled())
    # One event per fill, not one from the paper venue and another from the manager.
    fill_events = [e.fill.id for e in events if isinstance(e, FillEvent)]
    assert sorted(fill_events) == sorted(f.id for f in fills)
    assert any(isinstance(e, PositionEvent) and e.position.account == account_id
               for e in events)
    assert any(isinstance(e, OrderEvent) and e.order.client_order_id == order.client_order_id
               and e.order.status is OrderStatus.FILLED for e in events)
    balances = {b.currency: b.total for b in run(client.trade_balances(account_id))}
    assert balances["BTC"] == pytest.approx(0.01)


def test_what_was_just_bought_can_be_sold_at_once(paper):
    rt, account_id, _ = paper
    client = rt.client
    run(client.trade_balances(account_id))  # a balance known from before the purchase
    run(client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.01)))
    sold = run(client.trade_place(account_id, OrderRequest(SYMBOL, Side.SELL,
                                                           OrderType.MARKET, 0.01)))
    assert sold.status is OrderStatus.FILLED


def test_modify_replaces_cancel_all_cancels_flatten_closes(paper):
    rt, account_id, _ = paper
    client = rt.client
    limit = run(client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.0123456, price=1000.123)))
    # Rounded to the market's precision at the order boundary.
    assert (limit.amount, limit.price) == (0.01234, 1000.12)
    moved = run(client.trade_modify(account_id, limit.client_order_id, price=1100.0))
    assert moved.client_order_id != limit.client_order_id
    assert (moved.price, moved.amount, moved.status) == (1100.0, 0.01234, OrderStatus.OPEN)
    old = next(o for o in run(client.trade_orders(account_id))
               if o.client_order_id == limit.client_order_id)
    assert old.status is OrderStatus.CANCELED
    assert old.reason == f"Replaced by order {moved.client_order_id}."
    second = run(client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1200.0)))
    assert {o.client_order_id for o in run(client.trade_open_orders(account_id))} == {
        moved.client_order_id, second.client_order_id}
    canceled = run(client.trade_cancel_all(account_id, SYMBOL))
    assert {o.status for o in canceled} == {OrderStatus.CANCELED}
    assert run(client.trade_open_orders(account_id)) == []

    with pytest.raises(InvalidOrder, match="no BTC/USDT position"):
        run(client.trade_flatten(account_id, SYMBOL))
    run(client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.02)))
    with pytest.raises(InvalidOrder, match="spot market"):
        run(client.trade_reverse(account_id, SYMBOL))
    closing = run(client.trade_flatten(account_id, SYMBOL))
    assert (closing.side, closing.status) == (Side.SELL, OrderStatus.FILLED)
    assert closing.amount == pytest.approx(0.02)
    [position] = run(client.trade_positions(account_id))
    assert position.amount == pytest.approx(0.0)
    assert position.realized_pnl < 0  # two fees and the spread, at demo prices


def test_a_restarted_paper_account_keeps_its_trades_and_its_open_orders(tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    url = f"sqlite:///{tmp_path / 'pregao.db'}"

    async def start(rt: EngineRuntime) -> str:
        while True:
            accounts = await rt.client.accounts()
            if accounts and accounts[0].state == "connected":
                await rt.client.call(rt.engine.orders.wait_reconciled, accounts[0].id)
                return accounts[0].id
            await asyncio.sleep(0.02)

    rt = EngineRuntime(demo_days=1, database_url=url)
    rt.start()
    try:
        account_id = run(start(rt))
        venue = rt.engine.accounts.venue(account_id)
        while True:  # the demo feed's first tick reaches the paper venue within moments
            try:
                run(rt.client.call(venue.fetch_ticker, SYMBOL))
                break
            except VenueError:
                run(asyncio.sleep(0.02))
        order = run(rt.client.trade_place(account_id, OrderRequest(
            SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
        assert order.status is OrderStatus.OPEN
        bought = run(rt.client.trade_place(account_id, OrderRequest(
            SYMBOL, Side.BUY, OrderType.MARKET, 0.01)))
        assert bought.status is OrderStatus.FILLED
    finally:
        assert rt.stop(timeout=10.0)
    rt = EngineRuntime(demo_days=1, database_url=url)
    rt.start()
    try:
        assert run(start(rt)) == account_id
        # The resting limit order works again (paper_keeper.py), holding its funds again.
        [after] = run(rt.client.trade_open_orders(account_id))
        assert (after.client_order_id, after.id, after.status) == (
            order.client_order_id, order.id, OrderStatus.OPEN)
        venue = rt.engine.accounts.venue(account_id)
        assert run(rt.client.call(venue.fetch_order, order.id, SYMBOL)).status \
            is OrderStatus.OPEN
        # What was bought is still held, and paid for: the journal's fills seed the venue.
        balances = {b.currency: b for b in run(rt.client.trade_balances(account_id))}
        assert balances["BTC"].total == pytest.approx(0.01)
        assert balances["USDT"].total == pytest.approx(
            10_000 - bought.average * 0.01 - bought.fee)
        assert balances["USDT"].used == pytest.approx(1000.0 * 0.01, rel=0.01)
        [position] = run(rt.client.trade_positions(account_id))
        assert position.amount == pytest.approx(0.01)
        venue = rt.engine.accounts.venue(account_id)

        async def priced() -> None:
            while True:
                try:
                    await rt.client.call(venue.fetch_ticker, SYMBOL)
                    return
                except VenueError:
                    await asyncio.sleep(0.02)

        run(priced())
        closing = run(rt.client.trade_flatten(account_id, SYMBOL))
        assert closing.status is OrderStatus.FILLED and closing.amount == pytest.approx(0.01)
        # A fill after the restart gets a new id, so the journal keeps it too.
        fills = run(rt.client.trade_fills(account_id))
        assert len(fills) == 2 and len({f.id for f in fills}) == 2
        [position] = run(rt.client.trade_positions(account_id))
        assert position.amount == pytest.approx(0.0)
    finally:
        assert rt.stop(timeout=10.0)


def test_equity_and_positions_are_snapshotted_periodically(tmp_path, monkeypatch):
    import desktop.engine.account_balances as account_balances

    monkeypatch.setattr(account_balances, "EQUITY_INTERVAL_S", 0.05)
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")
    rt.start()
    try:
        async def snapshots():
            while True:
                accounts = await rt.client.accounts()
                if accounts and accounts[0].state == "connected":
                    journal = rt.engine.orders.journal
                    history = await rt.client.call(journal.equity_history, accounts[0].id)
                    if history:
                        return history
                await asyncio.sleep(0.05)

        _, equity, cash = run(snapshots())[0]
        assert (equity, cash) == (pytest.approx(10_000.0), pytest.approx(10_000.0))
    finally:
        assert rt.stop(timeout=10.0)



def test_a_refused_modification_leaves_the_order_working(paper):
    """The replacement is checked before the old order is canceled: a bad new price is
    refused and the order keeps working (a dragged chart line jumps back)."""
    rt, account_id, _ = paper
    client = rt.client
    order = run(client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
    with pytest.raises(InvalidOrder, match="needs a price"):
        run(client.trade_modify(account_id, order.client_order_id, price=-5.0))
    [still] = run(client.trade_open_orders(account_id))
    assert still.client_order_id == order.client_order_id
    assert still.status is OrderStatus.OPEN
