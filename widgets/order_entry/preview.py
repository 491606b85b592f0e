"""What an order would do, before it is sent: cost, fee, the position after it, the distance to
its stop and the money at risk. Pure arithmetic on a checked form; no widgets."""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import Side
from widgets.order_entry.validation import CheckedOrder, MarketState


@dataclass(slots=True, frozen=True)
class OrderPreview:
    cost: float  # amount * entry price, quote currency (NaN: no price yet)
    fee: float  # quote currency
    fee_rate: float
    maker: bool
    position_after: float  # signed, base currency
    stop_distance_pct: float  # entry -> stop, % of the entry (NaN: no stop)
    risk: float  # quote lost if the stop fills: distance * amount + both fees (NaN: no stop)
    target_r: float  # the take-profit's distance in multiples of the stop's (NaN: none)


def preview_order(checked: CheckedOrder, side: Side, state: MarketState) -> OrderPreview:
    market = state.market
    # A wrong amount previews as unknown ("—"), never as a zero cost.
    amount = checked.amount
    entry = checked.entry
    fee_rate = market.maker_fee if checked.maker else market.taker_fee
    cost = amount * entry if _finite(entry) and _finite(amount) else math.nan
    fee = cost * fee_rate if _finite(cost) else math.nan
    position_after = state.position + side.sign * amount if _finite(amount) else math.nan
    stop, target = checked.stop, checked.target
    stop_pct = risk = target_r = math.nan
    if _finite(stop) and _finite(entry) and entry > 0:
        distance = abs(entry - stop)
        stop_pct = distance / entry * 100
        exit_fee = amount * stop * market.taker_fee
        risk = distance * amount + (fee if _finite(fee) else 0.0) + exit_fee
        if _finite(target) and distance > 0:
            target_r = abs(target - entry) / distance
    return OrderPreview(cost, fee, fee_rate, checked.maker, position_after, stop_pct, risk,
                        target_r)


def _finite(value: float) -> bool:
    return value is not None and math.isfinite(value)
