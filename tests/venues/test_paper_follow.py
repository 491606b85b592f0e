"""A paper venue priced by one feed follows the markets of another (the demo market's account
trading a replay): each followed symbol takes its prices from that feed only, and a symbol
the venue's own source has keeps its own prices."""

from __future__ import annotations

import pytest

from desktop.core import (
    FundingEvent,
    Market,
    MarketKind,
    MarkPriceEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
)
from desktop.core.events import TickEvent
from desktop.venues.paper import PaperConfig, PaperVenue


def market(symbol: str, venue: str, tick: float = 0.01,
           kind: MarketKind = MarketKind.SPOT) -> Market:
    base, quote = symbol.split(":")[0].split("/")
    return Market(symbol, base, quote, tick, 0.0001, venue=venue, kind=kind)


def event(symbol: str, price: float, venue: str, ts: int = 1) -> TickEvent:
    return TickEvent(Tick(symbol, ts, price, price * 0.9999, price * 1.0001, 10.0, 10.0,
                          venue=venue))


def test_followed_markets_take_their_feed_prices_and_own_symbols_keep_theirs():
    venue = PaperVenue([market("BTC/USDT", "demo")], {"USDT": 10_000.0, "BTC": 1.0},
                       config=PaperConfig(venue="Paper", account="a", price_source="demo"))
    taken = venue.follow_feed([market("BTC/USDT", "replay"), market("ETH/BTC", "replay", 1e-8),
                          market("XRP/USDT:USDT", "replay", 1e-4, MarketKind.LINEAR_PERPETUAL)],
                         "replay")
    assert [m.symbol for m in taken] == ["ETH/BTC", "XRP/USDT:USDT"]
    assert venue.engine.margin is not None  # a perpetual came: the account has margin now
    venue.on_market_event(event("BTC/USDT", 78_000.0, "demo"))
    venue.on_market_event(event("BTC/USDT", 30_000.0, "replay"))  # not the demo's BTC/USDT
    venue.on_market_event(event("ETH/BTC", 0.9, "demo"))  # the demo has no say on ETH/BTC
    venue.on_market_event(event("ETH/BTC", 0.05123456, "replay"))
    assert venue.engine.last_price("BTC/USDT") == 78_000.0
    assert venue.engine.last_price("ETH/BTC") == 0.05123456
    order = venue.engine.submit(OrderRequest("ETH/BTC", Side.BUY, OrderType.MARKET, 1.0))
    assert order.status is OrderStatus.FILLED
    assert abs(order.average - 0.05123456) < 0.0001


NOW = 1_796_000_000_000  # the demo market's time (2026)
REPLAY = 1_609_459_200_000  # the replay's candles (2021-01-01)
HOUR = 3_600_000


def demo_account_following_a_replay(events: list | None = None) -> PaperVenue:
    sink = events.append if events is not None else None
    venue = PaperVenue([market("BTC/USDT", "demo")], {"USDT": 10_000.0, "BTC": 1.0}, sink,
                       config=PaperConfig(venue="Paper", account="a", price_source="demo"))
    venue.follow_feed([market("ETH/BTC", "replay", 1e-8),
                       market("XRP/USDT:USDT", "replay", 1e-4, MarketKind.LINEAR_PERPETUAL)],
                      "replay")
    return venue


def test_a_followed_market_s_orders_and_fills_carry_its_feed_s_time():
    """A 2021 replay traded beside the live demo market: its orders and fills are stamped
    with the replay's times (where they belong on its chart), the demo's with the demo's."""
    venue = demo_account_following_a_replay()
    venue.on_market_event(event("ETH/BTC", 0.05, "replay", REPLAY))
    venue.on_market_event(event("BTC/USDT", 78_000.0, "demo", NOW))
    bought = venue.engine.submit(OrderRequest("ETH/BTC", Side.BUY, OrderType.MARKET, 1.0))
    resting = venue.engine.submit(OrderRequest("ETH/BTC", Side.BUY, OrderType.LIMIT, 1.0,
                                               price=0.049))
    venue.on_market_event(event("BTC/USDT", 78_100.0, "demo", NOW + 60_000))
    venue.on_market_event(event("ETH/BTC", 0.0489, "replay", REPLAY + 300_000))
    demo = venue.engine.submit(OrderRequest("BTC/USDT", Side.SELL, OrderType.MARKET, 0.1))
    assert (bought.created_ts, bought.updated_ts) == (REPLAY, REPLAY)
    assert resting.created_ts == REPLAY
    fills = {f.order_id: f.ts for f in venue.engine.fills()}
    assert fills == {bought.id: REPLAY, resting.id: REPLAY + 300_000, demo.id: NOW + 60_000}
    assert venue.engine.order(resting.id).updated_ts == REPLAY + 300_000
    assert venue.engine.now == NOW + 60_000  # the account's own clock is the demo's
    assert venue.engine.time_of("ETH/BTC") == REPLAY + 300_000


def test_a_replay_opened_again_starts_its_clock_again():
    venue = demo_account_following_a_replay()
    venue.on_market_event(event("ETH/BTC", 0.05, "replay", REPLAY + 10 * HOUR))
    venue.follow_feed([market("ETH/BTC", "replay", 1e-8)], "replay")  # an earlier stretch
    venue.on_market_event(event("ETH/BTC", 0.05, "replay", REPLAY))
    order = venue.engine.submit(OrderRequest("ETH/BTC", Side.BUY, OrderType.MARKET, 1.0))
    assert order.created_ts == REPLAY


def test_a_followed_perpetual_pays_funding_at_its_own_times_not_the_demo_s():
    """The demo market's 8-hour funding times pass every few hours of its clock; a replayed
    perpetual's position pays at the replay's funding times only."""
    events: list = []
    venue = demo_account_following_a_replay(events)
    venue.on_market_event(event("XRP/USDT:USDT", 0.5, "replay", REPLAY + HOUR))
    venue.on_market_event(event("BTC/USDT", 78_000.0, "demo", NOW))
    venue.engine.submit(OrderRequest("XRP/USDT:USDT", Side.BUY, OrderType.MARKET, 10.0))
    venue.engine.on_mark_price(MarkPriceEvent("XRP/USDT:USDT", REPLAY + HOUR + 1, 0.5,
                                              funding_rate=0.001, venue="replay"))
    for k in range(1, 4):  # a day of the demo market: three of its funding times
        venue.on_market_event(event("BTC/USDT", 78_000.0, "demo", NOW + 8 * k * HOUR))
    assert not [e for e in events if isinstance(e, FundingEvent)]
    venue.on_market_event(event("XRP/USDT:USDT", 0.5, "replay", REPLAY + 8 * HOUR + 5))
    [paid] = [e for e in events if isinstance(e, FundingEvent)]
    assert paid.ts == REPLAY + 8 * HOUR + 5
    assert paid.payment == pytest.approx(10 * 0.5 * 0.001, rel=1e-3)
