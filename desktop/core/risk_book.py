"""What the risk heatmap dock shows about an account's book: plain values, computed on the
engine side (desktop.risk.book_analytics) and handed to the UI as they are."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Kinds of stress scenario.
WORST_MOVE = "worst"  # the worst move of one held asset over `horizon`, replayed for the book
NAMED_WINDOW = "named"  # a market event by date (2020-03-12, ...), where the history covers it
BETA_SHOCK = "beta"  # BTC moves by `shock`, the others by their beta to BTC
CORRELATED_SHOCK = "correlated"  # BTC moves by `shock`, every correlation 1 (others σ/σ_BTC)


@dataclass(frozen=True, slots=True)
class AssetRisk:
    """One held asset (a position, or a spot balance) in the account's quote currency."""

    symbol: str
    venue: str
    amount: float  # signed: > 0 long, < 0 short
    value: float  # signed mark-to-market value
    exposure_pct: float  # value / equity, %
    var_contribution: float  # Euler component of the book's parametric VaR (adds up to it)
    volatility_pct: float  # annualised volatility of log-returns over the window, %
    beta: float  # to BTC over the window (NaN when there is no BTC history)
    drawdown_pct: float  # the price below its peak over the window, % (<= 0)
    pnl_today: float  # since 00:00 UTC: value change of the holding, trades of the day included


@dataclass(frozen=True, slots=True)
class StressScenario:
    kind: str  # WORST_MOVE, NAMED_WINDOW, BETA_SHOCK, CORRELATED_SHOCK
    subject: str  # the asset whose worst move it is, the named window's key, or BTC's symbol
    horizon: str  # "1h", "1d", "1w" for worst moves; "" otherwise
    shock: float  # BTC's move for the parametric shocks (-0.2 = -20 %); NaN otherwise
    start_ms: int  # the historical window (0 for parametric shocks)
    end_ms: int
    symbols: tuple[str, ...]
    pnl: tuple[float, ...]  # per symbol, NaN where the history does not cover the window
    total: float  # the book's P&L (what is covered)
    # Per symbol: the move reached the position's liquidation price (a margined position);
    # its P&L is then the loss at that price plus the liquidation fee, not the whole move.
    liquidated: tuple[bool, ...] = ()


@dataclass(frozen=True, slots=True)
class RiskBook:
    account: str
    quote: str
    computed_ms: int
    equity: float
    gross_exposure: float
    net_exposure: float
    level: float  # VaR confidence (0.99)
    window_days: int  # the history the statistics use
    observations: int  # hourly returns in that window
    var: float  # 1-day parametric VaR of the book (money); the components add up to it
    var_historical: float  # 1-day, from the book's hourly P&L, square-root-of-time scaled
    var_cornish_fisher: float
    cvar: float  # historical expected shortfall, 1-day scaled
    var_monte_carlo: float
    assets: tuple[AssetRisk, ...]
    correlation_symbols: tuple[str, ...]  # clustered order
    correlation: tuple[tuple[float, ...], ...]
    shrinkage: float
    stress: tuple[StressScenario, ...]

    @property
    def has_var(self) -> bool:
        return not math.isnan(self.var)
