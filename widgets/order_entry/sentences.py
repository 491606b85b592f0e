"""The sentences the order entry dock speaks: the question before an order is sent and the
engine's answer after, in the user's language and the market's number steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core import Market, Order, OrderAttention, OrderRequest, OrderStatus, Side
from desktop.shell.messages import tr_message
from widgets.account_form import order_type_name
from widgets.order_entry import validation as v
from widgets.order_entry.numbers import NumberFormat


def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


def side_word(side: Side) -> str:
    return _t("Buy") if side is Side.BUY else _t("Sell")


def status_word(status: OrderStatus) -> str:
    return {
        OrderStatus.PENDING: _t("pending"),
        OrderStatus.OPEN: _t("open"),
        OrderStatus.PARTIALLY_FILLED: _t("partially filled"),
        OrderStatus.FILLED: _t("filled"),
        OrderStatus.CANCELED: _t("canceled"),
        OrderStatus.REJECTED: _t("rejected"),
        OrderStatus.EXPIRED: _t("expired"),
    }[status]


def order_question(req: OrderRequest, market: Market | None, account_label: str,
                   fmt: NumberFormat) -> str:
    """"Buy 0.5 BTC at 30,000 (Limit) on “Paper”?": what the confirmation asks."""
    step = market.amount_step if market else 1e-8
    tick = market.price_tick if market else 0.01
    base = market.base if market else ""
    amount = v.fmt_value(req.amount, step, fmt)
    where = (_t("at {price}").format(price=v.fmt_value(req.price, tick, fmt))
             if req.price is not None else _t("at market"))
    return _t("{side} {amount} {base} {where} ({type}) on “{account}”?").format(
        side=side_word(req.side), amount=amount, base=base, where=where,
        type=order_type_name(req.type), account=account_label)


def move_question(order: Order, price: float, market: Market | None, account_label: str,
                  fmt: NumberFormat) -> str:
    """"Move the Buy order of 0.5 BTC from 30,000 to 29,950 on “Paper”?": asked before a
    drag in the order book modifies an order."""
    step = market.amount_step if market else 1e-8
    tick = market.price_tick if market else 0.01
    return _t("Move the {side} order of {amount} {base} from {old} to {new} on “{account}”?"
              ).format(side=side_word(order.side), amount=v.fmt_value(order.remaining, step, fmt),
                       base=market.base if market else "",
                       old=v.fmt_value(order.price or 0.0, tick, fmt),
                       new=v.fmt_value(price, tick, fmt), account=account_label)


def order_sentence(order: Order, market: Market | None, fmt: NumberFormat) -> str:
    """What became of a sent order: rejected (and why), being checked, filled, or its status."""
    step = market.amount_step if market else 1e-8
    tick = market.price_tick if market else 0.01
    base = market.base if market else ""
    parts = {"side": side_word(order.side), "base": base,
             "amount": v.fmt_value(order.amount, step, fmt),
             "status": status_word(order.status)}
    if order.status is OrderStatus.REJECTED:
        return _t("Rejected: {reason}").format(reason=tr_message(order.reason) or parts["status"])
    if order.attention is OrderAttention.CHECKING:
        return _t("{side} {amount} {base}: outcome unknown, being checked at the exchange. "
                  "Do not send it again.").format(**parts)
    if order.filled > 0 and order.average:
        return _t("{side} {filled} {base} at {price} ({status}).").format(
            filled=v.fmt_value(order.filled, step, fmt),
            price=v.fmt_value(order.average, tick, fmt), **parts)
    return _t("{side} {amount} {base}: {status}.").format(**parts)
