"""CcxtVenue through the real ccxt binance client against the local Binance peer: markets,
candles, prices, balances, the order lifecycle, credentials and the polling streams."""

from __future__ import annotations

import asyncio
import logging
import math

import pytest

from desktop.core import (
    AuthenticationError,
    InsufficientFunds,
    InvalidOrder,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    VenueError,
    timeframe_ms,
)
from desktop.venues.base import Stream, Venue
from desktop.venues.ccxt_venue import CcxtCredentials, CcxtVenue, CcxtVenueConfig
from tests.exchange_server import API_KEY, API_SECRET, running_server
from tests.exchange_server.harness import venue_on


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def limit_buy(amount: float = 0.01, price: float = 40_000.0, cid: str = "") -> OrderRequest:
    return OrderRequest("BTC/USDT", Side.BUY, OrderType.LIMIT, amount, price=price,
                        client_order_id=cid)


def test_markets_carry_the_exchange_filters():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            assert isinstance(venue, Venue)
            markets = {m.symbol: m for m in await venue.load_markets()}
            btc = markets["BTC/USDT"]
            assert (btc.base, btc.quote) == ("BTC", "USDT")
            assert btc.price_tick == 0.01 and btc.amount_step == 0.00001
            assert btc.min_amount == 0.00001 and btc.min_notional == 5.0
            eth = markets["ETH/BTC"]
            assert eth.price_tick == 0.000001 and eth.min_notional == 0.0001
            assert eth.amount_step == 0.0001 and eth.min_amount == 0.001
            # a second load within the day is served from memory: no second download
            await venue.load_markets()
            assert len(server.log.to("/api/v3/exchangeInfo")) == 1

    run(scenario())


def test_markets_cached_on_disk_spare_the_next_session_the_download(tmp_path):
    async def scenario():
        async with running_server() as server:
            async with venue_on(server, cache_dir=tmp_path) as first:
                await first.load_markets()
            async with venue_on(server, cache_dir=tmp_path) as second:
                markets = await second.load_markets()
                tick = await second.fetch_ticker("BTC/USDT")  # ccxt works off the cached set
            assert {m.symbol for m in markets} == {"BTC/USDT", "ETH/BTC"}
            assert tick.last == 50_000.0
            assert len(server.log.to("/api/v3/exchangeInfo")) == 1
            async with venue_on(server, cache_dir=tmp_path, markets_ttl_s=0.0) as stale:
                await stale.load_markets()
            assert len(server.log.to("/api/v3/exchangeInfo")) == 2

    run(scenario())


def test_candles_page_by_since_until_and_leave_out_the_forming_candle():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            minute = timeframe_ms("1m")
            now_minute = server.now_ms() // minute * minute
            since = now_minute - 2500 * minute
            one = await venue.fetch_ohlcv("BTC/USDT", "1m", since, since + 10 * minute)
            assert list(one.ts) == [since + i * minute for i in range(10)]
            assert venue.capabilities.max_ohlcv_page == 1000
            page = await venue.fetch_ohlcv("BTC/USDT", "1m", since, limit=5000)
            assert len(page) == 1000  # the exchange's largest page
            history = await venue.fetch_ohlcv_range("BTC/USDT", "1m", since)
            assert len(server.log.to("/api/v3/klines")) == 2 + 3
            assert history.ts[0] == since and history.ts[-1] == now_minute - minute
            assert len(history) == 2500 and (history.ts[1:] - history.ts[:-1] == minute).all()
            assert (history.high >= history.low).all()

    run(scenario())


def test_ticker_book_and_balances():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            server.set_price("BTCUSDT", 51_234.56)
            tick = await venue.fetch_ticker("BTC/USDT")
            assert (tick.last, tick.bid, tick.ask) == (51_234.56, 51_234.55, 51_234.57)
            assert tick.venue == "binance" and tick.volume_24h > 0
            book = await venue.fetch_order_book("BTC/USDT", 5)
            assert len(book.bids) == 5 and book.best_bid == 51_234.55
            assert book.asks[0][0] < book.asks[1][0]
            balances = {b.currency: b for b in await venue.fetch_balances()}
            assert balances["USDT"].free == 10_000.0 and balances["BTC"].total == 1.0

    run(scenario())


def test_order_lifecycle_place_find_list_cancel_and_fills():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            resting = await venue.create_order(limit_buy(cid="rest-1"))
            assert resting.status is OrderStatus.OPEN and resting.client_order_id == "rest-1"
            assert (await venue.fetch_order_by_client_id("rest-1", "BTC/USDT")).id == resting.id
            assert [o.id for o in await venue.fetch_open_orders("BTC/USDT")] == [resting.id]
            balances = {b.currency: b for b in await venue.fetch_balances()}
            assert balances["USDT"].used == pytest.approx(400.4)  # 0.01 * 40,000 + 0.1 % fee
            canceled = await venue.cancel_order(resting.id, "BTC/USDT")
            assert canceled.status is OrderStatus.CANCELED
            again = await venue.cancel_order(resting.id, "BTC/USDT")  # already final
            assert again.status is OrderStatus.CANCELED

            market = await venue.create_order(OrderRequest(
                "BTC/USDT", Side.BUY, OrderType.MARKET, 0.02, client_order_id="mkt-1"))
            assert market.status is OrderStatus.FILLED and market.filled == 0.02
            assert market.average == 50_000.01
            fills = await venue.fetch_my_trades("BTC/USDT")
            assert [(f.order_id, f.client_order_id, f.amount) for f in fills] == [
                (market.id, "mkt-1", 0.02)]
            assert fills[0].fee == pytest.approx(0.02 * 50_000.01 * 0.001)
            with pytest.raises(OrderNotFound, match="no BTC/USDT order 999"):
                await venue.fetch_order("999", "BTC/USDT")
            with pytest.raises(OrderNotFound, match="client id nobody"):
                await venue.fetch_order_by_client_id("nobody", "BTC/USDT")

    run(scenario())


def test_filter_failures_read_as_sentences():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            with pytest.raises(InvalidOrder) as below_min:
                await venue.create_order(OrderRequest(
                    "ETH/BTC", Side.BUY, OrderType.LIMIT, 0.0005, price=0.05))
            # a price off the tick is refused before sending (ccxt would round it silently)
            with pytest.raises(InvalidOrder) as off_tick:
                await venue.create_order(limit_buy(price=40_000.456))
            with pytest.raises(InvalidOrder) as notional:
                await venue.create_order(limit_buy(amount=0.0001, price=40_000.0))
            orders_sent = len(server.log.to("/api/v3/order", "POST"))
        assert str(below_min.value) == "Amount 0.0005 ETH is below the minimum 0.0010 ETH"
        assert str(off_tick.value) == "Price 40,000.456 is not a multiple of the tick size 0.01"
        assert str(notional.value) == "Order value 4.00 USDT is below the minimum 5.00 USDT"
        assert orders_sent == 2  # refused by Binance: -1013 LOT_SIZE, -1013 NOTIONAL

    run(scenario())


def test_insufficient_balance_says_what_is_needed_and_what_there_is():
    async def scenario():
        async with running_server(balances={"USDT": 1_000.0, "BTC": 0.001}) as server, \
                venue_on(server) as venue:
            with pytest.raises(InsufficientFunds) as buy:
                await venue.create_order(limit_buy(amount=0.021, price=50_000.0))
            with pytest.raises(InsufficientFunds) as sell:
                await venue.create_order(OrderRequest(
                    "BTC/USDT", Side.SELL, OrderType.MARKET, 0.002))
            rejected = server.log.to("/api/v3/order", "POST")
        assert str(buy.value) == "Insufficient USDT: need 1,051.05, have 1,000.00"
        assert str(sell.value) == "Insufficient BTC: need 0.00200, have 0.00100"
        assert [r.status for r in rejected] == [400, 400]

    run(scenario())


def test_wrong_credentials_are_named():
    async def scenario():
        async with running_server() as server:
            async with venue_on(server, credentials=CcxtCredentials(API_KEY, "wrong")) as venue:
                with pytest.raises(AuthenticationError, match="signature: check the API secret"):
                    await venue.fetch_balances()
            async with venue_on(server, credentials=CcxtCredentials("nope", API_SECRET)) as v:
                with pytest.raises(AuthenticationError, match="rejected the API key"):
                    await v.fetch_balances()
            assert [r.status for r in server.log.to("/api/v3/account")] == [400, 401]

    run(scenario())


def test_secrets_never_reach_the_logs(caplog):
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.create_order(limit_buy(cid="log-1"))
            await venue.fetch_balances()

    with caplog.at_level(logging.DEBUG):
        run(scenario())
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "X-MBX-APIKEY" in text  # ccxt did log its request headers ...
    assert API_KEY not in text and API_SECRET not in text  # ... without the key


def test_polled_streams_deliver_changes():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            assert venue.capabilities.has_stream(Stream.TICKER)
            ticks = venue.watch_ticker("BTC/USDT")
            first = await anext(ticks)
            server.set_price("BTCUSDT", 50_100.0)
            second = await anext(ticks)
            await ticks.aclose()
            assert (first.last, second.last) == (50_000.0, 50_100.0)

            orders = venue.watch_orders("BTC/USDT")
            resting = await venue.create_order(limit_buy(price=49_000.0, cid="w-1"))
            seen = await anext(orders)
            assert (seen.id, seen.status) == (resting.id, OrderStatus.OPEN)
            server.set_price("BTCUSDT", 48_900.0)  # the market comes down to the bid
            filled = await anext(orders)
            await orders.aclose()
            assert (filled.id, filled.status) == (resting.id, OrderStatus.FILLED)

            fills = venue.watch_my_trades("BTC/USDT")
            await venue.create_order(OrderRequest("BTC/USDT", Side.SELL, OrderType.MARKET,
                                                  0.001, client_order_id="w-2"))
            fill = await anext(fills)
            await fills.aclose()
            assert (fill.client_order_id, fill.side, fill.amount) == ("w-2", Side.SELL, 0.001)
            assert not math.isnan(fill.price)

    run(scenario())


def test_sandbox_switch_uses_the_exchange_testnet():
    async def scenario():
        venue = CcxtVenue(CcxtVenueConfig("binance", sandbox=True))
        live = CcxtVenue(CcxtVenueConfig("binance"))
        try:
            assert "testnet" in venue.exchange.urls["api"]["public"]
            assert "testnet" not in live.exchange.urls["api"]["public"]
            assert venue.capabilities.sandbox
        finally:
            await venue.close()
            await live.close()
        with pytest.raises(VenueError, match="does not know the exchange"):
            CcxtVenue(CcxtVenueConfig("no-such-exchange"))

    run(scenario())


def test_websocket_ticker_stream_over_binance_stream_protocol():
    async def scenario():
        async with running_server() as server:
            ws = {"spot": f"ws://127.0.0.1:{server.port}/ws"}
            async with venue_on(server, websocket=True, ws_urls=ws) as venue:
                assert venue.capabilities.extra["ticker_stream_by"] == "websocket"
                ticks = venue.watch_ticker("BTC/USDT")
                first = await anext(ticks)
                server.set_price("BTCUSDT", 50_250.5)
                second = await anext(ticks)
                await ticks.aclose()
            commands = [r.params for r in server.log.records if r.method == "WS"]
        assert (first.last, first.bid, first.ask) == (50_000.0, 49_999.99, 50_000.01)
        assert (second.last, second.venue) == (50_250.5, "binance")
        assert commands == [{"method": "SUBSCRIBE", "params": "btcusdt@ticker"}]
        assert server.log.to("/api/v3/ticker/24hr") == []  # pushed, not polled

    run(scenario())


def test_websocket_ticker_stream_resubscribes_after_the_exchange_closes_it():
    async def scenario():
        async with running_server() as server:
            ws = {"spot": f"ws://127.0.0.1:{server.port}/ws"}
            async with venue_on(server, websocket=True, ws_urls=ws) as venue:
                ticks = venue.watch_ticker("BTC/USDT")
                assert (await anext(ticks)).last == 50_000.0
                await server.drop_websockets()
                server.set_price("BTCUSDT", 50_300.0)  # while nobody is subscribed
                after = await anext(ticks)  # the snapshot sent on resubscribing
                await ticks.aclose()
            subscribes = [r for r in server.log.records if r.method == "WS"]
        assert after.last == 50_300.0
        assert [r.params["method"] for r in subscribes] == ["SUBSCRIBE", "SUBSCRIBE"]

    run(scenario())
