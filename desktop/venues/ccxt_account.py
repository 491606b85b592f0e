"""`CcxtVenue`'s account calls: balances, our fills (page by page, per symbol) and the streams
of our orders and fills. A mixin of `CcxtVenue` (ccxt_venue.py), through whose `_request` every
call goes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable
from dataclasses import replace

from desktop.core import Balance, Fill, Order
from desktop.venues import ccxt_parsing as parse
from desktop.venues import ccxt_streams as streams
from desktop.venues.ccxt_pages import my_trades_pages
from desktop.venues.ccxt_polling import poll_fills, poll_orders
from desktop.venues.ccxt_profiles import MY_TRADES_PAGE, TRADE_ID_PAGES


class CcxtAccount:
    # -- account ---------------------------------------------------------------------------

    async def fetch_balances(self) -> list[Balance]:
        await self._prepare_private()
        raw = await self._request(lambda: self._exchange.fetch_balance())
        return parse.balances_from_ccxt(raw, self._name, self.config.account)

    async def fetch_my_trades(self, symbol: str | None = None,
                              since_ms: int | None = None) -> list[Fill]:
        """Every fill of ours from `since_ms` on (None: from the first), page after page.
        Binance (and others) answer per symbol: without one, every symbol this venue has seen
        an order in is asked."""
        await self._prepare_private()
        symbols = [symbol] if symbol else sorted({o.symbol for o in self.known_orders()})
        fills: list[Fill] = []
        for each in symbols:
            fills.extend(await self._my_trades(each, since_ms))
        return sorted(fills, key=lambda f: (f.ts, f.id))

    async def _my_trades(self, symbol: str, since_ms: int | None) -> list[Fill]:
        def page(since: int | None, limit: int | None, params: dict) -> Awaitable[list[dict]]:
            return self._request(
                lambda: self._exchange.fetch_my_trades(symbol, since, limit, params))
        exchange_id = self.config.exchange_id
        return await my_trades_pages(page, self._fill, MY_TRADES_PAGE.get(exchange_id),
                                     exchange_id in TRADE_ID_PAGES, since_ms)

    def watch_orders(self, symbol: str | None = None) -> AsyncIterator[Order]:
        def poll() -> AsyncIterator[Order]:
            return poll_orders(self, symbol, self.config.poll_interval_s, self._closed)

        def to_order(raw: dict) -> Order:
            return self._remember(parse.order_from_ccxt(raw, self._name, self.config.account))
        watch = streams.watch_orders(self._exchange, self._send, symbol, self._prepare_private,
                                     to_order)
        # Pushed and polled copies of an order overlap around a reconnect: each state once, and
        # never an older one after a newer.
        return self._stream(f"{symbol or 'all'} orders", "watchOrders", watch, poll, symbol,
                            key=lambda o: o.id, supersedes=streams.order_supersedes)

    def watch_my_trades(self, symbol: str | None = None) -> AsyncIterator[Fill]:
        # Executions from the moment of subscribing, even if the first poll comes later.
        since = self._clock.exchange_now_ms()

        def poll() -> AsyncIterator[Fill]:
            return poll_fills(self, symbol, since, self.config.poll_interval_s, self._closed)

        def to_fill(raw: dict) -> Fill:
            fill = self._fill(raw)
            if fill.client_order_id:
                return fill
            return replace(fill, client_order_id=streams.client_id_in(raw))
        watch = streams.watch_my_trades(self._exchange, self._send, symbol,
                                        self._prepare_private, to_fill)
        return self._stream(f"{symbol or 'all'} fills", "watchMyTrades", watch, poll, symbol,
                            key=lambda f: f.id)

    def _fill(self, raw: dict) -> Fill:
        known = self._orders.get(str(raw.get("order") or ""))
        return parse.fill_from_ccxt(raw, self._name, known.client_order_id if known else "",
                                    self.config.account)
