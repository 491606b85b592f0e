"""Locale-aware number formatting for prices, amounts and volumes."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale


def decimals_for_step(step: float) -> int:
    """Digits after the point that a tick or step size needs: 0.01 -> 2, 1e-5 -> 5."""
    if step <= 0 or not math.isfinite(step):
        return 2
    return max(0, min(12, -math.floor(math.log10(step) + 1e-9)))


def fmt_number(value: float, decimals: int, locale: QLocale | None = None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return (locale or QLocale()).toString(float(value), "f", decimals)


def fmt_compact(value: float, locale: QLocale | None = None) -> str:
    """1234567 -> '1.23M' (the suffixes are the same in en, pt_BR and es)."""
    if value is None or not math.isfinite(value):
        return "—"
    loc = locale or QLocale()
    for bound, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= bound:
            return loc.toString(value / bound, "f", 2) + suffix
    return loc.toString(value, "f", 2)
