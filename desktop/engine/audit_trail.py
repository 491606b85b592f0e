"""The trading audit trail: one log line (so the Log panel and the log file show it) for every
order state an account's order reaches, every fill and every refusal, naming the account and
who placed the order: the trader by hand, a keyboard command, the order book, a bot or the
engine itself (an emulated order's legs, the kill switch).

It listens on the event bus like any other consumer, so it sees exactly what the UI sees; the
order manager tells it who asked for each order before the order's first event.

Each line is a translatable Message: the log file reads English, the Log panel shows the line
in the UI language with the locale's numbers (desktop.shell.log_bridge keeps the Message).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.core import (
    Fill,
    FillEvent,
    Order,
    OrderEvent,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
)
from desktop.core.events import Event
from desktop.core.messages import Message, formatted, marker

log = logging.getLogger("pregao.audit")
_t = marker("AuditTrail")

#: OrderRequest.origin values the UI sets; "" from a client call that does not say.
MANUAL, HOTKEY, ORDER_BOOK, CHART = "manual", "hotkey", "order book", "chart"
ENGINE = "engine"  # the engine itself: an emulated order's legs, the kill switch

_ORIGINS = {MANUAL: _t("manual"), HOTKEY: _t("hotkey"), ORDER_BOOK: _t("order book"),
            CHART: _t("chart"), ENGINE: _t("engine")}
_SIDES = {Side.BUY: _t("buy"), Side.SELL: _t("sell")}
_STATUSES = {
    OrderStatus.PENDING: _t("pending"), OrderStatus.OPEN: _t("open"),
    OrderStatus.PARTIALLY_FILLED: _t("partially filled"), OrderStatus.FILLED: _t("filled"),
    OrderStatus.CANCELED: _t("canceled"), OrderStatus.REJECTED: _t("rejected"),
    OrderStatus.EXPIRED: _t("expired"),
}
_TYPES = {
    OrderType.MARKET: _t("market"), OrderType.LIMIT: _t("limit"),
    OrderType.STOP_MARKET: _t("stop market"), OrderType.STOP_LIMIT: _t("stop limit"),
    OrderType.TAKE_PROFIT: _t("take profit"), OrderType.TRAILING_STOP: _t("trailing stop"),
    OrderType.OCO: _t("OCO"), OrderType.ICEBERG: _t("iceberg"), OrderType.BRACKET: _t("bracket"),
}


def origin_of(request: OrderRequest) -> str:
    if request.bot_id:
        return f"bot {request.bot_id}"
    return request.origin or MANUAL


def _origin_words(origin: str) -> Message:
    """Who placed an order, in words: "bot <id>" keeps the bot's id."""
    if origin.startswith("bot "):
        return _t("bot {id}", id=origin[4:])
    return _ORIGINS.get(origin, formatted("{}", origin))


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
        log.warning(_t("Order refused: {order} · {account} · by {origin} · {reason}",
                       order=_describe(request.side, request.amount, request.symbol,
                                       request.type, request.price),
                       account=self._account(account_id),
                       origin=_origin_words(origin_of(request)), reason=reason))

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
        words = {"status": _STATUSES[order.status],
                 "order": _describe(order.side, order.amount, order.symbol, order.type,
                                    order.price),
                 "account": self._account(order.account),
                 "origin": _origin_words(self._origin(order)), "id": key}
        if order.reason and order.status in (
                OrderStatus.REJECTED, OrderStatus.CANCELED, OrderStatus.EXPIRED):
            log.log(level, _t("Order {status}: {order} · {account} · by {origin} · id {id} "
                              "· {reason}", reason=order.reason, **words))
        else:
            log.log(level, _t("Order {status}: {order} · {account} · by {origin} · id {id}",
                              **words))

    def _fill(self, fill: Fill) -> None:
        key = fill.client_order_id or fill.order_id
        origin = self._origins.get(key)
        log.info(_t("Fill: {side} {amount} {symbol} at {price} (fee {fee} {currency}, "
                    "{liquidity}) · {account} · by {origin} · order {id}",
                    side=_SIDES[fill.side], amount=_num(fill.amount), symbol=fill.symbol,
                    price=_num(fill.price), fee=_num(fill.fee), currency=fill.fee_currency,
                    liquidity=_t("maker") if fill.maker else _t("taker"),
                    account=self._account(fill.account),
                    origin=_origin_words(origin) if origin else "—", id=key))

    def _origin(self, order: Order) -> str:
        key = order.client_order_id or order.id
        if key in self._origins:
            return self._origins[key]
        if order.bot_id:
            return f"bot {order.bot_id}"
        if order.parent_id:  # an emulated order's leg: whoever placed its parent
            return self._origins.get(order.parent_id, ENGINE)
        return ENGINE

    def _account(self, account_id: str) -> Message:
        label = self._labels.get(account_id)
        if label is None:
            try:
                label = self._labels[account_id] = self._label(account_id)
            except Exception:  # an account deleted meanwhile: its id still says which
                label = ""
        if label and label != account_id:
            return _t("account {label} ({id})", label=label, id=account_id)
        return _t("account {id}", id=account_id)


def _describe(side: Side, amount: float, symbol: str, kind: OrderType,
              price: float | None) -> Message:
    """"buy 0.01 BTC/USDT limit at 1000": an order or a request in words."""
    words = {"side": _SIDES[side], "amount": _num(amount), "symbol": symbol,
             "type": _TYPES[kind]}
    if price is None:
        return _t("{side} {amount} {symbol} {type}", **words)
    return _t("{side} {amount} {symbol} {type} at {price}", price=_num(price), **words)


def _num(value: float | None) -> Message | str:
    """Up to 10 significant digits, in the UI locale's digits where shown."""
    return "—" if value is None else formatted("{:.10g}", value)
