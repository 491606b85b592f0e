"""Paper accounts choose their price source: the demo market, the open replay, or a live
exchange's public data (here the local Binance server through a real CcxtVenue). The order
types an account offers come with their native/emulated mark."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

import numpy as np
import pytest

from desktop.core import (
    ConnectionState,
    OrderRequest,
    OrderStatus,
    OrderType,
    ReplayStateEvent,
    Side,
)
from desktop.core.accounts import AccountDraft, AccountFieldError
from desktop.engine.loop_thread import LoopThread
from desktop.engine.runtime import EngineRuntime
from tests.engine.test_accounts import binance, local_config
from tests.exchange_server.futures import next_funding_ms
from tests.exchange_server.harness import futures_venue_config
from tests.exchange_server.server import BinanceTestServer
from tests.secret_service import secret_service_env


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture
def exchange() -> Iterator[tuple[BinanceTestServer, LoopThread]]:
    thread = LoopThread("exchange")
    thread.start()
    server = BinanceTestServer()
    thread.submit(server.start()).result(10)
    yield server, thread
    thread.submit(server.stop()).result(10)
    thread.stop()


@pytest.fixture
def engine(exchange) -> Iterator[tuple[EngineRuntime, list]]:
    server, _ = exchange
    events: list = []
    rt = EngineRuntime(demo_days=2)
    rt.bus.add_sink(events.append)
    rt.engine.accounts.config_for = lambda target: local_config(server, target)
    rt.start()
    yield rt, events
    assert rt.stop(timeout=10.0)


def set_price(exchange, price: float) -> None:
    server, thread = exchange

    async def move() -> None:
        server.set_price("BTCUSDT", price)

    thread.submit(move()).result(5)


def replay_file(tmp_path) -> str:
    rng = np.random.default_rng(3)
    close = 2000 * np.exp(np.cumsum(rng.normal(0, 0.001, 400)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    high, low = np.maximum(open_, close) * 1.001, np.minimum(open_, close) * 0.999
    ts = 1_700_000_000_000 + 60_000 * np.arange(400)
    lines = ["timestamp,open,high,low,close,volume"]
    lines += [f"{t},{o:.2f},{h:.2f},{lo:.2f},{c:.2f},5" for t, o, h, lo, c in
              zip(ts, open_, high, low, close, strict=True)]
    path = tmp_path / "replay_ETH-USDT_1m.csv"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def market_buy(rt: EngineRuntime, account_id: str, symbol: str, amount: float):
    venue = rt.engine.accounts.venue(account_id)
    return run(rt.client.call(venue.create_order,
                              OrderRequest(symbol, Side.BUY, OrderType.MARKET, amount)))


def test_a_paper_account_on_the_replay_fills_at_the_replayed_price(engine, tmp_path):
    rt, events = engine
    draft = AccountDraft("paper", "Replay practice", price_source="replay")
    with pytest.raises(AccountFieldError) as refused:
        run(rt.client.account_add(AccountDraft("paper", "Nowhere", price_source="mars")))
    assert refused.value.field == "price_source"
    run(rt.client.open_replay(replay_file(tmp_path), speed=60.0))
    account = run(rt.client.account_add(draft))
    assert account.price_source == "replay" and account.state is ConnectionState.CONNECTED
    venue = rt.engine.accounts.venue(account.id)

    def has_price() -> bool:
        try:
            run(rt.client.call(venue.fetch_ticker, "ETH/USDT"))
            return True
        except Exception:
            return False

    wait_for(has_price, "a replayed price at the paper account")
    run(rt.client.replay_control("pause"))
    wait_for(lambda: any(isinstance(e, ReplayStateEvent) and e.paused for e in events),
             "the replay to pause")
    time.sleep(0.3)  # a tick in flight when the pause was read lands before we look
    best_ask = rt.engine.order_book("replay", "ETH/USDT").best_ask
    order = market_buy(rt, account.id, "ETH/USDT", 1.0)
    assert order.status is OrderStatus.FILLED
    assert order.average == pytest.approx(best_ask)
    assert all(m.venue == "replay" for m in run(rt.client.call(venue.load_markets)))


def test_a_paper_account_on_public_exchange_data_fills_at_the_exchange_price(engine, exchange):
    rt, _ = engine
    set_price(exchange, 43_210.0)
    account = run(rt.client.account_add(
        AccountDraft("paper", "Live practice", price_source="public:binance")))
    assert account.price_source == "public:binance"
    assert account.state is ConnectionState.CONNECTED
    order = market_buy(rt, account.id, "BTC/USDT", 0.01)
    assert order.status is OrderStatus.FILLED
    assert order.average == pytest.approx(43_210.01)  # the server's ask: one tick above
    server, _ = exchange
    assert server.account.orders() == []  # paper: nothing was sent to the exchange
    set_price(exchange, 43_500.0)  # the followed ticker keeps the paper price current
    venue = rt.engine.accounts.venue(account.id)
    wait_for(lambda: run(rt.client.call(venue.fetch_ticker, "BTC/USDT")).last == 43_500.0,
             "the paper account to follow the exchange price")


def test_a_live_paper_perpetual_takes_mark_and_funding_from_the_exchange(engine, exchange):
    """Paper on Binance USDⓈ-M public data: the position is marked at the exchange's mark
    price (premium index, polled by the real CcxtVenue) and, when the exchange's clock passes
    a funding time, pays notional × the exchange's funding rate (a long pays a positive one)."""
    rt, _ = engine
    server, thread = exchange
    spot_config = rt.engine.accounts.config_for

    def config_for(target):
        if target.exchange_id != "binanceusdm":
            return spot_config(target)
        return futures_venue_config(server, name=target.name, account=target.account)

    rt.engine.accounts.config_for = config_for

    async def on_exchange(change) -> None:
        change()

    def exchange_does(change) -> None:
        thread.submit(on_exchange(change)).result(5)

    futures = server.futures
    exchange_does(lambda: server.set_futures_price("BTCUSDT", 50_000.0))
    account = run(rt.client.account_add(
        AccountDraft("paper", "Perp practice", price_source="public:binanceusdm")))
    assert account.state is ConnectionState.CONNECTED
    venue = rt.engine.accounts.venue(account.id)
    order = market_buy(rt, account.id, "BTC/USDT:USDT", 0.1)
    assert order.status is OrderStatus.FILLED

    def position():
        [held] = run(rt.client.call(venue.fetch_positions))
        return held

    assert position().amount == pytest.approx(0.1) and position().funding_paid == 0.0
    rate = 0.0004

    def mark_and_rate() -> None:
        futures.funding_rates["BTCUSDT"] = rate
        futures.set_mark("BTCUSDT", 50_500.0, server.now_ms())

    exchange_does(mark_and_rate)  # the mark moves, the price does not
    wait_for(lambda: position().mark_price == 50_500.0, "the exchange's mark at the position")
    assert position().funding_paid == 0.0  # no funding time has passed yet
    now = server.now_ms()
    exchange_does(lambda: setattr(server, "clock_skew_ms",
                                  next_funding_ms(now) - now + 60_000))
    wait_for(lambda: position().funding_paid != 0.0, "funding at the exchange's funding time")
    held = position()
    assert held.funding_paid == pytest.approx(0.1 * 50_500.0 * rate)  # a long pays r > 0
    assert held.mark_price == 50_500.0


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path / "keyring") as session:
        yield session


def test_a_paper_account_priced_by_an_exchange_account(engine, exchange, secret_service):
    rt, _ = engine
    live = run(rt.client.account_add(binance()))
    set_price(exchange, 45_000.0)
    paper = run(rt.client.account_add(
        AccountDraft("paper", "Shadow", price_source=f"account:{live.id}")))
    assert paper.state is ConnectionState.CONNECTED  # it connected its source first
    order = market_buy(rt, paper.id, "BTC/USDT", 0.01)
    assert order.average == pytest.approx(45_000.01)
    run(rt.client.account_disconnect(live.id))
    states = {a.id: a.state for a in run(rt.client.accounts())}
    assert states[paper.id] is ConnectionState.DISCONNECTED  # its prices went with it


def test_order_types_carry_their_native_or_emulated_mark(engine, secret_service):
    rt, _ = engine
    paper = run(rt.client.accounts())[0]
    live = run(rt.client.account_add(binance()))
    for account_id in (paper.id, live.id):
        types = {t.type: t.emulated for t in run(rt.client.account_order_types(account_id))}
        assert types[OrderType.LIMIT] is False and types[OrderType.MARKET] is False
        assert types[OrderType.OCO] is True and types[OrderType.BRACKET] is True
        assert types[OrderType.TRAILING_STOP] is True
    run(rt.client.account_connect(live.id))
    connected = {t.type: t.emulated for t in run(rt.client.account_order_types(live.id))}
    assert connected[OrderType.STOP_MARKET] is False and connected[OrderType.OCO] is True
    assert OrderType.ICEBERG not in connected  # the exchange lacks it, nothing emulates it


def test_paper_accounts_of_an_older_database_keep_the_demo_market(tmp_path):
    from alembic import command
    from alembic.config import Config

    from desktop.storage import Account, Database, upgrade_to_head
    from desktop.storage.db import MIGRATIONS, make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_accounts")
        connection.exec_driver_sql(
            "INSERT INTO accounts (id, exchange, label, sandbox, key_hint, is_paper, "
            "paper_quote, paper_balance, created_at) VALUES ('p1', 'paper', 'Paper', 0, '', 1, "
            "'USDT', 10000.0, '2026-11-01 00:00:00')")
    engine.dispose()
    upgrade_to_head(url)
    db = Database(url)
    try:
        with db.session() as session:
            row = session.get(Account, "p1")
            assert row is not None and row.price_source is None  # read as "demo"
    finally:
        db.close()
