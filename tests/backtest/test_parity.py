"""Our engine against backtesting.py on the SMA crossover: same trades, trade for trade.

Both sides use the same rules: long only, enter at the next open (or, in the close-fill
variant, at the signal bar's close: backtesting.py's trade_on_close) after the fast SMA
crosses above the slow one (backtesting.py's `crossover`), close at the next open after it
crosses below, commission on entry and exit, a fixed fraction of equity floored to whole
units (backtesting.py's relative size). backtesting.py leaves the last trade open
(finalize_trades=False); ours closes it at the end with reason 'end', so that one is
compared by its entry only.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from desktop.backtest import BacktestConfig, FillMode, SizeMode, Sizing, run_backtest
from desktop.core import Candles
from strategies.base import Signals, Strategy
from strategies.builtin import SmaCross
from strategies.indicators import crossover as crossover_ours
from strategies.indicators import sma

backtesting = pytest.importorskip("backtesting")
from backtesting import Backtest  # noqa: E402
from backtesting import Strategy as BtStrategy  # noqa: E402
from backtesting.lib import FractionalBacktest, crossover  # noqa: E402

FRACTION = 0.95
COMMISSION = 0.002


class BtSmaCross(BtStrategy):
    fast = 10
    slow = 20

    def init(self):
        self.fast_ma = self.I(sma, self.data.Close, self.fast)
        self.slow_ma = self.I(sma, self.data.Close, self.slow)

    def next(self):
        if crossover(self.fast_ma, self.slow_ma) and not self.position:
            self.buy(size=FRACTION)
        elif crossover(self.slow_ma, self.fast_ma) and self.position:
            self.position.close()


def _frame(c: Candles) -> pd.DataFrame:
    index = pd.to_datetime(c.ts, unit="ms")
    return pd.DataFrame(
        {"Open": c.open, "High": c.high, "Low": c.low, "Close": c.close, "Volume": c.volume},
        index=index,
    )


def _ms(values: pd.Series) -> np.ndarray:
    return np.array([pd.Timestamp(v).value // 1_000_000 for v in values], dtype=np.int64)


def _compare(c: Candles, cash: float, fast: int, slow: int, fractional_unit: float | None,
             on_close: bool = False):
    df = _frame(c)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if fractional_unit is None:
            bt = Backtest(df, BtSmaCross, cash=cash, commission=COMMISSION,
                          trade_on_close=on_close)
        else:
            bt = FractionalBacktest(df, BtSmaCross, cash=cash, commission=COMMISSION,
                                    fractional_unit=fractional_unit, trade_on_close=on_close)
        stats = bt.run(fast=fast, slow=slow)
    ref = stats._trades
    still_open = stats._strategy.trades

    config = BacktestConfig(
        cash=cash,
        taker_fee_bps=COMMISSION * 1e4,
        maker_fee_bps=COMMISSION * 1e4,
        sizing=Sizing(SizeMode.PCT, FRACTION * 100),
        lot_step=fractional_unit or 1.0,
        fill=FillMode.CLOSE if on_close else FillMode.NEXT_OPEN,
    )
    ours = run_backtest(SmaCross, {"fast": fast, "slow": slow}, c, config).trades
    closed = ours.exit_reason != "end"
    assert len(ref) > 10, "the reference run must trade for the comparison to mean anything"
    assert int(closed.sum()) == len(ref)
    np.testing.assert_array_equal(ours.entry_time[closed], _ms(ref.EntryTime))
    np.testing.assert_array_equal(ours.exit_time[closed], _ms(ref.ExitTime))
    np.testing.assert_allclose(ours.entry_price[closed], ref.EntryPrice.to_numpy(), rtol=1e-12)
    np.testing.assert_allclose(ours.exit_price[closed], ref.ExitPrice.to_numpy(), rtol=1e-12)
    np.testing.assert_allclose(ours.size[closed], ref.Size.to_numpy(), rtol=1e-9)
    np.testing.assert_allclose(ours.pnl[closed], ref.PnL.to_numpy(), rtol=1e-7)
    # The trade backtesting.py leaves open is the one we close at the end.
    assert len(still_open) == int((~closed).sum())
    if len(still_open):
        assert ours.entry_time[~closed][0] == pd.Timestamp(still_open[0].entry_time).value // 10**6
        assert ours.entry_price[~closed][0] == pytest.approx(still_open[0].entry_price, rel=1e-12)


def _goog() -> Candles:
    from backtesting.test import GOOG

    ts = GOOG.index.as_unit("ms").asi8
    return Candles.from_arrays(ts, GOOG.Open, GOOG.High, GOOG.Low, GOOG.Close, GOOG.Volume)


def test_sma_cross_matches_backtesting_py_on_goog():
    _compare(_goog(), cash=10_000, fast=10, slow=20, fractional_unit=None)


def test_sma_cross_matches_backtesting_py_on_eth_btc(eth_btc_5m):
    _compare(eth_btc_5m, cash=10.0, fast=10, slow=30, fractional_unit=None)


def test_sma_cross_matches_fractional_backtest_on_eth_btc(eth_btc_5m):
    # BTC-priced candles and a small account: only fractional units can trade at all.
    _compare(eth_btc_5m, cash=0.5, fast=12, slow=26, fractional_unit=1e-6)


def test_close_fills_match_backtesting_py_trade_on_close(eth_btc_5m):
    _compare(eth_btc_5m, cash=10.0, fast=10, slow=30, fractional_unit=None, on_close=True)


class BtSmaCrossBracket(BtStrategy):
    """BtSmaCross with a 1 % stop-loss and a 2 % take-profit set from the signal's close."""

    def init(self):
        self.fast_ma = self.I(sma, self.data.Close, 10)
        self.slow_ma = self.I(sma, self.data.Close, 30)

    def next(self):
        close = self.data.Close[-1]
        if crossover(self.fast_ma, self.slow_ma) and not self.position:
            self.buy(size=FRACTION, sl=close * 0.99, tp=close * 1.02)
        elif crossover(self.slow_ma, self.fast_ma) and self.position:
            self.position.close()


class SmaCrossBracket(Strategy):
    id = "sma_cross_bracket"

    def signals(self, data):
        fast, slow = sma(data.close, 10), sma(data.close, 30)
        up = crossover_ours(fast, slow)
        return Signals(entry_long=up, exit_long=crossover_ours(slow, fast),
                       stop_loss=np.where(up, data.close * 0.99, np.nan),
                       take_profit=np.where(up, data.close * 1.02, np.nan))


def test_stop_loss_and_take_profit_exits_match_backtesting_py(eth_btc_5m):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stats = Backtest(_frame(eth_btc_5m), BtSmaCrossBracket, cash=10.0,
                         commission=COMMISSION).run()
    ref = stats._trades
    config = BacktestConfig(cash=10.0, taker_fee_bps=COMMISSION * 1e4,
                            maker_fee_bps=COMMISSION * 1e4,
                            sizing=Sizing(SizeMode.PCT, FRACTION * 100), lot_step=1.0)
    ours = run_backtest(SmaCrossBracket, {}, eth_btc_5m, config).trades
    closed = ours.exit_reason != "end"
    assert {"stop_loss", "take_profit", "signal"} <= set(ours.exit_reason[closed])
    assert int(closed.sum()) == len(ref) > 10
    np.testing.assert_array_equal(ours.entry_time[closed], _ms(ref.EntryTime))
    np.testing.assert_array_equal(ours.exit_time[closed], _ms(ref.ExitTime))
    np.testing.assert_allclose(ours.exit_price[closed], ref.ExitPrice.to_numpy(), rtol=1e-12)
    np.testing.assert_allclose(ours.pnl[closed], ref.PnL.to_numpy(), rtol=1e-7)
