"""The price-feed protocol the engine consumes, and the clocks feeds run on.

A feed is a source of prices for a set of symbols: the embedded demo market, a replayed candle
file, or (later) a live exchange stream. The engine calls the synchronous accessors from its
own thread at any time to get a snapshot (history for a chart, the current book for order
entry) and runs `run()` once on its asyncio loop to receive the stream.

Events a feed publishes from `run()`:

- `TickEvent`: top of book, last price and 24h statistics (the demo: 5-10 per second per symbol).
- `BookEvent`: the 20-level order book, moved with the price.
- `BarEvent(symbol, bar, closed=False)`: the forming 1m candle after every tick.
- `BarEvent(symbol, bar, closed=True)`: exactly once per candle, when it completes. After it,
  `history_1m(symbol)` ends with that bar.
- `ReplayStateEvent`: replay feeds only, on progress, pause, resume and speed change.

Every event carries the feed's `venue` ("demo", "replay") so events of several feeds can share
one bus.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from desktop.core import Bar, Candles, Event, Market, OrderBook, Tick

Publish = Callable[[Event], None]
"""Thread-safe event sink; the engine passes its event bus's publish method."""

Clock = Callable[[], float]
"""Wall-clock time in seconds since the epoch (UTC), like `time.time`. A clock object may also
offer `async sleep(seconds)`; feeds then wait through it instead of `asyncio.sleep`, which is
how `VirtualClock` makes live streams run instantly and deterministically in tests."""


@runtime_checkable
class MarketFeed(Protocol):
    venue: str  # "demo", "replay"

    def markets(self) -> list[Market]:
        """Precision, limits and fees of every symbol the feed streams."""
        ...

    def history_1m(self, symbol: str) -> Candles:
        """Closed candles so far, oldest first (1m for the demo; the file's timeframe in replay)."""
        ...

    def forming_bar(self, symbol: str) -> Bar | None:
        """The current unfinished candle, or None before the first tick of a new one."""
        ...

    def order_book(self, symbol: str) -> OrderBook:
        """The current 20-level book (bids descending, asks ascending)."""
        ...

    def last_tick(self, symbol: str) -> Tick | None:
        """The newest tick, or None before the feed has produced one."""
        ...

    async def run(self, publish: Publish) -> None:
        """Stream events into `publish` until cancelled. Cancellation propagates as
        `asyncio.CancelledError`; the feed stays usable (its snapshots remain valid) and a new
        `run` continues from where the previous one stopped."""
        ...


class VirtualClock:
    """A clock whose time moves only when someone sleeps on it or calls `advance`.

    Sleeping advances time at once and yields to the loop, so a feed streams minutes of market
    time in milliseconds, with the same event sequence on every run.
    """

    def __init__(self, start: float) -> None:
        self._now = float(start)

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += max(0.0, seconds)

    async def sleep(self, seconds: float) -> None:
        self.advance(seconds)
        await asyncio.sleep(0)


def system_clock() -> float:
    return time.time()


async def sleep_on(clock: Clock, seconds: float) -> None:
    """Wait `seconds` of the clock's time: the clock's own `sleep` if it has one."""
    sleeper = getattr(clock, "sleep", None)
    if sleeper is not None:
        await sleeper(seconds)
    else:
        await asyncio.sleep(max(0.0, seconds))
