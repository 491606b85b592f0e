"""Stored runs: a sortable list to open, compare (two selected) or delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.backtests import RunSummary
from desktop.shell.icons import icon
from widgets.backtest.formatting import format_metric, format_time
from widgets.backtest.results_view import RIGHT, SORT_ROLE, sorted_view
from widgets.chart.theme import theme_for
from widgets.common.numbers import localize_digits
from widgets.common.strategy_text import strategy_text
from widgets.common.table import DataTableView

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


class RunsModel(QAbstractTableModel):
    COLUMNS = ("created", "strategy", "symbols", "timeframe", "total_return", "max_drawdown",
               "sharpe", "trades")  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._runs: list[RunSummary] = []
        self.dark = True

    def set_runs(self, runs: list[RunSummary]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        self.endResetModel()

    def run(self, row: int) -> RunSummary:
        return self._runs[row]

    def ids(self) -> list[str]:
        return [r.id for r in self._runs]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _t("Run at"), _t("Strategy"), _t("Symbols"), _t("Timeframe"), _t("Total return"),
            _t("Max drawdown"), _t("Sharpe"), _t("Trades"),
        )[section]  # fmt: skip

    def _raw(self, run: RunSummary, column: str) -> Any:
        if column == "created":
            return run.created_ms
        if column == "strategy":
            params = ", ".join(f"{k}={v}" for k, v in run.params.items())
            name = strategy_text(run.strategy_name)
            return f"{name} ({params})" if params else name
        if column == "symbols":
            return ", ".join(run.symbols)
        if column == "timeframe":
            return run.timeframe
        value = run.metrics.get(column)
        return float("nan") if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        column = self.COLUMNS[index.column()]
        raw = self._raw(run, column)
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "created":
                return format_time(raw)
            if column in ("total_return", "max_drawdown", "sharpe", "trades"):
                return format_metric(column, run.metrics.get(column))
            return raw
        if role == Qt.ItemDataRole.ToolTipRole:
            req = run.request
            source = req.data_file or req.venue
            return _t("{0}; capital {1}, fees {2}/{3} bps, slippage {4} bps, sizing {5}").format(
                source,
                *(localize_digits(f"{v:,g}") for v in (
                    req.cash, req.maker_fee_bps, req.taker_fee_bps, req.slippage_bps)),
                req.sizing if req.sizing == "all" else
                f"{req.sizing} {localize_digits(f'{req.sizing_value:g}')}",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "total_return",
            "max_drawdown",
            "sharpe",
            "trades",
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == "total_return":
            value = run.metrics.get(column)
            if value:
                theme = theme_for(self.dark)
                return QColor(theme.up if value > 0 else theme.down)
        return None


class RunsView(QWidget):
    openRequested = Signal(str)  # run id
    compareRequested = Signal(list)  # two run ids
    deleteRequested = Signal(list)  # run ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RunsModel()
        self.proxy = sorted_view(self.model)
        self.table = DataTableView()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(icon("open"), _t("Open"))
        self.open_button.setToolTip(_t("Show the selected run's results"))
        self.compare_button = QPushButton(icon("compare"), _t("Compare"))
        self.compare_button.setToolTip(_t("Select two runs to compare them side by side"))
        self.delete_button = QPushButton(icon("delete"), _t("Delete"))
        self.delete_button.setToolTip(_t("Delete the selected runs from disk"))
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button.clicked.connect(
            lambda: self.deleteRequested.emit(self.selected_ids()) if self.selected_ids() else None
        )
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_runs(self, runs: list[RunSummary]) -> None:
        selected = set(self.selected_ids())
        self.model.set_runs(runs)
        self.table.resizeColumnsToContents()
        self.hint.setText(_t("{0} stored runs").format(len(runs)))
        if selected:
            self.select_ids([i for i in self.model.ids() if i in selected])
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [self.model.run(r).id for r in self.table.selected_source_rows()]

    def select_ids(self, ids: list[str]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        all_ids = self.model.ids()
        for run_id in ids:
            if run_id in all_ids:
                index = self.proxy.mapFromSource(self.model.index(all_ids.index(run_id), 0))
                sel.select(index, flags)
        self._update_buttons()

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.openRequested.emit(ids[0])

    def compare_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compareRequested.emit(ids)

    def _update_buttons(self, *_args) -> None:
        n = len(self.selected_ids())
        self.open_button.setEnabled(n >= 1)
        self.compare_button.setEnabled(n == 2)
        self.delete_button.setEnabled(n >= 1)
