"""Breakout: the turtle rule on Donchian channels with an ATR stop."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, ParameterError, Signals, Strategy
from strategies.indicators import atr, donchian


def _previous(x: np.ndarray) -> np.ndarray:
    out = np.empty_like(x)
    out[0] = np.nan
    out[1:] = x[:-1]
    return out


class DonchianBreakout(Strategy):
    """Donchian channel breakout, long and short.

    Rules: go long when the close rises above the highest high of the previous
    `entry_period` bars; close the long when it falls below the lowest low of the previous
    `exit_period` bars. Mirror image for shorts when `shorts` is on. Every entry carries a
    stop-loss `atr_stop` ATRs away from the signal bar's close.
    """

    id = "donchian_breakout"
    name = "Donchian breakout"
    entry_period = Param(20, low=5, high=200, step=5, label="Entry channel",
                          doc="breakout channel length (bars)")
    exit_period = Param(10, low=2, high=100, step=2, label="Exit channel",
                         doc="exit channel length (bars)")
    atr_period = Param(14, low=2, high=100, step=1, label="ATR length",
                        doc="ATR length (bars)")
    atr_stop = Param(2.0, low=0.5, high=10.0, step=0.5, label="Stop distance",
                      doc="stop distance in ATRs")
    shorts = Param(True, label="Trade shorts",
                    doc="also trade the short side")

    def validate(self) -> None:
        if self.exit_period > self.entry_period:
            raise ParameterError("exit_period must not exceed entry_period")

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        upper, _, lower = donchian(data.high, data.low, self.entry_period)
        exit_upper, _, exit_lower = donchian(data.high, data.low, self.exit_period)
        return {"upper": _previous(upper), "lower": _previous(lower),
                "exit_upper": _previous(exit_upper), "exit_lower": _previous(exit_lower),
                "atr": atr(data.high, data.low, data.close, self.atr_period)}

    def signals(self, data: CandleData) -> Signals:
        c, ind = data.close, self.ind
        with np.errstate(invalid="ignore"):
            entry_long = c > ind["upper"]
            entry_short = (c < ind["lower"]) & self.shorts
            exit_long = c < ind["exit_lower"]
            exit_short = c > ind["exit_upper"]
        distance = self.atr_stop * ind["atr"]
        stop = np.where(entry_long, c - distance, np.where(entry_short, c + distance, np.nan))
        return Signals(entry_long=entry_long, exit_long=exit_long, entry_short=entry_short,
                       exit_short=exit_short, stop_loss=stop)
