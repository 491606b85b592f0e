"""The risk guard on the engine thread: what it knows of each account (equity, marks, daily
returns), the breakers watched while the account is connected, the stored limits and states,
and the client's risk calls. The order manager calls `check` on every order path before it
journals anything; the kill switch lives in desktop/risk/kill_switch.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from desktop.core import (
    Candles,
    Event,
    LimitUsage,
    Market,
    OrderRequest,
    OrderStatus,
    PositionRules,
    PregaoError,
    RiskLimits,
    RiskStatus,
    Side,
    TradingState,
    TradingStateEvent,
    VenueError,
)
from desktop.engine.account_balances import main_quote
from desktop.engine.position_rules_runner import PositionRulesRunner
from desktop.risk.book import BookView, OrderIntent, ReturnsModel
from desktop.risk.breakers import day_start_ms
from desktop.risk.guard import RiskGuard
from desktop.risk.limits import validate_limits, validate_rules
from desktop.risk.states import TradingStates

if TYPE_CHECKING:
    from desktop.engine.accounts import AccountService
    from desktop.engine.bus import EventBus
    from desktop.engine.order_manager import OrderManager
    from desktop.storage.risk_store import RiskStore
    from desktop.venues.base import Venue

log = logging.getLogger(__name__)

WATCH_INTERVAL_S = 2.0  # breakers see equity at least this often while connected
EQUITY_STALE_S = 5.0  # an order refreshes equity first when the last reading is older
RETURNS_STALE_S = 3600.0
# VaR, correlation and volatility come from hourly candles (every venue and the demo market
# have a month of them), scaled to a day by the square root of time.
RETURNS_TIMEFRAME, RETURNS_BARS, PERIODS_PER_DAY = "1h", 30 * 24, 24.0
SAVE_INTERVAL_S = 10.0  # bookkeeping (peak equity, day start) written at most this often
FINAL = frozenset(s for s in OrderStatus if s.is_final)
SNAPSHOT_REACH_MS = 3_600_000  # an equity snapshot up to an hour before the reset counts


def now_ms() -> int:
    return int(time.time() * 1000)


class RiskService:
    def __init__(self, bus: EventBus, orders: OrderManager, accounts: AccountService) -> None:
        self.bus = bus
        self.orders = orders
        self.accounts = accounts
        self.guard = RiskGuard(TradingStates(self._state_changed))
        self._store: RiskStore | None = None
        self._equity: dict[str, tuple[float, float, str]] = {}  # account -> (t, equity, quote)
        self._marks: dict[str, dict[str, float]] = {}
        self._margin_use: dict[str, float] = {}  # account -> margin use %, NaN: no margin
        self._returns: dict[str, tuple[float, np.ndarray]] = {}  # venue/symbol -> (t, returns)
        self._tasks: dict[str, asyncio.Task] = {}
        self._saved: dict[str, float] = {}
        self._rules: dict[str, PositionRules] = {}
        self._model_cache: tuple[tuple, ReturnsModel] | None = None
        #: (venues, history) of the engine's own feeds (the demo market, a replay): paper
        #: accounts priced by one take their history from it. Set by the engine.
        self.feed_history: tuple[Callable[[], list[str]], Callable[[str, str], Candles]] \
            | None = None
        self.rules_runner = PositionRulesRunner(self)
        #: How long the kill switch keeps trying against a failing exchange.
        self.kill_switch_deadline_s = 60.0

    # -- storage -----------------------------------------------------------------------------
    @property
    def store(self) -> RiskStore:
        if self._store is None:
            from desktop.storage.risk_store import RiskStore

            store = RiskStore(self.accounts.database())
            for account, limits in store.all_limits().items():
                self.guard.set_limits(account, limits)
            states = self.guard.states
            for stored in store.states():
                account = stored.status.account
                if stored.status.state is not TradingState.ACTIVE:
                    states.load(stored.status, stored.code)
                book = self.guard.book(account)
                book.day_start_ms, book.day_start_equity = stored.day_start_ms, \
                    stored.day_start_equity
                book.peak_equity, book.loss_streak = stored.peak_equity, stored.loss_streak
                book.opened_at_realized = dict(stored.open_trades)
            self._store = store
        return self._store

    def _save(self, account: str) -> None:
        from desktop.storage.risk_store import StoredRisk

        states = self.guard.states
        book = self.guard.book(account)
        try:
            self.store.save(StoredRisk(
                states.status(account), states.code(account), book.day_start_ms,
                book.day_start_equity, book.peak_equity, book.loss_streak,
                dict(book.opened_at_realized)))
        except Exception:  # a state that cannot be written must not stop the guard
            log.exception("Could not store the risk state of %s", account)
        self._saved[account] = time.monotonic()

    def _seed_day_start(self, account_id: str) -> None:
        """The day's reference equity is the equity at the reset hour: the journal's equity
        snapshot (written every minute) at or just before it, when the app was running then;
        otherwise the breakers take the first reading of the day."""
        limits = self.guard.limits(account_id)
        book = self.guard.book(account_id)
        start = day_start_ms(now_ms(), limits.daily_reset_hour_utc)
        if book.day_start_ms == start:
            return
        try:
            history = self.orders.journal.equity_history(account_id,
                                                         since_ms=start - SNAPSHOT_REACH_MS)
        except PregaoError:
            return
        before = [equity for ts, equity, _ in history if ts <= start and equity > 0]
        if before:
            book.day_start_ms, book.day_start_equity = start, before[-1]
            book.peak_equity = max(book.peak_equity, before[-1]) \
                if math.isfinite(book.peak_equity) else before[-1]

    def _state_changed(self, status: RiskStatus, previous: TradingState, code: str) -> None:
        log.warning("Trading state of %s: %s (%s)", status.account, status.state,
                    status.reason or code)
        self._save(status.account)
        self.bus.publish(TradingStateEvent(status, previous, code))

    # -- account listener --------------------------------------------------------------------
    def account_connected(self, account_id: str, venue: Venue) -> None:
        self.store  # noqa: B018 - loaded before the first order of the account
        if hasattr(venue, "leg_guard"):  # EmulatingVenue: its exit legs are guarded too
            venue.leg_guard = lambda request: self.check_leg(account_id, request)
        task = self._tasks.pop(account_id, None)
        if task is not None:
            task.cancel()
        self._tasks[account_id] = asyncio.create_task(self._watch(account_id),
                                                      name=f"risk-{account_id}")

    def account_disconnected(self, account_id: str) -> None:
        task = self._tasks.pop(account_id, None)
        if task is not None:
            task.cancel()
        self._equity.pop(account_id, None)

    def venue_event(self, event: Event) -> None:
        pass

    async def stop(self) -> None:
        for account_id in list(self._tasks):
            self.account_disconnected(account_id)

    async def _watch(self, account_id: str) -> None:
        """Breakers follow equity while the account is connected (also with no orders)."""
        with contextlib.suppress(asyncio.CancelledError):
            await self.orders.wait_reconciled(account_id)
            while True:
                try:
                    await self.refresh(account_id)
                    self._seed_day_start(account_id)
                    view = self.view(account_id)
                    self.guard.observe(account_id, view, now_ms())
                    self.guard.states.status(account_id)  # a cooldown that ended resumes
                    await self.rules_runner.run_once(account_id)
                    if time.monotonic() - self._saved.get(account_id, 0.0) > SAVE_INTERVAL_S:
                        self._save(account_id)
                except VenueError as err:
                    log.info("Risk: no equity reading for %s now: %s", account_id, err)
                except Exception:
                    log.exception("Risk watch of %s failed once", account_id)
                await asyncio.sleep(WATCH_INTERVAL_S)

    # -- what the guard sees -----------------------------------------------------------------
    async def refresh(self, account_id: str, marks: bool = True) -> None:
        """Equity from the balances (the order manager's cache when fresh) at the marks; with
        `marks`, first the last price of every symbol held from the venue."""
        venue = self.orders._venue(account_id)
        balances = self.orders._balances.get(account_id)
        if balances is None or account_id in self.orders._balance_stale:
            balances = await self.orders._refresh_balances(account_id)
        markets = {m.symbol: m for m in await venue.load_markets()}
        quote = main_quote(balances, markets)
        marks = self._marks.setdefault(account_id, {})
        wanted = {p.symbol for p in self.orders.positions(account_id) if p.amount}
        wanted |= {f"{b.currency}/{quote}" for b in balances
                   if b.currency != quote and b.total > 0}
        for symbol in wanted if marks else ():
            if symbol in markets:
                with contextlib.suppress(VenueError):
                    marks[symbol] = (await venue.fetch_ticker(symbol)).last
        cash = sum(b.total for b in balances if b.currency == quote)
        equity = cash
        for balance in balances:
            symbol = f"{balance.currency}/{quote}"
            if balance.currency != quote and balance.total > 0 and symbol in marks:
                equity += balance.total * marks[symbol]
        for position in self.orders.positions(account_id):  # derivatives: unrealised P&L
            market = markets.get(position.symbol)
            mark = marks.get(position.symbol, math.nan)
            if market is not None and market.contract and position.amount and \
                    math.isfinite(mark):
                equity += (mark - position.entry_price) * position.amount
        fetch_margin = getattr(venue, "fetch_margin", None)  # derivatives accounts
        summary = None
        if fetch_margin is not None:
            with contextlib.suppress(VenueError):
                summary = await fetch_margin()
        self._margin_use[account_id] = summary.margin_use * 100.0 \
            if summary is not None else math.nan
        last = self._equity.get(account_id)
        when = time.monotonic() if marks or last is None else last[0]
        self._equity[account_id] = (when, equity, quote)
        self._spot = {s for s, m in markets.items() if not m.contract}

    def view(self, account_id: str) -> BookView:
        _, equity, quote = self._equity.get(account_id, (0.0, math.nan, "USDT"))
        marks = self._marks.get(account_id, {})
        books = self.orders._books.get(account_id)
        positions = {s: a for s, a in books.amounts(account_id).items() if abs(a) > 1e-12} \
            if books is not None else {}
        # Spot holdings are what the balances say (deposits are not fills).
        for balance in self.orders._balances.get(account_id, ()):
            symbol = f"{balance.currency}/{quote}"
            if balance.currency != quote and symbol in getattr(self, "_spot", ()):
                if balance.total > 1e-12:
                    positions[symbol] = balance.total
                else:
                    positions.pop(symbol, None)
        open_orders = sum(1 for o in self.orders._orders.get(account_id, {}).values()
                          if o.status not in FINAL and not o.parent_id)
        return BookView(quote, equity, positions, marks, open_orders, model=self._model(),
                        margin_use_pct=self._margin_use.get(account_id, math.nan))

    def _model(self) -> ReturnsModel:
        """Covariance and correlation of every symbol with history, rebuilt only when the
        histories changed (an order's check must not redo them)."""
        key = tuple((s, id(r)) for s, (_, r) in self._returns.items())
        if self._model_cache is None or self._model_cache[0] != key:
            model = ReturnsModel({s: r for s, (_, r) in self._returns.items()},
                                 PERIODS_PER_DAY)
            self._model_cache = (key, model)
        return self._model_cache[1]

    async def _ensure_returns(self, account_id: str, venue: Venue, symbols: set[str]) -> None:
        """Hourly simple returns of `symbols` (a month), refreshed hourly."""
        # Loaded when a VaR/correlation limit or volatility sizing first needs it (the
        # analytics module brings scikit-learn along).
        from desktop.risk.book_analytics import hourly_closes

        for symbol in symbols:
            cached = self._returns.get(symbol)
            if cached is not None and time.monotonic() - cached[0] < RETURNS_STALE_S:
                continue
            source = getattr(getattr(venue, "config", None), "price_source", "")
            try:
                if self.feed_history is not None and source in self.feed_history[0]():
                    # A paper account priced by the demo market or a replay: its history.
                    candles = self.feed_history[1](source, symbol)
                else:
                    candles = await venue.fetch_ohlcv(symbol, RETURNS_TIMEFRAME,
                                                      limit=RETURNS_BARS + 1)
                _, close = hourly_closes(candles, now_ms())
            except PregaoError as err:
                log.info("Risk: no price history of %s: %s", symbol, err)
                continue
            close = close[-(RETURNS_BARS + 1):]
            if len(close) >= 3:
                self._returns[symbol] = (time.monotonic(), close[1:] / close[:-1] - 1.0)
        # One window for every series: the shortest common history, newest days.
        lengths = [len(self._returns[s][1]) for s in symbols if s in self._returns]
        if lengths:
            n = min(lengths)
            for s in symbols:
                if s in self._returns and len(self._returns[s][1]) != n:
                    t, r = self._returns[s]
                    self._returns[s] = (t, r[-n:])

    # -- the check every order path calls ----------------------------------------------------
    async def check(self, account_id: str, request: OrderRequest, market: Market,
                    reference_price: float, *, leg: bool = False, kill_switch: bool = False,
                    replacing: bool = False) -> None:
        """Raise RiskRejected when the guard refuses `request` (the caller journals it)."""
        if kill_switch:
            return
        self.store  # noqa: B018
        venue = self.orders._venue(account_id)
        last = self._equity.get(account_id)
        # Balances are fresh (place() fetched them after any fill); prices at most a few
        # seconds old, else they are fetched first.
        stale = last is None or time.monotonic() - last[0] > EQUITY_STALE_S
        with contextlib.suppress(VenueError):
            await self.refresh(account_id, marks=stale)
        if math.isfinite(reference_price):
            self._marks.setdefault(account_id, {})[request.symbol] = reference_price
        elif request.symbol not in self._marks.get(account_id, {}):
            with contextlib.suppress(VenueError):
                self._marks.setdefault(account_id, {})[request.symbol] = \
                    (await venue.fetch_ticker(request.symbol)).last
        limits = self.guard.limits(account_id)
        if limits.max_var_pct is not None or limits.max_correlated_exposure_pct is not None:
            held = set(self.view(account_id).positions) | {request.symbol}
            await self._ensure_returns(account_id, venue, held)
        self._seed_day_start(account_id)
        view = self.view(account_id)
        if replacing:
            view.open_orders = max(0, view.open_orders - 1)
        intent = OrderIntent.of(request, self._marks.get(account_id, {}).get(
            request.symbol, math.nan), leg=leg)
        self.guard.check(account_id, intent, view, now_ms())

    async def check_leg(self, account_id: str, request: OrderRequest) -> None:
        """An exit leg the engine sends for an emulated order it accepted earlier."""
        venue = self.orders._venue(account_id)
        market = await self.orders._market(venue, request.symbol)
        try:
            await self.check(account_id, request, market, math.nan, leg=True)
        except PregaoError as err:
            self.orders.journal_refusal(account_id, venue, request, err)
            raise

    def position_moved(self, account_id: str, symbol: str, before: float, after: float,
                       realized: float) -> None:
        """A fill moved a position: a round trip that closed counts for the losing streak."""
        book = self.guard.book(account_id)
        result = book.position_moved(symbol, before, after, realized)
        if result is not None:
            self.guard.observe(account_id, self.view(account_id), now_ms())
            self._save(account_id)

    # -- client calls ------------------------------------------------------------------------
    def limits(self, account_id: str) -> RiskLimits:
        self.store  # noqa: B018
        return self.guard.limits(account_id)

    def has_own_limits(self, account_id: str) -> bool:
        self.store  # noqa: B018
        return self.guard.has_own_limits(account_id)

    def set_limits(self, account_id: str, limits: RiskLimits | None) -> None:
        if limits is not None:
            validate_limits(limits)
        self.store.save_limits(account_id, limits)
        self.guard.set_limits(account_id, limits)

    def rules(self, account_id: str) -> PositionRules:
        if account_id not in self._rules:
            self._rules[account_id] = (self.store.rules(account_id) or
                                       self.store.rules("") or PositionRules())
        return self._rules[account_id]

    def set_rules(self, account_id: str, rules: PositionRules | None) -> None:
        """The account's rules ("" = the default); None: it follows the default again."""
        if rules is not None:
            validate_rules(rules)
        self.store.save_rules(account_id, rules)
        self._rules.clear()

    async def usage(self, account_id: str) -> list[LimitUsage]:
        self.store  # noqa: B018
        if account_id in self.orders._venues:
            with contextlib.suppress(VenueError):
                await self.refresh(account_id)
            limits = self.guard.limits(account_id)
            if limits.max_var_pct is not None or limits.max_correlated_exposure_pct is not None:
                venue = self.orders._venue(account_id)
                await self._ensure_returns(account_id, venue,
                                           set(self.view(account_id).positions))
        return self.guard.usage(account_id, self.view(account_id), now_ms())

    def status(self, account_id: str) -> RiskStatus:
        self.store  # noqa: B018
        return self.guard.states.status(account_id)

    def statuses(self) -> list[RiskStatus]:
        self.store  # noqa: B018
        return [self.guard.states.status(a) for a in self.guard.states.accounts()]

    def resume(self, account_id: str) -> RiskStatus:
        """Back to ACTIVE by the trader's hand. A breaker that tripped starts from here: the
        drawdown from today's equity, the daily loss from now (the trader chose to go on)."""
        self.store  # noqa: B018
        code = self.guard.states.code(account_id)
        book = self.guard.book(account_id)
        _, equity, _ = self._equity.get(account_id, (0.0, math.nan, ""))
        if math.isfinite(equity):
            if code == "max_drawdown":
                book.peak_equity = equity
            if code == "daily_loss":
                book.day_start_equity = equity
        if code == "loss_streak":
            book.loss_streak = 0
        return self.guard.states.set(account_id, TradingState.ACTIVE, "", None, "resumed")

    def set_state(self, account_id: str, state: TradingState, reason: str) -> RiskStatus:
        self.store  # noqa: B018
        if state is TradingState.ACTIVE:
            return self.resume(account_id)
        reason = reason.strip() or ("Halted by the trader" if state is TradingState.HALTED
                                    else "Set to reduce only by the trader")
        return self.guard.states.set(account_id, TradingState(state), reason, None, "manual")

    async def size(self, account_id: str, symbol: str, side: Side, mode: str, value: float,
                   price: float | None = None, stop: float | None = None) -> float:
        from desktop.engine.risk_sizing import size_order

        return await size_order(self, account_id, symbol, Side(side), mode, value, price, stop)

    async def kill_switch(self, account_ids: list[str] | None):
        from desktop.risk.kill_switch import KillSwitch

        self.store  # noqa: B018
        ids = list(self.orders._venues) if not account_ids else list(account_ids)
        return await KillSwitch(self.orders, self, self.kill_switch_deadline_s).run(ids)


