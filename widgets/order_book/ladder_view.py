"""The depth ladder, painted: one row per price level (asks above, bids below, the spread in
the middle of the view), size bars in proportion to the largest level, cumulative size, and
own orders as tags at their levels.

It is painted, not a table: a new book costs one `update()` and a repaint of visible rows,
never a relayout, so it keeps up with the market at the bridge's flush rate. Mouse and keys:
a click on a level asks for an order there (`levelClicked`); dragging an own order's level
to another one asks to move it (`orderDragged`); arrow keys move a level cursor; the wheel
scrolls to deeper levels (Home centres the spread again).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import Order, Side
from widgets.common.numbers import fmt_number
from widgets.order_book.ladder import Ladder, Level
from widgets.order_book.palette import palette

# Column edges as fractions of the width: own orders | price | size | cumulative size.
COLUMNS = (0.0, 0.2, 0.44, 0.72, 1.0)
PAGE_ROWS = 10


class LadderView(QWidget):
    levelClicked = Signal(object, float)  # Side, price
    orderDragged = Signal(object, float)  # Order, new price
    cursorMoved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(240, 200)
        font = QFont(self.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.setFont(font)
        self.headers = ("", "", "", "")  # set by the panel (translated)
        self.ladder: Ladder | None = None
        self.rows: list[Level] = []
        self._texts: list[tuple[str, str, str, str]] = []
        self._split = 0  # index of the best bid in `rows`
        self.cursor_price: float | None = None
        self.selected: Order | None = None  # the own order the keyboard moves
        self.pal = palette(True)
        self.locale = QLocale()
        self.price_decimals = 2
        self.size_decimals = 4
        self.paints = 0
        self.scroll_rows = 0  # the wheel's shift from the centred spread (+: deeper bids)
        self._press: tuple[Level, QPoint] | None = None
        self._drag_row: int | None = None

    # -- data -------------------------------------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        self.pal = palette(dark)
        self.update()

    def set_ladder(self, ladder: Ladder | None, price_decimals: int, size_decimals: int) -> None:
        self.ladder = ladder
        self.price_decimals, self.size_decimals = price_decimals, size_decimals
        self.rows = ladder.rows() if ladder else []
        self._split = len(ladder.asks) if ladder else 0
        loc = self.locale
        self._texts = [
            (fmt_number(lv.own, size_decimals, loc) if lv.own else "",
             fmt_number(lv.price, price_decimals, loc),
             fmt_number(lv.size, size_decimals, loc) if lv.size else "",
             fmt_number(lv.cumulative, size_decimals, loc))
            for lv in self.rows
        ]
        if self.selected is not None and not any(
                _same(o, self.selected) for lv in self.rows for o in lv.own_orders):
            self.selected = None  # filled or canceled meanwhile
        self.update()

    # -- geometry ---------------------------------------------------------------------------
    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _row_top(self, i: int) -> float:
        rh = self.row_height()
        middle = rh + (self.height() - rh) / 2  # below the header
        return middle + (i - self._split - self.scroll_rows) * rh

    def row_at(self, y: float) -> int | None:
        rh = self.row_height()
        if y < rh or not self.rows:
            return None
        i = math.floor((y - self._row_top(0)) / rh)
        return i if 0 <= i < len(self.rows) else None

    def row_of_price(self, price: float | None) -> int | None:
        if price is None:
            return None
        best, best_d = None, math.inf
        for i, lv in enumerate(self.rows):
            d = abs(lv.price - price)
            if d < best_d:
                best, best_d = i, d
        return best

    def cursor_level(self) -> Level | None:
        i = self.row_of_price(self.cursor_price)
        return self.rows[i] if i is not None else None

    def set_cursor_row(self, i: int) -> None:
        if not self.rows:
            return
        i = max(0, min(len(self.rows) - 1, i))
        self.cursor_price = self.rows[i].price
        rh = self.row_height()
        top = self._row_top(i)
        if top < rh or top + rh > self.height():  # keep the cursor in view
            self.scroll_rows += round((top - (rh + (self.height() - rh) / 2)) / rh)
        self.update()
        self.cursorMoved.emit()

    def select_at_cursor(self) -> Order | None:
        """Select an own order at the cursor's level (the next one if several are there)."""
        level = self.cursor_level()
        orders = level.own_orders if level else ()
        if not orders:
            self.selected = None
        else:
            at = [i for i, o in enumerate(orders) if self.selected and _same(o, self.selected)]
            self.selected = orders[(at[0] + 1) % len(orders)] if at else orders[0]
        self.update()
        return self.selected

    # -- input ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -PAGE_ROWS,
                 Qt.Key.Key_PageDown: PAGE_ROWS}
        if key in moves and self.rows:
            now = self.row_of_price(self.cursor_price)
            start = self._split if now is None else now
            self.set_cursor_row(start + moves[key] if now is not None else start)
        elif key == Qt.Key.Key_Home and self.rows:
            self.scroll_rows = 0
            self.set_cursor_row(self._split)  # the best bid, the spread centred again
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scroll to deeper levels; Home centres the spread again."""
        steps = -event.angleDelta().y() // 40
        limit = max(len(self.rows), 1)
        self.scroll_rows = max(-limit, min(limit, self.scroll_rows + steps))
        self.update()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        row = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row is not None:
            # The level itself, not its row: the book may move under the mouse meanwhile.
            self._press = (self.rows[row], event.position().toPoint())
            self._drag_row = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        level, start = self._press
        moved = (event.position().toPoint() - start).manhattanLength()
        if level.own_orders and (
                self._drag_row is not None or moved >= QApplication.startDragDistance()):
            self._drag_row = self.row_at(event.position().y())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drag_row = self._press, self._drag_row
        self._press = self._drag_row = None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        level, _start = press
        if drag_row is not None:
            self.update()
            target = self.rows[drag_row] if drag_row < len(self.rows) else None
            if target is not None and target.price != level.price:
                self.orderDragged.emit(self._dragged_order(level), target.price)
            return
        row = self.row_at(event.position().y())
        if row is None or self.rows[row].price != level.price:
            return  # released elsewhere: no click
        self.cursor_price = level.price
        if event.position().x() < COLUMNS[1] * self.width() and level.own_orders:
            self.select_at_cursor()  # a click on an own order's tag picks it
            self.cursorMoved.emit()
            return
        self.update()
        self.cursorMoved.emit()
        self.levelClicked.emit(level.side, level.price)

    def _dragged_order(self, level: Level) -> Order:
        for o in level.own_orders:
            if self.selected is not None and _same(o, self.selected):
                return o
        return level.own_orders[0]

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paints += 1
        p = QPainter(self)
        pal = self.pal
        w, h = self.width(), self.height()
        rh = self.row_height()
        p.fillRect(0, 0, w, h, pal.background)
        xs = [c * w for c in COLUMNS]
        pad = 6
        align_r = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # Header.
        p.setPen(pal.muted)
        for k, title in enumerate(self.headers):
            p.drawText(QRectF(xs[k], 0, xs[k + 1] - xs[k] - pad, rh), align_r, title)
        p.setPen(pal.grid)
        p.drawLine(0, rh, w, rh)
        p.setClipRect(0, rh + 1, w, h - rh - 1)
        ladder = self.ladder
        if ladder is None or not self.rows:
            return
        bar_left, bar_width = xs[2], xs[4] - xs[2]
        top0 = self._row_top(0)
        first = max(0, math.floor((rh - top0) / rh))
        last = min(len(self.rows), math.ceil((h - top0) / rh) + 1)
        cursor_row = self.row_of_price(self.cursor_price) if self.hasFocus() or \
            self.cursor_price is not None else None
        max_size = ladder.max_size or 1.0
        for i in range(first, last):
            lv = self.rows[i]
            y = top0 + i * rh
            bid = lv.side is Side.BUY
            if lv.size:
                bw = bar_width * lv.size / max_size
                p.fillRect(QRectF(bar_left, y + 1, bw, rh - 2),
                           pal.bid_bar if bid else pal.ask_bar)
            own, price, size, total = self._texts[i]
            p.setPen(pal.bid if bid else pal.ask)
            p.drawText(QRectF(xs[1], y, xs[2] - xs[1] - pad, rh), align_r, price)
            p.setPen(pal.text)
            p.drawText(QRectF(xs[2], y, xs[3] - xs[2] - pad, rh), align_r, size)
            p.setPen(pal.muted)
            p.drawText(QRectF(xs[3], y, xs[4] - xs[3] - pad, rh), align_r, total)
            if own:
                self._paint_tag(p, QRectF(xs[0] + 2, y + 2, xs[1] - xs[0] - 4, rh - 4), own,
                                selected=any(self.selected is not None and _same(o, self.selected)
                                             for o in lv.own_orders))
        if self._drag_row is not None and self._press is not None:
            y = top0 + self._drag_row * rh
            pen = QPen(pal.own, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(xs[0] + 2, y + 2, w - 4, rh - 4), 3, 3)
        if cursor_row is not None and cursor_row < len(self.rows):
            y = top0 + cursor_row * rh
            p.setPen(QPen(pal.cursor, 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(1, y + 0.5, w - 2, rh - 1))
        # The spread: between the best ask (above) and the best bid (below).
        p.setPen(QPen(pal.muted, 1))
        y = top0 + self._split * rh
        p.drawLine(0, round(y), w, round(y))

    def _paint_tag(self, p: QPainter, rect: QRectF, text: str, selected: bool) -> None:
        pal = self.pal
        p.setPen(QPen(pal.cursor, 2) if selected else Qt.PenStyle.NoPen)
        p.setBrush(pal.own)
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(pal.own_text)
        p.drawText(rect.adjusted(2, 0, -3, 0),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _same(a: Order, b: Order) -> bool:
    return a.account == b.account and (a.id or a.client_order_id) == (b.id or b.client_order_id)
