"""How a report shows its numbers and colours: `ReportStyle` carries the UI's language (its
translated words, decimal and group separators) and the theme's chart colours into the
Qt-free builders; `format_value` writes a figure as text for the PDF.

The separators come from the Qt side (QLocale of the UI language, desktop.shell.report_texts),
so the PDF says "1.234,56" in Portuguese and Spanish as the rest of the app does.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from desktop.reports.labels import TEXTS

DASH = "—"


@dataclass(frozen=True, slots=True)
class ChartColours:
    """Series colours of a theme for charts on white paper (up/down are the theme's own
    candle colours, desktop.shell.theme)."""

    equity: str = "#1f6fd1"
    benchmark: str = "#7a8699"
    drawdown: str = "#d32f2f"
    positive: str = "#00897b"
    negative: str = "#d32f2f"


THEME_COLOURS = {
    "light": ChartColours(),
    "dark": ChartColours(equity="#3a7bd5", benchmark="#6f7d95", drawdown="#ef5350",
                         positive="#26a69a", negative="#ef5350"),
}


@dataclass(frozen=True, slots=True)
class ReportStyle:
    texts: dict[str, str] = field(default_factory=lambda: dict(TEXTS))
    decimal: str = "."
    group: str = ","
    language: str = "en"
    colours: ChartColours = field(default_factory=ChartColours)

    def text(self, key: str, **values: object) -> str:
        word = self.texts.get(key) or TEXTS.get(key, key)
        return word.format(**values) if values else word


def format_number(value: float, decimals: int, style: ReportStyle, grouped: bool = True) -> str:
    if value is None or not isinstance(value, (int, float, np.integer, np.floating)):
        return DASH
    value = float(value)
    if math.isnan(value):
        return DASH
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    text = f"{value:,.{decimals}f}" if grouped else f"{value:.{decimals}f}"
    # Swap through a placeholder: the two separators may trade places.
    text = text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)
    return text.replace("-", "−", 1) if text.startswith("-") else text


def format_time(ms: float, with_time: bool = True) -> str:
    if ms is None or not math.isfinite(float(ms)):
        return DASH
    t = np.datetime64(int(ms), "ms")
    text = str(t.astype("datetime64[m]" if with_time else "datetime64[D]"))
    return text.replace("T", " ")


def format_value(value: float, kind: str, style: ReportStyle) -> str:
    """A figure as the PDF prints it (the Excel sheet keeps the number and a number format)."""
    if kind == "time":
        return format_time(value)
    if kind == "pct":
        return _suffix(format_number(_times(value, 100.0), 2, style), "%")
    if kind == "pct100":
        return _suffix(format_number(value, 2, style), "%")
    if kind == "count":
        return format_number(value, 0, style)
    if kind in ("days", "decimal"):
        return format_number(value, 1, style)
    if kind == "price":
        return format_number(value, _price_decimals(value), style)
    if kind == "amount":
        return format_number(value, 6, style)
    if kind == "text":
        return str(value)
    return format_number(value, 2, style)  # money, ratio


def _times(value: object, factor: float) -> float:
    try:
        return float(value) * factor  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def _suffix(text: str, unit: str) -> str:
    return text if text in (DASH, "∞", "−∞") else f"{text} {unit}"


def _price_decimals(value: object) -> int:
    try:
        v = abs(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 2
    if not math.isfinite(v) or v == 0 or v >= 1000:
        return 2
    return min(8, max(2, 4 - math.floor(math.log10(v))))
