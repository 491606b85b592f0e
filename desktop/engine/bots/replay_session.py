"""A strategy bot on a fresh paper account whose prices replay a candle file at full speed.

The real pieces run: the engine, its account service and order manager, the journal (a
throwaway SQLite database), the paper venue, the bot service. Only the clock is the file's:
`ReplayDriver` is the engine's "replay" market feed, and instead of sleeping it steps one
candle at a time and waits for the bots to finish acting before it moves the price on.

One step, for candle i:
1. the closed candle i goes out on the bus: the paper venue walks its path (stops and limits
   fill inside it), and the bot decides on it;
2. the equity at i's close is read (before anything the decision sends can fill);
3. the paper venue's price moves to candle i+1's open, the next traded price;
4. the bots act: a market order fills at that open, protective orders are placed.

So a decision at a close fills at the next open, as `pregao backtest --fill next_open` fills.
After the last candle the position is closed at its close (reason "end"), as the backtest's
`close_at_end` does.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core import Bar, BarEvent, Candles, Fill, MarginMode, Market, OrderBook, Tick
from desktop.core.bots import BotSpec, BotState
from desktop.venues.feed import Publish

REPLAY_VENUE = "replay"


class ReplayDriver:
    """The engine's "replay" feed, stepped by its owner instead of by a clock."""

    venue = REPLAY_VENUE

    def __init__(self, candles: Candles, symbol: str, market: Market,
                 timeframe_ms: int) -> None:
        self.candles = candles
        self.symbol = symbol
        self.market = market
        self.timeframe_ms = timeframe_ms
        self.position = 0  # candles published so far
        self._publish: Publish | None = None
        self._ready = asyncio.Event()

    # MarketFeed
    def markets(self) -> list[Market]:
        return [self.market]

    def history_1m(self, symbol: str) -> Candles:
        return self.candles.slice(0, self.position)

    def warmup_sample(self, symbol: str) -> Candles:
        """What a bot measures its warm-up window on: the file (see warmup.py)."""
        return self.candles

    def forming_bar(self, symbol: str) -> Bar | None:
        return None

    def order_book(self, symbol: str) -> OrderBook:
        return OrderBook(symbol, 0, (), (), self.venue)

    def last_tick(self, symbol: str) -> Tick | None:
        return None

    async def run(self, publish: Publish) -> None:
        self._publish = publish
        self._ready.set()
        await asyncio.Event().wait()  # stepped by `publish_candle`, never by itself

    async def wait_running(self) -> None:
        await self._ready.wait()

    def bar(self, i: int) -> Bar:
        c = self.candles
        return Bar(int(c.ts[i]), float(c.open[i]), float(c.high[i]), float(c.low[i]),
                   float(c.close[i]), float(c.volume[i]))

    def publish_candle(self) -> Bar:
        """Candle `position` closes (on the bus); returns it."""
        assert self._publish is not None
        bar = self.bar(self.position)
        self.position += 1
        self._publish(BarEvent(self.symbol, bar, closed=True, venue=self.venue))
        return bar


@dataclass(slots=True)
class SessionResult:
    ts: np.ndarray
    equity: np.ndarray
    fills: list[Fill]
    reasons: dict[str, str]  # client order id -> why (entry, signal, stop_loss, end ...)
    params: dict[str, Any]
    strategy: str
    seconds: float
    shorts_skipped: int = 0


class SessionFailed(Exception):
    """The bot could not run to the end (its strategy raised): the message and its log."""


def throwaway_database_url() -> tuple[str, tempfile.TemporaryDirectory]:
    """A SQLite file for one session, in memory-backed /dev/shm where there is one (the
    journal's synchronous commits then cost no disk flush)."""
    shm = Path("/dev/shm")
    folder = tempfile.TemporaryDirectory(prefix="pregao-paper-",
                                         dir=str(shm) if shm.is_dir() else None)
    return f"sqlite:///{Path(folder.name) / 'paper.db'}", folder


async def run_session(spec: BotSpec, candles: Candles, market: Market, cash: float,
                      database_url: str, *, leverage: float = 1.0, margin_mode: str = "cross",
                      funding: tuple[np.ndarray, np.ndarray] | None = None) -> SessionResult:
    """Run `spec` (its account is made here) over `candles` of `market.symbol`; a linear
    perpetual `market` trades at `leverage` in `margin_mode`, paying `funding` (times, rates)."""
    from desktop.core import timeframe_ms
    from desktop.engine.bus import EventBus
    from desktop.engine.engine import Engine

    _create_paper_account(database_url, market, cash, spec.account_id)
    bus = EventBus()
    engine = Engine(bus, database_url=database_url, demo_market=False,
                    accounts_start_delay_s=0.0)
    started = time.perf_counter()
    await engine.start()
    tf_ms = timeframe_ms(spec.timeframe)
    driver = ReplayDriver(candles, market.symbol, market, tf_ms)
    engine.attach_feed(driver)
    await driver.wait_running()
    try:
        await engine.wait_started()
        service = await engine.service("bots")
        await service.wait_ready()
        await engine.orders.wait_reconciled(spec.account_id)
        venue = engine.accounts.venue(spec.account_id)
        if market.kind.has_margin:
            venue.engine.set_margin_mode(market.symbol, MarginMode(margin_mode))
            venue.engine.set_leverage(market.symbol, leverage)
            if funding is not None:
                venue.engine.set_funding_schedule(market.symbol, *funding)
        info = await service.create(spec)
        await service.start_bot(info.id)
        runner = service.runners[info.id]
        if runner.state is not BotState.RUNNING:
            raise RuntimeError(runner.error or f"the bot is {runner.state.value}")
        n = len(candles)
        equity = np.empty(n, dtype=np.float64)
        value = venue.engine.account_value  # cash + holdings, or wallet + unrealised P&L
        for i in range(n):
            if i == n - 1:
                runner.state = BotState.STOPPED  # no next open to fill a last decision at
            bar = driver.publish_candle()
            equity[i] = value(market.symbol, bar.close)
            if i + 1 < n:
                price = float(candles.open[i + 1])
                venue.on_bar(market.symbol, Bar(int(candles.ts[i + 1]), price, price, price,
                                                price, 0.0), closed=False)
            await service.settled()
        if runner.state is BotState.ERROR:
            raise SessionFailed("\n".join(runner.log_lines))
        async with runner.lock:
            await runner.exit(market.symbol, "end")
        await service.settled()
        last = float(candles.close[n - 1])
        equity[n - 1] = value(market.symbol, last)
        fills = await _journaled_fills(engine, info.id, len(venue.engine.fills()))
        return SessionResult(candles.ts, equity, fills, dict(runner.purpose),
                             dict(runner.strategy.params), runner.strategy.strategy_id(),
                             time.perf_counter() - started, runner.shorts_skipped)
    finally:
        await engine.stop()


async def _journaled_fills(engine, bot_id: str, expected: int) -> list[Fill]:
    """The bot's fills as the journal has them (the order manager records them from the
    venue's stream: wait until it has them all)."""
    journal = engine.orders.journal
    for _ in range(2000):
        fills = journal.bot_fills(bot_id)
        if len(fills) >= expected:
            return fills
        await asyncio.sleep(0.005)
    raise RuntimeError(f"the journal has {len(fills)} of the {expected} fills")


def _create_paper_account(url: str, market: Market, cash: float, account_id: str) -> None:
    from desktop.core.accounts import PAPER_EXCHANGE
    from desktop.storage import Account, Database, upgrade_to_head

    upgrade_to_head(url)
    db = Database(url)
    try:
        with db.session() as session:
            session.add(Account(id=account_id, exchange=PAPER_EXCHANGE, label="Paper replay",
                                sandbox=False, key_hint="", is_paper=True,
                                paper_quote=market.quote, paper_balance=float(cash),
                                price_source=REPLAY_VENUE))
    finally:
        db.close()


def new_account_id() -> str:
    return uuid.uuid4().hex

