"""Accounts on the real engine: the first launch paper account trades on demo prices; an
exchange account keeps its keys in a real Secret Service, is tested and connected against the
local Binance server, and leaves nothing behind when removed."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator

import pytest

from desktop.core import (
    AuthenticationError,
    ConnectionEvent,
    ConnectionState,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    VenueError,
)
from desktop.core.accounts import AccountDraft, AccountFieldError, SecretStoreUnavailable
from desktop.engine.accounts import VenueTarget
from desktop.engine.loop_thread import LoopThread
from desktop.engine.runtime import EngineRuntime
from desktop.secrets import SERVICE
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import venue_config
from tests.exchange_server.server import BinanceTestServer
from tests.secret_service import secret_service_env


def run(coro, timeout: float = 20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


@pytest.fixture
def db_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    monkeypatch.setenv("PREGAO_DATABASE_URL", url)
    return url


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    with secret_service_env(monkeypatch, tmp_path / "keyring") as session:
        yield session


@pytest.fixture
def exchange() -> Iterator[BinanceTestServer]:
    """The local Binance peer on its own loop thread, as a remote exchange would be."""
    thread = LoopThread("exchange")
    thread.start()
    server = BinanceTestServer()
    thread.submit(server.start()).result(10)
    yield server
    thread.submit(server.stop()).result(10)
    thread.stop()


def start_engine(server: BinanceTestServer | None = None,
                 events: list | None = None) -> EngineRuntime:
    rt = EngineRuntime(demo_days=2)
    if events is not None:
        rt.bus.add_sink(events.append)
    if server is not None:
        rt.engine.accounts.config_for = lambda target: local_config(server, target)
    rt.start()
    return rt


def local_config(server: BinanceTestServer, target: VenueTarget):
    creds = target.credentials
    return venue_config(server, sandbox=target.sandbox, name=target.name, account=target.account,
                        credentials=CcxtCredentials(creds.api_key, creds.secret,
                                                    creds.passphrase))


@pytest.fixture
def engine(db_url, exchange) -> Iterator[tuple[EngineRuntime, list]]:
    events: list = []
    rt = start_engine(exchange, events)
    yield rt, events
    assert rt.stop(timeout=10.0)


def binance(label: str = "Main", key: str = API_KEY, secret: str = API_SECRET) -> AccountDraft:
    return AccountDraft("binance", label, api_key=key, secret=secret)


def test_first_launch_has_a_paper_account_whose_market_order_fills_at_demo_prices(db_url):
    rt = start_engine()
    try:
        accounts = run(rt.client.accounts())
        assert len(accounts) == 1
        paper = accounts[0]
        assert (paper.label, paper.exchange, paper.is_paper) == ("Paper", "paper", True)
        assert paper.state is ConnectionState.CONNECTED and paper.key_hint == ""
        venue = rt.engine.accounts.venue(paper.id)
        balances = run(rt.client.call(venue.fetch_balances))
        assert [(b.currency, b.total) for b in balances] == [("USDT", 10_000.0)]

        async def buy():
            while True:  # the demo feed's first tick reaches the paper venue within moments
                demo = rt.engine.last_tick("demo", "BTC/USDT")
                if demo is not None:
                    try:
                        await rt.client.call(venue.fetch_ticker, "BTC/USDT")
                        break
                    except VenueError:
                        pass
                await asyncio.sleep(0.02)

            async def on_engine():
                seen = rt.engine.last_tick("demo", "BTC/USDT")
                order = await venue.create_order(
                    OrderRequest("BTC/USDT", Side.BUY, OrderType.MARKET, 0.01))
                return seen, order

            return await rt.client.call(on_engine)

        tick, order = run(buy())
        assert order.status is OrderStatus.FILLED and order.filled == pytest.approx(0.01)
        # Bought from the demo book: at its ask, walking up at most a few levels.
        assert tick.ask <= order.average <= tick.ask * 1.001
        after = {b.currency: b.total for b in run(rt.client.call(venue.fetch_balances))}
        assert after["BTC"] == pytest.approx(0.01)
        assert after["USDT"] == pytest.approx(10_000 - order.average * 0.01 - order.fee)
    finally:
        assert rt.stop(timeout=10.0)

    # The next launch finds the account: no second paper account.
    rt = start_engine()
    try:
        assert [a.label for a in run(rt.client.accounts())] == ["Paper"]
    finally:
        assert rt.stop(timeout=10.0)


def test_exchange_account_added_tested_connected_and_removed(engine, secret_service, db_url):
    rt, events = engine
    balances = run(rt.client.account_test(binance()))
    assert {b.currency: b.total for b in balances} == {"USDT": 10_000.0, "BTC": 1.0, "ETH": 10.0}

    added = run(rt.client.account_add(binance()))
    assert (added.exchange, added.label, added.sandbox) == ("binance", "Main", False)
    assert added.key_hint == f"{API_KEY[:4]}…{API_KEY[-4:]}"
    stored = {a["username"]: s for a, s in secret_service.items(SERVICE)}
    assert stored == {f"{added.id}:api_key": API_KEY, f"{added.id}:secret": API_SECRET}

    connected = run(rt.client.account_connect(added.id))
    assert connected.state is ConnectionState.CONNECTED
    assert ConnectionEvent("Main", ConnectionState.CONNECTED, "") in events
    venue = rt.engine.accounts.venue(added.id)
    assert {b.currency for b in run(rt.client.call(venue.fetch_balances))} >= {"USDT", "BTC"}
    # A stored account is tested with its keyring keys when the form leaves them empty.
    assert run(rt.client.account_test(AccountDraft("binance", "Main"), added.id))

    run(rt.client.account_remove(added.id))
    assert ConnectionEvent("Main", ConnectionState.DISCONNECTED, "") in events
    assert [a.label for a in run(rt.client.accounts())] == ["Paper"]
    assert secret_service.items(SERVICE) == []
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
        assert raw.execute("SELECT label FROM accounts").fetchall() == [("Paper",)]


def test_wrong_secret_is_refused_with_the_exchange_sentence(engine, secret_service):
    rt, _ = engine
    with pytest.raises(AuthenticationError, match="rejected the request signature"):
        run(rt.client.account_test(binance(secret="not-the-secret-000000")))
    with pytest.raises(AuthenticationError, match="rejected the API key"):
        run(rt.client.account_test(binance(key="unknown-key-0000000000000000")))
    # A connect with keys the exchange refuses leaves the account disconnected, with why.
    added = run(rt.client.account_add(binance(secret="not-the-secret-000000")))
    with pytest.raises(AuthenticationError):
        run(rt.client.account_connect(added.id))
    info = next(a for a in run(rt.client.accounts()) if a.id == added.id)
    assert info.state is ConnectionState.DISCONNECTED and "signature" in info.detail


def test_bad_drafts_name_the_field(engine, secret_service):
    rt, _ = engine
    cases = [
        (AccountDraft("binance", "", api_key=API_KEY, secret=API_SECRET), "label"),
        (AccountDraft("binance", "Paper", api_key=API_KEY, secret=API_SECRET), "label"),
        (AccountDraft("no-such-exchange", "X", api_key=API_KEY, secret=API_SECRET), "exchange"),
        (AccountDraft("kraken", "K", sandbox=True, api_key="k" * 20, secret="s" * 20),
         "sandbox"),
        (AccountDraft("binance", "B", secret=API_SECRET), "api_key"),
        (AccountDraft("binance", "B", api_key=API_KEY), "secret"),
        (AccountDraft("okx", "O", api_key="k" * 20, secret="s" * 20), "passphrase"),
    ]
    for draft, field in cases:
        with pytest.raises(AccountFieldError) as err:
            run(rt.client.account_add(draft))
        assert err.value.field == field, draft
    assert [a.label for a in run(rt.client.accounts())] == ["Paper"]
    assert secret_service.items(SERVICE) == []


def test_without_a_keyring_an_exchange_account_is_not_saved(engine, monkeypatch, tmp_path):
    rt, _ = engine
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    with pytest.raises(SecretStoreUnavailable, match="No system keyring is available"):
        run(rt.client.account_add(binance()))
    assert [a.label for a in run(rt.client.accounts())] == ["Paper"]


def test_edit_renames_and_replaces_keys_and_a_new_paper_account_connects(engine, secret_service):
    rt, _ = engine
    added = run(rt.client.account_add(binance(secret="old-secret-0000000000")))
    edited = run(rt.client.account_edit(
        added.id, AccountDraft("binance", "Renamed", secret=API_SECRET)))
    assert (edited.label, edited.key_hint) == ("Renamed", added.key_hint)
    stored = {a["username"]: s for a, s in secret_service.items(SERVICE)}
    assert stored[f"{added.id}:secret"] == API_SECRET and stored[f"{added.id}:api_key"] == API_KEY
    assert run(rt.client.account_connect(added.id)).state is ConnectionState.CONNECTED

    practice = run(rt.client.account_add(AccountDraft("paper", "Practice")))
    assert practice.is_paper and practice.state is ConnectionState.CONNECTED
    assert practice.starting_balances == (("USDT", 10_000.0),)


def test_a_live_account_left_connected_is_connected_again_at_the_next_start(
        db_url, exchange, secret_service):
    """Orders are reconciled "on start": that needs the account's venue open at start."""

    def state(rt: EngineRuntime, account_id: str) -> ConnectionState:
        async def settled() -> ConnectionState:
            await rt.client.accounts()  # waits for the accounts to start
            for _ in range(500):
                info = next(a for a in await rt.client.accounts() if a.id == account_id)
                if info.state is not ConnectionState.CONNECTING:
                    return info.state
                await asyncio.sleep(0.02)
            return info.state

        return run(settled())

    rt = start_engine(exchange)
    added = run(rt.client.account_add(binance()))
    run(rt.client.account_connect(added.id))
    assert rt.stop(timeout=10.0)

    rt = start_engine(exchange)
    try:
        assert state(rt, added.id) is ConnectionState.CONNECTED
        run(rt.client.account_disconnect(added.id))
    finally:
        assert rt.stop(timeout=10.0)

    rt = start_engine(exchange)
    try:
        assert state(rt, added.id) is ConnectionState.DISCONNECTED
    finally:
        assert rt.stop(timeout=10.0)
