"""The demo market's perpetual twins: marks and funding rates generated with the prices, and
a paper account on the demo market margining and funding a perpetual position from them."""

from __future__ import annotations

import asyncio

import pytest

from desktop.core import (
    Event,
    FundingEvent,
    MarketKind,
    MarkPriceEvent,
    OrderRequest,
    OrderType,
    Side,
    TickEvent,
)
from desktop.venues.demo_market import DemoMarket
from desktop.venues.demo_perpetuals import FUNDING_CAP
from desktop.venues.feed import VirtualClock
from desktop.venues.paper import PaperConfig, PaperVenue

H = 3_600_000
START_MS = 1_765_008_000_000 - 40_000  # 40 s before a funding time (08:00 UTC)
PERP = "BTC/USDT:USDT"


def test_a_demo_perpetual_is_marked_funded_and_paid_on_a_paper_account():
    assert START_MS % (8 * H) == 8 * H - 40_000
    clock = VirtualClock(START_MS / 1000)
    market = DemoMarket(seed=3, days=1, now_ms=START_MS, clock=clock)
    perp = next(m for m in market.markets() if m.symbol == PERP)
    assert perp.kind is MarketKind.LINEAR_PERPETUAL and perp.taker_fee == 0.0004
    assert len(market.history_1m(PERP)) == len(market.history_1m("BTC/USDT"))
    events: list[Event] = []
    venue = PaperVenue(market.markets(), {"USDT": 10_000.0}, events.append,
                       PaperConfig(venue="paper", price_source="demo"))
    opened: list[float] = []

    def publish(event: Event) -> None:
        venue.on_market_event(event)
        if not opened and isinstance(event, TickEvent) and event.tick.symbol == PERP:
            venue.engine.set_leverage(PERP, 5)
            venue.engine.submit(OrderRequest(PERP, Side.BUY, OrderType.MARKET, 0.2))
            opened.append(event.tick.last)
        events.append(event)

    async def run() -> None:
        task = asyncio.create_task(market.run(publish))
        while clock() * 1000 < START_MS + 60_000:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run())
    marks = [e for e in events if isinstance(e, MarkPriceEvent) and e.symbol == PERP]
    assert len(marks) > 100
    for e in marks:
        assert abs(e.funding_rate) <= FUNDING_CAP
        assert e.mark_price == pytest.approx(e.index_price, rel=0.01) and e.mark_price > 0
    assert {e.next_funding_ts for e in marks} == {START_MS + 40_000, START_MS + 40_000 + 8 * H}
    [funding] = [e for e in events if isinstance(e, FundingEvent)]
    last_before = [e for e in marks if e.ts < START_MS + 40_000][-1]
    assert funding.rate == last_before.funding_rate
    assert funding.payment == pytest.approx(0.2 * funding.mark_price * funding.rate)
    [position] = venue.engine.positions()
    assert position.leverage == 5 and position.funding_paid == funding.payment
    assert position.liquidation_price < opened[0]
