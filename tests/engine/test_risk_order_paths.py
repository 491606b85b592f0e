"""The risk guard on every order path of the real engine, with the first-launch paper account
(demo prices) and a real SQLite journal: refusals are journaled with their reason code and
sentence and announced; trading states block what they name and survive a restart; the kill
switch leaves nothing open."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest

import desktop.engine.engine as engine_module
from desktop.core import (
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    RiskEvent,
    RiskLimits,
    RiskRejected,
    Side,
    TradingState,
    TradingStateEvent,
    VenueError,
)
from desktop.engine.runtime import EngineRuntime

SYMBOL = "BTC/USDT"


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def start(url: str, events: list) -> tuple[EngineRuntime, str]:
    rt = EngineRuntime(demo_days=1, database_url=url)
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
        while True:
            try:
                await rt.client.call(venue.fetch_ticker, SYMBOL)
                return account_id
            except VenueError:
                await asyncio.sleep(0.02)

    return rt, run(ready())


@pytest.fixture
def paper(tmp_path, monkeypatch) -> Iterator[tuple[EngineRuntime, str, list, str]]:
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    events: list = []
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    rt, account_id = start(url, events)
    yield rt, account_id, events, url
    rt.stop(timeout=10.0)


def buy(amount: float = 0.01, **kw) -> OrderRequest:
    return OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, amount, **kw)


def test_a_refused_order_is_journaled_rejected_with_its_code_and_announced(paper):
    rt, account_id, events, _ = paper
    client = rt.client
    run(client.risk_set_limits(account_id, RiskLimits(max_order_notional=100.0)))
    with pytest.raises(RiskRejected, match=r"Order value .* is above the max order notional "
                                           r"of 100\.00 USDT") as refused:
        run(client.trade_place(account_id, buy(0.01)))
    assert refused.value.code == "max_order_notional"
    [journaled] = run(client.trade_orders(account_id))
    assert journaled.status is OrderStatus.REJECTED
    assert journaled.reason_code == "max_order_notional"
    assert journaled.reason == str(refused.value)
    assert run(client.trade_fills(account_id)) == []  # nothing reached the venue
    assert any(isinstance(e, RiskEvent) and e.code == "max_order_notional"
               and e.client_order_id == journaled.client_order_id for e in events)
    assert any(isinstance(e, OrderEvent) and e.order.status is OrderStatus.REJECTED
               for e in events)
    # The global default applies to accounts without their own limits.
    run(client.risk_set_limits(account_id, None))
    run(client.risk_set_limits("", RiskLimits(max_order_notional=100.0)))
    assert run(client.risk_limits(account_id)).max_order_notional == 100.0
    with pytest.raises(RiskRejected):
        run(client.trade_place(account_id, buy(0.01)))
    run(client.risk_set_limits("", RiskLimits()))
    assert run(client.trade_place(account_id, buy(0.01))).status is OrderStatus.FILLED


def test_halted_refuses_new_orders_modifications_and_closes_but_cancels_pass(paper):
    rt, account_id, events, _ = paper
    client = rt.client
    run(client.trade_place(account_id, buy(0.02)))
    resting = run(client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
    run(client.risk_set_state(account_id, TradingState.HALTED, "Lunch"))
    assert run(client.risk_status(account_id)).state is TradingState.HALTED
    assert any(isinstance(e, TradingStateEvent) and e.status.state is TradingState.HALTED
               for e in events)
    for attempt in (lambda: client.trade_place(account_id, buy()),
                    lambda: client.trade_modify(account_id, resting.client_order_id,
                                                price=1100.0),
                    lambda: client.trade_flatten(account_id, SYMBOL)):
        with pytest.raises(RiskRejected, match="Lunch; trading halted until you resume it"):
            run(attempt())
    # The refused modification left the order working as it was.
    [still] = run(client.trade_open_orders(account_id))
    assert (still.client_order_id, still.price) == (resting.client_order_id, 1000.0)
    assert run(client.trade_cancel(account_id, resting.client_order_id)).status \
        is OrderStatus.CANCELED
    run(client.risk_resume(account_id))
    assert run(client.risk_status(account_id)).state is TradingState.ACTIVE
    assert run(client.trade_flatten(account_id, SYMBOL)).status is OrderStatus.FILLED


def test_reducing_lets_only_the_close_through(paper):
    rt, account_id, _, _ = paper
    client = rt.client
    run(client.trade_place(account_id, buy(0.02)))
    run(client.risk_set_state(account_id, TradingState.REDUCING, ""))
    with pytest.raises(RiskRejected, match="only orders that reduce a position") as refused:
        run(client.trade_place(account_id, buy(0.01)))
    assert refused.value.code == "manual"
    half = OrderRequest(SYMBOL, Side.SELL, OrderType.MARKET, 0.01)
    assert run(client.trade_place(account_id, half)).status is OrderStatus.FILLED
    assert run(client.trade_flatten(account_id, SYMBOL)).status is OrderStatus.FILLED


def test_modify_is_checked_against_the_limits_before_the_old_order_is_canceled(paper):
    rt, account_id, _, _ = paper
    client = rt.client
    resting = run(client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=1000.0)))
    run(client.risk_set_limits(account_id, RiskLimits(max_order_notional=15.0,
                                                      max_open_orders=1)))
    # Replacing the one open order is not a second open order; its new value is checked.
    moved = run(client.trade_modify(account_id, resting.client_order_id, price=1200.0))
    assert moved.price == 1200.0
    with pytest.raises(RiskRejected, match="above the max order notional"):
        run(client.trade_modify(account_id, moved.client_order_id, price=1600.0))
    [still] = run(client.trade_open_orders(account_id))
    assert still.client_order_id == moved.client_order_id


def test_state_and_breaker_bookkeeping_survive_a_restart(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    events: list = []
    rt, account_id = start(url, events)
    run(rt.client.risk_set_limits(account_id, RiskLimits(daily_loss_limit=500.0)))
    run(rt.client.risk_set_state(account_id, TradingState.REDUCING, "Overnight"))
    rt.stop(timeout=10.0)
    rt, again = start(url, [])
    try:
        assert again == account_id
        status = run(rt.client.risk_status(account_id))
        assert (status.state, status.reason, status.resumes_at_ms) == (
            TradingState.REDUCING, "Overnight", None)
        assert run(rt.client.risk_limits(account_id)).daily_loss_limit == 500.0
        with pytest.raises(RiskRejected, match="Overnight"):
            run(rt.client.trade_place(account_id, buy()))
    finally:
        rt.stop(timeout=10.0)


def test_kill_switch_on_the_paper_account_cancels_flattens_and_halts(paper):
    rt, account_id, _, _ = paper
    client = rt.client
    run(client.trade_place(account_id, buy(0.03)))
    for price in (1000.0, 1100.0):
        run(client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT,
                                                        0.01, price=price)))
    report = run(client.risk_kill_switch([account_id]))
    assert report.done, report.not_done
    kinds = sorted((i.kind, i.detail) for i in report.items)
    assert kinds == [("order", "Canceled"), ("order", "Canceled"), ("position", "Closed")]
    assert report.halted == (account_id,)
    assert run(client.trade_open_orders(account_id)) == []
    positions = run(client.trade_positions(account_id))
    assert all(abs(p.amount) < 1e-9 for p in positions)
    status = run(client.risk_status(account_id))
    assert status.state is TradingState.HALTED and status.resumes_at_ms is None
    with pytest.raises(RiskRejected, match="Kill switch"):
        run(client.trade_place(account_id, buy()))


def test_daily_loss_breaker_trips_on_real_losses_and_its_halt_survives_a_restart(
        tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    events: list = []
    rt, account_id = start(url, events)
    try:
        run(rt.client.risk_set_limits(account_id, RiskLimits(daily_loss_limit=0.01)))
        run(rt.client.trade_place(account_id, buy(0.05)))  # pays the fee and the spread
        with pytest.raises(RiskRejected, match=r"Daily loss limit reached: −[\d.,]+ USDT of "
                                               r"−0\.01 allowed; trading halted until 00:00 "
                                               r"UTC") as refused:
            run(rt.client.trade_place(account_id, buy(0.01)))
        assert refused.value.code == "daily_loss"
        status = run(rt.client.risk_status(account_id))
        assert status.state is TradingState.HALTED
        assert status.resumes_at_ms is not None and status.resumes_at_ms % 86_400_000 == 0
        assert any(isinstance(e, TradingStateEvent) and e.code == "daily_loss" for e in events)
    finally:
        rt.stop(timeout=10.0)
    rt, _ = start(url, [])
    try:
        assert run(rt.client.risk_status(account_id)) == status
        with pytest.raises(RiskRejected, match="Daily loss limit reached"):
            run(rt.client.trade_place(account_id, buy(0.01)))
    finally:
        rt.stop(timeout=10.0)


def test_the_daily_loss_counts_from_the_equity_at_the_reset_hour(paper):
    rt, account_id, _, _ = paper
    from desktop.risk.breakers import day_start_ms

    start = day_start_ms(int(time.time() * 1000), 0)
    # The app ran at midnight: its snapshot then says 10,600 USDT; now there are 10,000.
    rt.engine.orders.journal.snapshot_equity(account_id, 10_600.0, 10_600.0,
                                             ts_ms=start - 30_000)
    # This engine run has not seen today yet (as when it starts after midnight).
    rt.engine.risk.guard.book(account_id).day_start_ms = 0
    run(rt.client.risk_set_limits(account_id, RiskLimits(daily_loss_limit=500.0)))
    with pytest.raises(RiskRejected, match=r"Daily loss limit reached: −600\.00 USDT of "
                                           r"−500\.00 allowed"):
        run(rt.client.trade_place(account_id, buy(0.01)))


def test_kill_switch_reports_an_account_it_cannot_reach(paper):
    rt, account_id, _, _ = paper
    report = run(rt.client.risk_kill_switch([account_id, "nosuchaccount"]))
    [unreachable] = report.not_done
    assert (unreachable.kind, unreachable.account) == ("account", "nosuchaccount")
    assert "connect it and press again" in unreachable.detail
    assert run(rt.client.risk_status(account_id)).state is TradingState.HALTED


def test_a_var_limit_on_the_demo_paper_account_passes_a_small_order_and_refuses_a_big_one(paper):
    """The VaR limit needs price history: the first-launch paper account takes it from the demo
    market, so the limit judges orders instead of refusing every one for want of history."""
    rt, account_id, _, _ = paper
    client = rt.client
    run(client.risk_set_limits(account_id, RiskLimits(max_var_pct=1.0)))
    assert run(client.trade_place(account_id, buy(0.001)), timeout=60).status is \
        OrderStatus.FILLED
    with pytest.raises(RiskRejected) as refused:
        run(client.trade_place(account_id, buy(0.12)), timeout=60)
    assert refused.value.code == "portfolio_var"
