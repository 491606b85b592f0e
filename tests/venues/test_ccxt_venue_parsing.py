"""ccxt unified dicts -> core records, in each of ccxt's precision modes."""

from __future__ import annotations

import math

import pytest

from desktop.core import OrderStatus, OrderType
from desktop.venues.ccxt_parsing import PrecisionMode, market_from_ccxt, order_from_ccxt


def raw_market(price, amount) -> dict:
    return {"symbol": "BTC/USDT", "base": "BTC", "quote": "USDT", "maker": 0.001,
            "taker": 0.002, "precision": {"price": price, "amount": amount},
            "limits": {"amount": {"min": 0.0001, "max": None}, "cost": {"min": 10}}}


@pytest.mark.parametrize(("mode", "price", "amount", "tick", "step"), [
    (PrecisionMode.TICK_SIZE, 0.01, 0.0001, 0.01, 0.0001),
    (PrecisionMode.DECIMAL_PLACES, 2, 4, 0.01, 0.0001),
    (PrecisionMode.DECIMAL_PLACES, 0, 8, 1.0, 1e-8),
    (PrecisionMode.SIGNIFICANT_DIGITS, 5, 5, 0.0, 0.0),  # no fixed step exists
])
def test_precision_modes_give_the_same_steps(mode, price, amount, tick, step):
    market = market_from_ccxt(raw_market(price, amount), mode, "x")
    assert market.price_tick == pytest.approx(tick) and market.amount_step == pytest.approx(step)
    assert market.min_amount == 0.0001 and market.min_notional == 10.0
    assert market.max_amount == math.inf and market.taker_fee == 0.002


def test_order_status_and_type_mapping():
    raw = {"id": 7, "clientOrderId": "c", "symbol": "BTC/USDT", "side": "sell",
           "type": "stop_loss_limit", "status": "open", "amount": 2, "filled": 0.5,
           "price": 100, "triggerPrice": 101, "timestamp": 5,
           "fee": {"cost": 0.1, "currency": "USDT"}}
    order = order_from_ccxt(raw, "x")
    assert (order.type, order.status, order.stop_price) == (
        OrderType.STOP_LIMIT, OrderStatus.PARTIALLY_FILLED, 101.0)
    assert (order.fee, order.fee_currency, order.remaining) == (0.1, "USDT", 1.5)
    closed = order_from_ccxt({**raw, "status": "closed", "filled": 2}, "x")
    assert closed.status is OrderStatus.FILLED


@pytest.mark.parametrize(("unified", "info", "extra", "expected"), [
    # ccxt folds Binance's STOP_LOSS into 'market' with a trigger: the exchange's word wins.
    ("market", {"type": "STOP_LOSS"}, {}, OrderType.STOP_MARKET),
    ("limit", {"type": "TAKE_PROFIT_LIMIT"}, {}, OrderType.TAKE_PROFIT),
    # No native type to read: a trigger price still makes it conditional.
    ("market", {}, {}, OrderType.STOP_MARKET),
    ("limit", {}, {}, OrderType.STOP_LIMIT),
    ("market", {}, {"takeProfitPrice": 120}, OrderType.TAKE_PROFIT),
])
def test_a_conditional_order_ccxt_calls_market_or_limit_keeps_its_type(unified, info, extra,
                                                                       expected):
    raw = {"id": 8, "symbol": "BTC/USDT", "side": "sell", "type": unified, "status": "open",
           "amount": 1, "filled": 0, "triggerPrice": 95, "info": info, **extra}
    assert order_from_ccxt(raw, "x").type is expected
    plain = order_from_ccxt({**raw, "triggerPrice": None, "info": {}, "takeProfitPrice": None},
                            "x")
    assert plain.type is OrderType(unified)
