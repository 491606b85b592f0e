"""Metrics against numbers worked out by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from backtest_bars import candles_from_rows

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest
from desktop.reports.metrics import drawdown, equity_metrics, exposure, trade_metrics
from strategies.base import Signals, Strategy

DAY_MS = 86_400_000
# Equity 100 -> 110 -> 99 -> 99 -> 118.8: returns +10 %, -10 %, 0 %, +20 %.
EQUITY = np.array([100.0, 110.0, 99.0, 99.0, 118.8])


def test_return_risk_and_ratio_metrics_of_a_small_curve():
    m = equity_metrics(EQUITY, DAY_MS)  # daily bars: 365 bars a year, sqrt(365) = 19.10497
    assert m["total_return"] == pytest.approx(0.188)
    # 5 bars = 5/365 years: 1.188 ** 73 - 1
    assert m["annual_return"] == pytest.approx(289466.7377922618, rel=1e-9)
    # mean 0.05; deviations .05 -.15 -.05 .15 -> var = .05 / 3, std = 0.1290994
    assert m["volatility"] == pytest.approx(0.1290994 * 19.1049732, rel=1e-6)
    assert m["sharpe"] == pytest.approx(0.05 / 0.1290994 * 19.1049732, rel=1e-6)  # 7.3993
    # downside deviation sqrt((0 + .01 + 0 + 0) / 4) = 0.05
    assert m["sortino"] == pytest.approx(19.1049732, rel=1e-6)
    # peak 110, trough 99: 10 %; two bars under water (99, 99), i.e. two days
    assert m["max_drawdown"] == pytest.approx(0.10)
    assert m["max_drawdown_duration_bars"] == 2
    assert m["max_drawdown_duration_days"] == pytest.approx(2.0)
    assert m["calmar"] == pytest.approx(289466.7377922618 / 0.10, rel=1e-9)
    # sorted returns -.1 0 .1 .2; 5 % quantile at position 0.15: -.1 + .15 * .1 = -.085
    assert m["var_95"] == pytest.approx(0.085)
    assert m["cvar_95"] == pytest.approx(0.10)


def test_drawdown_curve():
    np.testing.assert_allclose(drawdown(EQUITY), [0, 0, 0.1, 0.1, 0])


def test_trade_statistics():
    m = trade_metrics(np.array([10.0, -5.0, 20.0, -5.0, 0.0]))
    assert m["trades"] == 5
    assert m["win_rate"] == pytest.approx(0.4)  # a flat trade is not a win
    assert m["profit_factor"] == pytest.approx(30 / 10)
    assert m["expectancy"] == pytest.approx(4.0)
    assert m["avg_win"] == pytest.approx(15.0)
    assert m["avg_loss"] == pytest.approx(-10 / 3)
    assert m["largest_win"] == 20.0 and m["largest_loss"] == -5.0


def test_profit_factor_without_losses_is_infinite_and_without_trades_undefined():
    assert trade_metrics(np.array([1.0, 2.0]))["profit_factor"] == math.inf
    empty = trade_metrics(np.array([]))
    assert empty["trades"] == 0 and math.isnan(empty["win_rate"])


def test_exposure_counts_entry_and_exit_bars_once():
    assert exposure(10, np.array([1, 5]), np.array([3, 5])) == pytest.approx(0.4)
    assert exposure(10, np.array([1, 2]), np.array([3, 4])) == pytest.approx(0.4)


class _HoldFromBarOne(Strategy):
    id = "hold"

    def signals(self, data):
        entry = np.zeros(len(data), dtype=bool)
        entry[0] = True
        return Signals(entry_long=entry)


def test_a_run_reports_buy_and_hold_exposure_and_its_own_return():
    # Buy 10 units at bar 1's open (100), hold to the end (closed at 121).
    c = candles_from_rows([(100, 100, 100, 100), (100, 110, 100, 110),
                           (110, 121, 110, 121), (121, 121, 121, 121)], bar_ms=DAY_MS)
    config = BacktestConfig(cash=1000, taker_fee_bps=0, maker_fee_bps=0,
                            sizing=Sizing(SizeMode.FIXED, 10))
    r = run_backtest(_HoldFromBarOne, {}, c, config)
    np.testing.assert_allclose(r.equity, [1000, 1100, 1210, 1210])
    assert r.metrics["total_return"] == pytest.approx(0.21)
    assert r.metrics["buy_hold_return"] == pytest.approx(0.21)
    assert r.metrics["exposure_pct"] == pytest.approx(75.0)  # bars 1..3 of 4
    assert r.metrics["trades"] == 1 and r.metrics["win_rate"] == 1.0


def test_var_and_cvar_match_numpys_quantile_on_a_long_curve():
    rng = np.random.default_rng(3)
    equity = 100 * np.cumprod(1 + rng.normal(0.0002, 0.01, 5001))
    r = equity[1:] / equity[:-1] - 1
    q = np.quantile(r, 0.05)
    m = equity_metrics(equity, DAY_MS)
    assert m["var_95"] == pytest.approx(-q, rel=1e-12)
    assert m["cvar_95"] == pytest.approx(-r[r <= q].mean(), rel=1e-12)
    assert m["volatility"] == pytest.approx(r.std(ddof=1) * math.sqrt(365), rel=1e-9)
