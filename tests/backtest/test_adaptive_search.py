"""Bayesian (TPE) and genetic search find the grid's optimum of a known surface with far
fewer backtests, through the same evaluation path (constraints, windows, executors)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.backtest import BacktestConfig
from desktop.backtest.adaptive_search import GeneticSearcher, TpeSearcher
from desktop.backtest.optimize import INVALID, OK, Constraints, optimize, optimize_windows
from desktop.backtest.search_space import SearchSpace
from desktop.core.candles import Candles
from strategies.base import CandleData, Param, ParameterError, Signals, Strategy

N = 460


class BuyLowSellHigh(Strategy):
    """Long from bar `entry` to bar `exit`: on the tent-shaped prices below, its total return
    is a known surface with one peak (buy at the low, bar 100; sell at the top, bar 300)."""

    id = "buy_low_sell_high"
    entry = Param(0, low=0, high=200, step=10)
    exit = Param(200, low=200, high=400, step=10)

    def validate(self) -> None:
        if self.entry == 130:  # one column the strategy refuses, as real strategies do
            raise ParameterError("entry 130 is refused")

    def signals(self, data: CandleData) -> Signals:
        bar = np.arange(len(data))
        return Signals(entry_long=bar == self.entry, exit_long=bar == self.exit)


def tent() -> Candles:
    t = np.arange(N, dtype=np.float64)
    close = np.where(t < 100, 100 - 0.2 * t, np.where(t < 300, 80 + 0.3 * (t - 100),
                                                       140 - 0.25 * (t - 300)))
    open_ = np.concatenate([[close[0]], close[:-1]])
    ts = 1_700_000_000_000 + 60_000 * np.arange(N, dtype=np.int64)
    return Candles.from_arrays(ts, open_, np.maximum(open_, close), np.minimum(open_, close),
                               close, np.ones(N))


CONFIG = BacktestConfig(taker_fee_bps=0, maker_fee_bps=0)


@pytest.fixture(scope="module")
def grid_best():
    result = optimize(BuyLowSellHigh, tent(), objective="total_return", config=CONFIG)
    assert result.total == 21 * 21
    return result


@pytest.mark.parametrize(("method", "budget"), [("bayes", 60), ("genetic", 90)])
def test_adaptive_search_reaches_the_grid_optimum_in_far_fewer_backtests(method, budget,
                                                                        grid_best):
    best = grid_best.best
    assert best.params == {"entry": 100, "exit": 300}
    result = optimize(BuyLowSellHigh, tent(), random=budget, method=method, seed=1,
                      objective="total_return", config=CONFIG)
    assert result.total <= budget <= grid_best.total / 4
    assert len({tuple(r.params.values()) for r in result.rows}) == len(result.rows)
    assert result.best.params == best.params
    assert result.best.value("total_return") == pytest.approx(best.value("total_return"))
    # Refused sets are rows with their reason, as in a grid sweep.
    assert all(r.params["entry"] == 130 for r in result.rows if r.status == INVALID)


@pytest.mark.parametrize("method", ["bayes", "genetic"])
def test_the_same_seed_searches_the_same_sets(method):
    runs = [optimize(BuyLowSellHigh, tent(), random=20, method=method, seed=5,
                     objective="total_return", config=CONFIG) for _ in range(2)]
    assert [r.params for r in runs[0].rows] == [r.params for r in runs[1].rows]


def test_constraints_windows_and_progress_go_through_the_shared_path():
    seen = []
    results = optimize_windows(
        BuyLowSellHigh, tent(), [(0, N), (0, 350)], random=30, method="bayes", seed=2,
        objective="total_return", config=CONFIG, constraints=Constraints(min_trades=1),
        on_progress=lambda done, total: seen.append((done, total)))
    assert len(results) == 2 and all(r.total == 30 for r in results)
    assert seen[0] == (0, 60) and seen[-1] == (60, 60)
    for result in results:
        # A set whose exit lies beyond the window's end still trades (closed at the end);
        # one that never enters makes no trade and is rejected by the constraint.
        assert all(r.metrics["trades"] >= 1 for r in result.rows if r.status == OK)


def test_searchers_only_propose_positions_on_the_axes():
    space = SearchSpace.of(BuyLowSellHigh, {"exit": "250:300:10"})
    for searcher in (TpeSearcher(space, 0), GeneticSearcher(space, 0)):
        positions = searcher.ask(8)
        assert all(0 <= e < 21 and 0 <= x < 6 for e, x in positions)
        searcher.tell({p: float(sum(p)) for p in positions})
        assert len(searcher.ask(4)) == 4


def test_an_unknown_method_or_a_missing_budget_is_refused():
    with pytest.raises(ValueError, match="unknown search method"):
        optimize(BuyLowSellHigh, tent(), method="annealing", random=5)
    with pytest.raises(ValueError, match="positive number of sets"):
        optimize(BuyLowSellHigh, tent(), method="bayes")
