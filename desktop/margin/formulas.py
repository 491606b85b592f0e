"""Margin arithmetic of linear (USDT-margined) perpetuals, as Binance USDⓈ-M computes it.

Conventions (those of `desktop.accounting`): `amount` is signed base units (> 0 long, < 0
short), prices and margins are in the quote currency. The paper venue, the backtester and
`pregao paper` all call these functions; nothing else computes a margin.

- initial margin = |notional| / leverage, the notional at the mark price;
- maintenance margin = |notional| × MMR − cum, from the position's bracket (`brackets.py`);
- margin balance = wallet + unrealised P&L: the position's isolated margin in isolated mode,
  the account's cross wallet (plus the other cross positions' P&L) in cross mode;
- margin ratio = maintenance margin / margin balance. The position (isolated) or the account
  (cross) is liquidated when the ratio reaches 1.0, i.e. when the margin balance has fallen
  to the maintenance margin; a margin balance at or below zero is an infinite ratio;
- liquidation price, one-way mode (Binance's published formula, one position):

      LP = (WB − TMM₁ + UPNL₁ + cum − side × size × EP) / (size × MMR − side × size)

  with WB the wallet (isolated margin, or cross wallet), TMM₁ and UPNL₁ the maintenance
  margin and unrealised P&L of the account's other cross positions (0 in isolated mode),
  side +1 long / −1 short, size = |amount|, EP the entry price, and MMR and cum those of the
  bracket the notional at LP falls in. It is the mark where the margin ratio reaches 1.0.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from desktop.margin.brackets import Bracket

# Binance USDⓈ-M pays funding at 00:00, 08:00 and 16:00 UTC.
FUNDING_INTERVAL_MS = 8 * 3_600_000

# The kernels below take a symbol's brackets as three parallel sequences — caps, rates and
# maintenance amounts — and use nothing outside numba's subset: the backtester compiles them
# (`desktop.backtest.fill_loop`) and the paper venue calls them as plain Python, so both
# decide a liquidation at the same price to the bit.


def bracket_margin(notional: float, caps, rates, amounts) -> float:
    """Maintenance margin of a position of |notional| (0 when flat)."""
    size = abs(notional)
    if size == 0.0:
        return 0.0
    last = len(caps) - 1
    for j in range(last + 1):
        if size <= caps[j] or j == last:
            return size * rates[j] - amounts[j]
    return 0.0


def liquidation_price_kernel(caps, rates, amounts, amount: float, entry_price: float,
                             wallet: float, other_maintenance: float,
                             other_unrealized: float) -> float:
    """The one-way-mode liquidation price (module docstring); NaN when there is none."""
    if amount == 0.0:
        return math.nan
    side = 1.0 if amount > 0.0 else -1.0
    size = abs(amount)
    base = wallet - other_maintenance + other_unrealized - side * size * entry_price
    last = len(caps) - 1
    floor = 0.0
    for j in range(last + 1):
        denominator = size * rates[j] - side * size
        if denominator != 0.0:
            price = (base + amounts[j]) / denominator
            if price > 0.0:
                notional = size * price
                # Closed at both ends: where two brackets meet, both give the same price.
                if floor * (1.0 - 1e-12) <= notional <= caps[j] * (1.0 + 1e-12) or \
                        (j == last and notional > caps[j]):
                    return price
        floor = caps[j]
    return math.nan


def bracket_arrays(brackets: tuple[Bracket, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(caps, rates, amounts) of `brackets`, the kernels' form."""
    return (np.array([b.cap for b in brackets], dtype=np.float64),
            np.array([b.maintenance_rate for b in brackets], dtype=np.float64),
            np.array([b.maintenance_amount for b in brackets], dtype=np.float64))


@cache
def _columns(brackets: tuple[Bracket, ...]) -> tuple[tuple, tuple, tuple]:
    return (tuple(b.cap for b in brackets), tuple(b.maintenance_rate for b in brackets),
            tuple(b.maintenance_amount for b in brackets))


def initial_margin(amount: float, price: float, leverage: float) -> float:
    if leverage <= 0.0:
        raise ValueError(f"Leverage must be positive, got {leverage!r}")
    return abs(amount) * price / leverage


def maintenance_margin(brackets: tuple[Bracket, ...], amount: float, mark: float) -> float:
    return bracket_margin(abs(amount) * mark, *_columns(brackets))


def margin_ratio(maintenance: float, margin_balance: float) -> float:
    """Maintenance margin / margin balance; inf when the balance is gone, 0 when flat."""
    if maintenance <= 0.0:
        return 0.0
    if margin_balance <= 0.0:
        return math.inf
    return maintenance / margin_balance


def liquidation_price(
    brackets: tuple[Bracket, ...],
    amount: float,
    entry_price: float,
    wallet: float,
    other_maintenance: float = 0.0,
    other_unrealized: float = 0.0,
) -> float:
    """The mark price at which the margin ratio reaches 1.0 (see the module docstring);
    NaN when flat or when no positive price liquidates (a long backed by more than its
    notional). Solved bracket by bracket: the maintenance margin is continuous and monotone
    in the notional, so exactly one bracket holds its own solution."""
    return liquidation_price_kernel(*_columns(brackets), amount, entry_price, wallet,
                                    other_maintenance, other_unrealized)


__all__ = [
    "FUNDING_INTERVAL_MS",
    "bracket_arrays",
    "bracket_margin",
    "initial_margin",
    "liquidation_price",
    "liquidation_price_kernel",
    "maintenance_margin",
    "margin_ratio",
]
