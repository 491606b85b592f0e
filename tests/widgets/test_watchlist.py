"""Watchlist fed by the real engine's demo market."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core import Tick, TickEvent
from widgets.watchlist import (
    COL_CHANGE,
    COL_LAST,
    COL_SYMBOL,
    SORT_ROLE,
    WatchlistModel,
    fit_columns,
)


def watchlist(window):
    return window.docks.dock("watchlist").widget()


def cell(panel, row: int, col: int) -> str:
    return panel.proxy.index(row, col).data()


def test_watchlist_ticks_from_engine_events(qtbot, window):
    panel = watchlist(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=5000)
    symbols = {panel.model.rows[r].symbol for r in range(6)}
    assert symbols == {"BTC/USDT", "ETH/USDT", "SOL/USDT", "BNB/USDT", "XRP/USDT", "ADA/USDT"}
    qtbot.waitUntil(lambda: all(r.tick is not None for r in panel.model.rows), timeout=5000)
    first = [r.tick.last for r in panel.model.rows]
    qtbot.waitUntil(lambda: [r.tick.last for r in panel.model.rows] != first, timeout=5000)
    row = next(r for r in range(6) if panel.model.rows[r].symbol == "BTC/USDT")
    text = panel.model.index(row, COL_LAST).data()
    assert text not in ("—", "") and float(text.replace(",", "")) > 1000
    assert panel.model.index(row, COL_CHANGE).data().endswith("%")
    # In the default workspace's ~450-px column every cell shows whole ("BTC/USDT" and BTC's
    # price were elided while the spread's column had room to spare) with no scroll bar.
    window.docks.dock("watchlist").resize(450, 300)
    qtbot.waitUntil(lambda: panel._sized, timeout=5000)
    panel.resize(450, 300)
    header = panel.view.horizontalHeader()
    for col in range(header.count()):
        assert header.sectionSize(col) >= panel.view.sizeHintForColumn(col), col
    assert header.length() <= panel.view.viewport().width()


def test_columns_share_the_width_by_what_they_need():
    assert fit_columns([70, 60, 50], [90, 60, 100], 180) == [70, 60, 50]
    assert fit_columns([70, 60, 50], [90, 60, 100], 230) == [84, 60, 85]  # towards titles
    assert fit_columns([70, 60, 50], [90, 60, 100], 280) == [100, 70, 110]  # then equally
    assert fit_columns([100, 100], [100, 100], 100) == [50, 50]  # all give way alike
    # Too narrow: the columns not kept whole give way first (8-decimal replay prices).
    assert fit_columns([80, 100, 60], [80, 100, 60], 220, keep=(1,), floor=30) == [67, 100, 52]
    assert fit_columns([80, 100, 60], [80, 100, 60], 120, keep=(1,), floor=30) == [40, 50, 30]


def test_price_changes_flash_and_batch_into_one_data_changed(qtbot):
    model = WatchlistModel()
    model.add("demo", "AAA/USDT")
    model.add("demo", "BBB/USDT")
    signals = []
    model.dataChanged.connect(lambda a, b, roles=(): signals.append((a.row(), b.row())))
    model.on_tick(TickEvent(Tick("AAA/USDT", 0, 10.0, 9.9, 10.1, venue="demo")))
    model.on_tick(TickEvent(Tick("BBB/USDT", 0, 20.0, 19.9, 20.1, venue="demo")))
    model.commit()
    assert signals == [(0, 1)]
    model.on_tick(TickEvent(Tick("AAA/USDT", 1, 10.5, 10.4, 10.6, venue="demo")))
    model.commit()
    up = model.index(0, COL_LAST).data(Qt.ItemDataRole.BackgroundRole)
    assert up is not None and up.green() > up.red()  # green flash for an up-tick
    model.on_tick(TickEvent(Tick("AAA/USDT", 2, 10.2, 10.1, 10.3, venue="demo")))
    down = model.index(0, COL_LAST).data(Qt.ItemDataRole.BackgroundRole)
    assert down is not None and down.red() > down.green()
    qtbot.waitUntil(
        lambda: model.index(0, COL_LAST).data(Qt.ItemDataRole.BackgroundRole) is None, timeout=2000
    )


def test_sorting_add_remove_and_keyboard(qtbot, window):
    panel = watchlist(window)
    qtbot.waitUntil(
        lambda: all(r.tick is not None for r in panel.model.rows) and len(panel.model.rows) == 6,
        timeout=5000,
    )
    panel.view.sortByColumn(COL_LAST, Qt.SortOrder.DescendingOrder)
    values = [panel.proxy.index(r, COL_LAST).data(SORT_ROLE) for r in range(6)]
    assert values == sorted(values, reverse=True)
    assert cell(panel, 0, COL_SYMBOL) == "BTC/USDT"

    # Remove the selected row with Delete, add it back through the panel.
    panel.view.setFocus()
    panel.view.selectRow(0)
    panel.remove_selected()
    assert "BTC/USDT" not in {r.symbol for r in panel.model.rows}
    assert panel.add_symbol("demo", "BTC/USDT")
    assert not panel.add_symbol("demo", "BTC/USDT")  # no duplicates
    assert panel.config()["symbols"][-1] == ["demo", "BTC/USDT"]

    # Arrow keys move, Enter sends the symbol to the focused chart.
    panel.view.sortByColumn(COL_SYMBOL, Qt.SortOrder.AscendingOrder)
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    QTest.keyClick(panel.view, Qt.Key.Key_Down)
    expected = cell(panel, 1, COL_SYMBOL)
    chart = window.docks.dock("chart-1").widget()
    window.ctx.set_active_chart(chart)
    QTest.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chart.symbol == expected, timeout=2000)


def test_double_click_goes_to_the_focused_chart(qtbot, window):
    window.new_chart()
    second = window.docks.dock("chart-2").widget()
    window.ctx.set_active_chart(second)
    panel = watchlist(window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6, timeout=5000)
    row = next(r for r in range(6) if cell(panel, r, COL_SYMBOL) == "SOL/USDT")
    panel.view.setCurrentIndex(panel.proxy.index(row, 0))
    panel.view.doubleClicked.emit(panel.proxy.index(row, 0))
    qtbot.waitUntil(lambda: second.symbol == "SOL/USDT", timeout=2000)
    assert window.docks.dock("chart-1").widget().symbol == "BTC/USDT"


def test_log_panel_filters_by_level_and_text_and_copies(qtbot, window, qapp):
    log_panel = window.docks.dock("log").widget()
    logger = logging.getLogger("pregao.test")
    logger.setLevel(logging.DEBUG)
    handler_added = False
    from desktop.shell.log_bridge import BridgeLogHandler

    handler = BridgeLogHandler(window.ctx.bridge)
    logger.addHandler(handler)
    handler_added = True
    try:
        logger.warning("funding rate spike on BTC")
        logger.info("routine heartbeat")
        qtbot.waitUntil(lambda: log_panel.model.rowCount() >= 2, timeout=3000)
        log_panel.level.setCurrentIndex(log_panel.level.findData(logging.WARNING))
        shown = [log_panel.proxy.index(r, 3).data() for r in range(log_panel.proxy.rowCount())]
        assert "funding rate spike on BTC" in shown
        assert "routine heartbeat" not in shown
        log_panel.level.setCurrentIndex(log_panel.level.findData(logging.DEBUG))
        log_panel.search.setText("heartbeat")
        assert log_panel.proxy.rowCount() == 1
        log_panel.view.selectRow(0)
        log_panel.view.copy_selection()
        assert "routine heartbeat" in qapp.clipboard().text()
    finally:
        if handler_added:
            logger.removeHandler(handler)
