"""Trend filter plus pullback: buy oversold RSI dips while above the long EMA."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, ParameterError, Signals, Strategy
from strategies.indicators import crossover, crossunder, ema, rsi


class Ema200Rsi(Strategy):
    """EMA 200 trend filter + RSI pullback, long only.

    Rules: when the close is above its EMA(ema_period) (an uptrend) and RSI(rsi_period)
    crosses back above `oversold`, go long. Exit when RSI crosses above `overbought` (the
    bounce is done) or the close crosses below the EMA (the trend is gone).
    """

    id = "ema200_rsi"
    name = "EMA 200 + RSI"
    ema_period = Param(200, low=20, high=400, step=10, label="Trend EMA",
                        doc="trend EMA length (bars)")
    rsi_period = Param(14, low=2, high=50, step=1, label="RSI length",
                        doc="RSI length (bars)")
    oversold = Param(30.0, low=5.0, high=50.0, step=5.0, label="Oversold level",
                      doc="RSI level of a dip")
    overbought = Param(70.0, low=50.0, high=95.0, step=5.0, label="Overbought level",
                        doc="RSI level to take profit")

    def validate(self) -> None:
        if self.oversold >= self.overbought:
            raise ParameterError("oversold must be below overbought")

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        return {"ema": ema(data.close, self.ema_period), "rsi": rsi(data.close, self.rsi_period)}

    def signals(self, data: CandleData) -> Signals:
        trend, r = self.ind["ema"], self.ind["rsi"]
        with np.errstate(invalid="ignore"):
            uptrend = data.close > trend
        entry = uptrend & crossover(r, self.oversold)
        exit_ = crossover(r, self.overbought) | crossunder(data.close, trend)
        return Signals(entry_long=entry, exit_long=exit_)
