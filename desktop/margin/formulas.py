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

from desktop.margin.brackets import Bracket, bracket_at


def initial_margin(amount: float, price: float, leverage: float) -> float:
    if leverage <= 0.0:
        raise ValueError(f"Leverage must be positive, got {leverage!r}")
    return abs(amount) * price / leverage


def maintenance_margin(brackets: tuple[Bracket, ...], amount: float, mark: float) -> float:
    notional = abs(amount) * mark
    if notional == 0.0:
        return 0.0
    return bracket_at(brackets, notional).maintenance_margin(notional)


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
    if amount == 0.0:
        return math.nan
    side = 1.0 if amount > 0.0 else -1.0
    size = abs(amount)
    numerator_base = wallet - other_maintenance + other_unrealized - side * size * entry_price
    last = len(brackets) - 1
    for index, bracket in enumerate(brackets):
        denominator = size * bracket.maintenance_rate - side * size
        if denominator == 0.0:
            continue
        price = (numerator_base + bracket.maintenance_amount) / denominator
        if price <= 0.0:
            continue
        notional = size * price
        # Closed at both ends: where two brackets meet, both give the same price.
        if bracket.floor - 1e-9 <= notional <= bracket.cap + 1e-9 or \
                (index == last and notional > bracket.cap):
            return price
    return math.nan


__all__ = [
    "initial_margin",
    "liquidation_price",
    "maintenance_margin",
    "margin_ratio",
]
