"""Equity above, drawdown below: two panes sharing one date axis (pyqtgraph)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from widgets.chart.theme import theme_for
from widgets.common.date_axis import LocaleDateAxis
from widgets.common.pyqtgraph_import import pg

#: Colours of the compared runs (first, second, ...); the single-run curve uses the first.
CURVE_COLORS = ("#42a5f5", "#ff9800", "#ab47bc", "#26a69a")


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestPanel", text)


class EquityPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setContentsMargins(4, 4, 4, 4)
        self.view.ci.setSpacing(0)
        self.equity_plot = self.view.addPlot(row=0, col=0,
                                             axisItems={"bottom": LocaleDateAxis()})
        self.drawdown_plot = self.view.addPlot(row=1, col=0,
                                               axisItems={"bottom": LocaleDateAxis()})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        self.drawdown_plot.setXLink(self.equity_plot)
        self.equity_plot.getAxis("bottom").setStyle(showValues=False)
        self.equity_plot.getAxis("bottom").setHeight(4)
        for plot in (self.equity_plot, self.drawdown_plot):
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(64)
        self.equity_plot.setLabel("left", _t("Equity"))
        self.drawdown_plot.setLabel("left", _t("Drawdown %"))
        self.legend = self.equity_plot.addLegend(offset=(8, 8))
        self.curves: list[pg.PlotDataItem] = []
        self.drawdowns: list[pg.PlotDataItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._dark = True
        self.set_theme(True)

    def set_runs(
        self, runs: list[tuple[str, np.ndarray, np.ndarray]], normalise: bool = False
    ) -> None:
        """Curves (label, ts ms, equity); `normalise` shows each as a % of its start so runs
        with different capital compare."""
        self.clear()
        self.equity_plot.setLabel("left", _t("Equity, % of start") if normalise else _t("Equity"))
        for k, (label, ts, equity) in enumerate(runs):
            if len(ts) == 0:
                continue
            x = ts.astype(np.float64) / 1000.0  # DateAxisItem reads seconds
            y = equity / equity[0] * 100.0 if normalise and equity[0] else equity
            color = CURVE_COLORS[k % len(CURVE_COLORS)]
            curve = self.equity_plot.plot(
                x, y, pen=pg.mkPen(color, width=1.6), name=label if len(runs) > 1 else None
            )
            curve.setClipToView(True)
            curve.setDownsampling(auto=True, method="peak")
            peak = np.maximum.accumulate(equity)
            dd = np.where(peak > 0, equity / peak - 1.0, 0.0) * 100.0
            # One run: a filled area; overlaid runs: lines only (fills would muddy each other).
            filled = len(runs) == 1
            c = pg.mkColor(color)
            under = self.drawdown_plot.plot(
                x,
                dd,
                pen=pg.mkPen(color, width=1.0),
                fillLevel=0.0 if filled else None,
                brush=pg.mkBrush(c.red(), c.green(), c.blue(), 90) if filled else None,
            )
            under.setClipToView(True)
            under.setDownsampling(auto=True, method="peak")
            self.curves.append(curve)
            self.drawdowns.append(under)
        self.equity_plot.enableAutoRange()
        self.drawdown_plot.enableAutoRange()

    def clear(self) -> None:
        for item in (*self.curves, *self.drawdowns):
            item.getViewBox().removeItem(item) if item.getViewBox() else None
        self.legend.clear()
        self.curves.clear()
        self.drawdowns.clear()

    def set_theme(self, dark: bool) -> None:
        self._dark = dark
        theme = theme_for(dark)
        self.view.setBackground(theme.background)
        for plot in (self.equity_plot, self.drawdown_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.axis))
                axis.setTextPen(pg.mkPen(theme.text))
        self.legend.setLabelTextColor(theme.text)
