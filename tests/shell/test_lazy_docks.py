"""Panels tabbed away at start are built the first time they are shown (issue 11, point 4):
the first frame pays only for the chart, the watchlist, the order entry and the monitor in
front; a hidden panel's saved config survives a restart without it ever being built."""

from __future__ import annotations

HIDDEN_AT_START = {"log", "replay", "positions", "order_history", "fills", "balances"}


def built(window) -> set[str]:
    return {d.objectName() for d in window.docks.docks() if d.panel is not None}


def test_hidden_panels_are_built_on_first_show(qtbot, window):
    qtbot.waitUntil(lambda: window.first_frame.finished, timeout=20_000)
    assert {"chart-1", "watchlist", "order_entry", "open_orders"} <= built(window)
    assert not HIDDEN_AT_START & built(window)
    assert {p.panel_type for p in window.docks.panels()} == {
        "chart", "watchlist", "order_entry", "open_orders"}

    fills = window.docks.dock("fills")
    window.actions.trigger("view.show_fills")
    qtbot.waitUntil(fills.isVisible)
    assert "fills" in built(window)
    assert fills.widget() is fills.panel and fills.panel.isVisible()
    assert fills.windowTitle() == fills.panel.title()


def test_asking_for_a_hidden_panel_builds_it(window):
    dock = window.docks.dock("balances")
    assert dock.panel is None
    panel = dock.widget()
    assert panel is dock.panel and panel.panel_type == "balances"
    assert window.docks.panels("balances") == [panel]


def test_an_unbuilt_panel_keeps_its_saved_config(qtbot, make_window):
    first = make_window()
    first.docks.dock("replay").widget()  # built: its config is saved from the panel
    first.close()
    second = make_window()
    replay = second.docks.dock("replay")
    assert replay.panel is None
    snapshot = {p["name"]: p for p in second.docks.snapshot().panels}
    assert snapshot["replay"]["type"] == "replay"
    assert snapshot["replay"]["config"] == replay.initial_config
