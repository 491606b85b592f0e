"""The report's metrics against numbers worked out by hand (the arithmetic is in the comments).

Daily bars 2024-01-30 .. 2024-02-03, equity 100 -> 110 -> 99 -> 99 -> 118.8: returns
+10 %, -10 %, 0 %, +20 % (the per-run metrics of this curve are checked in
tests/backtest/test_metrics.py)."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from desktop.reports.metrics import bar_length_ms
from desktop.reports.metrics.analysis import analyse
from desktop.reports.metrics.trade_stats import excursions

DAY = 86_400_000
T0 = 1_706_572_800_000  # 2024-01-30 00:00 UTC
TS = T0 + DAY * np.arange(5)
EQUITY = np.array([100.0, 110.0, 99.0, 99.0, 118.8])
BTC = np.array([10.0, 10.0, 11.0, 12.1, 12.1])  # returns 0, +10 %, +10 %, 0


def _trades(pnl, side=None, entry_bar=None, exit_bar=None, entry_price=None):
    n = len(pnl)
    arr = np.asarray
    return SimpleNamespace(
        symbol=arr(["X"] * n, dtype=object), side=arr(side or [1] * n, dtype=np.int8),
        entry_bar=arr(entry_bar or [0] * n), exit_bar=arr(exit_bar or [1] * n),
        entry_time=arr([T0] * n), exit_time=arr([T0 + DAY] * n),
        entry_price=arr(entry_price or [100.0] * n), exit_price=arr([100.0] * n),
        size=arr([1.0] * n), pnl=arr(pnl, dtype=float), fees=arr([0.5] * n),
        exit_reason=arr(["signal"] * n, dtype=object))


def test_shape_of_the_returns():
    m = analyse(TS, EQUITY).metrics
    assert m["omega"] == pytest.approx(0.3 / 0.1)  # gains .1 + .2 over the loss .1
    # drawdowns 0 0 .1 .1 0: sqrt((.01 + .01) / 5)
    assert m["ulcer_index"] == pytest.approx(math.sqrt(0.004))
    # sorted -.1 0 .1 .2: q95 at 2.85 -> .185, q05 at .15 -> -.085
    assert m["tail_ratio"] == pytest.approx(0.185 / 0.085)
    # centred .05 -.15 -.05 .15: m2 = .0125, m3 = 0, m4 = .00025625 -> 1.64 - 3
    assert m["skew"] == pytest.approx(0.0, abs=1e-12)
    assert m["kurtosis"] == pytest.approx(-1.36)


def test_worst_drawdown_has_its_peak_bottom_recovery_and_duration():
    a = analyse(TS, EQUITY)
    (worst,) = a.worst_drawdowns  # one stretch under water
    assert worst.depth == pytest.approx(0.1)
    assert (worst.start_ms, worst.bottom_ms, worst.end_ms) == (TS[1], TS[2], TS[4])
    assert worst.duration_days == 3.0  # peak 01-31 to recovery 02-03
    assert a.metrics["max_drawdown_start"] == TS[1]
    assert a.metrics["max_drawdown_recovery"] == TS[4]


def test_five_worst_drawdowns_deepest_first_and_one_still_open():
    eq = np.array([100, 90, 100, 80, 100, 95, 100, 99, 100, 70, 100, 98, 100, 50.0])
    ts = T0 + DAY * np.arange(len(eq))
    periods = analyse(ts, eq).worst_drawdowns
    assert [round(p.depth, 6) for p in periods] == [0.5, 0.3, 0.2, 0.1, 0.05]
    assert periods[0].end_ms is None  # the last bar is still under water
    assert periods[0].duration_days == 1.0


def test_best_and_worst_day_and_month_and_the_calendar_grid():
    a = analyse(TS, EQUITY)
    assert a.metrics["best_day"] == pytest.approx(0.2)
    assert a.metrics["worst_day"] == pytest.approx(-0.1)
    # January: 110 / 100 - 1; February: 118.8 / 110 - 1
    assert a.metrics["best_month"] == pytest.approx(0.10)
    assert a.metrics["worst_month"] == pytest.approx(0.08)
    assert a.years == [2024]
    assert a.monthly[0, :2] == pytest.approx([0.10, 0.08])
    assert np.isnan(a.monthly[0, 2:]).all()
    assert a.yearly == pytest.approx([0.188])


def test_benchmark_beta_alpha_correlation_and_information_ratio():
    m = analyse(TS, EQUITY, benchmark_close=BTC, benchmark_name="BTC/USDT").metrics
    assert m["benchmark_return"] == pytest.approx(0.21)
    # r - mean: .05 -.15 -.05 .15; b - mean: -.05 .05 .05 -.05; cov = -.02 / 3, var b = .01 / 3
    assert m["beta"] == pytest.approx(-2.0)
    assert m["alpha"] == pytest.approx((0.05 + 2 * 0.05) * 365)
    assert m["correlation"] == pytest.approx(-0.02 / math.sqrt(0.05 * 0.01))
    assert m["information_ratio"] == pytest.approx(0.0, abs=1e-12)  # r - b = .1 -.2 -.1 .2


def test_trade_streaks_payoff_holding_and_fees():
    m = analyse(TS, EQUITY, _trades([10, -5, -5, 20, 0], exit_bar=[1, 2, 3, 4, 4])).metrics
    assert m["max_consecutive_wins"] == 1 and m["max_consecutive_losses"] == 2
    assert m["payoff_ratio"] == pytest.approx(15 / (10 / 3))  # avg win 15, avg loss -10/3
    assert m["avg_bars_held"] == pytest.approx((1 + 2 + 3 + 4 + 4) / 5)
    assert m["fees_paid"] == pytest.approx(2.5)


def test_mae_and_mfe_of_a_long_and_a_short():
    high = np.array([105.0, 112.0, 200.0])
    low = np.array([95.0, 98.0, 1.0])  # bar 2 lies after both exits
    mae, mfe = excursions(np.array([1, -1]), np.array([100.0, 100.0]), np.array([0, 0]),
                          np.array([1, 1]), high, low)
    assert mae == pytest.approx([-0.05, -0.12])  # long: 95/100 - 1; short: 1 - 112/100
    assert mfe == pytest.approx([0.12, 0.05])


def test_annualisation_takes_the_bar_length_from_the_data():
    hourly = T0 + 3_600_000 * np.arange(5)
    assert bar_length_ms(hourly) == 3_600_000
    m = analyse(hourly, EQUITY).metrics
    assert m["volatility"] == pytest.approx(math.sqrt(0.05 / 3) * math.sqrt(365 * 24))


def test_rolling_sharpe_over_a_two_bar_window():
    # 15-day bars: 30 days is two bars. Returns .1 -.1 0 .2 -.1 .1
    eq = np.array([100.0, 110.0, 99.0, 99.0, 118.8, 106.92, 117.612])
    ts = T0 + 15 * DAY * np.arange(len(eq))
    a = analyse(ts, eq)
    ann = math.sqrt(365 / 15)
    assert a.rolling_ts[0] == ts[2]  # the first window ends with the return into bar 2
    assert a.rolling_sharpe[0] == pytest.approx(0.0, abs=1e-9)  # mean of .1 and -.1
    assert a.rolling_sharpe[1] == pytest.approx(-0.05 / math.sqrt(0.005) * ann)
