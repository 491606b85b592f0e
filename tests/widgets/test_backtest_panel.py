"""The backtest dock through the whole app: runs in a worker process and shows what a direct
`run_backtest` computes; cancel hands control back at once; the parameter form follows the
declared parameters; stored runs come back in a new window; two runs compare side by side;
a double-clicked trade moves the chart and marks it."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from desktop.backtest.config import BacktestConfig
from desktop.backtest.engine import run_backtest
from desktop.data.resample import resample
from strategies.builtin import BUILTIN
from widgets.backtest.formatting import format_metric, metric_label

SLOW = '''
import time
from strategies.base import Param, Strategy

class Slow(Strategy):
    """Slow on purpose: long enough to cancel."""
    id = "slow"
    delay_ms = Param(50, low=0, high=1000, step=1)
    def on_bar(self, i):
        time.sleep(self.delay_ms / 1000)
'''
BROKEN = "from strategies.base import Strategy\nraise RuntimeError('typo in my strategy')\n"
HOUR = 3_600_000


@pytest.fixture
def folders(runtime, tmp_path):
    strategies = tmp_path / "strategies"
    strategies.mkdir()
    (strategies / "slow.py").write_text(SLOW)
    (strategies / "broken.py").write_text(BROKEN)
    jobs = runtime.engine.backtests
    jobs.runs_dir = tmp_path / "runs"
    jobs.strategies_dir = strategies
    return jobs


def open_panel(window, aio):
    dock = window.docks.open_panel("backtest")
    dock.show()
    panel = dock.widget()
    aio.run(panel.wait_loaded(), 30)
    return panel


def choose(panel, strategy: str, symbols: list[str], timeframe: str = "15m") -> None:
    setup = panel.setup
    setup.strategy.setCurrentIndex(setup.strategy.findData(strategy))
    setup.check_symbols(symbols)
    setup.timeframe.setCurrentIndex(setup.timeframe.findData(timeframe))


def fixed_range(panel, candles) -> tuple[int, int]:
    """Closed candles only (the forming minute keeps changing), aligned to the hour."""
    start = int(candles.ts[0]) // HOUR * HOUR + HOUR
    end = int(candles.ts[-1]) // HOUR * HOUR - HOUR
    panel.setup.whole.setChecked(False)
    panel.setup.set_range(start, end)
    return start, end


def run_and_wait(panel, qtbot, timeout_ms: int = 240_000) -> None:
    before = panel.results.run
    panel.run()
    assert panel.running
    qtbot.waitUntil(lambda: not panel.running, timeout=timeout_ms)
    assert panel.error.text() == "", panel.error.text()
    qtbot.waitUntil(lambda: panel.results.run is not before, timeout=10_000)


def test_run_matches_direct_backtest_then_trade_opens_its_own_chart_and_runs_persist(
    qtbot, make_window, runtime, folders, aio
):
    window = make_window()
    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    panel = open_panel(window, aio)
    choose(panel, "sma_cross", ["ETH/USDT"])
    panel.setup.params.editor("fast").setValue(6)
    panel.setup.params.editor("slow").setValue(15)
    candles = aio.run(runtime.client.history("demo", "ETH/USDT"))
    start, end = fixed_range(panel, candles)
    run_and_wait(panel, qtbot)

    assert runtime.engine.backtests.pool.started  # computed in the worker pool
    i0, i1 = np.searchsorted(candles.ts, [start, end])
    bars = resample(candles.slice(int(i0), int(i1)), "15m")
    direct = run_backtest(BUILTIN["sma_cross"], {"fast": 6, "slow": 15}, bars,
                          BacktestConfig(), "ETH/USDT")  # fmt: skip
    model = panel.results.metrics_model
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    for key, value in direct.metrics.items():
        assert shown[metric_label(key)] == format_metric(key, value), key
    trades = panel.results.trades_model
    assert trades.rowCount() == len(direct.trades) > 0
    for row, trade in enumerate(direct.trades.to_list()):
        assert trades.trade(row)["entry_ms"] == trade.entry_time
        assert trades.trade(row)["pnl"] == pytest.approx(trade.pnl, rel=1e-12)
    assert panel.results.plot.curves and len(panel.results.plot.drawdowns) == 1

    # Double-click the second trade: the backtest's own chart opens at ETH/USDT 15m and marks
    # it; the trader's live chart keeps its symbol, timeframe and markers.
    live = (chart.symbol, chart.chart.timeframe())
    view = panel.results.trades
    panel.tabs.setCurrentWidget(panel.results)
    trade = trades.trade(view.model().mapToSource(view.model().index(1, 0)).row())
    rect = view.visualRect(view.model().index(1, 2))
    # A real double-click is a press, release and a double-click event at the same spot.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.docks.dock("backtest-chart") is not None, timeout=10_000)
    own = window.docks.dock("backtest-chart").widget()
    qtbot.waitUntil(lambda: len(own.chart.markers()) == 2, timeout=10_000)
    assert (own.symbol, own.chart.timeframe()) == ("ETH/USDT", "15m")
    assert (chart.symbol, chart.chart.timeframe()) == live and not chart.chart.markers()
    assert window.ctx.active_chart is chart
    markers = own.chart.markers()
    assert [(t, k) for t, _p, k in markers] == [
        (trade["entry_ms"], "buy"),
        (trade["exit_ms"], "sell"),
    ]
    first, last = own.chart.visible_range()
    shown_ts = own.chart.candles().ts[first:last]
    assert shown_ts[0] <= trade["entry_ms"] and trade["exit_ms"] <= shown_ts[-1]

    # A new window (as after a restart) lists the stored run and opens it.
    run_id = panel.results.run.id
    second = make_window()
    again = open_panel(second, aio)
    assert again.runs.model.ids() == [run_id]
    again.runs.select_ids([run_id])
    again.runs.open_selected()
    qtbot.waitUntil(lambda: again.results.run is not None, timeout=10_000)
    assert again.results.trades_model.rowCount() == len(direct.trades)


def test_two_runs_compare_side_by_side(qtbot, window, folders, aio):
    panel = open_panel(window, aio)
    choose(panel, "sma_cross", ["BTC/USDT", "SOL/USDT"], "5m")
    run_and_wait(panel, qtbot)
    first = panel.results.run
    panel.setup.params.editor("fast").setValue(4)
    panel.setup.sizing.setCurrentIndex(panel.setup.sizing.findData("pct"))
    panel.setup.sizing_value.setValue(50)
    run_and_wait(panel, qtbot)
    second = panel.results.run
    assert second.summary.symbols == ("BTC/USDT", "SOL/USDT")
    qtbot.waitUntil(lambda: len(panel.runs.model.ids()) == 2, timeout=5000)
    panel.runs.select_ids([first.id, second.id])
    assert panel.runs.compare_button.isEnabled()
    panel.runs.compare_button.click()
    qtbot.waitUntil(lambda: len(panel.compare.runs) == 2, timeout=10_000)
    model = panel.compare.metrics_model
    assert model.columnCount() == 4
    a = {r.id for r in panel.compare.runs}
    assert a == {first.id, second.id}
    row = model.keys().index("total_return")
    ra, rb = (r.summary.metrics["total_return"] for r in panel.compare.runs)
    assert model.index(row, 1).data() == format_metric("total_return", ra)
    assert model.index(row, 2).data() == format_metric("total_return", rb)
    assert model.index(row, 3).data() == format_metric("total_return", rb - ra, signed=True)
    assert len(panel.compare.plot.curves) == 2
    assert panel.tabs.currentWidget() is panel.compare


def test_cancel_ends_a_long_job_with_the_ui_responsive(qtbot, window, runtime, folders, aio):
    panel = open_panel(window, aio)
    choose(panel, "slow", ["BTC/USDT"], "1m")  # 2880 bars x 50 ms: minutes if not canceled
    panel.run()
    qtbot.waitUntil(lambda: panel.status.property("stage") == "running", timeout=10_000)
    aio.sleep(0.5)
    t0 = time.perf_counter()
    panel.cancel()
    assert not panel.running and panel.run_button.isEnabled()
    assert not panel.cancel_button.isEnabled() and panel.status.text() == "Canceled"
    aio.sleep(0.1)  # the UI loop turns freely
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: runtime.engine.backtests.active_jobs() == [], timeout=3000)
    assert aio.run(runtime.client.backtest_runs()) == []
    # The next run works (on a fresh worker).
    choose(panel, "sma_cross", ["BTC/USDT"], "1h")
    run_and_wait(panel, qtbot)
    assert panel.results.run.summary.strategy == "sma_cross"


def test_parameter_form_follows_declared_parameters_and_rejects_bad_input(
    qtbot, window, folders, aio
):
    panel = open_panel(window, aio)
    form = panel.setup.params
    choose(panel, "sma_cross", ["BTC/USDT"])
    spec = BUILTIN["sma_cross"].param_spec()
    assert form.names() == list(spec)
    fast = form.editor("fast")
    assert isinstance(fast, QSpinBox) and fast.singleStep() == spec["fast"].step
    assert fast.value() == spec["fast"].default
    assert not form.error_label("fast").isVisible()

    fast.setValue(500)  # above the declared 200
    assert form.error_label("fast").isVisible()
    assert "200" in form.error_label("fast").text()
    panel.run()
    assert not panel.running and panel.error.isVisible()
    panel.setup.params.reset_defaults()
    assert form.values() == {"fast": 10, "slow": 20}
    assert not form.error_label("fast").isVisible()

    # A rule between parameters is the strategy's: the engine's answer lands by the field.
    fast.setValue(30)
    panel.run()
    qtbot.waitUntil(lambda: form.error_label("fast").isVisible(), timeout=10_000)
    assert "below" in form.error_label("fast").text()
    assert not panel.running

    # Other strategies bring their own form; a broken file shows its error instead.
    choose(panel, "slow", ["BTC/USDT"])
    assert form.names() == ["delay_ms"]
    panel.setup.strategy.setCurrentIndex(panel.setup.strategy.findData("file:broken.py"))
    assert panel.setup.strategy_error.isVisible()
    assert "typo in my strategy" in panel.setup.strategy_error.toPlainText()
    panel.run()
    assert not panel.running and panel.setup.error_text("strategy")


def test_commands_have_unique_shortcuts_icons_and_tooltips(window):
    ids = [c.id for c in window.actions.commands() if c.id.startswith("backtest.")]
    assert {"backtest.run", "backtest.cancel", "backtest.compare"} <= set(ids)
    for command_id in [*ids, "view.show_backtest"]:
        cmd = window.actions.command(command_id)
        assert cmd.shortcut and window.actions.conflicts(cmd.shortcut, exclude=cmd.id) == []
        assert not cmd.action.icon().isNull() and cmd.action.toolTip()
    assert window.docks.dock("backtest") is None  # not in the default layout
    window.actions.trigger("view.show_backtest")
    assert window.docks.dock("backtest").isVisible()
