"""The paper venue's mutable record of an order while it lives, and its snapshot as an `Order`.

Roles an order can play:
- executable: a market or limit order (possibly a triggered conditional order) that fills;
- conditional: waits for its `trigger`, then executes at market (`limit_price` None) or rests
  as a limit order at `limit_price`;
- container: an OCO or bracket parent; it never fills itself, it mirrors its legs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import Order, OrderStatus, OrderType, Side, TimeInForce
from desktop.venues.paper.triggers import Trigger

# Remaining amounts below this fraction of the order are float noise, not an open remainder.
_COMPLETE_TOLERANCE = 1e-9


def is_complete(filled: float, amount: float) -> bool:
    return amount - filled <= amount * _COMPLETE_TOLERANCE


@dataclass(slots=True)
class WorkingOrder:
    id: str
    client_order_id: str
    symbol: str
    side: Side
    type: OrderType
    amount: float
    created_ts: int
    reservation_key: str  # ledger key of the funds this order spends
    limit_price: float | None = None  # None: executes at market
    trigger: Trigger | None = None
    time_in_force: TimeInForce = TimeInForce.GTC
    status: OrderStatus = OrderStatus.OPEN
    filled: float = 0.0
    cost: float = 0.0  # sum of price * amount over fills
    fee: float = 0.0
    fee_currency: str = ""
    updated_ts: int = 0
    emulated: bool = False
    triggered: bool = False
    parent_id: str = ""
    reason: str = ""
    reduce_only: bool = False
    close_position: bool = False  # derivatives: closes whatever is held when it executes
    bot_id: str = ""  # the strategy bot that placed it (the request's)
    visible_amount: float | None = None  # iceberg slice size
    slice_left: float = 0.0  # iceberg: what the current slice still shows
    sibling_id: str = ""  # OCO leg: the other leg, canceled when this one fills or triggers
    children: list[str] = field(default_factory=list)  # container: its legs, entry first
    bracket_take_profit: float | None = None
    bracket_stop_loss: float | None = None
    shown_stop_price: float | None = None  # container: its stop leg's trigger, for display

    @property
    def remaining(self) -> float:
        return max(0.0, self.amount - self.filled)

    @property
    def active(self) -> bool:
        return not self.status.is_final

    @property
    def is_container(self) -> bool:
        return self.type.is_group

    @property
    def waiting_for_trigger(self) -> bool:
        return self.active and self.trigger is not None and not self.triggered

    @property
    def resting(self) -> bool:
        """A live limit order in the book (waiting for the price to come to it)."""
        return (
            self.active
            and not self.is_container
            and self.limit_price is not None
            and not self.waiting_for_trigger
        )

    def record_fill(self, price: float, amount: float, fee: float, ts: int) -> None:
        self.filled += amount
        self.cost += price * amount
        self.fee += fee
        self.updated_ts = ts
        self.status = (
            OrderStatus.FILLED if is_complete(self.filled, self.amount)
            else OrderStatus.PARTIALLY_FILLED
        )

    def snapshot(self, venue: str, account: str) -> Order:
        stop = self.trigger.stop_price if self.trigger is not None else self.shown_stop_price
        return Order(
            id=self.id,
            client_order_id=self.client_order_id,
            symbol=self.symbol,
            side=self.side,
            type=self.type,
            status=self.status,
            amount=self.amount,
            filled=self.filled,
            price=self.limit_price,
            stop_price=stop,
            average=self.cost / self.filled if self.filled > 0 else None,
            fee=self.fee,
            fee_currency=self.fee_currency,
            created_ts=self.created_ts,
            updated_ts=self.updated_ts,
            time_in_force=self.time_in_force,
            reduce_only=self.reduce_only,
            emulated=self.emulated,
            triggered=self.triggered,
            parent_id=self.parent_id,
            venue=venue,
            account=account,
            reason=self.reason,
            bot_id=self.bot_id,
        )
