"""Fills read from the journal's cursor, never from "now": one account's catch-up with its venue.

For each symbol the journal keeps a cursor (`fill_cursors`): the newest fill up to which every
earlier one is journaled. A catch-up asks the venue for every fill from the cursor (less
`FILL_SAFETY_MS`: exchanges publish a trade a little late, and the journal ignores the fills it
has), page after page, records them in one journal transaction, and moves the cursor past them
only once they are written. A fill whose write failed therefore stays ahead of the cursor and is
fetched again by the next catch-up: the REST poll of an account without a user-data WebSocket (every
`poll_interval_s`), the retry scheduled after a pushed fill could not be written, and every
reconciliation.

Which symbols: polling asks the symbols with working or recently changed orders and those a
write failed on. Reconciliation asks every symbol the journal has a cursor or an order on, and
every market between two currencies the account holds, so fills of trades made outside this app
(on the exchange's website, another program) are found too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core import Fill, OrderAttention, VenueError
from desktop.venues.ccxt_polling import is_passing_trouble

if TYPE_CHECKING:
    from desktop.storage.journal import Journal
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

FILL_SAFETY_MS = 60_000
RECENT_MS = 15 * 60_000  # an order changed this recently may still fill: polled


class FillSync:
    def __init__(self, journal: Journal, account_id: str, venue: Venue,
                 record_fills: Callable[[str, list[Fill]], int], dirty: set[str]) -> None:
        self.journal = journal
        self.account_id = account_id
        self.venue = venue
        self._record_fills = record_fills
        self.dirty = dirty  # symbols whose last fill write failed (shared by the account)

    # -- which symbols ---------------------------------------------------------------------

    def symbols_to_poll(self) -> set[str]:
        recent = time.time() * 1000 - RECENT_MS
        orders = [*self.journal.orders(self.account_id, limit=200),
                  *self.journal.open_orders(self.account_id)]
        return {o.symbol for o in orders
                if o.attention is not OrderAttention.SET_ASIDE
                and (not o.status.is_final or (o.updated_ts or o.created_ts) >= recent)
                } | self.dirty

    async def symbols_to_reconcile(self) -> set[str]:
        symbols = (self.journal.fill_cursor_symbols(self.account_id)
                   | {o.symbol for o in self.journal.orders(self.account_id, limit=5000)}
                   | self.dirty)
        return symbols | await self._held_markets()

    async def _held_markets(self) -> set[str]:
        """Markets between two currencies the account holds: a trade outside the app on any
        of them changed those balances."""
        try:
            held = {b.currency for b in await self.venue.fetch_balances() if b.total > 0}
            markets = await self.venue.load_markets()
        except VenueError as err:
            log.info("%s: balances unknown now (%s); only the journal's symbols are asked",
                     self.venue.name, err)
            return set()
        return {m.symbol for m in markets if m.base in held and m.quote in held}

    # -- catching up -----------------------------------------------------------------------

    async def catch_up(self, symbols: set[str]) -> int:
        """Every fill since each symbol's cursor, journaled; returns how many were new. A
        venue error on one symbol is raised after the others were read."""
        new = 0
        failure: VenueError | None = None
        for symbol in sorted(symbols):
            try:
                new += await self.catch_up_symbol(symbol)
            except VenueError as err:
                if is_passing_trouble(err):
                    failure = failure or err
                else:  # a market gone from the exchange must not hold up the others
                    log.warning("%s: the fills of %s cannot be read (%s); the rest of the "
                                "account goes on", self.venue.name, symbol, err)
        if failure is not None:
            raise failure
        return new

    async def catch_up_symbol(self, symbol: str) -> int:
        cursor = self.journal.fill_cursor(self.account_id, symbol)
        since = None if cursor is None else cursor[0] - FILL_SAFETY_MS
        fills = await self.venue.fetch_my_trades(symbol, since)
        fills = sorted(fills, key=lambda f: (f.ts, f.id))
        if not fills:
            self.dirty.discard(symbol)
            return 0
        try:
            new = self._record_fills(self.account_id, fills)
        except Exception:  # the journal refused: all of them are read again next time
            log.exception("%s: %d fills of %s could not be journaled; they are fetched again "
                          "on the next poll", self.venue.name, len(fills), symbol)
            self.dirty.add(symbol)
            return 0
        self.dirty.discard(symbol)
        self.journal.advance_fill_cursor(self.account_id, symbol, fills[-1].ts, fills[-1].id)
        return new

    # -- following -------------------------------------------------------------------------

    async def poll(self, running: Callable[[], bool], interval_s: float) -> None:
        """The fills stream of a venue without a pushed one: a catch-up every `interval_s`."""
        while running():
            await asyncio.sleep(interval_s)
            try:
                await self.catch_up(self.symbols_to_poll())
            except VenueError as err:  # the resilience layer says why in ConnectionEvents
                log.info("%s: fills not read now (%s)", self.venue.name, err)
            except Exception:  # the journal refused the cursor: read again next time
                log.exception("%s: fills could not be journaled", self.venue.name)

    async def retry(self, symbol: str, running: Callable[[], bool], wait_s: float) -> None:
        """After a pushed fill could not be written: catch the symbol up until it is."""
        while running() and symbol in self.dirty:
            await asyncio.sleep(wait_s)
            try:
                await self.catch_up_symbol(symbol)
            except VenueError as err:
                log.info("%s: fills of %s not read now (%s)", self.venue.name, symbol, err)
            except Exception:
                log.exception("%s: fills of %s could not be journaled", self.venue.name, symbol)


def polled_fills(venue: Venue) -> bool:
    """The venue reads our fills by REST polling (no user-data WebSocket)."""
    transport = venue.capabilities.extra.get("stream_transport") or {}
    return transport.get("my_trades") == "rest-polling"
