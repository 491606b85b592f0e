"""How the engine runs the order groups it emulates: opening them, reacting to their legs and
to prices, ending them and settling the parent's state. A mixin of `EmulatingVenue`
(order_emulation.py), which owns the groups, the lock, the streams and the publishing:

- TRAILING_STOP: follows the best last price since placement (the venue's ticker stream); when
  the price retraces to the trail it sends a MARKET order. A reduce-only sell is cut to the
  base currency held (spot has no position to overshoot into).
- OCO: a LIMIT take-profit at `price` and a stop at `stop_price`: the venue's STOP_MARKET where
  it has one, else a stop watched by the engine that sends a MARKET order on the trigger. A
  take-profit fill (also a partial one) cancels the stop or replaces it by one for the rest; a
  stop that triggers or fills cancels the take-profit.
- BRACKET: the entry (MARKET, or LIMIT at `price`) goes native; its first fill places the exits
  (`take_profit`, `stop_loss`) as an OCO sized to what the entry filled: the venue's own OCO
  where it has one, else the emulated one above. While the exit is untouched, further entry
  fills replace it by one for the new total; once it executes, the entry's rest is canceled.
"""

from __future__ import annotations

import logging
import math
import uuid
from dataclasses import replace

from desktop.core import (
    InsufficientFunds,
    InvalidOrder,
    Market,
    Order,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    PregaoError,
    Side,
    TimeInForce,
    VenueError,
)
from desktop.core.messages import Message, marker, text_of
from desktop.engine.order_groups import (
    EPS,
    OrderGroup,
    beyond_stop,
    filled_by,
    is_stale,
    settled_status,
)
from desktop.engine.order_groups import snapshot as group_snapshot
from desktop.venues.ccxt_errors import OrderOutcomeUnknown

_t = marker("Orders")
_ROLES = {"tp": _t("take-profit"), "sl": _t("stop-loss"), "entry": _t("entry"),
          "exit": _t("exit"), "mkt": _t("market")}


def role_name(role: str) -> Message:
    """A leg's role ("tp", "sl", ...) in words for a sentence."""
    return _ROLES.get(role, role)

log = logging.getLogger(__name__)


class EmulatedGroups:
    # -- opening groups ------------------------------------------------------------------

    def _new_group(self, request: OrderRequest, market: Market,
                   parent_id: str = "") -> OrderGroup:
        client_id = request.client_order_id or f"pe{uuid.uuid4().hex[:16]}"
        if client_id in self._by_client_id:
            raise InvalidOrder(_t("An order with client id {id} exists already", id=client_id),
                               self.name)
        group = OrderGroup(id=f"em-{uuid.uuid4().hex[:12]}", client_id=client_id,
                       request=replace(request, client_order_id=client_id), market=market,
                       created_ts=0, parent_id=parent_id)
        self._groups[group.id] = group
        self._by_client_id[client_id] = group.id
        return group

    def _forget_if_empty(self, group: OrderGroup) -> None:
        if not group.legs:  # rejected before anything reached the venue: no trace
            self._groups.pop(group.id, None)
            self._by_client_id.pop(group.client_id, None)
            self._shown.pop(group.id, None)

    async def _open(self, group: OrderGroup) -> None:
        req = group.request
        if group.kind is OrderType.TRAILING_STOP:
            tick = await self.inner.fetch_ticker(req.symbol)
            group.created_ts = tick.ts
            group.extreme = tick.last
            await self._watch_prices(req.symbol)
        elif group.kind is OrderType.OCO:
            await self._place(group, "tp", OrderType.LIMIT, req.amount, price=req.price)
            await self._arm_stop(group, req.amount)
        else:
            entry_type = OrderType.MARKET if req.price is None else OrderType.LIMIT
            entry = await self._place(group, "entry", entry_type, req.amount, price=req.price)
            if entry.filled > EPS:  # a market entry comes back filled: protect it at once
                await self._size_exit(group)

    async def _place(self, group: OrderGroup, role: str, order_type: OrderType, amount: float,
                     price: float | None = None, stop_price: float | None = None,
                     side: Side | None = None) -> Order:
        req = group.request
        leg_request = OrderRequest(
            req.symbol, side or req.side, order_type, amount, price=price, stop_price=stop_price,
            time_in_force=req.time_in_force if order_type is OrderType.LIMIT else
            TimeInForce.GTC,
            reduce_only=req.reduce_only if role != "entry" else False,
            client_order_id=group.next_client_id(role), account=req.account)
        if group.id not in self._opening and group.parent_id not in self._opening:
            await self._guard(leg_request)
        cid = leg_request.client_order_id
        group.sending[cid] = role
        self._keep(group)  # before the send: a crash in flight leaves the client id to look up
        try:
            order = await self.inner.create_order(leg_request)
        except OrderOutcomeUnknown:
            raise  # it may exist: the next catch-up looks the client id up
        except Exception:
            group.sending.pop(cid, None)
            self._keep(group)
            raise
        group.sending.pop(cid, None)
        if not group.created_ts:
            group.created_ts = order.created_ts
        self._leg_owner[order.id] = group.id
        group.roles[order.id] = role
        group.legs[order.id] = order
        self._keep(group)  # a crash now must not leave this leg unknown to the next start
        self._emit_leg(group, order)
        return order

    async def _guard(self, request: OrderRequest) -> None:
        """The risk guard's word on a leg; a refusal is a venue-style refusal here (the group
        records it like an exchange's), the guard has journaled and announced it."""
        if self.leg_guard is None:
            return
        try:
            await self.leg_guard(request)
        except VenueError:
            raise
        except PregaoError as err:
            raise InvalidOrder(str(err), self.name) from err

    async def _arm_stop(self, group: OrderGroup, amount: float) -> None:
        """The OCO's stop for `amount`: native where the venue has stop-market orders."""
        req = group.request
        if self.available(OrderType.STOP_MARKET):
            try:
                await self._place(group, "sl", OrderType.STOP_MARKET, amount,
                                  stop_price=req.stop_price)
                return
            except InsufficientFunds as err:
                # Spot exchanges lock the coins for each order: the take-profit holds them
                # already. The engine watches the stop instead, needing nothing locked.
                log.info("%s: OCO %s watches its stop in the engine (%s)", self.name,
                         group.id, err)
        group.watched_stop, group.watched_amount = req.stop_price, amount
        await self._watch_prices(req.symbol)

    # -- leg updates ---------------------------------------------------------------------

    async def _on_leg(self, order: Order) -> None:
        async with self._lock:
            group = self._groups.get(self._leg_owner.get(order.id, ""))
            if group is None:
                self._offer(order)
                return
            await self._apply(group, order)
            await self._after_change()

    async def _apply(self, group: OrderGroup, order: Order) -> None:
        known = group.legs.get(order.id)
        if known is not None and (is_stale(known, order) or known == order):
            return
        group.legs[order.id] = order
        self._emit_leg(group, order)
        if not group.final:
            await self._react(group, order, known)
        self._refresh(group)

    async def _react(self, group: OrderGroup, order: Order, known: Order | None) -> None:
        role = group.roles[order.id]
        grew = order.filled > (known.filled if known else 0.0) + EPS
        started = grew or (order.triggered and not (known and known.triggered))
        if order.status.is_final and order.status is not OrderStatus.FILLED \
                and order.filled <= EPS and order.id not in group.retired:
            # Canceled, rejected or expired at the venue, not by us: the group ends with it.
            await self._end(group, OrderStatus.CANCELED,
                            order.reason or _t("Its {role} order ended at {venue}",
                                               role=role_name(role), venue=self.name))
            return
        if group.kind is OrderType.OCO:
            await self._react_oco(group, role, order, grew, started)
        elif group.kind is OrderType.BRACKET:
            if role == "entry" and grew:
                await self._size_exit(group)
            elif role == "exit" and started:
                await self._cancel_role(group, "entry")

    async def _react_oco(self, group: OrderGroup, role: str, order: Order, grew: bool,
                         started: bool) -> None:
        if role in ("sl", "mkt") and started:
            await self._cancel_role(group, "tp")
            return
        if role != "tp" or not grew:
            return
        rest = group.market.round_amount(group.request.amount - filled_by(group, "tp"))
        if group.watched_stop is not None:
            group.watched_amount = rest
            if rest <= EPS:
                group.watched_stop = None
        stop = group.live("sl")
        if stop is None or stop.filled > EPS or stop.triggered:
            return
        await self._cancel_leg(group, stop)
        if group.legs[stop.id].filled > EPS:  # it traded before the cancel arrived
            await self._cancel_role(group, "tp")
        elif rest > EPS and not order.status.is_final:
            try:  # the stop now covers only what the take-profit has not sold
                await self._place(group, "sl", OrderType.STOP_MARKET, rest,
                                  stop_price=group.request.stop_price)
            except VenueError as err:
                group.reason = _t("The stop for the rest could not be placed: {why}",
                                  why=text_of(err))
                log.warning("%s: OCO %s: %s", self.name, group.id, group.reason)

    async def _size_exit(self, bracket: OrderGroup) -> None:
        """Exits for everything the entry bought, while none of them executed yet."""
        entry = bracket.role_legs("entry")[0]
        amount = bracket.market.round_amount(entry.filled)
        current = self._exit_state(bracket)
        if current is not None:
            filled, triggered, live, size = current
            if filled > EPS or triggered or size >= amount - EPS:
                return
            if live:
                await self._cancel_exit(bracket)
                state = self._exit_state(bracket)
                if state is not None and state[0] > EPS:  # it traded meanwhile: keep it
                    return
        req = bracket.request
        exit_request = OrderRequest(
            req.symbol, req.side.opposite(), OrderType.OCO, amount, price=req.take_profit,
            stop_price=req.stop_loss, client_order_id=bracket.next_client_id("x"),
            account=req.account)
        try:
            if bracket.id not in self._opening:
                await self._guard(exit_request)
            if self.available(OrderType.OCO):
                order = await self.inner.create_order(exit_request)
                self._leg_owner[order.id] = bracket.id
                bracket.roles[order.id] = "exit"
                bracket.legs[order.id] = order
                bracket.exit_id = order.id
                self._emit_leg(bracket, order)
            else:
                child = self._new_group(exit_request, bracket.market, parent_id=bracket.id)
                bracket.exit_id = child.id
                self._opening.add(child.id)  # its exit was checked as a whole just above
                try:
                    await self._open(child)
                except VenueError as err:
                    await self._end(child, OrderStatus.REJECTED, text_of(err))
                    raise
                finally:
                    self._opening.discard(child.id)
                self._refresh(child)
        except VenueError as err:
            bracket.reason = _t("The take-profit and stop-loss could not be placed: {why}",
                                why=text_of(err))
            log.warning("%s: bracket %s unprotected: %s", self.name, bracket.id, err)

    def _exit_state(self, bracket: OrderGroup) -> tuple[float, bool, bool, float] | None:
        """(filled, triggered, live, amount) of a bracket's exit, or None before it exists."""
        if not bracket.exit_id:
            return None
        child = self._groups.get(bracket.exit_id)
        if child is not None:
            snap = self._snapshot(child)
            return snap.filled, snap.triggered, not child.final, snap.amount
        order = bracket.legs[bracket.exit_id]
        return order.filled, order.triggered, not order.status.is_final, order.amount

    async def _cancel_exit(self, bracket: OrderGroup) -> None:
        child = self._groups.get(bracket.exit_id)
        if child is not None:
            await self._end(child, OrderStatus.CANCELED,
                            _t("Replaced by an exit for a larger fill"))
        else:
            await self._cancel_leg(bracket, bracket.legs[bracket.exit_id])

    async def _after_change(self) -> None:
        """Brackets whose emulated exit moved: stop their entry once it executes, settle them;
        and stop following prices nobody needs any more."""
        for bracket in list(self._groups.values()):
            if bracket.kind is not OrderType.BRACKET or bracket.final or \
                    bracket.exit_id not in self._groups:
                continue
            state = self._exit_state(bracket)
            if state is not None and (state[0] > EPS or state[1]):
                await self._cancel_role(bracket, "entry")
            self._refresh(bracket)
        self._stop_idle_price_tasks()

    # -- prices --------------------------------------------------------------------------

    async def _on_price(self, symbol: str, last: float) -> None:
        async with self._lock:
            for group in [g for g in self._groups.values() if g.request.symbol == symbol]:
                if group.final or math.isnan(last):
                    continue
                if group.kind is OrderType.TRAILING_STOP and not group.triggered:
                    await self._trail(group, last)
                elif group.watched_stop is not None and beyond_stop(
                        group.request.side, group.watched_stop, last):
                    await self._fire_watched_stop(group)
                self._refresh(group)
            await self._after_change()
            self.observed[symbol] = self.observed.get(symbol, 0) + 1

    async def _trail(self, group: OrderGroup, last: float) -> None:
        req = group.request
        better = max if req.side is Side.SELL else min
        group.extreme = better(group.extreme, last)
        if not beyond_stop(req.side, group.trail_level(), last):
            return
        group.triggered = True
        amount = req.amount
        if req.reduce_only and req.side is Side.SELL:
            held = next((b.free for b in await self.inner.fetch_balances()
                         if b.currency == group.market.base), 0.0)
            amount = group.market.round_amount(min(amount, held))
        if amount <= EPS:
            await self._end(group, OrderStatus.CANCELED,
                            _t("Reduce-only: no {base} left to sell", base=group.market.base))
            return
        try:
            await self._place(group, "mkt", OrderType.MARKET, amount)
        except VenueError as err:
            await self._end(group, OrderStatus.REJECTED, text_of(err))

    async def _fire_watched_stop(self, group: OrderGroup) -> None:
        group.triggered = True
        group.watched_stop = None
        await self._cancel_role(group, "tp")
        rest = group.market.round_amount(min(group.watched_amount,
                                             group.request.amount - filled_by(group, "tp")))
        if rest > EPS:
            try:
                await self._place(group, "mkt", OrderType.MARKET, rest)
            except VenueError as err:
                group.reason = text_of(err)

    # -- ending --------------------------------------------------------------------------

    async def _end(self, group: OrderGroup, status: OrderStatus, reason: str) -> None:
        """Finish a group: cancel whatever of it still works at the venue."""
        group.status, group.reason = status, reason or group.reason
        group.watched_stop = None
        for order in list(group.legs.values()):
            await self._cancel_leg(group, order)
        child = self._groups.get(group.exit_id)
        if child is not None and not child.final:
            await self._end(child, status, reason)
        self._refresh(group)

    async def _cancel_role(self, group: OrderGroup, role: str) -> None:
        for order in group.role_legs(role):
            await self._cancel_leg(group, order)

    async def _cancel_leg(self, group: OrderGroup, order: Order) -> None:
        if order.status.is_final:
            return
        group.retired.add(order.id)
        try:
            final = await self.inner.cancel_order(order.id, order.symbol)
        except OrderNotFound:
            try:  # it ended between our look and the cancel: learn how
                final = await self.inner.fetch_order(order.id, order.symbol)
            except VenueError as err:
                log.warning("%s: leg %s of %s unknown: %s", self.name, order.id, group.id, err)
                return
        except VenueError as err:
            log.warning("%s: canceling leg %s of %s failed: %s", self.name, order.id,
                        group.id, err)
            return
        if not is_stale(group.legs[order.id], final):
            group.legs[order.id] = final
            self._emit_leg(group, final)

    # -- parent state --------------------------------------------------------------------

    def _refresh(self, group: OrderGroup) -> None:
        """Settle the group's status from its legs and publish it if it changed."""
        if not group.final:
            status = self._settled_status(group)
            if status is not None:
                group.status = status
                if status is not OrderStatus.FILLED and not group.reason:
                    group.reason = next((o.reason for o in group.legs.values() if o.reason), "")
        self._publish_snapshot(group)
        self._keep(group)

    def _settled_status(self, group: OrderGroup) -> OrderStatus | None:
        return settled_status(group, self._exit_state(group))

    def _snapshot(self, group: OrderGroup) -> Order:
        child = self._groups.get(group.exit_id)
        child_fee = self._snapshot(child).fee if child is not None else 0.0
        return group_snapshot(group, self.name, child_fee)
