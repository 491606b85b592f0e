"""The state of one emulated order group and the rules read off it (see emulated_groups.py).

Pure data and functions: no venue, no loop. An `OrderGroup` is the engine's record of an
emulated parent (its request, its legs at the venue by role) and is what a journal would
persist to resume a group after a restart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.core import InvalidOrder, Market, Order, OrderRequest, OrderStatus, OrderType, Side
from desktop.core.messages import marker

_t = marker("Orders")

EPS = 1e-9


@dataclass(eq=False)
class OrderGroup:
    id: str
    client_id: str
    request: OrderRequest
    market: Market
    created_ts: int
    parent_id: str = ""  # a bracket's emulated exit OCO -> the bracket
    legs: dict[str, Order] = field(default_factory=dict)  # venue id -> last known state
    roles: dict[str, str] = field(default_factory=dict)  # venue id -> "tp", "sl", "mkt", ...
    status: OrderStatus = OrderStatus.OPEN
    reason: str = ""
    triggered: bool = False
    extreme: float = math.nan  # trailing: best last price since placement
    watched_stop: float | None = None  # OCO stop armed in the engine (no native stop)
    watched_amount: float = 0.0
    exit_id: str = ""  # bracket: the exit's id (a native OCO or a child group)
    retired: set[str] = field(default_factory=set)  # legs we canceled on purpose
    seq: int = 0
    # Legs being sent: client id -> role, kept *before* the send (journal before send), so a
    # crash in flight leaves a client id the next start looks up instead of an unknown order.
    sending: dict[str, str] = field(default_factory=dict)

    def trail_level(self) -> float:
        """Where a trailing stop stands: the trail behind the best price since placement."""
        distance = trail_distance(self.request, self.extreme)
        return self.extreme - distance if self.request.side is Side.SELL \
            else self.extreme + distance

    @property
    def kind(self) -> OrderType:
        return self.request.type

    @property
    def final(self) -> bool:
        return self.status.is_final

    def next_client_id(self, role: str) -> str:
        self.seq += 1
        return f"{self.client_id[:26]}-{role}{self.seq}"

    def role_legs(self, role: str) -> list[Order]:
        return [o for i, o in self.legs.items() if self.roles[i] == role]

    def live(self, role: str) -> Order | None:
        return next((o for o in self.role_legs(role) if not o.status.is_final), None)


def trail_distance(request: OrderRequest, extreme: float) -> float:
    if request.trail_amount is not None:
        return request.trail_amount
    return extreme * (request.trail_percent or 0.0) / 100


def check_request(req: OrderRequest, venue: str) -> None:
    if req.type is OrderType.TRAILING_STOP and req.trail_amount is None and \
            not req.trail_percent:
        raise InvalidOrder(_t("A trailing stop needs a trail distance or percentage"), venue)
    if req.type is OrderType.OCO and (req.price is None or req.stop_price is None):
        raise InvalidOrder(_t("An OCO order needs a take-profit price and a stop price"), venue)
    if req.type is OrderType.BRACKET and (req.take_profit is None or req.stop_loss is None):
        raise InvalidOrder(_t("A bracket order needs a take-profit and a stop-loss"), venue)


def beyond_stop(side: Side, level: float, last: float) -> bool:
    return last >= level if side is Side.BUY else last <= level


def filled_by(group: OrderGroup, role: str) -> float:
    return math.fsum(o.filled for o in group.role_legs(role))


def is_done(group: OrderGroup) -> bool:
    traded = math.fsum(o.filled for o in group.legs.values())
    return traded >= group.market.round_amount(group.request.amount) - EPS


def is_stale(known: Order, new: Order) -> bool:
    """An update older than what we know (polls can overtake the answer of a cancel)."""
    if known.status.is_final and not new.status.is_final:
        return True
    return new.filled < known.filled - EPS


def settled_status(group: OrderGroup,
               exit_state: tuple[float, bool, bool, float] | None) -> OrderStatus | None:
    """The final status once nothing of the group works any more; None while it does.
    `exit_state`: a bracket's exit as (filled, triggered, live, amount), None before it."""
    if any(not o.status.is_final for o in group.legs.values()):
        return None
    if group.watched_stop is not None:
        return None
    if group.kind is OrderType.TRAILING_STOP:
        if not group.triggered:
            return None
        return OrderStatus.FILLED if filled_by(group, "mkt") > EPS else OrderStatus.CANCELED
    if group.kind is OrderType.OCO:
        return OrderStatus.FILLED if is_done(group) else OrderStatus.CANCELED
    entry = group.role_legs("entry")
    entry_filled = entry[0].filled if entry else 0.0
    state = exit_state
    if state is not None and state[2]:
        return None
    exited = state[0] if state is not None else 0.0
    if entry_filled > EPS and exited >= group.market.round_amount(entry_filled) - EPS:
        return OrderStatus.FILLED
    return OrderStatus.CANCELED


def snapshot(group: OrderGroup, venue: str, exit_fee: float = 0.0) -> Order:
    """The parent order as the UI and the order streams see it. A bracket reports its entry's
    fills (the position it opened); an OCO or trailing stop what its legs sold or bought."""
    req = group.request
    legs = list(group.legs.values())
    if group.kind is OrderType.BRACKET:
        counted = group.role_legs("entry")
        stop_price = req.stop_loss
    else:
        counted = legs
        stop_price = group.trail_level() if group.kind is OrderType.TRAILING_STOP \
            else req.stop_price
    filled = math.fsum(o.filled for o in counted)
    cost = math.fsum(o.filled * (o.average or o.price or 0.0) for o in counted)
    fee = math.fsum(o.fee for o in legs) + exit_fee
    status = group.status
    if not status.is_final and EPS < filled < req.amount - EPS:
        # Only a part filled: a bracket whose entry filled completely is working (its
        # exits), not "partially filled".
        status = OrderStatus.PARTIALLY_FILLED
    updated = max([group.created_ts, *(o.updated_ts for o in legs)])
    return Order(
        id=group.id, client_order_id=group.client_id, symbol=req.symbol, side=req.side,
        type=req.type, status=status, amount=req.amount, filled=filled, price=req.price,
        stop_price=None if stop_price is None or math.isnan(stop_price) else stop_price,
        average=cost / filled if filled > EPS else None, fee=fee,
        fee_currency=next((o.fee_currency for o in legs if o.fee_currency), ""),
        created_ts=group.created_ts, updated_ts=updated, time_in_force=req.time_in_force,
        reduce_only=req.reduce_only, emulated=True,
        triggered=group.triggered or any(o.triggered for o in legs),
        parent_id=group.parent_id, venue=venue, account=req.account,
        reason=group.reason)
