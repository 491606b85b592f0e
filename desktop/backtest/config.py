"""How a backtest fills orders and sizes positions. Plain, picklable data."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum


class FillMode(StrEnum):
    NEXT_OPEN = "next_open"  # decided at a close, filled at the next bar's open (default)
    CLOSE = "close"  # filled at the close of the bar that decided it


class SizeMode(StrEnum):
    ALL = "all"  # all available margin (times `value`, default 1)
    PCT = "pct"  # `value` percent of equity
    FIXED = "fixed"  # `value` units
    RISK = "risk"  # risk `value` percent of equity between entry and stop-loss
    VOL_TARGET = "vol"  # position volatility of `value` percent a year (annualised)
    KELLY = "kelly"  # `value` times the Kelly fraction of the trades so far


@dataclass(slots=True, frozen=True)
class Sizing:
    mode: SizeMode = SizeMode.ALL
    value: float = 1.0
    vol_window: int = 20  # bars of returns behind the volatility estimate
    vol_max_leverage: float = 1.0
    kelly_min_trades: int = 20  # before that many trades, Kelly sizing uses `kelly_default`
    kelly_default_pct: float = 10.0

    @classmethod
    def parse(cls, text: str) -> Sizing:
        """`all`, `pct=P`, `fixed=Q`, `risk=R`, `vol=V` or `kelly=F` (e.g. kelly=0.5)."""
        text = text.strip()
        name, _, raw = text.partition("=")
        try:
            mode = SizeMode(name)
        except ValueError:
            raise ValueError(
                f"size {text!r} not understood; use all, pct=P, fixed=Q, risk=R, vol=V or kelly=F"
            ) from None
        if mode is SizeMode.ALL and not raw:
            return cls(mode, 1.0)
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"size {text!r} needs a number after '='") from None
        if not math.isfinite(value) or value <= 0:
            raise ValueError(f"size {text!r} must be a positive number")
        if mode is SizeMode.PCT and value > 100 * 100:
            raise ValueError(f"size {text!r}: percent of equity is too large")
        return cls(mode, value)


@dataclass(slots=True, frozen=True)
class BacktestConfig:
    """Costs, fills and sizing. Fees and slippage are in basis points (1 bp = 0.01 %)."""

    cash: float = 10_000.0
    fill: FillMode = FillMode.NEXT_OPEN
    taker_fee_bps: float = 10.0
    maker_fee_bps: float = 10.0
    slippage_bps: float = 0.0
    sizing: Sizing = field(default_factory=Sizing)
    leverage: float = 1.0
    lot_step: float = 0.0  # 0: fractional amounts; else amounts are floored to this step
    min_size: float = 0.0
    close_at_end: bool = True  # close what is still open at the last close (reason 'end')
    allow_short: bool = True

    def __post_init__(self) -> None:
        if not (self.cash > 0 and math.isfinite(self.cash)):
            raise ValueError(f"cash must be a positive number, got {self.cash}")
        for name in ("taker_fee_bps", "maker_fee_bps", "slippage_bps"):
            value = getattr(self, name)
            if not math.isfinite(value) or abs(value) >= 1000:
                raise ValueError(f"{name} must be between -1000 and 1000 bps, got {value}")
        if self.slippage_bps < 0:
            raise ValueError(f"slippage must not be negative, got {self.slippage_bps}")
        if self.leverage <= 0:
            raise ValueError(f"leverage must be positive, got {self.leverage}")
        if self.lot_step < 0 or self.min_size < 0:
            raise ValueError("lot step and minimum size must not be negative")
