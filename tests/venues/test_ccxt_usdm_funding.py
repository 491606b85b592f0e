"""The funding a live Binance USDⓈ-M position paid: the real ccxt `binanceusdm` client reads
the local peer's /fapi/v1/income (FUNDING_FEE rows the peer books each time its paper
perpetual engine pays funding), through the engine's position sync. Only funding since the
position was opened counts; an income fault leaves funding unknown for that sync only."""

from __future__ import annotations

import asyncio
import logging
import math

import pytest

from desktop.accounting import PositionBooks
from desktop.core import Event, OrderRequest, OrderType, PositionEvent, Side
from desktop.engine.position_sync import sync_positions
from desktop.venues import ccxt_funding
from desktop.venues.ccxt_venue import CcxtVenue
from tests.exchange_server import running_server
from tests.exchange_server.harness import futures_venue_on

BTC = "BTC/USDT:USDT"
ACCOUNT = "usdm-live"


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def trade(venue: CcxtVenue, side: Side, amount: float, cid: str) -> None:
    await venue.create_order(OrderRequest(BTC, side, OrderType.MARKET, amount,
                                          client_order_id=cid))


async def synced(venue: CcxtVenue) -> list[PositionEvent]:
    """One position sync of the engine, with books fed from the exchange's fills."""
    books = PositionBooks()
    for fill in await venue.fetch_my_trades(BTC):
        books.apply(fill, ACCOUNT)
    events: list[Event] = []
    await sync_positions(venue, ACCOUNT, books, events.append)
    return [e for e in events if isinstance(e, PositionEvent)]


def test_funding_paid_since_the_position_opened_with_the_paper_sign(monkeypatch):
    monkeypatch.setattr(ccxt_funding, "INCOME_PAGE", 2)  # three rows: two pages and a half

    async def scenario():
        async with running_server() as server, futures_venue_on(server) as venue:
            futures = server.futures
            server.set_futures_price("BTCUSDT", 50_000.0)
            await venue.set_leverage(BTC, 10)
            # a first short, paid funding, then closed: not the position shown later
            await trade(venue, Side.SELL, 0.1, "fund-old-open")
            futures.pass_funding_time("BTCUSDT", 0.001)
            await trade(venue, Side.BUY, 0.1, "fund-old-close")
            futures.set_mark("BTCUSDT", 50_000.0, futures.engine.now + 60_000)
            assert await synced(venue) == []

            await trade(venue, Side.SELL, 0.2, "fund-short")
            server.set_futures_price("BTCUSDT", 51_000.0)
            futures.pass_funding_time("BTCUSDT", 0.0005)  # a short receives 0.2 × 51,000 × r
            futures.pass_funding_time("BTCUSDT", -0.0002)  # and pays when r < 0
            futures.pass_funding_time("BTCUSDT", 0.0001)
            [event] = await synced(venue)
            position = event.position
            assert position.amount == pytest.approx(-0.2)
            expected = 0.2 * 51_000 * (-0.0005 + 0.0002 - 0.0001)
            assert position.funding_paid == pytest.approx(expected)
            # the peer's paper venue, same sign: its book counts the closed short's too
            [paper] = futures.engine.positions()
            assert paper.funding_paid == pytest.approx(-0.1 * 50_000 * 0.001 + expected)
            assert len(futures.incomes) == 4
            # pages from the last row's time on: rows 1-2, 2-3, then 3 alone (the end)
            assert len(server.log.to("/fapi/v1/income")) == 3
            assert len(server.log.to("/fapi/v1/userTrades")) >= 1

            # the next sync with the position unchanged asks its opening no more
            trades_asked = len(server.log.to("/fapi/v1/userTrades"))
            [again] = await synced(venue)
            assert again.position.funding_paid == pytest.approx(expected)
            assert len(server.log.to("/fapi/v1/userTrades")) == trades_asked + 1  # books only

    run(scenario())


def test_an_income_fault_leaves_funding_unknown_for_that_sync_only(caplog):
    async def scenario():
        async with running_server() as server, futures_venue_on(server) as venue:
            server.set_futures_price("BTCUSDT", 50_000.0)
            await trade(venue, Side.BUY, 0.1, "fund-long")
            server.futures.pass_funding_time("BTCUSDT", 0.0003)
            server.faults.next("/fapi/v1/income", "error", status=400, code=-1100,
                               msg="Illegal characters found in a parameter.")
            with caplog.at_level(logging.WARNING, logger="desktop.venues.ccxt_derivatives"):
                [event] = await synced(venue)
            assert event.position.amount == pytest.approx(0.1)  # the sync went on
            assert math.isnan(event.position.funding_paid)
            assert "funding paid unknown for this sync" in caplog.text
            [event] = await synced(venue)
            assert event.position.funding_paid == pytest.approx(0.1 * 50_000 * 0.0003)

    run(scenario())
