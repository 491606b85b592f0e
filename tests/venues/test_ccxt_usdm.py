"""CcxtVenue on Binance USDⓈ-M: the real ccxt `binanceusdm` client (and ccxt.pro for the
mark-price stream) against the local peer's /fapi endpoints. Perpetual markets, leverage and
margin mode, a short opened and reduced, positions with their margin and liquidation price,
the account's margin, mark price and funding, futures error codes and a fault on an order."""

from __future__ import annotations

import asyncio
import math

import pytest

from desktop.core import (
    AuthenticationError,
    InsufficientFunds,
    InvalidOrder,
    MarginMode,
    MarketKind,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    VenueError,
)
from desktop.margin import brackets_for, liquidation_price
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, running_server
from tests.exchange_server.harness import futures_venue_on

BTC = "BTC/USDT:USDT"


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def market_order(side: Side, amount: float, cid: str, reduce_only: bool = False
                 ) -> OrderRequest:
    return OrderRequest(BTC, side, OrderType.MARKET, amount, reduce_only=reduce_only,
                        client_order_id=cid)


def test_a_leveraged_isolated_short_and_its_position_margin_and_mark():
    async def scenario():
        async with running_server() as server, futures_venue_on(server) as venue:
            markets = {m.symbol: m for m in await venue.load_markets()}
            assert markets[BTC].kind is MarketKind.LINEAR_PERPETUAL
            assert markets[BTC].price_tick == 0.1 and markets[BTC].amount_step == 0.001
            assert server.log.to("/api/v3/exchangeInfo") == []  # futures only

            await venue.set_leverage(BTC, 10)
            await venue.set_margin_mode(BTC, MarginMode.ISOLATED)
            await venue.set_margin_mode(BTC, MarginMode.ISOLATED)  # already: nothing sent
            assert len(server.log.to("/fapi/v1/marginType", "POST")) == 1
            assert server.futures.symbol_config("BTCUSDT")[0]["leverage"] == 10

            short = await venue.create_order(market_order(Side.SELL, 0.2, "usdm-short-1"))
            assert short.status is OrderStatus.FILLED and short.filled == pytest.approx(0.2)
            [position] = await venue.fetch_positions()
            assert position.symbol == BTC and position.amount == pytest.approx(-0.2)
            assert position.leverage == 10 and position.margin_mode is MarginMode.ISOLATED
            entry = position.entry_price
            assert position.initial_margin == pytest.approx(0.2 * 50_000 / 10, rel=1e-3)
            # the exchange's liquidation price is desktop.margin's for the same position
            expected = liquidation_price(brackets_for(BTC), -0.2, entry,
                                         position.isolated_margin)
            assert position.liquidation_price == pytest.approx(expected, rel=1e-6)
            assert position.liquidation_price > entry
            assert 0 < position.margin_ratio < 1

            margin = await venue.fetch_margin()
            assert margin is not None and margin.currency == "USDT"
            assert margin.initial_margin == pytest.approx(position.initial_margin)
            assert margin.margin_use == pytest.approx(
                margin.initial_margin / margin.margin_balance)

            server.set_futures_price("BTCUSDT", 51_000.0)
            mark = await venue.fetch_mark_price(BTC)
            assert mark.mark_price == 51_000.0 and mark.funding_rate == pytest.approx(0.0001)
            assert mark.next_funding_ts % (8 * 3_600_000) == 0
            [position] = await venue.fetch_positions()
            assert position.unrealized_pnl == pytest.approx((51_000 - entry) * -0.2)

            cover = await venue.create_order(market_order(Side.BUY, 0.05, "usdm-cover-1",
                                                          reduce_only=True))
            assert cover.reduce_only and cover.status is OrderStatus.FILLED
            sent = server.log.to("/fapi/v1/order", "POST")[-1].params
            assert sent["reduceOnly"] == "true"
            [position] = await venue.fetch_positions()
            assert position.amount == pytest.approx(-0.15)
            fills = await venue.fetch_my_trades(BTC)
            assert [f.side for f in fills] == [Side.SELL, Side.BUY]
            assert {f.client_order_id for f in fills} == {"usdm-short-1", "usdm-cover-1"}

    run(scenario())


def test_futures_refusals_reach_the_trader_as_sentences():
    async def scenario():
        async with running_server(futures_wallet=100.0) as server, \
                futures_venue_on(server) as venue:
            with pytest.raises(InsufficientFunds):  # -2019 Margin is insufficient.
                await venue.create_order(market_order(Side.BUY, 0.1, "usdm-big"))
            with pytest.raises(VenueError, match="Leverage 100 is not valid"):  # XRP: 75x
                await venue.set_leverage("XRP/USDT:USDT", 100)
            with pytest.raises(InvalidOrder):  # -2022 nothing to reduce
                await venue.create_order(market_order(Side.BUY, 0.001, "usdm-ro",
                                                      reduce_only=True))
            assert await venue.fetch_positions() == []

    run(scenario())


def test_an_order_whose_answer_is_lost_is_found_not_sent_twice():
    async def scenario():
        async with running_server() as server, futures_venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next("/fapi/v1/order", "accept_then_drop", method="POST")
            order = await venue.create_order(market_order(Side.SELL, 0.01, "usdm-lost"))
            assert order.status is OrderStatus.FILLED
            assert len(server.futures.orders()) == 1
            [position] = await venue.fetch_positions()
            assert position.amount == pytest.approx(-0.01)

    run(scenario())


def test_the_mark_price_stream_pushed_by_ccxt_pro():
    async def scenario():
        async with running_server() as server, \
                futures_venue_on(server, websocket=True) as venue:
            stream = venue.watch_mark_price(BTC)
            first = await anext(stream)
            assert first.symbol == BTC and first.mark_price == pytest.approx(50_000.0)
            assert math.isclose(first.funding_rate, 0.0001)
            server.set_futures_price("BTCUSDT", 50_500.0, mark=50_400.0)
            second = await anext(stream)
            assert second.mark_price == pytest.approx(50_400.0)
            assert any(r.method == "WS" and "btcusdt@markPrice@1s" in r.params.get("params", "")
                       for r in server.log.records)
            await stream.aclose()

    run(scenario())


def test_futures_requests_are_signed_checked_and_faulted_like_spot():
    async def scenario():
        async with running_server() as server:
            wrong = CcxtCredentials(API_KEY, "not-the-secret")
            async with futures_venue_on(server, credentials=wrong) as venue:
                with pytest.raises(AuthenticationError):  # -1022 bad signature
                    await venue.fetch_positions()
            async with futures_venue_on(server) as venue:
                # a 503 on the premium index is retried (a read), and answers in the end
                server.faults.next("/fapi/v1/premiumIndex", "503", count=2)
                mark = await venue.fetch_mark_price(BTC)
                assert mark.mark_price > 0
                assert [r.status for r in server.log.to("/fapi/v1/premiumIndex")] == \
                    [503, 503, 200]
            # the refused request was signed, with the wrong secret: HTTP 400 (-1022)
            [refused] = server.log.to("/fapi/v1/leverageBracket")
            assert "signature" in refused.params and refused.status == 400

    run(scenario())
