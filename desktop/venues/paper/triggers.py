"""When a conditional order wakes up.

Triggers are checked against traded prices only (a tick's `last`, or the open/high/low/close
path of a bar), never against bids or asks, the way exchanges trigger on the last price.

- STOP (stop-market, stop-limit, an OCO's stop leg, a bracket's stop-loss): a buy triggers when
  the price rises to the stop or above, a sell when it falls to the stop or below.
- TAKE_PROFIT: the mirror image: a buy triggers at or below its price, a sell at or above.
- TRAILING: the stop follows the best price since placement (the highest for a sell, the lowest
  for a buy) at a fixed distance (`trail_amount`) or percentage (`trail_percent`), and triggers
  like a stop when the price retraces to it. The level moves silently (no OrderEvent per
  move, as on exchanges); `Order.stop_price` in any snapshot shows where it is now.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core import Side
from desktop.fills import intrabar


class TriggerKind(StrEnum):
    STOP = "stop"
    TAKE_PROFIT = "take_profit"
    TRAILING = "trailing"


@dataclass(slots=True)
class Trigger:
    kind: TriggerKind
    side: Side
    stop_price: float = 0.0  # for TRAILING: the current level, moved by `observe`
    trail_amount: float | None = None
    trail_percent: float | None = None
    extreme: float = 0.0  # TRAILING: best price seen since placement

    def observe(self, price: float) -> bool:
        """Take a traded price into account; True when the order must trigger now."""
        if self.kind is TriggerKind.TRAILING:
            self._follow(price)
        return self._beyond(price)

    def would_trigger(self, price: float) -> bool:
        """Whether `price` is already at or beyond the trigger (checked at placement)."""
        return self.kind is not TriggerKind.TRAILING and self._beyond(price)

    def _beyond(self, price: float) -> bool:
        buy = self.side is Side.BUY
        if self.kind is TriggerKind.TAKE_PROFIT:
            return intrabar.limit_reached(buy, self.stop_price, price)
        return intrabar.stop_reached(buy, self.stop_price, price)

    def _follow(self, price: float) -> None:
        self.extreme = intrabar.trail_extreme(self.side is Side.SELL, self.extreme, price)
        self.stop_price = trailing_level(
            self.side, self.extreme, self.trail_amount, self.trail_percent
        )


def trailing_level(side: Side, extreme: float, trail_amount: float | None,
                   trail_percent: float | None) -> float:
    distance = trail_amount if trail_amount is not None else extreme * (trail_percent or 0) / 100
    return intrabar.trailing_level(side is Side.SELL, extreme, distance)


def trailing_trigger(side: Side, reference: float, trail_amount: float | None,
                     trail_percent: float | None) -> Trigger:
    return Trigger(
        TriggerKind.TRAILING,
        side,
        stop_price=trailing_level(side, reference, trail_amount, trail_percent),
        trail_amount=trail_amount,
        trail_percent=trail_percent,
        extreme=reference,
    )
