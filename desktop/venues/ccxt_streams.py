"""Pushed streams through ccxt.pro's `watch_*` methods, with REST polling as the fallback.

No ccxt import: `CcxtVenue` hands over its exchange object and `send` (which turns ccxt's
exceptions into desktop.core errors).

Why a pump task per subscription: a ccxt.pro watch call resolves on the next message for it;
messages that arrive while nobody is waiting only land in ccxt's caches and are returned by the
call after next, once *another* message arrives. A consumer that is busy between two calls would
hear of an order's final fill only when something else happens, possibly never. The pump calls
`watch_*` again as soon as a result arrives and hands the items over through a mailbox.

Through trouble: a failed watch call (the server closed the socket, the dial was refused, a
timeout) is retried with backoff by calling it again; ccxt.pro dials a new connection and
subscribes again (the order book refetches its REST snapshot). The first failure publishes
DEGRADED with the reason; the first result after it, or the exchange's sockets being open again
(a quiet stream may bring no result for long), CONNECTED. Event streams (orders, fills,
trades) lose what happens while the socket is down, and a new subscription only brings what
happens after it: so each reconnect attempt is bridged by a short window of REST polling. After
`policy.max_attempts` failures in a row, or an error that says the exchange cannot stream this,
the subscription goes on by REST polling alone, and a DEGRADED event says so; it stays on polling
until it is subscribed again. The consumer keeps iterating the same iterator throughout: items
it already had are filtered out, and an order never goes back to an older state.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    Event,
    Fill,
    Order,
    OrderBook,
    Side,
    Tick,
    VenueError,
)
from desktop.core.messages import marker, text_of
from desktop.log_redaction import safe_text
from desktop.venues import ccxt_parsing as parse
from desktop.venues.base import Trade
from desktop.venues.ccxt_polling import is_passing_trouble, poll_batches, wait_or_closed
from desktop.venues.resilience import RetryPolicy

_t = marker("ExchangeErrors")

log = logging.getLogger(__name__)
T = TypeVar("T")
Watch = Callable[[], Awaitable[list[T]]]  # one watch call, its result as desktop.core records
Send = Callable[[Callable[[], Awaitable[Any]]], Awaitable[Any]]
_SEEN_KEPT = 20_000  # keys remembered for de-duplication (far above one session's fills)
_END = object()
_CONFIRM_EVERY_S = 0.05


@dataclass(slots=True, frozen=True)
class StreamPlan(Generic[T]):
    label: str  # "order book BTC/USDT": named in events and logs
    watch: Watch[T] | None  # None: the exchange (or the setup) has no WebSocket for it
    poll: Callable[[], AsyncIterator[T]]  # the REST-polling stream
    key: Callable[[T], Hashable] | None = None  # an item whose key was delivered is dropped,
    supersedes: Callable[[T, T], bool] | None = None  # ... unless it supersedes (new, old)
    latest_only: bool = False  # a state (ticker, book): a slow consumer gets the newest only


class _Mailbox(Generic[T]):
    def __init__(self, latest_only: bool) -> None:
        self._items: deque = deque()
        self._latest_only = latest_only
        self._ready = asyncio.Event()
        self._error: BaseException | None = None
        self._done = False

    def put(self, item: T) -> None:
        if self._latest_only:
            self._items.clear()
        self._items.append(item)
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        self._error = error
        self._ready.set()

    def finish(self) -> None:
        self._done = True
        self._ready.set()

    async def get(self) -> Any:
        while not self._items:
            if self._error is not None:
                raise self._error
            if self._done:
                return _END
            self._ready.clear()
            await self._ready.wait()
        return self._items.popleft()


@dataclass(slots=True)
class _Link:
    """A pushed subscription's health: failed watch calls in a row; DEGRADED said or not."""

    failures: int = 0
    down: bool = False


def _keep(tasks: set[asyncio.Task], coro: Awaitable[None]) -> asyncio.Task:
    task = asyncio.ensure_future(coro)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


class StreamSupervisor:
    """Runs a venue's subscriptions: WebSocket first, reconnect with backoff, then polling."""

    def __init__(self, venue: str, policy: RetryPolicy, publish: Callable[[Event], None] | None,
                 closed: asyncio.Event, poll_interval_s: float,
                 sockets_up: Callable[[], bool] | None = None) -> None:
        """`sockets_up`: whether every WebSocket of the exchange client is open now."""
        self._venue = venue
        self._policy = policy
        self._publish = publish or (lambda event: None)
        self._closed = closed
        self._poll_interval_s = poll_interval_s
        self._sockets_up = sockets_up

    async def run(self, plan: StreamPlan[T]) -> AsyncIterator[T]:
        box: _Mailbox[T] = _Mailbox(plan.latest_only)
        pump = asyncio.ensure_future(self._pump(plan, box))
        seen: dict[Hashable, Any] = {}  # key -> the last item delivered with it
        try:
            while True:
                item = await box.get()
                if item is _END:
                    return
                if plan.key is not None:
                    key = plan.key(item)
                    if key in seen and not (plan.supersedes and plan.supersedes(item, seen[key])):
                        continue
                    seen[key] = item
                    if len(seen) > _SEEN_KEPT:
                        del seen[next(iter(seen))]
                yield item
        finally:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump

    async def _pump(self, plan: StreamPlan[T], box: _Mailbox[T]) -> None:
        try:
            if plan.watch is not None:
                await self._pushed(plan, plan.watch, box)
            if not self._closed.is_set():
                async for item in plan.poll():
                    box.put(item)
            box.finish()
        except asyncio.CancelledError:
            raise
        except Exception as err:  # the consumer gets it where it iterates
            box.fail(err)

    async def _pushed(self, plan: StreamPlan[T], watch: Watch[T], box: _Mailbox[T]) -> None:
        """Items from the WebSocket until the venue closes, or until it keeps failing."""
        link = _Link()
        helpers: set[asyncio.Task] = set()  # REST bridges and reconnect confirmations
        confirm: asyncio.Task | None = None
        try:
            while not self._closed.is_set():
                if link.failures:
                    if plan.key is not None:
                        _keep(helpers, self._bridge(plan, box))
                    if self._sockets_up is not None:
                        confirm = _keep(helpers, self._confirm(plan, link, self._sockets_up))
                try:
                    # Awaited directly, not in a task of its own: the call must register for
                    # the next message before anything else runs, or a message is missed.
                    items = await watch()
                except asyncio.CancelledError:
                    if _being_cancelled():
                        raise
                    # ccxt.pro shares one future among the watchers of a subscription; another
                    # watcher that went away cancelled it. Ours goes on.
                    continue
                except Exception as err:  # ccxt.pro may raise beyond its own error classes
                    if confirm is not None:
                        confirm.cancel()
                    if self._closed.is_set() or not self._failed(plan, link, err):
                        return
                    await wait_or_closed(self._closed, self._policy.delay_s(link.failures))
                    continue
                self._restored(plan, link)
                for item in items:
                    box.put(item)
        finally:
            for helper in helpers:
                helper.cancel()

    def _failed(self, plan: StreamPlan, link: _Link, err: Exception) -> bool:
        """Count a failed watch call; False when the stream should go over to polling."""
        link.failures += 1
        lasting = isinstance(err, VenueError) and not is_passing_trouble(err)
        if lasting or link.failures >= self._policy.max_attempts:
            log.warning("%s: %s WebSocket stream gave up (%s); polling", self._venue,
                        plan.label, err)
            self._announce(ConnectionState.DEGRADED, _t(
                "the {stream} WebSocket stream failed ({why}); polling over REST every "
                "{every:g} s", stream=plan.label, why=_reason(err),
                every=self._poll_interval_s))
            return False
        if not link.down:
            link.down = True
            self._announce(ConnectionState.DEGRADED, _t(
                "the {stream} stream was interrupted ({why}); reconnecting",
                stream=plan.label, why=_reason(err)))
        log.info("%s: %s stream failed (%s); attempt %d follows", self._venue, plan.label, err,
                 link.failures + 1)
        return True

    def _restored(self, plan: StreamPlan, link: _Link) -> None:
        link.failures = 0
        if link.down:
            link.down = False
            self._announce(ConnectionState.CONNECTED, _t("the {stream} stream reconnected",
                                                         stream=plan.label))

    async def _confirm(self, plan: StreamPlan, link: _Link, sockets_up: Callable[[], bool]
                       ) -> None:
        """CONNECTED once the exchange's sockets are up again: a quiet stream (our orders on a
        calm day) may bring no message to prove it for a long time."""
        while not sockets_up():
            await asyncio.sleep(_CONFIRM_EVERY_S)
        self._restored(plan, link)

    async def _bridge(self, plan: StreamPlan[T], box: _Mailbox[T]) -> None:
        """REST polls for two intervals: what changed while the socket was down, and before the
        new subscription took effect (duplicates are filtered where the consumer reads)."""
        try:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(2 * self._poll_interval_s), \
                        contextlib.aclosing(plan.poll()) as polled:
                    async for item in polled:
                        box.put(item)
        except VenueError as err:  # the socket is retried anyway: it may well come back
            log.info("%s: bridging the %s stream by REST failed: %s", self._venue, plan.label,
                     err)

    def _announce(self, state: ConnectionState, detail: str) -> None:
        self._publish(ConnectionEvent(self._venue, state, detail))


def _being_cancelled() -> bool:
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


def _reason(err: BaseException) -> str:
    text = text_of(err)  # translatable when it is one of our sentences
    if safe_text(err) != str(text):
        text = safe_text(err)  # it quoted a secret: the redacted English then
    return text if str(text).strip() else type(err).__name__


# -- watch calls: ccxt.pro result -> desktop.core records --------------------------------------


def watch_ticker(exchange: Any, send: Send, symbol: str, venue: str,
                 now_ms: Callable[[], int]) -> Watch[Tick]:
    async def once() -> list[Tick]:
        raw = await send(lambda: exchange.watch_ticker(symbol))
        return [parse.tick_from_ccxt(raw, venue, now_ms())]
    return once


def watch_order_book(exchange: Any, send: Send, symbol: str, depth: int, venue: str,
                     now_ms: Callable[[], int]) -> Watch[OrderBook]:
    async def once() -> list[OrderBook]:
        raw = await send(lambda: exchange.watch_order_book(symbol, depth))
        return [parse.book_from_ccxt(raw, symbol, venue, now_ms(), depth)]
    return once


def watch_trades(exchange: Any, send: Send, symbol: str, venue: str) -> Watch[Trade]:
    async def once() -> list[Trade]:
        raws = await send(lambda: exchange.watch_trades(symbol))
        return [trade_from_ccxt(raw, venue) for raw in raws]
    return once


def watch_orders(exchange: Any, send: Send, symbol: str | None, prepare: Callable[[], Awaitable],
                 to_order: Callable[[dict], Order]) -> Watch[Order]:
    async def once() -> list[Order]:
        await prepare()  # keys, markets and the exchange's clock (the subscription is signed)
        raws = await send(lambda: exchange.watch_orders(symbol))
        return [to_order(raw) for raw in raws]
    return once


def watch_my_trades(exchange: Any, send: Send, symbol: str | None,
                    prepare: Callable[[], Awaitable], to_fill: Callable[[dict], Fill]
                    ) -> Watch[Fill]:
    async def once() -> list[Fill]:
        await prepare()
        raws = await send(lambda: exchange.watch_my_trades(symbol))
        return [to_fill(raw) for raw in raws]
    return once


def order_supersedes(new: Order, old: Order) -> bool:
    """Whether `new` is a later state of the order than `old` (a polled answer that was in flight
    while the socket pushed a fill must not take the order back)."""
    if old.status.is_final:
        return False
    if new.filled != old.filled:
        return new.filled > old.filled
    return new.status is not old.status


def trade_from_ccxt(raw: dict, venue: str) -> Trade:
    return Trade(symbol=raw.get("symbol") or "", ts=int(raw.get("timestamp") or 0),
                 price=float(raw.get("price") or 0.0), amount=float(raw.get("amount") or 0.0),
                 side=Side(str(raw.get("side") or "buy").lower()), id=str(raw.get("id") or ""),
                 venue=venue)


def client_id_in(raw: dict) -> str:
    """The client order id an execution report carries (Binance: `c`), for a fill that arrives
    before the order's own acknowledgement."""
    info = raw.get("info")
    return str(info.get("c") or "") if isinstance(info, dict) else ""


def poll_trades(fetch: Callable[[], Awaitable[list[Trade]]], since_ms: int, interval_s: float,
                closed: asyncio.Event) -> AsyncIterator[Trade]:
    """Public trades by REST: those printed from `since_ms` on, each once."""
    async def run() -> AsyncIterator[Trade]:
        seen: set[str] = set()
        async for batch in poll_batches(fetch, interval_s, closed):
            for trade in batch:
                if trade.ts >= since_ms and trade.id not in seen:
                    seen.add(trade.id)
                    yield trade
    return run()
