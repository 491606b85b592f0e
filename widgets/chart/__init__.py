"""Candlestick chart widget (pyqtgraph) that stays smooth with millions of candles."""

from widgets.chart.candle_chart import CandleChart

__all__ = ["CandleChart"]
