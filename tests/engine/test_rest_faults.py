"""The engine against the local exchange's REST API under faults the crash harness does not
reach (issue 8, point 7): faults on cancel and on my-trades, answers cut off in the middle of
their JSON, a server clock that jumps while the app runs. The journal ends agreeing with the
exchange, every order sent once, every fill once."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest

from desktop.core import OrderRequest, OrderStatus, OrderType, Side, VenueError
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, SYMBOL_ID, connect, journaled, run, wait_for
from tests.exchange_server import API_KEY, running_server
from tests.exchange_server.harness import FAST_RETRY, venue_on

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)
ORDER, MY_TRADES = "/api/v3/order", "/api/v3/myTrades"


def resting_buy(rt, account_id: str, exchange, below: float = 50.0):
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    return run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.LIMIT, 0.01, price=round(price - below, 2))))


def fills_of(rt, account_id: str, order) -> list:
    return [f for f in rt.engine.orders.journal.fills(account_id)
            if f.client_order_id == order.client_order_id]


def test_a_cancel_whose_answer_is_lost_shows_the_order_canceled(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    order = resting_buy(rt, account_id, exchange)
    exchange(exchange.server.faults.next, ORDER, "accept_then_drop", method="DELETE")
    canceled = run(rt.client.trade_cancel(account_id, order.id))
    assert canceled.status is OrderStatus.CANCELED
    assert journaled(rt, order.client_order_id).status is OrderStatus.CANCELED
    assert exchange.order(order.client_order_id)[0].status is OrderStatus.CANCELED


def test_a_cancel_the_exchange_keeps_refusing_leaves_the_order_open_and_says_so(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    order = resting_buy(rt, account_id, exchange)
    exchange(exchange.server.faults.next, ORDER, "503", count=FAST_RETRY.max_attempts,
             method="DELETE")
    with pytest.raises(VenueError, match="temporarily unavailable"):
        run(rt.client.trade_cancel(account_id, order.id))
    assert journaled(rt, order.client_order_id).status is OrderStatus.OPEN  # as it is there
    assert exchange.order(order.client_order_id)[0].status is OrderStatus.OPEN
    assert run(rt.client.trade_cancel(account_id, order.id)).status is OrderStatus.CANCELED


def test_fills_are_journaled_through_faults_on_my_trades(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    order = resting_buy(rt, account_id, exchange)
    faults = exchange.server.faults
    exchange(faults.next, MY_TRADES, "503", count=3)
    exchange(faults.next, MY_TRADES, "malformed")
    exchange(faults.next, MY_TRADES, "drop")
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 60.0, 2))
    [fill] = wait_for(rt, lambda: fills_of(rt, account_id, order), "the fill")
    assert fill.amount == 0.01
    assert exchange(lambda: faults.pending) == []  # every fault was met on the way


def test_answers_cut_off_mid_json_are_not_read_as_empty():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            server.faults.next("/api/v3/account", "malformed")
            balances = {b.currency: b.total for b in await venue.fetch_balances()}
            server.faults.next(ORDER, "malformed", method="POST")
            order = await venue.create_order(OrderRequest(
                SYMBOL, Side.BUY, OrderType.MARKET, 0.01, client_order_id="cut-1"))
            placed = server.account.orders()
        assert balances["USDT"] == 10_000.0  # read again, not "no balances"
        assert (order.id, order.status, order.filled) == (
            placed[0].id.removeprefix("po-"), OrderStatus.FILLED, 0.01)
        assert len(placed) == 1

    asyncio.run(asyncio.wait_for(scenario(), 30))


def test_a_server_clock_jump_while_running_sends_nothing_twice(app, exchange):
    rt, account_id = app
    connect(rt, account_id)
    before = resting_buy(rt, account_id, exchange)
    exchange.server.clock_skew_ms = 45_000  # the exchange's clock jumps 45 s ahead
    after = resting_buy(rt, account_id, exchange, below=55.0)
    assert after.status is OrderStatus.OPEN
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    exchange(exchange.server.set_price, SYMBOL_ID, round(price - 70.0, 2))
    for order in (before, after):
        wait_for(rt, lambda o=order: journaled(rt, o.client_order_id).status
                 is OrderStatus.FILLED, "both orders journaled filled")
        wait_for(rt, lambda o=order: fills_of(rt, account_id, o), "both fills")
        assert len(exchange.order(order.client_order_id)) == 1  # placed once (a POST refused
        # for its stale timestamp, if any, placed nothing)
    # Its signed requests were refused (-1021) until the venue measured the new offset.
    assert exchange(lambda: any(r.status == 400 and r.path != ORDER
                                for r in exchange.server.log.records))
    venue = rt.engine.accounts.venue(account_id)
    assert 44_000 < getattr(venue, "inner", venue).clock_offset_ms < 46_000


def test_an_expiring_listen_key_ends_its_stream_and_cannot_be_kept_alive():
    async def scenario():
        async with running_server() as server, aiohttp.ClientSession() as http:
            url = f"{server.base_url}/api/v3/userDataStream"
            async with http.post(url, headers={"X-MBX-APIKEY": API_KEY}) as answer:
                key = (await answer.json())["listenKey"]
            async with http.ws_connect(f"ws://127.0.0.1:{server.port}/ws/{key}") as socket:
                while not any(c.kind == "user" for c in server.ws.connections):
                    await asyncio.sleep(0.01)
                server.expire_user_streams()
                expired = await socket.receive_json()
                closing = await socket.receive()
            async with http.put(url, params={"listenKey": key}) as kept:
                kept_body = await kept.json()
        assert (expired["e"], expired["listenKey"]) == ("listenKeyExpired", key)
        assert closing.type is aiohttp.WSMsgType.CLOSE
        assert kept_body["code"] == -1125

    asyncio.run(asyncio.wait_for(scenario(), 30))
