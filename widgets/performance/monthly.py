"""The monthly returns heatmap: a year per row, a month per column and the year's return,
each cell coloured from the theme's down colour through neutral to its up colour."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.reports.labels import TEXTS
from desktop.shell.theme import palette
from widgets.common.numbers import fmt_number


def _tr(key: str) -> str:
    return QCoreApplication.translate("Report", TEXTS[key])


SHOWN_YEARS = 3  # rows shown before the grid scrolls: the latest years matter most
MIN_WIDTH_PX = 760  # 13 columns of "−12.34" and the years' column, read whole


class MonthlyHeatmap(QTableWidget):
    def __init__(self) -> None:
        super().__init__(0, 13)
        self.setObjectName("performanceMonthly")
        self.setHorizontalHeaderLabels([_tr(f"m{m}") for m in range(1, 13)] + [_tr("year")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(12, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMinimumWidth(MIN_WIDTH_PX)
        self._dark = True
        self.fit_height()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark

    def show_grid(self, years: list[int], grid: np.ndarray, yearly: np.ndarray) -> None:
        self.setRowCount(len(years))
        self.setVerticalHeaderLabels([str(y) for y in years])
        finite = grid[np.isfinite(grid)] if grid.size else grid
        scale = float(np.abs(finite).max()) if finite.size else 1.0
        colours = palette(self._dark)
        for r in range(len(years)):
            values = [*grid[r].tolist(), float(yearly[r]) if r < len(yearly) else math.nan]
            for c, v in enumerate(values):
                item = QTableWidgetItem("" if not math.isfinite(v) else
                                        fmt_number(v * 100, 2))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if math.isfinite(v) and c < 12:
                    base = QColor(colours.up if v >= 0 else colours.down)
                    base.setAlphaF(0.15 + 0.7 * min(1.0, abs(v) / (scale or 1.0)))
                    item.setBackground(base)
                self.setItem(r, c, item)
        self.fit_height()
        if years:
            self.scrollToBottom()  # the latest year in view

    def fit_height(self) -> None:
        """As tall as the header and its years (one empty row before any), up to
        SHOWN_YEARS: the panel gives the rest of its height to the curve."""
        rows = min(max(self.rowCount(), 1), SHOWN_YEARS)
        row = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows * row
                            + 2 * self.frameWidth())
