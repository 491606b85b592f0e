"""One chart drawing on the price pane: painted in pixels from its (time, price) anchors, so
it keeps its place on the candles at any zoom, pan, timeframe or chart type.

The item maps its anchors to bar positions through the chart's TimeMap every paint; its
hit area (shape) is a band a few pixels wide around what it paints, so a click or a drag near
the line takes it and anywhere else stays a chart gesture (pan, crosshair, "Alert here").
Dragging the body moves the whole drawing; dragging an anchor's handle reshapes it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)

from desktop.core.drawings import Drawing, fib_prices
from widgets.chart.time_axis import TimeMap
from widgets.common.pyqtgraph_import import pg

# The drawing colour per theme (dark, light): a blue apart from candles, orders and alerts.
LINE_COLOUR = {True: "#5b9cf6", False: "#2962ff"}
# Fibonacci levels 0 … 100 %, each its own colour as traders know them.
FIB_COLOURS = ("#787b86", "#f23645", "#ff9800", "#4caf50", "#089981", "#00bcd4", "#787b86")
HIT_PX = 6.0  # how near the pointer must be to take a drawing
HANDLE_PX = 4.0  # half the side of an anchor's handle
# A fixed box for the item: the view clips what it paints, and a moving bound would cost a
# geometry change per frame. Wide enough for any x (bar index) and any price.
BOUNDS = QRectF(-1e7, -1e13, 2e7, 2e13)


class DrawingItem(pg.GraphicsObject):
    """Signals: `clicked(item, button, screen_pos)` and `moved(item, drawing)` (a finished
    drag, with the drawing at its new anchors)."""

    clicked = Signal(object, object, object)
    moved = Signal(object, object)

    def __init__(self, drawing: Drawing, time_map: TimeMap, decimals: Callable[[], int],
                 fmt: Callable[[float, int], str]) -> None:
        super().__init__()
        self.drawing = drawing
        self._time_map = time_map
        self._decimals = decimals
        self._fmt = fmt
        self.selected = False
        self.interactive = False  # off while a tool places a new drawing, and for a preview
        self._hover = False
        self._dark = True
        self._text_colour = QColor("#b2b5be")
        self._veil = QColor("#131722")  # the background under labels, a little see-through
        self._veil.setAlpha(190)
        self._drag: tuple[int, QPointF, Drawing] | None = None  # (anchor or -1, start, before)
        self.setZValue(25)  # above candles and indicators, below order lines and markers

    # -- state ---------------------------------------------------------------------------------
    def set_drawing(self, drawing: Drawing) -> None:
        self.drawing = drawing
        self.update()

    def set_interactive(self, on: bool) -> None:
        """Clicks and drags near it are its own (with a move cursor), or left to the chart."""
        self.interactive = on
        if on:
            self.setCursor(Qt.CursorShape.SizeAllCursor)  # over its hit band only
        else:
            self.unsetCursor()

    @property
    def dragging(self) -> bool:
        return self._drag is not None

    def set_selected(self, on: bool) -> None:
        if on != self.selected:
            self.selected = on
            self.update()

    def set_theme(self, dark: bool, text: str, background: str) -> None:
        self._dark, self._text_colour = dark, QColor(text)
        self._veil = QColor(background)
        self._veil.setAlpha(190)
        self.update()

    def _device(self):
        """Item -> viewport pixels, None while not in a shown view."""
        view = self.getViewWidget()
        return None if view is None else self.deviceTransform(view.viewportTransform())

    def view_points(self, drawing: Drawing | None = None) -> list[QPointF]:
        """The anchors in view coordinates (x: continuous bar position, y: price)."""
        d = drawing or self.drawing
        return [QPointF(self._time_map.x_of_time(t), p) for t, p in d.points]

    # -- QGraphicsItem -------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return BOUNDS

    def shape(self) -> QPainterPath:
        """A band HIT_PX wide around the painted lines (and the anchors' handles), mapped
        back from pixels to item coordinates."""
        device = self._device()
        if device is None or not device.isInvertible():
            return QPainterPath()
        path = self._device_path(device)
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * HIT_PX)
        band = stroker.createStroke(path)
        if self.drawing.kind in ("rect", "text"):
            band.addPath(path)  # inside a rectangle or a label counts too
        return device.inverted()[0].map(band)

    def paint(self, p: QPainter, *_args) -> None:
        device = p.transform()
        vb = self.getViewBox()
        if vb is None or any(math.isnan(pt.x()) for pt in self.view_points()):
            return
        area = device.mapRect(vb.viewRect())
        pts = [device.map(pt) for pt in self.view_points()]
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(LINE_COLOUR[self._dark])
        width = 2.0 if (self.selected or self._hover) else 1.3
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        p.setPen(pen)
        kind = self.drawing.kind
        if kind == "hline":
            y = pts[0].y()
            p.drawLine(QLineF(area.left(), y, area.right(), y))
            self._label(p, self._price_text(self.drawing.points[0][1]),
                        QPointF(area.right() - 4, y - 3), colour, Qt.AlignmentFlag.AlignRight)
        elif kind in ("trend", "ray"):
            end = _ray_end(pts[0], pts[1], area) if kind == "ray" else pts[1]
            p.drawLine(QLineF(pts[0], end))
        elif kind == "rect":
            fill = QColor(colour)
            fill.setAlpha(40)
            box = QRectF(pts[0], pts[1]).normalized()
            # An upright box needs no antialiasing, and a translucent antialiased fill inside
            # the view's clip costs about a millisecond per frame.
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.fillRect(box, fill)
            p.drawRect(box)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
        elif kind == "fib":
            self._paint_fib(p, pts, _price_to_device(device))
        elif kind == "text":
            self._label(p, self.drawing.text, pts[0], self._text_colour,
                        Qt.AlignmentFlag.AlignLeft, big=True)
        if self.selected:
            p.setBrush(QColor(self._text_colour if self._dark else "#ffffff"))
            p.setPen(QPen(colour, 1.5))
            for pt in pts:
                p.drawRect(QRectF(pt.x() - HANDLE_PX, pt.y() - HANDLE_PX,
                                  2 * HANDLE_PX, 2 * HANDLE_PX))

    def _paint_fib(self, p: QPainter, pts: list[QPointF],
                   device_y: Callable[[float], float]) -> None:
        left, right = sorted((pts[0].x(), pts[1].x()))
        guide = QPen(QColor(LINE_COLOUR[self._dark]), 1, Qt.PenStyle.DashLine)
        guide.setCosmetic(True)
        p.setPen(guide)
        p.drawLine(QLineF(pts[0], pts[1]))
        for (level, price), colour in zip(fib_prices(self.drawing), FIB_COLOURS, strict=True):
            y = device_y(price)
            pen = QPen(QColor(colour), 1.2)
            pen.setCosmetic(True)
            p.setPen(pen)
            p.drawLine(QLineF(left, y, max(right, left + 40), y))
            text = f"{self._fmt(level * 100, 1)} % ({self._price_text(price)})"
            self._label(p, text, QPointF(left - 4, y + 4), QColor(colour),
                        Qt.AlignmentFlag.AlignRight)

    def _price_text(self, price: float) -> str:
        return self._fmt(price, self._decimals())

    def _label(self, p: QPainter, text: str, at: QPointF, colour: QColor,
               align: Qt.AlignmentFlag, big: bool = False) -> None:
        """`text` with its baseline at `at`, ending there when aligned right."""
        font, metrics = _font(big)
        p.setFont(font)
        width = metrics.horizontalAdvance(text)
        x = at.x() - width if align & Qt.AlignmentFlag.AlignRight else at.x()
        # A veil of the background under the text: readable over candles and grid.
        p.fillRect(QRectF(x - 2, at.y() - metrics.ascent() - 1, width + 4,
                          metrics.ascent() + metrics.descent() + 2), self._veil)
        p.setPen(colour)
        p.drawText(QPointF(x, at.y()), text)

    def _text_rect(self, anchor: QPointF) -> QRectF:
        metrics = _font(True)[1]
        width = metrics.horizontalAdvance(self.drawing.text)
        return QRectF(anchor.x(), anchor.y() - metrics.ascent(), width, metrics.height())

    def _device_path(self, device) -> QPainterPath:
        """What the item paints, in device pixels (for the hit band)."""
        pts = [device.map(pt) for pt in self.view_points()]
        path = QPainterPath()
        if not pts or any(math.isnan(pt.x()) for pt in pts):
            return path
        vb = self.getViewBox()
        area = device.mapRect(vb.viewRect()) if vb is not None else QRectF()
        kind = self.drawing.kind
        if kind == "hline":
            path.moveTo(area.left(), pts[0].y())
            path.lineTo(area.right(), pts[0].y())
        elif kind in ("trend", "ray"):
            path.moveTo(pts[0])
            path.lineTo(_ray_end(pts[0], pts[1], area) if kind == "ray" else pts[1])
        elif kind == "rect":
            path.addRect(QRectF(pts[0], pts[1]).normalized())
        elif kind == "fib":
            left, right = sorted((pts[0].x(), pts[1].x()))
            device_y = _price_to_device(device)
            for _, price in fib_prices(self.drawing):
                y = device_y(price)
                path.moveTo(left, y)
                path.lineTo(max(right, left + 40), y)
        elif kind == "text":
            path.addRect(self._text_rect(pts[0]))
        for pt in pts:  # the handles
            path.addRect(QRectF(pt.x() - HANDLE_PX, pt.y() - HANDLE_PX,
                                2 * HANDLE_PX, 2 * HANDLE_PX))
        return path

    # -- mouse ---------------------------------------------------------------------------------
    def hoverEvent(self, ev) -> None:
        hover = self.interactive and not ev.isExit()
        if hover:
            ev.acceptDrags(Qt.MouseButton.LeftButton)
            ev.acceptClicks(Qt.MouseButton.LeftButton)
            ev.acceptClicks(Qt.MouseButton.RightButton)
        if hover != self._hover:
            self._hover = hover
            self.update()

    def mouseClickEvent(self, ev) -> None:
        if not self.interactive or ev.button() not in (Qt.MouseButton.LeftButton,
                                                       Qt.MouseButton.RightButton):
            return
        ev.accept()
        self.clicked.emit(self, ev.button(), ev.screenPos())

    def mouseDragEvent(self, ev) -> None:
        if not self.interactive or ev.button() != Qt.MouseButton.LeftButton:
            return
        ev.accept()
        if ev.isStart():
            self._drag = (self._anchor_at(ev.buttonDownScenePos()),
                          QPointF(ev.buttonDownPos()), self.drawing)
            self.clicked.emit(self, Qt.MouseButton.LeftButton, None)  # a drag selects it
        if self._drag is None:
            return
        anchor, start, before = self._drag
        pos = QPointF(ev.pos())
        self.set_drawing(self.dragged(before, anchor, start, pos))
        if ev.isFinish():
            self._drag = None
            if self.drawing != before:
                self.moved.emit(self, self.drawing)

    def dragged(self, before: Drawing, anchor: int, start: QPointF, pos: QPointF) -> Drawing:
        """`before` with its anchor `anchor` (-1: every anchor) moved from view position
        `start` to `pos`; a horizontal line only moves in price."""
        dx, dy = pos.x() - start.x(), pos.y() - start.y()
        if before.kind == "hline":
            dx = 0.0
        points = []
        for i, (pt, (_, price)) in enumerate(zip(self.view_points(before), before.points,
                                                 strict=True)):
            if anchor in (-1, i):
                points.append((self._time_map.time_of_x(pt.x() + dx), price + dy))
            else:
                points.append(before.points[i])
        return before.with_points(tuple(points))

    def _anchor_at(self, scene_pos: QPointF) -> int:
        """The anchor whose handle is under a scene position, -1 for the body."""
        device = self._device()
        if device is None or self.drawing.kind in ("hline", "text"):
            return -1
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if view is None:
            return -1
        pixel = view.mapFromScene(scene_pos)
        for i, pt in enumerate(self.view_points()):
            d = device.map(pt)
            if abs(d.x() - pixel.x()) <= HIT_PX and abs(d.y() - pixel.y()) <= HIT_PX:
                return i
        return -1


_FONTS: dict[bool, tuple[QFont, QFontMetricsF]] = {}


def _font(big: bool) -> tuple[QFont, QFontMetricsF]:
    """The labels' font (a text drawing's: bigger) and its metrics, made once."""
    if big not in _FONTS:
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * (1.25 if big else 0.9))
        _FONTS[big] = (font, QFontMetricsF(font))
    return _FONTS[big]


def _ray_end(a: QPointF, b: QPointF, area: QRectF) -> QPointF:
    """Where the ray from `a` through `b` leaves the visible area (in pixels)."""
    dx, dy = b.x() - a.x(), b.y() - a.y()
    if abs(dx) < 1e-9 and abs(dy) < 1e-9:
        return b
    reach = 2 * (area.width() + area.height()) + abs(a.x() - area.center().x()) \
        + abs(a.y() - area.center().y())
    scale = reach / math.hypot(dx, dy)
    return QPointF(a.x() + dx * scale, a.y() + dy * scale)


def _price_to_device(device) -> Callable[[float], float]:
    """A price's device y (the view's transform is a scale and a shift, no rotation)."""
    return lambda price: device.map(QPointF(0.0, price)).y()
