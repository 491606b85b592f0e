"""Words and numbers of the monitors: sides, statuses, order types, times, prices."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.core import Market, Order, OrderAttention, OrderStatus, OrderType, Side
from desktop.shell.messages import tr_message
from widgets.account_form import order_type_name as type_text
from widgets.common.numbers import decimals_for_step, fmt_number

MAX_DECIMALS = 8
__all__ = ["type_text"]  # order types are worded once, by the account form


def _t(text: str) -> str:
    return QCoreApplication.translate("Monitors", text)


def side_text(side: Side | str) -> str:
    return {"buy": _t("Buy"), "sell": _t("Sell")}.get(str(side), str(side))


def position_side_text(amount: float) -> str:
    return _t("Long") if amount > 0 else _t("Short") if amount < 0 else _t("Flat")


def status_text(status: OrderStatus | str) -> str:
    return {
        OrderStatus.PENDING: _t("Pending"),
        OrderStatus.OPEN: _t("Open"),
        OrderStatus.PARTIALLY_FILLED: _t("Partially filled"),
        OrderStatus.FILLED: _t("Filled"),
        OrderStatus.CANCELED: _t("Canceled"),
        OrderStatus.REJECTED: _t("Rejected"),
        OrderStatus.EXPIRED: _t("Expired"),
    }.get(OrderStatus(status), str(status))


def order_status_text(order: Order) -> str:
    """The status, unless something about the order matters more to the trader right now."""
    if order.attention is OrderAttention.CHECKING:
        return _t("Checking…")
    if order.attention is OrderAttention.SET_ASIDE:
        return _t("Set aside")
    if (order.type is OrderType.BRACKET and order.status is OrderStatus.OPEN
            and order.filled > 0 and order.filled >= order.amount * (1 - 1e-9)):
        return _t("Entry filled, exits working")
    return status_text(order.status)


def reason_text(order: Order) -> str:
    """Why, in the trader's language where the engine knows the case; the exchange's own
    words (which only it can phrase) follow."""
    if order.attention is OrderAttention.CHECKING:
        lead = _t("Outcome unknown: being checked at the exchange. Do not send it again.")
    elif order.attention is OrderAttention.SET_ASIDE:
        lead = _t("The exchange cannot be asked about this order: check it on the exchange; "
                  "the rest of the account is followed as usual.")
    else:
        return tr_message(order.reason)
    return f"{lead} ({tr_message(order.reason)})" if order.reason else lead


def side_choices() -> tuple[tuple[str, str], ...]:
    return (("buy", _t("Buy")), ("sell", _t("Sell")))


def status_choices(statuses: tuple[OrderStatus, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((str(s), status_text(s)) for s in statuses)


def time_text(ts_ms: int) -> str:
    if not ts_ms:
        return "—"
    return datetime.fromtimestamp(ts_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def amount_text(value: float | None) -> str:
    """Up to 8 decimals without trailing zeros: amounts have their own step per market."""
    if value is None or not math.isfinite(value):
        return "—"
    text = fmt_number(value, MAX_DECIMALS)
    return _trim(text)


def _trim(text: str) -> str:
    # fmt_number always writes MAX_DECIMALS digits, so the decimal point (either symbol,
    # depending on the locale) sits just before them.
    head, point, tail = text[: -MAX_DECIMALS - 1], text[-MAX_DECIMALS - 1], text[-MAX_DECIMALS:]
    tail = tail.rstrip("0")
    return f"{head}{point}{tail}" if tail else head


def price_text(value: float | None, market: Market | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    if market is None:
        return amount_text(value)
    return fmt_number(value, decimals_for_step(market.price_tick))


def fee_text(value: float | None, currency: str = "") -> str:
    """A fee, the same in every table: the amount to its last significant decimal (up to
    8: a fee in BTC is small) and its currency."""
    text = amount_text(value)
    return f"{text} {currency}" if currency and text != "—" else text


def money_text(value: float | None, signed: bool = False) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    text = fmt_number(value, 2)
    return f"+{text}" if signed and value > 0 else text


def percent_text(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return fmt_number(value, 2) + "%"
