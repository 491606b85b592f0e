"""An account's balances and equity: fetched from the venue (after a burst of fills, when an
order needs the free balance, every minute) and the periodic equity and positions snapshot.
A live derivatives account's positions and margin come with its balances (position_sync.py).
A mixin of `OrderManager`, whose venues, journal, bus and tasks it uses."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.accounting import PositionBooks
from desktop.core import Balance, BalanceEvent, Market, VenueError
from desktop.engine.position_sync import margined, sync_positions

if TYPE_CHECKING:
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

BALANCE_DEBOUNCE_S = 0.2  # fills come in bursts: one balance request after the burst
EQUITY_INTERVAL_S = 60.0


class AccountBalances:
    # -- the client's query ---------------------------------------------------------------

    async def balances(self, account_id: str | None = None) -> list[Balance]:
        ids = [account_id] if account_id else list(self._venues)
        out: list[Balance] = []
        for each in ids:
            cached = self._balances.get(each)
            if cached is None:
                try:
                    cached = await self._refresh_balances(each)
                except VenueError as err:
                    if account_id:
                        raise
                    log.info("No balances from %s now: %s", each, err)  # the others still
                    continue
            out += cached
        return out

    # -- balances --------------------------------------------------------------------------

    def _schedule_balances(self, account_id: str) -> None:
        self._balance_stale.add(account_id)
        if account_id in self._balance_due or account_id not in self._venues:
            return
        self._balance_due.add(account_id)

        async def later() -> None:
            await asyncio.sleep(BALANCE_DEBOUNCE_S)
            self._balance_due.discard(account_id)
            with contextlib.suppress(VenueError):
                await self._refresh_balances(account_id)

        self._spawn(account_id, later(), "balances")

    async def _refresh_balances(self, account_id: str) -> list[Balance]:
        self._balance_stale.discard(account_id)
        balances = await self._venue(account_id).fetch_balances()
        balances = [b if b.account else replace(b, account=account_id) for b in balances]
        if balances != self._balances.get(account_id):
            self._balances[account_id] = balances
            self.bus.publish(BalanceEvent(account_id, tuple(balances)))
        venue = self._venue(account_id)
        if await margined(venue):
            # The exchange's positions (leverage, margins, liquidation) after each burst of
            # fills and each reconciliation: position_sync.py
            synced = await sync_positions(venue, account_id, self._books.setdefault(
                account_id, PositionBooks()), self.bus.publish)
            for key in [k for k in self._derivatives if k[0] == account_id]:
                del self._derivatives[key]
            self._derivatives.update({(account_id, p.symbol): p for p in synced})
        return balances

    async def _free(self, account_id: str, fresh: bool = False) -> dict[str, float] | None:
        try:
            fresh = fresh or account_id in self._balance_stale or account_id not in self._balances
            balances = (await self._refresh_balances(account_id) if fresh
                        else self._balances[account_id])
        except VenueError:
            return None
        return {b.currency: b.free for b in balances}

    # -- equity ----------------------------------------------------------------------------

    async def _snapshot_equity(self, account_id: str, venue: Venue) -> None:
        while True:
            await asyncio.sleep(EQUITY_INTERVAL_S)
            try:
                balances = await self._refresh_balances(account_id)
                equity, cash = await self._equity(venue, balances)
            except VenueError as err:
                log.info("No equity snapshot for %s now: %s", venue.name, err)
                continue
            self.journal.snapshot_equity(account_id, equity, cash)
            self.journal.snapshot_positions(account_id, self.positions(account_id))

    async def _equity(self, venue: Venue, balances: list[Balance]) -> tuple[float, float]:
        """(equity, cash) in the account's main quote currency: every holding at its price."""
        markets = {m.symbol: m for m in await venue.load_markets()}
        quote = main_quote(balances, markets)
        cash = sum(b.total for b in balances if b.currency == quote)
        equity = cash
        for balance in balances:
            symbol = f"{balance.currency}/{quote}"
            if balance.currency == quote or symbol not in markets or balance.total <= 0:
                continue
            with contextlib.suppress(VenueError):
                equity += balance.total * (await venue.fetch_ticker(symbol)).last
        return equity, cash


def main_quote(balances: list[Balance], markets: dict[str, Market]) -> str:
    quotes = {m.quote for m in markets.values()}
    for preferred in ("USDT", "USDC", "USD", "EUR", "BRL", "BTC"):
        if preferred in quotes and any(b.currency == preferred for b in balances):
            return preferred
    held = [b for b in balances if b.currency in quotes]
    return max(held, key=lambda b: b.total).currency if held else "USDT"
