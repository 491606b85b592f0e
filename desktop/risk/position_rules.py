"""Position management rules, as decisions: given a position, its protective stop order and the
last price, what should happen now. The engine (desktop/engine/position_rules_runner.py)
carries the decisions out through the order manager, so they pass the guard like any order.

- ATR initial stop: a position without a protective stop gets a stop-market order
  `atr_stop_multiple` × ATR away from its entry.
- Break-even at +x R: R is the distance from the entry to the first stop seen; once the price
  has moved x R in favour, the stop moves to the entry price (once).
- Close after N hours (or N bars of `bar_timeframe`): the position is closed at market.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.core import Order, OrderType, PositionRules, Side, timeframe_ms
from desktop.core.messages import marker

_t = marker("PositionRules")

HOUR_MS = 3_600_000
STOP_TYPES = frozenset({OrderType.STOP_MARKET, OrderType.STOP_LIMIT})


@dataclass(slots=True)
class Tracked:
    """What the rules remember of one open position."""

    symbol: str
    amount: float  # signed
    entry: float
    opened_ms: int
    initial_stop: float = math.nan  # the first protective stop seen (defines R)
    break_even_done: bool = False
    atr_stop_placed: bool = False
    closing: bool = False


@dataclass(slots=True, frozen=True)
class Action:
    kind: str  # "close", "move_stop", "place_stop"
    symbol: str
    price: float = math.nan  # the new or initial stop level
    order: Order | None = None  # the stop order to move
    reason: str = ""


def protective_stop(position: Tracked, orders: list[Order]) -> Order | None:
    """The open stop order that would close (part of) the position, nearest to the price."""
    side = Side.SELL if position.amount > 0 else Side.BUY
    stops = [o for o in orders if o.symbol == position.symbol and o.side is side
             and o.type in STOP_TYPES and not o.status.is_final and o.stop_price]
    if not stops:
        return None
    return max(stops, key=lambda o: o.stop_price if side is Side.SELL else -o.stop_price)


def close_after_ms(rules: PositionRules) -> int | None:
    limits = []
    if rules.close_after_hours is not None:
        limits.append(int(rules.close_after_hours * HOUR_MS))
    if rules.close_after_bars is not None:
        limits.append(int(rules.close_after_bars * timeframe_ms(rules.bar_timeframe)))
    return min(limits) if limits else None


def decide(rules: PositionRules, position: Tracked, stop: Order | None, last: float,
           now_ms: int, atr: float = math.nan) -> list[Action]:
    """The actions due for `position` now (nothing twice: the caller marks what it did)."""
    if position.closing or position.amount == 0:
        return []
    sign = 1.0 if position.amount > 0 else -1.0
    limit = close_after_ms(rules)
    if limit is not None and now_ms - position.opened_ms >= limit:
        hours = (now_ms - position.opened_ms) / HOUR_MS
        return [Action("close", position.symbol,
                       reason=_t("Closed by the time rule: open {hours:.1f} h", hours=hours))]
    actions: list[Action] = []
    if stop is not None and math.isnan(position.initial_stop):
        position.initial_stop = float(stop.stop_price or math.nan)
    if stop is None and rules.atr_stop_multiple is not None and not position.atr_stop_placed \
            and math.isfinite(atr) and atr > 0:
        level = position.entry - sign * rules.atr_stop_multiple * atr
        if level > 0:
            actions.append(Action("place_stop", position.symbol, level,
                                  reason=_t("Initial stop {atr:g} ATR away",
                                            atr=rules.atr_stop_multiple)))
    if rules.break_even_at_r is not None and stop is not None and not position.break_even_done \
            and math.isfinite(position.initial_stop) and math.isfinite(last):
        risk = abs(position.entry - position.initial_stop)
        gained = (last - position.entry) * sign
        beyond = (stop.stop_price - position.entry) * sign >= 0  # already at or past entry
        if risk > 0 and gained >= rules.break_even_at_r * risk and not beyond:
            actions.append(Action("move_stop", position.symbol, position.entry, stop,
                                  reason=_t("Stop to break-even at +{r:g} R",
                                            r=rules.break_even_at_r)))
    return actions
