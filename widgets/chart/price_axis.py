"""Right-hand value axis with fixed decimals and a coloured tag for the last price."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from widgets.chart.lean_axis import TICK_PX, LeanAxis
from widgets.common.numbers import fmt_number, localize_digits


def price_decimals(price: float) -> int:
    """Decimals that show about five significant digits (0.098400, 1.2345, 43250.00)."""
    if not math.isfinite(price) or price == 0:
        return 2
    return max(2, min(10, 4 - math.floor(math.log10(abs(price)))))


def tick_decimals(prices: np.ndarray) -> int:
    """Decimals the exchange quotes in, read off the data (0.104797 -> 6), when plausible.

    Float noise (computed or synthetic prices) would read as 10+ decimals; then the
    significance rule of `price_decimals` decides instead.
    """
    prices = prices[np.isfinite(prices)]
    if prices.size == 0:
        return 2
    significant = price_decimals(float(np.max(np.abs(prices))))
    for decimals in range(0, significant + 4):
        if np.all(np.abs(np.round(prices, decimals) - prices) <= 1e-9 * np.abs(prices)):
            return max(2, decimals)
    return significant


def format_price(price: float, decimals: int) -> str:
    """In the UI's locale: 80,146.29 in English, 80.146,29 in Portuguese."""
    return fmt_number(price, decimals)


def format_volume(volume: float) -> str:
    for factor, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(volume) >= factor:
            return localize_digits(f"{volume / factor:.4g}") + suffix
    return localize_digits(f"{volume:.4g}")


def spacing_decimals(spacing: float) -> int:
    return max(0, min(10, -math.floor(math.log10(spacing)))) if spacing > 0 else 2


class ValueAxis(LeanAxis):
    """Right axis. `decimals=None` means volume style (1.2K, 3.4M); "auto" follows spacing."""

    MIN_LABEL_GAP_PX = 36

    def __init__(self, decimals: int | str | None = 2, **kwargs) -> None:
        super().__init__("right", **kwargs)
        self.decimals = decimals
        self._tag: tuple[float, str, QColor, QColor] | None = None
        self._hover: tuple[float, str, QColor, QColor] | None = None

    def set_decimals(self, decimals: int | str | None) -> None:
        self.decimals = decimals
        self.invalidate_ticks()

    def set_tag(self, value: float | None, color: str = "#26a69a", text_color: str = "#ffffff"):
        """Show `value` in a filled box at its height (None hides it)."""
        if value is None or not math.isfinite(value):
            self._tag = None
        else:
            decimals = self.decimals if isinstance(self.decimals, int) else 2
            self._tag = (value, format_price(value, decimals), QColor(color), QColor(text_color))
        self.update()

    def needed_width(self, sample: float) -> int:
        """Pixels the tag for a price like `sample` needs at the current decimals."""
        decimals = self.decimals if isinstance(self.decimals, int) else 2
        text = format_price(sample, decimals)
        return self.fontMetrics_width(text) + TICK_PX + 14

    def fontMetrics_width(self, text: str) -> int:
        font = self.style.get("tickFont") or QFont()
        return QFontMetrics(font).horizontalAdvance(text)

    def set_hover(self, value: float | None, fill: str = "#363a45", ink: str = "#ffffff"):
        """The crosshair's value in a box at its height (None hides it)."""
        if value is None or not math.isfinite(value):
            self._hover = None
        else:
            self._hover = (value, self.format_value(value), QColor(fill), QColor(ink))
        self.update()

    def hover_text(self) -> str | None:
        return None if self._hover is None else self._hover[1]

    def format_value(self, value: float) -> str:
        if self.decimals is None:
            return format_volume(value)
        if isinstance(self.decimals, int):
            return format_price(value, self.decimals)
        return localize_digits(f"{value:.4g}")

    def tag_text(self) -> str | None:
        return None if self._tag is None else self._tag[1]

    def ticks(self, lo: float, hi: float, length_px: float) -> list[tuple[float, str]]:
        if length_px <= 0:
            return []
        levels = self.tickValues(lo, hi, length_px)
        chosen: tuple[float, list[float]] | None = None
        for spacing, values in levels:
            # the finest level whose labels still have air between them
            if spacing / (hi - lo) * length_px >= self.MIN_LABEL_GAP_PX:
                chosen = (spacing, sorted({*values, *(chosen[1] if chosen else [])}))
        if chosen is None:
            if not levels:
                return []
            chosen = levels[0]  # a short pane still gets its major ticks
        spacing, values = chosen
        if self.decimals is None:
            return [(v, format_volume(v)) for v in values]
        # Round levels need only the decimals their spacing has (0.1055, not 0.10550000); the
        # last-price tag keeps the full quote precision.
        decimals = spacing_decimals(spacing)
        if isinstance(self.decimals, int):
            decimals = min(decimals, self.decimals) if self.decimals else 0
        return [(v, format_price(v, decimals)) for v in values]

    def label_top(self, top: float, height: float, p: QPainter) -> float | None:
        """A label the last-price tag would cover moves just above the tag (below it at
        the top edge): the tag must not hide the scale's top label."""
        if self._tag is None:
            return top
        y = self._pixel(self._tag[0])
        half = (p.fontMetrics().height() + 4) / 2
        if top + height <= y - half or top >= y + half:
            return top
        above = y - half - height - 1
        return above if above >= 0 else y + half + 1

    def extra_key(self) -> tuple:
        tag = None if self._tag is None else (self._tag[0], self._tag[2].rgba())
        hover = None if self._hover is None else (self._hover[0], self._hover[2].rgba())
        return (*super().extra_key(), tag, hover)

    def paint_extra(self, p: QPainter) -> None:
        for tag in (self._tag, self._hover):  # the crosshair's box goes on top
            if tag is not None:
                self._paint_box(p, *tag)

    def _paint_box(self, p: QPainter, value: float, text: str, fill: QColor, ink: QColor):
        y = self._pixel(value)
        if not 0 <= y <= self.height():
            return
        h = p.fontMetrics().height() + 4
        rect = QRectF(1, round(y - h / 2), self.width() - 1, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRect(rect)
        p.setPen(ink)
        p.drawText(rect.adjusted(TICK_PX + 3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
