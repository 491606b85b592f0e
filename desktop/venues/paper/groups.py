"""How an OCO or bracket parent reports the state of its legs.

- OCO: filled/cost are the sum over both legs (only one ever trades); FILLED once the trading
  leg filled the whole amount.
- Bracket: filled/cost are the entry's; fees are the sum of every leg's; FILLED once the exit
  legs closed everything the entry bought. While any leg lives the parent is OPEN, or
  PARTIALLY_FILLED once something filled. Otherwise it is CANCELED, with the legs' reason.
"""

from __future__ import annotations

import math

from desktop.core import OrderStatus, OrderType
from desktop.venues.paper.working_order import WorkingOrder, is_complete


def refresh_group(parent: WorkingOrder, legs: list[WorkingOrder]) -> None:
    """Update `parent` from its `legs` (a bracket's entry first)."""
    if not legs:
        return
    if parent.type is OrderType.BRACKET:
        entry, exits = legs[0], legs[1:]
        parent.filled, parent.cost = entry.filled, entry.cost
        exit_filled = math.fsum(leg.filled for leg in exits)
        complete = entry.filled > 0 and is_complete(exit_filled, entry.filled)
    else:
        parent.filled = math.fsum(leg.filled for leg in legs)
        parent.cost = math.fsum(leg.cost for leg in legs)
        complete = is_complete(parent.filled, parent.amount)
    parent.fee = math.fsum(leg.fee for leg in legs)
    parent.triggered = any(leg.triggered for leg in legs)
    parent.updated_ts = max(leg.updated_ts for leg in legs)
    if not parent.active:
        return
    if any(leg.active for leg in legs):
        parent.status = OrderStatus.PARTIALLY_FILLED if parent.filled > 0 else OrderStatus.OPEN
    elif complete:
        parent.status = OrderStatus.FILLED
    else:
        parent.status = OrderStatus.CANCELED
        parent.reason = parent.reason or next(
            (leg.reason for leg in reversed(legs) if leg.reason), "")
