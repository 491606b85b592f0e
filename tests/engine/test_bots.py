"""Strategy bots on the real engine: a paper account priced by a candle replay stepped at full
speed, the real order manager and journal on a SQLite file, the bot service. What a trader
running bots relies on: orders journaled and tagged with the bot, the states, one broken
strategy stopping only its bot, decisions on a bounded window, and a real restart of the
engine on the same database file resuming the bots without entering twice."""

from __future__ import annotations

import asyncio
import textwrap
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from desktop.core import Bar, Candles, OrderStatus, OrderType, PregaoError, Side
from desktop.core.bots import BotEvent, BotLogEvent, BotSpec, BotState
from desktop.engine.bots.replay_session import (
    ReplayDriver,
    _create_paper_account,
    new_account_id,
)
from desktop.engine.bus import EventBus
from desktop.engine.engine import Engine
from desktop.venues.replay_feed import infer_market

SYMBOL = "ETH/BTC"
STEP = 300_000  # 5m

STRATEGIES = '''
import numpy as np
from strategies.base import Param, Signals, Strategy


class AlwaysLong(Strategy):
    """Long from the first candle on, with a stop 5 % under the close; exits on every
    `exit_every`-th candle of the clock (0: never)."""

    id = "always_long"
    exit_every = Param(0, low=0, high=1000)
    seen = []

    def indicators(self, data):
        AlwaysLong.seen.append(len(data))
        return {}

    def signals(self, data):
        n = len(data)
        exits = np.zeros(n, dtype=bool)
        if self.exit_every:
            exits[(data.ts // 300_000) % self.exit_every == 0] = True
        return Signals(entry_long=np.ones(n, dtype=bool), exit_long=exits,
                       stop_loss=data.close * 0.95)


class Protected(Strategy):
    """Long once flat, protected by a stop-loss and a take-profit `target` % away (an OCO),
    or by a trailing stop `trail` % of the close behind (when trail > 0)."""

    id = "protected"
    target = Param(0.3, low=0.01, high=50.0)
    trail = Param(0.0, low=0.0, high=50.0)

    def signals(self, data):
        n = len(data)
        close = data.close
        if self.trail:
            return Signals(entry_long=np.ones(n, dtype=bool), trail=close * self.trail / 100)
        return Signals(entry_long=np.ones(n, dtype=bool), stop_loss=close * 0.9,
                       take_profit=close * (1 + self.target / 100))


class Boom(Strategy):
    """Raises on its `after`-th decision."""

    id = "boom"
    after = Param(3, low=1, high=100)
    calls = 0

    def on_bar(self, i):
        Boom.calls += 1
        if Boom.calls >= self.after:
            raise ZeroDivisionError("the strategy divided by zero")
'''


def candles(n: int, start_ms: int = 1_700_000_000_000 // STEP * STEP) -> Candles:
    rng = np.random.default_rng(3)
    close = 0.05 * np.exp(np.cumsum(rng.normal(0, 0.002, n)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    high = np.maximum(open_, close) * 1.001
    low = np.minimum(open_, close) * 0.999
    ts = start_ms + STEP * np.arange(n, dtype=np.int64)
    return Candles.from_arrays(ts, open_, high, low, close, np.full(n, 100.0))


class Bench:
    """An engine with no demo market, a replay driver as its price feed and one paper
    account of 1 BTC on a SQLite file (a second Bench on the same file is a restart)."""

    def __init__(self, db_url: str, data: Candles, account_id: str, position: int = 0,
                 create_account: bool = True) -> None:
        market = replace(infer_market(data, SYMBOL, "replay"), taker_fee=0.001,
                         maker_fee=0.001)
        if create_account:
            _create_paper_account(db_url, market, 1.0, account_id)
        self.market = market
        self.account_id = account_id
        self.events: list = []
        self.bus = EventBus()
        self.bus.add_sink(self.events.append)
        self.engine = Engine(self.bus, database_url=db_url, demo_market=False,
                             accounts_start_delay_s=0.0)
        self.driver = ReplayDriver(data, SYMBOL, market, STEP)
        self.driver.position = position

    async def __aenter__(self) -> Bench:
        await self.engine.start()
        self.engine.attach_feed(self.driver)
        await self.driver.wait_running()
        self.bots = await self.engine.service("bots")
        await self.bots.wait_ready()
        await self.engine.orders.wait_reconciled(self.account_id)
        self.venue = self.engine.accounts.venue(self.account_id)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.engine.stop()

    async def step(self, count: int = 1) -> None:
        """`count` candles close; after each the price moves to the next open and the bots
        act (a decision at a close fills at the next open)."""
        data = self.driver.candles
        for _ in range(count):
            self.driver.publish_candle()
            i = self.driver.position
            if i < len(data):
                price = float(data.open[i])
                self.venue.on_bar(SYMBOL, Bar(int(data.ts[i]), price, price, price, price, 0.0),
                                  closed=False)
            await self.bots.settled()

    def spec(self, strategy: str, **params) -> BotSpec:
        return BotSpec(strategy=strategy, account_id=self.account_id, symbols=(SYMBOL,),
                       timeframe="5m", params=params)


@pytest.fixture
def strategies_file(tmp_path) -> Path:
    path = tmp_path / "my_strategies.py"
    path.write_text(textwrap.dedent(STRATEGIES))
    return path


def run(coro, timeout: float = 60.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def test_a_bot_trades_through_the_order_manager_with_its_orders_journaled_and_tagged(
        tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(400)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=100) as bench:
            info = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong",
                                                      exit_every=7))
            assert info.state is BotState.STOPPED and info.spec.params == {"exit_every": 7}
            info = await bench.bots.start_bot(info.id)
            assert info.state is BotState.RUNNING and info.warmup_bars >= 2
            await bench.step(30)
            journal = bench.engine.orders.journal
            orders = journal.bot_orders(info.id)
            [listed] = await bench.bots.list()
            assert await bench.bots.bot_orders(info.id) == orders
            assert await bench.bots.bot_fills(info.id) == journal.bot_fills(info.id)
            return info.id, orders, journal, listed, bench.events, bench.market

    bot_id, orders, journal, listed, events, market = run(scenario())
    entries = [o for o in orders if o.type is OrderType.MARKET and o.side is Side.BUY]
    stops = [o for o in orders if o.type is OrderType.STOP_MARKET]
    exits = [o for o in orders if o.type is OrderType.MARKET and o.side is Side.SELL]
    assert len(entries) >= 3 and len(exits) >= 3 and len(stops) >= 3
    assert all(o.bot_id == bot_id for o in orders)
    # Journaled before it was sent: the request as sent is in the journal, with the bot id.
    request = journal.request(entries[0].client_order_id)
    assert request is not None and request.bot_id == bot_id
    # A stop protects each entry, and is canceled when the signal exit closes the position.
    assert all(s.status is OrderStatus.CANCELED for s in stops[:-1])
    assert listed.trade_count == len(exits) and 0 <= listed.wins <= listed.trade_count
    assert listed.last_signal in ("long", "exit")
    assert any(isinstance(e, BotEvent) and e.bot.id == bot_id for e in events)
    fills = journal.bot_fills(bot_id)
    assert {f.client_order_id for f in fills} <= {o.client_order_id for o in orders}
    assert all(abs(f.amount / market.amount_step - round(f.amount / market.amount_step)) < 1e-6
               for f in fills)


def test_stops_targets_and_trails_become_orders_of_the_venue_owned_by_the_bot(
        tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(300)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=100) as bench:
            bots = bench.bots
            half = {"sizing": "pct=45"}  # two bots share the account's cash
            oco = await bots.create(replace(bench.spec(f"{strategies_file}:Protected",
                                                       target=0.3), **half))
            trailing = await bots.create(replace(bench.spec(f"{strategies_file}:Protected",
                                                            trail=0.4), **half))
            for bot in (oco, trailing):
                await bots.start_bot(bot.id)
            await bench.step(60)
            await asyncio.sleep(0.1)  # the order streams journal the last legs
            journal = bench.engine.orders.journal
            return ({i.id: i for i in await bots.list()}, journal.bot_orders(oco.id),
                    journal.bot_orders(trailing.id), oco.id, trailing.id)

    infos, oco_orders, trail_orders, oco_id, trail_id = run(scenario())
    parents = [o for o in oco_orders if o.type is OrderType.OCO]
    legs = [o for o in oco_orders if o.parent_id]
    assert parents and all(o.bot_id == oco_id for o in oco_orders)
    # The legs (the target's limit and the stop) are the bot's too, by their parent.
    assert {o.type for o in legs} == {OrderType.LIMIT, OrderType.STOP_MARKET}
    targets_hit = [o for o in legs if o.type is OrderType.LIMIT
                   and o.status is OrderStatus.FILLED]
    assert targets_hit and infos[oco_id].trade_count >= len(targets_hit)
    assert infos[oco_id].wins >= 1  # a take-profit 0.3 % above the entry is a win
    trails = [o for o in trail_orders if o.type is OrderType.TRAILING_STOP]
    assert trails and any(o.status is OrderStatus.FILLED for o in trails)
    assert infos[trail_id].trade_count >= 1


def test_decisions_see_a_bounded_window_however_long_the_bot_runs(tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(700)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=50) as bench:
            info = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong"))
            info = await bench.bots.start_bot(info.id)
            strategy_cls = type(bench.bots.runners[info.id].strategy)
            strategy_cls.seen.clear()
            await bench.step(600)
            return info.warmup_bars, list(strategy_cls.seen)

    window, seen = run(scenario(), timeout=120)
    assert len(seen) == 600
    assert max(seen) == window < 600  # never the whole history: O(warm-up) per decision


def test_a_failing_strategy_stops_its_bot_only_with_the_traceback_in_its_log(
        tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(300)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=100) as bench:
            good = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong",
                                                      exit_every=5))
            bad = await bench.bots.create(bench.spec(f"{strategies_file}:Boom", after=3))
            for bot in (good, bad):
                await bench.bots.start_bot(bot.id)
            await bench.step(20)
            infos = {i.id: i for i in await bench.bots.list()}
            log = await bench.bots.bot_log(bad.id)
            return good.id, bad.id, infos, log, bench.events

    good, bad, infos, log, events = run(scenario())
    assert infos[bad].state is BotState.ERROR
    assert "ZeroDivisionError: the strategy divided by zero" in infos[bad].error
    assert any("Traceback" in line and "divided by zero" in line for line in log)
    assert any(isinstance(e, BotLogEvent) and e.bot_id == bad and "Traceback" in e.line
               for e in events)
    assert infos[good].state is BotState.RUNNING and infos[good].trade_count >= 2


def test_the_risk_guard_refuses_a_bots_entry_and_the_bot_goes_on(tmp_path, strategies_file):
    from desktop.core import TradingState

    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(200)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=100) as bench:
            risk = await bench.engine.service("risk")
            risk.set_state(bench.account_id, TradingState.HALTED, "test: no new trades")
            info = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong"))
            await bench.bots.start_bot(info.id)
            await bench.step(3)
            return (bench.bots.runners[info.id].info(), await bench.bots.bot_log(info.id),
                    bench.engine.orders.journal.bot_orders(info.id))

    info, log, orders = run(scenario())
    assert info.state is BotState.RUNNING and info.positions == ()
    assert orders and all(o.status is OrderStatus.REJECTED and o.reason_code for o in orders)
    assert sum("refused" in line for line in log) == 3  # one entry refused per candle


def test_paused_entries_still_exit_and_commands_say_what_is_wrong(tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(300)

    async def scenario():
        async with Bench(db, data, new_account_id(), position=100) as bench:
            bots = bench.bots
            with pytest.raises(PregaoError, match="unknown parameter 'fastest'"):
                await bots.create(bench.spec("sma_cross", fast=3, slow=2, fastest=1))
            with pytest.raises(PregaoError, match="Unknown timeframe"):
                await bots.create(replace(bench.spec("sma_cross"), timeframe="7m"))
            with pytest.raises(PregaoError, match="no market"):
                await bots.create(replace(bench.spec("sma_cross"), symbols=("NOPE/BTC",)))
            info = await bots.create(bench.spec(f"{strategies_file}:AlwaysLong", exit_every=4))
            await bots.start_bot(info.id)
            await bench.step(2)  # in a position
            await bots.pause_entries(info.id)
            await bench.step(12)  # exits come, no entry follows
            paused = bots.runners[info.id].info()
            orders = bench.engine.orders.journal.bot_orders(info.id)
            with pytest.raises(PregaoError, match="Stop the bot"):
                await bots.delete(info.id)
            copy = await bots.duplicate(info.id)
            edited = await bots.edit(copy.id, {"exit_every": 9})
            await bots.stop_bot(info.id, flatten=True)
            await bots.delete(info.id)
            return paused, orders, edited, await bots.list()

    paused, orders, edited, remaining = run(scenario())
    assert paused.state is BotState.ENTRIES_PAUSED and paused.positions == ()
    buys = [o for o in orders if o.side is Side.BUY and o.type is OrderType.MARKET]
    assert len(buys) == 1  # the entry before the pause, none after
    assert edited.spec.params == {"exit_every": 9} and edited.spec.name.endswith("(copy)")
    assert [b.id for b in remaining] == [edited.id]


def test_bots_resume_after_a_real_restart_and_never_enter_a_held_position_again(
        tmp_path, strategies_file):
    db = f"sqlite:///{tmp_path / 'pregao.db'}"
    data = candles(300)
    account = new_account_id()

    async def first_run():
        async with Bench(db, data, account, position=100) as bench:
            holder = await bench.bots.create(bench.spec(f"{strategies_file}:AlwaysLong"))
            idle = await bench.bots.create(bench.spec("sma_cross"))
            await bench.bots.start_bot(holder.id)
            await bench.bots.pause_entries(holder.id)
            await bench.bots.start_bot(holder.id)
            await bench.step(5)
            info = bench.bots.runners[holder.id].info()
            return holder.id, idle.id, info, bench.driver.position

    holder, idle, before, position = run(first_run())
    [held] = before.positions
    assert held.amount > 0 and held.stop_loss is not None

    async def second_run():
        # A new engine on the same file: the journal, the bots table, the paper account.
        async with Bench(db, data, account, position=position, create_account=False) as bench:
            bots = bench.bots
            for _ in range(500):  # resumes once the account is reconciled and warmed up
                if bots.runners[holder].state is BotState.RUNNING:
                    break
                await asyncio.sleep(0.01)
            await bench.step(10)
            infos = {i.id: i for i in await bots.list()}
            orders = bench.engine.orders.journal.bot_orders(holder)
            working = [o for o in orders if not o.status.is_final]
            return infos, orders, working

    infos, orders, working = run(second_run())
    assert infos[idle].state is BotState.STOPPED  # it was never started
    after = infos[holder]
    assert after.state is BotState.RUNNING
    [now] = after.positions
    assert now.amount == held.amount and now.entry_price == held.entry_price
    entries = [o for o in orders if o.side is Side.BUY]
    assert len(entries) == 1  # the strategy says "long" on every candle: never again
    # Its stop works again after the restart (the paper venue kept it: paper_keeper.py).
    assert [o.type for o in working] == [OrderType.STOP_MARKET]
    assert working[0].stop_price == pytest.approx(held.stop_loss, abs=bench_tick(data))


def bench_tick(data: Candles) -> float:
    return infer_market(data, SYMBOL, "replay").price_tick


def test_the_client_runs_bots_on_the_demo_market(tmp_path, monkeypatch):
    """Through EngineClient on the engine thread, as the Bots dock does: a bot on the
    first-launch paper account warms up on the demo market's history and runs."""
    import desktop.engine.engine as engine_module
    from desktop.engine.runtime import EngineRuntime

    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")
    rt.start()
    client = rt.client

    async def scenario():
        while True:
            accounts = await client.accounts()
            if accounts and accounts[0].state == "connected":
                break
            await asyncio.sleep(0.02)
        spec = BotSpec(strategy="sma_cross", account_id=accounts[0].id,
                       symbols=("BTC/USDT", "ETH/USDT"), timeframe="5m",
                       params={"fast": "5", "slow": "12"}, sizing="pct=10")
        created = await client.bot_create(spec)
        started = await client.bot_start(created.id)
        listed = await client.bot_list()
        stopped = await client.bot_stop(created.id)
        log = await client.bot_log(created.id)
        await client.bot_delete(created.id)
        return created, started, listed, stopped, log, await client.bot_list()

    try:
        created, started, listed, stopped, log, after = run(scenario())
    finally:
        assert rt.stop(timeout=10.0)
    assert created.spec.params == {"fast": 5, "slow": 12}  # typed as the strategy declares
    assert created.state is BotState.STOPPED
    assert started.state is BotState.RUNNING and started.warmup_bars >= 13
    assert [b.id for b in listed] == [created.id]
    assert stopped.state is BotState.STOPPED
    assert any("running: deciding on" in line for line in log)
    assert after == []


def test_without_a_database_bot_commands_say_why(tmp_path, monkeypatch):
    import desktop.engine.engine as engine_module
    from desktop.engine.runtime import EngineRuntime

    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database folder should be")
    rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{blocker / 'pregao.db'}")
    rt.start()
    try:
        with pytest.raises(PregaoError, match=r"database|pregao\.db|Not a directory"):
            run(rt.client.bot_list(), timeout=30)
    finally:
        assert rt.stop(timeout=10.0)
