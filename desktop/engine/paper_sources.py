"""A paper account priced by a live venue's public data.

The demo market and a replay push every symbol's ticks onto the event bus, and the paper venue
simply listens. A live exchange has hundreds of symbols, and polling each would earn a ban, so
`LiveFedPaperVenue` follows a symbol only once someone needs its price: an order, a ticker
request or stream. The first price is fetched at once (an order never waits for a poll
interval), the venue's ticker stream keeps it current from then on.

Only ticks are fed, never order books: a book fetched once and not kept current would price
fills from a stale depth, while a tick's top of book is always the newest the source has.
A linear perpetual is also followed by the source's mark-price stream when it has one
(`watch_mark_price`, yielding `MarkPriceEvent`s): mark, funding rate and next funding time
come from the exchange, as the paper venue's margin and funding rules need.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from desktop.core import Order, OrderRequest, Tick, VenueError
from desktop.venues.base import Venue
from desktop.venues.paper import PaperVenue

log = logging.getLogger(__name__)
RETRY_S = 2.0


class LiveFedPaperVenue(PaperVenue):
    """A `PaperVenue` whose prices come from `source`'s ticker (its `market_data` too)."""

    def __init__(self, *args, source: Venue,
                 close_source: Callable[[], Awaitable[None]] | None = None, **kwargs) -> None:
        super().__init__(*args, market_data=source, **kwargs)
        self._source = source
        self._close_source = close_source  # set when this account opened the source itself
        self._followers: dict[str, asyncio.Task] = {}

    async def follow(self, symbol: str) -> None:
        """Make sure `symbol` has a current price and keeps getting one."""
        if symbol in self._followers:
            return
        self.on_tick(await self._source.fetch_ticker(symbol))
        self._followers[symbol] = asyncio.create_task(self._stream(symbol),
                                                      name=f"paper-prices-{symbol}")
        marks = getattr(self._source, "watch_mark_price", None)
        market = next((m for m in self.engine.markets() if m.symbol == symbol), None)
        if marks is not None and market is not None and market.kind.has_margin:
            self._followers[f"{symbol}/mark"] = asyncio.create_task(
                self._marks(symbol, marks), name=f"paper-marks-{symbol}")

    async def _marks(self, symbol: str, watch) -> None:
        while True:
            try:
                async for event in watch(symbol):
                    self.engine.on_mark_price(event)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the mark waits; trades mark the position meanwhile
                log.warning("Mark prices of %s from %s stopped (%s)", symbol,
                            self._source.name, exc)
            await asyncio.sleep(RETRY_S)

    async def _stream(self, symbol: str) -> None:
        while True:
            try:
                async for tick in self._source.watch_ticker(symbol):
                    self.on_tick(tick)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # trouble at the source: the price waits, it comes back
                log.warning("Paper prices of %s from %s stopped (%s)", symbol,
                            self._source.name, exc)
            await asyncio.sleep(RETRY_S)

    async def create_order(self, request: OrderRequest) -> Order:
        self._ensure_open()
        await self.follow(request.symbol)
        return await super().create_order(request)

    async def fetch_ticker(self, symbol: str) -> Tick:
        self._ensure_open()
        await self.follow(symbol)
        return await super().fetch_ticker(symbol)

    async def _followed_ticks(self, symbol: str) -> AsyncIterator[Tick]:
        await self.follow(symbol)
        async for tick in super().watch_ticker(symbol):
            yield tick

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]:
        return self._followed_ticks(symbol)

    async def close(self) -> None:
        tasks = list(self._followers.values())
        self._followers.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await super().close()
        if self._close_source is not None:
            close, self._close_source = self._close_source, None
            try:
                await close()
            except VenueError as exc:
                log.warning("Closing the price source %s: %s", self._source.name, exc)
