"""The backtest dock's Optimise view through the whole app: a sweep in the engine's worker
process ranks the same sets as a direct `optimize` call; the heatmap shows the table's
values; "Run this set" backtests a row; cancel stops a sweep with the UI responsive; the
walk-forward and Monte Carlo results match direct calls."""

from __future__ import annotations

import math
import os
import time

import numpy as np
import psutil
import pytest
from PySide6.QtCore import Qt

from desktop.backtest.config import BacktestConfig
from desktop.backtest.monte_carlo import monte_carlo
from desktop.backtest.optimize import Constraints, heatmap, optimize
from desktop.backtest.search_space import SearchSpace
from desktop.backtest.walk_forward import walk_forward
from desktop.data.resample import resample
from strategies.builtin import BUILTIN
from widgets.backtest.formatting import format_metric, metric_label
from widgets.backtest.optimize_tables import SORT_ROLE, format_value, status_label

SLOW = '''
import os
import time
from pathlib import Path
from strategies.base import Param, Strategy

class Slow(Strategy):
    """Slow on purpose: long enough to cancel; notes which process computes it."""
    id = "slow"
    delay_ms = Param(50, low=0, high=1000, step=1)
    def on_bar(self, i):
        if i == 0:
            Path(__file__).with_name(f"computed-in-{os.getpid()}").touch()
        time.sleep(self.delay_ms / 1000)
'''
HOUR = 3_600_000
SMA = BUILTIN["sma_cross"]
RANGES = {"fast": "4:10:2", "slow": "8:20:4"}  # fast >= slow makes a few sets invalid


@pytest.fixture
def folders(runtime, tmp_path):
    strategies = tmp_path / "strategies"
    strategies.mkdir()
    (strategies / "slow.py").write_text(SLOW)
    jobs = runtime.engine.backtests
    jobs.runs_dir = tmp_path / "runs"
    jobs.strategies_dir = strategies
    return jobs


def computing(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def open_view(window, aio, strategy: str, symbol: str, timeframe: str = "15m"):
    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    setup = panel.setup
    setup.strategy.setCurrentIndex(setup.strategy.findData(strategy))
    setup.check_symbols([symbol])
    setup.timeframe.setCurrentIndex(setup.timeframe.findData(timeframe))
    return panel, panel.show_optimise()


def fixed_bars(panel, runtime, aio, symbol: str, timeframe: str = "15m"):
    """Closed candles only, aligned to the hour; the same bars the engine will use."""
    candles = aio.run(runtime.client.history("demo", symbol))
    start = int(candles.ts[0]) // HOUR * HOUR + HOUR
    end = int(candles.ts[-1]) // HOUR * HOUR - HOUR
    panel.setup.whole.setChecked(False)
    panel.setup.set_range(start, end)
    i0, i1 = np.searchsorted(candles.ts, [start, end])
    return resample(candles.slice(int(i0), int(i1)), timeframe)


def sweep_ranges(view) -> None:
    view.form.set_range("fast", 4, 10, 2)
    view.form.set_range("slow", 8, 20, 4)


def optimise_and_wait(view, qtbot, timeout_ms: int = 60_000) -> None:
    before = view.result
    view.run()
    assert view.running, view.error.text()
    qtbot.waitUntil(lambda: not view.running, timeout=timeout_ms)
    assert view.error.text() == "", view.error.text()
    qtbot.waitUntil(lambda: view.result is not before, timeout=10_000)


def test_sweep_matches_direct_optimize_heatmap_and_run_this_set(
    qtbot, window, runtime, folders, aio
):
    panel, view = open_view(window, aio, "sma_cross", "ETH/USDT", "5m")
    bars = fixed_bars(panel, runtime, aio, "ETH/USDT", "5m")
    assert view.form.names() == ["fast", "slow"]
    assert view.form.row("fast").lo.value() == 2 and view.form.row("fast").hi.value() == 200
    sweep_ranges(view)
    assert "16" in view.form.count_label.text()  # 4 x 4 sets
    view.form.min_trades.setValue(2)
    view.form.objective.setCurrentIndex(view.form.objective.findData("total_return"))
    optimise_and_wait(view, qtbot)

    direct = optimize(SMA, bars, SearchSpace.of(SMA, RANGES), objective="total_return",
                      constraints=Constraints(min_trades=2), config=BacktestConfig(),
                      symbol="ETH/USDT")
    result = view.result
    assert result.best is not None and result.best.params == direct.best.params
    assert {r.status for r in direct.rows} >= {"ok", "invalid"}

    # The table, in the engine's ranking order: same sets, statuses and values.
    model, proxy, table = view.sets_model, view.sets_proxy, view.table
    assert proxy.rowCount() == len(direct.rows) == 16
    fast_col, slow_col = model.column_of("param:fast"), model.column_of("param:slow")
    status_col, objective_col = model.column_of("status"), model.column_of("total_return")
    reason_col = model.column_of("reason")
    assert objective_col == 4  # the objective comes right after the parameters and status
    for r, row in enumerate(direct.rows):
        shown = [proxy.index(r, c).data() for c in (fast_col, slow_col, objective_col)]
        expected_value = format_metric("total_return", row.metrics["total_return"]) \
            if row.metrics else ""
        assert shown == [str(row.params["fast"]), str(row.params["slow"]), expected_value]
        assert proxy.index(r, status_col).data() == status_label(row.status)
        greyed = proxy.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert (greyed is not None) == (row.status != "ok")
        if row.status == "invalid":
            assert "below" in proxy.index(r, reason_col).data()  # the strategy's own words
        if row.status == "ok":
            assert proxy.index(r, reason_col).data() == ""
    assert proxy.headerData(objective_col, Qt.Orientation.Horizontal) == \
        metric_label("total_return")
    # Sortable: by fast, ascending.
    table.sortByColumn(fast_col, Qt.SortOrder.AscendingOrder)
    fasts = [proxy.index(r, fast_col).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert fasts == sorted(fasts)

    # The heatmap's cells are the table's objective values (one set per cell here).
    hm = view.heatmap
    view.tabs.setCurrentWidget(hm)
    assert hm.axes() == ("fast", "slow")
    z = hm.cells()
    assert z.shape == (4, 4)
    checked = 0
    for r in range(model.rowCount()):
        row = model.row(r)
        i, j = hm.x_values.index(row.params["fast"]), hm.y_values.index(row.params["slow"])
        if row.status == "ok":
            assert z[j, i] == pytest.approx(model.objective_value(r), rel=1e-12)
            checked += 1
        else:
            assert math.isnan(z[j, i])
    assert checked == sum(1 for r in direct.rows if r.status == "ok")
    np.testing.assert_allclose(z, heatmap(direct, "fast", "slow").z, rtol=1e-12)
    assert hm.hover.text() and hm.image.isVisible() and hm.bar.isVisible()
    ticks = hm.plot.getAxis("bottom")._tickLevels[0]
    assert [t for _x, t in ticks] == [format_value(v) for v in hm.x_values]
    assert "fast = 4" in hm.cell_text(0, 1)
    hm.set_axes("slow", "fast")
    assert hm.cells().shape == (4, 4)
    np.testing.assert_allclose(hm.cells(), z.T, rtol=1e-12)

    # "Run this set": the second ranked set goes to the form and runs as a backtest.
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    second = direct.ranked[1].params
    table.selectRow(1)
    assert view.run_set_button.isEnabled()
    before = panel.results.run
    view.run_set_button.click()
    assert panel.setup.params.values() == second
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    qtbot.waitUntil(lambda: panel.results.run is not before, timeout=10_000)
    assert panel.results.run.summary.params == second
    assert panel.tabs.currentWidget() is panel.results


def test_cancel_stops_a_sweep_then_walk_forward_and_monte_carlo_appear(
    qtbot, window, runtime, folders, aio
):
    jobs = runtime.engine.backtests
    panel, view = open_view(window, aio, "slow", "BTC/USDT", "1m")
    view.form.set_range("delay_ms", 40, 60, 10)  # 3 sets x 2880 bars x 50 ms: minutes
    view.run()
    marks = folders.strategies_dir
    qtbot.waitUntil(lambda: bool(jobs.optimise.active()) and any(marks.glob("computed-in-*")),
                    timeout=60_000)
    worker = [psutil.Process(int(p.name.rsplit("-", 1)[1])) for p in marks.glob("computed-in-*")]
    assert worker and all(p.pid != os.getpid() for p in worker)
    aio.sleep(1.0)
    assert view.running and view.cancel_button.isEnabled()
    t0 = time.perf_counter()
    view.cancel()
    assert not view.running and view.optimise_button.isEnabled()
    assert view.status.text() == "Canceled" and not view.cancel_button.isEnabled()
    aio.sleep(0.1)  # the UI loop turns freely
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: jobs.optimise.active() == [], timeout=3000)
    qtbot.waitUntil(lambda: not any(computing(p) for p in worker), timeout=5000)
    assert view.result is None

    # A sweep with walk-forward and Monte Carlo, on a fresh worker.
    setup = panel.setup
    setup.strategy.setCurrentIndex(setup.strategy.findData("sma_cross"))
    setup.check_symbols(["ETH/USDT"])
    setup.timeframe.setCurrentIndex(setup.timeframe.findData("5m"))
    bars = fixed_bars(panel, runtime, aio, "ETH/USDT", "5m")
    sweep_ranges(view)
    view.form.walk_forward.setChecked(True)
    view.form.in_bars.setValue(150)
    view.form.out_bars.setValue(100)
    view.form.monte_carlo.setChecked(True)
    view.form.mc_runs.setValue(300)
    view.form.seed.setValue(7)
    optimise_and_wait(view, qtbot)

    space = SearchSpace.of(SMA, RANGES)
    wf = walk_forward(SMA, bars, 150, 100, space, objective="sharpe", seed=7,
                      config=BacktestConfig(), symbol="ETH/USDT")
    wf_model = view.walk_forward.model
    assert wf_model.rowCount() == len(wf.windows) >= 3
    for k, w in enumerate(wf.windows):
        assert wf_model.index(k, 4).data() == (
            ", ".join(f"{n}={v}" for n, v in w.params.items()) if w.params else w.reason
        )
        assert wf_model.index(k, 8).data() == format_metric(
            "total_return", w.out_of_sample.get("total_return"))
    curve = view.walk_forward.plot.curves[0]
    np.testing.assert_allclose(curve.yData, wf.equity, rtol=1e-12)
    assert "windows" in view.walk_forward.title.text()

    if len(wf.trades) == 0:  # the demo market is live: a quiet spell may make no trades
        assert "no trades" in view.monte_carlo.title.text()
        return
    mc = monte_carlo(wf.trades, 300, 7, cash=BacktestConfig().cash)
    shown = view.monte_carlo.percentiles()
    for key, dist in (("total_return", mc.total_return), ("max_drawdown", mc.max_drawdown)):
        assert shown[metric_label(key)] == tuple(
            format_metric(key, v) for v in (dist.p5, dist.p50, dist.p95))
    assert view.monte_carlo.returns.isVisibleTo(view.monte_carlo)
    assert len(view.monte_carlo.returns.items) == 4  # the bars and three percentile lines

    if os.environ.get("PREGAO_SCREENSHOT_DIR"):
        dock = panel.parentWidget()
        dock.setFloating(True)
        dock.resize(1500, 900)
        for page, name in ((view.heatmap, "heatmap"), (view.walk_forward, "walk_forward"),
                           (view.monte_carlo, "monte_carlo"), (view.tabs.widget(0), "sets")):
            view.tabs.setCurrentWidget(page)
            aio.sleep(0.3)
            panel.grab().save(os.path.join(os.environ["PREGAO_SCREENSHOT_DIR"],
                                           f"optimise_{name}.png"))


def test_refused_ranges_are_shown_by_the_field_and_commands_are_registered(
    qtbot, window, folders, aio
):
    _panel, view = open_view(window, aio, "sma_cross", "BTC/USDT")
    view.form.set_range("fast", 300, 400, 10)  # beyond the declared 200
    view.run()
    qtbot.waitUntil(lambda: view.form.row("fast").error.isVisible(), timeout=10_000)
    assert "200" in view.form.row("fast").error.text()
    assert not view.running and view.error.isVisible()
    view.form.set_range("fast", 10, 5, 1)
    assert view.form.row("fast").error.isVisible()  # caught before asking the engine
    for command_id in ("backtest.optimise", "backtest.cancel_optimise", "backtest.run_set"):
        cmd = window.actions.command(command_id)
        assert cmd.shortcut and window.actions.conflicts(cmd.shortcut, exclude=cmd.id) == []
        assert not cmd.action.icon().isNull() and cmd.action.toolTip()


def test_bayesian_search_from_the_method_combo(qtbot, window, folders, aio):
    _panel, view = open_view(window, aio, "sma_cross", "BTC/USDT")
    form = view.form
    methods = [form.method.itemData(i) for i in range(form.method.count())]
    assert methods == ["grid", "random", "bayes", "genetic"]
    form.set_range("fast", 2, 20, 2)
    form.set_range("slow", 10, 60, 5)
    form.method.setCurrentIndex(form.method.findData("bayes"))
    form.random_n.setValue(9)
    assert form.random_n.isVisible() and form.seed.isVisible()
    assert form.values()["method"] == "bayes" and form.values()["random"] == 9
    assert "9 of 110" in view.form.count_label.text()
    optimise_and_wait(view, qtbot)
    assert view.result.total == 9 and len(view.result.rows) == 9
    assert view.result.request.method == "bayes"
