"""The strategies that ship with Pregão, by id."""

from strategies.base import Strategy
from strategies.builtin.donchian_breakout import DonchianBreakout
from strategies.builtin.ema200_rsi import Ema200Rsi
from strategies.builtin.rsi_bollinger import RsiBollinger
from strategies.builtin.sma_cross import SmaCross
from strategies.builtin.supertrend_adx import SupertrendAdx

BUILTIN: dict[str, type[Strategy]] = {
    cls.id: cls for cls in (SmaCross, Ema200Rsi, RsiBollinger, SupertrendAdx, DonchianBreakout)
}

__all__ = [
    "BUILTIN",
    "DonchianBreakout",
    "Ema200Rsi",
    "RsiBollinger",
    "SmaCross",
    "SupertrendAdx",
]
