"""The one-symbol bar loop's shortcuts (a bar whose only intent is a plain market entry or a
close sets its flags directly; trade records grow with the entries) give the fills of the
vectorised twin, longs and shorts, with and without shorting allowed."""

from __future__ import annotations

import numpy as np
import pytest
from backtest_bars import candles_from_rows

from desktop.backtest import BacktestConfig, run_backtest
from strategies.base import Signals, Strategy


def _random_bars(n: int):
    rng = np.random.default_rng(11)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0.0, 0.01, n)))
    open_ = np.concatenate(([100.0], close[:-1]))
    high = np.maximum(open_, close) * 1.002
    low = np.minimum(open_, close) * 0.998
    return candles_from_rows(list(zip(open_, high, low, close, strict=True)))


def _plan(n: int) -> np.ndarray:
    """What to do at each bar: 0 nothing, 1 buy, 2 sell, 3 close (mostly every bar acts,
    so the loop books far more trades than its first guess of records)."""
    return np.random.default_rng(3).choice(4, size=n, p=[0.1, 0.35, 0.35, 0.2])


class PlainOnBar(Strategy):
    id = "plain_on_bar"

    def on_bar(self, i):
        action = self.plan[i]
        if action == 1:
            self.buy()
        elif action == 2:
            self.sell()
        elif action == 3 and self.position:
            self.close()


class PlainVector(Strategy):
    id = "plain_vector"

    def signals(self, data):
        plan = self.plan[: len(data)]
        close = plan == 3
        return Signals(entry_long=plan == 1, entry_short=plan == 2, exit_long=close,
                       exit_short=close)


@pytest.mark.parametrize("allow_short", [True, False])
def test_plain_market_intents_fill_as_the_vectorised_twin(allow_short):
    n = 1200
    candles = _random_bars(n)
    PlainOnBar.plan = PlainVector.plan = _plan(n)
    config = BacktestConfig(cash=1000.0, taker_fee_bps=5, allow_short=allow_short)
    by_bar = run_backtest(PlainOnBar, {}, candles, config)
    vector = run_backtest(PlainVector, {}, candles, config)
    if allow_short:  # reversals every few bars: past the loop's first guess of records
        assert len(by_bar.trades) > n // 8
    assert (set(by_bar.trades.side.tolist()) == {1, -1}) is allow_short
    for name in ("entry_time", "exit_time", "entry_price", "exit_price", "size", "pnl"):
        np.testing.assert_array_equal(getattr(by_bar.trades, name),
                                      getattr(vector.trades, name))
    assert list(by_bar.trades.exit_reason) == list(vector.trades.exit_reason)
    np.testing.assert_array_equal(by_bar.equity, vector.equity)
