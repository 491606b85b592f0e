"""A `CcxtVenue` (real ccxt binance client) pointed at a running `BinanceTestServer`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

from desktop.core import Event
from desktop.venues.ccxt_venue import CcxtCredentials, CcxtVenue, CcxtVenueConfig
from desktop.venues.resilience import RetryPolicy
from tests.exchange_server.server import API_KEY, API_SECRET, BinanceTestServer

# Short waits keep the suite fast; the behaviour under test is the same at any scale.
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay_s=0.02, max_delay_s=0.2, jitter=0.5)
RECV_WINDOW_MS = 3000
SEND_GRACE_S = (RECV_WINDOW_MS + 500) / 1000  # plus the clock offset, near 0 on loopback


def venue_config(server: BinanceTestServer, **changes) -> CcxtVenueConfig:
    base = f"{server.base_url}/api/v3"
    config = CcxtVenueConfig(
        exchange_id="binance",
        credentials=CcxtCredentials(API_KEY, API_SECRET),
        api_urls={"public": base, "private": base},
        timeout_s=2.0,
        poll_interval_s=0.02,
        retry=FAST_RETRY,
        breaker_threshold=5,
        breaker_cooldown_s=0.3,
        ccxt_config={"rateLimit": 1},  # ccxt's limiter stays on, at a loopback pace
        # A short receive window (Binance's default is 5 s, ccxt's 10 s): an order whose
        # answer was lost is proven never placed SEND_GRACE_S after it was signed.
        options={"recvWindow": RECV_WINDOW_MS},
        send_margin_s=0.5,
        settle_wait_s=4.0,
    )
    return replace(config, **changes)


@asynccontextmanager
async def venue_on(server: BinanceTestServer, events: list[Event] | None = None,
                   **changes) -> AsyncIterator[CcxtVenue]:
    sink = events.append if events is not None else None
    venue = CcxtVenue(venue_config(server, **changes), publish=sink)
    try:
        yield venue
    finally:
        await venue.close()


def futures_venue_config(server: BinanceTestServer, **changes) -> CcxtVenueConfig:
    """ccxt's `binanceusdm` (Binance USDⓈ-M) pointed at the server's /fapi endpoints and its
    futures market streams (/fws, standing in for fstream.binance.com/ws)."""
    base = server.base_url
    urls = {f"fapi{side}{version}": f"{base}/fapi/{path}"
            for side in ("Public", "Private")
            for version, path in (("", "v1"), ("V2", "v2"), ("V3", "v3"))}
    ws = {"linear": f"ws://127.0.0.1:{server.port}/fws"} if changes.get("websocket") else {}
    return venue_config(server, exchange_id="binanceusdm", api_urls=urls, ws_urls=ws,
                        **changes)


@asynccontextmanager
async def futures_venue_on(server: BinanceTestServer, events: list[Event] | None = None,
                           **changes) -> AsyncIterator[CcxtVenue]:
    sink = events.append if events is not None else None
    venue = CcxtVenue(futures_venue_config(server, **changes), publish=sink)
    try:
        yield venue
    finally:
        await venue.close()
