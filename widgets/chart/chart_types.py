"""How the price pane draws its series: candles, a close line, or Heikin-Ashi candles.

Heikin-Ashi candles are their own series (open = mean of the previous HA open and close,
close = the OHLC mean) over the same x layout as the real candles, so volume, indicators,
markers and orders stay where they are; a live update recomputes only the last HA candle.
"""

from __future__ import annotations

import numpy as np

from desktop.core.candles import Candles
from widgets.chart.chart_items import CandlestickItem, IndicatorLineItem
from widgets.chart.column_source import ColumnSource
from widgets.chart.series_store import CandleSeries, LineSeries

CHART_TYPES = ("candles", "line", "heikin_ashi")


def heikin_ashi(candles: Candles) -> Candles:
    o, h, lo, c = candles.open, candles.high, candles.low, candles.close
    ha_close = (o + h + lo + c) / 4.0
    if len(candles) == 0:
        return candles
    # ha_open[i] = (ha_open[i-1] + ha_close[i-1]) / 2 is an EWM with alpha 1/2 over
    # [seed, ha_close[0], ha_close[1], ...]; pandas runs it in C. Imported here, not with the
    # chart: pandas (~0.3 s) must stay off the path to the first frame (candles are the
    # default type).
    import pandas as pd

    seed = (o[0] + c[0]) / 2.0
    x = np.concatenate(([seed], ha_close[:-1]))
    ha_open = pd.Series(x).ewm(alpha=0.5, adjust=False).mean().to_numpy()
    return Candles(ts=candles.ts, open=ha_open, high=np.maximum(h, np.maximum(ha_open, ha_close)),
                   low=np.minimum(lo, np.minimum(ha_open, ha_close)), close=ha_close,
                   volume=candles.volume)


class ChartType:
    """Owns what the price pane draws for the chosen type; the chart calls `rebuild` when its
    series is new and `update_last` after a live update of candle `i`."""

    def __init__(self, plot, candle_item: CandlestickItem, source: ColumnSource) -> None:
        self.kind = "candles"
        self._plot = plot  # the line is in its scene only while shown: nothing to skip else
        self._candle_item = candle_item
        self._source = source
        self._series: CandleSeries | None = None
        self._ha_source = ColumnSource()
        self._ha: CandleSeries | None = None
        self._close = LineSeries(np.empty(0))
        self.line_item = IndicatorLineItem(source, self._close, "#000", width=1.5)
        self.line_item.setObjectName("close_line")
        self.line_item.setZValue(6)
        self.line_item.hide()

    def set_kind(self, kind: str) -> None:
        if kind not in CHART_TYPES:
            raise ValueError(f"Unknown chart type {kind!r}; expected one of {CHART_TYPES}")
        self.kind = kind
        self._apply()

    def rebuild(self, series: CandleSeries) -> None:
        self._series = series
        self._apply()

    def update_last(self, i: int) -> None:
        """Candle `i` (the last) was added or revised: bring the shown type up to it."""
        series = self._series
        if series is None:
            return
        if self.kind == "line":
            self._close.set_tail(i, series.close.values[i:i + 1])  # appends a new candle
        elif self.kind == "heikin_ashi" and self._ha is not None:
            o, h = float(series.open.values[i]), float(series.high.values[i])
            lo, c = float(series.low.values[i]), float(series.close.values[i])
            close = (o + h + lo + c) / 4.0
            if i == 0:
                open_ = (o + c) / 2.0
            else:
                ha = self._ha
                open_ = (float(ha.open.values[i - 1]) + float(ha.close.values[i - 1])) / 2.0
            self._ha.upsert(int(series.ts.values[i]), open_, max(h, open_, close),
                            min(lo, open_, close), close, float(series.volume.values[i]))
            self._ha_source.touch()

    def bar(self, i: int) -> tuple[float, float, float, float] | None:
        """(open, high, low, close) drawn for candle i (Heikin-Ashi's when shown)."""
        s = self._ha if self.kind == "heikin_ashi" else self._series
        if s is None or not 0 <= i < len(s):
            return None
        return (float(s.open.values[i]), float(s.high.values[i]), float(s.low.values[i]),
                float(s.close.values[i]))

    def _apply(self) -> None:
        series = self._series
        self._ha = None
        if series is not None and self.kind == "heikin_ashi":
            self._ha = CandleSeries(heikin_ashi(series.candles()))
        if series is not None and self.kind == "line":
            self._close = LineSeries(series.close.values.copy())
            self.line_item.line = self._close
        self._ha_source.set_series(self._ha)
        self._candle_item._source = self._ha_source if self._ha is not None else self._source
        self._candle_item._cache_key = None
        self._candle_item.setVisible(self.kind != "line")
        self.line_item.setVisible(self.kind == "line")
        in_plot = self.line_item.scene() is not None
        if self.kind == "line" and not in_plot:
            self._plot.addItem(self.line_item)
        elif self.kind != "line" and in_plot:
            self._plot.removeItem(self.line_item)
        self.line_item._cache_key = None
        self._candle_item.update()
        self.line_item.update()
