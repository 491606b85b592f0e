"""Engine-emulated legs pass the risk guard too: on the local Binance server (which lacks
trailing stops, so the engine runs them), a trailing stop that fires while the account is
HALTED sends its market order only when it reduces the position it protects."""

from __future__ import annotations

from desktop.core import (
    OrderRequest,
    OrderStatus,
    OrderType,
    RiskEvent,
    Side,
    TradingState,
)
from tests.engine import test_reconcile as live
from tests.engine.test_reconcile import SYMBOL, SYMBOL_ID, connect, run, wait_for

exchange, app = live.exchange, live.app  # the engine on the local exchange (fixtures)


def market_orders(exchange, side: Side) -> list:
    return exchange(lambda: [o for o in exchange.server.account.orders()
                             if o.type is OrderType.MARKET and o.side is side])


def test_a_halted_account_keeps_its_protective_trailing_stop_but_not_a_trailing_entry(
        app, exchange):
    rt, account_id = app
    events: list = []
    rt.bus.add_sink(events.append)
    connect(rt, account_id)
    price = exchange(exchange.server.account.price, SYMBOL_ID)
    run(rt.client.trade_place(account_id, OrderRequest(SYMBOL, Side.BUY, OrderType.MARKET,
                                                       0.02)))
    entry = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.BUY, OrderType.TRAILING_STOP, 0.01, trail_amount=100.0)))
    stop = run(rt.client.trade_place(account_id, OrderRequest(
        SYMBOL, Side.SELL, OrderType.TRAILING_STOP, 0.02, trail_amount=300.0)))
    assert entry.emulated and stop.emulated
    run(rt.client.risk_set_state(account_id, TradingState.HALTED, "Paused"))

    exchange(exchange.server.set_price, SYMBOL_ID, price + 200.0)  # the entry fires
    refused = wait_for(rt, lambda: [e for e in events if isinstance(e, RiskEvent)],
                       "the entry leg's refusal")
    assert refused[0].code == "manual" and refused[0].side == "buy"
    leg = rt.engine.orders.journal.order(refused[0].client_order_id)
    assert (leg.status, leg.reason_code) == (OrderStatus.REJECTED, "manual")
    assert len(market_orders(exchange, Side.BUY)) == 1  # only the first, accepted buy

    exchange(exchange.server.set_price, SYMBOL_ID, price - 400.0)  # the protective stop fires
    sold = wait_for(rt, lambda: market_orders(exchange, Side.SELL), "the stop's sell")
    assert [(o.amount, o.status) for o in sold] == [(0.02, OrderStatus.FILLED)]
    assert run(rt.client.risk_status(account_id)).state is TradingState.HALTED
