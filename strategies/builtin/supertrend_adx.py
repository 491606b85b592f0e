"""Trend following: SuperTrend flips, taken only when ADX says there is a trend."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, Signals, Strategy
from strategies.indicators import adx, supertrend


class SupertrendAdx(Strategy):
    """SuperTrend + ADX trend following, long and short.

    Rules: when the SuperTrend(period, multiplier) direction turns up and ADX(adx_period)
    is at least `adx_min`, go long; when it turns down under the same ADX condition, go
    short. A flip always closes the position against it, trending or not. The SuperTrend
    line at entry is the position's stop-loss.
    """

    id = "supertrend_adx"
    name = "SuperTrend + ADX"
    period = Param(10, low=2, high=100, step=1, label="SuperTrend length",
                    doc="SuperTrend ATR length (bars)")
    multiplier = Param(3.0, low=0.5, high=10.0, step=0.5, label="ATR multiplier",
                        doc="ATR multiple of the bands")
    adx_period = Param(14, low=2, high=100, step=1, label="ADX length",
                        doc="ADX length (bars)")
    adx_min = Param(20.0, low=0.0, high=60.0, step=5.0, label="Minimum ADX",
                     doc="minimum ADX to enter")

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        line, direction = supertrend(data.high, data.low, data.close, self.period,
                                     self.multiplier)
        return {"line": line, "direction": direction,
                "adx": adx(data.high, data.low, data.close, self.adx_period)}

    def signals(self, data: CandleData) -> Signals:
        d, strength = self.ind["direction"], self.ind["adx"]
        prev = np.roll(d, 1)
        prev[0] = np.nan
        with np.errstate(invalid="ignore"):
            turned_up = (d > 0) & (prev < 0)
            turned_down = (d < 0) & (prev > 0)
            trending = strength >= self.adx_min
        return Signals(
            entry_long=turned_up & trending,
            exit_long=turned_down,
            entry_short=turned_down & trending,
            exit_short=turned_up,
            stop_loss=self.ind["line"],
        )
