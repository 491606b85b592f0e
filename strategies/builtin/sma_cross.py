"""SMA crossover: the classic trend-following starter strategy."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, ParameterError, Signals, Strategy
from strategies.indicators import crossover, crossunder, sma


class SmaCross(Strategy):
    """SMA crossover, long only.

    Rules: go long at the next fill when the fast SMA of the close crosses above the slow
    SMA; close the position when the fast SMA crosses below the slow one. A cross is
    backtesting.py's rule: fast[i-1] < slow[i-1] and fast[i] > slow[i] (strict).
    """

    id = "sma_cross"
    name = "SMA crossover"
    fast = Param(10, low=2, high=200, step=1, label="Fast SMA",
                  doc="fast SMA length (bars)")
    slow = Param(20, low=3, high=400, step=1, label="Slow SMA",
                  doc="slow SMA length (bars)")

    def validate(self) -> None:
        if self.fast >= self.slow:
            raise ParameterError("fast ({fast}) must be below slow ({slow})", fast=self.fast,
                                 slow=self.slow)

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        return {"fast": sma(data.close, self.fast), "slow": sma(data.close, self.slow)}

    def signals(self, data: CandleData) -> Signals:
        fast, slow = self.ind["fast"], self.ind["slow"]
        return Signals(entry_long=crossover(fast, slow), exit_long=crossunder(fast, slow))
