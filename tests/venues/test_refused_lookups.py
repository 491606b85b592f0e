"""An order the exchange will not look up (its market delisted mid-session) is left out of the
polled orders stream, which goes on for the rest of the account (issue 8, point 4)."""

from __future__ import annotations

import asyncio

import pytest

from desktop.core import OrderRequest, OrderStatus, OrderType, Side
from desktop.venues.ccxt_errors import LookupRefused
from tests.exchange_server import running_server
from tests.exchange_server.harness import venue_on


def test_the_polled_orders_stream_goes_on_past_an_order_on_a_delisted_market(caplog):
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            gone = await venue.create_order(OrderRequest(
                "ETH/BTC", Side.SELL, OrderType.LIMIT, 0.01, price=0.06, client_order_id="d-1"))
            working = await venue.create_order(OrderRequest(
                "BTC/USDT", Side.BUY, OrderType.LIMIT, 0.01, price=49_000.0,
                client_order_id="d-2"))
            server.delist("ETHBTC")
            with pytest.raises(LookupRefused, match="ETH/BTC"):
                await venue.fetch_order(gone.id, "ETH/BTC")
            orders = venue.watch_orders()
            server.set_price("BTCUSDT", 48_900.0)
            while True:
                order = await anext(orders)
                if order.id == working.id and order.status is OrderStatus.FILLED:
                    break
            await orders.aclose()

    asyncio.run(asyncio.wait_for(scenario(), 30))
    assert any("the orders stream goes on without it" in r.getMessage()
               for r in caplog.records)
