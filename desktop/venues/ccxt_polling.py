"""Streams made of REST polls, for exchanges (or setups) without a usable WebSocket feed.

A poll loop yields an item only when it differs from the last one yielded, keeps going through
temporary trouble (network, outage, rate limit, ban: the resilience layer already waits and
says why in ConnectionEvents) and stops when the venue closes or the consumer stops iterating.
Permanent errors (bad credentials, unknown symbol) end the stream with that error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from typing import Protocol, TypeVar

from desktop.core import ExchangeBanned, Fill, Order, RateLimited, VenueError
from desktop.venues.ccxt_errors import LookupRefused
from desktop.venues.resilience import CircuitOpen

log = logging.getLogger(__name__)

T = TypeVar("T")
_PASSING = (RateLimited, ExchangeBanned, CircuitOpen)


def is_passing_trouble(err: VenueError) -> bool:
    return err.retryable or isinstance(err, _PASSING)


async def wait_or_closed(closed: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(closed.wait(), seconds)


async def poll_changes(fetch: Callable[[], Awaitable[T]], key: Callable[[T], Hashable],
                       interval_s: float, closed: asyncio.Event) -> AsyncIterator[T]:
    last: Hashable = object()
    while not closed.is_set():
        try:
            item = await fetch()
        except VenueError as err:
            if not is_passing_trouble(err):
                raise
        else:
            current = key(item)
            if current != last:
                last = current
                yield item
        await wait_or_closed(closed, interval_s)


async def poll_batches(fetch: Callable[[], Awaitable[list[T]]], interval_s: float,
                       closed: asyncio.Event) -> AsyncIterator[list[T]]:
    """Every successful poll's result (the caller decides what is new)."""
    while not closed.is_set():
        try:
            batch = await fetch()
        except VenueError as err:
            if not is_passing_trouble(err):
                raise
        else:
            yield batch
        await wait_or_closed(closed, interval_s)


class OrderSource(Protocol):
    async def fetch_open_orders(self, symbol: str | None = None) -> list[Order]: ...
    async def fetch_order(self, order_id: str, symbol: str) -> Order: ...
    async def fetch_my_trades(self, symbol: str | None = None,
                              since_ms: int | None = None) -> list[Fill]: ...
    def known_orders(self) -> list[Order]: ...


async def poll_orders(venue: OrderSource, symbol: str | None, interval_s: float,
                      closed: asyncio.Event) -> AsyncIterator[Order]:
    """Every change of our orders: the open list, plus a final lookup of each known order that
    left it (filled or canceled between two polls; a market order is never in it)."""
    shown: dict[str, Order] = {}
    refused: set[str] = set()  # orders the exchange will not look up: left aside

    async def poll() -> list[Order]:
        current = {o.id: o for o in await venue.fetch_open_orders(symbol)}
        for order in venue.known_orders():
            if symbol not in (None, order.symbol) or order.id in current or order.id in refused:
                continue
            if not order.status.is_final:
                try:
                    order = await venue.fetch_order(order.id, order.symbol)
                except LookupRefused as err:  # one order must not stop the others' updates
                    log.warning("%s; the orders stream goes on without it", err)
                    refused.add(order.id)
                    continue
            current[order.id] = order
        return list(current.values())

    async for batch in poll_batches(poll, interval_s, closed):
        for order in batch:
            if shown.get(order.id) != order:
                shown[order.id] = order
                yield order


async def poll_fills(venue: OrderSource, symbol: str | None, since_ms: int, interval_s: float,
                     closed: asyncio.Event) -> AsyncIterator[Fill]:
    """Our executions from `since_ms` on, each once."""
    seen: set[str] = set()

    async def poll() -> list[Fill]:
        return await venue.fetch_my_trades(symbol, since_ms)

    async for batch in poll_batches(poll, interval_s, closed):
        for fill in batch:
            if fill.id not in seen:
                seen.add(fill.id)
                yield fill
