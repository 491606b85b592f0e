"""Breakers: the daily loss on equity (from the equity at the reset hour), the drawdown from
peak equity and a losing streak move the account to their state, with the time it resumes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.core import RiskLimits, RiskRejected, Side, TradingState
from desktop.risk.book import BookView, OrderIntent
from desktop.risk.breakers import day_start_ms
from desktop.risk.guard import RiskGuard

ACCOUNT = "acc"


def ms(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp() * 1000)


def book(equity: float) -> BookView:
    return BookView("USDT", equity, {}, {"BTC/USDT": 50_000.0})


BUY = OrderIntent("BTC/USDT", Side.BUY, 0.001, 50_000.0)


def guard(**limits) -> RiskGuard:
    g = RiskGuard()
    g.set_limits(ACCOUNT, RiskLimits(**limits))
    return g


def test_daily_loss_halts_until_the_next_reset_with_the_numbers_in_the_sentence():
    g = guard(daily_loss_limit=500.0)
    g.observe(ACCOUNT, book(10_000.0), ms("2026-12-06T00:05"))
    g.check(ACCOUNT, BUY, book(9_500.01), ms("2026-12-06T10:00"))  # 499.99 lost: fine
    with pytest.raises(RiskRejected) as refused:
        g.check(ACCOUNT, BUY, book(9_487.60), ms("2026-12-06T11:00"))
    assert refused.value.code == "daily_loss"
    assert str(refused.value) == ("Daily loss limit reached: −512.40 USDT of −500.00 allowed; "
                                  "trading halted until 00:00 UTC")
    status = g.states.status(ACCOUNT, ms("2026-12-06T11:00"))
    assert (status.state, status.resumes_at_ms) == (TradingState.HALTED,
                                                    ms("2026-12-07T00:00"))
    # The next day it resumes by itself, measured from that day's equity.
    g.check(ACCOUNT, BUY, book(9_487.60), ms("2026-12-07T00:00"))
    assert g.states.status(ACCOUNT, ms("2026-12-07T00:01")).state is TradingState.ACTIVE


def test_the_day_can_start_at_a_chosen_hour_and_the_loss_at_the_limit_trips_it():
    assert day_start_ms(ms("2026-12-06T07:59"), 8) == ms("2026-12-05T08:00")
    g = guard(daily_loss_limit=500.0, daily_reset_hour_utc=8,
              daily_loss_state=TradingState.REDUCING)
    g.observe(ACCOUNT, book(10_000.0), ms("2026-12-06T08:00"))
    trips = g.observe(ACCOUNT, book(9_500.0), ms("2026-12-06T09:00"))
    assert [t.code for t in trips] == ["daily_loss"]
    status = g.states.status(ACCOUNT, ms("2026-12-06T09:00"))
    assert (status.state, status.resumes_at_ms) == (TradingState.REDUCING,
                                                    ms("2026-12-07T08:00"))


def test_drawdown_from_the_peak_halts_until_resumed_and_resume_starts_from_there():
    g = guard(max_drawdown_pct=10.0)
    t = ms("2026-12-06T10:00")
    for equity in (10_000.0, 12_000.0, 11_000.0):
        g.observe(ACCOUNT, book(equity), t)
    assert g.states.status(ACCOUNT, t).state is TradingState.ACTIVE
    trips = g.observe(ACCOUNT, book(10_800.0), t)  # 10 % below 12,000
    assert trips[0].code == "max_drawdown" and trips[0].resumes_at_ms is None
    assert "10.00 % below its peak of 12,000.00 USDT" in trips[0].reason
    later = ms("2027-01-01T00:00")
    assert g.states.status(ACCOUNT, later).state is TradingState.HALTED  # never by itself
    g.states.set(ACCOUNT, TradingState.ACTIVE, "")
    g.book(ACCOUNT).peak_equity = 10_800.0  # what the engine's resume does
    g.check(ACCOUNT, BUY, book(10_800.0), later)


def test_a_losing_streak_cools_down_and_a_win_breaks_it():
    g = guard(max_consecutive_losses=3, loss_cooldown_minutes=30)
    b = g.book(ACCOUNT)
    realized = 0.0
    for result in (-10.0, -5.0, +1.0, -3.0, -2.0):
        b.position_moved("BTC/USDT", 0.0, 0.1, realized)
        realized += result
        b.position_moved("BTC/USDT", 0.1, 0.0, realized)
    assert b.loss_streak == 2  # the win in the middle reset it
    b.position_moved("BTC/USDT", 0.0, -0.1, realized)
    b.position_moved("BTC/USDT", -0.1, 0.0, realized - 1.0)
    t = ms("2026-12-06T10:00")
    with pytest.raises(RiskRejected, match=r"3 losing trades in a row \(3 allowed\): cooling "
                                           r"down for 30 min; trading halted until 10:30 UTC"):
        g.check(ACCOUNT, BUY, book(10_000.0), t)
    assert g.states.status(ACCOUNT, t).resumes_at_ms == t + 30 * 60_000
    g.check(ACCOUNT, BUY, book(10_000.0), t + 30 * 60_000)  # cooled down


def test_a_weaker_breaker_does_not_shorten_a_stronger_halt():
    g = guard(daily_loss_limit=100.0, max_drawdown_pct=5.0)
    t = ms("2026-12-06T10:00")
    g.observe(ACCOUNT, book(10_000.0), t)
    g.observe(ACCOUNT, book(9_400.0), t)  # both trip: the drawdown holds until resumed
    assert g.states.status(ACCOUNT, t).resumes_at_ms is None
    assert g.states.code(ACCOUNT) == "max_drawdown"
