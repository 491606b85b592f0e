"""The order manager: every trade of every connected account, on the engine thread.

The data flow of an order (DESIGN.md): validate against the market (precision, limits, free
balance) -> journal it with a fresh client order id (committed) -> mark it submitted -> send it
once -> record the answer and every later state change and fill (from the venue's return
values, its orders and fills streams, and reconciliation) -> publish the events.

Never twice: a send that fails in transit is settled by looking the order up by its client
order id (the venue does that first; what stays unknown is pending here and looked up again
until the exchange answers). Only an order the exchange proved it never received
(`OrderNotPlaced`) may be sent again, with the same client order id, and only when the caller
asked for that.

Reconciliation (reconcile.py) runs when an account connects and whenever its venue's
connection comes back after an outage. Positions are booked from journaled fills; balances
come from the venue (refreshed after fills and every minute, when the equity snapshot is
written).

The manager's parts: recording orders and fills, journal first (order_recording.py);
balances and equity (account_balances.py); modify, cancel all, flatten, reverse
(order_commands.py); following the venue's streams (account_streams.py).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.accounting import PositionBooks
from desktop.core import (
    Balance,
    ConnectionEvent,
    ConnectionState,
    DerivativePosition,
    Event,
    Fill,
    InvalidOrder,
    Market,
    Order,
    OrderAttention,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    Position,
    PositionEvent,
    PregaoError,
    RiskEvent,
    RiskRejected,
    VenueError,
)
from desktop.core.messages import marker, text_of
from desktop.engine import order_checks
from desktop.engine.account_balances import AccountBalances
from desktop.engine.account_streams import AccountStreams, self_publishing
from desktop.engine.audit_trail import AuditTrail, origin_of
from desktop.engine.fill_sync import polled_fills
from desktop.engine.margin_settings import MarginSettings
from desktop.engine.order_commands import OrderCommands
from desktop.engine.order_ids import new_client_order_id
from desktop.engine.order_recording import OrderRecording
from desktop.engine.paper_reset import PaperReset
from desktop.engine.reconcile import Reconciler, ReconcileReport
from desktop.log_redaction import safe_text
from desktop.venues.ccxt_errors import OrderNotPlaced, OrderOutcomeUnknown

_t = marker("Orders")

if TYPE_CHECKING:
    from desktop.engine.accounts import AccountService
    from desktop.engine.bus import EventBus
    from desktop.engine.risk_service import RiskService
    from desktop.storage.journal import Journal
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 60.0
RECONCILE_RETRY_S = (1.0, 2.0, 5.0, 10.0, 30.0)  # while the exchange does not answer
EPS = 1e-12
_OUTAGE = frozenset({ConnectionState.DISCONNECTED, ConnectionState.DEGRADED,
                     ConnectionState.BANNED})


def now_ms() -> int:
    return int(time.time() * 1000)


def pending_order(request: OrderRequest, venue: str, account: str, client_id: str) -> Order:
    """The journal's view of an order not yet acknowledged by the venue."""
    ts = now_ms()
    return Order(id="", client_order_id=client_id, symbol=request.symbol, side=request.side,
                 type=request.type, status=OrderStatus.PENDING, amount=request.amount,
                 price=request.price, stop_price=request.stop_price, created_ts=ts,
                 updated_ts=ts, time_in_force=request.time_in_force,
                 reduce_only=request.reduce_only, venue=venue, account=account,
                 bot_id=request.bot_id)


class OrderManager(OrderRecording, AccountBalances, OrderCommands, AccountStreams,
                   MarginSettings, PaperReset):
    def __init__(self, bus: EventBus, accounts: AccountService) -> None:
        self.bus = bus
        self.accounts = accounts
        self._journal: Journal | None = None
        self._books: dict[str, PositionBooks] = {}  # account -> its positions
        # (account, symbol) -> the venue's last margined position (position_sync.py): a fill
        # in between keeps its leverage, margins and liquidation price until the next sync.
        self._derivatives: dict[tuple[str, str], DerivativePosition] = {}
        self._orders: dict[str, dict[str, Order]] = {}  # account -> client id -> last known
        self._by_venue_id: dict[str, dict[str, str]] = {}  # account -> venue id -> client id
        self._balances: dict[str, list[Balance]] = {}
        self._venues: dict[str, Venue] = {}
        self._names: dict[str, str] = {}  # venue name (ConnectionEvent.venue) -> account id
        self._link: dict[str, ConnectionState] = {}
        self._tasks: dict[str, set[asyncio.Task]] = {}
        self._reconciled: dict[str, asyncio.Event] = {}
        self._resumed: dict[str, asyncio.Event] = {}
        self._reconcile_locks: dict[str, asyncio.Lock] = {}
        self._balance_due: set[str] = set()
        self._balance_stale: set[str] = set()  # an order or fill changed them since the fetch
        self._loop: asyncio.AbstractEventLoop | None = None
        #: Client order ids being placed right now: reconciliation leaves them to `place`.
        self.in_flight: set[str] = set()
        #: The audit trail (who placed each order); the engine sets it.
        self.audit: AuditTrail | None = None
        #: Awaited after an order is journaled and before it is marked submitted and sent.
        #: The crash-recovery harness stops the process there; nothing else sets it.
        self.on_journaled: Callable[[str], Awaitable[None]] | None = None
        #: The last reconciliation of each account (what it found and changed).
        self.last_report: dict[str, ReconcileReport] = {}
        #: Client id -> lookups that did not find it after its request expired (reconcile.py).
        self.lookup_misses: dict[str, int] = {}
        self._fill_dirty: dict[str, set[str]] = {}  # account -> symbols a fill write failed on
        #: How often an account whose orders and fills are pushed is reconciled all the same.
        self.sweep_interval_s = SWEEP_INTERVAL_S
        #: The pre-trade risk guard (risk_service.py); every order path goes through `check`.
        self.risk: RiskService | None = None

    # -- wiring (AccountService listener) --------------------------------------------------

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            from desktop.storage.journal import Journal

            self._journal = Journal(self.accounts.database())
        return self._journal

    def account_connected(self, account_id: str, venue: Venue) -> None:
        """Called by AccountService on the engine loop once the venue is open."""
        self._loop = asyncio.get_running_loop()
        self._venues[account_id] = venue
        self._names[venue.name] = account_id
        self._link[account_id] = ConnectionState.CONNECTED
        self._reconciled[account_id] = asyncio.Event()
        inner = getattr(venue, "inner", venue)
        if hasattr(inner, "on_signing"):  # journal until when each signed request may arrive
            inner.on_signing = self.journal.mark_signed
        self._resumed[account_id] = asyncio.Event()
        self._spawn(account_id, self._run_account(account_id, venue), "orders-start")

    def account_disconnected(self, account_id: str) -> None:
        venue = self._venues.pop(account_id, None)
        if venue is not None:
            self._names.pop(venue.name, None)
        for task in self._tasks.pop(account_id, set()):
            task.cancel()
        self._orders.pop(account_id, None)
        self._by_venue_id.pop(account_id, None)
        self._books.pop(account_id, None)
        self._link.pop(account_id, None)

    def venue_event(self, event: Event) -> None:
        """Every event a live venue publishes (any thread). A connection that comes back
        after an outage is reconciled: fills and cancels may have happened meanwhile."""
        if not isinstance(event, ConnectionEvent) or self._loop is None:
            return
        self._loop.call_soon_threadsafe(self._on_connection, event)

    def _on_connection(self, event: ConnectionEvent) -> None:
        account_id = self._names.get(event.venue)
        if account_id is None:
            return
        before = self._link.get(account_id)
        self._link[account_id] = event.state
        if event.state is ConnectionState.CONNECTED and before in _OUTAGE:
            log.info("%s is back: reconciling its orders", event.venue)
            self._spawn(account_id, self._reconcile_until_done(account_id), "reconcile")

    async def stop(self) -> None:
        for account_id in list(self._tasks):
            self.account_disconnected(account_id)

    def _spawn(self, account_id: str, coro, name: str) -> asyncio.Task:
        task = asyncio.create_task(coro, name=f"{name}-{account_id}")
        tasks = self._tasks.setdefault(account_id, set())
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        task.add_done_callback(_log_failure)
        return task

    # -- per account background work -------------------------------------------------------

    async def _run_account(self, account_id: str, venue: Venue) -> None:
        self._load(account_id)
        await self._reconcile_until_done(account_id)
        await self._resume_working(account_id, venue)
        self._spawn(account_id, self._follow_orders(account_id, venue), "orders-stream")
        self._spawn(account_id, self._follow_fills(account_id, venue), "fills-stream")
        self._spawn(account_id, self._snapshot_equity(account_id, venue), "equity")
        if not self_publishing(venue) and not polled_fills(venue):
            self._spawn(account_id, self._sweep(account_id), "sweep")

    def _load(self, account_id: str) -> None:
        """Open orders and positions as the journal left them."""
        journal = self.journal
        orders = self._orders.setdefault(account_id, {})
        ids = self._by_venue_id.setdefault(account_id, {})
        for order in journal.open_orders(account_id):
            orders[order.client_order_id] = order
        # Fills that arrive without a client order id are matched by the venue's order id.
        for order in [*journal.orders(account_id, limit=500), *orders.values()]:
            if order.id:
                ids[order.id] = order.client_order_id
        books = self._books[account_id] = PositionBooks()
        for key in [k for k in self._derivatives if k[0] == account_id]:
            del self._derivatives[key]  # the venue is asked again after the reconciliation
        for fill in journal.fills(account_id, since_ms=0, limit=10_000_000):
            books.apply(fill, account_id)
        for position in books.positions(account_id):  # panels opened before the connect
            self.bus.publish(PositionEvent(position))

    async def _reconcile_until_done(self, account_id: str) -> None:
        lock = self._reconcile_locks.setdefault(account_id, asyncio.Lock())
        async with lock:
            for attempt in range(10_000):
                venue = self._venues.get(account_id)
                if venue is None:
                    return
                try:
                    report = await self.reconcile(account_id)
                except VenueError as err:
                    wait = RECONCILE_RETRY_S[min(attempt, len(RECONCILE_RETRY_S) - 1)]
                    log.warning("Reconciling %s failed (%s); again in %g s", venue.name, err,
                                wait)
                    await asyncio.sleep(wait)
                    continue
                except Exception:  # the journal refused a write: what it missed is asked again
                    wait = RECONCILE_RETRY_S[min(attempt, len(RECONCILE_RETRY_S) - 1)]
                    log.exception("Reconciling %s could not write the journal; again in %g s",
                                  venue.name, wait)
                    await asyncio.sleep(wait)
                    continue
                if report.unresolved:
                    wait = RECONCILE_RETRY_S[min(attempt, len(RECONCILE_RETRY_S) - 1)]
                    await asyncio.sleep(wait)
                    continue
                event = self._reconciled.get(account_id)
                if event is not None:
                    event.set()
                self._schedule_balances(account_id)
                return

    async def _resume_working(self, account_id: str, venue: Venue) -> None:
        """Orders that work only while the engine runs (emulated groups restored from the
        database) carry on once the account is reconciled; retried while the exchange does
        not answer."""
        resume = getattr(venue, "resume", None)
        for attempt in range(10_000):
            try:
                # What happened to them while the app was away, for the journal.
                for order in (await resume()) if resume is not None else []:
                    self._record_order(account_id, order)
                # Legs whose send a crash interrupted, found at the exchange: the journal
                # learns their group (reconciliation had to adopt them as strangers).
                for leg in getattr(venue, "take_adopted_legs", list)():
                    self._record_order(account_id, leg)
                self._resumed[account_id].set()
                return
            except VenueError as err:
                wait = RECONCILE_RETRY_S[min(attempt, len(RECONCILE_RETRY_S) - 1)]
                log.warning("Resuming the engine-run orders of %s failed (%s); again in %g s",
                            venue.name, err, wait)
                await asyncio.sleep(wait)

    async def reconcile(self, account_id: str) -> ReconcileReport:
        """One pass: journal and exchange brought into agreement (see reconcile.py)."""
        venue = self._venue(account_id)
        reconciler = Reconciler(self.journal, account_id, venue, self._record_order,
                                self._record_fill, self.in_flight, self._is_paper(account_id),
                                self.lookup_misses, self._fill_sync(account_id))
        report = await reconciler.run()
        self.last_report[account_id] = report
        if report.changed:
            log.info("Reconciled %s: %s", venue.name, report.summary())
        return report

    async def wait_reconciled(self, account_id: str) -> None:
        """Until the account's first reconciliation after connecting has finished."""
        while account_id not in self._reconciled:
            await asyncio.sleep(0.02)
        await self._reconciled[account_id].wait()

    async def wait_resumed(self, account_id: str) -> None:
        """Until the account is reconciled and its restored engine-run orders resumed."""
        while account_id not in self._resumed:
            await asyncio.sleep(0.02)
        await self._resumed[account_id].wait()

    def _is_paper(self, account_id: str) -> bool:
        try:
            return self.accounts.account(account_id).is_paper
        except PregaoError:
            return False

    # -- queries (client) ------------------------------------------------------------------

    def open_orders(self, account_id: str | None = None) -> list[Order]:
        return self.journal.open_orders(account_id or None)

    def orders(self, account_id: str | None = None, limit: int = 500) -> list[Order]:
        return self.journal.orders(account_id or None, limit=limit)

    def fills(self, account_id: str | None = None, limit: int = 1000) -> list[Fill]:
        return self.journal.fills(account_id or None, limit=limit)

    def positions(self, account_id: str | None = None) -> list[Position]:
        ids = [account_id] if account_id else list(self._books)
        return [self._with_margin(each, p) for each in ids if each in self._books
                for p in self._books[each].positions(each)]

    async def markets(self, account_id: str) -> list[Market]:
        return await self._venue(account_id).load_markets()

    # -- trading ---------------------------------------------------------------------------

    async def place(self, account_id: str, request: OrderRequest,
                    resend_if_not_placed: bool = False, *,
                    risk_checked: bool | str = False) -> Order:
        """Validate, journal, send once. Returns the venue's acknowledgement, or the pending
        order (with the reason) when the exchange's answer is unknown and will be looked up.
        Raises InvalidOrder / InsufficientFunds (nothing journaled), RiskRejected (the risk
        guard's refusal, journaled as rejected, never sent) or the venue's refusal (journaled
        as rejected). `risk_checked`: True when the caller had the guard check this very
        order already (modify), "kill_switch" for the kill switch's own orders, "leg" for an
        exit the engine sends on its own (a position rule), checked like an exit leg."""
        venue = self._venue(account_id)
        market = await self._market(venue, request.symbol)
        if not venue.capabilities.supports_order_type(request.type):
            raise InvalidOrder(_t("{venue} does not take {type} orders.", venue=venue.name,
                                  type=request.type.value))
        reference = math.nan
        if request.price is None and request.stop_price is None:
            reference = await self._reference_price(venue, request.symbol)
        free = await self._free(account_id)
        try:
            request = order_checks.validated(market, request, reference, free)
        except PregaoError as exc:
            if self.audit is not None:
                self.audit.refused(account_id, request, text_of(exc))
            raise
        client_id = request.client_order_id or new_client_order_id()
        request = replace(request, client_order_id=client_id, account=account_id)
        if self.audit is not None:
            self.audit.note(client_id, origin_of(request))
        if self.risk is not None and risk_checked is not True:
            await self.guard(account_id, venue, market, request, reference,
                             kill_switch=risk_checked == "kill_switch",
                             leg=risk_checked == "leg")
        return await self._send(account_id, venue, request, resend_if_not_placed)

    async def guard(self, account_id: str, venue: Venue, market: Market,
                    request: OrderRequest, reference: float, *, kill_switch: bool = False,
                    replacing: bool = False, leg: bool = False) -> None:
        """The risk guard's check; a refusal is journaled as rejected (with its code and
        sentence), announced (OrderEvent, RiskEvent) and raised as RiskRejected."""
        assert self.risk is not None
        try:
            await self.risk.check(account_id, request, market, reference,
                                  kill_switch=kill_switch, replacing=replacing, leg=leg)
        except RiskRejected as err:
            self.journal_refusal(account_id, venue, request, err)
            raise

    def journal_refusal(self, account_id: str, venue: Venue, request: OrderRequest,
                        err: PregaoError) -> Order:
        """A refused order in the journal as REJECTED, never sent, and its events."""
        client_id = request.client_order_id or new_client_order_id()
        request = replace(request, client_order_id=client_id, account=account_id)
        code = getattr(err, "code", "")
        self.journal.record_new(account_id, request, client_id)
        rejected = replace(pending_order(request, venue.name, account_id, client_id),
                           status=OrderStatus.REJECTED, reason=text_of(err), reason_code=code)
        self.journal.record_order(account_id, rejected)
        self.bus.publish(OrderEvent(rejected))
        self.bus.publish(RiskEvent(account_id, code, text_of(err), request.symbol,
                                   str(request.side), request.amount, client_id))
        return rejected

    async def _send(self, account_id: str, venue: Venue, request: OrderRequest,
                    resend_if_not_placed: bool) -> Order:
        client_id = request.client_order_id
        self.in_flight.add(client_id)
        try:
            self.journal.record_new(account_id, request, client_id)
            pending = pending_order(request, venue.name, account_id, client_id)
            self._orders.setdefault(account_id, {})[client_id] = pending
            if not self_publishing(venue):
                self.bus.publish(OrderEvent(pending))
            if self.on_journaled is not None:
                await self.on_journaled(client_id)
            self.journal.mark_submitted(client_id)
            try:
                order = await venue.create_order(request)
            except OrderNotPlaced as err:
                if not resend_if_not_placed:
                    self._reject(account_id, pending, text_of(err))
                    raise
                log.info("%s: sending %s again (the exchange never received it)", venue.name,
                         client_id)
                try:  # same client id: the exchange refuses a duplicate if it did arrive
                    order = await venue.create_order(request)
                except OrderOutcomeUnknown as again:
                    return self._unknown(account_id, pending, again)
                except VenueError as again:
                    self._reject(account_id, pending, text_of(again))
                    raise
            except OrderOutcomeUnknown as err:
                return self._unknown(account_id, pending, err)
            except VenueError as err:
                self._reject(account_id, pending, text_of(err))
                raise
            if order.client_order_id != client_id and not order.emulated:
                order = replace(order, client_order_id=client_id)
            try:
                return self._record_order(account_id, order)
            except Exception as err:  # the exchange has it: never report a failed order
                log.exception("%s: %s was accepted by the exchange but could not be journaled",
                              venue.name, client_id)
                return self._unknown(account_id, pending, VenueError(_t(
                    "{venue} accepted the order but the journal could not record it ({why}); "
                    "it is being checked at the exchange. Do not send it again.",
                    venue=venue.name, why=_first_line(err)), venue.name))
        finally:
            self.in_flight.discard(client_id)

    def _reject(self, account_id: str, pending: Order, reason: str) -> None:
        self._record_order(account_id, replace(
            pending, status=OrderStatus.REJECTED, reason=reason, updated_ts=now_ms()))

    def _unknown(self, account_id: str, pending: Order, err: VenueError) -> Order:
        """The exchange may or may not have the order (or has it, and the journal could not
        record that): it stays pending, "checking", and is looked up (by client order id, never
        resent) until the exchange answers and the journal records the answer."""
        order = replace(pending, reason=text_of(err), updated_ts=now_ms(),
                        attention=OrderAttention.CHECKING)
        try:
            self.journal.record_order(account_id, order)
        except Exception:  # the journal keeps it pending and submitted: still looked up
            log.exception("Could not journal that %s is being checked", order.client_order_id)
        self._orders.setdefault(account_id, {})[order.client_order_id] = order
        venue = self._venues.get(account_id)
        if venue is not None and not self_publishing(venue):
            self.bus.publish(OrderEvent(order))
        self._spawn(account_id, self._reconcile_until_done(account_id), "settle")
        return order

    async def cancel(self, account_id: str, order_id: str,
                     reason: str = _t("Canceled by the trader.")) -> Order:
        """Cancel by venue id or client order id; returns the order's final state."""
        venue = self._venue(account_id)
        order = self._find(account_id, order_id)
        if order.status.is_final:
            return order
        if not order.id:
            # Not acknowledged yet: find it first (never cancel blind).
            try:
                order = self._record_order(account_id, await venue.fetch_order_by_client_id(
                    order.client_order_id, order.symbol))
            except OrderNotFound:
                raise InvalidOrder(_t("This order has not reached the exchange yet; it is "
                                      "being checked and can be canceled once it is known.")
                                   ) from None
        try:
            canceled = await venue.cancel_order(order.id, order.symbol)
        except OrderNotFound:
            canceled = await venue.fetch_order(order.id, order.symbol)
        if canceled.status is OrderStatus.CANCELED:
            canceled = replace(canceled, reason=reason)
        return self._record_order(account_id, canceled)

    # -- helpers ---------------------------------------------------------------------------

    def _venue(self, account_id: str) -> Venue:
        venue = self._venues.get(account_id)
        return venue if venue is not None else self.accounts.venue(account_id)

    def _find(self, account_id: str, order_id: str) -> Order:
        known = self._orders.get(account_id, {})
        if order_id in known:
            return known[order_id]
        client_id = self._by_venue_id.get(account_id, {}).get(order_id)
        if client_id in known:
            return known[client_id]
        order = self.journal.order(order_id)
        if order is not None and order.account == account_id:
            return order
        for order in self.journal.orders(account_id, limit=5000):
            if order_id == order.id:
                return order
        raise OrderNotFound(_t("This order is not in the journal of this account."))

    async def _market(self, venue: Venue, symbol: str) -> Market:
        for market in await venue.load_markets():
            if market.symbol == symbol:
                return market
        raise InvalidOrder(_t("{venue} has no market {symbol}.", venue=venue.name,
                              symbol=symbol))

    @staticmethod
    async def _reference_price(venue: Venue, symbol: str) -> float:
        try:
            return (await venue.fetch_ticker(symbol)).last
        except VenueError:
            return math.nan


def _first_line(err: BaseException) -> str:
    """An exception's first line (SQL errors append the statement and parameters)."""
    return (safe_text(err).strip().splitlines() or [type(err).__name__])[0]


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Order manager task %s failed", task.get_name(), exc_info=task.exception())
