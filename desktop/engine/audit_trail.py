"""The trading audit trail: one log line (so the Log panel and the log file show it) for every
order state an account's order reaches, every fill and every refusal, naming the account and
who placed the order: the trader by hand, a keyboard command, the order book, a bot or the
engine itself (an emulated order's legs, the kill switch).

It listens on the event bus like any other consumer, so it sees exactly what the UI sees; the
order manager tells it who asked for each order before the order's first event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.core import Fill, FillEvent, Order, OrderEvent, OrderRequest, OrderStatus
from desktop.core.events import Event

log = logging.getLogger("pregao.audit")

#: OrderRequest.origin values the UI sets; "" from a client call that does not say.
MANUAL, HOTKEY, ORDER_BOOK, CHART = "manual", "hotkey", "order book", "chart"


def origin_of(request: OrderRequest) -> str:
    if request.bot_id:
        return f"bot {request.bot_id}"
    return request.origin or MANUAL


class AuditTrail:
    def __init__(self, account_label: Callable[[str], str]) -> None:
        self._label = account_label
        self._origins: dict[str, str] = {}  # client order id -> who placed it
        self._status: dict[str, OrderStatus] = {}  # client order id -> last state logged
        self._labels: dict[str, str] = {}  # account id -> label (read once: no db per line)

    def note(self, client_id: str, origin: str) -> None:
        self._origins[client_id] = origin

    def refused(self, account_id: str, request: OrderRequest, reason: str) -> None:
        """A refusal before anything was journaled (the market's limits, the balance)."""
        log.warning("Order refused: %s · %s · by %s · %s", _describe_request(request),
                    self._account(account_id), origin_of(request), reason)

    def __call__(self, event: Event) -> None:
        if isinstance(event, OrderEvent):
            self._order(event.order)
        elif isinstance(event, FillEvent):
            self._fill(event.fill)

    def _order(self, order: Order) -> None:
        key = order.client_order_id or order.id
        if self._status.get(key) is order.status:
            return  # the same state again (a fill's progress is logged as the fill)
        self._status[key] = order.status
        level = logging.WARNING if order.status is OrderStatus.REJECTED else logging.INFO
        reason = f" · {order.reason}" if order.reason and order.status in (
            OrderStatus.REJECTED, OrderStatus.CANCELED, OrderStatus.EXPIRED) else ""
        log.log(level, "Order %s: %s %s %s %s%s · %s · by %s · id %s%s",
                order.status.value.replace("_", " "), order.side.value, _num(order.amount),
                order.symbol, order.type.value.replace("_", " "), _price(order.price),
                self._account(order.account), self._origin(order), key, reason)

    def _fill(self, fill: Fill) -> None:
        key = fill.client_order_id or fill.order_id
        log.info("Fill: %s %s %s at %s (fee %s %s, %s) · %s · by %s · order %s",
                 fill.side.value, _num(fill.amount), fill.symbol, _num(fill.price),
                 _num(fill.fee), fill.fee_currency, "maker" if fill.maker else "taker",
                 self._account(fill.account), self._origins.get(key, "—"), key)

    def _origin(self, order: Order) -> str:
        key = order.client_order_id or order.id
        if key in self._origins:
            return self._origins[key]
        if order.bot_id:
            return f"bot {order.bot_id}"
        if order.parent_id:  # an emulated order's leg: whoever placed its parent
            return self._origins.get(order.parent_id, "engine")
        return "engine"

    def _account(self, account_id: str) -> str:
        label = self._labels.get(account_id)
        if label is None:
            try:
                label = self._labels[account_id] = self._label(account_id)
            except Exception:  # an account deleted meanwhile: its id still says which
                label = ""
        return f"account {label} ({account_id})" if label and label != account_id \
            else f"account {account_id}"


def _describe_request(request: OrderRequest) -> str:
    return (f"{request.side.value} {_num(request.amount)} {request.symbol} "
            f"{request.type.value.replace('_', ' ')}{_price(request.price)}")


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.10g}"


def _price(price: float | None) -> str:
    return f" at {_num(price)}" if price is not None else ""
