"""A live Binance USDⓈ-M account on the real engine: its positions (leverage, margins,
liquidation price) and margin come from the exchange on connect and again on reconnect, and a
fill made from the app refreshes them. The exchange is the local peer's /fapi side, reached by
ccxt's real `binanceusdm` client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import desktop.engine.engine as engine_module
from desktop.core import (
    DerivativePosition,
    MarginEvent,
    MarginMode,
    OrderRequest,
    OrderType,
    PositionEvent,
    Side,
)
from desktop.core.accounts import AccountDraft
from desktop.engine.accounts import VenueTarget
from desktop.engine.runtime import EngineRuntime
from desktop.venues.ccxt_catalog import exchange_info
from desktop.venues.ccxt_venue import CcxtCredentials
from tests.engine.test_reconcile import Exchange, connect, run, wait_for
from tests.exchange_server import API_KEY, API_SECRET
from tests.exchange_server.harness import futures_venue_config, futures_venue_on
from tests.secret_service import secret_service_env

BTC = "BTC/USDT:USDT"


@pytest.fixture
def exchange() -> Iterator[Exchange]:
    ex = Exchange()
    ex.thread.start()
    ex.thread.submit(ex.server.start()).result(10)
    yield ex
    ex.thread.submit(ex.server.stop()).result(10)
    ex.thread.stop()


@pytest.fixture
def app(tmp_path, monkeypatch, exchange) -> Iterator[tuple[EngineRuntime, str, list]]:
    monkeypatch.setattr(engine_module, "ACCOUNTS_START_DELAY_S", 0.0)
    with secret_service_env(monkeypatch, tmp_path / "keyring"):
        rt = EngineRuntime(demo_days=1, database_url=f"sqlite:///{tmp_path / 'pregao.db'}")

        def local(target: VenueTarget):
            assert target.exchange_id == "binanceusdm"
            creds = target.credentials
            return futures_venue_config(exchange.server, name=target.name,
                                        account=target.account, poll_interval_s=0.1,
                                        credentials=CcxtCredentials(creds.api_key,
                                                                    creds.secret))
        rt.engine.accounts.config_for = local
        rt.start()
        events: list = []
        rt.bus.add_sink(events.append)
        added = run(rt.client.account_add(
            AccountDraft("binanceusdm", "Futures", api_key=API_KEY, secret=API_SECRET)))
        yield rt, added.id, events
        assert rt.stop(timeout=10.0)


def positions(events: list, symbol: str = BTC) -> list[DerivativePosition]:
    return [e.position for e in events if isinstance(e, PositionEvent)
            and isinstance(e.position, DerivativePosition) and e.position.symbol == symbol]


def test_the_accounts_form_offers_binance_usdm():
    info = exchange_info("binanceusdm")
    assert info is not None and info.name == "Binance USDⓈ-M" and info.has_sandbox


def test_positions_come_from_the_exchange_on_connect_and_reconnect(app, exchange):
    rt, account_id, events = app

    async def short_elsewhere():  # on the exchange's website, say
        async with futures_venue_on(exchange.server) as other:
            await other.set_leverage(BTC, 20)
            await other.set_margin_mode(BTC, MarginMode.ISOLATED)
            await other.create_order(OrderRequest(BTC, Side.SELL, OrderType.MARKET, 0.1))

    run(short_elsewhere())
    connect(rt, account_id)
    wait_for(rt, lambda: positions(events), "the exchange's position")
    position = positions(events)[-1]
    assert position.amount == pytest.approx(-0.1) and position.account == account_id
    assert position.leverage == 20 and position.margin_mode is MarginMode.ISOLATED
    assert position.liquidation_price > position.entry_price
    assert position.initial_margin == pytest.approx(0.1 * 50_000 / 20, rel=1e-3)
    def margins() -> list:  # the first-launch paper account publishes its own too
        return [e.margin for e in events
                if isinstance(e, MarginEvent) and e.margin.account == account_id]
    wait_for(rt, margins, "the account's margin")
    assert margins()[-1].initial_margin == pytest.approx(position.initial_margin)

    # From the app: a reduce-only cover; its fill brings the exchange's position again.
    run(rt.client.trade_place(account_id, OrderRequest(
        BTC, Side.BUY, OrderType.MARKET, 0.04, reduce_only=True)))
    wait_for(rt, lambda: positions(events)[-1].amount == pytest.approx(-0.06),
             "the position after the cover")
    # the fill's own update already carries the leverage, margins and liquidation price
    after_cover = [e.position for e in events if isinstance(e, PositionEvent)
                   and e.position.symbol == BTC and e.position.amount == pytest.approx(-0.06)]
    assert all(isinstance(p, DerivativePosition) and p.leverage == 20 for p in after_cover)

    # Closed elsewhere while the app was away: the reconnect shows it flat.
    run(rt.client.account_disconnect(account_id))

    async def close_elsewhere():
        async with futures_venue_on(exchange.server) as other:
            await other.create_order(OrderRequest(BTC, Side.BUY, OrderType.MARKET, 0.06,
                                                  reduce_only=True))
    run(close_elsewhere())
    asked_before = exchange(lambda: len(exchange.server.log.to("/fapi/v3/positionRisk")))
    events.clear()
    connect(rt, account_id)
    # the fills made elsewhere are journaled, the book goes flat, and the exchange (asked
    # again after the reconciliation) has no position left to show
    wait_for(rt, lambda: [e.position.amount for e in events if isinstance(e, PositionEvent)
                          and e.position.symbol == BTC][-1:] == [0.0],
             "the position shown flat after the reconnect")
    assert positions(events) == []
    wait_for(rt, lambda: exchange(lambda: len(exchange.server.log.to("/fapi/v3/positionRisk")))
             > asked_before, "the exchange's positions asked again after the reconnect")
