"""Leverage and margin mode of a margined symbol (a linear perpetual), per account: read and
set on the account's venue (the paper venue's own book, or the exchange through CcxtVenue), for
the order entry. A mixin of `OrderManager`. A change refreshes the account's positions and
margin (position_sync.py), which both depend on it."""

from __future__ import annotations

from desktop.core import InvalidOrder, MarginMode
from desktop.core.messages import marker

_t = marker("Orders")


class MarginSettings:
    async def margin_settings(self, account_id: str, symbol: str) -> tuple[float, MarginMode]:
        """(leverage, margin mode) of `symbol` on the account."""
        venue = self._margined_venue(account_id, symbol)
        return await venue.fetch_margin_settings(symbol)

    async def set_leverage(self, account_id: str, symbol: str, leverage: float) -> None:
        await self._margined_venue(account_id, symbol).set_leverage(symbol, leverage)
        self._schedule_balances(account_id)

    async def set_margin_mode(self, account_id: str, symbol: str, mode: MarginMode) -> None:
        venue = self._margined_venue(account_id, symbol)
        await venue.set_margin_mode(symbol, MarginMode(mode))
        self._schedule_balances(account_id)

    def _margined_venue(self, account_id: str, symbol: str):
        venue = self._venue(account_id)
        if getattr(venue, "fetch_margin_settings", None) is None:
            raise InvalidOrder(_t("{account} has no margined markets: {symbol} has no leverage",
                                  account=venue.name, symbol=symbol), venue.name)
        return venue
