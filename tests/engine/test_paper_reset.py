"""Paper accounts start from balances in any currencies and can be reset: on the real engine,
a real SQLite file and the real paper venue priced by the demo market."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

import desktop.engine.engine as engine_module
from desktop.core import (
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    PregaoError,
    Side,
    VenueError,
)
from desktop.core.accounts import AccountDraft, AccountFieldError, PaperAccountReset
from desktop.core.bots import BotSpec
from desktop.engine.runtime import EngineRuntime

SYMBOL = "BTC/USDT"
START = (("USDT", 2_500.0), ("BTC", 0.5), ("ETH", 3.0))


def run(coro, timeout: float = 60.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def engine(db_url: str, events: list) -> EngineRuntime:
    rt = EngineRuntime(demo_days=1, database_url=db_url)
    rt.bus.add_sink(events.append)
    rt.start()
    return rt


def balances(rt: EngineRuntime, account_id: str) -> dict[str, float]:
    venue = rt.engine.accounts.venue(account_id)
    return {b.currency: b.total for b in run(rt.client.call(venue.fetch_balances)) if b.total}


def priced(rt: EngineRuntime, account_id: str) -> None:
    async def wait() -> None:
        await rt.client.call(rt.engine.orders.wait_reconciled, account_id)
        venue = rt.engine.accounts.venue(account_id)
        while True:  # the demo feed's first tick reaches the paper venue within moments
            try:
                await rt.client.call(venue.fetch_ticker, SYMBOL)
                return
            except VenueError:
                await asyncio.sleep(0.02)

    run(wait())


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    return tmp_path / "pregao.db"


def test_starting_balances_in_several_currencies_and_a_reset_back_to_them(db):
    events: list = []
    rt = engine(f"sqlite:///{db}", events)
    try:
        added = run(rt.client.account_add(AccountDraft("paper", "Practice",
                                                       starting_balances=START)))
        assert added.starting_balances == START
        assert balances(rt, added.id) == dict(START)
        priced(rt, added.id)
        client = rt.client
        bought = run(client.trade_place(added.id, OrderRequest(SYMBOL, Side.SELL,
                                                               OrderType.MARKET, 0.1)))
        assert bought.status is OrderStatus.FILLED  # sold from the starting BTC
        resting = run(client.trade_place(added.id, OrderRequest(
            SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
        assert resting.status is OrderStatus.OPEN
        assert balances(rt, added.id)["BTC"] == pytest.approx(0.4)

        reset = run(client.account_reset(added.id))
        assert reset.state == "connected"
        assert balances(rt, added.id) == dict(START)
        assert run(client.trade_orders(added.id)) == []
        assert run(client.trade_fills(added.id)) == []
        assert run(client.trade_positions(added.id)) == []
        assert any(isinstance(e, OrderEvent) and e.order.client_order_id
                   == resting.client_order_id and e.order.status is OrderStatus.CANCELED
                   for e in events)
        assert PaperAccountReset(added.id) in events
        # The first-launch account was not touched.
        paper = next(a for a in run(client.accounts()) if a.label == "Paper")
        assert paper.starting_balances == (("USDT", 10_000.0),)
    finally:
        assert rt.stop(timeout=10.0)

    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM orders WHERE account_id = ?",
                           (added.id,)).fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM fills WHERE account_id = ?",
                           (added.id,)).fetchone() == (0,)
        # The audit record of the reset stays.
        assert raw.execute(
            "SELECT label, canceled_orders, cleared_orders, cleared_fills, balances_json "
            "FROM paper_resets WHERE account_id = ?", (added.id,)).fetchall() == [
            ("Practice", 1, 2, 1, '{"USDT": 2500.0, "BTC": 0.5, "ETH": 3.0}')]

    # After a restart the account still holds its starting balances, nothing else.
    rt = engine(f"sqlite:///{db}", [])
    try:
        run(rt.client.accounts())
        run(rt.client.call(rt.engine.orders.wait_reconciled, added.id))
        assert balances(rt, added.id) == dict(START)
    finally:
        assert rt.stop(timeout=10.0)


def test_starting_balances_are_judged_and_edited(db):
    rt = engine(f"sqlite:///{db}", [])
    try:
        client = rt.client
        for pairs, words in [
            ((("USDT", 0.0),), "more than zero"),
            ((("US DT", 5.0),), "not a currency code"),
            ((("BTC", 1.0), ("btc", 2.0)), "listed twice"),
        ]:
            with pytest.raises(AccountFieldError, match=words) as err:
                run(client.account_add(AccountDraft("paper", "P2", starting_balances=pairs)))
            assert err.value.field == "starting_balances"
        assert [a.label for a in run(client.accounts())] == ["Paper"]
        paper = run(client.accounts())[0]
        edited = run(client.account_edit(paper.id, AccountDraft(
            "paper", "Paper", starting_balances=(("BTC", 1.25), ("USDT", 500.0)))))
        assert edited.starting_balances == (("BTC", 1.25), ("USDT", 500.0))
        assert balances(rt, paper.id) == {"BTC": 1.25, "USDT": 500.0}
    finally:
        assert rt.stop(timeout=10.0)


def test_an_account_that_is_gone_or_trades_a_bot_is_not_reset(db):
    rt = engine(f"sqlite:///{db}", [])
    try:
        client = rt.client
        with pytest.raises(PregaoError, match="no longer exists"):
            run(client.account_reset("no-such-account"))
        paper = run(client.accounts())[0]
        bot = run(client.bot_create(BotSpec(strategy="sma_cross", account_id=paper.id,
                                            symbols=(SYMBOL,), timeframe="5m",
                                            params={"fast": "5", "slow": "12"},
                                            sizing="pct=10")))
        run(client.bot_start(bot.id))
        with pytest.raises(PregaoError, match="Stop the bots trading on “Paper” first"):
            run(client.account_reset(paper.id))
        run(client.bot_stop(bot.id))
        assert run(client.account_reset(paper.id)).starting_balances == (("USDT", 10_000.0),)
    finally:
        assert rt.stop(timeout=10.0)


def test_a_demo_account_s_open_order_comes_back_after_a_restart_without_a_complaint(
        db, caplog):
    """The demo market's accounts follow replays (`PaperVenue.follow_feed`): that must not be
    taken for a live-fed account's `follow(symbol)` when their orders are put back."""
    rt = engine(f"sqlite:///{db}", [])
    try:
        paper = run(rt.client.accounts())[0]
        priced(rt, paper.id)
        resting = run(rt.client.trade_place(paper.id, OrderRequest(
            SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
    finally:
        assert rt.stop(timeout=10.0)
    caplog.clear()
    rt = engine(f"sqlite:///{db}", [])
    try:
        run(rt.client.accounts())
        run(rt.client.call(rt.engine.orders.wait_reconciled, paper.id))
        venue = rt.engine.accounts.venue(paper.id)
        kept = run(rt.client.call(venue.fetch_open_orders))
        assert [o.client_order_id for o in kept] == [resting.client_order_id]
        run(rt.client.call(asyncio.sleep, 0.2))
    finally:
        assert rt.stop(timeout=10.0)
    assert not [r for r in caplog.records if "no prices for the restored orders" in r.message]
