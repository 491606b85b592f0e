"""An exchange that cannot be reached at all (nothing listens) is said to be unreachable,
not a connection that dropped."""

from __future__ import annotations

import asyncio
import socket

import pytest

from desktop.core import PregaoError
from desktop.venues.ccxt_venue import CcxtVenue
from tests.exchange_server import running_server
from tests.exchange_server.harness import venue_config


def _closed_port() -> int:
    with socket.socket() as s:  # bound then closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_exchange_reads_cannot_reach():
    async def scenario() -> str:
        async with running_server() as server:
            base = f"http://127.0.0.1:{_closed_port()}/api/v3"
            venue = CcxtVenue(venue_config(server, api_urls={"public": base, "private": base}))
            try:
                with pytest.raises(PregaoError) as caught:
                    await venue.fetch_balances()
            finally:
                await venue.close()
        return str(caught.value)

    text = asyncio.run(asyncio.wait_for(scenario(), 30))
    assert "Cannot reach Binance" in text and "dropped" not in text
