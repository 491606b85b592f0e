"""How much an order needs to hold, and how much of an execution the account can pay for.

Executions are (price, amount) pairs, best first, as a taker would receive them.
"""

from __future__ import annotations

import math

from desktop.core import Market, Side
from desktop.venues.paper.fees import buy_reservation

Execution = tuple[float, float]  # (price, amount)


def executed_cost(executions: list[Execution]) -> float:
    return math.fsum(price * size for price, size in executions)


def executed_amount(executions: list[Execution]) -> float:
    return math.fsum(size for _, size in executions)


def limit_need(market: Market, side: Side, amount: float, price: float) -> tuple[str, float]:
    """Currency and amount a resting order holds: a buy its worst-case quote cost with fee,
    a sell the base it offers."""
    if side is Side.BUY:
        return market.quote, buy_reservation(market, amount, price)
    return market.base, amount


def taker_need(market: Market, side: Side, executions: list[Execution]) -> tuple[str, float]:
    """Currency and amount `executions` will cost a taker, fee included."""
    if side is Side.BUY:
        return market.quote, executed_cost(executions) * (1 + market.taker_fee)
    return market.base, executed_amount(executions)


def affordable_prefix(market: Market, side: Side, executions: list[Execution],
                      budget: float) -> list[Execution]:
    """The best-first part of `executions` that `budget` (quote for a buy, base for a sell)
    pays for; the last execution is cut down to the amount step if it does not fit whole."""
    kept: list[Execution] = []
    for price, size in executions:
        unit = price * (1 + market.taker_fee) if side is Side.BUY else 1.0
        if size * unit <= budget:
            kept.append((price, size))
            budget -= size * unit
            continue
        part = market.round_amount(budget / unit, "floor")
        if part > 0:
            kept.append((price, part))
        break
    return kept
