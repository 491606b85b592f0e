"""Mean reversion: fade closes outside the Bollinger bands when RSI agrees."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, ParameterError, Signals, Strategy
from strategies.indicators import bbands, rsi


class RsiBollinger(Strategy):
    """RSI + Bollinger bands mean reversion, long and short.

    Rules: go long when the close is below the lower band and RSI is below `rsi_low`;
    close the long when the close gets back to the middle band. Mirror image for shorts
    (close above the upper band and RSI above `rsi_high`; cover at the middle band) when
    `shorts` is on.
    """

    id = "rsi_bollinger"
    name = "RSI + Bollinger mean reversion"
    bb_period = Param(20, low=5, high=100, step=1, label="Bollinger length",
                       doc="Bollinger length (bars)")
    bb_std = Param(2.0, low=0.5, high=4.0, step=0.25, label="Band width",
                    doc="band width in standard deviations")
    rsi_period = Param(14, low=2, high=50, step=1, label="RSI length",
                        doc="RSI length (bars)")
    rsi_low = Param(30.0, low=5.0, high=50.0, step=5.0, label="RSI low",
                     doc="RSI below this confirms a long")
    rsi_high = Param(70.0, low=50.0, high=95.0, step=5.0, label="RSI high",
                      doc="RSI above this confirms a short")
    shorts = Param(True, label="Trade shorts",
                    doc="also trade the short side")

    def validate(self) -> None:
        if self.rsi_low >= self.rsi_high:
            raise ParameterError("rsi_low must be below rsi_high")

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        upper, middle, lower = bbands(data.close, self.bb_period, self.bb_std)
        return {"upper": upper, "middle": middle, "lower": lower,
                "rsi": rsi(data.close, self.rsi_period)}

    def signals(self, data: CandleData) -> Signals:
        c, ind = data.close, self.ind
        with np.errstate(invalid="ignore"):
            entry_long = (c < ind["lower"]) & (ind["rsi"] < self.rsi_low)
            exit_long = c >= ind["middle"]
            entry_short = (c > ind["upper"]) & (ind["rsi"] > self.rsi_high)
            exit_short = c <= ind["middle"]
        if not self.shorts:
            entry_short = np.zeros_like(entry_short)
        return Signals(entry_long=entry_long, exit_long=exit_long,
                       entry_short=entry_short, exit_short=exit_short)
