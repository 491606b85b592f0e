"""Parameter sweeps as a user sees them: which sets run, how they rank, what is skipped and why."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import numpy as np
import pytest

from desktop.backtest import BacktestConfig, run_backtest
from desktop.backtest.executors import LocalPoolExecutor, SerialExecutor
from desktop.backtest.optimize import (
    INVALID,
    OK,
    REJECTED,
    Constraints,
    heatmap,
    metric_names,
    optimize,
)
from desktop.backtest.search_space import SearchSpace, parse_grid_spec
from desktop.backtest.strategy_catalog import load_strategy_file
from strategies.base import ParameterError
from strategies.builtin import DonchianBreakout, SmaCross

SMALL = {"fast": "5:20:5", "slow": "10:40:10"}  # 16 sets, 3 of them fast >= slow


# --- the search space ------------------------------------------------------------------


def test_declared_ranges_are_the_default_space():
    space = SearchSpace.of(DonchianBreakout)
    assert space.names == ["entry_period", "exit_period", "atr_period", "atr_stop", "shorts"]
    assert space.axis("entry_period").values[:3] == (5, 10, 15)
    assert space.axis("entry_period").values[-1] == 200
    assert space.axis("atr_stop").values[:3] == (0.5, 1.0, 1.5)
    assert space.axis("shorts").values == (False, True)
    assert space.size == math.prod(len(a.values) for a in space.axes)


def test_user_narrows_ranges_lists_values_and_fixes_others():
    space = SearchSpace.of(DonchianBreakout, {
        **parse_grid_spec("entry_period=20:40:10,atr_stop=1:2:0.25,shorts=false"),
        "exit_period": [5, 10], "atr_period": 14,
    })
    assert space.axis("entry_period").values == (20, 30, 40)
    assert space.axis("atr_stop").values == (1.0, 1.25, 1.5, 1.75, 2.0)
    assert space.axis("shorts").values == (False,)
    assert space.axis("atr_period").fixed
    assert space.size == 3 * 2 * 1 * 5 * 1
    combos = list(space.grid())
    assert combos[0] == {"entry_period": 20, "exit_period": 5, "atr_period": 14,
                         "atr_stop": 1.0, "shorts": False}
    assert len({tuple(c.values()) for c in combos}) == space.size
    # float steps land on the values a user typed, without binary noise
    assert SearchSpace.of(DonchianBreakout, {"atr_stop": "0.5:1:0.1"}).axis(
        "atr_stop").values == (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@pytest.mark.parametrize("spec, message", [
    ({"fastest": "1:5"}, "unknown parameter 'fastest'"),
    ({"fast": "1:5"}, "'fast' must be >= 2"),
    ({"fast": "10:300:10"}, "'fast' must be <= 200"),
    ({"fast": "5:2"}, "hi below lo"),
    ({"fast": "2:5:0"}, "positive step"),
    ({"fast": "2.5"}, "'fast' must be int"),
    ({"fast": "a:b"}, "needs numbers"),
])
def test_bad_ranges_name_the_parameter(spec, message):
    with pytest.raises(ParameterError, match=message):
        SearchSpace.of(SmaCross, spec)


def test_random_sets_are_distinct_seeded_and_inside_the_space():
    space = SearchSpace.of(SmaCross, {"fast": "2:100", "slow": "3:300"})
    a = space.sample(50, seed=3)
    assert a == space.sample(50, seed=3)
    assert a != space.sample(50, seed=4)
    assert len({(p["fast"], p["slow"]) for p in a}) == 50
    assert all(2 <= p["fast"] <= 100 and 3 <= p["slow"] <= 300 for p in a)
    small = SearchSpace.of(SmaCross, SMALL)
    assert small.sample(1000) == list(small.grid())  # asking for more than exist: all of them


# --- a sweep ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sweep(eth_btc_5m):
    return optimize(SmaCross, eth_btc_5m, SearchSpace.of(SmaCross, SMALL), objective="sharpe")


def test_invalid_sets_are_skipped_with_the_strategys_reason(sweep):
    invalid = [r for r in sweep.rows if r.status == INVALID]
    assert sorted((r.params["fast"], r.params["slow"]) for r in invalid) == [
        (10, 10), (15, 10), (20, 10), (20, 20)]
    assert all("must be below slow" in r.reason and not r.metrics for r in invalid)
    assert sweep.total == 16 and sweep.count(OK) == 12


def test_rows_are_ranked_by_the_objective_and_carry_the_backtests_metrics(sweep, eth_btc_5m):
    ranked = sweep.ranked
    sharpes = [r.metrics["sharpe"] for r in ranked]
    assert sharpes == sorted(sharpes, reverse=True)
    assert sweep.best is ranked[0]
    # each row's numbers are exactly a plain backtest's
    direct = run_backtest(SmaCross, ranked[3].params, eth_btc_5m, BacktestConfig())
    assert ranked[3].metrics == direct.metrics
    table = sweep.to_frame()
    assert list(table.columns[:4]) == ["fast", "slow", "status", "reason"]
    assert set(metric_names()) <= set(table.columns)
    assert len(table) == 16 and (table.status.iloc[:12] == OK).all()


def test_drawdown_objective_is_minimised_and_constraints_reject(eth_btc_5m):
    space = SearchSpace.of(SmaCross, SMALL)
    free = optimize(SmaCross, eth_btc_5m, space, objective="max_drawdown")
    dds = [r.metrics["max_drawdown"] for r in free.ranked]
    assert dds == sorted(dds)
    trades = sorted(r.metrics["trades"] for r in free.ranked)
    min_trades = int(trades[len(trades) // 2])
    limit = float(np.median(dds))
    bound = optimize(SmaCross, eth_btc_5m, space, objective="total_return",
                     constraints=Constraints(min_trades=min_trades, max_drawdown=limit))
    for r in bound.ranked:
        assert r.metrics["trades"] >= min_trades and r.metrics["max_drawdown"] <= limit
    rejected = [r for r in bound.rows if r.status == REJECTED]
    assert rejected and len(rejected) + bound.count(OK) == 12
    for r in rejected:
        assert ("fewer than the minimum" in r.reason) == (r.metrics["trades"] < min_trades)
        assert "trades" in r.reason or "exceeds the limit" in r.reason
    assert bound.rows[: bound.count(OK)] == bound.ranked  # rejected rows come after


def test_unknown_objective_is_refused(eth_btc_5m):
    with pytest.raises(ValueError, match="unknown objective 'sharp'"):
        optimize(SmaCross, eth_btc_5m, SearchSpace.of(SmaCross, SMALL), objective="sharp")


def test_heatmap_cells_are_the_best_over_the_other_parameters(eth_btc_5m):
    space = SearchSpace.of(DonchianBreakout, {"entry_period": "10:30:10", "exit_period": "5:15:5",
                                              "atr_stop": "1:2:1", "shorts": "false"})
    result = optimize(DonchianBreakout, eth_btc_5m, space, objective="total_return")
    h = heatmap(result, "entry_period", "exit_period")
    assert h.x_values == [10, 20, 30] and h.y_values == [5, 10, 15]
    assert h.z.shape == (3, 3)
    for j, exit_p in enumerate(h.y_values):
        for i, entry_p in enumerate(h.x_values):
            values = [r.metrics["total_return"] for r in result.ranked
                      if r.params["entry_period"] == entry_p and r.params["exit_period"] == exit_p]
            if values:
                assert h.z[j, i] == max(values)
            else:
                assert math.isnan(h.z[j, i])
    assert math.isnan(h.z[2, 0])  # exit 15 > entry 10: refused by the strategy
    with pytest.raises(KeyError, match="no parameter 'nope'"):
        heatmap(result, "nope", "exit_period")


def test_progress_counts_sets_and_cancel_stops_between_chunks(eth_btc_5m):
    space = SearchSpace.of(SmaCross, {"fast": "5:20:5", "slow": "30:80:10"})  # 24 valid
    seen: list[tuple[int, int]] = []
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 8:
            cancel.set()

    result = optimize(SmaCross, eth_btc_5m, space, chunk_size=4, on_progress=progress,
                      cancel=cancel)
    assert seen == [(0, 24), (4, 24), (8, 24)]
    assert result.cancelled and result.count(OK) == 8
    full_seen: list[tuple[int, int]] = []
    full = optimize(SmaCross, eth_btc_5m, space, chunk_size=5,
                    on_progress=lambda d, t: full_seen.append((d, t)))
    assert not full.cancelled and full_seen[-1] == (24, 24)
    assert [d for d, _ in full_seen] == [0, 5, 10, 15, 20, 24]


USER_STRATEGY = '''
import numpy as np
from strategies.base import Param, Signals, Strategy

class Dip(Strategy):
    id = "dip_user"
    drop = Param(3, low=1, high=20, step=1)
    hold = Param(5, low=1, high=50, step=1)

    def signals(self, data):
        c = data.close
        entry = np.zeros(len(c), dtype=bool)
        entry[self.drop:] = c[self.drop:] < c[:-self.drop] * 0.995
        exit_ = np.roll(entry, self.hold)
        exit_[: self.hold] = False
        return Signals(entry_long=entry, exit_long=exit_)
'''


def test_local_pool_matches_serial_also_for_a_users_strategy_file(eth_btc_5m, tmp_path: Path):
    """Workers are fresh processes: a strategy from the user's folder must reach them too."""
    path = tmp_path / "dip.py"
    path.write_text(USER_STRATEGY)
    entry = load_strategy_file(path)
    assert entry.ok, entry.error
    dip = entry.strategies["dip_user"]
    space = SearchSpace.of(dip, {"drop": "2:6:2", "hold": "3:12:3"})
    candles = eth_btc_5m.slice(0, 3000)
    serial = optimize(dip, candles, space, objective="total_return", executor=SerialExecutor())
    with LocalPoolExecutor(2) as pool:
        pooled = optimize(dip, candles, space, objective="total_return", executor=pool,
                          chunk_size=3)
    assert serial.count(OK) == 12
    assert pooled.records() == serial.records()


CRASHING_STRATEGY = '''
import os
import numpy as np
from strategies.base import Param, Signals, Strategy

class Crash(Strategy):
    id = "crash_user"
    n = Param(2, low=1, high=9)

    def signals(self, data):
        if self.n == 3:
            os._exit(3)  # a strategy that takes its worker process down with it
        return Signals(entry_long=np.zeros(len(data.close), dtype=bool))
'''


def test_a_worker_killed_by_a_strategy_fails_that_sweep_and_the_next_one_runs(eth_btc_5m,
                                                                               tmp_path):
    from concurrent.futures.process import BrokenProcessPool

    path = tmp_path / "crash.py"
    path.write_text(CRASHING_STRATEGY)
    crash = load_strategy_file(path).strategies["crash_user"]
    candles = eth_btc_5m.slice(0, 500)
    with LocalPoolExecutor(1) as pool:
        with pytest.raises(BrokenProcessPool):
            optimize(crash, candles, SearchSpace.of(crash, {"n": "2:4"}), executor=pool)
        again = optimize(crash, candles, SearchSpace.of(crash, {"n": "5:6"}), executor=pool)
    assert again.count(OK) == 2
