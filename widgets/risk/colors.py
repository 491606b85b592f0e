"""Colour scales of the risk dock's heatmaps, readable on the dark and the light theme.

A cell is tinted, not painted: the theme's own text colour stays on top, and the tint's
opacity grows with the value's place in its column, so the hottest cell of a column is the
most saturated one. Light backgrounds need less opacity than dark ones for the same
contrast with the text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtGui import QColor

HOT = {True: QColor("#ef5350"), False: QColor("#e53935")}  # risk, loss
GOOD = {True: QColor("#26a69a"), False: QColor("#00897b")}  # gain
COLD = {True: QColor("#42a5f5"), False: QColor("#1e88e5")}  # negative correlation
AMBER = {True: QColor("#ffb300"), False: QColor("#f59f00")}
MAX_ALPHA = {True: 190, False: 130}
MIN_ALPHA = 18
FLOOR = 0.1  # the least risky row of a column still shows a trace of colour


def tint(base: QColor, strength: float, dark: bool) -> QColor:
    """`base` at an opacity for `strength` in [0, 1]."""
    s = min(max(strength, 0.0), 1.0)
    color = QColor(base)
    color.setAlpha(int(MIN_ALPHA + (MAX_ALPHA[dark] - MIN_ALPHA) * s))
    return color


def column_strengths(values: Sequence[float]) -> list[float]:
    """Each |value| over the column's largest |value| (0 where there is no number): the
    scale of gains and losses, where zero means nothing happened."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    top = max(finite, default=0.0)
    if top == 0:
        return [0.0 for _ in values]
    return [abs(v) / top if v is not None and math.isfinite(v) else 0.0 for v in values]


def spread_strengths(values: Sequence[float]) -> list[float]:
    """|value| placed between the column's smallest and largest |value|, from FLOOR to 1:
    the scale of risk metrics, whose rows differ by degree (betas of 0.9 to 1.1 must not
    all look equally hot). A column of one value sits in the middle."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    if not finite:
        return [0.0 for _ in values]
    low, high = min(finite), max(finite)
    out = []
    for v in values:
        if v is None or not math.isfinite(v):
            out.append(0.0)
        elif high == low:
            out.append(0.5 if high > 0 else 0.0)
        else:
            out.append(FLOOR + (1 - FLOOR) * (abs(v) - low) / (high - low))
    return out


def risk_color(strength: float, dark: bool) -> QColor:
    """More risk, hotter: amber for the middle of the column, red at its top."""
    base = AMBER[dark] if strength < 0.6 else HOT[dark]
    return tint(base, strength, dark)


def signed_color(value: float, strength: float, dark: bool) -> QColor | None:
    """Gains green, losses red, by size."""
    if not math.isfinite(value) or value == 0:
        return None
    return tint(GOOD[dark] if value > 0 else HOT[dark], strength, dark)


def correlation_color(rho: float, dark: bool) -> QColor | None:
    """Positive correlations warm, negative ones cold, by |ρ|."""
    if not math.isfinite(rho):
        return None
    return tint(HOT[dark] if rho >= 0 else COLD[dark], abs(rho), dark)
