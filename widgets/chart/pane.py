"""One row of the chart: a PlotItem with a right value axis, a bottom time axis, a grid and
crosshair lines."""

from __future__ import annotations

import os
from collections.abc import Callable

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from widgets.chart.lean_axis import GridItem
from widgets.chart.price_axis import ValueAxis
from widgets.chart.time_axis import TimeAxis, TimeMap
from widgets.common.pyqtgraph_import import pg

AXIS_WIDTH_PX = 78  # every pane's right axis has the same width, so x lines up
TIME_AXIS_HEIGHT_PX = 24


class Pane:
    """One plot row: its PlotItem, its right axis and its bottom time axis."""

    def __init__(
        self, name: str, time_map: TimeMap, step_ms: Callable[[], int], decimals: int | str | None
    ):
        self.name = name
        self.time_axis = TimeAxis(time_map, step_ms)
        self.value_axis = ValueAxis(decimals)
        # The chart has its own context menu: a view box made without pyqtgraph's (a menu
        # with an axis form per pane, built only to be thrown away by setMenuEnabled).
        self.plot = pg.PlotItem(viewBox=pg.ViewBox(enableMenu=False),
                                axisItems={"bottom": self.time_axis, "right": self.value_axis})
        self.plot.hideAxis("left")
        self.plot.showAxis("right")
        # The hidden default axes (left, top) still follow the view: without this each pan
        # re-renders their (invisible) unit labels as HTML.
        for side in ("left", "top"):
            self.plot.getAxis(side).enableAutoSIPrefix(False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.value_axis.setWidth(AXIS_WIDTH_PX)
        self.vb: pg.ViewBox = self.plot.getViewBox()
        self.vb.setMouseEnabled(x=True, y=False)
        self.vb.disableAutoRange()
        self.time_axis.setHeight(TIME_AXIS_HEIGHT_PX)
        self.grid = GridItem(self.vb, None, self.value_axis)
        self.crosshair_x = pg.InfiniteLine(angle=90, movable=False)
        self.crosshair_y = pg.InfiniteLine(angle=0, movable=False)
        for line in (self.crosshair_x, self.crosshair_y):
            line.setZValue(50)
            line.hide()
            self.plot.addItem(line, ignoreBounds=True)
        self.notice: pg.TextItem | None = None  # says why the pane is empty, made when needed
        self.legend: pg.TextItem | None = None  # a sub-pane's indicator legend, top left
        self._legend_html = ""

    def set_legend(self, html: str) -> None:
        if self.legend is not None and html and html == self._legend_html \
                and self.legend.isVisible():
            return  # laying out rich text costs ~0.5 ms: not again for the same text
        self._legend_html = html
        if not html:
            if self.legend is not None:
                self.legend.hide()
            return
        if self.legend is None:
            self.legend = pg.TextItem(anchor=(0, 0))
            self.legend.setParentItem(self.vb)  # fixed in the pane's corner while it pans
            self.legend.setPos(2, 0)
            self.legend.setZValue(60)
        self.legend.setHtml(html)
        self.legend.show()

    def set_notice(self, text: str, color: str) -> None:
        """A centred message in the pane ("" removes it); it stays put while the view pans."""
        if not text:
            if self.notice is not None:
                self.notice.hide()
            return
        if self.notice is None:
            # A child of the view box itself (not of its panned contents): pixel coordinates.
            self.notice = pg.TextItem(anchor=(0.5, 0.5))
            self.notice.setParentItem(self.vb)
            self.notice.setZValue(60)
            self.vb.sigResized.connect(self._place_notice)
        self.notice.setText(text, color)
        self.notice.show()
        self._place_notice()

    def _place_notice(self, *_args) -> None:
        if self.notice is not None:
            rect = self.vb.boundingRect()
            self.notice.setPos(rect.center())
