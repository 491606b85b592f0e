"""Order types a venue lacks, carried out by the engine on top of the types it has.

`EmulatingVenue` wraps any `Venue`. OCO, trailing-stop and bracket orders that the wrapped
venue does not take itself (or that `EmulationConfig.missing` says to treat as absent) are kept
as a parent order in the engine (`Order.emulated == True`); only native orders ("legs", whose
`parent_id` names the parent) ever reach the venue:

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

Every state change of a parent is published as an `OrderEvent`, like a native order's; legs
are published too, stamped with their `parent_id`. Canceling a parent cancels its live legs,
and a group that ends (filled, canceled, rejected) never leaves a leg open at the venue.

Leg states arrive from the answers of create/cancel and from the venue's orders stream; prices
for trailing stops and engine-watched stops from its ticker stream. One lock serialises every
reaction, so a leg update and a price never act on a group at the same time.

Restart: with a `store` (the account's WorkingOrderStore) every group is kept in the
database and resumed after a restart once the account is reconciled (emulation_restart.py);
`close()` then leaves the groups as they are (suspended). Without a store it cancels their live
legs, so no half of a group works unwatched.
"""

from __future__ import annotations

import asyncio
import logging
import math
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace

from desktop.core import (
    Balance,
    Candles,
    Event,
    Fill,
    InsufficientFunds,
    InvalidOrder,
    Market,
    Order,
    OrderBook,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    PregaoError,
    Side,
    Tick,
    TimeInForce,
    VenueError,
)
from desktop.engine.emulation_restart import EmulationRestart, GroupStore
from desktop.engine.order_groups import (
    EPS,
    OrderGroup,
    beyond_stop,
    check_request,
    filled_by,
    is_stale,
    settled_status,
)
from desktop.engine.order_groups import snapshot as group_snapshot
from desktop.venues.base import Trade, Venue, VenueCapabilities
from desktop.venues.ccxt_errors import OrderOutcomeUnknown

log = logging.getLogger(__name__)

EMULATABLE = frozenset(t for t in OrderType if t.emulatable)
_NEEDED = frozenset({OrderType.MARKET, OrderType.LIMIT})  # what every emulation builds on
_STREAM_RETRY_S = 1.0


@dataclass(slots=True, frozen=True)
class EmulationConfig:
    # Native types of the venue to treat as absent: OCO to exercise the emulated OCO on a venue
    # that has one, STOP_MARKET to watch OCO stops in the engine instead of at the venue.
    missing: frozenset[OrderType] = frozenset()
    cancel_on_close: bool = True  # no group is left half-working without the engine
    publish_legs: bool = True  # publish leg snapshots stamped with their parent_id


class EmulatingVenue(EmulationRestart):
    """A `Venue` that adds engine-run OCO, trailing and bracket orders to `inner`."""

    def __init__(self, inner: Venue, publish: Callable[[Event], None] | None = None,
                 config: EmulationConfig | None = None, store: GroupStore | None = None) -> None:
        self.inner = inner
        self.config = config or EmulationConfig()
        self._publish = publish
        self._init_restart(store)
        self._groups: dict[str, OrderGroup] = {}
        self._by_client_id: dict[str, str] = {}
        self._leg_owner: dict[str, str] = {}  # leg venue id -> group id
        self._shown: dict[str, Order] = {}  # last published snapshot per order id
        self._lock = asyncio.Lock()
        self._orders_task: asyncio.Task | None = None
        self._price_tasks: dict[str, asyncio.Task] = {}
        self._subscribers: list[tuple[str | None, asyncio.Queue]] = []
        self._markets: dict[str, Market] = {}
        self._closed = False
        #: Prices taken into account, per symbol (tests wait on it instead of sleeping).
        self.observed: dict[str, int] = {}
        #: The risk guard for legs sent later, on the engine's own initiative (a trailing
        #: stop's market order, an OCO's stop, a bracket's exits): set by the risk service.
        #: Legs sent while their accepted parent is being opened are that order's, checked.
        self.leg_guard: Callable[[OrderRequest], Awaitable[None]] | None = None
        self._opening: set[str] = set()  # groups whose first legs go out now

    def __getattr__(self, name: str):
        # A transparent wrapper: what only the wrapped venue has (a CcxtVenue's resilience,
        # known_orders, ...) stays reachable. Called only for names this class lacks.
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    # -- identity ------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.inner.name

    def available(self, order_type: OrderType) -> bool:
        """Whether the wrapped venue takes `order_type` itself (natively or by its own code)."""
        return (self.inner.capabilities.supports_order_type(order_type)
                and order_type not in self.config.missing)

    def emulates(self, order_type: OrderType) -> bool:
        return order_type in EMULATABLE and not self.available(order_type) and all(
            self.available(t) for t in _NEEDED)

    @property
    def capabilities(self) -> VenueCapabilities:
        inner = self.inner.capabilities
        native = inner.native_order_types - self.config.missing
        ours = frozenset(t for t in EMULATABLE if self.emulates(t))
        return replace(
            inner, native_order_types=native,
            emulated_order_types=(inner.emulated_order_types - self.config.missing) | ours,
            extra={**inner.extra, "emulated_by_engine": sorted(t.value for t in ours)})

    # -- market data: the wrapped venue's --------------------------------------------------

    async def load_markets(self, reload: bool = False) -> list[Market]:
        markets = await self.inner.load_markets(reload)
        self._markets = {m.symbol: m for m in markets}
        return markets

    async def fetch_ohlcv(self, symbol: str, timeframe: str, since_ms: int | None = None,
                          until_ms: int | None = None, limit: int | None = None) -> Candles:
        return await self.inner.fetch_ohlcv(symbol, timeframe, since_ms, until_ms, limit)

    async def fetch_ticker(self, symbol: str) -> Tick:
        return await self.inner.fetch_ticker(symbol)

    async def fetch_order_book(self, symbol: str, depth: int = 20) -> OrderBook:
        return await self.inner.fetch_order_book(symbol, depth)

    def watch_ticker(self, symbol: str) -> AsyncIterator[Tick]:
        return self.inner.watch_ticker(symbol)

    def watch_order_book(self, symbol: str, depth: int = 20) -> AsyncIterator[OrderBook]:
        return self.inner.watch_order_book(symbol, depth)

    def watch_trades(self, symbol: str) -> AsyncIterator[Trade]:
        return self.inner.watch_trades(symbol)

    async def fetch_balances(self) -> list[Balance]:
        return await self.inner.fetch_balances()

    async def fetch_my_trades(self, symbol: str | None = None,
                              since_ms: int | None = None) -> list[Fill]:
        return await self.inner.fetch_my_trades(symbol, since_ms)

    def watch_my_trades(self, symbol: str | None = None) -> AsyncIterator[Fill]:
        return self.inner.watch_my_trades(symbol)

    # -- orders --------------------------------------------------------------------------

    async def create_order(self, request: OrderRequest) -> Order:
        if request.type not in EMULATABLE or self.available(request.type):
            if request.type in self.config.missing:
                raise InvalidOrder(f"{self.name} does not take {request.type.value} orders",
                                   self.name)
            return self._stamp(await self.inner.create_order(request))
        if not self.emulates(request.type):
            raise InvalidOrder(f"{self.name} has no market and limit orders to emulate "
                               f"{request.type.value} orders on", self.name)
        market = await self._market(request.symbol)
        check_request(request, self.name)
        await self._start_streams()
        async with self._lock:
            group = self._new_group(request, market)
            self._opening.add(group.id)
            try:
                await self._open(group)
            except VenueError as err:
                await self._end(group, OrderStatus.REJECTED, str(err))
                self._forget_if_empty(group)
                raise
            finally:
                self._opening.discard(group.id)
            self._refresh(group)
            await self._after_change()
            return self.snapshot(group.id)

    async def cancel_order(self, order_id: str, symbol: str) -> Order:
        group = self._groups.get(order_id)
        if group is None:
            return self._stamp(await self.inner.cancel_order(order_id, symbol))
        if symbol and group.request.symbol != symbol:
            raise OrderNotFound(f"Order {order_id} is not a {symbol} order", self.name)
        async with self._lock:
            if not group.final:
                await self._end(group, OrderStatus.CANCELED, "Canceled by the trader")
            await self._after_change()
            return self.snapshot(group.id)

    async def fetch_order(self, order_id: str, symbol: str) -> Order:
        if order_id in self._groups:
            return self.snapshot(order_id)
        return self._stamp(await self.inner.fetch_order(order_id, symbol))

    async def fetch_order_by_client_id(self, client_order_id: str, symbol: str) -> Order:
        group_id = self._by_client_id.get(client_order_id)
        if group_id is not None:
            return self.snapshot(group_id)
        return self._stamp(await self.inner.fetch_order_by_client_id(client_order_id, symbol))

    async def fetch_open_orders(self, symbol: str | None = None) -> list[Order]:
        native = [self._stamp(o) for o in await self.inner.fetch_open_orders(symbol)]
        parents = [self.snapshot(g.id) for g in self._groups.values()
                   if not g.final and symbol in (None, g.request.symbol)]
        return parents + native

    async def watch_orders(self, symbol: str | None = None) -> AsyncIterator[Order]:
        await self._start_streams()
        queue: asyncio.Queue = asyncio.Queue()
        entry = (symbol, queue)
        self._subscribers.append(entry)
        try:
            while True:
                item = await queue.get()
                if item is None:
                    return
                yield item
        finally:
            self._subscribers.remove(entry)

    def snapshot(self, group_id: str) -> Order:
        """The emulated parent order as it stands now."""
        return self._snapshot(self._groups[group_id])

    def emulated_orders(self) -> list[Order]:
        return [self._snapshot(g) for g in self._groups.values()]

    async def close(self) -> None:
        if self._closed:
            return
        if self.config.cancel_on_close:
            async with self._lock:
                for group in list(self._groups.values()):
                    if not group.final and not group.parent_id:
                        await self._end(group, OrderStatus.CANCELED,
                                        "The connection closed; the engine no longer watched it")
        self._flush_trails()  # the newest trailing levels, for the next start
        self._closed = True
        tasks = [t for t in (self._orders_task, *self._price_tasks.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for _, queue in self._subscribers:
            queue.put_nowait(None)
        await self.inner.close()

    # -- opening groups ------------------------------------------------------------------

    def _new_group(self, request: OrderRequest, market: Market,
                   parent_id: str = "") -> OrderGroup:
        client_id = request.client_order_id or f"pe{uuid.uuid4().hex[:16]}"
        if client_id in self._by_client_id:
            raise InvalidOrder(f"An order with client id {client_id} exists already", self.name)
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
                            order.reason or f"Its {role} order ended at {self.name}")
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
                group.reason = f"The stop for the rest could not be placed: {err}"
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
                    await self._end(child, OrderStatus.REJECTED, str(err))
                    raise
                finally:
                    self._opening.discard(child.id)
                self._refresh(child)
        except VenueError as err:
            bracket.reason = f"The take-profit and stop-loss could not be placed: {err}"
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
            await self._end(child, OrderStatus.CANCELED, "Replaced by an exit for a larger fill")
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
                            f"Reduce-only: no {group.market.base} left to sell")
            return
        try:
            await self._place(group, "mkt", OrderType.MARKET, amount)
        except VenueError as err:
            await self._end(group, OrderStatus.REJECTED, str(err))

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
                group.reason = str(err)

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

    # -- publishing ----------------------------------------------------------------------

    def _publish_snapshot(self, group: OrderGroup) -> None:
        order = self._snapshot(group)
        if self._shown.get(order.id) == order:
            return
        self._shown[order.id] = order
        self._emit(order)

    def _emit_leg(self, group: OrderGroup, order: Order) -> None:
        stamped = replace(order, parent_id=group.id)
        if self._shown.get(order.id) == stamped:
            return
        self._shown[order.id] = stamped
        if self.config.publish_legs:
            self._emit(stamped)
        else:
            self._offer(stamped)

    def _emit(self, order: Order) -> None:
        if self._publish is not None:
            self._publish(OrderEvent(order))
        self._offer(order)

    def _offer(self, order: Order) -> None:
        for symbol, queue in self._subscribers:
            if symbol in (None, order.symbol):
                queue.put_nowait(order)

    def _stamp(self, order: Order) -> Order:
        group_id = self._leg_owner.get(order.id)
        return replace(order, parent_id=group_id) if group_id else order

    # -- streams -------------------------------------------------------------------------

    async def _start_streams(self) -> None:
        if self._closed:
            raise VenueError(f"The {self.name} connection is closed", self.name)
        if self._orders_task is None:
            self._orders_task = asyncio.create_task(self._follow_orders(),
                                                    name=f"emulation-orders-{self.name}")
            # Let the subscription open before any order is sent: a push stream (the paper
            # venue's) would not replay what happened before it.
            await asyncio.sleep(0)

    async def _follow_orders(self) -> None:
        while not self._closed:
            try:
                async for order in self.inner.watch_orders():
                    await self._on_leg(order)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a dead stream must not end emulation for good
                log.warning("%s: orders stream stopped (%s); following it again", self.name,
                            exc)
            if not self._closed:
                await asyncio.sleep(_STREAM_RETRY_S)

    async def _watch_prices(self, symbol: str) -> None:
        task = self._price_tasks.get(symbol)
        if task is None or task.done():
            self._price_tasks[symbol] = asyncio.create_task(
                self._follow_prices(symbol), name=f"emulation-prices-{self.name}-{symbol}")
            await asyncio.sleep(0)  # subscribed before the caller goes on (push streams)

    async def _follow_prices(self, symbol: str) -> None:
        while not self._closed:
            try:
                async for tick in self.inner.watch_ticker(symbol):
                    await self._on_price(symbol, tick.last)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("%s: %s prices stopped (%s); following them again", self.name,
                            symbol, exc)
            if not self._closed:
                await asyncio.sleep(_STREAM_RETRY_S)

    def _stop_idle_price_tasks(self) -> None:
        needed = {g.request.symbol for g in self._groups.values() if not g.final and (
            (g.kind is OrderType.TRAILING_STOP and not g.triggered)
            or g.watched_stop is not None)}
        for symbol in [s for s in self._price_tasks if s not in needed]:
            self._price_tasks.pop(symbol).cancel()

    async def _market(self, symbol: str) -> Market:
        if symbol not in self._markets:
            await self.load_markets()
        market = self._markets.get(symbol)
        if market is None:
            raise InvalidOrder(f"{symbol} is not a market on {self.name}", self.name)
        return market


def _log_failure(task: asyncio.Future) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Order emulation failed", exc_info=task.exception())

