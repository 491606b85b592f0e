"""Every strategy bot of the app, on the engine thread.

- Persistence: bots, their specs, states and remembered protection live in the `bots` table
  (store.py); their orders are the journal's orders tagged with the bot's id.
- Start of the engine (`start`): each bot that was running resumes once its account has been
  reconciled: it warms up again, adopts its journaled position and open orders (it never
  enters a position it already holds) and protects a held position again if its protective
  orders did not survive.
- Candles: a bot on a paper account priced by the demo market or a replay gets the feed's
  closed candles from the event bus, aggregated to its timeframe; any other account's bot
  polls the venue's closed candles once per period.
- Orders and fills of the bus are routed to the bot that owns them.

Client calls (EngineClient.bot_*) run here; errors are PregaoError with a sentence to show.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core import (
    Bar,
    BarEvent,
    Candles,
    Event,
    Fill,
    FillEvent,
    Market,
    Order,
    OrderEvent,
    PregaoError,
    VenueError,
    timeframe_ms,
)
from desktop.core.accounts import DEMO_SOURCE, REPLAY_SOURCE
from desktop.core.bots import BotInfo, BotLogEvent, BotRemovedEvent, BotSpec, BotState
from desktop.core.messages import marker, text_of
from desktop.core.strategy_messages import parameter_message
from desktop.engine.bots.bot_events import BotEventPacer
from desktop.engine.bots.candles import TimeframeAggregator, closed_history
from desktop.engine.bots.port import AccountPort, resolve_strategy
from desktop.engine.bots.runner import BotRunner
from desktop.engine.bots.store import BotStore
from desktop.engine.bots.warmup import warmup_window
from strategies.base import ParameterError

_t = marker("Bots")

if TYPE_CHECKING:
    from desktop.engine.accounts import AccountService
    from desktop.engine.bus import EventBus
    from desktop.engine.order_manager import OrderManager
    from desktop.venues.feed import MarketFeed

log = logging.getLogger(__name__)

POLL_DELAY_S = 2.0  # after a period ends, the exchange has its closed candle by then
HISTORY_LIMIT = 5000  # candles fetched to warm up and measure the warm-up window


class BotService:
    def __init__(self, bus: EventBus, accounts: AccountService, orders: OrderManager,
                 feed: Callable[[str], MarketFeed | None]) -> None:
        self.bus = bus
        self.accounts = accounts
        self.orders = orders
        self._feed = feed  # a market feed of the engine by venue name (demo, replay)
        self._store: BotStore | None = None
        self.runners: dict[str, BotRunner] = {}
        self._markets: dict[str, dict[str, Market]] = {}
        # (venue, symbol, timeframe ms) -> the aggregator and the bots listening
        self._routes: dict[tuple[str, str, int], tuple[TimeframeAggregator, set[str]]] = {}
        self._bot_tasks: dict[str, set[asyncio.Task]] = {}
        self._pending: set[asyncio.Task] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._ready: asyncio.Event | None = None
        self._failure = ""  # why the bots could not be loaded ("" when they were)
        #: The wall clock in ms (a test moves it to see a forming candle close).
        self.now_ms: Callable[[], float] = lambda: time.time() * 1000
        #: Candle-close-to-order latencies in seconds (the scale benchmark reads them).
        self.latencies: list[float] = []
        self._events = BotEventPacer(bus.publish, self.runners.get)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def store(self) -> BotStore:
        if self._store is None:
            self._store = BotStore(self.accounts.database())
        return self._store

    def _ready_event(self) -> asyncio.Event:
        if self._ready is None:
            self._ready = asyncio.Event()
        return self._ready

    async def wait_ready(self) -> None:
        """Until `start` has loaded the stored bots (client commands wait for it). If the
        database was not there at the engine's start, loading is tried again (it may have
        been recovered since); PregaoError says why it still cannot be."""
        if self._failure:
            self._failure = ""
            self._ready = None
            with contextlib.suppress(Exception):
                await self.start()
        await self._ready_event().wait()
        if self._failure:
            raise PregaoError(self._failure)

    def fail(self, reason: str) -> None:
        """The bots cannot load (no database): callers are told `reason`."""
        self._failure = reason or "The bots could not be loaded."
        self._ready_event().set()

    async def start(self) -> None:
        """Load every bot; those that were running resume in the background."""
        try:
            await self._load()
        except Exception as exc:
            self._failure = str(exc) or "The bots could not be loaded."
            raise
        finally:
            self._ready_event().set()

    async def _load(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._thread = threading.get_ident()
        if self._unsubscribe is None:
            self._unsubscribe = self.bus.add_sink(self._on_event)
        for bot_id, spec, state, memory, error, created in self.store.all():
            try:
                runner = self._make_runner(bot_id, spec, created, state=BotState.STOPPED)
            except (PregaoError, ParameterError) as exc:
                log.error("Bot %s (%s) cannot load its strategy: %s", bot_id, spec.name, exc)
                continue
            runner.error = error
            if state.is_active:
                target = (BotState.ENTRIES_PAUSED if state is BotState.ENTRIES_PAUSED
                          else BotState.RUNNING)
                self._spawn(bot_id, self._resume(runner, target, memory))
            else:
                runner.state = state
                self._adopt(runner, memory)
                self._publish(runner)

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._events.stop()
        tasks = [t for ts in self._bot_tasks.values() for t in ts] + list(self._pending)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._bot_tasks.clear()
        self._pending.clear()

    async def settled(self) -> None:
        """Until every decision and order sequence started so far has finished (a replay at
        full speed waits for the bots before it moves the price on)."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    # -- client commands ---------------------------------------------------------------------

    async def list(self) -> list[BotInfo]:
        await self.wait_ready()
        return [r.info() for r in self.runners.values()]

    async def create(self, spec: BotSpec) -> BotInfo:
        """Check and store a new bot (stopped; `start` runs it)."""
        await self.wait_ready()
        spec = await self._checked(spec)
        bot_id = uuid.uuid4().hex
        created = self.store.add(bot_id, spec, BotState.STOPPED)
        runner = self._make_runner(bot_id, spec, created, state=BotState.STOPPED)
        runner.write_log(_t("Created: {strategy} {params} on {symbols} {timeframe}",
                            strategy=spec.strategy, params=spec.params,
                            symbols=", ".join(spec.symbols), timeframe=spec.timeframe))
        self._publish(runner)
        return runner.info()

    async def start_bot(self, bot_id: str) -> BotInfo:
        runner = self._runner(bot_id)
        if runner.state is BotState.ENTRIES_PAUSED:
            runner.state = BotState.RUNNING
            runner.write_log(_t("Entries resumed"))
            self._save_state(runner)
            self._publish(runner)
        elif runner.state in (BotState.STOPPED, BotState.ERROR):
            runner.error = ""
            self.store.save(bot_id, error="")
            await self._resume(runner, BotState.RUNNING, self._memory(bot_id))
        return runner.info()

    async def pause_entries(self, bot_id: str) -> BotInfo:
        runner = self._runner(bot_id)
        if runner.state is BotState.RUNNING or runner.state is BotState.WARMING_UP:
            runner.state = BotState.ENTRIES_PAUSED
            runner.write_log(_t("Entries paused: exits and protective orders still managed"))
            self._save_state(runner)
            self._publish(runner)
        elif not runner.state.is_active:
            raise PregaoError(_t("Start the bot first: a stopped bot takes no entries anyway."))
        return runner.info()

    async def stop_bot(self, bot_id: str, flatten: bool = False) -> BotInfo:
        """Stop deciding. Its protective orders keep working unless `flatten`, which cancels
        its orders and closes its positions at market."""
        runner = self._runner(bot_id)
        for task in list(self._bot_tasks.get(bot_id, ())):
            task.cancel()
        self._unroute(runner)
        runner.state = BotState.STOPPED
        self._save_state(runner)
        if flatten:
            async with runner.lock:
                for symbol in runner.spec.symbols:
                    await runner.exit(symbol, "flatten")
            runner.write_log(_t("Stopped and flattened"))
        else:
            runner.write_log(_t("Stopped"))
        self._publish(runner)
        return runner.info()

    async def edit(self, bot_id: str, params: dict[str, Any]) -> BotInfo:
        """New parameters; a running bot warms up again with them."""
        runner = self._runner(bot_id)
        spec = await self._checked(replace(runner.spec, params=dict(params)))
        was = runner.state
        if was.is_active:
            await self.stop_bot(bot_id)
        self.store.save(bot_id, spec=spec)
        memory = runner.memory()
        fresh = self._make_runner(bot_id, spec, runner.created_ts, state=BotState.STOPPED,
                                  previous=runner)
        fresh.write_log(_t("Parameters changed to {params}", params=spec.params))
        if was.is_active:
            await self._resume(fresh, BotState.ENTRIES_PAUSED
                               if was is BotState.ENTRIES_PAUSED else BotState.RUNNING, memory)
        else:
            self._adopt(fresh, memory)
            self._publish(fresh)
        return fresh.info()

    async def duplicate(self, bot_id: str) -> BotInfo:
        spec = self._runner(bot_id).spec
        name = f"{spec.name or spec.strategy} (copy)"
        return await self.create(replace(spec, name=name))

    async def delete(self, bot_id: str) -> None:
        """Remove a bot with no position and no working orders (stop and flatten it first)."""
        runner = self._runner(bot_id)
        if runner.state.is_active:
            raise PregaoError(_t("Stop the bot before deleting it."))
        await runner.load_markets()
        holding = [s for s in runner.spec.symbols if runner.held(s)]
        if holding or runner.open:
            raise PregaoError(_t("This bot still holds a position or has working orders: stop "
                                 "and flatten it before deleting it."))
        self._unroute(runner)
        self.runners.pop(bot_id, None)
        self._events.forget(bot_id)
        self.store.delete(bot_id)
        self.bus.publish(BotRemovedEvent(bot_id))

    async def bot_orders(self, bot_id: str) -> list[Order]:
        """Every order the bot placed (legs included), oldest first."""
        await self.wait_ready()
        self._runner(bot_id)
        return self.orders.journal.bot_orders(bot_id)

    async def bot_fills(self, bot_id: str) -> list[Fill]:
        """The fills of the bot's orders in time order (its trades on a chart)."""
        await self.wait_ready()
        self._runner(bot_id)
        return self.orders.journal.bot_fills(bot_id)

    async def bot_log(self, bot_id: str) -> list[str]:
        await self.wait_ready()
        return list(self._runner(bot_id).log_lines)

    # -- running -----------------------------------------------------------------------------

    def _make_runner(self, bot_id: str, spec: BotSpec, created: int, *, state: BotState,
                     previous: BotRunner | None = None) -> BotRunner:
        strategy = resolve_strategy(spec.strategy, spec.strategies_dir)(**spec.params)
        runner = BotRunner(bot_id, spec, strategy, AccountPort(self, spec.account_id),
                           self._publish, state=state, created_ts=created)
        if previous is not None:
            runner.log_lines.extend(previous.log_lines)
        runner.on_latency = self.latencies.append
        runner.on_mark = self._publish_mark
        runner.on_log = lambda line, r=runner: self.bus.publish(BotLogEvent(r.id, line))
        runner.on_memory = lambda r: self.store.save(r.id, memory=r.memory())
        self.runners[bot_id] = runner
        return runner

    async def _resume(self, runner: BotRunner, target: BotState, memory: dict) -> None:
        runner.state = BotState.WARMING_UP
        self._save_state(runner, target)
        self._publish(runner)
        spec = runner.spec
        try:
            try:
                self.accounts.venue(spec.account_id)
            except PregaoError:
                runner.write_log(_t("Waiting for its account to connect"))
            await self.orders.wait_reconciled(spec.account_id)
            history, source, sample = await self._history(spec)
            runner.write_log(_t("Warming up on {count} candles",
                                count=sum(map(len, history.values()))))
            window = await asyncio.to_thread(warmup_window, runner.strategy, sample)
            runner.start_warmup(window, history)
            await runner.load_markets()  # before its fills are booked: `held` reads them
            self._adopt(runner, memory)
            self._route(runner, source)
        except Exception as exc:  # no history, account gone: this bot only
            runner.state = BotState.ERROR
            runner.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            runner.write_log(_t("Could not start: {why}", why=runner.error))
            self._save_state(runner)
            self._publish(runner)
            return
        runner.state = target
        runner.write_log(f"{target.value}: deciding on {window} candles per {spec.timeframe} "
                         "candle")
        self._save_state(runner)
        self._publish(runner)
        for symbol in spec.symbols:
            book = runner.symbols[symbol]
            if runner.held(symbol) and not book.protective \
                    and book.protection.any():
                async with runner.lock:
                    await runner._place_protection(symbol)
        self._publish(runner)

    def _adopt(self, runner: BotRunner, memory: dict) -> None:
        if not runner.symbols:
            runner.start_warmup(2, {})
        journal = self.orders.journal
        runner.adopt(journal.bot_orders(runner.id), journal.bot_fills(runner.id), memory)

    async def _history(self, spec: BotSpec) -> tuple[dict[str, Candles], str, Candles]:
        """Closed candles of the bot's timeframe per symbol, the feed that continues them on
        the bus ("" when the bot polls its venue), and the candles to measure the warm-up
        window on (the longest history; a replay offers its whole file: the window depends
        on the indicators' memory, not on where the prices go)."""
        info = self.accounts.account(spec.account_id)
        tf_ms = timeframe_ms(spec.timeframe)
        source = info.price_source if info.is_paper else ""
        feed = self._feed(source) if source in (DEMO_SOURCE, REPLAY_SOURCE) else None
        out: dict[str, Candles] = {}
        if feed is not None:
            base = int(getattr(feed, "timeframe_ms", 60_000))
            for symbol in spec.symbols:
                key = (source, symbol, tf_ms)
                route = self._routes.get(key)
                aggregator = route[0] if route else TimeframeAggregator(tf_ms, base)
                candles = closed_history(feed.history_1m(symbol), spec.timeframe, base,
                                         TimeframeAggregator(tf_ms, base) if route else aggregator)
                if route is None:
                    self._routes[key] = (aggregator, set())
                out[symbol] = candles
            sample_of = getattr(feed, "warmup_sample", None)
            sample = (sample_of(spec.symbols[0]) if sample_of is not None
                      else max(out.values(), key=len))
            return out, source, sample
        venue = self.accounts.venue(spec.account_id)
        now = int(self.now_ms())
        for symbol in spec.symbols:
            candles = await venue.fetch_ohlcv(symbol, spec.timeframe, limit=HISTORY_LIMIT)
            keep = int((candles.ts + tf_ms <= now).sum())  # closed ones only
            out[symbol] = candles.slice(0, keep)
        return out, "", max(out.values(), key=len)

    def _route(self, runner: BotRunner, source: str) -> None:
        if source:
            tf_ms = runner.timeframe_ms
            for symbol in runner.spec.symbols:
                self._routes[(source, symbol, tf_ms)][1].add(runner.id)
        else:
            self._spawn(runner.id, self._poll(runner))

    def _unroute(self, runner: BotRunner) -> None:
        for _, listeners in self._routes.values():
            listeners.discard(runner.id)

    async def _poll(self, runner: BotRunner) -> None:
        """Closed candles from the venue, once per period (accounts without a bus feed)."""
        tf = runner.timeframe_ms
        while True:
            now = self.now_ms()
            await asyncio.sleep((tf - now % tf) / 1000 + POLL_DELAY_S)
            await self.poll_once(runner)

    async def poll_once(self, runner: BotRunner) -> None:
        """Fetch the candles closed since the bot's newest one and decide on each."""
        spec = runner.spec
        tf = runner.timeframe_ms
        try:
            venue = self.accounts.venue(spec.account_id)
            for symbol in spec.symbols:
                since = (runner.symbols[symbol].window.last_ts or 0) + tf
                candles = await venue.fetch_ohlcv(symbol, spec.timeframe, since_ms=since)
                received = time.perf_counter()
                for k in range(len(candles)):
                    if int(candles.ts[k]) + tf > self.now_ms():
                        break  # still forming
                    bar = Bar(int(candles.ts[k]), float(candles.open[k]),
                              float(candles.high[k]), float(candles.low[k]),
                              float(candles.close[k]), float(candles.volume[k]))
                    await self._candle(runner, symbol, bar, received)
        except (PregaoError, VenueError) as exc:
            runner.write_log(_t("No candles from the venue now: {why}", why=text_of(exc)))

    # -- events (any thread) -----------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, (BarEvent, OrderEvent, FillEvent)):
            return
        if isinstance(event, BarEvent) and not event.closed:
            return
        if self._loop is None:
            return
        if threading.get_ident() == self._thread:
            self._handle(event)
        else:
            self._loop.call_soon_threadsafe(self._handle, event)

    def _handle(self, event: Event) -> None:
        if isinstance(event, BarEvent):
            self._on_bar(event)
        elif isinstance(event, OrderEvent):
            order = event.order
            for runner in self._account_runners(order.account):
                # A liquidation is the venue's order, named with the bot that opened the
                # position (desktop/venues/paper/perpetuals.py): the bot books it.
                if runner.owns(order.client_order_id, order.id, order.parent_id) or \
                        (order.bot_id and order.bot_id == runner.id):
                    if runner.open_update(order):
                        self._track(runner.id, self._after_entry(runner, order.symbol,
                                                                 order.filled))
                    self._publish(runner)
        elif isinstance(event, FillEvent):
            fill = event.fill
            for runner in self._account_runners(fill.account):
                if runner.owns(fill.client_order_id, fill.order_id):
                    runner.on_fill(fill)
                    if runner.protection_due(fill.symbol):
                        self._track(runner.id, self._after_entry(runner, fill.symbol, 0.0))
                    elif runner.flat_with_protection(fill.symbol):
                        self._track(runner.id, runner.tidy(fill.symbol))

    def _on_bar(self, event: BarEvent) -> None:
        received = time.perf_counter()
        for (venue, symbol, _), (aggregator, listeners) in self._routes.items():
            if venue != event.venue or symbol != event.symbol:
                continue
            for bar in aggregator.push(event.bar):
                for bot_id in list(listeners):
                    runner = self.runners.get(bot_id)
                    if runner is not None:
                        self._track(bot_id, self._candle(runner, symbol, bar, received))

    async def _candle(self, runner: BotRunner, symbol: str, bar, received: float) -> None:
        before = runner.state
        await runner.on_candle(symbol, bar, received)
        if runner.state is BotState.ERROR and before is not BotState.ERROR:
            self._unroute(runner)
            self._save_state(runner)

    async def _after_entry(self, runner: BotRunner, symbol: str, filled: float) -> None:
        async with runner.lock:
            if filled:
                await runner.entry_done(symbol, filled)
            elif runner.protection_due(symbol):
                await runner.entry_done(symbol, 0.0)
        self._publish(runner)

    def _account_runners(self, account_id: str) -> list[BotRunner]:
        return [r for r in self.runners.values() if r.spec.account_id == account_id]

    # -- helpers -----------------------------------------------------------------------------

    def _track(self, bot_id: str, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro) if self._loop is None else \
            self._loop.create_task(coro)
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        task.add_done_callback(lambda t, b=bot_id: self._task_done(b, t))

    def _spawn(self, bot_id: str, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro, name=f"bot-{bot_id[:8]}")
        tasks = self._bot_tasks.setdefault(bot_id, set())
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        task.add_done_callback(lambda t, b=bot_id: self._task_done(b, t))

    def _task_done(self, bot_id: str, task: asyncio.Task) -> None:
        if task.cancelled() or task.exception() is None:
            return
        runner = self.runners.get(bot_id)
        exc = task.exception()
        if runner is not None:
            runner.write_log(f"Internal error: {exc!r}")
        log.error("Bot %s task failed", bot_id, exc_info=exc)

    def _publish(self, runner: BotRunner) -> None:
        self._events.now(runner)

    def _publish_mark(self, runner: BotRunner) -> None:
        self._events.mark(runner)

    def _save_state(self, runner: BotRunner, state: BotState | None = None) -> None:
        self.store.save(runner.id, state=state or runner.state, error=runner.error)

    def _memory(self, bot_id: str) -> dict:
        for found_id, _, _, memory, _, _ in self.store.all():
            if found_id == bot_id:
                return memory
        return {}

    def _runner(self, bot_id: str) -> BotRunner:
        if self._ready is None or not self._ready.is_set():
            raise PregaoError(_t("The bots are still loading; try again in a moment."))
        if self._failure:
            raise PregaoError(self._failure)
        runner = self.runners.get(bot_id)
        if runner is None:
            raise PregaoError(_t("That bot no longer exists."))
        return runner

    async def market(self, account_id: str, symbol: str) -> Market:
        markets = self._markets.get(account_id)
        if markets is None or symbol not in markets:
            markets = {m.symbol: m for m in await self.orders.markets(account_id)}
            self._markets[account_id] = markets
        try:
            return markets[symbol]
        except KeyError:
            raise PregaoError(_t("The account has no market {symbol}.", symbol=symbol)) from None

    async def _checked(self, spec: BotSpec) -> BotSpec:
        """`spec` with its parameters resolved, or PregaoError naming what is wrong."""
        from desktop.backtest.config import Sizing

        if not spec.symbols:
            raise PregaoError(_t("Choose at least one symbol for the bot."))
        try:
            timeframe_ms(spec.timeframe)
        except ValueError as exc:
            raise PregaoError(str(exc)) from None
        try:
            Sizing.parse(spec.sizing)
        except ValueError as exc:
            raise PregaoError(str(exc)) from None
        cls = resolve_strategy(spec.strategy, spec.strategies_dir)
        try:
            strategy = cls(**spec.params)
        except ParameterError as exc:
            raise PregaoError(parameter_message(exc)) from None
        self.accounts.account(spec.account_id)  # PregaoError if it does not exist
        connected = True
        try:
            self.accounts.venue(spec.account_id)
        except PregaoError:
            connected = False  # its symbols are checked when it starts
        if connected:
            for symbol in spec.symbols:
                await self.market(spec.account_id, symbol)
        return replace(spec, params=dict(strategy.params),
                       name=spec.name or f"{cls.strategy_id()} {'/'.join(spec.symbols)} "
                                         f"{spec.timeframe}")
