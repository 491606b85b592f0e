"""The engine: owns every price source and venue, lives on the engine thread's loop.

Nothing here runs on the UI thread; the UI reaches it only through `EngineClient`.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.core import (
    Bar,
    Candles,
    ConnectionEvent,
    ConnectionState,
    EngineStatsEvent,
    Market,
    OrderBook,
    PregaoError,
    Tick,
    Trade,
)
from desktop.core.messages import marker, text_of
from desktop.engine.backtest_jobs import BacktestJobs
from desktop.engine.bus import EventBus
from desktop.engine.public_trades import PublicTrades
from desktop.venues.feed import MarketFeed

_t = marker("Engine")

if TYPE_CHECKING:  # imported on first use: they load fastparquet/pandas, SQLAlchemy, keyring
    from desktop.alerts.delivery.service import DeliveryService
    from desktop.engine.accounts import AccountService
    from desktop.engine.alert_service import AlertService
    from desktop.engine.bots.service import BotService
    from desktop.engine.drawing_service import DrawingService
    from desktop.engine.history_jobs import HistoryJobs
    from desktop.engine.ml_jobs import MlJobs
    from desktop.engine.order_manager import OrderManager
    from desktop.engine.report_jobs import ReportJobs
    from desktop.engine.risk_service import RiskService
    from desktop.risk.book_service import RiskBookService

log = logging.getLogger(__name__)

REPLAY_VENUE = "replay"
LATENCY_PROBE_S = 0.25
# The database, its migrations and the keyring cost ~0.3 s of CPU (and the GIL); at a cold
# start they wait this long so the window's first live frame is not slowed down by them.
# Anyone asking for an account meanwhile just waits for them to be ready.
ACCOUNTS_START_DELAY_S = 1.0  # without a window (tests, headless): start after this
BOTS_MODULE = "desktop.engine.bots.service"
DELIVERY_MODULE = "desktop.alerts.delivery.service"
UI_WAIT_LIMIT_S = 10.0  # with a window that never reports its first frame
DRIFT_FIRST_CHECK_S = 600.0  # the first drift check of the saved models, after the start
DRIFT_CHECK_EVERY_S = 3600.0  # then hourly: drift is slow, a check reads 500 candles a model


class Engine:
    def __init__(
        self,
        bus: EventBus,
        *,
        demo_seed: int = 7,
        demo_days: int = 30,
        database_url: str | None = None,
        demo_market: bool = True,
        accounts_start_delay_s: float | None = None,
        render_text: Callable[[object], str] = str,
    ) -> None:
        self.bus = bus
        # what alert delivery sends a trigger's sentence as (the app: the UI's language)
        self._render_text = render_text
        self._demo_market = demo_market
        # Headless sessions (pregao paper) have no first frame to protect: no delay there.
        self._accounts_delay = accounts_start_delay_s
        self._demo_seed = demo_seed
        self._demo_days = demo_days
        self._feeds: dict[str, MarketFeed] = {}
        self._feed_tasks: dict[str, asyncio.Task] = {}
        self._tasks: list[asyncio.Task] = []
        self.loop_latency_ms = 0.0
        self._started: asyncio.Future[None] | None = None
        #: Backtest jobs (worker processes, stored runs); the pool starts on first use.
        self.backtests = BacktestJobs(bus, self.history, self.markets)
        self._database_url = database_url
        self._accounts: AccountService | None = None
        self._orders: OrderManager | None = None
        self._risk: RiskService | None = None
        self._bots: BotService | None = None
        self._services_lock = threading.Lock()
        self._services_event: asyncio.Event | None = None
        self._ui_ready: asyncio.Event | None = None
        #: Set by the app before start: a window will call ui_ready() after its first frame.
        self.wait_for_ui = False
        #: The demo market's clock (None: the wall clock); set before start, e.g. by the bots
        #: scale benchmark to run market time faster than real time.
        self.demo_clock: Any = None

    @property
    def accounts(self) -> AccountService:
        """Exchange and paper accounts: database rows, keyring secrets, open venues."""
        if self._accounts is None:
            # Client calls name `engine.accounts.<method>` on the UI thread while the engine
            # thread starts the service: without the lock each could build its own (the
            # imports take a while), and the UI's would never start, so its callers hang.
            with self._services_lock:
                if self._accounts is None:
                    from desktop.engine.accounts import AccountService
                    from desktop.engine.order_manager import OrderManager

                    accounts = AccountService(self.bus, self.markets,
                                              last_tick=self.last_tick)
                    if self._database_url:
                        accounts.database_url = self._database_url
                    from desktop.engine.risk_service import RiskService

                    self._orders = OrderManager(self.bus, accounts)
                    from desktop.engine.audit_trail import AuditTrail

                    audit = AuditTrail(lambda a: accounts.account(a).label)
                    self.bus.add_sink(audit, takes_early_events=False)
                    self._orders.audit = audit
                    accounts.listeners.append(self._orders)
                    self._risk = RiskService(self.bus, self._orders, accounts)
                    self._orders.risk = self._risk
                    self._risk.feed_history = (self.venues, self.history)
                    accounts.listeners.append(self._risk)
                    self._accounts = accounts
        return self._accounts

    @property
    def orders(self) -> OrderManager:
        """Every trade of the connected accounts: journal, send, reconcile, positions."""
        self.accounts  # noqa: B018 - the manager is made with the account service
        assert self._orders is not None
        return self._orders

    @property
    def risk(self) -> RiskService:
        """The pre-trade guard, trading states, breakers and the kill switch."""
        self.accounts  # noqa: B018 - made with the account service
        assert self._risk is not None
        return self._risk

    @property
    def bots(self) -> BotService:
        """Strategy bots: stored, resumed after reconciliation, fed closed candles. Made
        after the account services (its module loads numba, which the order entry must not
        wait for); it does nothing until `start`."""
        accounts = self.accounts
        if self._bots is None:
            with self._services_lock:
                if self._bots is None:
                    from desktop.engine.bots.service import BotService

                    self._bots = BotService(self.bus, accounts, self.orders, self._feeds.get)
        return self._bots

    async def wait_started(self) -> None:
        """Wait until `start()` has finished (or re-raise why it failed)."""
        if self._started is None:
            self._started = asyncio.get_running_loop().create_future()
        await asyncio.shield(self._started)

    # -- lifecycle (engine loop) -------------------------------------------------------------
    async def start(self) -> None:
        if self._started is None:
            self._started = asyncio.get_running_loop().create_future()
        try:
            if self._demo_market:
                from desktop.venues.demo_market import DemoMarket

                self._publish_connection("demo", ConnectionState.CONNECTING, "")
                demo = DemoMarket(seed=self._demo_seed, days=self._demo_days,
                                  clock=self.demo_clock)
                self._attach_feed(demo)
                log.info("Engine started: demo market with %d symbols", len(demo.markets()))
            self._tasks.append(asyncio.create_task(self._measure_latency(), name="latency"))
            # In the background: callers of the market data need not wait for the database.
            self._tasks.append(asyncio.create_task(self._start_accounts(), name="accounts"))
            self._tasks.append(asyncio.create_task(self._watch_models(), name="model-drift"))
        except Exception as exc:
            self._started.set_exception(exc)
            raise
        self._started.set_result(None)

    async def stop(self) -> None:
        await self.stop_history_downloads()
        alerts = self.__dict__.get("_alerts")
        if alerts is not None:  # first: it may hand its last triggers to delivery
            await alerts.stop()
        delivery = self.__dict__.get("_alert_delivery")
        if delivery is not None:
            await delivery.stop()
        await self.backtests.stop()
        ml = self.__dict__.get("_ml")
        if ml is not None:
            await ml.stop_jobs()
            await ml.close()
        if "_public_trades" in self.__dict__:
            await self.__dict__["_public_trades"].stop()
        if self._risk is not None:
            await self._risk.stop()
        if self._bots is not None:
            await self._bots.stop()
        if self._orders is not None:
            await self._orders.stop()
        if self._accounts is not None:
            await self._accounts.stop()
        tasks = [*self._feed_tasks.values(), *self._tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for venue in list(self._feeds):
            self._publish_connection(venue, ConnectionState.DISCONNECTED, "")
        self._feeds.clear()
        self._feed_tasks.clear()
        self._tasks.clear()

    # -- queries -----------------------------------------------------------------------------
    def venues(self) -> list[str]:
        return list(self._feeds)

    def markets(self) -> list[Market]:
        out: list[Market] = []
        for venue, feed in self._feeds.items():
            for m in feed.markets():
                out.append(m if m.venue else _with_venue(m, venue))
        return out

    def history(self, venue: str, symbol: str) -> Candles:
        """Closed 1m candles plus the forming one, so a chart opens on the live price."""
        feed = self._feed(venue)
        closed = feed.history_1m(symbol)
        forming = feed.forming_bar(symbol)
        if forming is None or (len(closed) and forming.ts <= int(closed.ts[-1])):
            return closed
        return closed.concat(_bar_candles(forming))

    def last_tick(self, venue: str, symbol: str) -> Tick | None:
        return self._feed(venue).last_tick(symbol)

    def order_book(self, venue: str, symbol: str) -> OrderBook:
        return self._feed(venue).order_book(symbol)

    def recent_trades(self, venue: str, symbol: str) -> list[Trade]:
        """The newest public prints a feed (or a followed exchange market) kept."""
        if venue not in self._feeds:
            return self.public_trades.recent(venue, symbol)
        recent = getattr(self._feed(venue), "recent_trades", None)
        return recent(symbol) if recent is not None else []

    @property
    def public_trades(self) -> PublicTrades:
        """Public prints of exchange accounts' markets while a view follows them."""
        service = self.__dict__.get("_public_trades")
        if service is None:
            service = self.__dict__["_public_trades"] = PublicTrades(
                self.bus, lambda a: self.accounts.venue(a),
                lambda a: self.accounts.account(a).label)
        return service

    # -- replay ------------------------------------------------------------------------------
    async def open_replay(self, path: str, speed: float = 60.0, symbol: str = "") -> Market:
        from desktop.engine.replay_files import replay_feed

        feed = await replay_feed(path, speed, symbol)
        self.close_replay()
        self._attach_feed(feed)
        return feed.markets()[0]

    def close_replay(self) -> None:
        task = self._feed_tasks.pop(REPLAY_VENUE, None)
        if task is not None:
            task.cancel()
            self._feeds.pop(REPLAY_VENUE, None)
            self._publish_connection(REPLAY_VENUE, ConnectionState.DISCONNECTED, "")

    def replay_control(self, command: str, value: float | None = None) -> None:
        feed = self._feed(REPLAY_VENUE)
        if command == "pause":
            feed.pause()
        elif command == "resume":
            feed.resume()
        elif command == "step":
            feed.step(int(value or 1))
        elif command == "speed":
            feed.set_speed(float(value or 1.0))
        else:
            raise PregaoError(_t("Unknown replay command {command!r}", command=command))

    # -- internals ---------------------------------------------------------------------------
    def _feed(self, venue: str) -> MarketFeed:
        try:
            return self._feeds[venue]
        except KeyError:
            raise PregaoError(_t("No market data source named {venue!r} is open",
                                 venue=venue)) from None

    def attach_feed(self, feed: MarketFeed) -> None:
        """Make `feed` a market data source of the engine (its venue name must be free)."""
        self._attach_feed(feed)

    def _attach_feed(self, feed: MarketFeed) -> None:
        self._feeds[feed.venue] = feed
        task = asyncio.create_task(feed.run(self.bus.publish), name=f"feed-{feed.venue}")
        task.add_done_callback(lambda t, v=feed.venue: self._feed_done(v, t))
        self._feed_tasks[feed.venue] = task
        self._publish_connection(feed.venue, ConnectionState.CONNECTED, "")

    def _feed_done(self, venue: str, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("Market data from %s stopped: %s", venue, exc, exc_info=exc)
            self._publish_connection(venue, ConnectionState.DISCONNECTED, text_of(exc))

    def _publish_connection(self, venue: str, state: ConnectionState, detail: str) -> None:
        self.bus.publish(ConnectionEvent(venue, state, detail))

    async def _measure_latency(self) -> None:
        """How late the loop wakes from a timed sleep: what every engine task waits extra."""
        last_count = self.bus.published
        last_t = time.perf_counter()
        while True:
            start = time.perf_counter()
            await asyncio.sleep(LATENCY_PROBE_S)
            now = time.perf_counter()
            self.loop_latency_ms = max(0.0, (now - start - LATENCY_PROBE_S) * 1000)
            count = self.bus.published
            rate = (count - last_count) / (now - last_t)
            last_count, last_t = count, now
            self.bus.publish(EngineStatsEvent(self.loop_latency_ms, rate))

    # -- accounts ----------------------------------------------------------------------------
    async def service(self, name: str) -> Any:
        """The named service ("accounts", "orders", "risk", "bots", "alerts", "history_cache",
        "risk_book", "drawings") for a client call. Their modules load SQLAlchemy, keyring,
        fastparquet: they are imported on a worker thread, never on this loop (a blocked loop
        would stall every price), and the account services are handed out once their delayed
        start has made them (see ACCOUNTS_START_DELAY_S)."""
        if name == "alerts":
            await self._alerts_started().wait()
        elif name in ("accounts", "orders", "risk", "bots"):
            await self._services_made().wait()
            if name == "bots":
                await asyncio.to_thread(importlib.import_module, BOTS_MODULE)
        elif name == "history_cache":
            await asyncio.to_thread(importlib.import_module, "desktop.engine.history_jobs")
        elif name == "alert_delivery":
            await self._delivery_ready().wait()
        elif name == "risk_book":
            await asyncio.to_thread(importlib.import_module, "desktop.risk.book_service")
        elif name == "reports":
            await asyncio.to_thread(importlib.import_module, "desktop.engine.report_jobs")
        elif name == "drawings":
            await self._services_made().wait()
            await asyncio.to_thread(importlib.import_module, "desktop.storage.drawing_store")
        elif name == "ml":
            await asyncio.to_thread(importlib.import_module, "desktop.engine.ml_jobs")
        return getattr(self, name)

    def _services_made(self) -> asyncio.Event:
        if self._services_event is None:
            self._services_event = asyncio.Event()
        return self._services_event

    def ui_ready(self) -> None:
        """The window has painted its first frame: the account services start now."""
        self._ui_ready_event().set()

    def ui_settled(self) -> None:
        """The window is usable: what no panel waits for at start may load now."""
        self._ui_settled_event().set()

    def _ui_settled_event(self) -> asyncio.Event:
        event = self.__dict__.get("_ui_settled")
        if event is None:
            event = self.__dict__["_ui_settled"] = asyncio.Event()
        return event

    def _ui_ready_event(self) -> asyncio.Event:
        if self._ui_ready is None:
            self._ui_ready = asyncio.Event()
        return self._ui_ready

    async def _start_accounts(self) -> None:
        # A broken database must not take the market data down with it: the accounts dialog
        # shows the reason when it asks, everything else keeps working.
        # Their imports (SQLAlchemy, keyring) would compete with the window for the CPU:
        # they wait for its first frame (ui_ready), or for a while when there is no window.
        fallback = ACCOUNTS_START_DELAY_S if self._accounts_delay is None else self._accounts_delay
        delay = UI_WAIT_LIMIT_S if self.wait_for_ui else fallback
        try:
            await asyncio.wait_for(self._ui_ready_event().wait(), delay)
        except TimeoutError:
            pass
        for module in ("desktop.engine.accounts", "desktop.engine.order_manager",
                       "desktop.engine.risk_service"):
            await asyncio.to_thread(importlib.import_module, module)
        self.accounts  # noqa: B018 - made here, on the loop, now that the imports are done
        self._services_made().set()
        try:
            await self.accounts.start()
        except Exception as exc:
            log.error("Accounts unavailable: %s", exc, exc_info=exc)
            failure = exc
        else:
            failure = None
        if self.wait_for_ui:
            # Alert delivery and the bots (numba: a second of imports) would compete with the
            # window's first loads (the order entry's account and symbols) for the CPU and
            # the GIL: they wait until the window says it is usable.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._ui_settled_event().wait(), UI_WAIT_LIMIT_S)
        if failure is None:
            await self._start_alert_delivery()
        # The bot service loads numba (the backtest's sizing rule): on a thread, never on
        # this loop, and after the accounts (the order entry waits for those, not for bots).
        await asyncio.to_thread(importlib.import_module, BOTS_MODULE)
        await self._start_alerts(None if failure is not None else self.accounts.database())
        if failure is not None:
            self._delivery_ready().set()  # its callers hear it is not ready, not wait forever
            self.bots.fail(str(failure))  # its callers hear why; it loads once the database does
            return
        try:
            await self.bots.start()  # each running bot resumes once its account reconciled
        except Exception as exc:
            log.error("Bots unavailable: %s", exc, exc_info=exc)

    # -- alert delivery (desktop/alerts/delivery) ---------------------------------------------
    @property
    def alert_delivery(self) -> DeliveryService:
        """The outbox that delivers alert triggers to their channels; triggers submitted
        before the database opens are kept and queued then."""
        service = self.__dict__.get("_alert_delivery")
        if service is None:
            with self._services_lock:
                service = self.__dict__.get("_alert_delivery")
                if service is None:
                    from desktop.alerts.delivery.service import DeliveryService

                    service = DeliveryService(self.bus.publish, self.accounts.secrets,
                                              render=self._render_text)
                    self.__dict__["_alert_delivery"] = service
        return service

    def _delivery_ready(self) -> asyncio.Event:
        event = self.__dict__.get("_delivery_ready_event")
        if event is None:
            event = self.__dict__["_delivery_ready_event"] = asyncio.Event()
        return event

    async def _start_alert_delivery(self) -> None:
        """On the accounts' database, once it is open; a failure here leaves trading alone."""
        try:
            await asyncio.to_thread(importlib.import_module, DELIVERY_MODULE)
            await self.alert_delivery.start(self.accounts.database())
        except Exception as exc:
            log.error("Alert delivery unavailable: %s", exc, exc_info=exc)
        finally:
            self._delivery_ready().set()

    # -- chart drawings (drawing_service.py) ---------------------------------------------------
    @property
    def drawings(self) -> DrawingService:
        """Chart drawings per symbol, in the accounts' database (made once that exists)."""
        service = self.__dict__.get("_drawings")
        if service is None:
            from desktop.engine.drawing_service import DrawingService

            service = self.__dict__["_drawings"] = DrawingService(self.bus, self.accounts)
        return service

    # -- machine learning (ml_jobs.py) -------------------------------------------------------
    @property
    def ml(self) -> MlJobs:
        """Model training, saved models and drift checks; made on first use (its module
        is light: scikit-learn loads in its worker process or on a thread when used)."""
        service = self.__dict__.get("_ml")
        if service is None:
            from desktop.engine.ml_jobs import MlJobs

            service = self.__dict__["_ml"] = MlJobs(self.bus, self.backtests)
        return service

    async def _watch_models(self) -> None:
        """Saved models are checked for drift now and then, on the market they were trained
        on, so a "model drift" alert can fire without anyone pressing Check drift. The first
        check waits (scipy and scikit-learn then load on a thread, far from the start)."""
        await asyncio.sleep(DRIFT_FIRST_CHECK_S)
        await asyncio.to_thread(importlib.import_module, "desktop.engine.ml_jobs")
        while True:
            try:
                await self.ml.check_saved_models()
            except Exception as exc:  # a broken models folder must not end the watch
                log.warning("Drift check of saved models failed: %s", exc)
            await asyncio.sleep(DRIFT_CHECK_EVERY_S)

    # -- alerts (alert_service.py) ------------------------------------------------------------
    @property
    def alerts(self) -> AlertService:
        """Alert rules, evaluated on this thread on every tick, closed candle and event."""
        service = self.__dict__.get("_alerts")
        if service is None:
            from desktop.engine.alert_service import AlertService

            service = self.__dict__["_alerts"] = AlertService(self.bus, self._closed_1m)
        return service

    def _alerts_started(self) -> asyncio.Event:
        if "_alerts_ready" not in self.__dict__:
            self.__dict__["_alerts_ready"] = asyncio.Event()
        return self.__dict__["_alerts_ready"]

    async def _start_alerts(self, database: Any) -> None:
        """After the database: the rules live there (without one, rules live in memory)."""
        for module in ("desktop.engine.alert_service", "desktop.storage.alert_store"):
            await asyncio.to_thread(importlib.import_module, module)
        try:
            from desktop.storage.alert_store import AlertStore

            if database is not None and "_alert_delivery" in self.__dict__:
                self.alerts.delivery = self.alert_delivery  # each trigger goes to its channels
            await self.alerts.start(AlertStore(database) if database is not None else None)
        except Exception as exc:
            log.error("Alerts unavailable: %s", exc, exc_info=exc)
        self._alerts_started().set()

    def _closed_1m(self, symbol: str) -> Candles:
        """Closed 1-minute history of `symbol` from the first feed that has it."""
        for feed in list(self._feeds.values()):
            if any(m.symbol == symbol for m in feed.markets()):
                return feed.history_1m(symbol)
        return Candles.empty()

    # -- candle history cache (history_jobs.py) ---------------------------------------------
    @property
    def history_cache(self) -> HistoryJobs:
        """Downloads into the Parquet candle cache, imports and the cached datasets; created
        on first use (the cache folder is read from the environment then)."""
        jobs = self.__dict__.get("_history_cache")
        if jobs is None:
            from desktop.engine.history_jobs import HistoryJobs, SourceResolver

            resolver = SourceResolver(lambda: self._feeds, self.accounts, self.bus.publish)
            jobs = HistoryJobs(self.bus.publish, resolver=resolver)
            self.__dict__["_history_cache"] = jobs
        return jobs

    @property
    def risk_book(self) -> RiskBookService:
        """The risk heatmap's numbers per account (VaR, exposure, correlation, stress);
        created on first use (scipy and scikit-learn load when it first computes)."""
        service = self.__dict__.get("_risk_book")
        if service is None:
            from desktop.risk.book_service import RiskBookService

            service = self.__dict__["_risk_book"] = RiskBookService(self)
        return service

    @property
    def reports(self) -> ReportJobs:
        """Report jobs ("Export report…") and the performance dock's figures; made on first
        use (report_jobs.py)."""
        service = self.__dict__.get("_reports")
        if service is None:
            from desktop.engine.report_jobs import ReportJobs

            service = self.__dict__["_reports"] = ReportJobs(self)
        return service

    async def stop_history_downloads(self) -> None:
        """Cancel running downloads (what they fetched is written first)."""
        jobs = self.__dict__.get("_history_cache")
        if jobs is not None:
            await jobs.stop()


def _with_venue(m: Market, venue: str) -> Market:
    from dataclasses import replace

    return replace(m, venue=venue)


def _bar_candles(bar: Bar) -> Candles:
    return Candles.from_arrays(
        [bar.ts], [bar.open], [bar.high], [bar.low], [bar.close], [bar.volume]
    )
