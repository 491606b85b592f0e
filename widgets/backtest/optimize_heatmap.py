"""Two parameters against each other: each cell the best objective over the other
parameters (ranked sets only), with a colour bar, the values on the axes, and the cell under
the mouse spelled out."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.backtests import OptimiseResult
from widgets.backtest.formatting import format_metric, metric_label
from widgets.backtest.optimize_tables import OK, format_value
from widgets.chart.theme import theme_for
from widgets.common.labels import muted_label
from widgets.common.pyqtgraph_import import pg

#: Most value labels an axis shows; more values than this label every k-th.
MAX_AXIS_LABELS = 14


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestOptimise", text)


def heatmap_grid(
    result: OptimiseResult, x: str, y: str
) -> tuple[list[Any], list[Any], np.ndarray]:
    """(x values, y values, z) with z[j, i] the best objective where y = y_values[j] and
    x = x_values[i]; NaN where no ranked set has that pair. Axis values come from every row,
    invalid ones included, so a refused region shows as empty cells."""
    x_values = sorted({r.params[x] for r in result.rows})
    y_values = sorted({r.params[y] for r in result.rows})
    xi = {v: i for i, v in enumerate(x_values)}
    yi = {v: j for j, v in enumerate(y_values)}
    ranked = [r for r in result.rows if r.status == OK]
    values = np.array([r.metrics.get(result.objective, math.nan) for r in ranked], float)
    cols = np.array([xi[r.params[x]] for r in ranked], dtype=np.int64)
    rows = np.array([yi[r.params[y]] for r in ranked], dtype=np.int64)
    keep = ~np.isnan(values)
    fill = -np.inf if result.maximize else np.inf
    z = np.full((len(y_values), len(x_values)), fill)
    pick = np.maximum if result.maximize else np.minimum
    pick.at(z, (rows[keep], cols[keep]), values[keep])
    z[np.isinf(z) & (z == fill)] = np.nan
    return x_values, y_values, z


def _ticks(values: list[Any]) -> list[tuple[float, str]]:
    every = max(1, math.ceil(len(values) / MAX_AXIS_LABELS))
    return [(k + 0.5, format_value(v)) for k, v in enumerate(values) if k % every == 0]


class HeatmapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: OptimiseResult | None = None
        self.x_values: list[Any] = []
        self.y_values: list[Any] = []
        self.z = np.empty((0, 0))
        self.x_axis = QComboBox()
        self.y_axis = QComboBox()
        self.x_axis.setToolTip(_t("Parameter across"))
        self.y_axis.setToolTip(_t("Parameter up"))
        self.x_axis.currentIndexChanged.connect(self._redraw)
        self.y_axis.currentIndexChanged.connect(self._redraw)
        self.hover = QLabel(_t("Point at a cell to read its value"))
        self.hover.setProperty("role", "muted")
        self.note = muted_label()
        self.plot_widget = pg.PlotWidget()
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.colormap = pg.colormap.get("viridis")
        self.bar = pg.ColorBarItem(values=(0, 1), colorMap=self.colormap, interactive=False,
                                   width=14)
        self.bar.setImageItem(self.image, insert_in=self.plot)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse)
        top = QHBoxLayout()
        top.addWidget(QLabel(_t("Across")))
        top.addWidget(self.x_axis, 1)
        top.addWidget(QLabel(_t("Up")))
        top.addWidget(self.y_axis, 1)
        top.addWidget(self.hover, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.plot_widget, 1)
        self.set_theme(True)
        self.set_result(None)

    def set_result(self, result: OptimiseResult | None) -> None:
        self.result = result
        names = list(result.param_names) if result else []
        # Parameters the sweep varied come first: a fixed one makes a one-cell-wide map.
        varied = [n for n in names if len({r.params[n] for r in result.rows}) > 1] if result \
            else []
        for combo, pick in ((self.x_axis, 0), (self.y_axis, 1)):
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(name.replace("_", " "), name)
            choice = (varied + [n for n in names if n not in varied])
            if len(choice) > pick:
                combo.setCurrentIndex(combo.findData(choice[pick]))
            combo.blockSignals(False)
        self._redraw()

    def axes(self) -> tuple[str, str]:
        return self.x_axis.currentData() or "", self.y_axis.currentData() or ""

    def set_axes(self, x: str, y: str) -> None:
        self.x_axis.setCurrentIndex(self.x_axis.findData(x))
        self.y_axis.setCurrentIndex(self.y_axis.findData(y))

    def cells(self) -> np.ndarray:
        """The values shown, z[row of the y value, column of the x value] (NaN: empty)."""
        return self.z

    def _redraw(self, *_args) -> None:
        x, y = self.axes()
        result = self.result
        if result is None or len(result.param_names) < 2 or not x or not y or x == y:
            self.x_values, self.y_values, self.z = [], [], np.empty((0, 0))
            self.image.clear()
            self.image.setVisible(False)
            if result is None:
                self.note.setText(_t("Run an optimisation to see the map."))
            elif len(result.param_names) < 2:
                self.note.setText(_t("A heatmap needs a strategy with two parameters."))
            else:
                self.note.setText(_t("Choose two different parameters."))
            self.note.show()
            return
        self.x_values, self.y_values, self.z = heatmap_grid(result, x, y)
        finite = self.z[np.isfinite(self.z)]
        self.note.setText(_t("Each cell: the best {0} over the other parameters; empty: no "
                             "ranked set").format(metric_label(result.objective)))
        self.note.setVisible(True)
        self.image.setVisible(True)
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + (abs(lo) * 0.01 or 1.0)
        self.image.setImage(self.z, autoLevels=False, levels=(lo, hi))
        self.image.setRect(QRectF(0, 0, len(self.x_values), len(self.y_values)))
        self.bar.setLevels((lo, hi))
        self.plot.getAxis("bottom").setTicks([_ticks(self.x_values)])
        self.plot.getAxis("left").setTicks([_ticks(self.y_values)])
        self.plot.setLabel("bottom", x.replace("_", " "))
        self.plot.setLabel("left", y.replace("_", " "))
        self.plot.setXRange(0, len(self.x_values), padding=0)
        self.plot.setYRange(0, len(self.y_values), padding=0)

    def cell_text(self, i: int, j: int) -> str:
        assert self.result is not None
        x, y = self.axes()
        value = self.z[j, i]
        shown = format_metric(self.result.objective, None if math.isnan(value) else value)
        return _t("{0} = {1}, {2} = {3}: {4} {5}").format(
            x, format_value(self.x_values[i]), y, format_value(self.y_values[j]),
            metric_label(self.result.objective), shown)

    def _on_mouse(self, pos: QPointF) -> None:
        if not self.z.size:
            return
        point = self.plot.getViewBox().mapSceneToView(pos)
        i, j = math.floor(point.x()), math.floor(point.y())
        if 0 <= i < len(self.x_values) and 0 <= j < len(self.y_values):
            text = self.cell_text(i, j)
            self.hover.setText(text)
            self.plot_widget.setToolTip(text)
        else:
            self.plot_widget.setToolTip("")

    def set_theme(self, dark: bool) -> None:
        theme = theme_for(dark)
        self.plot_widget.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.axis))
            axis.setTextPen(pg.mkPen(theme.text))
        bar_axis = self.bar.axis
        bar_axis.setPen(pg.mkPen(theme.axis))
        bar_axis.setTextPen(pg.mkPen(theme.text))
