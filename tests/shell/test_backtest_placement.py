"""The backtest dock opens beside the chart, never stacked over it: on a 1920×1080 window its
optimiser (~1300 px) and a readable chart do not fit side by side, so it is a tab of the
chart's, each at full size; on a wider window it opens to the chart's right."""

from __future__ import annotations

from PySide6.QtTest import QTest

from desktop.shell.docks import CHART_MIN_WIDTH


def open_backtest(window, width: int, height: int):
    window.resize(width, height)
    window.docks.build_default()
    QTest.qWait(400)  # the default sizes are applied again once the docks are laid out
    chart = window.docks.dock("chart-1")
    panel = window.docks.show_panel("backtest")
    panel.show_optimise()
    QTest.qWait(300)
    return chart, window.docks.dock("backtest"), panel


def test_at_1920_by_1080_the_backtest_is_a_tab_of_the_chart(qtbot, window):
    chart, backtest, panel = open_backtest(window, 1920, 1080)
    assert backtest.width() >= panel.optimise.minimumSizeHint().width()
    assert backtest.width() >= 1300 and backtest.height() >= 500
    assert chart in window.tabifiedDockWidgets(backtest)
    assert panel.optimise.summary.width() >= 400  # not a word per line beside its commands
    chart.raise_()
    QTest.qWait(100)
    # The chart keeps its room: the whole column, not a sliver beside or under the backtest.
    assert not chart.visibleRegion().isEmpty()
    assert chart.size() == backtest.size()
    assert chart.width() >= 1300 and chart.height() >= 500


def test_on_a_wide_window_the_backtest_opens_to_the_chart_s_right(qtbot, window):
    chart, backtest, panel = open_backtest(window, 2560, 1080)
    assert not window.tabifiedDockWidgets(backtest)
    # A loaded machine lays the docks out late: wait for the layout, then judge it.
    qtbot.waitUntil(lambda: chart.width() >= CHART_MIN_WIDTH, timeout=5000)
    for dock in (chart, backtest):
        assert not dock.visibleRegion().isEmpty()
    assert chart.geometry().right() < backtest.geometry().left()  # beside, not over
    assert backtest.width() >= panel.optimise.minimumSizeHint().width()
    assert abs(chart.height() - backtest.height()) <= 2 and chart.height() >= 500
