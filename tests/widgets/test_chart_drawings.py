"""Drawing tools on the real chart and engine: each tool placed with mouse clicks, one moved by
a drag, one deleted with the Delete key, one from its right-click menu and then all of them
with "Remove all drawings", Escape cancelling a drawing in progress, a horizontal line turned
into a price alert; the drawings show on a second chart of the symbol, stay on their candles
through timeframes and chart types, and come back after a restart (a new engine and window on
the same database file), on that symbol only.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desktop.core.drawings import FIB_LEVELS, fib_prices


def viewport_pos(chart, x: float, price: float) -> QPoint:
    scene = chart.price_vb.mapViewToScene(QPointF(x, price))
    return chart._view.mapFromScene(scene)


def click(qtbot, chart, x: float, price: float, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(chart._view.viewport(), button, pos=viewport_pos(chart, x, price))


def stored(aio, runtime, panel) -> dict:
    return {d.id: d for d in aio.run(runtime.client.drawings(panel.venue, panel.symbol))}


def test_draw_move_delete_alert_and_restart(window, make_window, runtime, aio, qtbot):
    panel = window.docks.panels("chart")[0]
    qtbot.waitUntil(lambda: panel.has_live_candles, timeout=20_000)
    chart, layer = panel.chart, panel.drawings
    window.ctx.set_active_chart(panel)
    n = len(chart.candles())
    chart.price_vb.setXRange(n - 80, n + 2, padding=0)
    (_, _), (lo, hi) = chart.price_vb.viewRange()

    def price(f: float) -> float:
        return lo + (hi - lo) * f

    places = {
        "hline": [(n - 40, price(0.8))],
        "trend": [(n - 70, price(0.2)), (n - 50, price(0.5))],
        "ray": [(n - 65, price(0.6)), (n - 55, price(0.65))],
        "rect": [(n - 30, price(0.3)), (n - 20, price(0.4))],
        "fib": [(n - 15, price(0.1)), (n - 5, price(0.7))],
        "text": [(n - 75, price(0.9))],
    }
    for kind, points in places.items():
        window.actions.trigger(f"chart.draw.{kind}")
        assert layer.tool == kind
        for x, y in points:
            click(qtbot, chart, x, y)
        if kind == "text":
            qtbot.waitUntil(lambda: layer.text_dialog is not None, timeout=2000)
            layer.text_dialog.setTextValue("Breakout")
            layer.text_dialog.accept()
        assert layer.tool is None
    qtbot.waitUntil(lambda: len(stored(aio, runtime, panel)) == 6, timeout=10_000)
    saved = stored(aio, runtime, panel)
    by_kind = {d.kind: d for d in saved.values()}
    assert by_kind["text"].text == "Breakout"
    trend = by_kind["trend"]
    times = chart.candles().ts
    # anchored in time: the clicked candle's time, the clicked price
    assert chart.time_map().bar_containing(trend.points[0][0]) == n - 70
    assert abs(trend.points[1][1] - price(0.5)) < (hi - lo) * 0.01
    levels = [level for level, _ in fib_prices(by_kind["fib"])]
    assert levels == list(FIB_LEVELS) == [0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0]

    # Escape cancels a drawing in progress
    window.actions.trigger("chart.draw.trend")
    click(qtbot, chart, n - 10, price(0.5))
    qtbot.mouseMove(chart._view.viewport(), viewport_pos(chart, n - 5, price(0.6)))
    qtbot.waitUntil(lambda: layer.preview is not None, timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    chart.setFocus()
    qtbot.keyClick(chart._view, Qt.Key.Key_Escape)
    assert layer.tool is None and layer.preview is None and layer.pending == []
    assert len(layer.items) == 6

    # a second chart of the symbol shows the same drawings
    other = window.docks.open_panel("chart").widget()
    qtbot.waitUntil(lambda: other.has_live_candles and len(other.drawings.items) == 6,
                    timeout=20_000)

    # move the trend line by dragging its body
    mid_x = sum(chart.time_map().x_of_time(t) for t, _ in trend.points) / 2
    mid_y = (trend.points[0][1] + trend.points[1][1]) / 2
    start = viewport_pos(chart, mid_x, mid_y)
    end = start + QPoint(0, -40)
    viewport = chart._view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * (k / 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: stored(aio, runtime, panel)[trend.id].points[0][1]
                    > trend.points[0][1] + (hi - lo) * 0.02, timeout=10_000)
    moved = stored(aio, runtime, panel)[trend.id]
    assert [t for t, _ in moved.points] == [t for t, _ in trend.points]  # moved up, not along
    qtbot.waitUntil(lambda: other.drawings.items[trend.id].drawing == moved, timeout=10_000)

    # a horizontal line becomes a price alert (through the chart's "Alert here")
    hline = by_kind["hline"]
    click(qtbot, chart, n - 60, hline.points[0][1])
    assert layer.selected == hline.id
    window.actions.trigger("chart.draw.alert")
    qtbot.waitUntil(lambda: any(abs(r.condition.value - hline.points[0][1]) < 1e-9
                                for r in aio.run(runtime.client.alert_rules())), timeout=10_000)
    rule = next(r for r in aio.run(runtime.client.alert_rules()))
    assert rule.symbol == panel.symbol

    # delete one with the Delete key, one from its right-click menu
    rect = by_kind["rect"]
    x0 = chart.time_map().x_of_time(rect.points[0][0])
    click(qtbot, chart, x0, rect.points[0][1] + (rect.points[1][1] - rect.points[0][1]) / 2)
    assert layer.selected == rect.id
    qtbot.keyClick(chart._view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: rect.id not in stored(aio, runtime, panel), timeout=10_000)
    ray = by_kind["ray"]
    click(qtbot, chart, chart.time_map().x_of_time(ray.points[0][0]), ray.points[0][1],
          Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.objectName() == "chart-drawing-menu"
                                and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=2000)
    menu = next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMenu) and w.objectName() == "chart-drawing-menu")
    delete = next(a for a in menu.actions() if a.objectName() == "chart.draw.delete")
    menu.close()
    delete.trigger()
    qtbot.waitUntil(lambda: ray.id not in stored(aio, runtime, panel), timeout=10_000)
    qtbot.waitUntil(lambda: len(other.drawings.items) == 4, timeout=10_000)

    # anchored in time through a timeframe and a chart type
    panel.set_timeframe("5m")
    panel.set_chart_type("heikin_ashi")
    x = chart.time_map().x_of_time(moved.points[0][0])
    assert chart.time_map().bar_containing(moved.points[0][0]) == round(x)
    assert times[n - 70] >= chart.candles().ts[round(x)]

    # restart: a new engine and window on the same database file
    from desktop.engine.runtime import EngineRuntime
    from desktop.shell.bridge import EventBridge

    bridge2 = EventBridge()
    runtime2 = EngineRuntime(demo_days=2)
    runtime2.bus.add_sink(bridge2.post)
    runtime2.start()
    try:
        kept = set(stored(aio, runtime, panel))
        assert set(stored(aio, runtime2, panel)) == kept
        assert aio.run(runtime2.client.drawings("demo", "ETH/USDT")) == []
        from desktop.shell.main_window import MainWindow
        from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

        window2 = MainWindow(runtime2.client, bridge2, window.ctx.settings, PANEL_TYPES,
                             COMMAND_INSTALLERS)
        qtbot.addWidget(window2)
        window2.show()
        panel2 = window2.docks.panels("chart")[0]
        qtbot.waitUntil(lambda: set(panel2.drawings.items) == kept, timeout=20_000)
        panel2.set_symbol("demo", "ETH/USDT")
        qtbot.waitUntil(lambda: panel2.has_live_candles, timeout=20_000)
        aio.sleep(0.3)
        assert panel2.drawings.items == {}
        window2.ctx.cancel_tasks()
        window2.quit_without_asking()
    finally:
        assert runtime2.stop(timeout=10.0)

    # "Remove all drawings" asks, then clears the symbol on every chart of it
    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    window.ctx.set_active_chart(panel)
    window.actions.trigger("chart.draw.clear")
    qtbot.waitUntil(lambda: not stored(aio, runtime, panel) and not other.drawings.items,
                    timeout=10_000)


def test_a_time_keeps_its_place_in_its_candle():
    import numpy as np

    from widgets.chart.time_axis import TimeMap

    minute = 60_000
    ts = np.array([0, 1, 2, 10], dtype=np.int64) * minute  # a gap after the third candle
    time_map = TimeMap(lambda: ts, lambda: minute)
    for x in (-3.2, -0.5, 0.0, 0.3, 1.49, 2.0, 2.49, 3.0, 3.4, 7.25):
        assert abs(time_map.x_of_time(time_map.time_of_x(x)) - x) < 1e-4
    assert time_map.x_of_time(minute // 2) == 0.0  # the middle of the first candle
    assert time_map.x_of_time(5 * minute) == 2.5  # inside the gap: the edge of the candle before
    assert time_map.x_of_time(15 * minute + minute // 2) == 8.0  # the future, by the timeframe
    assert time_map.x_of_time(-2 * minute) == -2.5  # before the data
