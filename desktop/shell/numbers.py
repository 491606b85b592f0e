"""The one locale-aware number formatting helper: prices, amounts, volumes and the numbers
inside translated messages all follow the UI language chosen in Settings (QLocale.setDefault
in desktop.shell.i18n): "80,146.29" in English is "80.146,29" in Portuguese."""

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


def fmt_bps(value: float, locale: QLocale | None = None) -> str:
    """A spread in basis points (the number; the caller writes "bp"): one decimal, or two
    significant digits below 0.1 bp (a one-tick spread of BTC/USDT is 0.0017 bp, which one
    decimal would show as 0.0)."""
    if value is None or not math.isfinite(value):
        return "—"
    decimals = 1 if abs(value) >= 0.1 or value == 0 else min(
        8, 1 - math.floor(math.log10(abs(value))))
    return fmt_number(value, decimals, locale)


def fmt_compact(value: float, locale: QLocale | None = None) -> str:
    """1234567 -> '1.23M' (the suffixes are the same in en, pt_BR and es)."""
    if value is None or not math.isfinite(value):
        return "—"
    loc = locale or QLocale()
    for bound, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= bound:
            return loc.toString(value / bound, "f", 2) + suffix
    return loc.toString(value, "f", 2)


def localize_digits(text: str, locale: QLocale | None = None) -> str:
    """A number Python formatted ("80,146.29", "12.5%") written the locale's way
    ("80.146,29", "12,5%" in pt_BR): the point and the comma swap places as the locale says."""
    loc = locale or QLocale()
    point, group = loc.decimalPoint(), loc.groupSeparator()
    if point == "." and group == ",":
        return text
    return text.translate({ord("."): point, ord(","): group})
