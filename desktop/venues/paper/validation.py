"""Checks an order request must pass before the paper venue accepts it.

Each failure raises `InvalidOrder` with a sentence naming the field, the value and the rule,
in the market's own units, e.g. "Amount 0.000001 BTC is below the minimum 0.00001 BTC".
"""

from __future__ import annotations

import math

from desktop.core import (
    InvalidOrder,
    Market,
    OrderRequest,
    OrderType,
    Side,
    TimeInForce,
    fits_step,
)
from desktop.core.messages import Message, marker
from desktop.venues.paper.formatting import format_money, format_quantity

_t = marker("PaperVenue")


def _fail(message: Message, venue: str) -> InvalidOrder:
    return InvalidOrder(message, venue)


def check_amount(market: Market, amount: float, what: Message, venue: str) -> None:
    base = market.base
    if not math.isfinite(amount) or amount <= 0:
        raise _fail(_t("{what} must be greater than zero", what=what), venue)
    shown = format_quantity(amount, market.amount_step)
    if amount < market.min_amount * (1 - 1e-12):
        minimum = format_quantity(market.min_amount, market.amount_step)
        raise _fail(_t("{what} {shown} {base} is below the minimum {minimum} {base}",
                       what=what, shown=shown, base=base, minimum=minimum), venue)
    if amount > market.max_amount:
        maximum = format_quantity(market.max_amount, market.amount_step)
        raise _fail(_t("{what} {shown} {base} is above the maximum {maximum} {base}",
                       what=what, shown=shown, base=base, maximum=maximum), venue)
    if not fits_step(amount, market.amount_step):
        step = format_quantity(market.amount_step, market.amount_step)
        raise _fail(_t("{what} {shown} {base} is not a multiple of the step {step} {base}",
                       what=what, shown=shown, base=base, step=step), venue)


def check_price(market: Market, price: float | None, what: Message, venue: str) -> float:
    if price is None:
        raise _fail(_t("{what} is required for this order type", what=what), venue)
    if not math.isfinite(price) or price <= 0:
        raise _fail(_t("{what} must be greater than zero", what=what), venue)
    if not fits_step(price, market.price_tick):
        shown = format_quantity(price, market.price_tick)
        tick = format_quantity(market.price_tick, market.price_tick)
        raise _fail(_t("{what} {shown} {quote} is not a multiple of the tick {tick} {quote}",
                       what=what, shown=shown, quote=market.quote, tick=tick), venue)
    return price


def check_request(market: Market, req: OrderRequest, last: float, venue: str) -> None:
    """Validate `req` against the market's rules; `last` (may be NaN) judges price sides."""
    check_amount(market, req.amount, _t("Amount"), venue)
    if (req.reduce_only or req.close_position) and not market.contract:
        raise _fail(_t("Reduce-only and close-position apply to derivatives; {symbol} is a spot "
                       "market", symbol=market.symbol), venue)
    if req.time_in_force is not TimeInForce.GTC and req.type is not OrderType.LIMIT:
        raise _fail(_t("Time in force {tif} applies to limit orders only",
                       tif=req.time_in_force.value), venue)
    if req.type.needs_price or (req.type.price_optional and req.price is not None):
        check_price(market, req.price, _t("Limit price"), venue)
    if req.type.needs_stop_price:
        check_price(market, req.stop_price, _t("Stop price"), venue)
    if req.type is OrderType.TRAILING_STOP:
        _check_trail(market, req, venue)
    if req.type is OrderType.ICEBERG:
        if req.visible_amount is None:
            raise _fail(_t("An iceberg order needs a visible amount"), venue)
        check_amount(market, req.visible_amount, _t("Visible amount"), venue)
        if req.visible_amount > req.amount:
            raise _fail(_t("The visible amount cannot exceed the order amount"), venue)
    if req.type is OrderType.BRACKET:
        tp = check_price(market, req.take_profit, _t("Take-profit price"), venue)
        sl = check_price(market, req.stop_loss, _t("Stop-loss price"), venue)
        entry = req.price if req.price is not None else last
        _check_sides(market, req.side, target=tp, stop=sl, reference=entry, what="Bracket",
                     venue=venue)
    if req.type is OrderType.OCO:
        assert req.price is not None and req.stop_price is not None
        _check_sides(market, req.side, target=req.price, stop=req.stop_price, reference=last,
                     what="OCO", venue=venue)
    _check_notional(market, req, last, venue)


def _check_trail(market: Market, req: OrderRequest, venue: str) -> None:
    if (req.trail_amount is None) == (req.trail_percent is None):
        raise _fail(_t("A trailing stop needs either a trail amount or a trail percent"), venue)
    if req.trail_amount is not None:
        check_price(market, req.trail_amount, _t("Trail amount"), venue)
    elif not (0 < (req.trail_percent or 0) < 100):
        raise _fail(_t("Trail percent must be between 0 and 100"), venue)


def _check_sides(market: Market, side: Side, *, target: float, stop: float, reference: float,
                 what: str, venue: str) -> None:
    """The target must lie on the profitable side of the reference, the stop on the other.
    A sell exits a long (target above, stop below); a buy exits a short (the mirror)."""
    if math.isnan(reference):
        reference = (target + stop) / 2
    exit_side = side if what == "OCO" else side.opposite()
    tp, sl, ref = (format_money(v, market.price_tick) for v in (target, stop, reference))
    if exit_side is Side.SELL and not (target > reference > stop):
        raise _fail(_t("{what} {side} needs the take-profit {tp} above and the stop {sl} below "
                       "{ref} {quote}", what=what, side=_side(side), tp=tp, sl=sl, ref=ref,
                       quote=market.quote), venue)
    if exit_side is Side.BUY and not (target < reference < stop):
        raise _fail(_t("{what} {side} needs the take-profit {tp} below and the stop {sl} above "
                       "{ref} {quote}", what=what, side=_side(side), tp=tp, sl=sl, ref=ref,
                       quote=market.quote), venue)


def _side(side: Side) -> Message:
    return _t("buy") if side is Side.BUY else _t("sell")


def _check_notional(market: Market, req: OrderRequest, last: float, venue: str) -> None:
    if market.min_notional <= 0:
        return
    price = req.price if req.price is not None else req.stop_price
    if price is None:
        price = last
    if price is None or math.isnan(price):
        return
    notional = price * req.amount
    if notional < market.min_notional * (1 - 1e-12):
        value = format_money(notional, market.price_tick)
        minimum = format_money(market.min_notional, market.price_tick)
        raise _fail(_t("Order value {value} {quote} is below the minimum {minimum} {quote}",
                       value=value, quote=market.quote, minimum=minimum), venue)
