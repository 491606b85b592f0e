"""Core perpetual types, Binance's maintenance-margin brackets and the margin formulas."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from desktop.accounting import PositionBook, funding_payment
from desktop.core import (
    DerivativePosition,
    MarginMode,
    Market,
    MarketKind,
    PositionSide,
)
from desktop.margin import (
    bracket_table,
    brackets_for,
    initial_margin,
    liquidation_price,
    maintenance_margin,
    margin_ratio,
    max_leverage,
)
from desktop.venues.demo_specs import DEMO_SPECS


def test_market_kinds_and_contract_size() -> None:
    perp = Market("XRP/USDT:USDT", "XRP", "USDT", 0.0001, 0.1,
                  kind=MarketKind.LINEAR_PERPETUAL, contract_size=1.0)
    spot = Market("XRP/USDT", "XRP", "USDT", 0.0001, 0.1)
    assert perp.contract and perp.kind.has_margin and perp.contract_size == 1.0
    assert not spot.contract and spot.kind is MarketKind.SPOT
    assert not MarketKind.CONTRACT.has_margin and MarketKind.CONTRACT.is_contract


def test_derivative_position_is_a_position_with_margin_fields() -> None:
    p = DerivativePosition("BTC/USDT:USDT", amount=-0.5, entry_price=50_000.0,
                           mark_price=49_000.0, leverage=10.0,
                           margin_mode=MarginMode.ISOLATED, contract_size=0.001)
    assert p.side is PositionSide.SHORT and p.unrealized_pnl == 500.0
    assert p.contracts == pytest.approx(500.0)
    assert DerivativePosition("X", 0.0, 0.0).side is PositionSide.FLAT


def test_every_demo_symbol_has_brackets_whose_cum_keeps_the_margin_continuous() -> None:
    listed = {row["symbol"] for row in bracket_table()}
    for spec in DEMO_SPECS:
        assert spec.symbol.replace("/", "") in listed
    for row in bracket_table():
        brackets = brackets_for(row["symbol"])
        assert brackets[0].floor == 0.0 and brackets[0].maintenance_amount == 0.0
        for low, high in pairwise(brackets):
            assert high.floor == low.cap and high.maintenance_rate > low.maintenance_rate
            assert high.max_leverage <= low.max_leverage
            # Binance's cum: the two brackets give the same margin where they meet.
            assert high.maintenance_margin(high.floor) == pytest.approx(
                low.maintenance_margin(high.floor), abs=1e-6)


def test_brackets_by_notional() -> None:
    btc = brackets_for("BTC/USDT:USDT")
    assert max_leverage("BTC/USDT:USDT", 10_000) == 125
    assert max_leverage("BTCUSDT", 1_000_000) == 50
    assert maintenance_margin(btc, 2.0, 50_000.0) == pytest.approx(100_000 * 0.005 - 50)
    assert maintenance_margin(btc, 0.0, 50_000.0) == 0.0
    assert initial_margin(-2.0, 50_000.0, 20.0) == 5_000.0
    with pytest.raises(ValueError):
        initial_margin(1.0, 1.0, 0.0)


def test_isolated_liquidation_prices_by_hand() -> None:
    btc = brackets_for("BTCUSDT")
    # Long 1 BTC at 50,000, 10x: wallet 5,000; bracket 1 (MMR 0.4 %, cum 0).
    assert liquidation_price(btc, 1.0, 50_000.0, 5_000.0) == pytest.approx(45_000 / 0.996)
    # Short 1 BTC at 50,000: the liquidation notional lands in bracket 2 (0.5 %, cum 50).
    assert liquidation_price(btc, -1.0, 50_000.0, 5_000.0) == pytest.approx(55_050 / 1.005)
    # A long backed by its whole notional (1x) has no positive liquidation price.
    assert math.isnan(liquidation_price(btc, 1.0, 50_000.0, 50_000.0))
    assert math.isnan(liquidation_price(btc, 0.0, 50_000.0, 5_000.0))


@pytest.mark.parametrize("amount", [3.0, -3.0, 400.0, -400.0, 2_500.0])
@pytest.mark.parametrize("leverage", [2.0, 10.0, 50.0])
def test_margin_ratio_is_one_at_the_liquidation_price(amount: float, leverage: float) -> None:
    """Isolated and cross: at the liquidation price the margin balance equals the
    maintenance margin, so the ratio is exactly 1."""
    eth = brackets_for("ETH/USDT:USDT")
    entry = 3_000.0
    wallet = initial_margin(amount, entry, leverage)
    for other_mm, other_upnl in [(0.0, 0.0), (120.0, -300.0)]:
        cross_wallet = wallet + 1_000.0
        w = wallet if other_mm == 0.0 else cross_wallet
        lp = liquidation_price(eth, amount, entry, w, other_mm, other_upnl)
        assert lp > 0
        balance = w + other_upnl + amount * (lp - entry) - other_mm
        assert margin_ratio(maintenance_margin(eth, amount, lp), balance) == pytest.approx(1.0)


def test_margin_ratio_edges() -> None:
    assert margin_ratio(0.0, 100.0) == 0.0
    assert margin_ratio(10.0, 0.0) == math.inf
    assert margin_ratio(10.0, 40.0) == 0.25


def test_funding_moves_realized_pnl_by_notional_times_rate() -> None:
    assert funding_payment(2.0, 100.0, 0.0001) == pytest.approx(0.02)  # longs pay
    assert funding_payment(-2.0, 100.0, 0.0001) == pytest.approx(-0.02)  # shorts receive
    book = PositionBook("XRP/USDT:USDT")
    book.apply_fill("sell", 1_000.0, 1.0, 0.0)
    paid = book.apply_funding(0.0003, 1.2)
    assert paid == pytest.approx(-0.36)
    assert book.realized_pnl == pytest.approx(0.36) and book.funding == pytest.approx(-0.36)
    restored = PositionBook.from_position(DerivativePosition(
        "XRP/USDT:USDT", -1_000.0, 1.0, funding_paid=book.funding))
    assert restored.funding == book.funding


def test_ccxt_markets_map_to_kinds() -> None:
    from desktop.venues.ccxt_parsing import PrecisionMode, market_from_ccxt

    base = {"symbol": "XRP/USDT:USDT", "base": "XRP", "quote": "USDT",
            "precision": {"price": 0.0001, "amount": 0.1}, "limits": {}}
    perp = market_from_ccxt({**base, "contract": True, "swap": True, "linear": True,
                             "contractSize": 1.0}, PrecisionMode.TICK_SIZE, "binanceusdm")
    dated = market_from_ccxt({**base, "contract": True, "future": True, "linear": True},
                             PrecisionMode.TICK_SIZE,
                             "binanceusdm")
    spot = market_from_ccxt({**base, "symbol": "XRP/USDT"}, PrecisionMode.TICK_SIZE, "binance")
    assert perp.kind is MarketKind.LINEAR_PERPETUAL and perp.contract_size == 1.0
    assert dated.kind is MarketKind.CONTRACT and spot.kind is MarketKind.SPOT
