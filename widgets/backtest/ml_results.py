"""What a training job found, out of sample: the folds' metrics, the confusion matrix, the
calibration curve and permutation importance (plain data from desktop.core.ml)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.ml import MlTrainResult
from widgets.backtest.formatting import format_time
from widgets.backtest.ml_setup import feature_label
from widgets.chart.theme import theme_for
from widgets.common.labels import muted_label
from widgets.common.pyqtgraph_import import pg


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestML", text)


def _number(value: float | None, decimals: int = 3) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return QLocale().toString(float(value), "f", decimals)


def _percent(value: float | None) -> str:
    return "—" if value is None else _number(100.0 * value, 1) + " %"


def _item(text: str, align_right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FoldsView(QWidget):
    """One row per walk-forward fold, then the test-row-weighted whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table([_t("Fold"), _t("Train rows"), _t("Test rows"), _t("Test from"),
                             _t("Test to"), _t("Accuracy"), _t("Log-loss"),
                             _t("Hit rate ≥ 60 %")])
        self.table.setToolTip(_t("Hit rate ≥ 60 %: how often the predicted side was right "
                                 "when the model was at least 60 % sure"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table)

    def set_result(self, result: MlTrainResult) -> None:
        loc = QLocale()
        rows = [*result.folds, {"fold": None, **result.summary}]
        self.table.setRowCount(len(rows))
        for r, fold in enumerate(rows):
            whole = fold.get("fold") is None
            confident = _confident_hit_rate(result.folds if whole else [fold])
            cells = [
                _t("All") if whole else loc.toString(int(fold["fold"]) + 1),
                "" if whole else loc.toString(int(fold["train_rows"])),
                loc.toString(int(fold.get("test_rows") or 0)),
                "" if whole else format_time(int(fold["test_from_ts"])),
                "" if whole else format_time(int(fold["test_to_ts"])),
                _percent(fold.get("accuracy")),
                _number(fold.get("log_loss")),
                _percent(confident),
            ]
            for c, text in enumerate(cells):
                item = _item(text, c not in (3, 4))
                if whole:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)


def _confident_hit_rate(folds: list[dict]) -> float | None:
    hits = count = 0.0
    for fold in folds:
        for bucket in fold.get("buckets") or []:
            if bucket["from"] >= 0.6 and bucket["count"]:
                count += bucket["count"]
                hits += bucket["hit_rate"] * bucket["count"]
    return hits / count if count else None


class ConfusionView(QWidget):
    """Counts of true against predicted outcome over every out-of-sample row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(2, 2)
        self.table.setHorizontalHeaderLabels([_t("Predicted down"), _t("Predicted up")])
        self.table.setVerticalHeaderLabels([_t("Went down"), _t("Went up")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = muted_label()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_result(self, result: MlTrainResult) -> None:
        total = sum(sum(row) for row in result.confusion) or 1
        loc = QLocale()
        for t in (0, 1):
            for p in (0, 1):
                n = result.confusion[t][p]
                item = _item(f"{loc.toString(n)}\n{_percent(n / total)}", False)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(t, p, item)
        self.note.setText(_t("Out-of-sample rows of every fold. Share that went up: {0}.")
                          .format(_percent(result.base_rate)))


class CalibrationView(QWidget):
    """Predicted probability of "up" against how often it went up; the diagonal is perfect
    calibration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setLabel("bottom", _t("Predicted probability of up"))
        self.plot.setLabel("left", _t("Share that went up"))
        self.plot.setXRange(0, 1)
        self.plot.setYRange(0, 1)
        self.note = muted_label(_t("Marker size follows the number of rows in the bin."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self._dark = True
        self._result: MlTrainResult | None = None
        self.set_theme(True)

    def set_result(self, result: MlTrainResult) -> None:
        self._result = result
        self._draw()

    def _draw(self) -> None:
        theme = theme_for(self._dark)
        self.plot.clear()
        self.plot.plot([0, 1], [0, 1], pen=pg.mkPen(theme.guide, width=1,
                                                    style=Qt.PenStyle.DashLine))
        if self._result is None or not self._result.calibration:
            return
        bins = self._result.calibration
        x = np.array([b["mean_predicted"] for b in bins])
        y = np.array([b["fraction_up"] for b in bins])
        counts = np.array([b["count"] for b in bins], dtype=np.float64)
        sizes = 6 + 14 * np.sqrt(counts / counts.max())
        self.plot.plot(x, y, pen=pg.mkPen("#42a5f5", width=1.6), symbol="o",
                       symbolSize=sizes, symbolBrush="#42a5f5", symbolPen=None)

    def set_theme(self, dark: bool) -> None:
        self._dark = dark
        _theme_plot(self.plot, dark)
        self._draw()


class ImportanceView(QWidget):
    """Permutation importance: how much worse the out-of-sample log-loss gets when a feature
    is shuffled, largest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.setLabel("bottom", _t("Loss in log-loss score when shuffled"))
        self.plot.getAxis("left").setWidth(190)
        self.note = muted_label(_t("Measured on each fold's test rows; bars at or below zero: "
                                   "the model does not rely on that feature."))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.note)
        self._dark = True
        self._result: MlTrainResult | None = None
        self.set_theme(True)

    def set_result(self, result: MlTrainResult) -> None:
        self._result = result
        self._draw()

    def _draw(self) -> None:
        theme = theme_for(self._dark)
        self.plot.clear()
        if self._result is None or not self._result.importance:
            return
        rows = list(reversed(self._result.importance))  # largest at the top
        y = np.arange(len(rows), dtype=np.float64)
        width = np.array([r[1] for r in rows])
        spread = np.array([r[2] for r in rows])
        brushes = [pg.mkBrush(theme.up if w > 0 else theme.down) for w in width]
        self.plot.addItem(pg.BarGraphItem(x0=np.minimum(width, 0), y=y, height=0.6,
                                          width=np.abs(width), brushes=brushes, pen=None))
        self.plot.addItem(pg.ErrorBarItem(x=width, y=y, left=spread, right=spread,
                                          beam=0.2, pen=pg.mkPen(theme.text)))
        self.plot.getAxis("left").setTicks([[(float(i), feature_label(r[0]))
                                             for i, r in enumerate(rows)]])
        self.plot.setYRange(-0.6, len(rows) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="x")

    def set_theme(self, dark: bool) -> None:
        self._dark = dark
        _theme_plot(self.plot, dark)
        self._draw()


def _theme_plot(plot: pg.PlotWidget, dark: bool) -> None:
    theme = theme_for(dark)
    plot.setBackground(theme.background)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(theme.axis))
        axis.setTextPen(pg.mkPen(theme.text))
        axis.setLabel(axis.labelText, color=theme.text)
