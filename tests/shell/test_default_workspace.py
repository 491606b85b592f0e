"""The default workspace on a 1920×1080 window: the chart takes most of the room, the
bottom monitors show at least 8 rows, the order entry fits its column."""

from __future__ import annotations

from PySide6.QtTest import QTest


def test_default_workspace_at_1920_by_1080(qtbot, window):
    window.resize(1920, 1080)
    window.docks.build_default()
    QTest.qWait(400)  # the sizes are applied again once the docks are laid out
    docks = {d.objectName(): d for d in window.docks.docks() if d.isVisible()}
    chart = docks["chart-1"]
    area = {name: d.width() * d.height() for name, d in docks.items()
            if not d.visibleRegion().isEmpty()}
    assert area["chart-1"] == max(area.values())
    assert area["chart-1"] > 0.5 * sum(area.values())  # tabbed docks count once
    orders = window.docks.dock("open_orders")
    orders.raise_()
    QTest.qWait(50)
    view = orders.widget().view
    rows = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert rows >= 8, (rows, orders.height())
    entry = window.docks.dock("order_entry").widget()
    assert entry.form.width() >= entry.form.minimumSizeHint().width()
    assert chart.height() > orders.height()
