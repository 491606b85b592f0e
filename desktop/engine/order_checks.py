"""What an order must satisfy before it is journaled and sent: the market's precision and
limits and the account's free balance. Every refusal is a sentence a trader can act on."""

from __future__ import annotations

import math
from dataclasses import replace

from desktop.core import InsufficientFunds, InvalidOrder, Market, OrderRequest, OrderType
from desktop.core.messages import formatted, marker
from desktop.venues.ccxt_sentences import (
    funds_needed,
    insufficient_funds_sentence,
    limit_violation,
)

_t = marker("OrderChecks")


def _positive(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > 0


def rounded(market: Market, request: OrderRequest) -> OrderRequest:
    """Prices to the tick, the amount down to the step: what the exchange would accept."""

    def price(value: float | None) -> float | None:
        return None if value is None else market.round_price(value)

    return replace(request, amount=market.round_amount(request.amount),
                   price=price(request.price), stop_price=price(request.stop_price),
                   take_profit=price(request.take_profit), stop_loss=price(request.stop_loss),
                   visible_amount=None if request.visible_amount is None
                   else market.round_amount(request.visible_amount))


def validated(market: Market, request: OrderRequest, reference_price: float,
              free: dict[str, float] | None) -> OrderRequest:
    """`request` rounded to the market's precision, or InvalidOrder / InsufficientFunds.
    `reference_price` values a market order (NaN: unknown, the notional is not checked);
    `free` is None when the balance is unknown (the exchange then decides)."""
    if not _positive(request.amount):
        raise InvalidOrder(_t("Enter an amount above zero."))
    kind = request.type.value.replace("_", " ")
    if request.type.needs_price and not _positive(request.price):
        raise InvalidOrder(_t("A {type} order needs a price.", type=kind))
    if request.type.needs_stop_price and not _positive(request.stop_price):
        raise InvalidOrder(_t("A {type} order needs a trigger price.", type=kind))
    if request.type is OrderType.BRACKET and not (
            _positive(request.take_profit) or _positive(request.stop_loss)):
        raise InvalidOrder(_t("A bracket order needs a take-profit or a stop-loss price."))
    if request.type is OrderType.TRAILING_STOP and not (
            _positive(request.trail_amount) or _positive(request.trail_percent)):
        raise InvalidOrder(_t("A trailing stop needs a trailing distance."))
    for value in (request.price, request.stop_price, request.take_profit, request.stop_loss):
        if value is not None and not _positive(value):
            raise InvalidOrder(_t("Prices must be above zero."))
    order = rounded(market, request)
    problem = limit_violation(market, order, reference_price)
    if problem:
        raise InvalidOrder(formatted("{0}.", problem))
    if free is not None and not order.reduce_only and not market.contract:
        currency, need = funds_needed(market, order, reference_price)
        if math.isfinite(need) and need > free.get(currency, 0.0) * (1 + 1e-9):
            raise InsufficientFunds(formatted(
                "{0}.", insufficient_funds_sentence(market, order, reference_price, free)))
    return order
