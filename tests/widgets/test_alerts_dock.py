"""The alert center on the real engine: a rule made in the form (which offers only what fits
the condition), fired by ticks on the bus, listed in the history with its value and delivery,
acknowledged, counted in the status bar; rules toggled, duplicated, deleted through actions;
a price alert set from the chart's right-click and moved by dragging its line."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.alerts.model import ConditionKind
from desktop.core import Tick, TickEvent
from widgets.alerts import AlertsPanel, UnreadAlerts
from widgets.alerts.rule_form import RuleDialog

SYMBOL = "ALRT/USDT"


def answer_question(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        box.button(button).click()

    QTimer.singleShot(0, click)


def select_rule(panel: AlertsPanel, rule_id: str) -> None:
    proxy = panel.rules_view.model()
    for row in range(proxy.rowCount()):
        if panel.rules.rule(proxy.mapToSource(proxy.index(row, 0)).row()).id == rule_id:
            panel.rules_view.clearSelection()
            panel.rules_view.selectRow(row)
            return
    raise AssertionError(f"rule {rule_id} not listed")


def test_alert_center_end_to_end(window, runtime, aio, qtbot) -> None:
    window.actions.action("view.show_alerts").trigger()
    panel: AlertsPanel = window.docks.dock("alerts").widget()
    qtbot.waitUntil(lambda: panel.loaded, timeout=20_000)
    assert panel.empty.isVisible()

    window.actions.action("alerts.new").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, RuleDialog) and w.isVisible())
    form = dialog.form
    # the form offers only what fits: a price level has no indicator, no window, no target
    assert not form.isRowVisible(dialog.indicator) and not form.isRowVisible(dialog.window)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConditionKind.INDICATOR.value))
    assert form.isRowVisible(dialog.indicator) and form.isRowVisible(dialog.params)
    assert not form.isRowVisible(dialog.value2) and not form.isRowVisible(dialog.target)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConditionKind.CONNECTION.value))
    assert form.isRowVisible(dialog.target) and not form.isRowVisible(dialog.symbol)
    assert not form.isRowVisible(dialog.value)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConditionKind.PRICE.value))
    dialog.op.setCurrentIndex(dialog.op.findData("enters_channel"))
    assert form.isRowVisible(dialog.value2)
    dialog.value.setValue(101.0)
    dialog.value2.setValue(100.0)
    dialog._save()
    assert dialog.error.isVisible() and "upper edge" in dialog.error.text()
    dialog.op.setCurrentIndex(dialog.op.findData("crosses_above"))
    dialog.symbol.setCurrentText(SYMBOL)
    dialog.value.setValue(100.0)
    dialog.channels["telegram"].setChecked(True)
    dialog._save()
    qtbot.waitUntil(lambda: dialog.saved is not None and bool(panel.rules.rules), timeout=10_000)
    rule = panel.rules.rules[0]
    assert (rule.symbol, rule.condition.value, rule.condition.op) == (SYMBOL, 100.0,
                                                                     "crosses_above")
    assert "telegram" in rule.channels and not panel.empty.isVisible()

    for i, price in enumerate([99.0, 101.0]):
        runtime.bus.publish(TickEvent(Tick(SYMBOL, i, price, price - 0.1, price + 0.1,
                                           venue="test")))
    qtbot.waitUntil(lambda: bool(panel.history.records), timeout=10_000)
    record = panel.history.records[0]
    assert record.trigger.rule_id == rule.id and record.trigger.value == 101.0
    assert not record.acknowledged
    unread = window.findChild(UnreadAlerts, "alerts-unread")
    qtbot.waitUntil(lambda: unread.count == 1 and unread.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: "1" in panel.history_title.text(), timeout=5_000)
    window.actions.action("alerts.acknowledge_all").trigger()
    qtbot.waitUntil(lambda: bool(panel.history.records) and panel.history.records[0].acknowledged,
                    timeout=10_000)
    qtbot.waitUntil(lambda: unread.count == 0 and not unread.isVisible(), timeout=5_000)

    # commands on the selected rule: ONCE disarmed it; enable, duplicate, delete the copy
    select_rule(panel, rule.id)
    window.actions.action("alerts.toggle").trigger()
    qtbot.waitUntil(lambda: bool(panel.rules.rules) and panel.rules.rules[0].enabled,
                    timeout=10_000)
    select_rule(panel, rule.id)
    window.actions.action("alerts.duplicate").trigger()
    qtbot.waitUntil(lambda: len(panel.rules.rules) == 2, timeout=10_000)
    copy = next(r for r in panel.rules.rules if r.id != rule.id)
    panel.state_filter.setCurrentIndex(panel.state_filter.findData("disabled"))
    assert panel.rules_view.model().rowCount() == 0
    panel.state_filter.setCurrentIndex(0)
    select_rule(panel, copy.id)
    answer_question(QMessageBox.StandardButton.Yes)
    window.actions.action("alerts.delete").trigger()
    qtbot.waitUntil(lambda: [r.id for r in panel.rules.rules] == [rule.id], timeout=10_000)


def test_alert_here_and_drag_the_line(window, runtime, aio, qtbot) -> None:
    chart = window.docks.panels("chart")[0]
    qtbot.waitUntil(lambda: chart.has_live_candles, timeout=20_000)
    last = float(chart.chart.last_price_line.value())
    chart.alert_lines.clicked_price = last * 1.05
    window.ctx.set_active_chart(chart)
    window.actions.action("chart.alert_here").trigger()
    lines = chart.alert_lines
    # (the engine loads its alert service on this first use: SQLAlchemy and the rules table)
    qtbot.waitUntil(lambda: bool(lines.overlay.lines()), timeout=20_000)
    (key, line), = lines.overlay.lines().items()
    assert abs(line.price - last * 1.05) < 1e-9
    rule = next(r for r in aio.run(runtime.client.alert_rules()) if r.id == key)
    assert rule.symbol == chart.symbol and rule.condition.op == "crosses_above"
    lines.overlay.item(key).setPos(last * 1.10)  # the user drags it and lets go
    lines.overlay.finish_drag(key)
    qtbot.waitUntil(lambda: abs(lines.overlay.lines()[key].price - last * 1.10) < 1e-6,
                    timeout=10_000)
    moved = next(r for r in aio.run(runtime.client.alert_rules()) if r.id == key)
    assert abs(moved.condition.value - last * 1.10) < 1e-6


def test_indicator_levels_are_lines_on_their_pane(window, runtime, aio, qtbot) -> None:
    from desktop.alerts.model import AlertRule, Condition

    chart = window.docks.panels("chart")[0]
    qtbot.waitUntil(lambda: chart.has_live_candles, timeout=20_000)
    rsi = aio.run(runtime.client.alert_save(AlertRule("", chart.symbol, Condition(
        ConditionKind.INDICATOR, "<", 30.0, indicator="rsi", params=(14,)))))
    lines = chart.alert_lines
    qtbot.waitUntil(lambda: rsi.id in lines.overlays["rsi"].lines(), timeout=10_000)
    assert rsi.id not in lines.overlays["price"].lines()
    overlay = lines.overlays["rsi"]
    overlay.item(rsi.id).setPos(25.0)
    overlay.finish_drag(rsi.id)
    qtbot.waitUntil(lambda: overlay.lines()[rsi.id].price == 25.0, timeout=10_000)
    stored = next(r for r in aio.run(runtime.client.alert_rules()) if r.id == rsi.id)
    assert stored.condition.value == 25.0
