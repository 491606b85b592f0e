"""A paper account's open orders kept in the database, so they work again after a restart.

The paper matching engine keeps its book in memory (venues/paper/persistence.py describes and
restores it). The keeper writes the open orders after every order event of its account (at the
next turn of the loop, once per burst) and every `SAVE_INTERVAL_S` (a trailing stop's level
moves without an event), and a last time when the account disconnects. After a SIGKILL, what a
trailing stop gained in its last second may be lost, never an order.

At connect, before the order manager reconciles, the stored orders go back into the fresh
venue; reconciliation then finds them (any other order the journal still shows open is ended
with the reason). One that cannot work again is reported: logged, a ProtectionNotResumedEvent,
and reconciliation ends it in the journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable

from desktop.core import Event, OrderEvent, ProtectionNotResumedEvent
from desktop.storage.working_orders import WorkingOrderStore
from desktop.venues.paper import PaperVenue
from desktop.venues.paper.persistence import continue_numbering, open_units, restore_units

log = logging.getLogger(__name__)

SAVE_INTERVAL_S = 1.0


class PaperKeeper:
    def __init__(self, venue: PaperVenue, store: WorkingOrderStore,
                 publish: Callable[[Event], None]) -> None:
        self.venue = venue
        self.store = store
        self._publish = publish
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._due = False

    def restore(self, journaled_order_ids: list[str], journaled_fill_ids: list[str]) -> None:
        """Put the stored orders back; new ids go on after every journaled one."""
        engine = self.venue.engine
        continue_numbering(engine, journaled_order_ids, journaled_fill_ids)
        units = {}
        for order_id, text in self.store.load().items():
            try:
                units[order_id] = json.loads(text)
            except ValueError:
                units[order_id] = None  # reported as unreadable below
        for order_id, stored, why in restore_units(engine, units):
            self.store.forget(order_id)
            log.warning("%s: the paper order %s (%s) was not restored after the restart: %s",
                        self.venue.name, order_id, stored or "unreadable", why)
            self._publish(ProtectionNotResumedEvent(
                venue=self.venue.name, order_id=order_id, reason=why,
                symbol=stored.symbol if stored else "",
                order_type=stored.type.value if stored else "",
                side=stored.side.value if stored else "",
                amount=stored.amount if stored else 0.0))

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = self._loop.create_task(self._run(), name=f"paper-keeper-{self.venue.name}")
        follow = getattr(self.venue, "follow", None)  # a live-fed account: prices on demand
        if follow is not None:
            for symbol in {o.symbol for o in self.venue.engine.orders(open_only=True)}:
                self._loop.create_task(self._follow(follow, symbol))

    def on_event(self, event: Event) -> None:
        """A bus sink (any thread): an order event of this account asks for a save."""
        if not isinstance(event, OrderEvent) or self._loop is None or self._due:
            return
        if event.order.account != self.venue.engine.config.account:
            return
        self._due = True
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            self._loop.call_soon_threadsafe(self.save)

    def save(self) -> None:
        self._due = False
        try:
            self.store.keep_only(open_units(self.venue.engine))
        except Exception:  # the orders still work now; only a later restart would lose them
            log.exception("%s: the open paper orders could not be saved", self.venue.name)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self.save()
        self._loop = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(SAVE_INTERVAL_S)
            self.save()

    async def _follow(self, follow, symbol: str) -> None:
        try:
            await follow(symbol)
        except Exception as exc:  # the source is down: the order waits for its prices
            log.warning("%s: no prices for the restored orders of %s yet (%s)",
                        self.venue.name, symbol, exc)
