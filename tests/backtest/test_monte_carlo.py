"""Monte Carlo of a backtest's trades: hand-checked paths, seeds, and the real trade order."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.backtest import run_backtest
from desktop.backtest.monte_carlo import monte_carlo, trade_returns
from desktop.backtest.results import Trades
from strategies.builtin import SmaCross


def _trades(pnl: list[float], exit_bars: list[int] | None = None) -> Trades:
    n = len(pnl)
    bars = np.array(exit_bars if exit_bars is not None else range(1, n + 1), dtype=np.int64)
    f = np.zeros(n)
    return Trades(np.array(["X"] * n, dtype=object), np.ones(n, np.int8), bars - 1, bars - 1,
                  f, bars, bars, f, f, np.array(pnl, dtype=float), f,
                  np.array(["signal"] * n, dtype=object))


def test_trade_returns_are_on_the_equity_before_each_trade_in_exit_order():
    # exits out of order: the trade that closed first (bar 1) is measured on the cash
    t = _trades([-50.0, 100.0], exit_bars=[5, 1])
    assert trade_returns(t, 1000.0).tolist() == [0.1, -50.0 / 1100.0]


def test_identical_trades_give_one_outcome():
    equal = _trades([10.0, 11.0, 12.1])  # +10 % each on a growing account
    mc = monte_carlo(equal, runs=300, seed=2, cash=100.0)
    assert mc.total_return.p5 == pytest.approx(1.1**3 - 1, rel=1e-12)
    assert mc.total_return.p95 == pytest.approx(1.1**3 - 1, rel=1e-12)
    assert mc.max_drawdown.p95 == 0.0 and mc.loss_probability == 0.0


def test_two_trade_bootstrap_matches_hand_computation():
    # returns +50 % and -50 % on 100: each run is one of four paths, equally likely
    mc = monte_carlo(_trades([50.0, -75.0]), runs=4000, seed=7, cash=100.0)
    outcomes = {round(v, 12) for v in mc.total_returns}
    assert outcomes == {1.25, -0.25, -0.75}  # up-up, up-down/down-up, down-down
    assert np.isclose(mc.max_drawdowns[np.isclose(mc.total_returns, 1.25)], 0.0).all()
    assert np.isclose(mc.max_drawdowns[np.isclose(mc.total_returns, -0.75)], 0.75).all()
    share = np.mean(np.isclose(mc.total_returns, -0.25))
    assert 0.45 < share < 0.55  # half the paths mix an up and a down
    assert mc.original_total_return == pytest.approx(-0.25)
    assert mc.original_max_drawdown == pytest.approx(0.5)  # 150 -> 75
    assert mc.total_return.p50 == pytest.approx(-0.25)
    assert mc.loss_probability == pytest.approx(1 - np.mean(np.isclose(mc.total_returns, 1.25)))


def test_seeded_runs_repeat_and_the_real_order_gives_the_backtest(eth_btc_5m):
    result = run_backtest(SmaCross, {"fast": 10, "slow": 30}, eth_btc_5m)
    a = monte_carlo(result, runs=500, seed=11)
    b = monte_carlo(result, runs=500, seed=11)
    c = monte_carlo(result, runs=500, seed=12)
    assert np.array_equal(a.total_returns, b.total_returns)
    assert not np.array_equal(a.total_returns, c.total_returns)
    assert a.trades == len(result.trades) > 50
    assert a.original_total_return == pytest.approx(result.metrics["total_return"], rel=1e-9)
    assert a.original_max_drawdown <= result.metrics["max_drawdown"] + 1e-12
    for d in (a.total_return, a.max_drawdown):
        assert d.p5 <= d.p50 <= d.p95
    assert a.total_return.p5 == pytest.approx(np.percentile(a.total_returns, 5))
    assert (a.max_drawdowns >= 0).all() and (a.max_drawdowns < 1).all()


def test_no_trades_is_a_clear_error():
    with pytest.raises(ValueError, match="at least one closed trade"):
        monte_carlo(_trades([]), runs=10, cash=100.0)
