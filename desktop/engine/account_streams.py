"""Following an account's orders and fills after reconciliation: the venue's streams, fills
polled from the journal's cursor (fill_sync.py), and a periodic reconciliation when they are
pushed. A mixin of `OrderManager`, whose recording, journal and tasks it uses."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from desktop.engine.fill_sync import FillSync, polled_fills

if TYPE_CHECKING:
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

STREAM_RETRY_S = 1.0


def self_publishing(venue: Venue) -> bool:
    """The paper venue publishes its own order and fill events on the bus; a second copy
    from here would show every fill twice."""
    from desktop.venues.paper import PaperVenue

    return isinstance(getattr(venue, "inner", venue), PaperVenue)


class AccountStreams:
    async def _follow_orders(self, account_id: str, venue: Venue) -> None:
        while account_id in self._venues:
            try:
                async for order in venue.watch_orders():
                    self._record_order(account_id, order)
            except (asyncio.CancelledError, GeneratorExit):
                raise
            except Exception as exc:  # a dead stream must not end order tracking for good
                log.warning("%s: orders stream stopped (%s); following it again",
                            venue.name, exc)
            await asyncio.sleep(STREAM_RETRY_S)

    def _fill_sync(self, account_id: str) -> FillSync:
        return FillSync(self.journal, account_id, self._venue(account_id), self._record_fills,
                        self._fill_dirty.setdefault(account_id, set()))

    async def _follow_fills(self, account_id: str, venue: Venue) -> None:
        """Pushed fills as they come; polled ones from the journal's cursor (fill_sync.py)."""
        sync = self._fill_sync(account_id)
        running = lambda: account_id in self._venues  # noqa: E731
        if not self_publishing(venue) and polled_fills(venue):
            await sync.poll(running, getattr(getattr(venue, "config", None),
                                             "poll_interval_s", STREAM_RETRY_S))
            return
        while running():
            try:
                async for fill in venue.watch_my_trades():
                    try:
                        self._record_fill(account_id, fill)
                    except Exception:  # read again from the cursor until it is written
                        log.exception("%s: fill %s could not be journaled", venue.name, fill.id)
                        if fill.symbol not in sync.dirty:
                            sync.dirty.add(fill.symbol)
                            self._spawn(account_id, sync.retry(fill.symbol, running,
                                                               STREAM_RETRY_S), "fills-retry")
            except (asyncio.CancelledError, GeneratorExit):
                raise
            except Exception as exc:
                log.warning("%s: fills stream stopped (%s); following it again",
                            venue.name, exc)
            await asyncio.sleep(STREAM_RETRY_S)

    async def _sweep(self, account_id: str) -> None:
        """Pushed streams can go quiet without an error (a user data stream the exchange ended,
        a fill told while the socket was down): reconcile now and then all the same."""
        while account_id in self._venues:
            await asyncio.sleep(self.sweep_interval_s)
            await self._reconcile_until_done(account_id)
