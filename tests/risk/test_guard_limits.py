"""Each limit of the pre-trade guard: an order that lands exactly on the limit passes, one a
little beyond it is refused with its code and a sentence that names the numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from desktop.core import RiskLimits, RiskRejected, Side, TradingState
from desktop.risk.book import BookView, OrderIntent, parametric_var
from desktop.risk.guard import RiskGuard
from desktop.risk.limits import RiskLimitError, validate_limits

NOW = 1_765_000_000_000  # a fixed instant (ms)
ACCOUNT = "acc"


def view(**changes) -> BookView:
    base = dict(quote="USDT", equity=10_000.0, positions={"BTC/USDT": 0.1, "ETH/USDT": -1.0},
                marks={"BTC/USDT": 50_000.0, "ETH/USDT": 3_000.0, "ETH/BTC": 0.06},
                open_orders=3)
    base.update(changes)
    return BookView(**base)


def order(symbol="BTC/USDT", side=Side.BUY, amount=0.01, price=50_000.0, **kw) -> OrderIntent:
    return OrderIntent(symbol, side, amount, price, **kw)


def guard(**limits) -> RiskGuard:
    g = RiskGuard()
    g.set_limits(ACCOUNT, RiskLimits(**limits))
    return g


def refused(g: RiskGuard, intent: OrderIntent, book: BookView | None = None) -> RiskRejected:
    with pytest.raises(RiskRejected) as caught:
        g.check(ACCOUNT, intent, book or view(), NOW)
    return caught.value


# (limits, order at the limit, order beyond it, code, words of the sentence)
CASES = [
    (dict(max_order_notional=500.0), order(amount=0.01), order(amount=0.0101),
     "max_order_notional", "Order value 505.00 USDT is above the max order notional of "
                           "500.00 USDT"),
    # 0.1 BTC held + 0.02 = 6,000 USDT
    (dict(max_position_notional=6_000.0), order(amount=0.02), order(amount=0.0201),
     "max_position_notional", "The BTC/USDT position would be worth 6,005.00 USDT"),
    # held: 5,000 + 3,000 = 80 %; +0.02 BTC (1,000) = 90 %
    (dict(max_gross_exposure_pct=90.0), order(amount=0.02), order(amount=0.021),
     "max_gross_exposure", "Gross exposure would be 90.5 % of equity, above the 90 % allowed"),
    (dict(max_asset_exposure_pct=60.0), order(amount=0.02), order(amount=0.021),
     "max_asset_exposure", "Exposure to BTC would be 60.5 % of equity across its symbols"),
    (dict(min_reward_risk=2.0), order(stop_loss=49_000.0, take_profit=52_000.0),
     order(stop_loss=49_000.0, take_profit=51_990.0), "min_reward_risk",
     "Reward:risk is 1.99, below the minimum of 2"),
]


@pytest.mark.parametrize(("limits", "at", "beyond", "code", "words"), CASES,
                         ids=[c[3] for c in CASES])
def test_each_limit_passes_at_its_value_and_refuses_beyond(limits, at, beyond, code, words):
    g = guard(**limits)
    g.check(ACCOUNT, at, view(), NOW)
    err = refused(g, beyond)
    assert err.code == code
    assert words in str(err)


def test_asset_exposure_counts_every_symbol_that_holds_the_asset():
    # Long 1 ETH/BTC (3,000 USDT) is long ETH and short BTC: BTC is 5,000 - 3,000 = 20 %.
    book = view(positions={"BTC/USDT": 0.1, "ETH/BTC": 1.0})
    g = guard(max_asset_exposure_pct=20.0)
    g.check(ACCOUNT, order("BTC/USDT", amount=0.0), book, NOW)
    err = refused(g, order("BTC/USDT", amount=0.001), book)
    assert "Exposure to BTC would be 20.5 %" in str(err)
    err = refused(g, order("ETH/BTC", amount=0.001, price=0.06), book)
    assert "Exposure to ETH would be 30.0 %" in str(err)


def test_open_orders_and_order_rate():
    g = guard(max_open_orders=4)
    g.check(ACCOUNT, order(), view(open_orders=3), NOW)
    assert refused(g, order(), view(open_orders=4)).code == "max_open_orders"

    g = guard(max_orders_per_second=2, max_orders_per_minute=3)
    g.check(ACCOUNT, order(), view(), NOW)
    g.check(ACCOUNT, order(), view(), NOW + 10)
    assert refused(g, order(), view()).code == "order_rate_second"  # third within a second
    g.check(ACCOUNT, order(), view(), NOW + 1001)  # the second has passed: third of the minute
    err = refused(g, order(), view())
    assert err.code == "order_rate_second" or err.code == "order_rate_minute"
    with pytest.raises(RiskRejected, match="3 orders in the last minute, 3 allowed"):
        g.check(ACCOUNT, order(), view(), NOW + 5000)
    g.check(ACCOUNT, order(), view(), NOW + 60_001)  # the first left the minute window


def test_orders_that_reduce_pass_exposure_limits_and_reducing_state():
    g = guard(max_order_notional=1.0, max_gross_exposure_pct=1.0)
    close_half = order(side=Side.SELL, amount=0.05)
    g.check(ACCOUNT, close_half, view(), NOW)
    g.states.set(ACCOUNT, TradingState.REDUCING, "Reduce only")
    g.check(ACCOUNT, close_half, view(), NOW)
    flip = order(side=Side.SELL, amount=0.2)  # more than held: it would open a short
    assert refused(g, flip).code == "reducing"
    assert refused(g, order()).code == "reducing"


def test_halted_refuses_all_but_the_engines_exit_legs_and_the_kill_switch():
    g = guard()
    g.states.set(ACCOUNT, TradingState.HALTED, "Stop", None, "manual")
    assert "Stop; trading halted until you resume it" in str(refused(g, order()))
    assert refused(g, order(side=Side.SELL, amount=0.05)).code == "manual"
    g.check(ACCOUNT, order(side=Side.SELL, amount=0.05, leg=True), view(), NOW)  # a stop
    assert refused(g, order(leg=True)).code == "manual"  # an exposure-raising leg
    g.check(ACCOUNT, order(amount=5.0, kill_switch=True), view(), NOW)


def test_no_price_or_equity_means_the_limit_cannot_be_checked_so_the_order_is_refused():
    g = guard(max_order_notional=1e9)
    assert refused(g, order(price=math.nan), view(marks={})).code == "no_price"
    g = guard(max_gross_exposure_pct=1000.0)
    assert refused(g, order(), view(equity=math.nan)).code == "no_equity"


def returns_book() -> BookView:
    rng = np.random.default_rng(3)
    btc = rng.normal(0.0, 0.03, 90)
    eth = 0.8 * btc + rng.normal(0.0, 0.015, 90)
    sol = rng.normal(0.0, 0.05, 90)
    return view(positions={"BTC/USDT": 0.1}, returns={"BTC/USDT": btc, "ETH/USDT": eth,
                                                      "SOL/USDT": sol},
                marks={"BTC/USDT": 50_000.0, "ETH/USDT": 3_000.0, "SOL/USDT": 100.0})


def test_var_limit_uses_the_book_with_the_new_order():
    book = returns_book()
    values = {"BTC/USDT": 5_000.0, "ETH/USDT": 3_000.0}
    expected = parametric_var(book, values) / book.equity * 100
    r = np.vstack([book.returns["BTC/USDT"], book.returns["ETH/USDT"]])
    w = np.array([5_000.0, 3_000.0])
    by_hand = 2.3263478740408408 * math.sqrt(w @ np.cov(r) @ w) - w @ r.mean(axis=1)
    assert expected == pytest.approx(by_hand / 100)
    g = guard(max_var_pct=expected)
    g.check(ACCOUNT, order("ETH/USDT", amount=1.0, price=3_000.0), book, NOW)
    err = refused(g, order("ETH/USDT", amount=1.01, price=3_000.0), book)
    assert err.code == "portfolio_var" and "1-day 99 % VaR" in str(err)


def test_correlation_cap_counts_a_second_bet_on_the_same_move_but_not_an_unrelated_one():
    book = returns_book()
    g = guard(max_correlated_exposure_pct=60.0)
    # ETH moves with BTC: 3,000 of ETH + rho * 5,000 of BTC is well above 60 %.
    assert refused(g, order("ETH/USDT", amount=1.0, price=3_000.0), book).code \
        == "max_correlated_exposure"
    # SOL is unrelated: about its own 30 % only.
    g.check(ACCOUNT, order("SOL/USDT", amount=30.0, price=100.0), book, NOW)
    assert refused(g, order("DOGE/USDT", amount=1.0, price=0.1), book).code == "no_history"


def test_limits_are_validated_with_the_field_named():
    with pytest.raises(RiskLimitError, match="max order notional must be above 0") as e:
        validate_limits(RiskLimits(max_order_notional=0.0))
    assert e.value.field == "max_order_notional"
    with pytest.raises(RiskLimitError, match="whole number"):
        validate_limits(RiskLimits(max_open_orders=2.5))
    with pytest.raises(RiskLimitError, match="0 to 23"):
        validate_limits(RiskLimits(daily_reset_hour_utc=24))
    validate_limits(RiskLimits(max_open_orders=1, max_var_pct=5.0))
    assert RiskLimits.from_dict(RiskLimits(max_var_pct=5.0).to_dict()) == \
        RiskLimits(max_var_pct=5.0)


def test_reward_risk_of_an_oco_is_measured_from_the_market_price():
    from desktop.core import OrderRequest, OrderType

    g = guard(min_reward_risk=2.0)
    book = view(positions={})
    oco = OrderRequest("BTC/USDT", Side.BUY, OrderType.OCO, 0.01, price=49_000.0,
                       stop_price=50_500.0)  # a buy OCO from 50,000: reward 1,000, risk 500
    g.check(ACCOUNT, OrderIntent.of(oco, 50_000.0), book, NOW)
    tight = OrderRequest("BTC/USDT", Side.BUY, OrderType.OCO, 0.01, price=49_500.0,
                         stop_price=50_500.0)
    assert refused(g, OrderIntent.of(tight, 50_000.0), book).code == "min_reward_risk"


def test_the_guards_var_is_the_analytics_parametric_portfolio_var():
    # The pre-trade form (covariance cached per history refresh, hourly returns scaled to a
    # day) must give the number desktop/risk/var.py gives for the same book.
    from desktop.risk.book import ReturnsModel
    from desktop.risk.var import portfolio_var

    rng = np.random.default_rng(5)
    hourly = {"BTC/USDT": rng.normal(0.0001, 0.006, 720),
              "ETH/USDT": rng.normal(0.0, 0.008, 720)}
    book = view(model=ReturnsModel(hourly, periods_per_day=24))
    values = {"BTC/USDT": 5_000.0, "ETH/USDT": -3_000.0}
    ours = parametric_var(book, values)
    theirs = portfolio_var(np.array([5_000.0, -3_000.0]),
                           np.column_stack([hourly["BTC/USDT"], hourly["ETH/USDT"]]),
                           level=0.99, horizon=24).var
    assert ours == pytest.approx(theirs, rel=1e-9)
