"""CandleChart: price + volume (+ indicator) panes on one shared, bar-indexed x axis.

x is the bar index of the aggregated series (bar i is centred on x = i), so a data gap is
simply the next bar and never a hole of empty pixels; the time axis maps index -> time.
All data arrives through methods; the widget never talks to the engine.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.candles import Candles
from desktop.core.timeframes import timeframe_ms
from desktop.core.types import Bar
from desktop.data.resample import resample
from widgets.chart.chart_items import CandlestickItem, VolumeItem
from widgets.chart.chart_types import ChartType
from widgets.chart.column_source import ColumnSource
from widgets.chart.crosshair import CrosshairMixin
from widgets.chart.indicator_lines import catalog
from widgets.chart.indicator_panes import SUBPANE_STRETCH, IndicatorPanesMixin
from widgets.chart.legend import indicator_legends
from widgets.chart.markers import marker_spots
from widgets.chart.pane import AXIS_WIDTH_PX, TIME_AXIS_HEIGHT_PX, Pane
from widgets.chart.price_axis import ValueAxis, tick_decimals
from widgets.chart.readout import BarReadout, bar_readout, readout_html
from widgets.chart.series_store import CandleColumns, CandleSeries, visible_index_range
from widgets.chart.theme import ChartTheme, blend, theme_for
from widgets.chart.time_axis import TimeAxis, TimeMap
from widgets.common.pyqtgraph_import import pg

DEFAULT_VISIBLE_BARS = 150
RIGHT_MARGIN_BARS = 8  # air between the last candle and the price axis, as traders expect
MAX_FUTURE_FRACTION = 0.06  # a pan or zoom never leaves more of the view empty future
# Autoscale keeps the y range while the visible candles still fill this much of it, so a pan
# does not rescale (and re-label the axis) on every frame; TradingView feels the same.
Y_KEEP_FILL = 0.75
Y_PADDING = 0.06
PANE_MIN_HEIGHT_PX = 40
PANE_STRETCH = {"price": 60, "volume": 12, "macd": 18}  # other sub-panes: SUBPANE_STRETCH


def _t(text: str) -> str:
    return QCoreApplication.translate("CandleChart", text)


def right_margin(visible_bars: float) -> float:
    """Empty future right of the last candle: a few bars, never more than ~6 % of the view."""
    return min(float(RIGHT_MARGIN_BARS), max(0.5, MAX_FUTURE_FRACTION * visible_bars))


class CandleChart(CrosshairMixin, IndicatorPanesMixin, QWidget):
    """Candlestick chart fed through methods; see the module docstring for the x convention."""

    priceClicked = Signal(float, Qt.KeyboardModifier)
    crosshairMoved = Signal(object)  # the hovered candle's time (ms), None when the mouse left

    def __init__(self, parent: QWidget | None = None, *, dark: bool = True) -> None:
        super().__init__(parent)
        self._timeframe = "1m"
        self._base = CandleColumns(Candles.empty())
        self._source = ColumnSource()
        self._series = CandleSeries(Candles.empty())
        self._markers: list[tuple[int, float, str]] = []
        self._decimals = 2
        self._axis_width = AXIS_WIDTH_PX
        self._hover_index: int | None = None
        self._mouse_pos: QPointF | None = None
        self._linked_ts: int | None = None
        self._theme: ChartTheme = theme_for(dark)
        self._time_map = TimeMap(lambda: self._series.ts.values, self._step_ms)

        self._view = pg.GraphicsLayoutWidget()
        self._view.ci.layout.setSpacing(0)
        self._view.ci.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)

        self._panes = {
            "price": Pane("price", self._time_map, self._step_ms, 2),
            "volume": Pane("volume", self._time_map, self._step_ms, None),
        }
        for row, pane in enumerate(self._panes.values()):
            self._view.addItem(pane.plot, row=row, col=0)
        self._init_indicators()
        self.price_vb.setMouseEnabled(x=True, y=False)

        self.candle_item = CandlestickItem(self._source)
        self.volume_item = VolumeItem(self._source)
        self.price_plot.addItem(self.candle_item)
        self.chart_type = ChartType(self.price_plot, self.candle_item, self._source)
        self._panes["volume"].plot.addItem(self.volume_item)
        self.last_price_line = pg.InfiniteLine(angle=0, movable=False)
        self.last_price_line.setZValue(20)
        self.last_price_line.hide()
        self.price_plot.addItem(self.last_price_line, ignoreBounds=True)
        self.marker_item = pg.ScatterPlotItem(pxMode=True, size=13)
        self.marker_item.setZValue(30)
        self.marker_item.hide()
        self.price_plot.addItem(self.marker_item)

        self.readout = QLabel(self._view)
        self.readout.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setStyleSheet("background: transparent;")
        self.readout.move(8, 4)
        self._readout_shape = (0, 0)  # (lines, view width) the readout was sized for

        self.price_vb.sigXRangeChanged.connect(self._on_x_range_changed)
        self._view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._view.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self._view.viewport().installEventFilter(self)
        self._relayout()
        self.set_theme(dark)

    # ------------------------------------------------------------------ accessors
    @property
    def price_plot(self) -> pg.PlotItem:
        return self._panes["price"].plot

    @property
    def price_vb(self) -> pg.ViewBox:
        return self._panes["price"].vb

    def pane(self, name: str) -> pg.PlotItem:
        """The PlotItem of pane "price", "volume" or a sub-pane ("rsi", "macd", "rsi-2")."""
        return self._panes[name].plot

    def price_axis(self) -> ValueAxis:
        return self._panes["price"].value_axis

    def time_axis(self) -> TimeAxis:
        """The visible time axis (the bottom-most pane's)."""
        return self._panes[self._bottom_pane()].time_axis

    def time_map(self) -> TimeMap:
        """Bar position <-> time of the candles shown (drawings are anchored in time)."""
        return self._time_map

    def price_decimals(self) -> int:
        """The decimals the price axis shows."""
        return self._decimals

    def candles(self) -> Candles:
        """The candles shown, at the current timeframe."""
        return self._series.candles()

    def timeframe(self) -> str:
        return self._timeframe

    def markers(self) -> list[tuple[int, float, str]]:
        return list(self._markers)

    def last_price(self) -> float | None:
        return float(self._series.close.values[-1]) if len(self._series) else None

    def visible_range(self) -> tuple[int, int]:
        """Half-open range [i0, i1) of candle indices inside the view."""
        (x0, x1), _ = self.price_vb.viewRange()
        return visible_index_range(x0, x1, len(self._series))

    def visible_count(self) -> int:
        i0, i1 = self.visible_range()
        return i1 - i0

    # ------------------------------------------------------------------ data in
    def set_candles(self, candles_1m: Candles) -> None:
        """The base one-minute history; shown aggregated to the current timeframe."""
        self._base = CandleColumns(candles_1m)
        self._rebuild_series()

    def set_timeframe(self, tf: str) -> None:
        timeframe_ms(tf)  # raises ValueError naming the bad input before anything changes
        if tf == self._timeframe:
            return
        self._timeframe = tf
        self._rebuild_series()

    def last_minute_ts(self) -> int | None:
        """The open time of the newest 1-minute candle held, None before any."""
        return int(self._base.ts.values[-1]) if len(self._base) else None

    def update_bar(self, bar: Bar) -> None:
        """A forming or closed 1m bar at or after the last one: updates the last candle live."""
        self._base.upsert(bar.ts, bar.open, bar.high, bar.low, bar.close, bar.volume)
        step = self._step_ms()
        bucket = bar.ts - bar.ts % step
        # Re-aggregate only this bucket's minutes (at most one day's worth): exact, including
        # the volume sum, whether the minute was new or a revision of a forming one.
        first = int(np.searchsorted(self._base.ts.values, bucket, side="left"))
        part = self._base.candles(first)
        n_before = len(self._series)
        i = self._series.upsert(
            bucket,
            float(part.open[0]),
            float(part.high.max()),
            float(part.low.min()),
            float(part.close[-1]),
            float(part.volume.sum()),
        )
        following = n_before > 0 and self.visible_range()[1] >= n_before
        if i == n_before and self.subpanes():
            self._update_notices()  # one more candle: maybe enough for the sub-pane now
        self._indicators.update_tail(self._columns, len(self._series), max(0, i - 1))
        self.chart_type.update_last(i)
        self._source.touch()
        self._update_bounds()
        if i == n_before and following:
            # The view followed the last candle: keep following it as a new one opens.
            (x0, x1), _ = self.price_vb.viewRange()
            self.price_vb.setXRange(x0 + 1, x1 + 1, padding=0)
        else:
            self._autoscale_y()
        self._update_last_price()
        if self._hover_index is None:
            self._show_readout(len(self._series) - 1)

    # ------------------------------------------------------------------ view control
    def show_range(self, start_ts_ms: int, end_ts_ms: int) -> None:
        """Fit the candles between two times (ms, UTC) into the view."""
        if len(self._series) == 0:
            return
        lo = self._time_map.bar_containing(min(start_ts_ms, end_ts_ms))
        hi = self._time_map.bar_containing(max(start_ts_ms, end_ts_ms))
        lo, hi = max(0, lo), max(0, hi)
        pad = max(2.0, (hi - lo) * 0.05)
        self.price_vb.setXRange(lo - 0.5 - pad, hi + 0.5 + pad, padding=0)

    def show_last(self, bars: int = DEFAULT_VISIBLE_BARS) -> None:
        """The last `bars` candles and a small margin of future; fewer candles than that
        (a daily view of a short history) are fitted to the whole width."""
        n = len(self._series)
        shown = min(bars, n)
        self.price_vb.setXRange(n - shown - 0.5, n - 0.5 + right_margin(shown), padding=0)

    def show_all(self) -> None:
        n = len(self._series)
        self.price_vb.setXRange(-0.5, n - 0.5 + right_margin(n), padding=0)

    def add_markers(self, markers: list[tuple[int, float, str]]) -> None:
        """Trade markers (ts_ms, price, kind); kind "buy"/"entry" up, "sell"/"exit" down."""
        self._markers.extend((int(t), float(p), str(k)) for t, p, k in markers)
        self._refresh_markers()

    def clear_markers(self) -> None:
        self._markers.clear()
        self._refresh_markers()

    def set_chart_type(self, kind: str) -> None:
        """"candles", "line" (closes) or "heikin_ashi"."""
        self.chart_type.set_kind(kind)
        self._color_type_line()

    def _color_type_line(self) -> None:
        self.chart_type.line_item.set_color(self._theme.text)

    def set_theme(self, dark: bool) -> None:
        t = self._theme = theme_for(dark)
        self._view.setBackground(t.background)
        self._recolor_indicators()  # every pane's axes, grid and guides, and the lines
        self.candle_item.set_colors(t.up, t.down)
        self._color_type_line()
        # Opaque pre-blended colours: filling thousands of translucent bars costs far more.
        self.volume_item.set_colors(
            blend(t.up, t.background, t.volume_alpha),
            blend(t.down, t.background, t.volume_alpha),
            blend(t.text, t.background, t.volume_alpha // 2),
        )
        self._refresh_markers()
        self._update_last_price()
        self._update_notices()
        self._show_readout(self._hover_index)

    # ------------------------------------------------------------------ internals
    def _step_ms(self) -> int:
        return timeframe_ms(self._timeframe)

    def _bottom_pane(self) -> str:
        shown = self.subpanes()
        return shown[-1] if shown else "volume"

    def _rebuild_series(self) -> None:
        self._series = CandleSeries(resample(self._base.candles(), self._timeframe))
        self._source.set_series(self._series)
        self.chart_type.rebuild(self._series)
        mouse, linked = self._mouse_pos, self._linked_ts
        self._hide_crosshair()  # its bar index meant another series: found again at the end
        n = len(self._series)
        if n:
            recent = self._series.candles(max(0, n - 500))
            self._decimals = tick_decimals(np.concatenate((recent.close, recent.high, recent.low)))
        price_axis = self._panes["price"].value_axis
        price_axis.set_decimals(self._decimals)
        last = float(self._series.close.values[-1]) if n else 0.0
        self._axis_width = max(AXIS_WIDTH_PX, price_axis.needed_width(last))
        for pane in self._panes.values():
            if pane.plot.isVisible():
                pane.value_axis.setWidth(self._axis_width)
        self._recompute_indicators()
        self._update_bounds()
        self._refresh_markers()
        self.show_last()
        self._update_last_price()
        self._show_readout(n - 1 if n else None)
        self._restore_crosshair(mouse, linked)  # after show_last: the view moved under it

    def _relayout(self) -> None:
        bottom = self._bottom_pane()
        grid = self._view.ci.layout
        shown = self.subpanes()
        for row, (name, pane) in enumerate(self._panes.items()):
            visible = name in ("price", "volume") or name in shown
            stretch = PANE_STRETCH.get(name, SUBPANE_STRETCH)
            pane.plot.setVisible(visible)
            pane.plot.setMinimumHeight(PANE_MIN_HEIGHT_PX if visible else 0)
            # Preferred heights in the stretch ratio make the grid share the height in that
            # ratio; a hidden row gets nothing, or it would stay as empty space.
            pane.plot.setPreferredHeight(stretch * 10 if visible else 0)
            grid.setRowStretchFactor(row, stretch if visible else 0)
            grid.setRowMaximumHeight(row, 1e6 if visible else 0)
            if name != "price":
                # A hidden pane is unlinked so a pan does not update its views for nothing.
                pane.plot.setXLink(self.price_plot if visible else None)
            if name == bottom:
                pane.plot.showAxis("bottom")
            else:
                pane.plot.hideAxis("bottom")
            if visible:
                # pyqtgraph sizes an axis to zero while its plot is hidden; size it again.
                pane.value_axis.setWidth(self._axis_width)
                pane.time_axis.setHeight(TIME_AXIS_HEIGHT_PX)
            pane.grid.set_x_axis(self._panes[bottom].time_axis)
        self._view.ci.layout.invalidate()

    def _update_bounds(self) -> None:
        n = len(self._series)
        lo, hi, vmax = self._series.bounds()
        x0, width = -0.5, max(1.0, float(n))
        self.candle_item.set_bounds(pg.QtCore.QRectF(x0, lo, width, hi - lo))
        self.chart_type.line_item.set_bounds(pg.QtCore.QRectF(x0, lo, width, hi - lo))
        self.volume_item.set_bounds(pg.QtCore.QRectF(x0, 0.0, width, vmax))
        for items in self._line_items.values():
            for item in items:
                # Lines draw only inside their view, so the pane's box is a safe bound.
                item.set_bounds(pg.QtCore.QRectF(x0, -1e12, width, 2e12))
        # Room to scroll a little past the start (a whole-history view can still be dragged);
        # the future side is held to a small margin by _keep_future_small.
        margin = max(RIGHT_MARGIN_BARS * 4, 0.05 * n)
        # The price pane last: its new limits may move its range, which its linked panes
        # take at once, clamped by the limits they hold then (a daily view of three candles
        # left the volume pane at the minute view's minimum of 8 bars).
        for pane in sorted(self._panes.values(), key=lambda p: p.vb is self.price_vb):
            pane.vb.setLimits(
                xMin=-margin, xMax=n + margin, minXRange=min(8, max(1, n)),
                maxXRange=max(16, n + 2 * margin),
            )

    def _on_x_range_changed(self, *_args) -> None:
        if self._keep_future_small():
            return  # the corrected range comes back here
        self._autoscale_y()

    def _keep_future_small(self) -> bool:
        """Slide a view that shows more than a small margin of empty future back left (or
        trim it when already at the start); True when the range was changed."""
        n = len(self._series)
        (x0, x1), _ = self.price_vb.viewRange()
        allowed = n - 0.5 + right_margin(x1 - x0)
        excess = x1 - allowed
        if n == 0 or excess <= 0.25:  # a quarter bar: no ping-pong over rounding
            return False
        self.price_vb.setXRange(max(-0.5, x0 - excess), allowed, padding=0)
        return True

    def _visible_columns(self):
        (x0, x1), _ = self.price_vb.viewRange()
        return self._source.columns(x0, x1, int(self.price_vb.width()))

    def _autoscale_y(self) -> None:
        cols = self._visible_columns()
        if cols is None or len(cols) == 0:
            return
        lo, hi = float(np.nanmin(cols.low)), float(np.nanmax(cols.high))
        for item in self._overlay_items():
            _, y = item.visible_values(cols)
            if y.size and np.isfinite(y).any():
                lo, hi = min(lo, float(np.nanmin(y))), max(hi, float(np.nanmax(y)))
        if hi <= lo:
            hi, lo = hi + abs(hi) * 0.01 + 1e-12, lo - abs(lo) * 0.01 - 1e-12
        _, (y0, y1) = self.price_vb.viewRange()
        if not (y0 <= lo and hi <= y1 and hi - lo >= Y_KEEP_FILL * (y1 - y0)):
            self.price_vb.setYRange(lo, hi, padding=Y_PADDING)
        top = max(float(cols.volume.max()), 1e-12)
        volume_vb = self._panes["volume"].vb
        current_top = volume_vb.viewRange()[1][1]
        if not (top <= current_top and top >= Y_KEEP_FILL * current_top):
            volume_vb.setYRange(0.0, top * 1.1, padding=0)
        self._autoscale_subpanes(cols)

    def _update_last_price(self) -> None:
        price_axis = self._panes["price"].value_axis
        n = len(self._series)
        if n == 0:
            self.last_price_line.hide()
            price_axis.set_tag(None)
            return
        close = float(self._series.close.values[-1])
        ref = float(self._series.open.values[-1])
        color = self._theme.up if close >= ref else self._theme.down
        self.last_price_line.setPen(pg.mkPen(color, width=1, style=Qt.PenStyle.DotLine))
        self.last_price_line.setPos(close)
        self.last_price_line.show()
        price_axis.set_tag(close, color)

    def last_price_color(self) -> str:
        return self.last_price_line.pen.color().name()

    def _refresh_markers(self) -> None:
        spots = (
            marker_spots(self._markers, self._time_map, self._theme) if len(self._series) else []
        )
        self.marker_item.setData(spots)
        # An empty scatter would still cost a paint per frame.
        self.marker_item.setVisible(bool(spots))

    def readout_values(self) -> BarReadout | None:
        """What the OHLCV legend shows: the hovered candle, else the last one."""
        i = self._hover_index if self._hover_index is not None else len(self._series) - 1
        return bar_readout(self._series, i)

    def _show_readout(self, _index: int | None = None) -> None:
        bar = self.readout_values()
        legends = indicator_legends(self._instances, self._indicators.lines, self._pane_of,
                                    lambda name: catalog().traits(name),
                                    bar.index if bar else -1, self._theme,
                                    self._decimals)
        for name, pane in self._panes.items():
            if name not in ("price", "volume"):
                pane.set_legend(legends.get(name, ""))
        if bar is None:
            self.readout.clear()
            return
        price = legends.get("price")
        text = readout_html(bar, self._theme, self._decimals) + (f"<br>{price}" if price else "")
        if text != self.readout.text():
            self.readout.setText(text)
        # As wide as the panes (it never runs under the price axis and its tag) and as tall
        # as its lines (the order tags read that height): sizing rich text to its content
        # (adjustSize) on every live tick cost ~2.5 ms with a few indicators' values.
        shape = (text.count("<br>") + 1, self.width() - self._axis_width)
        if shape != self._readout_shape:
            self._readout_shape = shape
            self.readout.resize(max(1, shape[1] - 8),
                                shape[0] * self.readout.fontMetrics().lineSpacing() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_readout(self._hover_index)  # the readout spans the new width
