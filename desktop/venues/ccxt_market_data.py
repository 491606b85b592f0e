"""`CcxtVenue`'s market data: markets (cached, see resilience.MarketsCache), candles page by
page, ticker, order book and public trades, and their streams (pushed or polled, see
ccxt_streams.py). A mixin of `CcxtVenue` (ccxt_venue.py), through whose `_request` every call goes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import ccxt

from desktop.core import Candles, Market, OrderBook, Tick, VenueError, timeframe_ms
from desktop.core.messages import marker
from desktop.venues import ccxt_parsing as parse
from desktop.venues import ccxt_streams as streams
from desktop.venues.base import Stream, Trade
from desktop.venues.ccxt_errors import RequestRefused
from desktop.venues.ccxt_polling import poll_changes
from desktop.venues.resilience import wall_ms

_t = marker("ExchangeErrors")

_MAX_RANGE_PAGES = 10_000  # a bound on fetch_ohlcv_range's loop, far above any real history
_PRECISION_MODES = {
    ccxt.TICK_SIZE: parse.PrecisionMode.TICK_SIZE,
    ccxt.DECIMAL_PLACES: parse.PrecisionMode.DECIMAL_PLACES,
    ccxt.SIGNIFICANT_DIGITS: parse.PrecisionMode.SIGNIFICANT_DIGITS,
}


class CcxtMarketData:
    # -- market data -----------------------------------------------------------------------

    async def load_markets(self, reload: bool = False) -> list[Market]:
        fresh = wall_ms() - self._markets_loaded_ms < self.config.markets_ttl_s * 1000
        if self._markets and fresh and not reload:
            return list(self._markets.values())
        payload = None if reload else self._cache.get()
        if isinstance(payload, list) and payload:
            self._exchange.set_markets(payload)
        else:
            loaded = await self._request(lambda: self._exchange.load_markets(reload=True))
            payload = list(loaded.values())
            self._cache.put(payload)
        mode = _PRECISION_MODES.get(self._exchange.precisionMode,
                                    parse.PrecisionMode.TICK_SIZE)
        self._markets = {raw["symbol"]: parse.market_from_ccxt(raw, mode, self._name)
                         for raw in payload}
        self._markets_loaded_ms = wall_ms()
        return list(self._markets.values())

    async def market(self, symbol: str) -> Market:
        await self.load_markets()
        market = self._markets.get(symbol)
        if market is None:
            raise RequestRefused(_t("{symbol} is not a market on {exchange}",
                                    symbol=symbol, exchange=self._exchange.name),
                                 self._name)
        return market

    async def fetch_ohlcv(self, symbol: str, timeframe: str, since_ms: int | None = None,
                          until_ms: int | None = None, limit: int | None = None) -> Candles:
        await self.market(symbol)
        page = min(limit or self.capabilities.max_ohlcv_page, self.capabilities.max_ohlcv_page)
        params = {"until": until_ms - 1} if until_ms is not None else {}
        rows = await self._request(
            lambda: self._exchange.fetch_ohlcv(symbol, timeframe, since_ms, page, dict(params)))
        step = timeframe_ms(timeframe)
        now = self._clock.exchange_now_ms()
        kept = [row for row in rows
                if (since_ms is None or row[0] >= since_ms)
                and (until_ms is None or row[0] < until_ms)
                and row[0] + step <= now]  # the forming candle is not history yet
        return parse.candles_from_ccxt(kept[:page])

    async def fetch_ohlcv_range(self, symbol: str, timeframe: str, since_ms: int,
                                until_ms: int | None = None) -> Candles:
        """Every closed candle from `since_ms` up to `until_ms` (or now), page after page."""
        step = timeframe_ms(timeframe)
        result = Candles.empty()
        cursor = since_ms
        for _ in range(_MAX_RANGE_PAGES):
            if until_ms is not None and cursor >= until_ms:
                break
            if cursor + step > self._clock.exchange_now_ms():
                break  # only the forming candle is left
            page = await self.fetch_ohlcv(symbol, timeframe, cursor, until_ms)
            if len(page) == 0:
                break
            result = result.concat(page)
            cursor = int(page.ts[-1]) + step
        return result

    async def fetch_ticker(self, symbol: str) -> Tick:
        await self.market(symbol)
        raw = await self._request(lambda: self._exchange.fetch_ticker(symbol))
        return parse.tick_from_ccxt(raw, self._name, self._clock.exchange_now_ms())

    async def fetch_order_book(self, symbol: str, depth: int = 20) -> OrderBook:
        await self.market(symbol)
        raw = await self._request(lambda: self._exchange.fetch_order_book(symbol, depth))
        return parse.book_from_ccxt(raw, symbol, self._name, self._clock.exchange_now_ms(),
                                    depth)

    async def fetch_trades(self, symbol: str) -> list[Trade]:
        """The exchange's latest public prints, oldest first."""
        await self.market(symbol)
        raws = await self._request(lambda: self._exchange.fetch_trades(symbol))
        return [streams.trade_from_ccxt(raw, self._name) for raw in raws]

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]:
        def poll() -> AsyncIterator[Tick]:
            return poll_changes(lambda: self.fetch_ticker(symbol),
                                lambda t: (t.last, t.bid, t.ask, t.bid_size, t.ask_size),
                                self.config.poll_interval_s, self._closed)
        watch = streams.watch_ticker(self._exchange, self._send, symbol, self._name,
                                     self._clock.exchange_now_ms)
        return self._stream(f"{symbol} ticker", "watchTicker", watch, poll, symbol,
                            latest_only=True)

    def watch_order_book(self, symbol: str, depth: int = 20) -> AsyncIterator[OrderBook]:
        def poll() -> AsyncIterator[OrderBook]:
            return poll_changes(lambda: self.fetch_order_book(symbol, depth),
                                lambda b: (b.bids, b.asks), self.config.poll_interval_s,
                                self._closed)
        watch = streams.watch_order_book(self._exchange, self._send, symbol, depth, self._name,
                                         self._clock.exchange_now_ms)
        return self._stream(f"{symbol} order book", "watchOrderBook", watch, poll, symbol,
                            latest_only=True)

    def watch_trades(self, symbol: str) -> AsyncIterator[Trade]:
        if Stream.TRADES not in self._stream_transport():
            raise VenueError(_t("{exchange} offers no public trades stream",
                                exchange=self._exchange.name), self._name)
        since = self._clock.exchange_now_ms()

        def poll() -> AsyncIterator[Trade]:
            return streams.poll_trades(lambda: self.fetch_trades(symbol), since,
                                       self.config.poll_interval_s, self._closed)
        watch = streams.watch_trades(self._exchange, self._send, symbol, self._name)
        return self._stream(f"{symbol} trades", "watchTrades", watch, poll, symbol,
                            key=lambda t: t.id)
