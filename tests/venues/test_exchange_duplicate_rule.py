"""The local exchange follows Binance's real duplicate rule: a client order id must be unique
among OPEN orders only. A resend of a filled market order under the same id is a second order
that fills again, so a client that resends blindly is caught by the exchange's books, not
forgiven by a rule Binance does not have."""

from __future__ import annotations

import asyncio

from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from tests.exchange_server import running_server
from tests.exchange_server.harness import venue_on

ORDER = "/api/v3/order"


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def test_a_resent_filled_market_order_fills_twice():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            request = OrderRequest("BTC/USDT", Side.BUY, OrderType.MARKET, 0.01,
                                   client_order_id="mkt-twice")
            first = await venue.create_order(request)
            second = await venue.create_order(request)
            placed = server.account.orders()
            btc = {b.currency: b.total for b in server.account.engine.balances()}["BTC"]
        assert first.status is second.status is OrderStatus.FILLED
        assert first.id != second.id and len(placed) == 2
        assert [r.status for r in server.log.to(ORDER, "POST")] == [200, 200]
        assert btc == 1.02  # both bought: the resend was a second trade

    run(scenario())


def test_a_client_id_is_refused_only_while_its_order_is_open():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            request = OrderRequest("BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01,
                                   price=40_000.0, client_order_id="lim-1")
            working = await venue.create_order(request)
            again = await venue.create_order(request)  # open: Binance says duplicate
            assert again.id == working.id and len(server.account.orders()) == 1
            assert server.log.to(ORDER, "POST")[1].status == 400
            await venue.cancel_order(working.id, "BTC/USDT")
            reused = await venue.create_order(request)  # final now: the id is free again
            assert reused.id != working.id and reused.status is OrderStatus.OPEN
            assert len(server.account.orders()) == 2
            found = await venue.fetch_order_by_client_id("lim-1", "BTC/USDT")
            assert found.id == reused.id  # a lookup by client id finds the newest

    run(scenario())
