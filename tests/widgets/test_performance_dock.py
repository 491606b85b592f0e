"""The performance dock on the real engine: a paper account's equity against BTC/USDT, its
metrics and monthly grid, live; and "Export report…" from it, written by the engine's
workers while the dialog shows the stages."""

from __future__ import annotations

import time

import openpyxl
from PySide6.QtWidgets import QApplication

from desktop.storage.journal import Journal
from tests.widgets.monitor_helpers import paper_account
from widgets.common.report_export import ExportReportDialog
from widgets.performance.panel import EXPORT_ACTION

HOUR = 3_600_000


def test_dock_shows_the_account_and_exports_its_report(window, aio, qtbot, runtime,
                                                       tmp_path):
    account = paper_account(aio, window.ctx.client)
    journal = Journal(runtime.engine.accounts.database())
    now = int(time.time() * 1000)
    for k in range(48):  # two days of hourly equity, +5 USDT an hour
        journal.snapshot_equity(account, 10_000.0 + 5 * k, 10_000.0, ts_ms=now - (48 - k) * HOUR)
    action = window.actions.action("view.show_performance")
    assert action.shortcut().toString() == "Ctrl+Shift+J"
    action.trigger()
    dock = window.docks.dock("performance")
    dock.setFloating(True)
    dock.resize(1100, 700)
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.view is not None, timeout=20_000)
    assert panel.scope_id() == f"account:{account}"
    view = panel.view
    assert view.equity[0] == 10_000.0 and view.benchmark_name == "BTC/USDT"
    rows = {panel.metrics.item(r, 0).text(): panel.metrics.item(r, 1).text()
            for r in range(panel.metrics.rowCount())}
    assert rows["Starting equity"] == "10,000.00"
    assert rows["Max drawdown"] == "0.00 %"  # equity only rose
    assert panel.monthly.rowCount() >= 1
    assert len(panel.plot.curves) == 2  # the account and BTC/USDT

    window.actions.action(EXPORT_ACTION).trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ExportReportDialog) and w.isVisible())
    dialog.path.setText(str(tmp_path / "desk"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(dialog.written or dialog.error.text()), timeout=60_000)
    assert not dialog.error.text()
    assert dialog.written == [str(tmp_path / "desk.xlsx")]
    assert dialog.progress.value() == dialog.progress.maximum()
    cells = {r[0]: r[1] for r in openpyxl.load_workbook(dialog.written[0])["Summary"]
             .iter_rows(max_col=2, values_only=True) if r[0]}
    assert cells["Starting equity"] == 10_000.0
    dialog.close()


def test_backtest_and_bots_docks_offer_their_report_commands(window):
    from PySide6.QtWidgets import QToolButton

    backtest = window.docks.show_panel("backtest")
    offered = {b.defaultAction() for b in backtest.findChildren(QToolButton)}
    for command in ("reports.export_backtest", "reports.export_optimisation"):
        assert window.actions.action(command) in offered
    bots = window.docks.show_panel("bots")
    assert window.actions.action("reports.export_bot") in bots.toolbar.actions()


def test_a_new_account_reads_why_its_curve_is_empty_and_a_short_dock_scrolls(
        window, aio, qtbot, runtime):
    from widgets.performance.panel import PLOT_MIN_HEIGHT_PX

    account = paper_account(aio, window.ctx.client)
    window.actions.action("view.show_performance").trigger()
    dock = window.docks.dock("performance")
    panel = dock.widget()
    # Beside the chart or a tab of it: never a strip under it.
    chart = window.docks.dock("chart-1")
    assert dock.geometry().top() < chart.geometry().center().y() or dock in \
        window.tabifiedDockWidgets(chart)
    # No equity recorded yet: the reason shows at once (not at the next refresh), quietly,
    # in place of an empty curve and table.
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "equity point" in panel.error.text()
    assert panel.error.property("role") == "muted"
    assert not panel.scroll.isVisible() and panel.refreshes == 0

    journal = Journal(runtime.engine.accounts.database())
    now = int(time.time() * 1000)
    for k in range(48):
        journal.snapshot_equity(account, 10_000.0 + 5 * k, 10_000.0, ts_ms=now - (48 - k) * HOUR)
    panel.poll()
    qtbot.waitUntil(lambda: panel.view is not None, timeout=20_000)
    assert not panel.error.isVisible() and panel.scroll.isVisible()
    dock.setFloating(True)
    dock.resize(1000, 220)  # docked short: the parts keep their heights and the dock scrolls
    qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() > 0, timeout=5000)
    assert panel.plot.height() >= PLOT_MIN_HEIGHT_PX
    assert panel.monthly.height() >= panel.monthly.horizontalHeader().height() \
        + panel.monthly.rowHeight(0)  # the header and the year's row read whole
