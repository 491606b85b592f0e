"""An AxisItem that paints its few ticks directly instead of through pyqtgraph's QPicture.

pyqtgraph's AxisItem rebuilds a QPicture with measured text boxes on every range change,
which costs milliseconds per axis per frame; a chart pans every frame. Here a subclass only
supplies `ticks(lo, hi, length_px) -> [(value, label)]` and painting is a handful of
drawLine/drawText calls. The same ticks feed the pane's grid (see GridItem).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QStaticText, QTransform

from widgets.chart.primitives import LineArray
from widgets.chart.safe_paint import safe_paint
from widgets.common.pyqtgraph_import import pg

TICK_PX = 4


class LeanAxis(pg.AxisItem):
    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self._tick_key: tuple | None = None
        self._ticks: list[tuple[float, str]] = []
        self._texts: dict[str, QStaticText] = {}
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple | None = None
        self._background: QColor | None = None

    def ticks(self, lo: float, hi: float, length_px: float) -> list[tuple[float, str]]:
        raise NotImplementedError

    def _length_px(self) -> float:
        return self.width() if self.orientation in ("top", "bottom") else self.height()

    def current_ticks(self) -> list[tuple[float, str]]:
        """Ticks for the current range, computed once per range/size."""
        lo, hi = self.range
        key = (lo, hi, self._length_px())
        if key != self._tick_key:
            self._ticks = self.ticks(min(lo, hi), max(lo, hi), key[2]) if hi != lo else []
            self._tick_key = key
        return self._ticks

    def set_background(self, color: str | None) -> None:
        """The colour behind the axis (the chart's), so its cached rendering can be opaque."""
        self._background = QColor(color) if color else None
        self.invalidate_ticks()

    def invalidate_ticks(self) -> None:
        self._tick_key = None
        self._pixmap_key = None
        self.update()

    def _pixel(self, value: float) -> float:
        lo, hi = self.range
        if hi == lo:
            return 0.0
        frac = (value - lo) / (hi - lo)
        if self.orientation in ("top", "bottom"):
            return frac * self.width()
        return (1.0 - frac) * self.height()

    def _static_text(self, label: str) -> QStaticText:
        """Laid-out text, reused: drawStaticText skips the text layout drawText does."""
        text = self._texts.get(label)
        if text is None:
            if len(self._texts) > 2048:
                self._texts.clear()
            text = self._texts[label] = QStaticText(label)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.prepare(font=self._font())
        return text

    def _font(self) -> QFont:
        return self.style.get("tickFont") or QFont()

    @safe_paint
    def paint(self, p: QPainter, opt, widget) -> None:
        if self.orientation in ("top", "bottom"):
            self._draw(p)  # labels move with every pan: draw directly
            return
        # A value axis keeps its range while the chart pans (autoscale hysteresis), so its
        # rendering is kept as a pixmap and a frame is one blit.
        size = (int(np.ceil(self.width())), int(np.ceil(self.height())))
        key = (size, tuple(self.current_ticks()), self.range[0], self.range[1], self.extra_key())
        if key != self._pixmap_key:
            ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
            pixmap = QPixmap(max(1, round(size[0] * ratio)), max(1, round(size[1] * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            # Opaque when the background is known: an opaque blit is a copy, not a blend.
            pixmap.fill(self._background if self._background else Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._draw(painter)
            painter.end()
            self._pixmap, self._pixmap_key = pixmap, key
        # A plain blit at whole pixels: layout rows sit at fractional heights, and a fractional
        # translation makes QPainter resample the whole pixmap every frame.
        t = p.transform()
        translate_only = t.type() in (
            QTransform.TransformationType.TxNone,
            QTransform.TransformationType.TxTranslate,
        )
        dx, dy = t.dx(), t.dy()
        p.save()
        if translate_only:
            p.setTransform(QTransform.fromTranslate(round(dx), round(dy)))
        p.drawPixmap(0, 0, self._pixmap)
        p.restore()

    def _draw(self, p: QPainter) -> None:
        horizontal = self.orientation in ("top", "bottom")
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(self.pen())
        w, h = self.width(), self.height()
        if horizontal:
            p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))
        else:
            p.drawLine(QPointF(0.5, 0), QPointF(0.5, h))
        p.setFont(self._font())
        ticks = self.current_ticks()
        for value, _ in ticks:
            pos = round(self._pixel(value)) + 0.5
            if horizontal:
                p.drawLine(QPointF(pos, 0), QPointF(pos, TICK_PX))
            else:
                p.drawLine(QPointF(0, pos), QPointF(TICK_PX, pos))
        p.setPen(self.textPen())
        self.drawn_labels: list[tuple[str, float, float]] = []  # (label, top, height): tests
        for value, label in ticks:
            if not label:
                continue
            text = self._static_text(label)
            tw, th = text.size().width(), text.size().height()
            pos = self._pixel(value)
            if horizontal:
                left = pos - tw / 2
                if left < 0 or left + tw > w:
                    continue  # a clipped half label reads as a different time
                p.drawStaticText(QPointF(round(left), TICK_PX + 2), text)
            else:
                top = self.label_top(pos - th / 2, th, p)
                if top is None or top < 0 or top + th > h:
                    continue
                p.drawStaticText(QPointF(TICK_PX + 4, round(top)), text)
                self.drawn_labels.append((label, top, th))
        self.paint_extra(p)

    def label_top(self, top: float, height: float, p: QPainter) -> float | None:
        """Where a value label goes (the price axis moves one its tag would cover)."""
        return top

    def extra_key(self) -> tuple:
        """What else the cached rendering depends on (the tag, for the price axis)."""
        return (self.pen().color().rgba(), self.textPen().color().rgba())

    def paint_extra(self, p: QPainter) -> None:
        """Hook for overlays on the axis (the last-price tag)."""


class GridItem(pg.GraphicsObject):
    """Opaque one-pixel grid lines at a pane's axis ticks.

    It is a child of the ViewBox itself (not of its data group), so its bounding box is the
    pane's fixed rectangle and a pan does not re-index it in the scene; opaque lines avoid
    alpha blending across the whole pane.
    """

    def __init__(self, vb: pg.ViewBox, x_axis: LeanAxis | None, y_axis: LeanAxis) -> None:
        super().__init__(vb)
        self._vb = vb
        self._x_axis = x_axis
        self._y_axis = y_axis
        self._pen = pg.mkPen("#242833")
        self._lines = LineArray()
        self._key: tuple | None = None
        self.setZValue(-1e6)  # behind the ViewBox's data group
        self.setFlag(self.GraphicsItemFlag.ItemStacksBehindParent)
        vb.sigResized.connect(self.prepareGeometryChange)

    def set_x_axis(self, axis: LeanAxis | None) -> None:
        self._x_axis = axis
        self.update()

    def set_color(self, color: str) -> None:
        self._pen = pg.mkPen(color)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._vb.boundingRect()

    @safe_paint
    def paint(self, p: QPainter, *_args) -> None:
        rect = self._vb.boundingRect()
        (x0, x1), (y0, y1) = self._vb.viewRange()
        if x1 == x0 or y1 == y0:
            return
        x_ticks = self._x_axis.current_ticks() if self._x_axis is not None else []
        y_ticks = self._y_axis.current_ticks()
        key = (x0, x1, y0, y1, rect.width(), rect.height(), id(x_ticks), id(y_ticks))
        if key != self._key:
            self._rebuild(rect, x0, x1, y0, y1, x_ticks, y_ticks)
            self._key = key
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(self._pen)
        self._lines.draw(p)

    def _rebuild(self, rect: QRectF, x0, x1, y0, y1, x_ticks, y_ticks) -> None:
        xs = [(v - x0) / (x1 - x0) * rect.width() for v, _ in x_ticks]
        ys = [(1 - (v - y0) / (y1 - y0)) * rect.height() for v, _ in y_ticks]
        nx, ny = len(xs), len(ys)
        x = np.round(np.asarray(xs + [0.0] * ny)) + 0.5
        y = np.round(np.asarray([0.0] * nx + ys)) + 0.5
        x_end = np.where(np.arange(nx + ny) < nx, x, rect.width())
        y_start = np.where(np.arange(nx + ny) < nx, 0.0, y)
        y_end = np.where(np.arange(nx + ny) < nx, rect.height(), y)
        x_start = np.where(np.arange(nx + ny) < nx, x, 0.0)
        self._lines.fill(x_start, y_start, x_end, y_end)
