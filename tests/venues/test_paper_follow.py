"""A paper venue priced by one feed follows the markets of another (the demo market's account
trading a replay): each followed symbol takes its prices from that feed only, and a symbol
the venue's own source has keeps its own prices."""

from __future__ import annotations

from desktop.core import Market, MarketKind, OrderRequest, OrderStatus, OrderType, Side, Tick
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
