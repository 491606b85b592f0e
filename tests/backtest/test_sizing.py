"""Position sizing rules, each checked on a hand-sized trade."""

from __future__ import annotations

import numpy as np
import pytest
from backtest_bars import candles_from_rows

from desktop.backtest import BacktestConfig, SizeMode, Sizing, run_backtest
from strategies.base import Signals, Strategy

FLAT = [(100, 101, 99, 100)] * 4


def _entry_at_0(stop: float | None = None) -> type[Strategy]:
    class EntryAtZero(Strategy):
        id = "entry_at_zero"

        def signals(self, data):
            entry = np.zeros(len(data), dtype=bool)
            entry[0] = True
            sl = None
            if stop is not None:
                sl = np.full(len(data), np.nan)
                sl[0] = stop
            return Signals(entry_long=entry, stop_loss=sl)

    return EntryAtZero


def first_size(sizing: Sizing, rows=FLAT, stop=None, **config) -> float | None:
    config = {"cash": 1000.0, "taker_fee_bps": 0.0, "maker_fee_bps": 0.0, **config}
    r = run_backtest(_entry_at_0(stop), {}, candles_from_rows(rows),
                     BacktestConfig(sizing=sizing, **config))
    return float(r.trades.size[0]) if len(r.trades) else None


def test_all_in_and_percent_of_equity():
    assert first_size(Sizing(SizeMode.ALL)) == pytest.approx(10.0)  # 1000 / 100
    assert first_size(Sizing(SizeMode.PCT, 50)) == pytest.approx(5.0)
    # the fee is reserved out of the budget: 500 / (100 * 1.001)
    assert first_size(Sizing(SizeMode.PCT, 50), taker_fee_bps=10) == pytest.approx(4.995005)


def test_fixed_units_and_too_large_orders_are_skipped():
    assert first_size(Sizing(SizeMode.FIXED, 3)) == pytest.approx(3.0)
    assert first_size(Sizing(SizeMode.FIXED, 20)) is None  # 2000 of a 1000 account


def test_risk_per_trade_sizes_to_the_stop():
    # 1 % of 1000 = 10 at risk over a 5-point stop: 2 units
    assert first_size(Sizing(SizeMode.RISK, 1.0), stop=95.0) == pytest.approx(2.0)
    assert first_size(Sizing(SizeMode.RISK, 1.0)) is None  # no stop, no risk-based size


def test_lot_rounding_floors_to_the_step():
    rows = [(30, 31, 29, 30)] * 4
    assert first_size(Sizing(SizeMode.PCT, 50), rows=rows) == pytest.approx(500 / 30)
    assert first_size(Sizing(SizeMode.PCT, 50), rows=rows, lot_step=0.5) == 16.5
    assert first_size(Sizing(SizeMode.PCT, 50), rows=rows, lot_step=1, min_size=17) is None


def test_volatility_target_scales_by_realised_volatility():
    # closes alternate 100, 102: log returns +-0.0198 each day
    closes = [100.0 if k % 2 == 0 else 102.0 for k in range(30)]
    rows = [(c, c, c, c) for c in closes]
    sizing = Sizing(SizeMode.VOL_TARGET, 20.0, vol_window=10, vol_max_leverage=5.0)

    class EntryAt20(Strategy):
        id = "entry_at_20"

        def signals(self, data):
            entry = np.zeros(len(data), dtype=bool)
            entry[20] = True
            return Signals(entry_long=entry)

    r = run_backtest(EntryAt20, {}, candles_from_rows(rows, bar_ms=86_400_000),
                     BacktestConfig(cash=1000, taker_fee_bps=0, maker_fee_bps=0, sizing=sizing))
    log_returns = np.diff(np.log(closes))[11:21]  # the 10 returns ending at bar 20
    annual_vol = log_returns.std(ddof=1) * np.sqrt(365)
    fill_price = closes[21]
    expected = 1000 * min(0.20 / annual_vol, 5.0) / fill_price
    assert r.trades.size[0] == pytest.approx(expected)
    assert expected < 1000 / fill_price  # a volatile series gets less than all-in


def test_fractional_kelly_uses_the_track_record():
    # trade 1 wins, trade 2 loses, trade 3 is sized by 0.5 x Kelly of those two
    rows = ([(100, 100, 100, 100)] * 2 + [(130, 130, 130, 130)] * 2
            + [(100, 100, 100, 100)] * 2 + [(90, 90, 90, 90)] * 2 + [(100, 100, 100, 100)] * 3)

    class ThreeTrades(Strategy):
        id = "three"

        def signals(self, data):
            n = len(data)
            entry, exit_ = np.zeros(n, bool), np.zeros(n, bool)
            entry[[0, 4, 8]] = True
            exit_[[2, 6]] = True
            return Signals(entry_long=entry, exit_long=exit_)

    sizing = Sizing(SizeMode.KELLY, 0.5, kelly_min_trades=2, kelly_default_pct=10.0)
    r = run_backtest(ThreeTrades, {}, candles_from_rows(rows),
                     BacktestConfig(cash=1000, taker_fee_bps=0, maker_fee_bps=0, sizing=sizing))
    sizes, pnl = r.trades.size, r.trades.pnl
    assert sizes[0] == pytest.approx(1.0)  # default 10 % of 1000 at 100
    assert pnl[0] == pytest.approx(30.0)
    assert sizes[1] == pytest.approx(0.10 * 1030 / 100)  # still the default: 1 trade < 2
    win_rate, payoff = 0.5, 30.0 / -pnl[1]
    kelly = win_rate - (1 - win_rate) / payoff
    equity = 1000 + pnl[0] + pnl[1]
    assert sizes[2] == pytest.approx(equity * 0.5 * kelly / 100)
