"""Position sizing: the one formula the backtester's fill loop (compiled with numba) and live
order entry (through the engine) both use. Plain Python on floats, no project imports, so
numba can compile it as it is (`njit(cache=True)(units_for)` in desktop/backtest/fill_loop.py).

Modes (desktop.backtest.config.SizeMode names them):
- ALL: `value` × all the units the available margin buys (`cap`);
- PCT: `value` (a fraction) of equity;
- FIXED: `value` units (none if the margin does not cover them);
- RISK: lose `value` (a fraction) of equity if the stop is hit: equity × value / |price − stop|;
- VOL_TARGET: a position whose annualised volatility is `value` (a fraction):
  leverage = min(value / volatility, max leverage);
- KELLY: `kelly` (the fraction from `kelly_fraction`) of equity.
Every mode is capped by `cap`, what the available margin buys.
"""

from __future__ import annotations

import math

SIZE_ALL, SIZE_PCT, SIZE_FIXED, SIZE_RISK, SIZE_VOL_TARGET, SIZE_KELLY = 0, 1, 2, 3, 4, 5


def units_for(mode: int, value: float, equity: float, cap: float, price: float,
              unit_cost: float, stop: float, volatility: float, max_leverage: float,
              kelly: float) -> float:
    """Units to buy or sell for a new position; 0.0 when the mode cannot size it (no stop
    for RISK, no volatility for VOL_TARGET, a FIXED size the margin does not cover)."""
    if mode == SIZE_ALL:
        return cap * value
    if mode == SIZE_PCT:
        return min(cap, equity * value / unit_cost)
    if mode == SIZE_FIXED:
        return value if value <= cap else 0.0
    if mode == SIZE_RISK:
        if math.isnan(stop):
            return 0.0
        dist = abs(price - stop)
        if dist <= 0.0:
            return 0.0
        return min(cap, equity * value / dist)
    if mode == SIZE_VOL_TARGET:
        if math.isnan(volatility) or volatility <= 0.0:
            return 0.0
        leverage = min(value / volatility, max_leverage)
        return min(cap, equity * leverage / price)
    return min(cap, equity * min(max(kelly, 0.0), 1.0) / unit_cost)


def kelly_fraction(value: float, wins: float, losses: float, sum_wins: float,
                   sum_losses: float, min_trades: float, default: float) -> float:
    """`value` × the Kelly fraction (win rate − loss rate / payoff) of the trades so far, or
    `default` before `min_trades` trades with at least one win and one loss."""
    if wins + losses >= min_trades and wins > 0 and losses > 0:
        win_rate = wins / (wins + losses)
        payoff = (sum_wins / wins) / max(sum_losses / losses, 1e-300)
        return value * (win_rate - (1.0 - win_rate) / payoff)
    return default
