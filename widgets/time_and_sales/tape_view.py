"""The time & sales list, painted: newest print on top with its time, price and size, the
aggressor's side in colour (and an arrow, for colour-blind eyes), large prints on a
highlighted band. A flush of new prints costs one `update()`; the wheel scrolls back in
the kept prints, and while scrolled back the rows in view stay put as prints arrive."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QWidget

from desktop.core import Side, Trade
from widgets.common.numbers import fmt_number
from widgets.order_book.palette import palette
from widgets.time_and_sales.tape import Tape

COLUMNS = (0.0, 0.34, 0.68, 1.0)  # time | price | size


def time_text(ts_ms: int) -> str:
    """Local wall-clock time with milliseconds: prints are often several a second."""
    return time.strftime("%H:%M:%S", time.localtime(ts_ms / 1000)) + f".{ts_ms % 1000:03d}"


class TapeView(QWidget):
    def __init__(self, tape: Tape, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tape = tape
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
        self.setMinimumSize(220, 160)
        font = QFont(self.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.setFont(font)
        self.headers = ("", "", "")
        self.pal = palette(True)
        self.locale = QLocale()
        self.price_decimals = 2
        self.size_decimals = 4
        self.offset = 0  # rows scrolled back from the newest
        self._anchor = 0  # tape.added when the offset was last set
        self.paints = 0

    def set_dark(self, dark: bool) -> None:
        self.pal = palette(dark)
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 5

    def rows_in_view(self) -> int:
        return max(0, math.ceil((self.height() - self.row_height()) / self.row_height()))

    def visible(self) -> list[Trade]:
        """The prints in view, top (newest) first."""
        shown = self.tape.shown
        offset = self.offset
        if offset:  # stay on the same prints while new ones arrive above
            offset = min(len(shown) - 1, offset + self.tape.added - self._anchor)
            self.offset, self._anchor = max(0, offset), self.tape.added
        end = len(shown) - max(0, offset)
        start = max(0, end - self.rows_in_view())
        return [shown[i] for i in range(end - 1, start - 1, -1)]

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() // 40
        self.offset = max(0, min(len(self.tape.shown) - 1, self.offset - steps))
        self._anchor = self.tape.added
        self.update()
        event.accept()

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.paints += 1
        p = QPainter(self)
        pal = self.pal
        w, h = self.width(), self.height()
        rh = self.row_height()
        p.fillRect(0, 0, w, h, pal.background)
        xs = [c * w for c in COLUMNS]
        pad = 6
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.setPen(pal.muted)
        for k, title in enumerate(self.headers):
            align = left if k == 0 else right
            p.drawText(QRectF(xs[k] + (pad if k == 0 else 0), 0, xs[k + 1] - xs[k] - pad, rh),
                       align, title)
        p.setPen(pal.grid)
        p.drawLine(0, rh, w, rh)
        loc = self.locale
        y = rh + 1
        for t in self.visible():
            buy = t.side is Side.BUY
            if self.tape.is_large(t):
                p.fillRect(QRectF(0, y, w, rh), pal.highlight)
            p.setPen(pal.muted)
            p.drawText(QRectF(xs[0] + pad, y, xs[1] - xs[0] - pad, rh), left, time_text(t.ts))
            p.setPen(pal.bid if buy else pal.ask)
            arrow = "▲" if buy else "▼"
            p.drawText(QRectF(xs[1], y, xs[2] - xs[1] - pad, rh), right,
                       f"{fmt_number(t.price, self.price_decimals, loc)} {arrow}")
            p.drawText(QRectF(xs[2], y, xs[3] - xs[2] - pad, rh), right,
                       fmt_number(t.amount, self.size_decimals, loc))
            y += rh
