"""Sentences for order rejections whose exchange message says too little.

Binance answers "Filter failure: LOT_SIZE" or "Account has insufficient balance for requested
action."; a trader needs "Amount 0.000001 BTC is below the minimum 0.00001 BTC" and
"Insufficient USDT: need 1,052.40, have 1,000.00". We rebuild them from the request, the
market's rules and the balance.
"""

from __future__ import annotations

import math
from decimal import Decimal

from desktop.core import Market, OrderRequest, Side


def _decimals(step: float) -> int:
    if step <= 0 or step >= 1:
        return 0
    return max(0, -math.floor(math.log10(step) + 1e-9))


def quantity_text(value: float, step: float) -> str:
    """`value` with the decimals of `step`, more when it is finer (0.000001 never reads 0.00000)."""
    text = f"{value:,.{_decimals(step)}f}"
    if abs(float(text.replace(",", "")) - value) > abs(value) * 1e-12:
        text = f"{Decimal(repr(value)):,f}"  # the shortest digits that are this float
    return text


def money_text(value: float, tick: float, round_up: bool = False) -> str:
    decimals = max(2, _decimals(tick))
    if round_up:
        scale = 10**decimals
        value = math.ceil(value * scale - 1e-6) / scale
    return f"{value:,.{decimals}f}"


def _fits(value: float, step: float) -> bool:
    if step <= 0:
        return True
    units = value / step
    return abs(units - round(units)) <= 1e-9 * max(1.0, abs(units))


def precision_violation(market: Market, request: OrderRequest) -> str | None:
    """A price off the tick or an amount off the step. Checked before sending because ccxt
    would otherwise round them silently and place an order the trader did not ask for."""
    for what, price in (("Price", request.price), ("Stop price", request.stop_price)):
        if price is not None and not _fits(price, market.price_tick):
            return (f"{what} {quantity_text(price, market.price_tick)} is not a multiple of the "
                    f"tick size {quantity_text(market.price_tick, market.price_tick)}")
    if request.amount < market.min_amount:
        return None  # "below the minimum" is the sentence that helps; the exchange decides
    if not _fits(request.amount, market.amount_step):
        step = quantity_text(market.amount_step, market.amount_step)
        return (f"Amount {quantity_text(request.amount, market.amount_step)} {market.base} is "
                f"not a multiple of the step {step} {market.base}")
    return None


def limit_violation(market: Market, request: OrderRequest, reference_price: float) -> str | None:
    """Which of the market's limits the request breaks, in words; None if it breaks none."""
    if request.amount < market.min_amount * (1 - 1e-12):
        return (f"Amount {quantity_text(request.amount, market.amount_step)} {market.base} is "
                f"below the minimum {quantity_text(market.min_amount, market.amount_step)} "
                f"{market.base}")
    if request.amount > market.max_amount:
        return (f"Amount {quantity_text(request.amount, market.amount_step)} {market.base} is "
                f"above the maximum {quantity_text(market.max_amount, market.amount_step)} "
                f"{market.base}")
    price = request.price or request.stop_price or reference_price
    if market.min_notional > 0 and math.isfinite(price) and price > 0:
        notional = price * request.amount
        if notional < market.min_notional * (1 - 1e-12):
            return (f"Order value {money_text(notional, market.price_tick)} {market.quote} is "
                    f"below the minimum {money_text(market.min_notional, market.price_tick)} "
                    f"{market.quote}")
    return precision_violation(market, request)


def funds_needed(market: Market, request: OrderRequest,
                 reference_price: float) -> tuple[str, float]:
    """(currency, amount) the order needs free: quote incl. taker fee for a buy, base for a sell."""
    if request.side is Side.SELL:
        return market.base, request.amount
    price = request.price or request.stop_price or reference_price
    return market.quote, request.amount * price * (1 + market.taker_fee)


def insufficient_funds_sentence(market: Market, request: OrderRequest, reference_price: float,
                                free: dict[str, float]) -> str:
    currency, need = funds_needed(market, request, reference_price)
    have = free.get(currency, 0.0)
    if currency == market.base:
        shown_need = quantity_text(need, market.amount_step)
        shown_have = quantity_text(have, market.amount_step)
    else:
        shown_need = money_text(need, market.price_tick, round_up=True)
        shown_have = money_text(have, market.price_tick)
    return f"Insufficient {currency}: need {shown_need}, have {shown_have}"
