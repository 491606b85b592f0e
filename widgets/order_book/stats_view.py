"""The line above the ladder: spread (price and basis points) and book imbalance with a
bar. Painted, so a new book never changes a layout."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from widgets.common.numbers import fmt_bps, fmt_number
from widgets.order_book.ladder import Ladder
from widgets.order_book.palette import palette


class BookStats(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFixedHeight(self.fontMetrics().height() + 10)
        self.pal = palette(True)
        self.locale = QLocale()
        self.spread_text = ""
        self.imbalance_text = ""
        self.imbalance = 0.0
        self.templates = ("{spread} ({bps} bp)", "{pct} %")  # set translated by the panel
        self.labels = ("", "")

    def set_dark(self, dark: bool) -> None:
        self.pal = palette(dark)
        self.update()

    def set_ladder(self, ladder: Ladder | None, price_decimals: int) -> None:
        loc = self.locale
        if ladder is None or not ladder.bids or not ladder.asks:
            self.spread_text = self.imbalance_text = "—"
            self.imbalance = 0.0
        else:
            bps = ladder.spread_bps
            self.spread_text = self.templates[0].format(
                spread=fmt_number(ladder.spread, price_decimals, loc),
                bps=fmt_bps(bps, loc))
            self.imbalance = ladder.imbalance
            self.imbalance_text = self.templates[1].format(
                pct=("+" if self.imbalance > 0 else "") + fmt_number(self.imbalance * 100, 0, loc))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.pal
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, pal.background)
        half = w / 2
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        fm = self.fontMetrics()
        x = 6.0
        for k, (label, value) in enumerate(zip(self.labels, (self.spread_text,
                                                             self.imbalance_text), strict=True)):
            x = 6.0 + k * half
            p.setPen(pal.muted)
            p.drawText(QRectF(x, 0, half, h), left, label)
            x += fm.horizontalAdvance(label) + 6
            colour = pal.text if k == 0 else (pal.bid if self.imbalance >= 0 else pal.ask)
            p.setPen(colour)
            p.drawText(QRectF(x, 0, half, h), left, value)
        # The imbalance bar: centred at zero, bids pull it right in green, asks left in red.
        bar_left = half + fm.horizontalAdvance(self.labels[1] + " +100 %") + 18
        bar_w = w - bar_left - 8
        if bar_w > 20:
            mid = bar_left + bar_w / 2
            p.fillRect(QRectF(bar_left, h / 2 - 3, bar_w, 6), pal.grid)
            part = bar_w / 2 * max(-1.0, min(1.0, self.imbalance))
            p.fillRect(QRectF(min(mid, mid + part), h / 2 - 3, abs(part), 6),
                       pal.bid if part >= 0 else pal.ask)
