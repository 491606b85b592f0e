"""Engine-run OCO, trailing and bracket orders on top of a venue's native types.

Against the local Binance server through a real CcxtVenue (ccxt's own client code; the server
has market, limit and stop orders but no OCO/trailing/bracket), and against the paper venue
told to lack them, whose fills must match its own native implementation on the same prices.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from desktop.core import (
    Market,
    Order,
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
)
from desktop.engine.order_emulation import EmulatingVenue, EmulationConfig
from desktop.venues.paper import PaperConfig, PaperVenue
from tests.exchange_server.harness import venue_on
from tests.exchange_server.server import BinanceTestServer, running_server

SYMBOL, SYMBOL_ID = "BTC/USDT", "BTCUSDT"
EMULATED = frozenset({OrderType.OCO, OrderType.TRAILING_STOP, OrderType.BRACKET})


def run(coro, timeout: float = 30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def until(condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    async def poll() -> None:
        while not condition():
            await asyncio.sleep(0.005)

    try:
        await asyncio.wait_for(poll(), timeout)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


async def price_seen(em: EmulatingVenue, server: BinanceTestServer, price: float) -> None:
    """Move the exchange's price and wait until the emulator has taken it into account."""
    seen = em.observed.get(SYMBOL, 0)
    server.set_price(SYMBOL_ID, price)
    await until(lambda: em.observed.get(SYMBOL, 0) > seen, f"the emulator to see {price}")


def server_orders(server: BinanceTestServer) -> list[Order]:
    return server.account.orders()


def open_on_server(server: BinanceTestServer) -> list[Order]:
    return [o for o in server_orders(server) if not o.status.is_final]


def final(em: EmulatingVenue, order_id: str) -> Callable[[], bool]:
    return lambda: em.snapshot(order_id).status.is_final


# -- against the exchange server ---------------------------------------------------------------


def test_capabilities_declare_what_the_engine_emulates():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            caps = EmulatingVenue(ccxt).capabilities
            assert caps.emulated_order_types >= EMULATED
            assert all(caps.is_emulated(t) for t in EMULATED)
            assert not caps.is_emulated(OrderType.LIMIT)
            assert caps.extra["emulated_by_engine"] == ["bracket", "oco", "trailing_stop"]

    run(scenario())


def test_trailing_stop_follows_the_high_and_sells_on_the_retrace():
    async def scenario():
        events: list = []
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt, events.append)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.01, trail_amount=100.0))
            assert order.emulated and order.status is OrderStatus.OPEN
            assert order.stop_price == pytest.approx(49_900.0)
            await price_seen(em, server, 50_300.0)
            assert em.snapshot(order.id).stop_price == pytest.approx(50_200.0)
            await price_seen(em, server, 50_250.0)  # a dip within the trail: nothing happens
            assert em.snapshot(order.id).stop_price == pytest.approx(50_200.0)
            assert server_orders(server) == []
            await price_seen(em, server, 50_150.0)
            await until(final(em, order.id), "the trailing stop to finish")
            done = em.snapshot(order.id)
            assert done.status is OrderStatus.FILLED and done.triggered
            sells = server_orders(server)
            assert [(o.type, o.side, o.amount, o.status) for o in sells] == [
                (OrderType.MARKET, Side.SELL, 0.01, OrderStatus.FILLED)]
            assert done.average == pytest.approx(sells[0].average)
            assert done.average == pytest.approx(50_149.99)  # the bid after the retrace
            published = [e.order for e in events if isinstance(e, OrderEvent)]
            assert [o.status for o in published if o.id == order.id][-1] is OrderStatus.FILLED
            leg = next(o for o in published if o.parent_id == order.id)
            assert leg.type is OrderType.MARKET

    run(scenario())


def test_oco_take_profit_fill_cancels_the_stop_on_the_exchange():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0))
            legs = {o.type: o for o in server_orders(server)}
            assert set(legs) == {OrderType.LIMIT, OrderType.STOP_MARKET}
            assert all(o.amount == 0.01 for o in legs.values())
            server.set_price(SYMBOL_ID, 50_600.0)
            await until(final(em, order.id), "the OCO to finish")
            assert em.snapshot(order.id).status is OrderStatus.FILLED
            states = {o.type: o.status for o in server_orders(server)}
            assert states == {OrderType.LIMIT: OrderStatus.FILLED,
                              OrderType.STOP_MARKET: OrderStatus.CANCELED}
            assert open_on_server(server) == []

    run(scenario())


def test_oco_stop_trigger_cancels_the_take_profit():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0))
            server.set_price(SYMBOL_ID, 49_400.0)
            await until(final(em, order.id), "the OCO to finish")
            done = em.snapshot(order.id)
            assert done.status is OrderStatus.FILLED and done.filled == pytest.approx(0.01)
            states = {o.type: o.status for o in server_orders(server)}
            assert states == {OrderType.LIMIT: OrderStatus.CANCELED,
                              OrderType.STOP_MARKET: OrderStatus.FILLED}
            assert open_on_server(server) == []

    run(scenario())


def test_oco_without_native_stops_watches_the_stop_in_the_engine():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt, config=EmulationConfig(
                missing=frozenset({OrderType.STOP_MARKET})))
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0, stop_price=49_500.0))
            assert [o.type for o in server_orders(server)] == [OrderType.LIMIT]
            await price_seen(em, server, 49_800.0)
            assert open_on_server(server)[0].type is OrderType.LIMIT
            await price_seen(em, server, 49_450.0)
            await until(final(em, order.id), "the OCO to finish")
            assert em.snapshot(order.id).status is OrderStatus.FILLED
            states = [(o.type, o.status) for o in server_orders(server)]
            assert states == [(OrderType.LIMIT, OrderStatus.CANCELED),
                              (OrderType.MARKET, OrderStatus.FILLED)]
            assert server_orders(server)[1].average == pytest.approx(49_449.99)

    run(scenario())


def test_oco_whose_coins_are_locked_by_the_take_profit_watches_its_stop_in_the_engine():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:  # holds 1 BTC
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.OCO, 1.0, price=50_500.0, stop_price=49_500.0))
            assert [o.type for o in server_orders(server)] == [OrderType.LIMIT]
            await price_seen(em, server, 49_400.0)
            await until(final(em, order.id), "the OCO to finish")
            assert [(o.type, o.status) for o in server_orders(server)] == [
                (OrderType.LIMIT, OrderStatus.CANCELED), (OrderType.MARKET, OrderStatus.FILLED)]

    run(scenario())


def test_oco_partial_take_profit_resizes_the_stop_and_cancel_leaves_nothing_open():
    async def scenario():
        server_kwargs = {"balances": {"USDT": 1_000_000.0, "BTC": 20.0}}
        async with running_server(**server_kwargs) as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.OCO, 5.0, price=50_500.0, stop_price=49_500.0))
            # The best bid (size 2) reaches the take-profit: it fills in part.
            server.set_price(SYMBOL_ID, 50_500.01)
            await until(lambda: len([o for o in server_orders(server)
                                     if o.type is OrderType.STOP_MARKET]) >= 2,
                        "a resized stop")
            server.set_price(SYMBOL_ID, 50_200.0)

            def settled() -> bool:
                tp = next(o for o in server_orders(server) if o.type is OrderType.LIMIT)
                stops = [o for o in open_on_server(server) if o.type is OrderType.STOP_MARKET]
                return len(stops) == 1 and stops[0].amount == pytest.approx(5.0 - tp.filled)

            await until(settled, "one stop for what the take-profit has left")
            first_stop = next(o for o in server_orders(server)
                              if o.type is OrderType.STOP_MARKET)
            assert first_stop.amount == 5.0 and first_stop.status is OrderStatus.CANCELED
            assert em.snapshot(order.id).status is OrderStatus.PARTIALLY_FILLED
            canceled = await em.cancel_order(order.id, SYMBOL)
            assert canceled.status is OrderStatus.CANCELED
            assert open_on_server(server) == []

    run(scenario())


def test_bracket_entry_fill_places_both_exits_and_cancel_cancels_them():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.BUY, OrderType.BRACKET, 0.02, take_profit=50_500.0,
                stop_loss=49_500.0))
            assert order.emulated and order.filled == pytest.approx(0.02)
            # The entry filled completely: the parent works its exits, not "partially filled".
            assert em.snapshot(order.id).status is OrderStatus.OPEN
            kinds = [(o.type, o.side, o.amount, o.status) for o in server_orders(server)]
            assert kinds == [
                (OrderType.MARKET, Side.BUY, 0.02, OrderStatus.FILLED),
                (OrderType.LIMIT, Side.SELL, 0.02, OrderStatus.OPEN),
                (OrderType.STOP_MARKET, Side.SELL, 0.02, OrderStatus.OPEN)]
            exits = [o for o in em.emulated_orders() if o.parent_id == order.id]
            assert [o.type for o in exits] == [OrderType.OCO]
            canceled = await em.cancel_order(order.id, SYMBOL)
            assert canceled.status is OrderStatus.CANCELED
            assert open_on_server(server) == []
            assert all(o.status.is_final for o in em.emulated_orders())

    run(scenario())


def test_bracket_exit_fill_ends_the_group_with_nothing_left_open():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.BUY, OrderType.BRACKET, 0.02, take_profit=50_500.0,
                stop_loss=49_500.0))
            server.set_price(SYMBOL_ID, 49_400.0)
            await until(final(em, order.id), "the bracket to finish")
            assert em.snapshot(order.id).status is OrderStatus.FILLED
            assert open_on_server(server) == []

    run(scenario())


def test_bracket_exits_grow_with_each_partial_entry_fill():
    async def scenario():
        server_kwargs = {"balances": {"USDT": 1_000_000.0, "BTC": 10.0}}
        async with running_server(**server_kwargs) as server, venue_on(server) as ccxt:
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_100.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.BUY, OrderType.BRACKET, 5.0, price=50_000.0,
                take_profit=50_500.0, stop_loss=49_500.0))
            assert [o.type for o in server_orders(server)] == [OrderType.LIMIT]
            # The best ask (size 2) comes down to the entry: it fills in parts.
            server.set_price(SYMBOL_ID, 49_999.99)

            def exits_cover_the_entry() -> bool:
                entry = server_orders(server)[0]
                live = [o for o in open_on_server(server) if o.side is Side.SELL]
                return entry.filled > 0 and len(live) == 2 and all(
                    o.amount == pytest.approx(entry.filled) for o in live)

            await until(lambda: server_orders(server)[0].filled == 5.0,
                        "the entry to fill completely")
            await until(exits_cover_the_entry, "exits sized to the whole entry")
            replaced = [o for o in server_orders(server)
                        if o.side is Side.SELL and o.status is OrderStatus.CANCELED]
            assert replaced and all(o.amount < 5.0 for o in replaced)
            assert em.snapshot(order.id).filled == pytest.approx(5.0)
            await em.cancel_order(order.id, SYMBOL)
            assert open_on_server(server) == []

    run(scenario())


def test_reduce_only_trailing_sell_sells_no_more_than_is_held():
    async def scenario():
        async with running_server() as server, venue_on(server) as ccxt:  # holds 1 BTC
            em = EmulatingVenue(ccxt)
            server.set_price(SYMBOL_ID, 50_000.0)
            order = await em.create_order(OrderRequest(
                SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 3.0, trail_amount=50.0,
                reduce_only=True))
            await price_seen(em, server, 49_900.0)
            await until(final(em, order.id), "the trailing stop to finish")
            sells = server_orders(server)
            assert [(o.type, o.amount) for o in sells] == [(OrderType.MARKET, 1.0)]
            assert em.snapshot(order.id).filled == pytest.approx(1.0)

    run(scenario())


def test_closing_cancels_live_legs_at_the_exchange():
    async def scenario():
        async with running_server() as server:
            async with venue_on(server) as ccxt:
                em = EmulatingVenue(ccxt)
                server.set_price(SYMBOL_ID, 50_000.0)
                await em.create_order(OrderRequest(
                    SYMBOL, Side.SELL, OrderType.OCO, 0.01, price=50_500.0,
                    stop_price=49_500.0))
                await em.close()
            assert len(server_orders(server)) == 2
            assert open_on_server(server) == []

    run(scenario())


# -- the paper venue told to lack them agrees with its own native implementation -------------

MARKET = Market(SYMBOL, "BTC", "USDT", price_tick=0.01, amount_step=0.0001, venue="paper")


def paper() -> PaperVenue:
    return PaperVenue([MARKET], {"USDT": 100_000.0, "BTC": 1.0}, config=PaperConfig())


def tick(ts: int, price: float) -> Tick:
    return Tick(SYMBOL, ts, price, round(price - 0.01, 2), round(price + 0.01, 2))


async def settle() -> None:
    for _ in range(20):  # the emulator's streams are queues on this loop: let them drain
        await asyncio.sleep(0)


async def play(request: OrderRequest, path: list[float]) -> tuple[list, list, Order, Order]:
    native_venue, inner = paper(), paper()
    em = EmulatingVenue(inner, config=EmulationConfig(missing=EMULATED))
    assert em.capabilities.is_emulated(request.type)
    ts = 1_700_000_000_000
    for venue in (native_venue, inner):
        venue.on_tick(tick(ts, 50_000.0))
    native = await native_venue.create_order(request)
    emulated = await em.create_order(request)
    await settle()
    for i, price in enumerate(path, start=1):
        for venue in (native_venue, inner):
            venue.on_tick(tick(ts + i * 1000, price))
        await settle()
    native = await native_venue.fetch_order(native.id, SYMBOL)
    emulated = await em.fetch_order(emulated.id, SYMBOL)

    def fills(trades) -> list:
        return [(f.side, f.price, f.amount) for f in trades]

    result = (fills(await native_venue.fetch_my_trades()), fills(await inner.fetch_my_trades()),
              native, emulated)
    assert [o for o in await inner.fetch_open_orders()] == []
    await em.close()
    return result


PATH_UP_THEN_DOWN = [50_100.0, 50_300.0, 50_250.0, 50_150.0, 49_900.0]
PATH_DOWN = [49_900.0, 49_600.0, 49_450.0, 49_300.0]
PATH_UP = [50_200.0, 50_450.0, 50_600.0, 50_700.0]


@pytest.mark.parametrize(("request_", "path"), [
    (OrderRequest(SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.5, trail_amount=100.0),
     PATH_UP_THEN_DOWN),
    (OrderRequest(SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.5, trail_percent=0.2),
     PATH_UP_THEN_DOWN),
    (OrderRequest(SYMBOL, Side.SELL, OrderType.OCO, 0.5, price=50_500.0, stop_price=49_500.0),
     PATH_DOWN),
    (OrderRequest(SYMBOL, Side.SELL, OrderType.OCO, 0.5, price=50_500.0, stop_price=49_500.0),
     PATH_UP),
    (OrderRequest(SYMBOL, Side.BUY, OrderType.BRACKET, 0.5, take_profit=50_500.0,
                  stop_loss=49_500.0), PATH_DOWN),
    (OrderRequest(SYMBOL, Side.BUY, OrderType.BRACKET, 0.5, take_profit=50_500.0,
                  stop_loss=49_500.0), PATH_UP),
], ids=["trailing-amount", "trailing-percent", "oco-stop", "oco-take-profit",
        "bracket-stop", "bracket-take-profit"])
def test_emulation_over_paper_fills_like_the_paper_venue_itself(request_, path):
    native_fills, emulated_fills, native, emulated = run(play(request_, path))
    assert native_fills and emulated_fills == native_fills
    assert emulated.emulated and emulated.type is request_.type
    assert (emulated.status, emulated.filled) == (native.status, native.filled)
