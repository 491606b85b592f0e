"""CcxtVenue streams over ccxt.pro's WebSocket client against the local Binance peer: order book
(diff depth on a REST snapshot), public trades, our orders and fills (user data stream), the
reconnect after the exchange closes the socket, and REST polling where there is no WebSocket."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import aiohttp

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
)
from desktop.venues.base import Stream
from tests.exchange_server import API_KEY, BinanceTestServer, running_server
from tests.exchange_server.harness import venue_on

PRIVATE_POLLS = (("/api/v3/openOrders", "GET"), ("/api/v3/order", "GET"),
                 ("/api/v3/myTrades", "GET"))


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def ws_urls(server: BinanceTestServer) -> dict[str, str]:
    return {"spot": f"ws://127.0.0.1:{server.port}/ws",
            "ws-api.spot": f"ws://127.0.0.1:{server.port}/ws-api/v3"}


def pushed(server: BinanceTestServer, events: list | None = None):
    """A venue with ccxt.pro streams on, pointed at the server's sockets."""
    return venue_on(server, events, websocket=True, ws_urls=ws_urls(server))


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


async def next_matching(stream, wanted: Callable) -> object:
    """The first item from `stream` that satisfies `wanted` (state streams may show
    intermediate states first)."""
    while True:
        item = await anext(stream)
        if wanted(item):
            return item


def limit_buy(price: float, cid: str) -> OrderRequest:
    return OrderRequest("BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, price=price,
                        client_order_id=cid)


def server_book(server: BinanceTestServer, depth: int):
    return server.account.book("BTCUSDT", server.now_ms(), depth)


def ws_commands(server: BinanceTestServer) -> list[dict]:
    return [r.params for r in server.log.records if r.method == "WS"]


def test_every_stream_is_declared_pushed_when_the_exchange_has_it():
    async def scenario():
        async with running_server() as server:
            async with venue_on(server, websocket=True, ws_urls=ws_urls(server)) as pushed:
                caps = pushed.capabilities
            async with venue_on(server) as polled:
                plain = polled.capabilities
        assert caps.streams == frozenset(Stream)
        assert set(caps.extra["stream_transport"].values()) == {"websocket"}
        assert plain.streams == frozenset(Stream)  # binance has fetch_trades to poll
        assert set(plain.extra["stream_transport"].values()) == {"rest-polling"}

    run(scenario())


def test_order_book_follows_the_server_book_through_diff_updates():
    async def scenario():
        async with running_server() as server, pushed(server) as venue:
            books = venue.watch_order_book("BTC/USDT", 10)
            first = await anext(books)
            expected = server_book(server, 10)
            assert (first.bids, first.asks) == (expected.bids, expected.asks)
            for price in (50_000.05, 49_999.5, 50_003.0):
                server.set_price("BTCUSDT", price)
                expected = server_book(server, 10)
                book = await next_matching(books, lambda b, e=expected: b.bids == e.bids)
                assert book.asks == expected.asks and book.venue == "binance"
            await books.aclose()
        assert {"method": "SUBSCRIBE", "params": "btcusdt@depth@100ms"} in ws_commands(server)
        assert len(server.log.to("/api/v3/depth")) == 1  # the snapshot; the rest was pushed

    run(scenario())


def test_public_trades_are_pushed():
    async def scenario():
        async with running_server() as server, pushed(server) as venue:
            trades = venue.watch_trades("BTC/USDT")
            pending = asyncio.ensure_future(anext(trades))
            await until(lambda: any(c.streams for c in server.ws.connections))
            server.print_trade("BTCUSDT", 50_010.0, 0.5, buyer_maker=True)
            first = await pending
            server.print_trade("BTCUSDT", 50_020.0, 0.25, buyer_maker=False)
            second = await anext(trades)
            await trades.aclose()
        assert (first.price, first.amount, first.side) == (50_010.0, 0.5, Side.SELL)
        assert (second.price, second.amount, second.side) == (50_020.0, 0.25, Side.BUY)
        assert first.symbol == "BTC/USDT" and first.id != second.id
        assert server.log.to("/api/v3/aggTrades") == []

    run(scenario())


def test_orders_and_fills_arrive_over_the_user_data_stream_without_polling():
    async def scenario():
        async with running_server() as server, pushed(server) as venue:
            orders = venue.watch_orders("BTC/USDT")
            fills = venue.watch_my_trades("BTC/USDT")
            next_order = asyncio.ensure_future(anext(orders))
            next_fill = asyncio.ensure_future(anext(fills))
            await until(lambda: any(c.user_subscription is not None
                                    for c in server.ws.connections))
            resting = await venue.create_order(OrderRequest(
                "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, price=49_000.0,
                client_order_id="ws-1"))
            opened = await next_order
            server.set_price("BTCUSDT", 48_900.0)  # the market comes down to the bid
            filled = await next_matching(orders, lambda o: o.status.is_final)
            fill = await next_fill
            await orders.aclose()
            await fills.aclose()
        assert (opened.id, opened.status, opened.client_order_id) == \
            (resting.id, OrderStatus.OPEN, "ws-1")
        assert (filled.id, filled.status, filled.filled) == (resting.id, OrderStatus.FILLED, 0.01)
        assert (fill.order_id, fill.client_order_id, fill.side) == (resting.id, "ws-1", Side.BUY)
        assert (fill.amount, fill.price) == (0.01, 49_000.0) and fill.fee > 0
        assert {"method": "userDataStream.subscribe.signature"} in ws_commands(server)
        for path, method in PRIVATE_POLLS:
            assert server.log.to(path, method) == [], path

    run(scenario())


def test_a_market_order_fill_carries_its_client_id_even_before_the_acknowledgement():
    async def scenario():
        async with running_server() as server, pushed(server) as venue:
            fills = venue.watch_my_trades()
            next_fill = asyncio.ensure_future(anext(fills))
            await until(lambda: any(c.user_subscription is not None
                                    for c in server.ws.connections))
            await venue.create_order(OrderRequest("BTC/USDT", Side.SELL, OrderType.MARKET,
                                                  0.001, client_order_id="ws-m"))
            fill = await next_fill
            await fills.aclose()
        assert (fill.client_order_id, fill.side, fill.amount) == ("ws-m", Side.SELL, 0.001)
        assert server.log.to("/api/v3/myTrades") == []

    run(scenario())


def test_a_dropped_socket_reconnects_and_says_so():
    async def scenario():
        events: list = []
        async with running_server() as server, pushed(server, events) as venue:
            books = venue.watch_order_book("BTC/USDT", 5)
            await anext(books)
            await server.drop_websockets()
            server.set_price("BTCUSDT", 50_100.0)  # while nobody is subscribed
            book = await next_matching(books, lambda b: b.best_bid == 50_099.99)
            await books.aclose()
        states = [(e.state, e.detail) for e in events if isinstance(e, ConnectionEvent)]
        assert [s for s, _ in states] == [ConnectionState.DEGRADED, ConnectionState.CONNECTED]
        assert "BTC/USDT order book" in states[0][1] and "reconnecting" in states[0][1]
        assert book.asks[0][0] == 50_100.01
        subscribes = [c for c in ws_commands(server) if c.get("method") == "SUBSCRIBE"]
        assert len(subscribes) == 2  # ccxt.pro dialled again and subscribed again
        assert len(server.log.to("/api/v3/depth")) == 2  # a fresh snapshot for the new socket

    run(scenario())


def test_a_fill_during_an_outage_is_not_lost():
    async def scenario():
        events: list = []
        async with running_server() as server, pushed(server, events) as venue:
            orders = venue.watch_orders("BTC/USDT")
            fills = venue.watch_my_trades("BTC/USDT")
            next_order = asyncio.ensure_future(anext(orders))
            next_fill = asyncio.ensure_future(anext(fills))
            await until(lambda: any(c.user_subscription is not None
                                    for c in server.ws.connections))
            first = await venue.create_order(limit_buy(49_000.0, "out-1"))
            await next_order
            server.ws.refuse = True
            await server.drop_websockets()
            server.set_price("BTCUSDT", 48_900.0)  # fills while nobody listens
            filled = await next_matching(orders, lambda o: o.status.is_final)
            fill = await next_fill
            server.ws.refuse = False  # the exchange is back
            await until(lambda: any(c.user_subscription is not None
                                    for c in server.ws.connections))
            # said although no order event has come through the new socket yet
            await until(lambda: [e.state for e in events][-2:] == [ConnectionState.CONNECTED] * 2)
            second = await venue.create_order(limit_buy(48_000.0, "out-2"))
            server.set_price("BTCUSDT", 47_900.0)
            later = await next_matching(orders, lambda o: o.id == second.id
                                        and o.status.is_final)
            await orders.aclose()
            await fills.aclose()
        assert (filled.id, filled.status) == (first.id, OrderStatus.FILLED)
        assert (fill.order_id, fill.client_order_id) == (first.id, "out-1")
        assert later.status is OrderStatus.FILLED
        states = [(e.state, e.detail) for e in events if isinstance(e, ConnectionEvent)]
        assert sorted(states) == sorted([
            (ConnectionState.DEGRADED, "the BTC/USDT orders stream was interrupted (Could not "
             "reach Binance: closed by remote server, closing code 1000); reconnecting"),
            (ConnectionState.DEGRADED, "the BTC/USDT fills stream was interrupted (Could not "
             "reach Binance: closed by remote server, closing code 1000); reconnecting"),
            (ConnectionState.CONNECTED, "the BTC/USDT orders stream reconnected"),
            (ConnectionState.CONNECTED, "the BTC/USDT fills stream reconnected")])

    run(scenario())


def test_a_socket_that_keeps_failing_falls_back_to_polling_unnoticed():
    async def scenario():
        events: list = []

        def gave_up() -> bool:
            return any("polling" in e.detail for e in events if isinstance(e, ConnectionEvent))

        async with running_server() as server, pushed(server, events) as venue:
            orders = venue.watch_orders("BTC/USDT")
            next_order = asyncio.ensure_future(anext(orders))
            await until(lambda: any(c.user_subscription is not None
                                    for c in server.ws.connections))
            first = await venue.create_order(limit_buy(49_000.0, "fb-1"))
            opened = await next_order
            server.ws.refuse = True  # maintenance: no socket is accepted any more
            await server.drop_websockets()
            server.set_price("BTCUSDT", 48_900.0)
            filled = await anext(orders)  # no repeat of the OPEN state it already had
            await until(gave_up)
            polls_before = len(server.log.to("/api/v3/openOrders"))
            second = await venue.create_order(limit_buy(48_000.0, "fb-2"))
            server.set_price("BTCUSDT", 47_900.0)
            later = await next_matching(orders, lambda o: o.id == second.id
                                        and o.status.is_final)
            await orders.aclose()
        assert opened.status is OrderStatus.OPEN
        assert (filled.id, filled.status) == (first.id, OrderStatus.FILLED)
        assert later.status is OrderStatus.FILLED
        states = [(e.state, e.detail) for e in events if isinstance(e, ConnectionEvent)]
        assert states[0][0] is ConnectionState.DEGRADED and "reconnecting" in states[0][1]
        assert states[-1][0] is ConnectionState.DEGRADED and "polling" in states[-1][1]
        assert ConnectionState.CONNECTED not in [s for s, _ in states]
        assert len(server.log.to("/api/v3/openOrders")) > polls_before  # polled now

    run(scenario())


def test_streams_without_a_websocket_are_polled():
    async def scenario():
        async with running_server() as server:
            async with venue_on(server) as venue:  # websocket off
                trades = venue.watch_trades("BTC/USDT")
                pending = asyncio.ensure_future(anext(trades))
                await until(lambda: server.log.to("/api/v3/aggTrades") != [])
                server.print_trade("BTCUSDT", 50_005.0, 0.2)
                trade = await pending
                await trades.aclose()
            async with venue_on(server, websocket=True, ws_urls=ws_urls(server)) as venue:
                venue.exchange.has["watchOrderBook"] = False  # an exchange without it
                transport = venue.capabilities.extra["stream_transport"]
                books = venue.watch_order_book("BTC/USDT", 5)
                first = await anext(books)
                server.set_price("BTCUSDT", 50_200.0)
                moved = await next_matching(books, lambda b: b.best_bid == 50_199.99)
                await books.aclose()
        assert (trade.price, trade.amount, trade.side) == (50_005.0, 0.2, Side.BUY)
        assert transport["order_book"] == "rest-polling" and transport["ticker"] == "websocket"
        assert first.best_bid < moved.best_bid
        assert len(server.log.to("/api/v3/depth")) >= 2
        assert not any("depth" in c.get("params", "") for c in ws_commands(server))

    run(scenario())


def test_the_peer_also_streams_user_events_by_listen_key():
    """The listen key flow Binance documents (ccxt.pro uses the WebSocket API for spot)."""
    async def scenario():
        async with running_server() as server, aiohttp.ClientSession() as http:
            url = f"{server.base_url}/api/v3/userDataStream"
            async with http.post(url, headers={"X-MBX-APIKEY": API_KEY}) as answer:
                key = (await answer.json())["listenKey"]
            async with http.ws_connect(f"ws://127.0.0.1:{server.port}/ws/{key}") as socket:
                await until(lambda: any(c.kind == "user" for c in server.ws.connections))
                async with venue_on(server) as venue:
                    await venue.create_order(OrderRequest(
                        "BTC/USDT", Side.SELL, OrderType.MARKET, 0.001, client_order_id="lk-1"))
                events = [await socket.receive_json() for _ in range(3)]
            async with http.put(url, params={"listenKey": key}) as kept:
                kept_status = kept.status
            async with http.delete(url, params={"listenKey": key}) as ended:
                ended_status = ended.status
            async with http.put(url, params={"listenKey": key}) as gone:
                gone_body = await gone.json()
        assert [e["e"] for e in events] == ["executionReport", "executionReport",
                                            "outboundAccountPosition"]
        new, trade, balance = events
        assert (new["x"], new["X"], new["c"]) == ("NEW", "NEW", "lk-1")
        assert (trade["x"], trade["X"], trade["z"], trade["l"]) == \
            ("TRADE", "FILLED", "0.00100000", "0.00100000")
        assert {row["a"] for row in balance["B"]} == {"BTC", "USDT"}
        assert (kept_status, ended_status, gone_body["code"]) == (200, 200, -1125)

    run(scenario())
