"""Streams made of REST polls, for exchanges (or setups) without a usable WebSocket feed.

A poll loop yields an item only when it differs from the last one yielded, keeps going through
temporary trouble (network, outage, rate limit, ban: the resilience layer already waits and
says why in ConnectionEvents) and stops when the venue closes or the consumer stops iterating.
Permanent errors (bad credentials, unknown symbol) end the stream with that error.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from typing import TypeVar

from desktop.core import ExchangeBanned, RateLimited, VenueError
from desktop.venues.resilience import CircuitOpen

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
