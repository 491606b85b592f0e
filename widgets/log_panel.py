"""Log panel: every log line of the app, filtered by level and text, copyable."""

from __future__ import annotations

import logging
from collections import deque
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from desktop.core import LogEvent
from desktop.shell.bridge import RECENT_LOG_LINES
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.common.table import DataTableView, HeaderedTableModel

MAX_LINES = RECENT_LOG_LINES
LEVEL_COLOURS = {
    logging.WARNING: QColor("#f0b429"),
    logging.ERROR: QColor("#ef5350"),
    logging.CRITICAL: QColor("#ef5350"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("LogPanel", text)


def level_name(level: int) -> str:
    if level >= logging.CRITICAL:
        return _t("Critical")
    if level >= logging.ERROR:
        return _t("Error")
    if level >= logging.WARNING:
        return _t("Warning")
    if level >= logging.INFO:
        return _t("Info")
    return _t("Debug")


def shown_text(line: LogEvent) -> str:
    """The line in the UI language: the engine's audit lines and other translatable Messages
    are translated here; a plain log line stays as written."""
    return tr_message(line.message)


class LogModel(HeaderedTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.lines: deque[LogEvent] = deque()
        self._pending: list[LogEvent] = []
        self.headers = [_t("Time"), _t("Level"), _t("Source"), _t("Message")]

    def row_count(self) -> int:
        return len(self.lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return datetime.fromtimestamp(line.ts).strftime("%H:%M:%S.%f")[:-3]
            if col == 1:
                return level_name(line.level)
            if col == 2:
                return line.logger
            return shown_text(line).splitlines()[0] if line.message else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return shown_text(line)
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, 3):
            return LEVEL_COLOURS.get(line.level)
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None

    def on_log(self, event: LogEvent) -> None:
        self._pending.append(event)

    def commit(self) -> None:
        """Append the batch received since the last flush in one insert; trim the oldest."""
        if not self._pending:
            return
        batch, self._pending = self._pending[-MAX_LINES:], []
        overflow = len(self.lines) + len(batch) - MAX_LINES
        if overflow > 0:
            drop = min(overflow, len(self.lines))
            self.beginRemoveRows(QModelIndex(), 0, drop - 1)
            for _ in range(drop):
                self.lines.popleft()
            self.endRemoveRows()
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self.lines.extend(batch)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.lines.clear()
        self.endResetModel()


class LogFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.min_level = logging.INFO
        self.needle = ""

    def set_filter(self, min_level: int, needle: str) -> None:
        self.beginFilterChange()
        self.min_level = min_level
        self.needle = needle.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        line: LogEvent = self.sourceModel().lines[row]
        if line.level < self.min_level:
            return False
        return (
            not self.needle
            or self.needle in shown_text(line).casefold()
            or self.needle in line.message.casefold()  # the English text finds it too
            or (self.needle in line.logger.casefold())
        )


class LogPanel(Panel):
    panel_type = "log"
    icon_name = "log"

    @classmethod
    def display_name(cls) -> str:
        return _t("Log")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        config = config or {}
        self.model = LogModel()
        self.proxy = LogFilter()
        self.proxy.setSourceModel(self.model)
        self.level = QComboBox()
        for name, value in (
            (_t("Debug"), logging.DEBUG),
            (_t("Info"), logging.INFO),
            (_t("Warning"), logging.WARNING),
            (_t("Error"), logging.ERROR),
        ):
            self.level.addItem(name, value)
        self.level.setCurrentIndex(max(0, self.level.findData(config.get("level", logging.INFO))))
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Search the log…"))
        self.search.setClearButtonEnabled(True)
        copy = QPushButton(icon("copy"), _t("Copy"))
        copy.setToolTip(_t("Copy the selected lines"))
        clear = QPushButton(icon("clear"), _t("Clear"))
        self.view = DataTableView(self)
        self.view.setSortingEnabled(False)
        self.view.setModel(self.proxy)
        self.view.setColumnWidth(0, 95)
        self.view.setColumnWidth(1, 70)
        self.view.setColumnWidth(2, 170)
        bar = QHBoxLayout()
        bar.addWidget(self.level)
        bar.addWidget(self.search, 1)
        bar.addWidget(copy)
        bar.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.level.currentIndexChanged.connect(lambda _i: self._refilter())
        self.search.textChanged.connect(lambda _t: self._refilter())
        copy.clicked.connect(self.view.copy_selection)
        clear.clicked.connect(self.model.clear)
        for line in ctx.bridge.recent_logs:  # what was logged before the panel was built
            self.model.on_log(line)
        self.model.commit()
        self.subscribe(LogEvent, self.model.on_log)
        self.on_flushed(self._commit)
        self._refilter()

    def _commit(self) -> None:
        bar = self.view.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        self.model.commit()
        if at_bottom:
            self.view.scrollToBottom()

    def _refilter(self) -> None:
        self.proxy.set_filter(self.level.currentData(), self.search.text())

    def config(self) -> dict[str, Any]:
        return {"level": self.level.currentData()}


def install_log_commands(ctx: AppContext, docks: DockManager) -> None:
    def focus_search() -> None:
        docks.show_panel("log").search.setFocus()

    ctx.actions.register(
        "log.search",
        _t("Search the log"),
        focus_search,
        shortcut="Ctrl+Shift+F",
        icon_name="log",
        menu="view",
    )
