"""The workspace a trader sees: docks, View menu, layouts, workspaces, actions, palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from desktop.shell.command_palette import fuzzy_score
from desktop.shell.shortcut_editor import ShortcutEditor

DEFAULT_DOCKS = {
    "chart-1", "watchlist", "order_entry", "log", "replay",
    "open_orders", "positions", "order_history", "fills", "balances",
}


def dock_names(window) -> set[str]:
    return {d.objectName() for d in window.docks.docks()}


def test_default_workspace_has_every_panel_as_a_dock(window):
    assert dock_names(window) == DEFAULT_DOCKS
    for dock in window.docks.docks():
        assert isinstance(dock, QDockWidget)
        features = dock.features()
        assert features & QDockWidget.DockWidgetFeature.DockWidgetClosable
        assert features & QDockWidget.DockWidgetFeature.DockWidgetMovable
        assert features & QDockWidget.DockWidgetFeature.DockWidgetFloatable


def test_a_closed_panel_comes_back_from_the_view_menu(qtbot, window):
    log_dock = window.docks.dock("log")
    log_dock.close()
    qtbot.waitUntil(lambda: not log_dock.isVisible())
    window._rebuild_panels_menu()
    toggle = next(a for a in window._panels_menu.actions() if a.text() == log_dock.windowTitle())
    assert not toggle.isChecked()
    toggle.trigger()
    qtbot.waitUntil(log_dock.isVisible)
    log_dock.close()
    window.actions.trigger("view.show_log")
    qtbot.waitUntil(log_dock.isVisible)


def test_layout_is_restored_on_the_next_start(qtbot, make_window, aio):
    first = make_window()
    first.new_chart()
    chart2 = first.docks.dock("chart-2").widget()
    chart2.set_symbol("demo", "ETH/USDT")
    chart2.set_timeframe("15m")
    watch = first.docks.dock("watchlist")
    first.removeDockWidget(watch)
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, watch)
    watch.show()
    first.close()

    second = make_window()
    assert dock_names(second) == DEFAULT_DOCKS | {"chart-2"}
    restored = second.docks.dock("chart-2").widget()
    assert (restored.symbol, restored.chart.timeframe()) == ("ETH/USDT", "15m")
    area = second.dockWidgetArea(second.docks.dock("watchlist"))
    assert area == Qt.DockWidgetArea.RightDockWidgetArea


def test_named_workspaces_save_switch_delete_and_reset(window):
    window.new_chart()
    window.new_chart()
    window.docks.save_workspace("Three charts")
    window.reset_layout()
    assert dock_names(window) == DEFAULT_DOCKS
    assert window.docks.workspaces() == ["Three charts"]
    window.switch_workspace("Three charts")
    assert {"chart-1", "chart-2", "chart-3"} <= dock_names(window)
    window.docks.delete_workspace("Three charts")
    assert window.docks.workspaces() == []
    workspace_items = [a.text() for a in window._workspace_menu.actions()]
    assert "Three charts" not in workspace_items


def test_workspace_name_is_validated(window):
    import pytest

    with pytest.raises(ValueError, match="empty"):
        window.docks.save_workspace("   ")


def test_shortcuts_fire_their_actions(qtbot, window):
    window.activateWindow()
    qtbot.waitExposed(window)
    QTest.keySequence(window, QKeySequence("Ctrl+N"))
    qtbot.waitUntil(lambda: "chart-2" in dock_names(window), timeout=2000)
    chart = window.docks.dock("chart-2").widget()
    window.ctx.set_active_chart(chart)
    QTest.keySequence(window, QKeySequence("Ctrl+4"))  # Timeframe 1h
    qtbot.waitUntil(lambda: chart.chart.timeframe() == "1h", timeout=2000)


def test_every_action_has_label_icon_tooltip_and_unique_shortcut(window):
    seen: dict[str, str] = {}
    for cmd in window.actions.commands():
        assert cmd.label and not cmd.action.icon().isNull(), cmd.id
        assert cmd.action.toolTip(), cmd.id
        if cmd.shortcut:
            assert cmd.shortcut not in seen, f"{cmd.id} and {seen.get(cmd.shortcut)}"
            seen[cmd.shortcut] = cmd.id


def test_rebinding_detects_conflicts_and_persists(qtbot, window, settings):
    editor = ShortcutEditor(window.actions)
    qtbot.addWidget(editor)
    editor.select("view.new_chart")
    assert not editor.bind("view.new_chart", "Ctrl+K")
    assert "Command palette" in editor.message.text()
    assert window.actions.command("view.new_chart").shortcut == "Ctrl+N"

    assert editor.bind("view.new_chart", "Ctrl+Alt+Shift+N")
    assert window.actions.command("view.new_chart").shortcut == "Ctrl+Alt+Shift+N"
    assert settings.value("shortcuts/view.new_chart") == "Ctrl+Alt+Shift+N"
    QTest.keySequence(window, QKeySequence("Ctrl+Alt+Shift+N"))
    qtbot.waitUntil(lambda: "chart-2" in dock_names(window), timeout=2000)

    window.actions.reset_shortcuts()
    assert window.actions.command("view.new_chart").shortcut == "Ctrl+N"
    assert settings.value("shortcuts/view.new_chart") is None


def test_rebound_shortcut_survives_a_restart(make_window):
    first = make_window()
    first.actions.set_shortcut("view.toggle_theme", "Ctrl+Alt+Shift+F12")
    first.close()
    second = make_window()
    assert second.actions.command("view.toggle_theme").shortcut == "Ctrl+Alt+Shift+F12"


def test_command_palette_finds_and_runs_an_action(qtbot, window):
    window.actions.trigger("view.palette")
    palette = window.palette
    qtbot.waitUntil(palette.isVisible)
    qtbot.keyClicks(palette.query, "new chr")
    assert palette.results.currentItem().data(Qt.ItemDataRole.UserRole) == "view.new_chart"
    QTest.keyClick(palette.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "chart-2" in dock_names(window), timeout=2000)
    assert not palette.isVisible()


def test_fuzzy_score_prefers_word_starts():
    assert fuzzy_score("nc", "New chart") > fuzzy_score("nc", "Cancel all orders of symbol")
    assert fuzzy_score("xyz", "New chart") is None


def test_theme_switches_at_run_time_and_persists(window, settings, qapp):
    assert window.ctx.dark
    dark_sheet = qapp.styleSheet()
    window.actions.trigger("view.toggle_theme")
    assert not window.ctx.dark
    assert settings.value("ui/theme") == "light"
    assert qapp.styleSheet() != dark_sheet


def test_status_bar_shows_venue_state_latency_and_clocks(qtbot, window):
    qtbot.waitUntil(lambda: window.status.venue_label("demo") is not None, timeout=5000)
    assert "demo" in window.status.venue_label("demo").text()
    qtbot.waitUntil(lambda: "ms" in window.status._latency.text(), timeout=5000)
    assert "UTC" in window.status._clock.text()
