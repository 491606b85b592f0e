"""The margin-use rule: a derivatives account only reduces from one level of margin use and is
halted from a second; its state follows the use back down."""

from __future__ import annotations

import pytest

from desktop.core import RiskLimits, RiskRejected, Side, TradingState
from desktop.risk.book import BookView, OrderIntent
from desktop.risk.guard import RiskGuard
from desktop.risk.limits import RiskLimitError, validate_limits

ACCOUNT = "perps"
SYMBOL = "BTC/USDT:USDT"
NOW = 1_765_000_000_000


def view(margin_use_pct: float) -> BookView:
    return BookView("USDT", 10_000.0, {SYMBOL: 0.5}, {SYMBOL: 50_000.0},
                    margin_use_pct=margin_use_pct)


GROW = OrderIntent(SYMBOL, Side.BUY, 0.1, 50_000.0)
REDUCE = OrderIntent(SYMBOL, Side.SELL, 0.1, 50_000.0)


def test_margin_use_reduces_then_halts_and_follows_the_use_back_down():
    g = RiskGuard()
    g.set_limits(ACCOUNT, RiskLimits(margin_use_reducing_pct=50.0, margin_use_halted_pct=80.0))
    g.check(ACCOUNT, GROW, view(49.9), NOW)
    assert g.states.status(ACCOUNT, NOW).state is TradingState.ACTIVE
    with pytest.raises(RiskRejected) as refused:
        g.check(ACCOUNT, GROW, view(50.0), NOW)
    assert refused.value.code == "margin_use" and "Margin use 50.0 %" in str(refused.value)
    g.check(ACCOUNT, REDUCE, view(60.0), NOW)  # reducing passes
    g.observe(ACCOUNT, view(85.0), NOW)
    assert g.states.status(ACCOUNT, NOW).state is TradingState.HALTED
    with pytest.raises(RiskRejected):
        g.check(ACCOUNT, REDUCE, view(85.0), NOW)
    g.observe(ACCOUNT, view(70.0), NOW)
    assert g.states.status(ACCOUNT, NOW).state is TradingState.REDUCING
    g.observe(ACCOUNT, view(20.0), NOW)
    assert g.states.status(ACCOUNT, NOW).state is TradingState.ACTIVE
    usage = {u.limit: u for u in g.usage(ACCOUNT, view(20.0), NOW)}
    assert usage["margin_use_halted_pct"].fraction == pytest.approx(0.25)


def test_a_spot_account_without_margin_is_never_held_by_the_rule():
    g = RiskGuard()
    g.set_limits(ACCOUNT, RiskLimits(margin_use_reducing_pct=1.0))
    g.check(ACCOUNT, GROW, view(float("nan")), NOW)
    assert g.states.status(ACCOUNT, NOW).state is TradingState.ACTIVE


def test_the_halt_level_must_be_above_the_reduce_level():
    with pytest.raises(RiskLimitError):
        validate_limits(RiskLimits(margin_use_reducing_pct=80.0, margin_use_halted_pct=50.0))
    validate_limits(RiskLimits(margin_use_reducing_pct=50.0, margin_use_halted_pct=80.0))
