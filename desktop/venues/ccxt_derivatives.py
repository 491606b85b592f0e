"""`CcxtVenue`'s derivatives calls (linear perpetuals, e.g. Binance USDⓈ-M via `binanceusdm`):
positions, the account's margin, leverage and margin mode per symbol, and the mark price with
its funding rate. The same duck-typed methods as the paper venue's perpetual accounts
(`fetch_positions`, `fetch_margin`, `set_leverage`, `set_margin_mode`, `watch_mark_price`), so
the engine, the risk guard and a live-fed paper account read either alike.

A mixin of `CcxtVenue` (ccxt_venue.py), through whose `_request` every call goes. A venue whose
markets have no margined kind answers no positions and no margin summary. The funding each
position has paid comes from the account's income history (ccxt_funding.py), refreshed at each
position sync; when that lookup fails the funding is unknown (NaN, shown "—") for that sync.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator
from dataclasses import replace

from desktop.core import (
    DerivativePosition,
    InvalidOrder,
    MarginMode,
    MarginSummary,
    MarkPriceEvent,
    VenueError,
)
from desktop.core.messages import marker
from desktop.venues import ccxt_parsing as parse
from desktop.venues.ccxt_funding import funding_paid_since, opening_ms
from desktop.venues.ccxt_polling import poll_changes

_t = marker("ExchangeErrors")
log = logging.getLogger(__name__)


class CcxtDerivatives:
    def _margined(self) -> bool:
        return any(m.kind.has_margin for m in self._markets.values())

    async def fetch_positions(self) -> list[DerivativePosition]:
        """Open positions of the account's margined markets, with leverage and margin mode
        (Binance reports those per symbol, apart from the position: symbolConfig)."""
        await self._prepare_private()
        if not self._margined() or not self._exchange.has.get("fetchPositions"):
            return []
        raws = await self._request(lambda: self._exchange.fetch_positions())
        open_raws = [r for r in raws if float(r.get("contracts") or 0.0)]
        settings: dict = {}
        if open_raws and self._exchange.has.get("fetchLeverages"):
            symbols = sorted({r["symbol"] for r in open_raws})
            settings = await self._request(lambda: self._exchange.fetch_leverages(symbols))
        cross_backing = math.nan  # the account's margin balance backs its cross positions
        if any((settings.get(r["symbol"]) or r).get("marginMode") != "isolated"
               for r in open_raws):
            summary = await self.fetch_margin()
            cross_backing = summary.margin_balance if summary is not None else math.nan
        positions = [parse.position_from_ccxt(raw, settings.get(raw["symbol"]), self._name,
                                              self.config.account,
                                              self._markets.get(raw["symbol"]), cross_backing)
                     for raw in open_raws]
        held = {p.symbol for p in positions}
        for symbol in [s for s in self._position_opened if s not in held]:
            del self._position_opened[symbol]  # closed: a new one opens later
        return [replace(p, funding_paid=await self._funding_paid(p))
                for p in positions]

    async def _funding_paid(self, position: DerivativePosition) -> float:
        """What `position` paid in funding since it was opened (NaN: unknown). A failed
        lookup leaves it unknown for this sync and is logged; the sync goes on."""
        if not self._exchange.has.get("fetchFundingHistory"):
            return math.nan
        symbol = position.symbol
        try:
            opened = await self._position_opening(symbol, position.amount)
            if opened is None:
                log.warning("%s %s: the exchange's fills do not show when the position "
                            "was opened; its funding paid is unknown", self._name, symbol)
                return math.nan
            return await funding_paid_since(
                lambda since, limit: self._request(
                    lambda: self._exchange.fetch_funding_history(symbol, since, limit)),
                opened)
        except VenueError as err:
            log.warning("%s %s: funding paid unknown for this sync: %s", self._name, symbol,
                        err)
            return math.nan

    async def _position_opening(self, symbol: str, amount: float) -> int | None:
        """The ms the position of `amount` in `symbol` was opened, from the exchange's fills
        (looked up again only when the amount changed since the last sync)."""
        known = self._position_opened.get(symbol)
        if known is not None and known[0] == amount:
            return known[1]
        fills = await self.fetch_my_trades(symbol, known[1] if known is not None else None)
        market = self._markets.get(symbol)
        step = market.amount_step if market is not None and market.amount_step else 1e-12
        opened = opening_ms(fills, amount, step / 2)
        if opened is not None:
            self._position_opened[symbol] = (amount, opened)
        return opened

    async def fetch_margin(self) -> MarginSummary | None:
        """The account's margin state from its balance (None without margined markets)."""
        await self._prepare_private()
        if not self._margined():
            return None
        raw = await self._request(lambda: self._exchange.fetch_balance())
        return parse.margin_from_ccxt(raw, self.config.account or self._name,
                                      self._clock.exchange_now_ms())

    async def set_leverage(self, symbol: str, leverage: float) -> None:
        market = await self.market(symbol)
        if not market.kind.has_margin:
            raise InvalidOrder(_t("{symbol} is not a margined market: it has no leverage",
                                  symbol=symbol), self._name)
        await self._prepare_private()
        # Binance takes whole leverages only.
        await self._request(lambda: self._exchange.set_leverage(round(leverage), symbol),
                            idempotent=True)

    async def set_margin_mode(self, symbol: str, mode: MarginMode) -> None:
        market = await self.market(symbol)
        if not market.kind.has_margin:
            raise InvalidOrder(_t("{symbol} is not a margined market: it has no margin mode",
                                  symbol=symbol), self._name)
        await self._prepare_private()
        current = await self._request(lambda: self._exchange.fetch_leverages([symbol]))
        if (current.get(symbol) or {}).get("marginMode") == MarginMode(mode).value:
            return  # Binance refuses a change to the mode a symbol already has (-4046)
        await self._request(lambda: self._exchange.set_margin_mode(MarginMode(mode).value,
                                                                   symbol), idempotent=True)

    async def fetch_margin_settings(self, symbol: str) -> tuple[float, MarginMode]:
        """(leverage, margin mode) of a margined `symbol` (Binance: symbolConfig)."""
        market = await self.market(symbol)
        if not market.kind.has_margin:
            raise InvalidOrder(_t("{symbol} is not a margined market: it has no leverage",
                                  symbol=symbol), self._name)
        await self._prepare_private()
        raw = await self._request(lambda: self._exchange.fetch_leverages([symbol]))
        setting = raw.get(symbol) or {}
        mode = MarginMode.ISOLATED if setting.get("marginMode") == "isolated" \
            else MarginMode.CROSS
        return float(setting.get("longLeverage") or 1.0), mode

    async def fetch_mark_price(self, symbol: str) -> MarkPriceEvent:
        await self.market(symbol)
        raw = await self._request(lambda: self._exchange.fetch_funding_rate(symbol))
        return parse.mark_from_ccxt(raw, symbol, self._name, self._clock.exchange_now_ms())

    def watch_mark_price(self, symbol: str) -> AsyncIterator[MarkPriceEvent]:
        """Mark price and funding: pushed by `<symbol>@markPrice@1s` over ccxt.pro, else the
        premium index polled."""
        def poll() -> AsyncIterator[MarkPriceEvent]:
            return poll_changes(lambda: self.fetch_mark_price(symbol),
                                lambda e: (e.mark_price, e.funding_rate, e.next_funding_ts),
                                self.config.poll_interval_s, self._closed)

        async def once() -> list[MarkPriceEvent]:
            raw = await self._send(lambda: self._exchange.watch_mark_price(symbol))
            return [parse.mark_from_ticker(raw, symbol, self._name,
                                           self._clock.exchange_now_ms())]
        return self._stream(f"{symbol} mark price", "watchMarkPrice", once, poll, symbol,
                            latest_only=True)
