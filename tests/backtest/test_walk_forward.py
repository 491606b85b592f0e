"""Walk-forward: windows, the in-sample winner traded out of sample, one continuous account."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.backtest import BacktestConfig, run_backtest
from desktop.backtest.optimize import Constraints, optimize
from desktop.backtest.search_space import SearchSpace
from desktop.backtest.walk_forward import Window, make_windows, stitched_windows, walk_forward
from strategies.builtin import SmaCross

SPACE = {"fast": "5:20:5", "slow": "20:60:20"}


def test_rolling_and_anchored_windows():
    assert make_windows(1000, 400, 250) == [
        Window(0, 400, 400, 650), Window(250, 650, 650, 900), Window(500, 900, 900, 1000)]
    assert make_windows(1000, 400, 250, anchored=True) == [
        Window(0, 400, 400, 650), Window(0, 650, 650, 900), Window(0, 900, 900, 1000)]
    assert make_windows(901, 400, 250)[-1] == Window(250, 650, 650, 900)  # 1 bar left: dropped
    with pytest.raises(ValueError, match="the data has 300"):
        make_windows(300, 400, 100)


@pytest.mark.parametrize("anchored", [False, True])
def test_winners_trade_out_of_sample_on_one_continuous_account(eth_btc_5m, anchored):
    space = SearchSpace.of(SmaCross, SPACE)
    config = BacktestConfig(cash=1_000.0, taker_fee_bps=5)
    constraints = Constraints(min_trades=5)
    wf = walk_forward(SmaCross, eth_btc_5m, 1800, 1200, space, anchored=anchored,
                      objective="total_return", constraints=constraints, config=config)
    assert len(wf.windows) == 4 and not wf.cancelled
    assert len(wf.equity) == len(wf.ts) == len(eth_btc_5m) - 1800
    assert np.array_equal(wf.ts, eth_btc_5m.ts[1800:])
    capital = config.cash
    for w, (a, b) in zip(wf.windows, stitched_windows(wf), strict=True):
        win = w.window
        # the chosen set is the in-sample winner of that window alone
        alone = optimize(SmaCross, eth_btc_5m.slice(win.in_start, win.in_stop), space,
                         objective="total_return", constraints=constraints, config=config)
        assert w.params == alone.best.params
        assert w.in_sample == alone.best.metrics
        # ... traded on the next window with the capital the previous window ended with
        assert w.start_equity == capital
        oos = run_backtest(SmaCross, w.params, eth_btc_5m.slice(win.out_start, win.out_stop),
                           BacktestConfig(cash=capital, taker_fee_bps=5))
        assert w.out_of_sample == oos.metrics
        assert np.array_equal(wf.equity[a:b], oos.equity)
        capital = w.end_equity
        assert capital == oos.equity[-1]
    assert wf.equity[-1] == capital
    assert wf.metrics["total_return"] == pytest.approx(capital / config.cash - 1, rel=1e-12)
    assert wf.metrics["trades"] == len(wf.trades) == sum(
        w.out_of_sample["trades"] for w in wf.windows)
    assert np.all(wf.ts[wf.trades.exit_bar] == wf.trades.exit_time)


def test_window_without_an_acceptable_set_stays_flat(eth_btc_5m):
    space = SearchSpace.of(SmaCross, SPACE)
    wf = walk_forward(SmaCross, eth_btc_5m, 1500, 1500, space,
                      constraints=Constraints(min_trades=10_000))
    assert all(w.params is None and w.ranked_sets == 0 for w in wf.windows)
    assert "no parameter set met the constraints" in wf.windows[0].reason
    assert np.all(wf.equity == 10_000.0) and len(wf.trades) == 0
