"""A short-only SMA crossover, for the perpetual parity test (a user strategy file)."""

from __future__ import annotations

import numpy as np

from strategies.base import CandleData, Param, Signals, Strategy
from strategies.indicators import crossover, crossunder, sma


class ShortSma(Strategy):
    """Sell short when the fast SMA crosses below the slow one; buy back on the cross up."""

    id = "short_sma"
    name = "Short SMA crossover"
    fast = Param(10, low=2, high=200, step=1, doc="fast SMA length (bars)")
    slow = Param(30, low=3, high=400, step=1, doc="slow SMA length (bars)")

    def indicators(self, data: CandleData) -> dict[str, np.ndarray]:
        return {"fast": sma(data.close, self.fast), "slow": sma(data.close, self.slow)}

    def signals(self, data: CandleData) -> Signals:
        fast, slow = self.ind["fast"], self.ind["slow"]
        return Signals(entry_short=crossunder(fast, slow), exit_short=crossover(fast, slow))
