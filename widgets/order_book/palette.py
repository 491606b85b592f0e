"""Colours of the depth and tape views (painted, not styled by QSS), per theme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor


@dataclass(slots=True, frozen=True)
class DeskPalette:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    bid: QColor
    ask: QColor
    bid_bar: QColor
    ask_bar: QColor
    own: QColor  # own orders' tags
    own_text: QColor
    cursor: QColor
    highlight: QColor  # large prints


def _c(hex_colour: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


DARK = DeskPalette(
    background=_c("#131722"), text=_c("#d1d4dc"), muted=_c("#787b86"), grid=_c("#2a2e39"),
    bid=_c("#26a69a"), ask=_c("#ef5350"), bid_bar=_c("#26a69a", 70), ask_bar=_c("#ef5350", 70),
    own=_c("#f0b429"), own_text=_c("#1d2433"), cursor=_c("#42a5f5"),
    highlight=_c("#f0b429", 60),
)

LIGHT = DeskPalette(
    background=_c("#ffffff"), text=_c("#131722"), muted=_c("#6a6d78"), grid=_c("#e0e3eb"),
    bid=_c("#089981"), ask=_c("#f23645"), bid_bar=_c("#089981", 55), ask_bar=_c("#f23645", 55),
    own=_c("#d99a00"), own_text=_c("#ffffff"), cursor=_c("#1e63d6"),
    highlight=_c("#f0b429", 80),
)


def palette(dark: bool) -> DeskPalette:
    return DARK if dark else LIGHT
