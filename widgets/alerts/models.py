"""The alert center's two tables: the rules, and the history of what fired."""

from __future__ import annotations

import math
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.alerts.model import AlertRule, TriggerRecord
from desktop.shell.messages import tr_message
from widgets.alerts.wording import (
    channel_name,
    delivery_text,
    describe,
    number,
    rule_state,
    severity_name,
    trigger_name,
    when_text,
)
from widgets.common.table import HeaderedTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertsDock", text)


def now_ms() -> int:
    return int(time.time() * 1000)


class RulesModel(HeaderedTableModel):
    COLUMNS = ("name", "symbol", "state", "trigger", "fired", "last", "severity", "channels")

    def __init__(self) -> None:
        super().__init__()
        titles = {"name": _t("Alert"), "symbol": _t("Symbol"), "state": _t("State"),
                  "trigger": _t("Trigger"), "fired": _t("Fired"),
                  "last": _t("Last fired"), "severity": _t("Severity"),
                  "channels": _t("Channels")}
        self.headers = [titles[c] for c in self.COLUMNS]
        self.rules: list[AlertRule] = []

    def row_count(self) -> int:
        return len(self.rules)

    def reset(self, rules: list[AlertRule]) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rule(self, row: int) -> AlertRule:
        return self.rules[row]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule = self.rules[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if role == SORT_ROLE and column in ("fired", "last"):
                return rule.fired_count if column == "fired" else (rule.last_fired_ms or 0)
            return self._text(rule, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return rule.message or describe(rule.condition)
        return None

    @staticmethod
    def _text(rule: AlertRule, column: str) -> str:
        if column == "name":
            sentence = describe(rule.condition)
            return f"{rule.name}: {sentence}" if rule.name else sentence
        if column == "symbol":
            return rule.symbol or "—"
        if column == "state":
            return rule_state(rule, now_ms())
        if column == "trigger":
            return trigger_name(rule.trigger)
        if column == "fired":
            return str(rule.fired_count)
        if column == "last":
            return when_text(rule.last_fired_ms)
        if column == "severity":
            return severity_name(rule.severity)
        return ", ".join(channel_name(c) for c in rule.channels) or "—"


class HistoryModel(HeaderedTableModel):
    COLUMNS = ("time", "symbol", "alert", "value", "severity", "delivery")

    def __init__(self) -> None:
        super().__init__()
        titles = {"time": _t("Time"), "symbol": _t("Symbol"), "alert": _t("Alert"),
                  "value": _t("Value"), "severity": _t("Severity"),
                  "delivery": _t("Delivery")}
        self.headers = [titles[c] for c in self.COLUMNS]
        self.records: list[TriggerRecord] = []
        self.rules: dict[str, AlertRule] = {}  # the rules still there, to word their triggers

    def row_count(self) -> int:
        return len(self.records)

    def reset(self, records: list[TriggerRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def set_rules(self, rules: list[AlertRule]) -> None:
        self.rules = {r.id: r for r in rules}
        if self.records:
            col = self.COLUMNS.index("alert")
            self.dataChanged.emit(self.index(0, col), self.index(len(self.records) - 1, col))

    def alert_text(self, rec: TriggerRecord) -> str:
        """The rule's words in the trader's language; the engine's title (translated when it
        is the engine's own sentence) once the rule is gone."""
        rule = self.rules.get(rec.trigger.rule_id)
        if rule is None:
            return tr_message(rec.trigger.title)
        sentence = describe(rule.condition)
        if rule.symbol and rule.symbol != rec.trigger.symbol:
            sentence = f"{rule.symbol} {sentence}"
        return f"{rule.name}: {sentence}" if rule.name else sentence

    def record(self, row: int) -> TriggerRecord:
        return self.records[row]

    def unread(self) -> int:
        return sum(not r.acknowledged for r in self.records)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self.records[index.row()]
        t = rec.trigger
        column = self.COLUMNS[index.column()]
        if role == SORT_ROLE and column in ("time", "value"):
            return t.time_ms if column == "time" else (-math.inf if math.isnan(t.value)
                                                        else t.value)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return {
                "time": lambda: when_text(t.time_ms),
                "symbol": lambda: t.symbol or "—",
                "alert": lambda: self.alert_text(rec),
                "value": lambda: number(t.value),
                "severity": lambda: severity_name(t.severity),
                "delivery": lambda: delivery_text(rec.delivery),
            }[column]()
        if role == Qt.ItemDataRole.ToolTipRole and column in ("alert", "delivery"):
            return t.message if column == "alert" else delivery_text(rec.delivery)
        if role == Qt.ItemDataRole.FontRole and not rec.acknowledged:
            font = QFont()
            font.setBold(True)  # unread
            return font
        return None
