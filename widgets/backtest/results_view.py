"""A run's results: metrics table, equity/drawdown chart, trades table; and the
side-by-side comparison of two runs."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QSplitter, QVBoxLayout, QWidget

from desktop.core.backtests import BacktestRun
from widgets.backtest.equity_plot import EquityPlot
from widgets.backtest.formatting import (
    exit_reason_label,
    format_amount,
    format_metric,
    format_price,
    format_time,
    metric_label,
    ordered_metrics,
    side_label,
)
from widgets.chart.theme import theme_for
from widgets.common.labels import muted_label
from widgets.common.strategy_text import strategy_text
from widgets.common.table import DataTableView

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


def run_label(run: BacktestRun) -> str:
    s = run.summary
    symbols = ", ".join(s.symbols)
    return f"{strategy_text(s.strategy_name)} · {symbols} · {s.timeframe}"


class MetricsModel(QAbstractTableModel):
    """Metric | value per run | (for two runs) difference, second minus first."""

    def __init__(self) -> None:
        super().__init__()
        self._runs: list[BacktestRun] = []
        self._keys: list[str] = []
        self.dark = True

    def set_runs(self, runs: list[BacktestRun]) -> None:
        self.beginResetModel()
        self._runs = list(runs)
        keys: set[str] = set()
        for run in runs:
            keys |= set(run.summary.metrics)
        self._keys = ordered_metrics(keys)
        self.endResetModel()

    def keys(self) -> list[str]:
        return list(self._keys)

    def _diff(self) -> bool:
        return len(self._runs) == 2

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._runs) + (1 if self._diff() else 0)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return _t("Metric")
        if section <= len(self._runs):
            if len(self._runs) == 1:
                return _t("Value")
            return _t("Run {0}").format(chr(ord("A") + section - 1))
        return _t("B − A")

    def value(self, row: int, run: int) -> float | None:
        return self._runs[run].summary.metrics.get(self._keys[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, col = self._keys[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return metric_label(key)
            if col <= len(self._runs):
                return format_metric(key, self.value(index.row(), col - 1))
            a, b = self.value(index.row(), 0), self.value(index.row(), 1)
            if a is None or b is None or not (math.isfinite(a) and math.isfinite(b)):
                return "—"
            return format_metric(key, b - a, signed=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col > len(self._runs) and col > 0:
            a, b = self.value(index.row(), 0), self.value(index.row(), 1)
            neutral = key in _NEUTRAL
            if not neutral and a is not None and b is not None and math.isfinite(b - a) and b != a:
                theme = theme_for(self.dark)
                better = (b > a) != (key in _LOWER_IS_BETTER)
                return QColor(theme.up if better else theme.down)
        return None


_NEUTRAL = {"trades", "exposure_pct", "start_equity"}  # more is neither better nor worse
_LOWER_IS_BETTER = {
    "max_drawdown", "max_drawdown_duration_days", "max_drawdown_duration_bars", "volatility",
    "var_95", "cvar_95",
}  # fmt: skip


class TradesModel(QAbstractTableModel):
    COLUMNS = ("index", "symbol", "side", "entry_ms", "entry_price", "exit_ms", "exit_price",
               "size", "pnl", "return", "fees", "bars_held", "exit_reason")  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = []
        self.dark = True

    @staticmethod
    def headers() -> list[str]:
        return [
            "#", _t("Symbol"), _t("Side"), _t("Entry"), _t("Entry price"), _t("Exit"),
            _t("Exit price"), _t("Size"), _t("P&L"), _t("Return"), _t("Fees"), _t("Bars"),
            _t("Exit reason"),
        ]  # fmt: skip

    def set_trades(self, trades: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = trades
        self.endResetModel()

    def trade(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _raw(self, row: int, column: str) -> Any:
        t = self._rows[row]
        if column == "index":
            return row + 1
        if column == "return":
            cost = t["entry_price"] * t["size"]
            return t["pnl"] / cost if cost else math.nan
        return t[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        raw = self._raw(index.row(), column)
        if role == SORT_ROLE:
            return raw
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("entry_ms", "exit_ms"):
                return format_time(raw)
            if column in ("entry_price", "exit_price"):
                return format_price(raw)
            if column == "size":
                return format_amount(raw)
            if column in ("pnl", "fees"):
                return format_metric("expectancy", raw, signed=column == "pnl")
            if column == "return":
                return format_metric("total_return", raw, signed=True)
            if column == "side":
                return side_label(raw)
            if column == "exit_reason":
                return exit_reason_label(raw)
            return str(raw)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            "symbol",
            "side",
            "exit_reason",
            "entry_ms",
            "exit_ms",
        ):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column in ("pnl", "return"):
            value = self._rows[index.row()]["pnl"]
            if value:
                theme = theme_for(self.dark)
                return QColor(theme.up if value > 0 else theme.down)
        return None


def sorted_view(model: QAbstractTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


class ResultsView(QWidget):
    """One run. `tradeActivated(trade, run)` on a double-click in the trades table."""

    tradeActivated = Signal(dict, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run: BacktestRun | None = None
        self.title = muted_label(_t("No results yet: set up a backtest and press Run."))
        self.metrics_model = MetricsModel()
        self.metrics = _metrics_table(self.metrics_model, 230)
        self.plot = EquityPlot()
        self.trades_model = TradesModel()
        self.trades_proxy = sorted_view(self.trades_model)
        self.trades = DataTableView()
        self.trades.setModel(self.trades_proxy)
        self.trades.setToolTip(_t("Double-click a trade to see it on the focused chart"))
        self.trades.doubleClicked.connect(self._on_double_click)
        self.trades.setMinimumHeight(self.trades.verticalHeader().defaultSectionSize() * 5)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.metrics)
        top.addWidget(self.plot)
        top.setStretchFactor(0, 0)
        top.setStretchFactor(1, 1)
        top.setSizes([270, 700])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.trades)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.header = QHBoxLayout()  # the title, and commands on the shown run
        self.header.addWidget(self.title, 1)
        layout.addLayout(self.header)
        layout.addWidget(split, 1)
        # Until there is a run, empty axes (0.1 … 0.9) and tables would only look broken.
        self._body = split
        split.hide()

    def show_run(self, run: BacktestRun) -> None:
        self.run = run
        self._body.show()
        s = run.summary
        params = ", ".join(f"{k}={v}" for k, v in s.params.items())
        self.title.setText(
            _t("{0} — {1} to {2}, {3} bars").format(
                f"{run_label(run)} ({params})" if params else run_label(run),
                format_time(s.start_ms),
                format_time(s.end_ms),
                s.bars,
            )
        )
        self.metrics_model.set_runs([run])
        self.plot.set_runs([(run_label(run), run.ts, run.equity)])
        self.trades_model.set_trades(run.trades)
        self.trades.resizeColumnsToContents()

    def _on_double_click(self, index: QModelIndex) -> None:
        if self.run is None or not index.isValid():
            return
        row = self.trades_proxy.mapToSource(index).row()
        self.tradeActivated.emit(self.trades_model.trade(row), self.run)

    def set_theme(self, dark: bool) -> None:
        self.metrics_model.dark = self.trades_model.dark = dark
        self.plot.set_theme(dark)


def _metrics_table(model: MetricsModel, min_width: int) -> DataTableView:
    """Metrics in their fixed order (not sortable); values always whole, the metric names
    take what is left (elided when narrow)."""
    table = DataTableView()
    table.setSortingEnabled(False)
    table.setModel(model)
    table.setMinimumWidth(min_width)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class CompareView(QWidget):
    """Two runs: metrics in two columns with the difference, equity curves overlaid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[BacktestRun] = []
        self.title = muted_label(_t("Select two runs in the Runs tab and press Compare."))
        self.metrics_model = MetricsModel()
        self.metrics = _metrics_table(self.metrics_model, 380)
        self.plot = EquityPlot()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.metrics)
        split.addWidget(self.plot)
        split.setStretchFactor(1, 1)
        split.setSizes([480, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    def show_runs(self, runs: list[BacktestRun]) -> None:
        self.runs = list(runs)
        self.title.setText(
            "   ".join(
                f"{chr(ord('A') + k)}: {run_label(r)} · {format_time(r.summary.created_ms)}"
                for k, r in enumerate(runs)
            )
        )
        self.metrics_model.set_runs(runs)
        labels = [chr(ord("A") + k) for k in range(len(runs))]
        self.plot.set_runs(
            [(label, r.ts, r.equity) for label, r in zip(labels, runs, strict=True)],
            normalise=True,
        )

    def set_theme(self, dark: bool) -> None:
        self.metrics_model.dark = dark
        self.plot.set_theme(dark)
