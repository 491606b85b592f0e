"""The order book and the time and sales open beside the chart in one column, never stacked
in the chart's column (the chart was left ~40 px high at 1920×1080) and without the
watchlist's column taking the chart's room."""

from __future__ import annotations

from PySide6.QtTest import QTest

from desktop.shell.docks import CHART_MIN_WIDTH, SIDE_COLUMN_WIDTH


def test_book_and_tape_open_as_one_column_right_of_the_chart(qtbot, window):
    window.resize(1920, 1080)
    window.docks.build_default()
    QTest.qWait(600)  # the default sizes are applied again once the docks are laid out
    chart, watch = window.docks.dock("chart-1"), window.docks.dock("watchlist")
    left = watch.width()
    window.docks.show_panel("order_book")
    window.docks.show_panel("time_and_sales")
    QTest.qWait(100)
    book, tape = window.docks.dock("order_book"), window.docks.dock("time_and_sales")
    assert chart.height() >= 600 and chart.width() >= CHART_MIN_WIDTH
    assert abs(watch.width() - left) <= 4
    for dock in (book, tape):
        assert not dock.visibleRegion().isEmpty()
        assert dock.geometry().left() > chart.geometry().right()  # beside, not over
        assert abs(dock.width() - SIDE_COLUMN_WIDTH) <= 4
    assert book.geometry().bottom() < tape.geometry().top()  # one column: book above tape

    # The backtest does not fit beside them: the column joins the chart's tabs rather than
    # the window outgrowing the screen and squeezing the order entry.
    panel = window.docks.show_panel("backtest")
    QTest.qWait(300)
    backtest = window.docks.dock("backtest")
    assert window.width() == 1920
    assert backtest.width() >= panel.minimumSizeHint().width()
    assert {chart, book, tape} <= set(window.tabifiedDockWidgets(backtest))
    entry = window.docks.dock("order_entry").widget()
    assert entry.form.width() >= entry.form.minimumSizeHint().width()
