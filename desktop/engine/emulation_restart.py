"""Engine-emulated groups across a restart: kept in the database, restored, resumed.

A mixin of `EmulatingVenue` (order_emulation.py), which owns the groups, the lock and the
reactions; this part writes a group's state (group_state.py) to the account's store on every
change, puts the stored groups back at connect and carries on with them once the account is
reconciled.

Writes: a change of a group's structure (a leg placed or sent, a fill, a trigger, its status)
is written at once, before the next reaction. A trailing stop's best price moves on every new
high, and a write per price would stall the engine loop (one fsync each: benchmarks/
working_orders.py), so a move of the extreme alone is written within `TRAIL_SAVE_S`, all groups
in one transaction, and at a clean close. After a SIGKILL a trailing stop resumes from a best
price at most that old.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core import (
    Market,
    Order,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    ProtectionNotResumedEvent,
)
from desktop.core.messages import marker, text_of
from desktop.engine.emulated_groups import role_name
from desktop.engine.group_state import UnreadableState, group_from_state, group_state
from desktop.engine.order_groups import OrderGroup

_t = marker("Orders")

if TYPE_CHECKING:
    from desktop.engine.order_emulation import EmulatingVenue

log = logging.getLogger(__name__)

NOT_RESUMED = _t("Not resumed after the restart: {why}.")
TRAIL_SAVE_S = 1.0


class GroupStore(Protocol):
    """Where groups are kept across a restart (desktop.storage.working_orders)."""

    def load(self) -> dict[str, str]: ...

    def save(self, order_id: str, state: dict[str, Any]) -> bool: ...

    def save_many(self, states: dict[str, dict[str, Any]]) -> None: ...

    def forget(self, order_id: str) -> None: ...


class EmulationRestart:
    def _init_restart(self: EmulatingVenue, store: GroupStore | None) -> None:
        self._store = store
        self._suspended: set[str] = set()  # restored groups not yet resumed
        self._adopted_legs: list[Order] = []  # found by `resume`, for the journal
        self._shapes: dict[str, str] = {}  # group id -> its stored state but the extreme
        self._trail_due: set[str] = set()  # groups whose extreme moved since it was written
        self._trail_flush: asyncio.TimerHandle | None = None

    # -- restoring and resuming ------------------------------------------------------------

    def restore_saved(self: EmulatingVenue, markets: list[Market]) -> None:
        """Put back the groups the store kept (suspended until `resume`). What cannot be read
        is forgotten and reported; reconciliation then ends its journaled parent."""
        if self._store is None:
            return
        by_symbol = {m.symbol: m for m in markets}
        self._markets.update(by_symbol)
        for group_id, text in self._store.load().items():
            try:
                group = group_from_state(json.loads(text), by_symbol, self.name)
            except (UnreadableState, ValueError, AttributeError) as err:
                self._store.forget(group_id)
                self._not_resumed(group_id, None, text_of(err))
                continue
            self._groups[group.id] = group
            self._by_client_id[group.client_id] = group.id
            for leg_id in group.legs:
                self._leg_owner[leg_id] = group.id
            if not group.final:
                self._suspended.add(group.id)

    @property
    def suspended(self: EmulatingVenue) -> list[Order]:
        """Restored groups waiting for `resume`."""
        return [self.snapshot(i) for i in sorted(self._suspended)]

    async def resume(self: EmulatingVenue) -> list[Order]:
        """Carry on with the restored groups, now that the account is reconciled. Returns
        each of them and its legs as they stand now, for the journal (what happened while the
        app was away: a fill, a leg canceled at the exchange, the group ended). One that
        cannot go on is ended with the reason and reported. A venue error (the exchange not
        answering) propagates and leaves the rest suspended for the next call."""
        if not self._suspended:
            return []
        await self._start_streams()
        now: list[Order] = []
        async with self._lock:
            for group in [self._groups[i] for i in sorted(self._suspended)]:
                why = await self._catch_up(group)
                self._suspended.discard(group.id)
                if why:
                    await self._end(group, OrderStatus.CANCELED, NOT_RESUMED.format(why=why))
                    self._not_resumed(group.id, group.request, why)
                elif group.final and group.status is not OrderStatus.FILLED:
                    # Ended by what happened while the app was away (a leg canceled at the
                    # exchange): it protects nothing any more, and the trader must know.
                    self._not_resumed(group.id, group.request, group.reason or
                                      _t("it ended at {venue} while Pregão was closed",
                                         venue=self.name))
                else:
                    log.info("%s: resumed %s %s", self.name, group.id, _describe(group.request))
                self._refresh(group)
                now += [replace(o, parent_id=group.id) for o in group.legs.values()]
                now.append(self.snapshot(group.id))
            await self._after_change()
        return now

    async def _catch_up(self: EmulatingVenue, group: OrderGroup) -> str:
        """Apply what happened to the group's legs while the engine was away; the reason it
        cannot go on, or ""."""
        await self._adopt_sent(group)
        for leg_id, known in list(group.legs.items()):
            if group.final:
                return ""
            if known.status.is_final:
                continue
            try:
                now = await self.inner.fetch_order(leg_id, known.symbol)
            except OrderNotFound:
                return _t("its {role} order {id} is no longer known to {venue}",
                          role=role_name(group.roles[leg_id]), id=leg_id, venue=self.name)
            await self._apply(group, now)
        if not group.final and (group.watched_stop is not None or (
                group.kind is OrderType.TRAILING_STOP and not group.triggered)):
            await self._watch_prices(group.request.symbol)
        return ""

    async def _adopt_sent(self: EmulatingVenue, group: OrderGroup) -> None:
        """Legs whose send was interrupted (kept in `sending`, the answer never came): the
        exchange is asked by client id; one it holds becomes the group's leg again (and is
        announced, so the journal has it), one it never received is forgotten. "Never received"
        needs a second lookup once a request signed before the restart can no longer be
        accepted (the venue's send grace, counted from now, which is after any signing): a
        request still in flight or processed late is found, not sent a second time."""
        for cid, role in list(group.sending.items()):
            order = await self._look_up_sent(cid, group.request.symbol)
            if order is None:
                log.info("%s: leg %s of %s was never placed", self.name, cid, group.id)
            else:
                self._leg_owner[order.id] = group.id
                group.roles[order.id] = role
                group.legs[order.id] = order
                log.warning("%s: leg %s of %s was placed before the restart; adopted",
                            self.name, cid, group.id)
                self._emit_leg(group, order)
                self._adopted_legs.append(replace(order, parent_id=group.id))
            group.sending.pop(cid, None)
            self._keep(group)

    async def _look_up_sent(self: EmulatingVenue, cid: str, symbol: str) -> Order | None:
        for attempt in range(2):
            try:
                return await self.inner.fetch_order_by_client_id(cid, symbol)
            except OrderNotFound:
                if attempt == 0:
                    grace = getattr(self.inner, "send_grace_ms", None)
                    await asyncio.sleep(grace() / 1000 if callable(grace) else 0.0)
        return None

    def take_adopted_legs(self: EmulatingVenue) -> list[Order]:
        """The legs `resume` found at the exchange (for the journal), once."""
        legs, self._adopted_legs = self._adopted_legs, []
        return legs

    def _not_resumed(self: EmulatingVenue, group_id: str, request: OrderRequest | None,
                     why: str) -> None:
        log.warning("%s: the engine-run order %s (%s) was not resumed after the restart: %s",
                    self.name, group_id, _describe(request) if request else "unreadable", why)
        if self._publish is not None:
            self._publish(ProtectionNotResumedEvent(
                venue=self.name, order_id=group_id, reason=why,
                symbol=request.symbol if request else "",
                order_type=request.type.value if request else "",
                side=request.side.value if request else "",
                amount=request.amount if request else 0.0))

    # -- writing -------------------------------------------------------------------------

    def _keep(self: EmulatingVenue, group: OrderGroup) -> None:
        """Write the group's state (a no-op when unchanged; a move of the trailing extreme
        alone within TRAIL_SAVE_S); forget it once it has ended."""
        if self._store is None:
            return
        try:
            if group.final:
                self._trail_due.discard(group.id)
                self._shapes.pop(group.id, None)
                self._store.forget(group.id)
                return
            state = group_state(group)
            shape = json.dumps({**state, "extreme": None}, sort_keys=True)
            if self._shapes.get(group.id) == shape:
                self._trail_due.add(group.id)
                self._schedule_trail_flush()
                return
            self._store.save(group.id, state)
            self._shapes[group.id] = shape
            self._trail_due.discard(group.id)
        except Exception:  # the order still works now; only a later restart would lose it
            log.exception("%s: the state of %s could not be saved", self.name, group.id)

    def _schedule_trail_flush(self: EmulatingVenue) -> None:
        if self._trail_flush is None:
            loop = asyncio.get_running_loop()
            self._trail_flush = loop.call_later(TRAIL_SAVE_S, self._flush_trails)

    def _flush_trails(self: EmulatingVenue) -> None:
        """Write the moved extremes, all groups in one transaction."""
        if self._trail_flush is not None:
            self._trail_flush.cancel()
            self._trail_flush = None
        due, self._trail_due = self._trail_due, set()
        states = {i: group_state(self._groups[i]) for i in sorted(due)
                  if i in self._groups and not self._groups[i].final}
        if not states or self._store is None:
            return
        try:
            self._store.save_many(states)
        except Exception:
            log.exception("%s: trailing levels could not be saved", self.name)


def _describe(req: OrderRequest) -> str:
    """"trailing_stop sell 0.5 BTC/USDT": what the order is, for logs and events."""
    return f"{req.type.value} {req.side.value} {req.amount:g} {req.symbol}"
