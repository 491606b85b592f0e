"""Paper linear perpetuals: margin, leverage per symbol, isolated and cross, reduce-only and
close-position orders, funding, and liquidation at the mark with the liquidation fee."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import (
    Bar,
    Event,
    FillEvent,
    FundingEvent,
    InvalidOrder,
    MarginEvent,
    MarginMode,
    Market,
    MarketKind,
    MarkPriceEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
)
from desktop.margin import brackets_for, maintenance_margin, margin_ratio
from desktop.venues.paper import MatchingEngine, PaperConfig, SlippageModel

SYMBOL = "XRP/USDT:USDT"
PERP = Market(SYMBOL, "XRP", "USDT", price_tick=0.0001, amount_step=0.1, maker_fee=0.0002,
              taker_fee=0.0004, kind=MarketKind.LINEAR_PERPETUAL)
H = 3_600_000


def engine(cash: float = 1_000.0, fee: float | None = None
           ) -> tuple[MatchingEngine, list[Event]]:
    events: list[Event] = []
    market = PERP if fee is None else Market(
        SYMBOL, "XRP", "USDT", 0.0001, 0.1, maker_fee=fee, taker_fee=fee,
        kind=MarketKind.LINEAR_PERPETUAL)
    eng = MatchingEngine([market], {"USDT": cash}, events.append,
                         PaperConfig(slippage_model=SlippageModel.FIXED_BPS, slippage_bps=0.0))
    return eng, events


def tick(eng: MatchingEngine, ts: int, price: float) -> None:
    eng.on_tick(Tick(SYMBOL, ts, price, price, price))


def order(side: Side, amount: float, kind: OrderType = OrderType.MARKET, **kw) -> OrderRequest:
    return OrderRequest(SYMBOL, side, kind, amount, **kw)


def held(eng: MatchingEngine) -> float:
    assert eng.margin is not None
    return eng.margin.book(SYMBOL).amount


def test_a_leveraged_short_holds_initial_margin_and_pays_only_the_fee():
    eng, events = engine()
    tick(eng, 1, 1.0)
    eng.set_leverage(SYMBOL, 5)
    eng.submit(order(Side.SELL, 2_000.0))
    assert held(eng) == -2_000.0
    assert eng.ledger.total("USDT") == pytest.approx(1_000.0 - 2_000 * 0.0004)
    assert eng.ledger.free("USDT") == pytest.approx(1_000.0 - 0.8 - 400.0)
    tick(eng, 2, 0.9)
    [position] = eng.positions()
    assert position.side.value == "short" and position.leverage == 5
    assert position.unrealized_pnl == pytest.approx(200.0)
    assert position.initial_margin == pytest.approx(2_000 * 0.9 / 5)
    assert position.liquidation_price > 1.0
    summary = eng.margin_summary()
    assert summary is not None and summary.margin_balance == pytest.approx(1_199.2)
    assert any(isinstance(e, MarginEvent) for e in events)
    with pytest.raises(InvalidOrder, match="between 1 and"):
        eng.set_leverage(SYMBOL, 500)


def test_a_spot_order_s_reserved_quote_is_not_order_margin():
    spot = Market("BTC/USDT", "BTC", "USDT", price_tick=0.01, amount_step=0.0001)
    eng = MatchingEngine([PERP, spot], {"USDT": 10_000.0}, lambda _e: None,
                         PaperConfig(slippage_model=SlippageModel.FIXED_BPS, slippage_bps=0.0))
    tick(eng, 1, 1.0)
    eng.on_tick(Tick("BTC/USDT", 1, 50_000.0, 50_000.0, 50_000.0))
    eng.submit(OrderRequest("BTC/USDT", Side.BUY, OrderType.LIMIT, 0.1, price=40_000.0))
    assert eng.ledger.used("USDT") >= 4_000.0  # reserved for the spot buy (and its fee)
    summary = eng.margin_summary()
    assert summary is not None and summary.initial_margin == 0.0
    eng.set_leverage(SYMBOL, 5)
    eng.submit(order(Side.BUY, 1_000.0, OrderType.LIMIT, price=0.5))
    summary = eng.margin_summary()
    assert summary is not None
    assert summary.initial_margin == pytest.approx(1_000 * 0.5 / 5, rel=0.01)


def test_more_margin_than_free_is_refused():
    eng, _ = engine()
    tick(eng, 1, 1.0)
    eng.set_leverage(SYMBOL, 2)
    with pytest.raises(Exception, match="Insufficient USDT"):
        eng.submit(order(Side.BUY, 2_100.0))
    eng.submit(order(Side.BUY, 1_900.0))
    assert held(eng) == 1_900.0


def test_reduce_only_never_grows_a_position_and_close_position_closes_all():
    eng, _ = engine()
    tick(eng, 1, 1.0)
    with pytest.raises(InvalidOrder, match="no XRP/USDT:USDT position"):
        eng.submit(order(Side.BUY, 10.0, reduce_only=True))
    eng.submit(order(Side.SELL, 500.0))
    cut = eng.submit(order(Side.BUY, 800.0, reduce_only=True))
    assert cut.filled == 500.0 and cut.status is OrderStatus.CANCELED and held(eng) == 0.0
    eng.submit(order(Side.SELL, 300.0))
    stop = eng.submit(order(Side.BUY, 300.0, OrderType.STOP_MARKET, stop_price=1.05,
                            close_position=True))
    eng.submit(order(Side.SELL, 200.0))  # the position grows after the stop was placed
    tick(eng, 2, 1.06)
    assert eng.order(stop.id).filled == 500.0 and held(eng) == 0.0


def test_spot_markets_refuse_reduce_only_and_leverage():
    spot = Market("XRP/USDT", "XRP", "USDT", 0.0001, 0.1)
    eng = MatchingEngine([spot], {"USDT": 100.0})
    eng.on_tick(Tick("XRP/USDT", 1, 1.0, 1.0, 1.0))
    with pytest.raises(InvalidOrder, match="spot market"):
        eng.submit(OrderRequest("XRP/USDT", Side.SELL, OrderType.MARKET, 1.0, reduce_only=True))
    with pytest.raises(InvalidOrder, match="spot market"):
        eng.set_leverage("XRP/USDT", 3)


def test_funding_every_8_hours_from_the_mark_events_longs_pay():
    eng, events = engine(fee=0.0)
    tick(eng, 7 * H, 1.0)
    eng.submit(order(Side.BUY, 1_000.0))
    eng.on_mark_price(MarkPriceEvent(SYMBOL, 7 * H + 1, 1.0, funding_rate=0.0001))
    tick(eng, 8 * H - 1, 1.2)
    assert eng.ledger.total("USDT") == 1_000.0
    # The first mark after 08:00 (a symbol with a mark source is marked by it, not trades).
    eng.on_mark_price(MarkPriceEvent(SYMBOL, 8 * H + 5, 1.25, funding_rate=0.0002))
    [paid] = [e for e in events if isinstance(e, FundingEvent)]
    assert paid.payment == pytest.approx(1_000 * 1.25 * 0.0002)
    assert eng.ledger.total("USDT") == pytest.approx(1_000.0 - 0.25)
    assert eng.positions()[0].funding_paid == pytest.approx(0.25)


def test_a_replay_funding_series_is_paid_at_its_times():
    eng, _ = engine(fee=0.0)
    eng.set_funding_schedule(SYMBOL, np.array([8 * H, 16 * H]), np.array([0.001, -0.002]))
    tick(eng, 1 * H, 2.0)
    eng.submit(order(Side.SELL, 100.0))
    eng.on_bar(SYMBOL, Bar(8 * H, 2.0, 2.0, 2.0, 2.0, 1.0))
    assert eng.ledger.total("USDT") == pytest.approx(1_000.0 + 100 * 2.0 * 0.001)
    eng.on_bar(SYMBOL, Bar(16 * H, 1.0, 1.0, 1.0, 1.0, 1.0))
    assert eng.ledger.total("USDT") == pytest.approx(1_000.2 - 100 * 1.0 * 0.002)


def test_a_candle_walk_liquidates_at_the_liquidation_price_with_the_fee():
    eng, events = engine(fee=0.0)
    tick(eng, 1, 1.0)
    eng.set_leverage(SYMBOL, 10)
    eng.submit(order(Side.BUY, 5_000.0))
    level = eng.positions()[0].liquidation_price
    protective = eng.submit(order(Side.SELL, 5_000.0, OrderType.LIMIT, price=1.5))
    eng.on_bar(SYMBOL, Bar(2, 1.0, 1.01, 0.5, 0.6, 1.0))
    assert held(eng) == 0.0
    fills = [e.fill for e in events if isinstance(e, FillEvent)]
    assert fills[-1].price == level and fills[-1].client_order_id.startswith("liquidation-")
    assert eng.order(protective.id).status is OrderStatus.CANCELED
    # The fee takes what was left of the margin at most: the wallet never goes below zero.
    margin_left = 1_000.0 + 5_000.0 * (level - 1.0)
    fee = fills[-1].fee
    assert fee == pytest.approx(min(5_000 * level * eng.margin.liquidation_fee, margin_left))
    assert eng.ledger.total("USDT") == pytest.approx(margin_left - fee)


# -- properties ----------------------------------------------------------------------------

paths = st.lists(st.floats(min_value=-0.08, max_value=0.08, allow_nan=False), min_size=1,
                 max_size=40)


@settings(max_examples=60, deadline=None)
@given(leverage=st.integers(1, 75), short=st.booleans(), isolated=st.booleans(),
       cash=st.floats(100.0, 100_000.0), use=st.floats(0.1, 0.95), steps=paths)
def test_margin_is_never_negative_before_liquidation_which_comes_at_a_ratio_of_100(
        leverage, short, isolated, cash, use, steps):
    eng, _ = engine(cash, fee=0.0)
    tick(eng, 1, 1.0)
    eng.set_margin_mode(SYMBOL, MarginMode.ISOLATED if isolated else MarginMode.CROSS)
    eng.set_leverage(SYMBOL, min(leverage, 75))
    amount = PERP.round_amount(cash * use * leverage)
    if amount <= 0:
        return
    eng.submit(order(Side.SELL if short else Side.BUY, amount))
    assert eng.margin is not None
    price, ts = 1.0, 1
    brackets = brackets_for(SYMBOL)
    for step in steps:
        price = max(0.0001, price * (1.0 + step))
        ts += 1
        book = eng.margin.book(SYMBOL)
        # The ratio at the new mark, from the state before it arrives.
        upnl = book.amount * (price - book.entry_price)
        wallet = eng.ledger.total("USDT")
        balance = (eng.margin.settings(SYMBOL).isolated if isolated else wallet) + upnl
        ratio = margin_ratio(maintenance_margin(brackets, book.amount, price), balance)
        tick(eng, ts, price)
        if abs(ratio - 1.0) > 1e-9:
            assert (held(eng) == 0.0) == (ratio >= 1.0)
        if held(eng) == 0.0:
            assert eng.ledger.total("USDT") >= -1e-9  # the fee never takes more than is left
            return
        assert eng.margin.margin_balance(SYMBOL, eng.ledger.total("USDT")) > 0.0


@settings(max_examples=60, deadline=None)
@given(amount=st.floats(0.1, 50_000.0), short=st.booleans(),
       rate=st.floats(-0.003, 0.003, allow_nan=False), mark=st.floats(0.05, 5.0))
def test_funding_moves_cash_by_notional_times_rate_longs_paying_positive_rates(
        amount, short, rate, mark):
    eng, _ = engine(1e9, fee=0.0)
    amount = PERP.round_amount(amount)
    if amount <= 0:
        return
    tick(eng, 7 * H, mark)
    eng.submit(order(Side.SELL if short else Side.BUY, amount))
    eng.on_mark_price(MarkPriceEvent(SYMBOL, 7 * H, mark, funding_rate=rate))
    before = eng.ledger.total("USDT")
    tick(eng, 8 * H, mark)
    signed = -amount if short else amount
    assert eng.ledger.total("USDT") - before == pytest.approx(-signed * mark * rate,
                                                              abs=1e-6)
    assert math.copysign(1, -(eng.ledger.total("USDT") - before)) == math.copysign(
        1, signed * rate) or rate == 0.0 or eng.ledger.total("USDT") == before


def test_a_restarted_account_books_its_journaled_perpetual_fills_again():
    from desktop.engine.paper_restore import balances_after_fills

    eng, events = engine()
    tick(eng, 1, 1.0)
    eng.submit(order(Side.SELL, 800.0))
    tick(eng, 2, 0.8)
    eng.submit(order(Side.BUY, 300.0, reduce_only=True))
    fills = [e.fill for e in events if isinstance(e, FillEvent)]
    # The spot bookkeeping of a restart leaves the derivative fills to the venue.
    assert balances_after_fills({"USDT": 1_000.0}, fills) == {"USDT": 1_000.0}
    fresh, _ = engine()
    fresh.restore_positions(fills)
    assert held(fresh) == held(eng) == -500.0
    assert fresh.ledger.total("USDT") == eng.ledger.total("USDT")
    assert fresh.ledger.free("USDT") == pytest.approx(eng.ledger.free("USDT"))
