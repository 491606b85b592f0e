"""`PaperVenue`: the `Venue` protocol on top of our matching engine.

The engine's owner feeds it prices (`on_tick`, `on_book`, `on_bar`) from whatever source runs
the session: the demo market, a replay, or a real exchange's public data. Every method must be
called on the asyncio loop the venue serves (the engine thread's loop); nothing in here blocks
or sleeps, so each call runs to completion before another starts.

Events go out two ways: the `publish` callback (the engine's event bus) receives every
OrderEvent and FillEvent exactly as a real venue's order/trade streams would report them, and
`watch_orders` / `watch_my_trades` / `watch_ticker` / `watch_order_book` serve the same data as
async iterators.

OCO and bracket orders appear as a parent order (type OCO / BRACKET, `emulated=True`) plus
their legs (plain limit / market / stop-market orders whose `parent_id` names the parent);
open-order lists contain both, and canceling any member cancels the whole group.

Market data (history, tickers, books) comes from `market_data` when one is given (a live venue
whose public data drives the paper account); otherwise from what the price source fed in:
closed candles of `config.bar_timeframe`, the latest tick and the latest book.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from desktop.core import (
    Balance,
    Bar,
    BarEvent,
    BookEvent,
    Candles,
    DerivativePosition,
    Event,
    Fill,
    FillEvent,
    MarginMode,
    MarginSummary,
    Market,
    MarkPriceEvent,
    Order,
    OrderBook,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderType,
    Tick,
    TickEvent,
    TimeInForce,
    VenueError,
)
from desktop.core.messages import marker
from desktop.venues.base import Stream, Trade, Venue, VenueCapabilities
from desktop.venues.paper.config import PaperConfig
from desktop.venues.paper.matching import MatchingEngine

EMULATED_TYPES = frozenset(t for t in OrderType if t.emulatable)
NATIVE_TYPES = frozenset(OrderType) - EMULATED_TYPES
MAX_OHLCV_PAGE = 1000
_HIGH_RATE_QUEUE = 256  # ticker/book subscribers keep the newest updates, dropping the oldest
_CLOSED = object()

_t = marker("PaperVenue")


@dataclass(eq=False)
class _Subscription:
    stream: Stream
    symbol: str | None
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)

    def offer(self, item: object) -> None:
        if self.stream in (Stream.TICKER, Stream.ORDER_BOOK):
            while self.queue.qsize() >= _HIGH_RATE_QUEUE:
                self.queue.get_nowait()  # a stale price is worth nothing once a newer one exists
        self.queue.put_nowait(item)


class PaperVenue:
    def __init__(
        self,
        markets: Iterable[Market],
        balances: dict[str, float],
        publish: Callable[[Event], None] | None = None,
        config: PaperConfig | None = None,
        market_data: Venue | None = None,
    ) -> None:
        self.config = config or PaperConfig()
        self._publish = publish
        self._market_data = market_data
        self.engine = MatchingEngine(markets, balances, self._dispatch, self.config)
        self._subscriptions: list[_Subscription] = []
        self._ticks: dict[str, Tick] = {}
        self._books: dict[str, OrderBook] = {}
        self._bars: dict[str, dict[int, Bar]] = {}
        self._ticked: set[str] = set()  # symbols whose prices arrive as ticks
        self._closed = False

    @property
    def name(self) -> str:
        return self.config.venue

    @property
    def capabilities(self) -> VenueCapabilities:
        source = self._market_data.capabilities if self._market_data is not None else None
        return VenueCapabilities(
            venue=self.name,
            native_order_types=NATIVE_TYPES,
            emulated_order_types=EMULATED_TYPES,
            time_in_force=frozenset(TimeInForce),
            streams=frozenset({Stream.TICKER, Stream.ORDER_BOOK, Stream.ORDERS, Stream.MY_TRADES}),
            sandbox=False,  # it is its own sandbox: no keys, no exchange account
            max_ohlcv_page=source.max_ohlcv_page if source else MAX_OHLCV_PAGE,
            timeframes=source.timeframes if source else (self.config.bar_timeframe,),
            fetch_order_by_client_id=True,
        )

    # -- price source --------------------------------------------------------------------

    def follow_feed(self, markets: Iterable[Market], feed: str) -> list[Market]:
        """Trade `markets` of another feed too, priced by that feed's events (the demo
        market's account trading a replay), on that feed's clock. A symbol the price source
        itself has keeps its own prices: returns the markets taken."""
        own = {m.symbol for m in self.engine.markets() if self.engine.feed_of(m.symbol) is None}
        taken = [m for m in markets if m.symbol not in own]
        self.engine.add_markets(taken, feed)
        return taken

    def _takes(self, venue: str, symbol: str) -> bool:
        source = self.config.price_source
        if not source:
            return True
        return venue == (self.engine.feed_of(symbol) or source)

    def on_market_event(self, event: Event) -> None:
        """Subscribe this to a feed's event bus: ticks, books and bars drive the engine.

        Where a symbol's prices arrive as ticks, its candles are only recorded (for
        fetch_ohlcv), never replayed: a closed candle's path would re-run prices the ticks
        already delivered, and could fill an order placed after the candle's low at that low.
        A symbol fed by candles alone (a replayed candle file) is driven by its closed candles.
        """
        if isinstance(event, TickEvent):
            if self._takes(event.tick.venue, event.tick.symbol):
                self.on_tick(event.tick)
        elif isinstance(event, BookEvent):
            if self._takes(event.book.venue, event.book.symbol):
                self.on_book(event.book)
        elif isinstance(event, MarkPriceEvent):
            if self._takes(event.venue, event.symbol):
                self.engine.on_mark_price(event)
        elif isinstance(event, BarEvent) and self._takes(event.venue, event.symbol):
            if event.symbol in self._ticked:
                if event.closed:
                    self._bars.setdefault(event.symbol, {})[event.bar.ts] = event.bar
            elif event.closed:
                self.on_bar(event.symbol, event.bar)

    def on_tick(self, tick: Tick) -> None:
        self._ticked.add(tick.symbol)
        self._ticks[tick.symbol] = tick
        self.engine.on_tick(tick)
        self._offer(Stream.TICKER, tick.symbol, tick)

    def on_book(self, book: OrderBook) -> None:
        self._books[book.symbol] = book
        self.engine.on_book(book)
        self._offer(Stream.ORDER_BOOK, book.symbol, book)

    def on_bar(self, symbol: str, bar: Bar, closed: bool = True) -> None:
        """A candle of `config.bar_timeframe`. A forming candle (`closed=False`) only moves the
        price to its close; a closed one replays its open/high/low/close path."""
        if closed:
            self._bars.setdefault(symbol, {})[bar.ts] = bar
            self.engine.on_bar(symbol, bar)
        else:
            self.engine.on_price(symbol, bar.ts, bar.close)

    # -- market data ---------------------------------------------------------------------

    async def load_markets(self, reload: bool = False) -> list[Market]:
        self._ensure_open()
        return self.engine.markets()

    async def fetch_ohlcv(
        self,
        symbol: str,
        timeframe: str,
        since_ms: int | None = None,
        until_ms: int | None = None,
        limit: int | None = None,
    ) -> Candles:
        self._ensure_open()
        if self._market_data is not None:
            return await self._market_data.fetch_ohlcv(symbol, timeframe, since_ms, until_ms, limit)
        if timeframe != self.config.bar_timeframe:
            raise VenueError(_t(
                "The paper venue keeps only the {kept} candles its price source sent, not "
                "{timeframe}", kept=self.config.bar_timeframe, timeframe=timeframe), self.name)
        page = min(limit or MAX_OHLCV_PAGE, MAX_OHLCV_PAGE)
        bars = [
            bar for ts, bar in sorted(self._bars.get(symbol, {}).items())
            if (since_ms is None or ts >= since_ms) and (until_ms is None or ts < until_ms)
        ][:page]
        return Candles.from_arrays(
            np.array([b.ts for b in bars], dtype=np.int64),
            [b.open for b in bars], [b.high for b in bars], [b.low for b in bars],
            [b.close for b in bars], [b.volume for b in bars])

    async def fetch_ticker(self, symbol: str) -> Tick:
        self._ensure_open()
        tick = self._ticks.get(symbol)
        if tick is not None:
            return tick
        if self._market_data is not None:
            return await self._market_data.fetch_ticker(symbol)
        last = self.engine.last_price(symbol)
        if math.isnan(last):
            raise VenueError(_t("No price for {symbol} yet", symbol=symbol), self.name)
        return Tick(symbol, self.engine.time_of(symbol), last, last, last, venue=self.name)

    async def fetch_order_book(self, symbol: str, depth: int = 20) -> OrderBook:
        self._ensure_open()
        book = self._books.get(symbol)
        if book is not None:
            return OrderBook(book.symbol, book.ts, book.bids[:depth], book.asks[:depth], book.venue)
        if self._market_data is not None:
            return await self._market_data.fetch_order_book(symbol, depth)
        raise VenueError(_t("No order book for {symbol} yet", symbol=symbol), self.name)

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]:
        return self._watch(Stream.TICKER, symbol)

    def watch_order_book(self, symbol: str, depth: int = 20) -> AsyncIterator[OrderBook]:
        return self._watch(Stream.ORDER_BOOK, symbol)

    def watch_trades(self, symbol: str) -> AsyncIterator[Trade]:
        return self._watch(Stream.TRADES, symbol)

    # -- account -------------------------------------------------------------------------

    async def fetch_balances(self) -> list[Balance]:
        self._ensure_open()
        return self.engine.balances()

    async def fetch_positions(self) -> list[DerivativePosition]:
        """Open positions of the linear perpetual markets (spot holdings are balances)."""
        self._ensure_open()
        return self.engine.positions()

    async def fetch_margin(self) -> MarginSummary | None:
        """The account's margin state; None without a perpetual market."""
        self._ensure_open()
        return self.engine.margin_summary()

    async def set_leverage(self, symbol: str, leverage: float) -> None:
        self._ensure_open()
        self.engine.set_leverage(symbol, leverage)

    async def set_margin_mode(self, symbol: str, mode: MarginMode) -> None:
        self._ensure_open()
        self.engine.set_margin_mode(symbol, mode)

    async def fetch_margin_settings(self, symbol: str) -> tuple[float, MarginMode]:
        """(leverage, margin mode) of a margined `symbol`."""
        self._ensure_open()
        if self.engine.margin is None:
            return 1.0, MarginMode.CROSS
        return self.engine.leverage(symbol), self.engine.margin.settings(symbol).mode

    async def create_order(self, request: OrderRequest) -> Order:
        self._ensure_open()
        return self.engine.submit(request)

    async def cancel_order(self, order_id: str, symbol: str) -> Order:
        self._ensure_open()
        self._check_symbol(self.engine.order(order_id), symbol)
        return self.engine.cancel(order_id)

    async def fetch_order(self, order_id: str, symbol: str) -> Order:
        self._ensure_open()
        return self._check_symbol(self.engine.order(order_id), symbol)

    async def fetch_order_by_client_id(self, client_order_id: str, symbol: str) -> Order:
        self._ensure_open()
        return self._check_symbol(self.engine.order_by_client_id(client_order_id), symbol)

    async def fetch_open_orders(self, symbol: str | None = None) -> list[Order]:
        self._ensure_open()
        return self.engine.orders(symbol, open_only=True)

    async def fetch_my_trades(
        self, symbol: str | None = None, since_ms: int | None = None
    ) -> list[Fill]:
        self._ensure_open()
        return self.engine.fills(symbol, since_ms)

    def watch_orders(self, symbol: str | None = None) -> AsyncIterator[Order]:
        return self._watch(Stream.ORDERS, symbol)

    def watch_my_trades(self, symbol: str | None = None) -> AsyncIterator[Fill]:
        return self._watch(Stream.MY_TRADES, symbol)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for subscription in self._subscriptions:
            subscription.queue.put_nowait(_CLOSED)

    # -- plumbing ------------------------------------------------------------------------

    def _dispatch(self, event: Event) -> None:
        if self._publish is not None:
            self._publish(event)
        if isinstance(event, OrderEvent):
            self._offer(Stream.ORDERS, event.order.symbol, event.order)
        elif isinstance(event, FillEvent):
            self._offer(Stream.MY_TRADES, event.fill.symbol, event.fill)

    def _offer(self, stream: Stream, symbol: str, item: object) -> None:
        for subscription in self._subscriptions:
            if subscription.stream is stream and subscription.symbol in (None, symbol):
                subscription.offer(item)

    async def _watch(self, stream: Stream, symbol: str | None) -> AsyncIterator:
        self._ensure_open()
        if not self.capabilities.has_stream(stream):
            raise VenueError(_t("The paper venue has no {stream} stream", stream=stream.value),
                             self.name)
        subscription = _Subscription(stream, symbol)
        self._subscriptions.append(subscription)
        try:
            while True:
                item = await subscription.queue.get()
                if item is _CLOSED:
                    return
                yield item
        finally:
            self._subscriptions.remove(subscription)

    def _check_symbol(self, order: Order, symbol: str) -> Order:
        if symbol and order.symbol != symbol:
            raise OrderNotFound(_t("Order {id} is not a {symbol} order", id=order.id,
                                   symbol=symbol), self.name)
        return order

    def _ensure_open(self) -> None:
        if self._closed:
            raise VenueError(_t("The paper venue is closed"), self.name)
