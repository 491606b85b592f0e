"""Recording what the venue says about an account's orders and fills: journal first, then the
event. A mixin of `OrderManager`, whose journal, books, known orders and bus it uses."""

from __future__ import annotations

import logging
from dataclasses import replace

from desktop.accounting import PositionBooks
from desktop.core import (
    Fill,
    FillEvent,
    Order,
    OrderEvent,
    OrderStatus,
    Position,
    PositionEvent,
)
from desktop.core.messages import marker
from desktop.engine.account_streams import self_publishing
from desktop.engine.reconcile import REOPENED, closed_unseen

_t = marker("Orders")

log = logging.getLogger(__name__)


class OrderRecording:
    # -- recording (journal first, then the event) -----------------------------------------

    def _record_order(self, account_id: str, order: Order, reason: str = "") -> Order:
        orders = self._orders.setdefault(account_id, {})
        ids = self._by_venue_id.setdefault(account_id, {})
        if not order.client_order_id:
            known = ids.get(order.id) or self.journal_client_id(account_id, order.id)
            order = replace(order, client_order_id=known or f"x{order.id}")
        if not order.account:
            order = replace(order, account=account_id)
        known = orders.get(order.client_order_id)
        stored = known if known is not None else self.journal.order(order.client_order_id)
        # The exchange's own copy of a rejection confirms it (the paper venue keeps rejected
        # orders, as a lookup by client id must find them): only a live or filled copy means
        # the order did arrive after all.
        reopen = (stored is not None and closed_unseen(stored) and bool(order.id)
                  and order.status is not OrderStatus.REJECTED)
        if reopen:
            assert stored is not None
            log.warning("%s (%s) was closed as never placed (%s) but the exchange has it, %s: "
                        "following it again", order.client_order_id, order.symbol,
                        stored.reason, order.status)
            self.lookup_misses.pop(order.client_order_id, None)
            order = replace(order, reason=REOPENED)
        elif known is not None:
            if known.status.is_final and not order.status.is_final:
                return known  # a late copy of an older state
            if not order.id and known.id:
                order = replace(order, id=known.id)
            if not order.reason and known.reason:
                order = replace(order, reason=known.reason)
            if not order.bot_id and known.bot_id:
                order = replace(order, bot_id=known.bot_id)
        elif (stored is None and not order.parent_id and not order.emulated
              and order.client_order_id not in self.in_flight):
            reason = reason or _t("Adopted from the exchange: placed outside this app.")
        if reason and not order.reason:
            order = replace(order, reason=reason)
        if order == known:
            return order
        self.journal.record_order(account_id, order, reopen=reopen)
        orders[order.client_order_id] = order
        if order.id:
            ids[order.id] = order.client_order_id
        venue = self._venues.get(account_id)
        if venue is None or not (self_publishing(venue) or order.emulated or order.parent_id):
            self.bus.publish(OrderEvent(order))
        if known is None or order.filled != known.filled or order.status != known.status:
            self._schedule_balances(account_id)
        return order

    def _record_fill(self, account_id: str, fill: Fill) -> bool:
        fill = self._prepare_fill(account_id, fill, self._by_venue_id.get(account_id, {}))
        if not self.journal.record_fill(account_id, fill):
            return False
        self._book_fill(account_id, fill)
        self._schedule_balances(account_id)
        return True

    def _record_fills(self, account_id: str, fills: list[Fill]) -> int:
        """Many fills in one journal transaction (a catch-up may bring thousands)."""
        ids = dict(self._by_venue_id.get(account_id, {}))
        unknown = {f.order_id for f in fills if not f.client_order_id and f.order_id
                   and f.order_id not in ids}
        ids.update(dict.fromkeys(unknown, ""))  # placed outside the app: no client id
        ids.update(self.journal.client_ids_of(account_id, unknown))
        new = self.journal.record_fills(
            account_id, [self._prepare_fill(account_id, f, ids) for f in fills])
        for fill in new:
            self._book_fill(account_id, fill)
        if new:
            self._schedule_balances(account_id)
        return len(new)

    def _prepare_fill(self, account_id: str, fill: Fill, ids: dict[str, str]) -> Fill:
        if not fill.client_order_id:
            client_id = ids[fill.order_id] if fill.order_id in ids \
                else self.journal_client_id(account_id, fill.order_id)
            fill = replace(fill, client_order_id=client_id)
        if not fill.account:
            fill = replace(fill, account=account_id)
        return fill

    def _book_fill(self, account_id: str, fill: Fill) -> None:
        """A fill now in the journal: into the position, then the events."""
        books = self._books.setdefault(account_id, PositionBooks())
        book = books.book(account_id, fill.symbol, fill.venue)
        before = book.amount
        books.apply(fill, account_id)
        position = self._with_margin(account_id, book.position())
        if self.risk is not None:  # a round trip that closed feeds the losing streak
            self.risk.position_moved(account_id, fill.symbol, before, book.amount,
                                     book.realized_pnl)
        venue = self._venues.get(account_id)
        if venue is None or not self_publishing(venue):
            self.bus.publish(FillEvent(fill))
        self.bus.publish(PositionEvent(position))

    def _with_margin(self, account_id: str, position: Position) -> Position:
        """A margined position keeps the venue's last leverage, margins and liquidation price
        (position_sync.py, refreshed after each burst of fills) with the book's amount and
        P&L; any other position is the book's."""
        margined = self._derivatives.get((account_id, position.symbol))
        if margined is None or position.amount == 0.0:
            return position
        return replace(margined, amount=position.amount, entry_price=position.entry_price,
                       realized_pnl=position.realized_pnl, fees=position.fees)

    def journal_client_id(self, account_id: str, venue_order_id: str) -> str:
        if not venue_order_id:
            return ""
        return self.journal.client_ids_of(account_id, {venue_order_id}).get(venue_order_id, "")
