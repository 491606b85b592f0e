"""Position management rules carried out by the engine on the paper account (demo market):
an ATR initial stop for a position without one, the stop moved to break-even, and a position
closed after its time, each through the order manager and the guard."""

from __future__ import annotations

import asyncio

import pytest

import desktop.engine.risk_service as risk_service
from desktop.core import OrderRequest, OrderType, PositionRules, Side
from tests.engine import test_risk_order_paths as paths
from tests.engine.test_risk_order_paths import SYMBOL, buy, run

paper = paths.paper  # the first-launch paper account on the demo market (fixture)


@pytest.fixture(autouse=True)
def fast_watch(monkeypatch):
    monkeypatch.setattr(risk_service, "WATCH_INTERVAL_S", 0.1)


def wait(rt, condition, timeout: float = 15.0):
    async def poll():
        while True:
            value = await rt.client.call(condition)
            if value:
                return value
            await asyncio.sleep(0.05)

    return run(poll(), timeout=timeout)


def stops(rt, account_id):
    return [o for o in rt.engine.orders.open_orders(account_id)
            if o.type is OrderType.STOP_MARKET and o.side is Side.SELL]


def test_a_position_without_a_stop_gets_one_atr_multiples_away(paper):
    rt, account_id, _, _ = paper
    run(rt.client.risk_set_rules(account_id, PositionRules(atr_stop_multiple=2.0,
                                                           atr_timeframe="1h")))
    order = run(rt.client.trade_place(account_id, buy(0.02)))
    [stop] = wait(rt, lambda: stops(rt, account_id))
    assert stop.amount == pytest.approx(0.02)
    assert 0 < stop.stop_price < order.average
    runner = rt.engine.risk.rules_runner
    atr = next(v for (_, s, tf, _), (_, v) in runner._atr.items() if s == SYMBOL)
    assert stop.stop_price == pytest.approx(order.average - 2 * atr, abs=0.02)


def test_the_stop_moves_to_break_even_once_the_price_has_gone_x_r_up(paper):
    rt, account_id, _, _ = paper
    order = run(rt.client.trade_place(account_id, buy(0.02)))
    run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.STOP_MARKET, 0.02, stop_price=round(order.average * 0.9,
                                                                          2))))
    run(rt.client.risk_set_rules(account_id, PositionRules(break_even_at_r=0.0001)))
    [moved] = wait(rt, lambda: [s for s in stops(rt, account_id)
                                if s.stop_price == pytest.approx(order.average, abs=0.01)],
                   timeout=30)
    assert moved.amount == pytest.approx(0.02)
    assert len(stops(rt, account_id)) == 1  # replaced, not added


def test_a_position_is_closed_after_its_time_and_its_stop_canceled(paper):
    rt, account_id, _, _ = paper
    order = run(rt.client.trade_place(account_id, buy(0.02)))
    run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.STOP_MARKET, 0.02, stop_price=round(order.average * 0.9,
                                                                          2))))
    run(rt.client.risk_set_rules(account_id, PositionRules(close_after_hours=0.0003)))
    wait(rt, lambda: all(abs(p.amount) < 1e-9 for p in rt.engine.orders.positions(account_id)))
    wait(rt, lambda: stops(rt, account_id) == [])
