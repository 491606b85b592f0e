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


def fmt_significant(value: float, significant: int = 6, min_decimals: int = 2,
                    locale: QLocale | None = None) -> str:
    """A price whose tick is not at hand: at least `min_decimals` decimals, and as many as
    `significant` digits need (a BTC-quoted 0.05341234 is "0.0534123", not "0.05")."""
    if value is None or not math.isfinite(value):
        return "—"
    decimals = min_decimals if value == 0 else max(
        min_decimals, min(12, significant - 1 - math.floor(math.log10(abs(value)))))
    text = fmt_number(value, decimals, locale)
    # Zeros past `min_decimals` say nothing: 20 is "20.00", not "20.0000".
    spare = decimals - min_decimals
    while spare > 0 and text.endswith("0"):
        text, spare = text[:-1], spare - 1
    point = (locale or QLocale()).decimalPoint()
    return text[:-len(point)] if text.endswith(point) else text


def fmt_amount(value: float, locale: QLocale | None = None) -> str:
    """An amount whose step is not at hand: up to 8 significant digits, no trailing zeros,
    the locale's point ("0,004" in pt_BR)."""
    if value is None or not math.isfinite(value):
        return "—"
    return (locale or QLocale()).toString(float(value), "g", 8)


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
