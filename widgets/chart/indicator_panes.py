"""The chart's indicators: each instance's lines on the price pane (prices: averages, bands)
or on a sub-pane of its own (oscillators), their colours, scales, legends and notices.

A mixin of CandleChart (it reads the chart's panes, series, theme and view), kept apart so
the chart module stays about candles. Sub-panes are keyed by indicator name: the first RSI
instance is on pane "rsi", a second one on "rsi-2". Panes "rsi" and "macd" exist from the
start (alert levels of RSI and MACD rules are drawn on them); the others are made when
first needed and hidden, not destroyed, when their instance goes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt

from desktop.shell.numbers import fmt_number
from widgets.chart.chart_items import HistogramItem, IndicatorLineItem
from widgets.chart.indicator_lines import IndicatorLines, catalog
from widgets.chart.indicator_set import IndicatorInstance
from widgets.chart.legend import output_color
from widgets.chart.pane import Pane
from widgets.common.pyqtgraph_import import pg

BOUNDED_GUIDES = (30.0, 70.0)  # overbought/oversold lines of a 0..100 oscillator
SUBPANE_STRETCH = 16
FIXED_PANES = ("price", "volume")


def _t(text: str) -> str:
    return QCoreApplication.translate("CandleChart", text)


class IndicatorPanesMixin:
    # CandleChart's own.
    _panes: dict[str, Pane]
    _series: Any
    _source: Any
    _theme: Any
    _view: Any
    _time_map: Any
    _step_ms: Any
    _hover_index: int | None

    def _init_indicators(self) -> None:
        self._indicators = IndicatorLines()
        self._instances: list[IndicatorInstance] = []
        self._pane_of: dict[str, str] = {}  # instance uid -> pane key
        self._line_items: dict[str, list[pg.GraphicsObject]] = {}
        self._guides: dict[str, list[pg.InfiniteLine]] = {}
        self._bounded: dict[str, bool] = {}
        for key, bounded in (("rsi", True), ("macd", False)):
            self._make_subpane(key, bounded)

    # ------------------------------------------------------------------ public
    def set_indicators(self, instances: list[IndicatorInstance]) -> None:
        """Show exactly these instances, in this order (lines of an unchanged instance are
        kept; a changed one is recomputed)."""
        wanted = [dataclasses.replace(i, params=dict(i.params)) for i in instances]
        panes = self._assign_panes(wanted)
        by_uid = {i.uid: i for i in wanted}
        old = {i.uid: i for i in self._instances}
        for uid in list(self._line_items):
            new = by_uid.get(uid)
            if new is None or not new.same_values(old[uid]) or panes[uid] != self._pane_of[uid]:
                self._drop_items(uid)
        self._instances = wanted
        self._pane_of = {uid: pane for uid, pane in panes.items()}
        for instance in wanted:
            if instance.uid not in self._line_items:
                self._add_items(instance)
            else:
                self._color_items(instance)
        self._indicators_changed()

    def indicators(self) -> list[IndicatorInstance]:
        return [dataclasses.replace(i, params=dict(i.params)) for i in self._instances]

    def indicator_values(self, uid: str, output: int = 0) -> np.ndarray:
        """Values of one output of an instance shown on this chart."""
        return self._indicators.lines[uid][output].values.values

    def indicator_pane(self, uid: str) -> str:
        """The pane key an instance is drawn on: "price", or its sub-pane's."""
        return self._pane_of[uid]

    def subpanes(self) -> list[str]:
        """The sub-panes shown, top to bottom."""
        used = set(self._pane_of.values())
        return [k for k in self._panes if k not in FIXED_PANES and k in used]

    # ------------------------------------------------------------------ internals
    def _columns(self, start: int = 0) -> dict[str, np.ndarray]:
        c = self._series.candles(start)
        return {"ts": c.ts, "open": c.open, "high": c.high, "low": c.low, "close": c.close,
                "volume": c.volume}

    def _recompute_indicators(self) -> None:
        """After the candles were replaced (a symbol or timeframe change)."""
        for uid in list(self._line_items):
            self._drop_items(uid)
        for instance in self._instances:
            self._add_items(instance)
        self._indicators_changed()

    def _indicators_changed(self) -> None:
        self._order_subpanes()
        self._relayout()
        self._update_bounds()
        self._update_notices()
        self._autoscale_y()
        self._show_readout(self._hover_index)  # the legends list what is shown now

    def _assign_panes(self, instances: list[IndicatorInstance]) -> dict[str, str]:
        out: dict[str, str] = {}
        taken: set[str] = set()
        for instance in instances:
            traits = catalog().traits(instance.name)
            if traits.overlay:
                out[instance.uid] = "price"
                continue
            key, k = instance.name, 1
            while key in taken:
                k += 1
                key = f"{instance.name}-{k}"
            taken.add(key)
            out[instance.uid] = key
            if key not in self._panes:
                self._make_subpane(key, traits.bounded)
        return out

    def _order_subpanes(self) -> None:
        """Rows top to bottom: price, volume, then the sub-panes in their instances' order
        (the dialog's list order); hidden ones go last."""
        shown: list[str] = []
        for instance in self._instances:
            key = self._pane_of[instance.uid]
            if key != "price" and key not in shown:
                shown.append(key)
        rest = [k for k in self._panes if k not in FIXED_PANES and k not in shown]
        order = [*FIXED_PANES, *shown, *rest]
        if order == list(self._panes):
            return
        # The rows are moved inside Qt's grid only: pyqtgraph's removeItem would take the
        # plots (and their border items) out of the scene, and those orphans crashed a later
        # garbage collection.
        ci = self._view.ci
        grid = ci.layout
        plots = [self._panes[key].plot for key in order[len(FIXED_PANES):]]
        for plot in plots:
            for i in range(grid.count()):
                if grid.itemAt(i).graphicsItem() is plot:
                    grid.removeAt(i)
                    break
        self._panes = {key: self._panes[key] for key in order}
        for row, key in enumerate(order):
            if key in FIXED_PANES:
                continue
            plot = self._panes[key].plot
            grid.addItem(plot, row, 0)
            ci.rows[row] = {0: plot}  # pyqtgraph's own record of the cells
            ci.items[plot] = [(row, 0)]

    def _make_subpane(self, key: str, bounded: bool) -> None:
        pane = Pane(key, self._time_map, self._step_ms, 0 if bounded else "auto")
        row = len(self._panes)
        self._panes[key] = pane
        self._view.addItem(pane.plot, row=row, col=0)
        self._guides[key] = [pg.InfiniteLine(pos=v, angle=0, movable=False)
                             for v in (BOUNDED_GUIDES if bounded else (0.0,))]
        for guide in self._guides[key]:
            pane.plot.addItem(guide, ignoreBounds=True)
        self._bounded[key] = bounded
        if bounded:
            pane.vb.setYRange(0, 100, padding=0.05)
        pane.plot.hide()
        self._style_pane(pane)

    def _style_pane(self, pane: Pane) -> None:
        t = self._theme
        for axis in (pane.time_axis, pane.value_axis):
            axis.setPen(pg.mkPen(t.axis))
            axis.setTextPen(pg.mkPen(t.text))
            axis.set_background(t.background)
        pen = pg.mkPen(t.crosshair, width=1, style=Qt.PenStyle.DashLine)
        pane.crosshair_x.setPen(pen)
        pane.crosshair_y.setPen(pen)
        pane.grid.set_color(t.grid)
        pane.vb.setBorder(pg.mkPen(t.axis))  # separates stacked panes
        guide = pg.mkPen(t.guide, width=1, style=Qt.PenStyle.DotLine)
        for line in self._guides.get(pane.name, []):
            line.setPen(guide)

    def _add_items(self, instance: IndicatorInstance) -> None:
        traits = catalog().traits(instance.name)
        lines = self._indicators.enable(instance, self._columns())
        target = self._panes[self._pane_of[instance.uid]].plot
        items: list[pg.GraphicsObject] = []
        for k, series in enumerate(lines):
            if traits.overlay and not traits.price_outputs[k]:
                continue  # SuperTrend's direction (+1/-1): in the legend, not over prices
            if k == traits.histogram:
                item: pg.GraphicsObject = HistogramItem(self._source, series, "#000", "#000")
            else:
                item = IndicatorLineItem(self._source, series, "#000")
            item.setObjectName(str(k))
            target.addItem(item)
            items.append(item)
        self._line_items[instance.uid] = items
        self._color_items(instance)

    def _drop_items(self, uid: str) -> None:
        self._indicators.disable(uid)
        pane = self._panes[self._pane_of[uid]]
        for item in self._line_items.pop(uid, []):
            pane.plot.removeItem(item)

    def _color_items(self, instance: IndicatorInstance) -> None:
        t = self._theme
        traits = catalog().traits(instance.name)
        for item in self._line_items.get(instance.uid, []):
            if isinstance(item, HistogramItem):
                item.set_colors(t.up, t.down)
            else:
                item.set_color(output_color(instance, int(item.objectName()), traits, t))

    def _recolor_indicators(self) -> None:
        for pane in self._panes.values():
            self._style_pane(pane)
        for instance in self._instances:
            self._color_items(instance)

    def _overlay_items(self):
        for uid, pane in self._pane_of.items():
            if pane == "price":
                yield from self._line_items.get(uid, [])

    def _autoscale_subpanes(self, cols) -> None:
        """Fit each unbounded sub-pane (MACD, ATR) to its visible values; a 0..100 one keeps
        its fixed scale."""
        for key in self.subpanes():
            if self._bounded[key]:
                continue
            lo = hi = np.nan
            for uid, pane in self._pane_of.items():
                if pane != key:
                    continue
                for item in self._line_items.get(uid, []):
                    # The price view's columns: linked panes may not have followed the x
                    # change yet.
                    if isinstance(item, IndicatorLineItem):
                        _, y = item.visible_values(cols)
                    else:
                        j0 = cols.first_block
                        y = np.concatenate(item.line.envelope(cols.level, j0, j0 + len(cols)))
                    if y.size and np.isfinite(y).any():
                        lo = np.nanmin([lo, float(np.nanmin(y))])
                        hi = np.nanmax([hi, float(np.nanmax(y))])
            if np.isfinite(lo) and hi > lo:
                self._panes[key].vb.setYRange(lo, hi, padding=0.1)

    def _update_notices(self) -> None:
        """A sub-pane whose indicator has no value yet says how many candles it needs."""
        n = len(self._series)
        texts = {key: "" for key in self._panes if key not in FIXED_PANES}
        for instance in self._instances:
            key = self._pane_of.get(instance.uid, "price")
            if key == "price":
                continue
            need = catalog().needed_bars(instance.name, instance.params)
            if n < need:
                texts[key] = _t("{0} needs {1} candles; this timeframe has {2}").format(
                    instance.title(), fmt_number(need, 0), fmt_number(n, 0))
        for key, text in texts.items():
            self._panes[key].set_notice(text, self._theme.text)
