"""Example behaviour of each paper order type, as a trader would see it."""

from __future__ import annotations

import asyncio
import re

import pytest

from desktop.core import (
    Bar,
    BarEvent,
    Event,
    FillEvent,
    InsufficientFunds,
    InvalidOrder,
    Market,
    OrderBook,
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
    TickEvent,
    TimeInForce,
)
from desktop.venues.base import Stream, Venue
from desktop.venues.paper import MatchingEngine, PaperConfig, PaperVenue, SlippageModel

SYMBOL = "BTC/USDT"
MARKET = Market(
    SYMBOL, "BTC", "USDT", price_tick=0.01, amount_step=0.00001, min_amount=0.00001,
    min_notional=5.0, maker_fee=0.001, taker_fee=0.002,
)


class Recorder:
    def __init__(self) -> None:
        self.events: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def fills(self, order_id: str | None = None):
        return [e.fill for e in self.events
                if isinstance(e, FillEvent) and order_id in (None, e.fill.order_id)]

    def statuses(self, order_id: str) -> list[OrderStatus]:
        return [e.order.status for e in self.events
                if isinstance(e, OrderEvent) and e.order.id == order_id]


def engine(balances: dict[str, float] | None = None,
           config: PaperConfig | None = None) -> tuple[MatchingEngine, Recorder]:
    recorder = Recorder()
    eng = MatchingEngine([MARKET], balances or {"USDT": 10_000.0, "BTC": 2.0}, recorder, config)
    return eng, recorder


def book(ts: int, bids=((99.0, 1.0),), asks=((100.0, 1.0),)) -> OrderBook:
    return OrderBook(SYMBOL, ts, tuple(bids), tuple(asks))


def tick(ts: int, last: float, spread: float = 0.02) -> Tick:
    return Tick(SYMBOL, ts, last, last - spread / 2, last + spread / 2)


def free(eng: MatchingEngine, currency: str) -> float:
    return eng.ledger.free(currency)


def req(side: Side, order_type: OrderType, amount: float, **kw) -> OrderRequest:
    return OrderRequest(SYMBOL, side, order_type, amount, **kw)


# -- market orders ---------------------------------------------------------------------------

def test_market_buy_walks_three_levels_with_average_price_and_taker_fee():
    eng, rec = engine()
    eng.on_book(book(1, asks=((100.0, 0.5), (101.0, 0.5), (102.0, 1.0))))

    order = eng.submit(req(Side.BUY, OrderType.MARKET, 1.2))

    assert [(f.price, f.amount) for f in rec.fills()] == [(100.0, 0.5), (101.0, 0.5), (102.0, 0.2)]
    assert order.status is OrderStatus.FILLED
    assert order.average == pytest.approx(100.75)
    assert order.fee == pytest.approx(120.9 * 0.002)
    assert all(not f.maker and f.fee_currency == "USDT" for f in rec.fills())
    assert free(eng, "USDT") == pytest.approx(10_000 - 120.9 - 0.2418)
    assert free(eng, "BTC") == pytest.approx(3.2)


def test_market_order_bigger_than_the_book_fills_the_depth_and_cancels_the_rest():
    eng, _rec = engine()
    eng.on_book(book(1, asks=((100.0, 0.5), (101.0, 0.5))))

    order = eng.submit(req(Side.BUY, OrderType.MARKET, 3.0))

    assert order.status is OrderStatus.CANCELED
    assert order.filled == pytest.approx(1.0)
    assert "rest was canceled" in order.reason
    assert eng.ledger.used("USDT") == 0.0  # nothing stays held for the unfilled part


def test_depth_taken_by_one_market_order_is_gone_for_the_next():
    eng, _rec = engine()
    eng.on_book(book(1, asks=((100.0, 0.5), (101.0, 5.0))))
    eng.submit(req(Side.BUY, OrderType.MARKET, 0.5))
    second = eng.submit(req(Side.BUY, OrderType.MARKET, 0.5))
    assert second.average == pytest.approx(101.0)


def test_fixed_bps_slippage_moves_the_price_against_the_taker():
    eng, _rec = engine(config=PaperConfig(slippage_model=SlippageModel.FIXED_BPS,
                                         slippage_bps=10))
    eng.on_tick(Tick(SYMBOL, 1, 100.0, 99.99, 100.01))
    buy = eng.submit(req(Side.BUY, OrderType.MARKET, 1.0))
    sell = eng.submit(req(Side.SELL, OrderType.MARKET, 1.0))
    assert buy.average == pytest.approx(100.12)  # 100.01 * 1.001 = 100.11001, rounded up
    assert sell.average == pytest.approx(99.89)  # 99.99 * 0.999 = 99.89001, rounded down


# -- limit orders and time in force ----------------------------------------------------------

def test_resting_limit_fills_at_its_own_price_with_the_maker_fee():
    eng, rec = engine()
    eng.on_book(book(1))
    order = eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=99.5))
    assert order.status is OrderStatus.OPEN and not rec.fills()

    eng.on_book(book(2, bids=((98.0, 1.0),), asks=((98.5, 3.0),)))

    (fill,) = rec.fills(order.id)
    assert (fill.price, fill.amount, fill.maker) == (99.5, 1.0, True)
    assert fill.fee == pytest.approx(99.5 * 0.001)
    assert eng.order(order.id).status is OrderStatus.FILLED


def test_post_only_that_would_cross_is_rejected_with_nothing_held():
    eng, rec = engine()
    eng.on_book(book(1))
    with pytest.raises(InvalidOrder,
                       match=re.escape("Post-only buy at 100.50 would take liquidity")):
        eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=100.5,
                       time_in_force=TimeInForce.POST_ONLY, client_order_id="po-1"))
    assert eng.order_by_client_id("po-1").status is OrderStatus.REJECTED
    assert free(eng, "USDT") == 10_000.0 and not rec.fills()

    resting = eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=99.5,
                             time_in_force=TimeInForce.POST_ONLY))
    assert resting.status is OrderStatus.OPEN


def test_fok_that_cannot_fully_fill_is_canceled_with_nothing_filled():
    eng, rec = engine()
    eng.on_book(book(1, asks=((100.0, 0.4), (100.5, 0.4), (103.0, 5.0))))

    order = eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=101.0,
                           time_in_force=TimeInForce.FOK))

    assert order.status is OrderStatus.CANCELED and order.filled == 0.0
    assert "Fill-or-kill" in order.reason
    assert not rec.fills() and free(eng, "USDT") == 10_000.0


def test_ioc_fills_what_it_can_and_cancels_the_rest():
    eng, _rec = engine()
    eng.on_book(book(1, asks=((100.0, 0.4), (103.0, 5.0))))
    order = eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=101.0,
                           time_in_force=TimeInForce.IOC))
    assert order.status is OrderStatus.CANCELED and order.filled == pytest.approx(0.4)
    assert eng.ledger.used("USDT") == 0.0


# -- conditional orders ----------------------------------------------------------------------

def test_stop_market_sell_triggers_only_when_the_price_falls_to_it():
    eng, _rec = engine()
    eng.on_tick(tick(1, 100.0))
    stop = eng.submit(req(Side.SELL, OrderType.STOP_MARKET, 1.0, stop_price=95.0))
    eng.on_tick(tick(2, 96.0))
    assert not eng.order(stop.id).triggered
    eng.on_tick(tick(3, 94.9))
    done = eng.order(stop.id)
    assert done.triggered and done.status is OrderStatus.FILLED
    assert done.average == pytest.approx(94.89)  # the bid of the triggering tick


def test_stop_limit_rests_at_its_limit_after_triggering():
    eng, rec = engine()
    eng.on_tick(tick(1, 100.0))
    order = eng.submit(req(Side.BUY, OrderType.STOP_LIMIT, 1.0, stop_price=105.0, price=105.5))
    eng.on_tick(tick(2, 106.0, spread=1.0))  # ask 106.5: above the limit, nothing to take
    snap = eng.order(order.id)
    assert snap.triggered and snap.status is OrderStatus.OPEN and snap.filled == 0
    eng.on_tick(tick(3, 105.0, spread=0.2))  # ask 105.10 comes under the limit
    assert eng.order(order.id).status is OrderStatus.FILLED
    assert rec.fills(order.id)[0].price == 105.5


def test_stop_already_beyond_the_market_is_refused():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    with pytest.raises(InvalidOrder, match="already reached"):
        eng.submit(req(Side.SELL, OrderType.STOP_MARKET, 1.0, stop_price=101.0))


def test_take_profit_sell_triggers_when_price_rises_to_it():
    eng, _rec = engine()
    eng.on_tick(tick(1, 100.0))
    order = eng.submit(req(Side.SELL, OrderType.TAKE_PROFIT, 1.0, stop_price=110.0))
    eng.on_tick(tick(2, 109.0))
    assert not eng.order(order.id).triggered
    eng.on_tick(tick(3, 110.0))
    assert eng.order(order.id).status is OrderStatus.FILLED


def test_trailing_stop_follows_the_high_and_triggers_on_the_retrace():
    eng, _rec = engine()
    eng.on_tick(tick(1, 100.0))
    order = eng.submit(req(Side.SELL, OrderType.TRAILING_STOP, 1.0, trail_amount=5.0))
    assert order.stop_price == pytest.approx(95.0) and order.emulated

    for ts, last in enumerate([103.0, 110.0, 107.0, 105.5], start=2):
        eng.on_tick(tick(ts, last))
    snap = eng.order(order.id)
    assert not snap.triggered and snap.stop_price == pytest.approx(105.0)  # 110 high - 5

    eng.on_tick(tick(10, 104.9))
    snap = eng.order(order.id)
    assert snap.triggered and snap.status is OrderStatus.FILLED
    assert snap.average == pytest.approx(104.89)


def test_trailing_percent_buy_follows_the_low():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    order = eng.submit(req(Side.BUY, OrderType.TRAILING_STOP, 1.0, trail_percent=10.0))
    eng.on_tick(tick(2, 80.0))
    assert eng.order(order.id).stop_price == pytest.approx(88.0)
    eng.on_tick(tick(3, 87.0))
    assert not eng.order(order.id).triggered
    eng.on_tick(tick(4, 88.0))
    assert eng.order(order.id).status is OrderStatus.FILLED


# -- iceberg ---------------------------------------------------------------------------------

def test_iceberg_shows_only_its_visible_size_and_refills():
    eng, rec = engine()
    eng.on_book(book(1, bids=((99.0, 10.0),), asks=((100.0, 10.0),)))
    order = eng.submit(req(Side.SELL, OrderType.ICEBERG, 1.0, price=101.0, visible_amount=0.25))
    assert order.status is OrderStatus.OPEN

    # Buyers lift everything up to 102: the iceberg still trades one slice per update.
    eng.on_book(book(2, bids=((102.0, 50.0),), asks=((102.5, 10.0),)))
    assert [f.amount for f in rec.fills(order.id)] == [0.25]
    for ts in (3, 4, 5):
        eng.on_book(book(ts, bids=((102.0, 50.0),), asks=((102.5, 10.0),)))
    fills = rec.fills(order.id)
    assert [f.amount for f in fills] == [0.25] * 4
    assert all(f.price == 101.0 and f.maker for f in fills)
    assert eng.order(order.id).status is OrderStatus.FILLED


# -- OCO and bracket -------------------------------------------------------------------------

def test_oco_stop_leg_triggers_and_cancels_the_target():
    eng, rec = engine()
    eng.on_tick(tick(1, 100.0))
    oco = eng.submit(req(Side.SELL, OrderType.OCO, 1.0, price=110.0, stop_price=95.0))
    assert oco.emulated and eng.ledger.used("BTC") == pytest.approx(1.0)
    legs = [o for o in eng.orders(SYMBOL) if o.parent_id == oco.id]
    limit_leg = next(o for o in legs if o.type is OrderType.LIMIT)
    stop_leg = next(o for o in legs if o.type is OrderType.STOP_MARKET)

    eng.on_tick(tick(2, 94.0))

    assert eng.order(stop_leg.id).status is OrderStatus.FILLED
    assert eng.order(limit_leg.id).status is OrderStatus.CANCELED
    assert eng.order(oco.id).status is OrderStatus.FILLED
    eng.on_tick(tick(3, 111.0))
    assert not rec.fills(limit_leg.id)
    assert eng.ledger.used("BTC") == 0.0


def test_bracket_take_profit_fills_and_the_stop_loss_is_canceled():
    eng, rec = engine()
    eng.on_book(book(1, bids=((99.0, 5.0),), asks=((100.0, 5.0),)))
    eng.on_tick(tick(1, 100.0))
    bracket = eng.submit(req(Side.BUY, OrderType.BRACKET, 1.0, take_profit=110.0,
                             stop_loss=90.0, client_order_id="b1"))
    assert bracket.emulated
    tp = eng.order_by_client_id("b1-tp")
    sl = eng.order_by_client_id("b1-sl")
    assert (tp.amount, tp.price, sl.amount, sl.stop_price) == (1.0, 110.0, 1.0, 90.0)
    assert eng.order_by_client_id("b1-entry").status is OrderStatus.FILLED

    eng.on_book(book(2, bids=((110.5, 5.0),), asks=((111.0, 5.0),)))

    assert eng.order(tp.id).status is OrderStatus.FILLED
    assert eng.order(sl.id).status is OrderStatus.CANCELED
    assert eng.order(bracket.id).status is OrderStatus.FILLED
    eng.on_tick(tick(3, 89.0))
    assert not rec.fills(sl.id)
    assert free(eng, "BTC") == pytest.approx(2.0) and eng.ledger.used("BTC") == 0.0


def test_bracket_partial_entry_fills_resize_the_exits():
    eng, _rec = engine()
    eng.on_book(book(1, bids=((99.0, 5.0),), asks=((100.5, 5.0),)))
    bracket = eng.submit(req(Side.BUY, OrderType.BRACKET, 1.0, price=100.0, take_profit=110.0,
                             stop_loss=90.0, client_order_id="b2"))
    eng.on_book(book(2, bids=((99.0, 5.0),), asks=((100.0, 0.4),)))
    assert eng.order_by_client_id("b2-tp").amount == pytest.approx(0.4)
    assert eng.order_by_client_id("b2-sl").amount == pytest.approx(0.4)
    eng.on_book(book(3, bids=((99.0, 5.0),), asks=((100.0, 0.3),)))
    assert eng.order_by_client_id("b2-tp").amount == pytest.approx(0.7)
    assert eng.ledger.used("BTC") == pytest.approx(0.7)
    assert eng.order(bracket.id).status is OrderStatus.PARTIALLY_FILLED


def test_bracket_stop_loss_sells_and_cancels_the_take_profit():
    eng, _rec = engine()
    eng.on_tick(tick(1, 100.0))
    eng.submit(req(Side.BUY, OrderType.BRACKET, 1.0, take_profit=110.0, stop_loss=90.0,
                   client_order_id="b3"))
    eng.on_tick(tick(2, 89.5))
    assert eng.order_by_client_id("b3-sl").status is OrderStatus.FILLED
    assert eng.order_by_client_id("b3-tp").status is OrderStatus.CANCELED
    assert eng.order_by_client_id("b3").status is OrderStatus.FILLED


# -- funds and rules -------------------------------------------------------------------------

def test_insufficient_funds_names_the_currency_what_is_needed_and_what_is_there():
    eng, _ = engine({"USDT": 1_000.0})
    eng.on_tick(tick(1, 1_100.0))
    with pytest.raises(InsufficientFunds) as err:
        eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=1_051.30))
    # 1,051.30 plus the larger of the maker/taker fees (0.2 %) = 1,053.4026, rounded up
    assert str(err.value) == "Insufficient USDT: need 1,053.41, have 1,000.00"


def test_spot_sell_needs_the_base_currency_in_hand():
    eng, _ = engine({"USDT": 10_000.0})
    eng.on_tick(tick(1, 100.0))
    with pytest.raises(InsufficientFunds,
                       match=re.escape("Insufficient BTC: need 0.50000, have 0.00000")):
        eng.submit(req(Side.SELL, OrderType.LIMIT, 0.5, price=101.0))


def test_amount_below_the_minimum_is_rejected_in_the_markets_units():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    with pytest.raises(InvalidOrder) as err:
        eng.submit(req(Side.BUY, OrderType.LIMIT, 0.000001, price=100.0))
    assert str(err.value) == "Amount 0.000001 BTC is below the minimum 0.00001 BTC"
    with pytest.raises(InvalidOrder,
                       match=re.escape("Order value 1.00 USDT is below the minimum 5.00 USDT")):
        eng.submit(req(Side.BUY, OrderType.LIMIT, 0.01, price=100.0))
    with pytest.raises(InvalidOrder, match=re.escape("not a multiple of the tick 0.01 USDT")):
        eng.submit(req(Side.BUY, OrderType.LIMIT, 1.0, price=100.005))


def test_cancel_releases_exactly_what_was_reserved():
    eng, rec = engine()
    eng.on_tick(tick(1, 100.0))
    before = free(eng, "USDT")
    order = eng.submit(req(Side.BUY, OrderType.LIMIT, 0.3, price=99.1))
    assert free(eng, "USDT") < before
    canceled = eng.cancel(order.id)
    assert canceled.status is OrderStatus.CANCELED
    assert free(eng, "USDT") == before
    assert rec.statuses(order.id) == [OrderStatus.OPEN, OrderStatus.CANCELED]


def test_resending_a_client_order_id_never_creates_a_second_order():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    first = eng.submit(req(Side.BUY, OrderType.LIMIT, 0.3, price=99.0, client_order_id="c-1"))
    again = eng.submit(req(Side.BUY, OrderType.LIMIT, 0.3, price=99.0, client_order_id="c-1"))
    assert again.id == first.id
    assert len(eng.orders(open_only=True)) == 1


def test_closed_bar_path_triggers_stops_touched_inside_the_bar():
    eng, _ = engine()
    eng.on_tick(tick(1, 100.0))
    stop = eng.submit(req(Side.SELL, OrderType.STOP_MARKET, 1.0, stop_price=97.0))
    eng.on_bar(SYMBOL, Bar(60_000, 100.0, 101.0, 96.5, 100.5, 10.0))  # dipped to 96.5
    assert eng.order(stop.id).status is OrderStatus.FILLED
    # The price passed 97 on its way down to 96.5: that is where the stop met the market.
    assert eng.order(stop.id).average == pytest.approx(97.0)


# -- the async venue -------------------------------------------------------------------------

def test_paper_venue_speaks_the_venue_protocol_and_streams_what_it_publishes():
    published: list[Event] = []

    async def scenario() -> None:
        venue = PaperVenue([MARKET], {"USDT": 10_000.0}, published.append)
        assert isinstance(venue, Venue)
        caps = venue.capabilities
        assert caps.is_emulated(OrderType.OCO) and not caps.is_emulated(OrderType.LIMIT)
        assert caps.has_stream(Stream.ORDERS) and not caps.has_stream(Stream.TRADES)

        seen = []

        async def watch() -> None:
            async for order in venue.watch_orders(SYMBOL):
                seen.append(order.status)

        watcher = asyncio.create_task(watch())
        await asyncio.sleep(0)
        venue.on_book(book(1))
        order = await venue.create_order(req(Side.BUY, OrderType.LIMIT, 1.0, price=99.5,
                                             client_order_id="v-1"))
        assert (await venue.fetch_order_by_client_id("v-1", SYMBOL)).id == order.id
        assert [o.id for o in await venue.fetch_open_orders()] == [order.id]
        venue.on_bar(SYMBOL, Bar(60_000, 100.0, 100.2, 99.0, 99.8, 5.0))
        assert (await venue.fetch_order(order.id, SYMBOL)).status is OrderStatus.FILLED
        trades = await venue.fetch_my_trades(SYMBOL, since_ms=0)
        assert [(t.price, t.amount) for t in trades] == [(99.5, 1.0)]
        candles = await venue.fetch_ohlcv(SYMBOL, "1m")
        assert list(candles.close) == [99.8]
        balances = {b.currency: b for b in await venue.fetch_balances()}
        assert balances["BTC"].free == pytest.approx(1.0)
        await asyncio.sleep(0)
        await venue.close()
        await asyncio.wait_for(watcher, 1)
        assert seen == [OrderStatus.OPEN, OrderStatus.FILLED]

        with pytest.raises(Exception, match="closed"):
            await venue.fetch_balances()

    asyncio.run(scenario())
    assert [type(e).__name__ for e in published] == ["OrderEvent", "FillEvent", "OrderEvent"]


def test_a_tick_without_bid_and_ask_still_fills_market_orders_at_the_last_price():
    eng, _rec = engine()
    eng.on_tick(Tick(SYMBOL, 1, 100.0, float("nan"), float("nan")))
    order = eng.submit(req(Side.BUY, OrderType.MARKET, 0.5))
    assert order.status is OrderStatus.FILLED and order.average == 100.0


def test_paper_venue_takes_market_data_from_a_live_venue_when_given_one():
    async def scenario() -> None:
        source = PaperVenue([MARKET], {}, config=PaperConfig(venue="source"))
        source.on_bar(SYMBOL, Bar(0, 10.0, 11.0, 9.0, 10.5, 1.0))
        source.on_bar(SYMBOL, Bar(60_000, 10.5, 12.0, 10.0, 11.5, 1.0))
        source.on_book(book(60_000))
        paper = PaperVenue([MARKET], {"USDT": 100.0}, market_data=source)
        candles = await paper.fetch_ohlcv(SYMBOL, "1m", since_ms=60_000)
        assert list(candles.ts) == [60_000] and list(candles.close) == [11.5]
        assert (await paper.fetch_order_book(SYMBOL)).best_ask == 100.0
        with pytest.raises(Exception, match="only the 1m candles"):
            await PaperVenue([MARKET], {}).fetch_ohlcv(SYMBOL, "1h")

    asyncio.run(scenario())


def test_feed_events_drive_the_venue_and_candles_never_replay_ticked_prices():
    async def scenario() -> None:
        venue = PaperVenue([MARKET], {"BTC": 1.0}, config=PaperConfig(price_source="demo"))
        venue.on_market_event(TickEvent(Tick(SYMBOL, 1, 100.0, 99.99, 100.01, venue="demo")))
        stop = await venue.create_order(req(Side.SELL, OrderType.STOP_MARKET, 1.0,
                                            stop_price=97.0))
        # The minute's candle dipped to 96 before the stop existed: recorded, not replayed.
        venue.on_market_event(BarEvent(SYMBOL, Bar(0, 100.0, 100.5, 96.0, 100.0, 3.0),
                                       closed=True, venue="demo"))
        assert (await venue.fetch_order(stop.id, SYMBOL)).status is OrderStatus.OPEN
        assert len(await venue.fetch_ohlcv(SYMBOL, "1m")) == 1
        # Another feed's prices are not ours.
        venue.on_market_event(TickEvent(Tick(SYMBOL, 2, 90.0, 89.99, 90.01, venue="replay")))
        assert (await venue.fetch_order(stop.id, SYMBOL)).status is OrderStatus.OPEN
        venue.on_market_event(TickEvent(Tick(SYMBOL, 3, 96.5, 96.49, 96.51, venue="demo")))
        assert (await venue.fetch_order(stop.id, SYMBOL)).status is OrderStatus.FILLED

    asyncio.run(scenario())


def test_a_symbol_fed_only_by_candles_is_driven_by_their_path():
    async def scenario() -> None:
        venue = PaperVenue([MARKET], {"USDT": 1_000.0})
        venue.on_market_event(BarEvent(SYMBOL, Bar(0, 100.0, 101.0, 99.0, 100.5, 3.0), True))
        order = await venue.create_order(req(Side.BUY, OrderType.LIMIT, 1.0, price=98.0))
        venue.on_market_event(BarEvent(SYMBOL, Bar(60_000, 100.5, 100.6, 97.5, 99.0, 3.0),
                                       True))
        assert (await venue.fetch_order(order.id, SYMBOL)).status is OrderStatus.FILLED

    asyncio.run(scenario())


def test_oco_target_partial_fill_cancels_the_stop_and_keeps_working():
    eng, _rec = engine()
    eng.on_tick(tick(1, 100.0))
    oco = eng.submit(req(Side.SELL, OrderType.OCO, 1.0, price=105.0, stop_price=95.0,
                         client_order_id="o1"))
    eng.on_book(book(2, bids=((105.0, 0.4),), asks=((105.5, 1.0),)))
    assert eng.order_by_client_id("o1-limit").filled == pytest.approx(0.4)
    assert eng.order_by_client_id("o1-stop").status is OrderStatus.CANCELED
    eng.on_tick(tick(3, 90.0))  # the stop is gone: falling through 95 sells nothing more
    assert eng.order(oco.id).filled == pytest.approx(0.4)
    assert eng.ledger.used("BTC") == pytest.approx(0.6)  # the rest of the target still offers
    eng.on_book(book(4, bids=((106.0, 5.0),), asks=((106.5, 1.0),)))
    assert eng.order(oco.id).status is OrderStatus.FILLED
    assert eng.ledger.used("BTC") == 0.0


def test_a_trigger_is_announced_before_the_execution_it_causes():
    eng, rec = engine()
    eng.on_tick(tick(1, 100.0))
    stop = eng.submit(req(Side.BUY, OrderType.STOP_MARKET, 1.0, stop_price=102.0))
    eng.on_tick(tick(2, 102.5))
    updates = [(e.order.status, e.order.triggered) for e in rec.events
               if isinstance(e, OrderEvent) and e.order.id == stop.id]
    assert updates == [(OrderStatus.OPEN, False), (OrderStatus.OPEN, True),
                       (OrderStatus.FILLED, True)]


def test_sell_bracket_buys_back_below_and_holds_quote_for_the_exit():
    eng, _rec = engine({"USDT": 1_000.0, "BTC": 1.0})
    eng.on_tick(tick(1, 100.0))
    eng.submit(req(Side.SELL, OrderType.BRACKET, 1.0, take_profit=90.0, stop_loss=105.0,
                   client_order_id="s1"))
    tp, sl = eng.order_by_client_id("s1-tp"), eng.order_by_client_id("s1-sl")
    assert (tp.side, sl.side) == (Side.BUY, Side.BUY)
    # The exit may buy back at up to the stop-loss: 1 x 105 plus the larger fee is held.
    assert eng.ledger.used("USDT") == pytest.approx(105.0 * 1.002)
    eng.on_tick(tick(2, 89.0))
    assert eng.order(tp.id).status is OrderStatus.FILLED
    assert eng.ledger.free("BTC") == pytest.approx(1.0) and eng.ledger.used("USDT") == 0.0
