"""The depth chart: cumulative size of each side against price, bids to the left of the
spread and asks to the right, as filled steps. Painted from the same `Ladder` as the
ladder view, once per flush."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from widgets.common.numbers import fmt_compact, fmt_number
from widgets.order_book.ladder import Ladder, Level
from widgets.order_book.palette import palette


class DepthView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(90)
        self.ladder: Ladder | None = None
        self.pal = palette(True)
        self.locale = QLocale()
        self.price_decimals = 2

    def set_dark(self, dark: bool) -> None:
        self.pal = palette(dark)
        self.update()

    def set_ladder(self, ladder: Ladder | None, price_decimals: int) -> None:
        self.ladder = ladder
        self.price_decimals = price_decimals
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.pal
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, pal.background)
        ladder = self.ladder
        # Levels that hold only own orders (far from the market, maybe) do not stretch it.
        bids = [lv for lv in ladder.bids if lv.size] if ladder else []
        asks = [lv for lv in ladder.asks if lv.size] if ladder else []
        if ladder is None or not bids or not asks:
            return
        fm = self.fontMetrics()
        label_h = fm.height() + 2
        plot = QRectF(4, label_h, w - 8, h - 2 * label_h - 2)
        low, high = bids[-1].price, asks[-1].price
        top = max(bids[-1].cumulative, asks[-1].cumulative) or 1.0
        if high <= low:
            return

        def x_of(price: float) -> float:
            return plot.left() + (price - low) / (high - low) * plot.width()

        def y_of(total: float) -> float:
            return plot.bottom() - total / top * plot.height()

        for levels, line, fill in ((bids, pal.bid, pal.bid_bar), (asks, pal.ask, pal.ask_bar)):
            path = _steps(levels, x_of, y_of, plot.bottom())
            p.fillPath(path, fill)
            p.setPen(QPen(line, 1.5))
            p.drawPath(path)
        p.setPen(pal.muted)
        mid = (ladder.best_bid + ladder.best_ask) / 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter
        bottom = QRectF(4, h - label_h, w - 8, label_h)
        loc, d = self.locale, self.price_decimals
        p.drawText(bottom, left, fmt_number(low, d, loc))
        p.drawText(bottom, centre, fmt_number(mid, d, loc))
        p.drawText(bottom, right, fmt_number(high, d, loc))
        p.drawText(QRectF(4, 0, w - 8, label_h), left, fmt_compact(top, loc))


def _steps(levels: list[Level], x_of, y_of, base: float) -> QPainterPath:
    """A closed step outline from the best level outwards, down to the baseline."""
    path = QPainterPath()
    x0 = x_of(levels[0].price)
    path.moveTo(QPointF(x0, base))
    total = 0.0
    y = y_of(total)
    for lv in levels:
        x = x_of(lv.price)
        path.lineTo(QPointF(x, y))
        total = lv.cumulative
        y = y_of(total)
        path.lineTo(QPointF(x, y))
    path.lineTo(QPointF(x_of(levels[-1].price), base))
    path.closeSubpath()
    return path
