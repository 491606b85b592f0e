"""Alert center dock: the alert rules (create, edit, enable/disable, duplicate, delete,
snooze), filtered by symbol and state, and below them the history of triggers with the value
each saw and how its delivery went per channel; acknowledge one or all.

Rules reload on `AlertRulesChangedEvent`; a trigger arrives as an `AlertEvent` (never
dropped) and the history is read again through `client.alert_triggers` on the next flush, so
a storm of triggers costs one read per flush. Every command is an action of the registry
(install_alert_commands) with its shortcut.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.alerts.model import AlertRule, TriggerRecord
from desktop.core import AlertEvent, AlertRulesChangedEvent, PregaoError
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.alerts.models import SORT_ROLE, HistoryModel, RulesModel, now_ms
from widgets.alerts.rule_form import RuleDialog
from widgets.alerts.wording import state_code
from widgets.common.labels import muted_label
from widgets.common.table import DataTableView

CHANNELS_ACTION = "alerts.channels"  # widgets/alert_channels: where channels are set up
SNOOZE_MS = 3_600_000  # "Snooze" silences a rule for an hour
HISTORY_ROWS = 500
TOOLBAR = ("alerts.new", "alerts.edit", "alerts.toggle", "alerts.duplicate", "alerts.snooze",
           "alerts.delete", "alerts.acknowledge", "alerts.acknowledge_all")


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertsDock", text)


class RuleFilter(QSortFilterProxyModel):
    """Rows of one symbol ("" all) in one state ("" all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = ""
        self.state = ""

    def set_filter(self, symbol: str, state: str) -> None:
        self.beginFilterChange()
        self.symbol, self.state = symbol, state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        rule = self.sourceModel().rule(row)
        return (not self.symbol or rule.symbol == self.symbol) and (
            not self.state or state_code(rule, now_ms()) == self.state)


class AlertsPanel(Panel):
    panel_type = "alerts"
    icon_name = "alert"

    @classmethod
    def display_name(cls) -> str:
        return _t("Alerts")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self.rules = RulesModel()
        self.history = HistoryModel()
        self.loaded = False
        self._history_stale = False
        self.filter = RuleFilter(self)
        self.filter.setSourceModel(self.rules)
        self.filter.setSortRole(SORT_ROLE)
        self.rules_view = DataTableView()
        self.rules_view.setObjectName("alert-rules")
        self.rules_view.setModel(self.filter)
        self.rules_view.doubleClicked.connect(lambda _i: self.edit())
        history_proxy = QSortFilterProxyModel(self)
        history_proxy.setSourceModel(self.history)
        history_proxy.setSortRole(SORT_ROLE)
        self.history_view = DataTableView()
        self.history_view.setObjectName("alert-history")
        self.history_view.setModel(history_proxy)
        self.history_view.doubleClicked.connect(lambda _i: self.acknowledge())

        self.symbol_filter = QComboBox()
        self.symbol_filter.setObjectName("alert-symbol-filter")
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("alert-state-filter")
        for text, code in ((_t("Every state"), ""), (_t("Armed"), "armed"),
                           (_t("Snoozed"), "snoozed"), (_t("Disabled"), "disabled"),
                           (_t("Expired or used up"), "done")):
            self.state_filter.addItem(text, code)
        self.symbol_filter.currentIndexChanged.connect(self._apply_filter)
        self.state_filter.currentIndexChanged.connect(self._apply_filter)
        new_key = ctx.actions.action("alerts.new").shortcut().toString()
        self.empty = muted_label(_t("No alerts yet. Create one ({0}), or right-click a price "
                                    "on a chart and choose “Alert here”.").format(new_key))
        self.history_title = QLabel()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for command_id in TOOLBAR:
            self.toolbar.addAction(ctx.actions.action(command_id))
        if any(c.id == CHANNELS_ACTION for c in ctx.actions.commands()):
            self.toolbar.addAction(ctx.actions.action(CHANNELS_ACTION))  # delivery's settings

        filters = QHBoxLayout()
        filters.addWidget(QLabel(_t("Symbol")))
        filters.addWidget(self.symbol_filter, 1)
        filters.addWidget(QLabel(_t("State")))
        filters.addWidget(self.state_filter, 1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.toolbar)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.rules_view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.history_title)
        bottom_layout.addWidget(self.history_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([300, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.subscribe(AlertRulesChangedEvent, lambda _e: self.ctx.spawn(self._load_rules()))
        self.subscribe(AlertEvent, self._on_alert)
        self._subscribe_delivery()
        self.on_flushed(self._refresh_history_if_stale)
        self.ctx.spawn(self._load(), _t("Alerts"))

    def _subscribe_delivery(self) -> None:
        """Delivery changes (desktop/alerts/delivery) refresh the history's status column."""
        try:
            from desktop.core.alert_delivery import AlertDeliveryEvent
        except ImportError:  # delivery is not part of this build
            return
        self.subscribe(AlertDeliveryEvent, self._mark_history_stale)

    # -- data ------------------------------------------------------------------------------
    async def _load(self) -> None:
        await self._load_rules()
        await self._load_history()
        self.loaded = True

    async def _load_rules(self) -> None:
        rules = await self.ctx.client.alert_rules()
        selected = {r.id for r in self.selected()}
        self.rules.reset(rules)
        self.history.set_rules(rules)
        symbols = sorted({r.symbol for r in rules if r.symbol})
        current = self.symbol_filter.currentData() or ""
        self.symbol_filter.blockSignals(True)
        self.symbol_filter.clear()
        self.symbol_filter.addItem(_t("Every symbol"), "")
        for s in symbols:
            self.symbol_filter.addItem(s, s)
        self.symbol_filter.setCurrentIndex(max(0, self.symbol_filter.findData(current)))
        self.symbol_filter.blockSignals(False)
        self._apply_filter()
        self.empty.setVisible(not rules)
        self.rules_view.resizeColumnsToContents()
        self._reselect(selected)

    async def _load_history(self) -> None:
        self._history_stale = False
        records = await self.ctx.client.alert_triggers(HISTORY_ROWS)
        self.history.reset(records)
        self._show_unread()
        self.history_view.resizeColumnsToContents()

    def _on_alert(self, _event: AlertEvent) -> None:
        self._history_stale = True

    def _mark_history_stale(self, _event: object) -> None:
        self._history_stale = True

    def _refresh_history_if_stale(self) -> None:
        if self._history_stale and self.loaded:
            self._history_stale = False
            self.ctx.spawn(self._load_history())

    def _show_unread(self) -> None:
        unread = self.history.unread()
        self.history_title.setText(
            _t("History — {0} unread").format(unread) if unread else _t("History"))

    def _apply_filter(self) -> None:
        self.filter.set_filter(self.symbol_filter.currentData() or "",
                               self.state_filter.currentData() or "")

    def _reselect(self, rule_ids: set[str]) -> None:
        if not rule_ids:
            return
        for row in range(self.filter.rowCount()):
            source = self.filter.mapToSource(self.filter.index(row, 0)).row()
            if self.rules.rule(source).id in rule_ids:
                self.rules_view.selectRow(row)
                return

    def selected(self) -> list[AlertRule]:
        return [self.rules.rule(r) for r in self.rules_view.selected_source_rows()]

    def selected_triggers(self) -> list[TriggerRecord]:
        return [self.history.record(r) for r in self.history_view.selected_source_rows()]

    # -- commands --------------------------------------------------------------------------
    def new_rule(self, rule: AlertRule | None = None) -> RuleDialog:
        symbols = sorted({r.symbol for r in self.rules.rules if r.symbol})
        chart = self.ctx.active_chart
        if rule is None and chart is not None and getattr(chart, "symbol", ""):
            symbols = [chart.symbol, *[s for s in symbols if s != chart.symbol]]
        dialog = RuleDialog(self.ctx, rule, symbols, self)
        dialog.open()
        return dialog

    def edit(self) -> RuleDialog | None:
        rules = self._need_selection()
        return self.new_rule(rules[0]) if rules else None

    def toggle(self) -> None:
        rules = self._need_selection()
        if rules:
            enable = not all(r.enabled for r in rules)
            self._run(self.ctx.client.alert_set_enabled([r.id for r in rules], enable))

    def duplicate(self) -> None:
        for rule in self._need_selection():
            self._run(self.ctx.client.alert_duplicate(rule.id))

    def snooze(self) -> None:
        rules = self._need_selection()
        if rules:
            self._run(self.ctx.client.alert_snooze([r.id for r in rules],
                                                   now_ms() + SNOOZE_MS))

    def delete(self) -> None:
        rules = self._need_selection()
        if not rules:
            return
        answer = QMessageBox.question(
            self, _t("Delete alerts"),
            _t("Delete {0} alert(s)? Their trigger history stays.").format(len(rules)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.ctx.client.alert_delete([r.id for r in rules]))

    def acknowledge(self) -> None:
        chosen = self.selected_triggers()
        if not chosen:
            self.ctx.statusMessage.emit(_t("Select a trigger in the history first"), 4000)
            return
        self._run(self._acknowledge([r.trigger.id for r in chosen]))

    def acknowledge_all(self) -> None:
        self._run(self._acknowledge(None))

    async def _acknowledge(self, ids: list[str] | None) -> None:
        await self.ctx.client.alert_acknowledge(ids)
        await self._load_history()
        unread = getattr(self.ctx, "alert_unread", None)
        if unread is not None:
            await unread.reload()

    def _need_selection(self) -> list[AlertRule]:
        rules = self.selected()
        if not rules:
            self.ctx.statusMessage.emit(_t("Select an alert first"), 4000)
        return rules

    def _run(self, coro) -> None:
        async def run() -> None:
            try:
                await coro
            except PregaoError as exc:
                self.ctx.statusMessage.emit(tr_message(exc), 8000)

        self.ctx.spawn(run(), _t("Alerts"))
