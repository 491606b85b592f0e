"""Sentences for order rejections whose exchange message says too little.

Binance answers "Filter failure: LOT_SIZE" or "Account has insufficient balance for requested
action."; a trader needs "Amount 0.000001 BTC is below the minimum 0.00001 BTC" and
"Insufficient USDT: need 1,052.40, have 1,000.00". We rebuild them from the request, the
market's rules and the balance.
"""

from __future__ import annotations

import math
from decimal import Decimal

from desktop.core import Market, OrderRequest, Side, fits_step
from desktop.core.messages import Message, formatted, marker

_t = marker("VenueSentences")


def _decimals(step: float) -> int:
    if step <= 0 or step >= 1:
        return 0
    return max(0, -math.floor(math.log10(step) + 1e-9))


def quantity_text(value: float, step: float) -> Message:
    """`value` with the decimals of `step`, more when it is finer (0.000001 never reads 0.00000);
    a `formatted` message, so the screen writes it in the UI's locale."""
    decimals = _decimals(step)
    if abs(float(f"{value:.{decimals}f}") - value) > abs(value) * 1e-12:
        return formatted("{0:,f}", Decimal(repr(value)))  # the shortest digits of this float
    return formatted("{0:,.{1}f}", value, decimals)


def money_text(value: float, tick: float, round_up: bool = False) -> Message:
    decimals = max(2, _decimals(tick))
    if round_up:
        scale = 10**decimals
        value = math.ceil(value * scale - 1e-6) / scale
    return formatted("{0:,.{1}f}", value, decimals)


def precision_violation(market: Market, request: OrderRequest) -> Message | None:
    """A price off the tick or an amount off the step. Checked before sending because ccxt
    would otherwise round them silently and place an order the trader did not ask for."""
    for what, price in ((_t("Price"), request.price), (_t("Stop price"), request.stop_price)):
        if price is not None and not fits_step(price, market.price_tick):
            return _t("{what} {price} is not a multiple of the tick size {tick}", what=what,
                      price=quantity_text(price, market.price_tick),
                      tick=quantity_text(market.price_tick, market.price_tick))
    if request.amount < market.min_amount:
        return None  # "below the minimum" is the sentence that helps; the exchange decides
    if not fits_step(request.amount, market.amount_step):
        step = quantity_text(market.amount_step, market.amount_step)
        return _t("Amount {amount} {base} is not a multiple of the step {step} {base}",
                  amount=quantity_text(request.amount, market.amount_step), base=market.base,
                  step=step)
    return None


def limit_violation(market: Market, request: OrderRequest,
                    reference_price: float) -> Message | None:
    """Which of the market's limits the request breaks, in words; None if it breaks none."""
    if request.amount < market.min_amount * (1 - 1e-12):
        return _t("Amount {amount} {base} is below the minimum {minimum} {base}",
                  amount=quantity_text(request.amount, market.amount_step), base=market.base,
                  minimum=quantity_text(market.min_amount, market.amount_step))
    if request.amount > market.max_amount:
        return _t("Amount {amount} {base} is above the maximum {maximum} {base}",
                  amount=quantity_text(request.amount, market.amount_step), base=market.base,
                  maximum=quantity_text(market.max_amount, market.amount_step))
    price = request.price or request.stop_price or reference_price
    if market.min_notional > 0 and math.isfinite(price) and price > 0:
        notional = price * request.amount
        if notional < market.min_notional * (1 - 1e-12):
            return _t("Order value {value} {quote} is below the minimum {minimum} {quote}",
                      value=money_text(notional, market.price_tick), quote=market.quote,
                      minimum=money_text(market.min_notional, market.price_tick))
    return precision_violation(market, request)


def funds_needed(market: Market, request: OrderRequest,
                 reference_price: float) -> tuple[str, float]:
    """(currency, amount) the order needs free: quote incl. taker fee for a buy, base for a sell."""
    if request.side is Side.SELL:
        return market.base, request.amount
    price = request.price or request.stop_price or reference_price
    return market.quote, request.amount * price * (1 + market.taker_fee)


def insufficient_funds_sentence(market: Market, request: OrderRequest, reference_price: float,
                                free: dict[str, float]) -> Message:
    currency, need = funds_needed(market, request, reference_price)
    have = free.get(currency, 0.0)
    if currency == market.base:
        shown_need = quantity_text(need, market.amount_step)
        shown_have = quantity_text(have, market.amount_step)
    else:
        shown_need = money_text(need, market.price_tick, round_up=True)
        shown_have = money_text(have, market.price_tick)
    return _t("Insufficient {currency}: need {need}, have {have}", currency=currency,
              need=shown_need, have=shown_have)
