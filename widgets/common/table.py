"""The table view every tabular panel uses: compact rows, sorting, copy as TSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class HeaderedTableModel(QAbstractTableModel):
    """A flat table model: subclasses set `headers` (translated) and implement `row_count()`
    and `data()`; the structure calls Qt asks for are answered here once."""

    headers: list[str]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class DataTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def selected_source_rows(self) -> list[int]:
        """Selected rows in the source model's numbering (through any proxy)."""
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if hasattr(model, "mapToSource"):
            return sorted(model.mapToSource(model.index(r, 0)).row() for r in rows)
        return rows

    def selected_text(self) -> str:
        """Selected rows as tab-separated text with a header line (pastes into a spreadsheet)."""
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        cols = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols]
        lines = ["\t".join(header)]
        for r in rows:
            lines.append("\t".join(str(model.index(r, c).data() or "") for c in cols))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        if self.selectionModel().hasSelection():
            QGuiApplication.clipboard().setText(self.selected_text())

    def select_first_row(self) -> None:
        if self.model() is not None and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
            self.selectionModel().select(
                self.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)
