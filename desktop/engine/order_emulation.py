"""Order types a venue lacks, carried out by the engine on top of the types it has.

`EmulatingVenue` wraps any `Venue`. OCO, trailing-stop and bracket orders that the wrapped
venue does not take itself (or that `EmulationConfig.missing` says to treat as absent) are kept
as a parent order in the engine (`Order.emulated == True`); only native orders ("legs", whose
`parent_id` names the parent) ever reach the venue. How each type is carried out (opening,
reacting to legs and prices, ending) is the part in emulated_groups.py; this module is the
venue wrapper around it: identity and capabilities, the order calls, publishing, streams.

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
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace

from desktop.core import (
    Balance,
    Candles,
    Event,
    Fill,
    InvalidOrder,
    Market,
    Order,
    OrderBook,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    Tick,
    VenueError,
)
from desktop.core.messages import marker, text_of
from desktop.engine.emulated_groups import EmulatedGroups
from desktop.engine.emulation_restart import EmulationRestart, GroupStore
from desktop.engine.order_groups import OrderGroup, check_request
from desktop.venues.base import Trade, Venue, VenueCapabilities

_t = marker("Orders")

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


class EmulatingVenue(EmulatedGroups, EmulationRestart):
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
                raise InvalidOrder(_t("{venue} does not take {type} orders", venue=self.name,
                                      type=request.type.value), self.name)
            return self._stamp(await self.inner.create_order(request))
        if not self.emulates(request.type):
            raise InvalidOrder(_t("{venue} has no market and limit orders to emulate {type} "
                                  "orders on", venue=self.name, type=request.type.value),
                               self.name)
        market = await self._market(request.symbol)
        check_request(request, self.name)
        await self._start_streams()
        async with self._lock:
            group = self._new_group(request, market)
            self._opening.add(group.id)
            try:
                await self._open(group)
            except VenueError as err:
                await self._end(group, OrderStatus.REJECTED, text_of(err))
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
            raise OrderNotFound(_t("Order {id} is not a {symbol} order", id=order_id,
                                   symbol=symbol), self.name)
        async with self._lock:
            if not group.final:
                await self._end(group, OrderStatus.CANCELED, _t("Canceled by the trader"))
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
                                        _t("The connection closed; the engine no longer "
                                           "watched it"))
        self._flush_trails()  # the newest trailing levels, for the next start
        self._closed = True
        tasks = [t for t in (self._orders_task, *self._price_tasks.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for _, queue in self._subscribers:
            queue.put_nowait(None)
        await self.inner.close()

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
            raise VenueError(_t("The {venue} connection is closed", venue=self.name),
                             self.name)
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
            raise InvalidOrder(_t("{symbol} is not a market on {venue}", symbol=symbol,
                                  venue=self.name), self.name)
        return market


def _log_failure(task: asyncio.Future) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Order emulation failed", exc_info=task.exception())

