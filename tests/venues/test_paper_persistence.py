"""A paper book written down and put back into a fresh matching engine (a restart): orders work
on as if nothing happened — a trailing stop from its best price, an OCO as a pair, funds held
again — and what cannot work again is named with the reason."""

from __future__ import annotations

import json

import pytest

from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from desktop.venues.paper import MatchingEngine
from desktop.venues.paper.persistence import continue_numbering, open_units, restore_units
from tests.venues.test_paper_orders import MARKET, SYMBOL, Recorder, engine, tick


def restarted(eng: MatchingEngine, balances: dict[str, float]) -> tuple[MatchingEngine, Recorder,
                                                                       list]:
    """A fresh engine with the book `eng` leaves, through JSON as the database keeps it."""
    units = json.loads(json.dumps(open_units(eng)))
    recorder = Recorder()
    fresh = MatchingEngine([MARKET], balances, recorder)
    failed = restore_units(fresh, units)
    return fresh, recorder, failed


def test_a_trailing_stop_goes_on_from_its_best_price_and_fires_at_its_level():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    stop = eng.submit(OrderRequest(SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.5,
                                   trail_amount=2.0))
    eng.on_tick(tick(2, 110.0))  # best price 110: the level is 108
    eng.on_tick(tick(3, 109.0))
    fresh, recorder, failed = restarted(eng, {"USDT": 10_000.0, "BTC": 2.0})
    assert failed == []
    assert fresh.order(stop.id).stop_price == pytest.approx(108.0)
    assert fresh.ledger.free("BTC") == pytest.approx(1.5)  # the stop holds its coins again
    fresh.on_tick(tick(4, 108.5))  # from a level measured after the restart it would sell
    assert fresh.order(stop.id).status is OrderStatus.OPEN
    fresh.on_tick(tick(5, 107.9))
    assert fresh.order(stop.id).status is OrderStatus.FILLED
    [fill] = recorder.fills()
    assert fill.amount == pytest.approx(0.5)


def test_an_oco_comes_back_as_a_pair_and_one_leg_still_cancels_the_other():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    oco = eng.submit(OrderRequest(SYMBOL, Side.SELL, OrderType.OCO, 1.0, price=105.0,
                                  stop_price=95.0))
    fresh, _, failed = restarted(eng, {"USDT": 10_000.0, "BTC": 2.0})
    assert failed == []
    legs = [o for o in fresh.orders(open_only=True) if o.parent_id == oco.id]
    assert len(legs) == 2
    fresh.on_tick(tick(2, 94.0))  # the stop triggers and sells; the take-profit is canceled
    assert fresh.order(oco.id).status is OrderStatus.FILLED
    assert fresh.orders(open_only=True) == []
    assert fresh.ledger.used("BTC") == pytest.approx(0.0)


def test_new_ids_go_on_after_the_previous_session():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    resting = eng.submit(OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.1, price=90.0))
    fresh, recorder, _ = restarted(eng, {"USDT": 10_000.0, "BTC": 2.0})
    continue_numbering(fresh, fill_ids=["pf-41"])
    fresh.on_tick(tick(2, 100.0))
    bought = fresh.submit(OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.1))
    assert bought.id != resting.id
    assert [f.id for f in recorder.fills()] == ["pf-42"]


def test_what_cannot_work_again_is_named_with_the_reason():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    sell = eng.submit(OrderRequest(SYMBOL, Side.SELL, OrderType.LIMIT, 1.5, price=120.0))
    units = open_units(eng)
    units["po-99"] = {"version": 7}
    fresh = MatchingEngine([MARKET], {"USDT": 10_000.0, "BTC": 1.0}, Recorder())  # sold 1 BTC
    failed = dict((order_id, (what, why)) for order_id, what, why in
                  restore_units(fresh, json.loads(json.dumps(units))))
    stored = failed[sell.id][0]
    assert (stored.type, stored.side, stored.amount) == (OrderType.LIMIT, Side.SELL, 1.5)
    assert "no longer holds the funds" in failed[sell.id][1]
    assert failed["po-99"][0] is None and "format 7" in failed["po-99"][1]
    assert fresh.orders(open_only=True) == []
    assert fresh.ledger.used("BTC") == 0.0


def test_only_working_orders_are_written_down_and_ended_ones_never_come_back():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    eng.submit(OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET, 0.1))  # filled at once
    canceled = eng.submit(OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.1, price=80.0))
    eng.cancel(canceled.id)  # ended, still among the live orders until the next price
    resting = eng.submit(OrderRequest(SYMBOL, Side.BUY, OrderType.LIMIT, 0.1, price=90.0))
    oco = eng.submit(OrderRequest(SYMBOL, Side.SELL, OrderType.OCO, 0.1, price=105.0,
                                  stop_price=95.0))
    units = open_units(eng)
    assert list(units) == [resting.id, oco.id]
    assert len(units[oco.id]["orders"]) == 3  # the container and both legs
