"""How a backtest fills orders and sizes positions. Plain, picklable data."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.margin.brackets import liquidation_fee_rate

# Sane bounds: a value outside them is a typing mistake, not a scenario (a 10 % fee, 1000x
# leverage or a trillion in cash only produce numbers nobody can use).
MAX_CASH = 1e12
FEE_BPS_RANGE = (-100.0, 500.0)  # a maker rebate of at most 1 %, a fee of at most 5 %
MAX_SLIPPAGE_BPS = 1000.0  # 10 %
MAX_LEVERAGE = 125.0  # the highest any exchange offers
MAX_RISK_PCT = 100.0  # risk=R: percent of equity lost at the stop
MAX_VOL_PCT = 1000.0  # vol=V: target volatility, percent a year
MAX_KELLY = 2.0  # kelly=F: twice the Kelly fraction is already reckless
MAX_FIXED = 1e12  # fixed=Q: units


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
        limit = {SizeMode.PCT: 100 * MAX_LEVERAGE, SizeMode.RISK: MAX_RISK_PCT,
                 SizeMode.VOL_TARGET: MAX_VOL_PCT, SizeMode.KELLY: MAX_KELLY,
                 SizeMode.FIXED: MAX_FIXED, SizeMode.ALL: 1.0}[mode]
        if value > limit:
            raise ValueError(f"size {text!r}: at most {name}={limit:g}")
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
    # Linear perpetuals: margin brackets, liquidation and funding (desktop.margin).
    perpetual: bool = False
    margin_mode: str = "cross"  # or "isolated"
    liquidation_fee: float = field(default_factory=liquidation_fee_rate)  # Binance's
    margin_symbols: dict[str, str] | None = None  # results name -> exchange market (brackets)

    def __post_init__(self) -> None:
        if not 0 < self.cash <= MAX_CASH:  # also refuses NaN
            raise ValueError(f"cash must be above 0 and at most {MAX_CASH:g}, got {self.cash:g}")
        low, high = FEE_BPS_RANGE
        for label, value in (("taker fee", self.taker_fee_bps),
                             ("maker fee", self.maker_fee_bps)):
            if not low <= value <= high:
                raise ValueError(f"{label} must be between {low:g} and {high:g} bps, "
                                 f"got {value:g}")
        if not 0 <= self.slippage_bps <= MAX_SLIPPAGE_BPS:
            raise ValueError(f"slippage must be between 0 and {MAX_SLIPPAGE_BPS:g} bps, "
                             f"got {self.slippage_bps:g}")
        if not 0 < self.leverage <= MAX_LEVERAGE:
            raise ValueError(f"leverage must be above 0 and at most {MAX_LEVERAGE:g}, "
                             f"got {self.leverage:g}")
        if not (0 <= self.lot_step < math.inf and 0 <= self.min_size < math.inf):
            raise ValueError("lot step and minimum size must be finite and not negative")
        if self.margin_mode not in ("cross", "isolated"):
            raise ValueError(f"margin mode must be cross or isolated, got {self.margin_mode!r}")
        if not 0 <= self.liquidation_fee < 1:
            raise ValueError(f"liquidation fee must be a fraction below 1, got "
                             f"{self.liquidation_fee:g}")
        if self.sizing.mode is SizeMode.PCT and self.sizing.value > 100 * self.leverage:
            raise ValueError(f"size pct={self.sizing.value:g} is more than the leverage "
                             f"allows (at most pct={100 * self.leverage:g} at leverage "
                             f"{self.leverage:g})")
