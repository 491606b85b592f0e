"""The clustered correlation matrix as a heatmap table: related assets sit together."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from widgets.common.numbers import fmt_number
from widgets.risk.colors import correlation_color

CELL_WIDTH = 58


def _t(text: str) -> str:
    return QCoreApplication.translate("RiskDock", text)


def short_name(symbol: str) -> str:
    """'BTC/USDT' -> 'BTC': the quote is the same for the whole book."""
    return symbol.split("/")[0]


class CorrelationModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.symbols: tuple[str, ...] = ()
        self.matrix: tuple[tuple[float, ...], ...] = ()
        self.dark = True

    def set_matrix(self, symbols: tuple[str, ...], matrix: tuple[tuple[float, ...], ...]
                   ) -> None:
        if symbols == self.symbols:
            self.matrix = matrix
            if symbols:
                n = len(symbols) - 1
                self.dataChanged.emit(self.index(0, 0), self.index(n, n))
            return
        self.beginResetModel()
        self.symbols, self.matrix = symbols, matrix
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.set_matrix(self.symbols, self.matrix)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.symbols)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.symbols)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return short_name(self.symbols[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.symbols[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rho = self.matrix[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if not math.isfinite(rho) else fmt_number(rho, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return correlation_color(rho, self.dark)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _t("{0} and {1}: {2}").format(
                self.symbols[index.row()], self.symbols[index.column()],
                fmt_number(rho, 3))
        return None


class CorrelationView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = CorrelationModel()
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        self.horizontalHeader().setDefaultSectionSize(CELL_WIDTH)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
