"""The indicator legend of each pane: every enabled indicator's name and its values at the
candle under the crosshair (the last candle when the mouse is away), in the lines' colours."""

from __future__ import annotations

import math

from widgets.chart.indicator_lines import TITLES
from widgets.chart.price_axis import format_price
from widgets.chart.series_store import LineSeries
from widgets.chart.theme import ChartTheme


def indicator_legends(lines: dict[str, dict[str, LineSeries]], i: int, theme: ChartTheme,
                      decimals: int, color_role: dict[str, str],
                      subpanes: frozenset[str]) -> dict[str, str]:
    """Rich text per pane ("price", "rsi", "macd"): one entry per indicator on it."""
    out: dict[str, list[str]] = {}
    for name, series_by_key in lines.items():
        pane = name if name in subpanes else "price"
        # RSI reads in points; MACD is a price difference and needs a little more precision.
        digits = 2 if name == "rsi" else decimals + 1 if name == "macd" else decimals
        values = []
        for key, series in series_by_key.items():
            value = float(series.values.values[i]) if 0 <= i < len(series) else math.nan
            color = getattr(theme, color_role.get(key, ""), None) or (
                theme.up if value >= 0 else theme.down)
            text = format_price(value, digits) if math.isfinite(value) else "—"
            values.append(f'<span style="color:{color}">{text}</span>')
        out.setdefault(pane, []).append(
            f'<span style="color:{theme.text}">{TITLES.get(name, name.upper())}</span>&nbsp;'
            + "&nbsp;".join(values))
    return {pane: "&nbsp;&nbsp;&nbsp;".join(parts) for pane, parts in out.items()}
