"""CcxtVenue under faults injected by the local Binance peer. Timing is judged by the server's
own request log (arrival and answer stamps), never by the test's wall clock."""

from __future__ import annotations

import asyncio

import pytest

from desktop.core import (
    AuthenticationError,
    ConnectionEvent,
    ConnectionState,
    ExchangeBanned,
    ExchangeUnavailable,
    InvalidOrder,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
)
from desktop.venues.ccxt_errors import OrderNotPlaced
from desktop.venues.resilience import CircuitOpen, utc_clock_text
from tests.exchange_server import running_server
from tests.exchange_server.harness import RECV_WINDOW_MS, venue_on

TICKER = "/api/v3/ticker/24hr"
ORDER = "/api/v3/order"


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def states(events) -> list[ConnectionState]:
    return [e.state for e in events if isinstance(e, ConnectionEvent)]


def market_buy(cid: str) -> OrderRequest:
    return OrderRequest("BTC/USDT", Side.BUY, OrderType.MARKET, 0.01, client_order_id=cid)


async def sleep_until_server_time(server, ms: int) -> None:
    while server.now_ms() < ms:
        await asyncio.sleep(max(0.01, (ms - server.now_ms()) / 1000))


def test_429_waits_at_least_retry_after_then_retries():
    async def scenario():
        events: list = []
        async with running_server() as server, venue_on(server, events) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, "429", retry_after_s=1)
            tick = await venue.fetch_ticker("BTC/USDT")
            limited, retried = server.log.to(TICKER)
        assert tick.last == 50_000.0
        assert (limited.status, retried.status) == (429, 200)
        assert retried.arrived_ms >= limited.answered_ms + 1000
        assert ConnectionState.DEGRADED in states(events)

    run(scenario())


def test_418_ban_stops_every_request_until_it_ends():
    async def scenario():
        events: list = []
        async with running_server() as server, venue_on(server, events) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, "418", retry_after_s=1)
            with pytest.raises(ExchangeBanned) as banned:
                await venue.fetch_ticker("BTC/USDT")
            before = len(server.log)
            with pytest.raises(ExchangeBanned) as still:  # any request, not just that path
                await venue.fetch_balances()
            with pytest.raises(ExchangeBanned):
                await venue.create_order(market_buy("during-ban"))
            assert len(server.log) == before  # nothing was sent during the ban
            until = banned.value.until_ms
            assert still.value.until_ms == until
            assert abs(until - server.banned_until_ms) <= 1000
            assert f"until {utc_clock_text(until)}" in str(banned.value)
            await sleep_until_server_time(server, max(until, server.banned_until_ms) + 20)
            balances = await venue.fetch_balances()
            first_after = server.log.records[before]
        assert balances and first_after.status == 200
        assert first_after.arrived_ms >= server.banned_until_ms
        assert states(events)[-2:] == [ConnectionState.BANNED, ConnectionState.CONNECTED]

    run(scenario())


def test_418_banned_until_message_without_retry_after():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            until = server.now_ms() + 600
            server.faults.next(TICKER, "418", banned_until_ms=until)
            with pytest.raises(ExchangeBanned) as banned:
                await venue.fetch_ticker("BTC/USDT")
            assert banned.value.until_ms == until
            await sleep_until_server_time(server, until + 20)
            assert (await venue.fetch_ticker("BTC/USDT")).last == 50_000.0

    run(scenario())


@pytest.mark.parametrize("status", ["500", "502", "503"])
def test_server_errors_on_reads_are_retried(status):
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, status, count=2)
            tick = await venue.fetch_ticker("BTC/USDT")
            answers = [r.status for r in server.log.to(TICKER)]
        assert tick.last == 50_000.0
        assert answers == [int(status), int(status), 200]

    run(scenario())


def test_breaker_opens_after_n_failures_and_closes_after_a_good_probe():
    async def scenario():
        events: list = []
        async with running_server() as server, \
                venue_on(server, events, breaker_threshold=3, breaker_cooldown_s=0.3) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, "503", count=3)
            with pytest.raises(ExchangeUnavailable, match="temporarily unavailable"):
                await venue.fetch_ticker("BTC/USDT")
            assert states(events) == [ConnectionState.DEGRADED]
            sent = len(server.log)
            with pytest.raises(CircuitOpen, match="requests are paused"):
                await venue.fetch_balances()
            assert len(server.log) == sent  # open: nothing goes out
            await asyncio.sleep(0.35)  # the cool-down configured above
            tick = await venue.fetch_ticker("BTC/USDT")  # the half-open probe
            assert tick.last == 50_000.0
            assert states(events) == [ConnectionState.DEGRADED, ConnectionState.CONNECTED]
            assert [r.status for r in server.log.to(TICKER)] == [503, 503, 503, 200]

    run(scenario())


def test_a_failed_probe_opens_the_breaker_again():
    async def scenario():
        events: list = []
        async with running_server() as server, \
                venue_on(server, events, breaker_threshold=2, breaker_cooldown_s=0.2) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, "502", count=3)
            with pytest.raises(ExchangeUnavailable):
                await venue.fetch_ticker("BTC/USDT")
            await asyncio.sleep(0.25)
            with pytest.raises(ExchangeUnavailable):
                await venue.fetch_ticker("BTC/USDT")  # the probe fails: open again
            with pytest.raises(CircuitOpen):
                await venue.fetch_ticker("BTC/USDT")
            assert [r.status for r in server.log.to(TICKER)] == [502, 502, 502]

    run(scenario())


def test_slow_read_times_out_and_is_retried():
    async def scenario():
        async with running_server() as server, venue_on(server, timeout_s=0.3) as venue:
            await venue.load_markets()
            server.faults.next(TICKER, "slow", delay_s=0.8)
            tick = await venue.fetch_ticker("BTC/USDT")
            attempts = server.log.to(TICKER)
        assert tick.last == 50_000.0
        assert [r.fault for r in attempts] == ["slow", ""] and attempts[1].status == 200

    run(scenario())


def test_slow_create_order_is_looked_up_not_resent():
    async def scenario():
        async with running_server() as server, venue_on(server, timeout_s=0.3) as venue:
            await venue.load_markets()
            await venue.fetch_balances()  # clock synced: the next requests are the order's
            server.faults.next(ORDER, "slow", method="POST", delay_s=0.8)
            order = await venue.create_order(market_buy("slow-1"))
            placed = server.account.orders()
            posts = server.log.to(ORDER, "POST")
            lookups = server.log.to(ORDER, "GET")
        assert len(placed) == 1 and len(posts) == 1
        assert [r.params.get("origClientOrderId") for r in lookups] == ["slow-1"]
        assert order.id == placed[0].id.removeprefix("po-")
        assert order.client_order_id == "slow-1" and order.status is OrderStatus.FILLED

    run(scenario())


def test_dropped_connection_on_a_read_is_retried():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            server.faults.next("/api/v3/account", "drop")
            balances = {b.currency: b.free for b in await venue.fetch_balances()}
            answers = [r.status for r in server.log.to("/api/v3/account")]
        assert balances["USDT"] == 10_000.0
        assert answers == [0, 200]  # 0: the first connection was closed unanswered

    run(scenario())


def test_order_dropped_before_arrival_is_reported_not_placed_and_can_be_resent():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(ORDER, "drop", method="POST")
            with pytest.raises(OrderNotPlaced) as not_placed:
                await venue.create_order(market_buy("drop-1"))
            assert server.account.orders() == []
            assert not_placed.value.client_order_id == "drop-1"
            assert "was not placed" in str(not_placed.value)
            assert "safe to send again" in str(not_placed.value)
            order = await venue.create_order(market_buy("drop-1"))  # the trader resends
            assert [o.id.removeprefix("po-") for o in server.account.orders()] == [order.id]
            assert len(server.log.to(ORDER, "POST")) == 2

    run(scenario())


def test_order_accepted_but_answer_lost_is_found_by_client_id_exactly_once():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(ORDER, "accept_then_drop", method="POST")
            order = await venue.create_order(market_buy("lost-1"))
            placed = server.account.orders()
            assert len(placed) == 1  # never two
            assert order.id == placed[0].id.removeprefix("po-")
            assert (order.client_order_id, order.status, order.filled) == (
                "lost-1", OrderStatus.FILLED, 0.01)
            assert [r.status for r in server.log.to(ORDER, "POST")] == [0]

    run(scenario())


def test_clock_drift_is_resynced_and_the_request_retried_once():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.fetch_balances()
            assert abs(venue.clock_offset_ms) < 1000
            server.clock_skew_ms = 30_000  # the exchange's clock is now 30 s ahead of ours
            start = len(server.log)
            balances = await venue.fetch_balances()
            order = await venue.create_order(market_buy("skew-1"))
            trail = [(r.path, r.status) for r in server.log.records[start:]]
        assert balances
        assert trail[:3] == [("/api/v3/account", 400), ("/api/v3/time", 200),
                             ("/api/v3/account", 200)]
        assert trail[3:] == [(ORDER, 200)]  # already in step: sent once
        assert 29_000 < venue.clock_offset_ms < 31_000
        assert order.status is OrderStatus.FILLED

    run(scenario())


def test_clock_rejection_of_an_order_resends_it_after_resync():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.fetch_balances()
            server.clock_skew_ms = -30_000  # our stamps now look 30 s in the future
            order = await venue.create_order(market_buy("skew-2"))
            posts = [r.status for r in server.log.to(ORDER, "POST")]
            assert posts == [400, 200]  # -1021 means refused: resending cannot duplicate
            assert len(server.account.orders()) == 1 and order.client_order_id == "skew-2"

    run(scenario())


def test_injected_filter_failure_without_a_known_cause_keeps_the_exchange_words():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(ORDER, "error", method="POST", code=-1013,
                               msg="Filter failure: PERCENT_PRICE_BY_SIDE")
            with pytest.raises(InvalidOrder) as rejected:
                await venue.create_order(market_buy("pp-1"))
        assert str(rejected.value) == (
            "Binance rejected the order: Filter failure: PERCENT_PRICE_BY_SIDE")

    run(scenario())


def test_a_key_revoked_mid_session_is_an_authentication_error_not_a_rate_limit():
    async def scenario():
        events: list = []
        async with running_server() as server, venue_on(server, events) as venue:
            await venue.fetch_balances()
            server.keys.clear()  # the trader deleted the key on the exchange's website
            with pytest.raises(AuthenticationError, match="rejected the API key"):
                await venue.fetch_balances()
            assert [r.status for r in server.log.to("/api/v3/account")] == [200, 401]
            assert ConnectionState.BANNED not in states(events)

    run(scenario())


def test_order_answered_503_is_looked_up_before_anything_else():
    async def scenario():
        async with running_server() as server, venue_on(server) as venue:
            await venue.load_markets()
            server.faults.next(ORDER, "503", method="POST")  # refused before matching
            with pytest.raises(OrderNotPlaced, match="temporarily unavailable"):
                await venue.create_order(market_buy("busy-1"))
            trail = [(r.method, r.path, r.status) for r in server.log.records
                     if r.path == ORDER]
        # -2013 twice, the second once the request could no longer be accepted: never arrived
        assert trail == [("POST", ORDER, 503), ("GET", ORDER, 400), ("GET", ORDER, 400)]
        post, _, last = (r for r in server.log.records if r.path == ORDER)
        assert last.arrived_ms >= post.arrived_ms + RECV_WINDOW_MS
        assert server.account.orders() == []

    run(scenario())
