"""Walk-forward (windows table and the stitched out-of-sample equity) and Monte Carlo
(percentiles of total return and max drawdown, with histograms) of an optimisation."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QSplitter, QVBoxLayout, QWidget

from desktop.core.backtests import MonteCarloSummary, OptimiseResult
from widgets.backtest.equity_plot import EquityPlot
from widgets.backtest.formatting import format_metric, metric_label
from widgets.backtest.optimize_tables import WalkForwardModel
from widgets.backtest.results_view import RIGHT, SORT_ROLE, sorted_view
from widgets.chart.theme import theme_for
from widgets.common.labels import muted_label
from widgets.common.numbers import fmt_number
from widgets.common.pyqtgraph_import import pg
from widgets.common.table import DataTableView

HIST_COLOR = "#42a5f5"
MARK_COLORS = ("#ef5350", "#f0b90b", "#26a69a")  # 5th, 50th, 95th


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestOptimise", text)


class WalkForwardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = muted_label(_t("Tick Walk-forward before optimising to see it here."))
        self.model = WalkForwardModel()
        self.table = DataTableView()
        self.table.setModel(sorted_view(self.model))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        self.plot = EquityPlot()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.plot)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    def set_result(self, result: OptimiseResult | None) -> None:
        wf = result.walk_forward if result else None
        if result is None or wf is None:
            self.model.set_windows([], result.objective if result else "sharpe")
            self.plot.clear()
            self.title.setText(_t("Tick Walk-forward before optimising to see it here."))
            return
        self.model.set_windows(wf.windows, result.objective)
        self.table.resizeColumnsToContents()
        self.plot.set_runs([(_t("Out-of-sample"), wf.ts, wf.equity)])
        kind = _t("anchored") if wf.anchored else _t("rolling")
        m = wf.metrics
        self.title.setText(
            _t("{0} windows ({1}, {2} in-sample / {3} out-of-sample bars). Stitched "
               "out-of-sample: {4} {5}, {6} {7}, {8} {9}").format(
                len(wf.windows), kind, wf.in_bars, wf.out_bars,
                metric_label("total_return"), format_metric("total_return",
                                                            m.get("total_return")),
                metric_label("max_drawdown"), format_metric("max_drawdown",
                                                            m.get("max_drawdown")),
                metric_label(result.objective), format_metric(result.objective,
                                                              m.get(result.objective)),
            )
        )

    def set_theme(self, dark: bool) -> None:
        self.model.dark = dark
        self.plot.set_theme(dark)
        self.table.viewport().update()


class _Histogram(pg.PlotWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.plot = self.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(False, False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setTitle(title)
        self.plot.setLabel("left", _t("Runs"))
        self.plot.getAxis("left").setWidth(48)
        self.items: list[pg.GraphicsObject] = []

    def show_counts(self, counts: np.ndarray, edges: np.ndarray,
                    marks: tuple[float, float, float]) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items.clear()
        x = edges * 100.0  # fractions shown as %
        bars = pg.BarGraphItem(x0=x[:-1], x1=x[1:], height=counts.astype(float),
                               brush=pg.mkBrush(HIST_COLOR), pen=pg.mkPen(None))
        self.plot.addItem(bars)
        self.items.append(bars)
        for value, color in zip(marks, MARK_COLORS, strict=True):
            line = pg.InfiniteLine(value * 100.0, angle=90,
                                   pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine))
            self.plot.addItem(line)
            self.items.append(line)
        self.plot.enableAutoRange()

    def set_theme(self, dark: bool) -> None:
        theme = theme_for(dark)
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.axis))
            axis.setTextPen(pg.mkPen(theme.text))
        self.plot.titleLabel.setAttr("color", theme.text)


class MonteCarloView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: MonteCarloSummary | None = None
        self.title = muted_label(_t("Tick Monte Carlo before optimising to see it here."))
        self.model = QStandardItemModel(0, 5)
        self.table = DataTableView()
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(rows * 3 + 8)
        self.returns = _Histogram(_t("Total return, %"))
        self.drawdowns = _Histogram(_t("Max drawdown, %"))
        plots = QSplitter(Qt.Orientation.Horizontal)
        plots.addWidget(self.returns)
        plots.addWidget(self.drawdowns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(plots, 1)
        self._headers()
        self.set_theme(True)
        self.set_result(None)

    def _headers(self) -> None:
        self.model.setHorizontalHeaderLabels(
            ["", _t("5th percentile"), _t("Median"), _t("95th percentile"), _t("Backtest")]
        )

    def set_result(self, result: OptimiseResult | None) -> None:
        mc = result.monte_carlo if result else None
        self.summary = mc
        self.model.removeRows(0, self.model.rowCount())
        if mc is None:
            skipped = result is not None and result.note == "no_trades"
            self.title.setText(
                _t("Monte Carlo skipped: there were no trades to resample.") if skipped
                else _t("Tick Monte Carlo before optimising to see it here.")
            )
            self.returns.setVisible(False)
            self.drawdowns.setVisible(False)
            return
        source = (_t("the out-of-sample trades") if mc.source == "walk_forward"
                  else _t("the best set's trades"))
        loss = fmt_number(mc.loss_probability * 100, 1, QLocale()) + " %"
        self.title.setText(
            _t("{0} runs, each drawing {1} trades at random (with replacement) from {2}. "
               "Chance of ending below the starting capital: {3}").format(
                QLocale().toString(mc.runs), mc.trades, source, loss)
            + " " + _t("Dashed lines: the 5th, 50th and 95th percentiles.")
        )
        for key, values, original in (
            ("total_return", mc.total_return, mc.original_total_return),
            ("max_drawdown", mc.max_drawdown, mc.original_max_drawdown),
        ):
            items = [QStandardItem(metric_label(key))]
            for v in (*values, original):
                item = QStandardItem(format_metric(key, v))
                item.setData(v, SORT_ROLE)
                item.setTextAlignment(RIGHT)
                items.append(item)
            self.model.appendRow(items)
        self.returns.setVisible(True)
        self.drawdowns.setVisible(True)
        self.returns.show_counts(mc.return_counts, mc.return_edges, mc.total_return)
        self.drawdowns.show_counts(mc.drawdown_counts, mc.drawdown_edges, mc.max_drawdown)

    def percentiles(self) -> dict[str, tuple[str, str, str]]:
        """The table as shown: metric label -> (5th, 50th, 95th)."""
        out = {}
        for r in range(self.model.rowCount()):
            out[self.model.item(r, 0).text()] = tuple(
                self.model.item(r, c).text() for c in (1, 2, 3))
        return out

    def set_theme(self, dark: bool) -> None:
        self.returns.set_theme(dark)
        self.drawdowns.set_theme(dark)
