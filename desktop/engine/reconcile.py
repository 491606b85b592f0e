"""Reconciliation: the journal and the exchange brought into agreement, sending nothing.

Runs when an account connects (so after every start) and when its venue's connection comes
back after an outage. For one account:

1. Every journaled order not in a final state (except those being placed right now) is looked
   up: by venue id when the venue acknowledged it, else by client order id. Found: its current
   state is recorded. Not found by client id: an order journaled but never sent (`submitted`
   False) is marked rejected at once. One whose send was attempted may still arrive while its
   signed request is valid: the journal's `send_deadline_ms` (the venue's receive window from
   the moment it was signed, plus the clock offset and a margin; without one, the venue's grace
   from when it was journaled). Only lookups after that deadline count, and only the second
   such miss (`MISSES_TO_REJECT`) marks it rejected: one lookup never proves a resend safe.
2. Open orders on the exchange the journal does not know are adopted: recorded with the reason
   "Adopted from the exchange", shown like any other. An order the journal closed as never
   placed that the exchange shows after all is re-adopted (order_manager: `closed_unseen`).
3. Fills from each symbol's cursor in the journal, page after page, on every symbol the journal
   knows and every market between two currencies the account holds (fill_sync.py): fills of
   trades made outside this app are found too.
4. Derivatives positions (a linear perpetual account): once the pass is done the balances are
   fetched again, and with them the venue's positions and margin (position_sync.py): leverage,
   margins and liquidation prices as the exchange holds them, a position closed there shown
   flat.

Orders the engine emulates (OCO, trailing stop, bracket: order_emulation.py) are kept in the
database and restored into the account's venue before this runs, so they count as live here and
resume once it is done. A parent the venue does not have (its stored state was unreadable, or it
predates that store) cannot go on: it is canceled with that reason, and its legs still working
at the exchange are canceled there, so no half of a group keeps working unwatched. Cancels are
safe to repeat; nothing is ever placed here.

Paper accounts keep their book in memory, and their open orders in the database
(paper_keeper.py): a restarted paper venue gets them back before this runs, and starts from the
starting cash moved by every journaled fill (paper_restore.py), so balances, positions and open
orders agree. A paper order the journal shows open that the venue does not have (placed in the
last instant before a crash, or not restorable) is canceled with the reason.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from desktop.core import Fill, Order, OrderAttention, OrderNotFound, OrderStatus, VenueError
from desktop.core.messages import marker, text_of
from desktop.engine.fill_sync import FillSync
from desktop.venues.ccxt_errors import LookupRefused

_t = marker("Orders")

if TYPE_CHECKING:
    from desktop.storage.journal import Journal
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

DEFAULT_GRACE_MS = 60_000 + 2_000  # a venue that cannot say how long its requests stay valid
MISSES_TO_REJECT = 2
RECHECK_MS = 15 * 60_000  # orders closed as never arrived are asked for again this long
ADOPTED = _t("Adopted from the exchange: placed outside this app or before its journal knew "
             "it.")
NEVER_SENT = _t("Never sent: the app stopped before sending it, and the exchange does not know "
                "it.")
NEVER_ARRIVED = _t("The exchange never received this order (it has no order with its client "
                   "id).")
EMULATION_ENDED = _t("The engine could not resume this order after the app stopped (emulated by "
                     "the engine, its saved state was missing or unreadable); its orders at the "
                     "exchange were canceled so none works unwatched.")
REOPENED = _t("Found at the exchange after it was taken for never placed (its request arrived "
              "late): followed again.")
SET_ASIDE = _t("Set aside: {error} Check it on the exchange itself; the rest of the account is "
               "followed as usual.")
PAPER_RESTARTED = _t("The paper account restarted without this order: it was not saved before "
                     "the app stopped, or could not be restored.")


@dataclass(slots=True)
class ReconcileReport:
    checked: int = 0
    updated: list[str] = field(default_factory=list)  # client ids whose state changed
    rejected: list[str] = field(default_factory=list)  # never reached the exchange
    adopted: list[str] = field(default_factory=list)
    fills: int = 0  # new fills recorded
    unresolved: list[str] = field(default_factory=list)  # still unknown: looked up again
    set_aside: list[str] = field(default_factory=list)  # cannot be looked up: left aside


    @property
    def changed(self) -> bool:
        return bool(self.updated or self.rejected or self.adopted or self.fills
                    or self.set_aside)

    def summary(self) -> str:
        return (f"{self.checked} open orders checked, {len(self.updated)} updated, "
                f"{len(self.rejected)} never reached the exchange, {len(self.adopted)} "
                f"adopted, {self.fills} new fills, {len(self.unresolved)} still unknown, "
                f"{len(self.set_aside)} set aside")


class Reconciler:
    def __init__(self, journal: Journal, account_id: str, venue: Venue,
                 record_order: Callable[..., Order], record_fill: Callable[[str, Fill], bool],
                 in_flight: set[str], paper: bool,
                 misses: dict[str, int] | None = None,
                 fills: FillSync | None = None) -> None:
        self.journal = journal
        self.account_id = account_id
        self.venue = venue
        self._record_order = record_order
        self._record_fill = record_fill
        self._in_flight = in_flight
        self._paper = paper
        self._misses = misses if misses is not None else {}
        self._fills = fills or FillSync(
            journal, account_id, venue,
            lambda account, batch: sum(record_fill(account, f) for f in batch), set())
        self.report = ReconcileReport()

    async def run(self) -> ReconcileReport:
        open_orders = [o for o in self.journal.open_orders(self.account_id)
                       if o.client_order_id not in self._in_flight
                       and o.attention is not OrderAttention.SET_ASIDE]
        submitted = self._submitted_flags([o.client_order_id for o in open_orders])
        live = {o.id for o in _emulated_orders(self.venue)}
        ended = {o.id for o in open_orders
                 if o.emulated and o.id not in live and not self._paper}
        for order in open_orders:
            if order.id in ended:
                self._end(order, OrderStatus.CANCELED, EMULATION_ENDED)
                self.report.updated.append(order.client_order_id)
            else:
                await self._check(order, submitted.get(order.client_order_id, True),
                                  orphan=bool(order.parent_id) and order.parent_id in ended)
        if self._paper:
            return self.report
        await self._adopt()
        await self._recheck_closed_unseen()
        self.report.fills += await self._fills.catch_up(await self._fills.symbols_to_reconcile())
        return self.report

    # -- 1. journaled orders ---------------------------------------------------------------

    async def _check(self, order: Order, submitted: bool, orphan: bool = False) -> None:
        self.report.checked += 1
        cid = order.client_order_id
        try:
            found = await self._look_up(order)
        except OrderNotFound:
            found = None
        except LookupRefused as err:  # asking again cannot help: the rest goes on
            self._set_aside(order, err)
            return
        except VenueError as err:
            log.info("%s: %s could not be looked up (%s)", self.venue.name, cid, err)
            self.report.unresolved.append(cid)
            return
        if found is not None:
            found = replace(found, client_order_id=cid) if not found.client_order_id else found
            if orphan and not found.status.is_final:
                found = await self._cancel_orphan(found)
            if found != order:
                self._record_order(self.account_id, found)
                self.report.updated.append(cid)
            return
        if self._paper:
            status = OrderStatus.CANCELED if order.id else OrderStatus.REJECTED
            self._end(order, status, PAPER_RESTARTED)
            return
        if submitted:
            deadline = self.journal.send_deadline_ms(cid) or (
                (order.created_ts or 0) + _grace_ms(self.venue))
            if time.time() * 1000 < deadline:
                self.report.unresolved.append(cid)  # a late request could still arrive
                return
            self._misses[cid] = self._misses.get(cid, 0) + 1
            if self._misses[cid] < MISSES_TO_REJECT:
                self.report.unresolved.append(cid)  # asked again before it is given up
                return
        self._end(order, OrderStatus.REJECTED, NEVER_ARRIVED if submitted else NEVER_SENT)
        self.report.rejected.append(cid)

    async def _cancel_orphan(self, leg: Order) -> Order:
        try:
            canceled = await self.venue.cancel_order(leg.id, leg.symbol)
        except OrderNotFound:
            return leg
        return replace(canceled, client_order_id=leg.client_order_id,
                       parent_id=canceled.parent_id or leg.parent_id,
                       reason=EMULATION_ENDED if canceled.status is OrderStatus.CANCELED
                       else canceled.reason)

    async def _look_up(self, order: Order) -> Order:
        if order.id:
            try:
                return await self.venue.fetch_order(order.id, order.symbol)
            except OrderNotFound:
                pass  # some venues forget old orders by id: the client id is asked next
        return await self.venue.fetch_order_by_client_id(order.client_order_id, order.symbol)

    def _set_aside(self, order: Order, err: LookupRefused) -> None:
        reason = SET_ASIDE.format(error=text_of(err))
        log.warning("%s: %s (%s) set aside: %s", self.venue.name, order.client_order_id,
                    order.symbol, err)
        self.journal.set_aside(order.client_order_id, reason)
        self._record_order(self.account_id, replace(order, reason=reason,
                                                    attention=OrderAttention.SET_ASIDE))
        self.report.set_aside.append(order.client_order_id)

    def _end(self, order: Order, status: OrderStatus, reason: str) -> None:
        self._record_order(self.account_id, replace(
            order, status=status, reason=reason, updated_ts=int(time.time() * 1000)))

    def _submitted_flags(self, client_ids: list[str]) -> dict[str, bool]:
        """Whether each order's send was attempted (journal column `submitted`)."""
        return {cid: self.journal.is_submitted(cid) for cid in client_ids}

    async def _recheck_closed_unseen(self) -> None:
        """Orders closed lately as never arrived are asked for once more: one processed late
        and already filled is in no list of open orders, and must still be re-adopted."""
        recent = time.time() * 1000 - RECHECK_MS
        for order in self.journal.orders(self.account_id, limit=200):
            if not closed_unseen(order) or (order.updated_ts or 0) < recent \
                    or order.client_order_id in self.report.rejected \
                    or not self.journal.is_submitted(order.client_order_id):
                continue
            try:
                found = await self.venue.fetch_order_by_client_id(order.client_order_id,
                                                                  order.symbol)
            except VenueError:  # not found (the usual answer), or not now: nothing to do
                continue
            self._record_order(self.account_id, replace(found,
                                                        client_order_id=order.client_order_id))
            self.report.updated.append(order.client_order_id)

    # -- 2. orders only the exchange knows -------------------------------------------------

    async def _adopt(self) -> None:
        journaled = self.journal.orders(self.account_id, limit=5000)
        known = {o.client_order_id: o for o in journaled}
        known_ids = {o.id for o in journaled if o.id}
        for order in await self.venue.fetch_open_orders():
            mine = known.get(order.client_order_id)
            if mine is not None and closed_unseen(mine):
                self._record_order(self.account_id, order)  # it arrived after all: re-adopted
                self.report.updated.append(order.client_order_id)
                continue
            if mine is not None or order.id in known_ids \
                    or order.client_order_id in self._in_flight:
                continue
            if order.parent_id or order.emulated:
                continue  # the engine's own emulation legs, journaled as they change
            self._record_order(self.account_id, order, ADOPTED)
            self.report.adopted.append(order.client_order_id or order.id)



def closed_unseen(order: Order) -> bool:
    """Closed by this app without the exchange's word: rejected, never acknowledged (the send
    failed, or reconciliation did not find it). If the exchange shows it after all, it is."""
    return order.status is OrderStatus.REJECTED and not order.id


def _grace_ms(venue: Venue) -> int:
    """How long after signing the venue's order requests may still be accepted."""
    grace = getattr(getattr(venue, "inner", venue), "send_grace_ms", None)
    return int(grace()) if callable(grace) else DEFAULT_GRACE_MS


def _emulated_orders(venue: Venue) -> list[Order]:
    """The parents an EmulatingVenue runs now (none for a venue without emulation)."""
    emulated = getattr(venue, "emulated_orders", None)
    return list(emulated()) if callable(emulated) else []
