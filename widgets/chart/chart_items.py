"""pyqtgraph items that paint only the visible, per-pixel-aggregated part of a long series.

Each item paints in device pixels: it reads the data->device transform QPainter was given,
maps the few visible columns with numpy, resets the transform and draws integer-aligned
rectangles/lines in one QPainter call per colour. Geometry is cached per view state, so a
repaint without a range change only replays the cached primitive arrays.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from widgets.chart.column_source import ColumnSource
from widgets.chart.primitives import LineArray, RectArray
from widgets.chart.safe_paint import safe_paint
from widgets.chart.series_store import Columns, LineSeries
from widgets.common.pyqtgraph_import import pg

# Below this many pixels per candle, bodies and wicks merge into one column per block.
MIN_CANDLE_PX = 3.0


class _Affine:
    """The x/y scale and offset of a data->device transform (no rotation in a ViewBox)."""

    __slots__ = ("dx", "dy", "sx", "sy")

    def __init__(self, painter: QPainter) -> None:
        t = painter.transform()
        self.sx, self.dx, self.sy, self.dy = t.m11(), t.dx(), t.m22(), t.dy()

    def key(self) -> tuple[float, float, float, float]:
        return (self.sx, self.dx, self.sy, self.dy)

    def x(self, v: np.ndarray) -> np.ndarray:
        return v * self.sx + self.dx

    def y(self, v: np.ndarray) -> np.ndarray:
        return v * self.sy + self.dy


def _fill_rects(painter: QPainter, layers) -> None:
    """Unantialiased, unstroked rectangles: one fill call per (colour, rectangles) layer."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    for color, rects in layers:
        painter.setBrush(color)
        rects.draw(painter)


class _VisibleItem(pg.GraphicsObject):
    """Base: knows the shared column source and the visible x range of its ViewBox."""

    def __init__(self, source: ColumnSource) -> None:
        super().__init__()
        self._source = source
        self._bounds = QRectF()
        self._cache_key: tuple | None = None

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def visible_columns(self) -> Columns | None:
        vb = self.getViewBox()
        if vb is None:
            return None
        (x0, x1), _ = vb.viewRange()
        return self._source.columns(x0, x1, int(vb.width()))

    @safe_paint
    def paint(self, painter: QPainter, *_args) -> None:
        """Geometry is rebuilt (in device pixels) only when the data or the view changed;
        then `_draw` paints it with the view transform reset."""
        cols = self.visible_columns()
        if cols is None or len(cols) == 0:
            return
        aff = _Affine(painter)
        key = (self._source.serial, self._source.version, *aff.key())
        if key != self._cache_key:
            self._rebuild(cols, aff)
            self._cache_key = key
        painter.save()
        painter.resetTransform()
        try:
            self._draw(painter, cols)
        finally:
            painter.restore()

    def _rebuild(self, cols: Columns, aff: _Affine) -> None:
        raise NotImplementedError

    def _draw(self, painter: QPainter, cols: Columns) -> None:
        raise NotImplementedError

    def _block_edges(self, cols: Columns, aff: _Affine) -> tuple[np.ndarray, np.ndarray]:
        """Integer pixel [left, right) of each block, at least one pixel wide."""
        left = np.floor(aff.x(cols.start - 0.5))
        right = np.maximum(np.floor(aff.x(cols.stop - 0.5)), left + 1)
        return left, right


class CandlestickItem(_VisibleItem):
    """Candles; when zoomed out, one min-low..max-high column per pixel block."""

    def __init__(self, source: ColumnSource) -> None:
        super().__init__(source)
        self._up_bodies = RectArray()
        self._down_bodies = RectArray()
        self._up_wicks = LineArray()
        self._down_wicks = LineArray()
        self._up_color = QColor("#26a69a")
        self._down_color = QColor("#ef5350")
        self.drew_candles = False  # False: the last frame drew aggregated columns

    def set_colors(self, up: str, down: str) -> None:
        self._up_color, self._down_color = QColor(up), QColor(down)
        self.update()

    # what the last frame drew, for tests and diagnostics
    def wick_lines(self) -> np.ndarray:
        return np.vstack([self._up_wicks.array(), self._down_wicks.array()])

    def body_rects(self) -> np.ndarray:
        return np.vstack([self._up_bodies.array(), self._down_bodies.array()])

    def primitive_count(self) -> int:
        return sum(
            len(a) for a in (self._up_bodies, self._down_bodies, self._up_wicks, self._down_wicks)
        )

    def _rebuild(self, cols: Columns, aff: _Affine) -> None:
        up = cols.up
        y_high, y_low = np.floor(aff.y(cols.high)), np.floor(aff.y(cols.low))
        px_per_block = abs(aff.sx) * cols.block
        self.drew_candles = cols.level == 0 and px_per_block >= MIN_CANDLE_PX
        if not self.drew_candles:
            # Screen y grows downwards, so the high is the top edge.
            left, right = self._block_edges(cols, aff)
            top = np.minimum(y_high, y_low)
            height = np.abs(y_low - y_high) + 1
            for arr, mask in ((self._up_bodies, up), (self._down_bodies, ~up)):
                arr.fill(left[mask], top[mask], (right - left)[mask], height[mask])
            self._up_wicks.fill(*(np.empty(0),) * 4)
            self._down_wicks.fill(*(np.empty(0),) * 4)
            return
        body = max(1, int(px_per_block * 0.7))
        body -= 1 - body % 2  # odd width, so the one-pixel wick sits exactly in the middle
        center = np.floor(aff.x(cols.start.astype(np.float64)))
        y_open, y_close = np.floor(aff.y(cols.open)), np.floor(aff.y(cols.close))
        top = np.minimum(y_open, y_close)
        height = np.abs(y_close - y_open) + 1
        wick_x = center + 0.5
        for bodies, wicks, mask in (
            (self._up_bodies, self._up_wicks, up),
            (self._down_bodies, self._down_wicks, ~up),
        ):
            bodies.fill(
                center[mask] - body // 2,
                top[mask],
                np.full(int(mask.sum()), float(body)),
                height[mask],
            )
            wicks.fill(wick_x[mask], y_high[mask], wick_x[mask], y_low[mask] + 1)

    def _draw(self, painter: QPainter, cols: Columns) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for color, bodies, wicks in (
            (self._up_color, self._up_bodies, self._up_wicks),
            (self._down_color, self._down_bodies, self._down_wicks),
        ):
            pen = QPen(color)
            pen.setWidth(1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            wicks.draw(painter)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            bodies.draw(painter)


SKYLINE_BANDS = 8


def skyline_rects(
    left: np.ndarray, right: np.ndarray, base: float, heights: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, w, h) rectangles filling adjacent columns [left, right) from `base` up by
    `heights` pixels, each pixel exactly once.

    Filling cost is per pixel row of each rectangle, so a thousand tall one-pixel columns are
    expensive; cutting the histogram into horizontal bands and merging every run of columns
    that fills a band into one rectangle leaves only the ragged tops column by column.
    """
    heights = np.maximum(np.round(heights), 0.0)
    step = max(1.0, float(np.ceil(heights.max() / SKYLINE_BANDS))) if heights.size else 1.0
    whole = np.floor(heights / step)
    xs, ys, ws, hs = [], [], [], []
    for q in range(int(whole.max()) if heights.size else 0):
        edges = np.diff(np.concatenate(([0], (whole > q).view(np.int8), [0])))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1) - 1
        xs.append(left[starts])
        ws.append(right[ends] - left[starts])
        ys.append(np.full(starts.size, base - (q + 1) * step))
        hs.append(np.full(starts.size, step))
    rest = heights - whole * step
    ragged = rest > 0
    xs.append(left[ragged])
    ws.append((right - left)[ragged])
    ys.append(base - heights[ragged])
    hs.append(rest[ragged])
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ws), np.concatenate(hs)


class VolumeItem(_VisibleItem):
    """Volume bars coloured by candle direction; zoomed out past one candle per pixel, the
    summed volume of each block is one neutral histogram (a block's direction says little)."""

    def __init__(self, source: ColumnSource) -> None:
        super().__init__(source)
        self._up = RectArray()
        self._down = RectArray()
        self._up_color = QColor("#26a69a")
        self._down_color = QColor("#ef5350")
        self._neutral_color = QColor("#5d606b")
        self.aggregated = False  # True: the last frame drew the neutral block histogram

    def set_colors(self, up: str, down: str, neutral: str) -> None:
        self._up_color, self._down_color = QColor(up), QColor(down)
        self._neutral_color = QColor(neutral)
        self.update()

    def bars(self) -> np.ndarray:
        """Rectangles (x, y, w, h) in pixels drawn by the last frame."""
        return np.vstack([self._up.array(), self._down.array()])

    def _rebuild(self, cols: Columns, aff: _Affine) -> None:
        base = np.floor(aff.y(np.zeros(1)))[0]
        top = np.floor(aff.y(cols.volume))
        height = np.maximum(base - top, 1.0)
        self.aggregated = cols.level > 0
        if self.aggregated:
            left, right = self._block_edges(cols, aff)
            self._up.fill(*skyline_rects(left, right, base, height))
            self._down.fill(*(np.empty(0),) * 4)
            return
        px_per_block = abs(aff.sx) * cols.block
        if px_per_block >= MIN_CANDLE_PX:
            body = max(1, int(px_per_block * 0.7))
            body -= 1 - body % 2
            left = np.floor(aff.x(cols.start.astype(np.float64))) - body // 2
            width = np.full(len(cols), float(body))
        else:
            left, right = self._block_edges(cols, aff)
            width = right - left
        up = cols.up
        for arr, mask in ((self._up, up), (self._down, ~up)):
            arr.fill(left[mask], base - height[mask], width[mask], height[mask])

    def _draw(self, painter: QPainter, cols: Columns) -> None:
        up_color = self._neutral_color if self.aggregated else self._up_color
        _fill_rects(painter, ((up_color, self._up), (self._down_color, self._down)))


class IndicatorLineItem(_VisibleItem):
    """A line over the candles' x axis; aggregated blocks draw the line's min..max envelope."""

    def __init__(self, source: ColumnSource, line: LineSeries, color: str, width: float = 1.0):
        super().__init__(source)
        self.line = line
        self._color = QColor(color)
        self._width = width
        self._path = None
        self.setZValue(5)

    def set_color(self, color: str) -> None:
        self._color = QColor(color)
        self.update()

    def visible_values(self, cols: Columns | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(x bar positions, values) drawn for `cols` (default: this item's current view)."""
        cols = cols if cols is not None else self.visible_columns()
        if cols is None or len(cols) == 0:
            return np.empty(0), np.empty(0)
        j0 = cols.first_block
        j1 = j0 + len(cols)
        if cols.level == 0:
            return cols.start.astype(np.float64), self.line.values.values[j0:j1]
        low, high = self.line.envelope(cols.level, j0, j1)
        center = (cols.start + cols.stop - 1) / 2.0
        x = np.repeat(center, 2)
        y = np.empty(2 * len(cols))
        y[0::2], y[1::2] = low, high
        return x, y

    def _rebuild(self, cols: Columns, aff: _Affine) -> None:
        x, y = self.visible_values()
        self._path = pg.arrayToQPath(aff.x(x), aff.y(y), connect="finite")

    def _draw(self, painter: QPainter, cols: Columns) -> None:
        # Smooth when individual points are drawn; a per-pixel envelope is dense enough that
        # antialiasing only costs time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, cols.level == 0)
        pen = QPen(self._color)
        pen.setWidthF(self._width)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawPath(self._path)


class HistogramItem(_VisibleItem):
    """Bars from zero to a value (MACD histogram); aggregated blocks show min..max with zero."""

    def __init__(self, source: ColumnSource, line: LineSeries, up: str, down: str) -> None:
        super().__init__(source)
        self.line = line
        self._pos = RectArray()
        self._neg = RectArray()
        self.set_colors(up, down)

    def set_colors(self, up: str, down: str) -> None:
        self._up_color, self._down_color = QColor(up), QColor(down)
        self._up_color.setAlpha(170)
        self._down_color.setAlpha(170)
        self.update()

    def _rebuild(self, cols: Columns, aff: _Affine) -> None:
        j0 = cols.first_block
        low, high = self.line.envelope(cols.level, j0, j0 + len(cols))
        px_per_block = abs(aff.sx) * cols.block
        if cols.level == 0 and px_per_block >= MIN_CANDLE_PX:
            body = max(1, int(px_per_block * 0.7))
            body -= 1 - body % 2
            left = np.floor(aff.x(cols.start.astype(np.float64))) - body // 2
            width = np.full(len(cols), float(body))
        else:
            left, right = self._block_edges(cols, aff)
            width = right - left
        zero = np.floor(aff.y(np.zeros(1)))[0]
        high = np.nan_to_num(high)
        low = np.nan_to_num(low)
        top_pos = np.floor(aff.y(np.maximum(high, 0.0)))
        bottom_neg = np.floor(aff.y(np.minimum(low, 0.0)))
        pos = high > 0
        neg = low < 0
        self._pos.fill(left[pos], top_pos[pos], width[pos], np.maximum(zero - top_pos, 1)[pos])
        self._neg.fill(
            left[neg],
            np.full(int(neg.sum()), zero),
            width[neg],
            np.maximum(bottom_neg - zero, 1)[neg],
        )

    def _draw(self, painter: QPainter, cols: Columns) -> None:
        _fill_rects(painter, ((self._up_color, self._pos), (self._down_color, self._neg)))
