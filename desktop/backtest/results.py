"""What a backtest produces: trades, equity and drawdown curves, metrics. Picklable."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass(slots=True, frozen=True)
class Trade:
    symbol: str
    side: str  # "long" or "short"
    entry_time: int  # ms since epoch, UTC
    entry_price: float
    exit_time: int
    exit_price: float
    size: float  # units, always positive
    pnl: float  # after fees
    fees: float
    bars_held: int
    exit_reason: str  # signal, stop_loss, take_profit, trailing_stop, reverse, end


@dataclass(slots=True, frozen=True)
class Trades:
    """Closed trades as columns (fast to build and to sum over tens of thousands)."""

    symbol: np.ndarray  # object (str)
    side: np.ndarray  # int8: +1 long, -1 short
    entry_bar: np.ndarray  # int64 index into the run's bar axis
    entry_time: np.ndarray  # int64 ms
    entry_price: np.ndarray
    exit_bar: np.ndarray
    exit_time: np.ndarray
    exit_price: np.ndarray
    size: np.ndarray
    pnl: np.ndarray
    fees: np.ndarray
    exit_reason: np.ndarray  # object (str)

    def __len__(self) -> int:
        return int(self.pnl.shape[0])

    @property
    def bars_held(self) -> np.ndarray:
        return self.exit_bar - self.entry_bar

    def to_list(self) -> list[Trade]:
        held = self.bars_held
        return [
            Trade(
                str(self.symbol[k]),
                "long" if self.side[k] > 0 else "short",
                int(self.entry_time[k]),
                float(self.entry_price[k]),
                int(self.exit_time[k]),
                float(self.exit_price[k]),
                float(self.size[k]),
                float(self.pnl[k]),
                float(self.fees[k]),
                int(held[k]),
                str(self.exit_reason[k]),
            )
            for k in range(len(self))
        ]


@dataclass(slots=True)
class BacktestResult:
    strategy: str
    params: dict[str, Any]
    symbols: list[str]
    ts: np.ndarray  # int64 ms, the bar axis
    equity: np.ndarray  # account value at each bar's close
    trades: Trades
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def drawdown(self) -> np.ndarray:
        from desktop.reports.metrics import drawdown

        return drawdown(self.equity)


def finite_or_none(value: float) -> float | None:
    """JSON has no NaN or infinity: those become null."""
    return value if math.isfinite(value) else None
