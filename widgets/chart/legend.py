"""The indicator legend of each pane: every instance's name with its parameters and its values
at the candle under the crosshair (the last candle when the mouse is away), in the lines'
colours."""

from __future__ import annotations

import math
from collections.abc import Mapping

from widgets.chart.indicator_set import IndicatorInstance
from widgets.chart.price_axis import format_price
from widgets.chart.series_store import LineSeries
from widgets.chart.theme import ChartTheme


def output_color(instance: IndicatorInstance, k: int, traits, theme: ChartTheme) -> str | None:
    """The colour of output k: an overlay's lines (bands, channels) all take the instance's
    colour; on a sub-pane the second line (a signal, %D) takes the theme's contrast colour so
    the two read apart; None for a histogram (its bars are coloured by sign)."""
    if k == traits.histogram:
        return None
    if k == 0 or traits.overlay:
        return instance.color
    return theme.macd_signal if instance.color != theme.macd_signal else theme.ema


def value_digits(traits, k: int, decimals: int) -> int:
    """A 0..100 oscillator reads in points; a price in the market's decimals; anything else
    (MACD, ATR: price differences) with one more."""
    if traits.bounded:
        return 2
    return decimals if traits.price_outputs[k] else decimals + 1


def indicator_legends(instances: list[IndicatorInstance], lines: Mapping[str, list[LineSeries]],
                      pane_of: Mapping[str, str], traits_of, i: int, theme: ChartTheme,
                      decimals: int) -> dict[str, str]:
    """Rich text per pane key ("price", a sub-pane's): one entry per instance on it."""
    out: dict[str, list[str]] = {}
    for instance in instances:
        series = lines.get(instance.uid)
        if series is None:
            continue
        traits = traits_of(instance.name)
        values = []
        for k, line in enumerate(series):
            value = float(line.values.values[i]) if 0 <= i < len(line) else math.nan
            color = output_color(instance, k, traits, theme) or (
                theme.up if value >= 0 else theme.down)
            text = format_price(value, value_digits(traits, k, decimals)) \
                if math.isfinite(value) else "—"
            values.append(f'<span style="color:{color}">{text}</span>')
        out.setdefault(pane_of[instance.uid], []).append(
            f'<span style="color:{theme.text}">{instance.title()}</span>&nbsp;'
            + "&nbsp;".join(values))
    return {pane: "&nbsp;&nbsp;&nbsp;".join(parts) for pane, parts in out.items()}
