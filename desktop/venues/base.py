"""The one asynchronous interface every trading venue offers: `CcxtVenue`, `PaperVenue`.

The engine talks to a venue only through `Venue`. Everything a venue returns is a
`desktop.core` record (Market, Candles, Tick, OrderBook, Balance, Order, Fill, Trade), never an
exchange's raw dict, and every failure is a `desktop.core.errors.VenueError` subclass whose
message a trader can read.

What a venue can do is *declared* in its `VenueCapabilities`, not probed: the order entry panel
greys out order types that neither the venue nor our emulation offers, the data layer pages
candle history by `max_ohlcv_page`, and the engine subscribes only to the streams that exist.

Streams are async iterators: `async for tick in venue.watch_ticker("BTC/USDT")`. Each call
starts an independent subscription that ends when the consumer stops iterating (or the venue
is closed). Calling a stream the venue does not declare raises `VenueError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

from desktop.core import (
    Balance,
    Candles,
    Fill,
    Market,
    Order,
    OrderBook,
    OrderRequest,
    OrderType,
    Tick,
    TimeInForce,
    Trade,
)


class Stream(StrEnum):
    """Push subscriptions a venue may offer (`watch_*` methods)."""

    TICKER = "ticker"  # watch_ticker -> Tick
    ORDER_BOOK = "order_book"  # watch_order_book -> OrderBook
    TRADES = "trades"  # watch_trades -> Trade (public prints of everybody)
    ORDERS = "orders"  # watch_orders -> Order (our orders, every state change)
    MY_TRADES = "my_trades"  # watch_my_trades -> Fill (our executions)


@dataclass(slots=True, frozen=True)
class VenueCapabilities:
    """What a venue offers, declared by the venue itself.

    `native_order_types` are executed by the venue; `emulated_order_types` are accepted by
    `create_order` but carried out by our own code on top of native types (their orders come
    back with `Order.emulated == True`). A type in neither set is rejected with `InvalidOrder`.
    """

    venue: str
    native_order_types: frozenset[OrderType]
    emulated_order_types: frozenset[OrderType] = frozenset()
    time_in_force: frozenset[TimeInForce] = frozenset({TimeInForce.GTC})
    streams: frozenset[Stream] = frozenset()
    sandbox: bool = False  # a testnet/sandbox mode exists (keys for it are separate)
    max_ohlcv_page: int = 500  # most candles one fetch_ohlcv call returns
    timeframes: tuple[str, ...] = ("1m",)
    fetch_order_by_client_id: bool = True  # an order can be found by our client order id
    extra: dict = field(default_factory=dict)

    def supports_order_type(self, order_type: OrderType) -> bool:
        return order_type in self.native_order_types or order_type in self.emulated_order_types

    def is_emulated(self, order_type: OrderType) -> bool:
        return order_type in self.emulated_order_types and order_type not in self.native_order_types

    def has_stream(self, stream: Stream) -> bool:
        return stream in self.streams


@runtime_checkable
class Venue(Protocol):
    """An exchange account (or its paper twin). All methods run on the engine's asyncio loop."""

    @property
    def name(self) -> str:
        """Short id shown to the user and stamped on records: "binance", "paper"."""
        ...

    @property
    def capabilities(self) -> VenueCapabilities: ...

    # -- market data -----------------------------------------------------------------------

    async def load_markets(self, reload: bool = False) -> list[Market]:
        """Every tradable market with its precision (tick, step), limits and fees."""
        ...

    async def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str,
        since_ms: int | None = None,
        until_ms: int | None = None,
        limit: int | None = None,
    ) -> Candles:
        """One page of candles: those opening at or after `since_ms` and before `until_ms`,
        oldest first, at most `min(limit, capabilities.max_ohlcv_page)` rows. The caller pages
        by asking again from the last returned `ts` + 1 timeframe; an empty result means no
        more data in the range. The forming (unfinished) candle is never included."""
        ...

    async def fetch_ticker(self, symbol: str) -> Tick: ...

    async def fetch_order_book(self, symbol: str, depth: int = 20) -> OrderBook: ...

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]: ...

    def watch_order_book(self, symbol: str, depth: int = 20) -> AsyncIterator[OrderBook]: ...

    def watch_trades(self, symbol: str) -> AsyncIterator[Trade]: ...

    # -- account ---------------------------------------------------------------------------

    async def fetch_balances(self) -> list[Balance]:
        """Every currency with a non-zero total; `used` is what open orders hold."""
        ...

    async def create_order(self, request: OrderRequest) -> Order:
        """Send an order; returns the venue's acknowledgement (status OPEN, or already FILLED /
        CANCELED for immediate types). Raises `InvalidOrder` or `InsufficientFunds` with the
        sentence to show. Sending the same `client_order_id` twice returns the existing order
        rather than creating a second one where the venue can detect it."""
        ...

    async def cancel_order(self, order_id: str, symbol: str) -> Order:
        """Cancel and return the order's final state; `OrderNotFound` if unknown. Canceling an
        order that is already final returns it unchanged."""
        ...

    async def fetch_order(self, order_id: str, symbol: str) -> Order: ...

    async def fetch_order_by_client_id(self, client_order_id: str, symbol: str) -> Order:
        """Find an order by the id we gave it, e.g. after `create_order` timed out and we do not
        know whether the venue received it. `OrderNotFound` means it never arrived."""
        ...

    async def fetch_open_orders(self, symbol: str | None = None) -> list[Order]: ...

    async def fetch_my_trades(
        self, symbol: str | None = None, since_ms: int | None = None
    ) -> list[Fill]:
        """Our executions at or after `since_ms`, oldest first."""
        ...

    def watch_orders(self, symbol: str | None = None) -> AsyncIterator[Order]: ...

    def watch_my_trades(self, symbol: str | None = None) -> AsyncIterator[Fill]: ...

    async def close(self) -> None:
        """Release connections and end every running stream. Idempotent."""
        ...
