"""The order entry form checked against the market and the account, before anything is sent.

Pure: no widgets. `check_order(form, state, fmt)` reads the form's texts in the user's locale
(numbers.py has the rule), checks them against the market's precision and limits (tick, step,
min amount, max amount, min notional) and the available balance, and returns either an
`OrderRequest` rounded to the market's precision or one sentence per wrong field, keyed by
the field's name so the form shows it next to that field.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from desktop.core import Market, OrderRequest, OrderType, Side, TimeInForce
from desktop.shell.messages import tr_message
from widgets.order_entry.numbers import NumberError, NumberFormat, ParsedNumber, parse_number

AMOUNT, PRICE, STOP, TRAIL, VISIBLE = "amount", "price", "stop", "trail", "visible"
TAKE_PROFIT, STOP_LOSS, TIME_IN_FORCE, REDUCE_ONLY = (
    "take_profit", "stop_loss", "time_in_force", "reduce_only")

def _t(text: str) -> str:
    return QCoreApplication.translate("OrderEntry", text)


class AmountUnit(StrEnum):
    BASE = "base"
    QUOTE = "quote"


class ExitMode(StrEnum):
    """How a take-profit or stop-loss is given: a price, a % from the entry, or (take-profit
    only) a multiple R of the distance from the entry to the stop-loss."""

    PRICE = "price"
    PERCENT = "percent"
    R = "r"


@dataclass(slots=True, frozen=True)
class OrderForm:
    """What the form holds: texts as typed, choices as picked."""

    side: Side = Side.BUY
    type: OrderType = OrderType.MARKET
    amount: str = ""
    amount_unit: AmountUnit = AmountUnit.BASE
    price: str = ""
    stop: str = ""
    trail: str = ""
    trail_percent: bool = True
    visible: str = ""
    bracket: bool = False
    take_profit: str = ""
    take_profit_mode: ExitMode = ExitMode.PRICE
    stop_loss: str = ""
    stop_loss_mode: ExitMode = ExitMode.PRICE
    time_in_force: TimeInForce = TimeInForce.GTC
    post_only: bool = False
    reduce_only: bool = False

    @property
    def has_bracket(self) -> bool:
        return self.type is OrderType.BRACKET or (self.bracket and self.type.can_carry_bracket)


@dataclass(slots=True, frozen=True)
class MarketState:
    """What the check needs to know besides the form. NaN: not known (yet)."""

    market: Market
    bid: float = math.nan
    ask: float = math.nan
    last: float = math.nan
    base_free: float = math.nan
    quote_free: float = math.nan
    position: float = 0.0  # signed, base currency

    def reference(self, side: Side) -> float:
        """The price a market order of `side` would pay: the ask for a buy, the bid for a
        sell, the last trade where the book is unknown."""
        quote = self.ask if side is Side.BUY else self.bid
        return quote if _known(quote) else self.last


@dataclass(slots=True)
class CheckedOrder:
    """The outcome: `request` when every field is right, else `errors` (field -> sentence)."""

    request: OrderRequest | None = None
    errors: dict[str, str] = field(default_factory=dict)
    amount: float = math.nan  # base currency, on the market's step
    entry: float = math.nan  # the price the preview uses for the entry
    stop: float = math.nan  # the protective stop, if any
    target: float = math.nan  # the take-profit, if any
    maker: bool = False  # the entry rests on the book (maker fee) rather than taking

    @property
    def ok(self) -> bool:
        return self.request is not None and not self.errors


def fields_for(order_type: OrderType, bracket: bool) -> set[str]:
    """The fields the form shows for a type (the rest are hidden and ignored)."""
    shown = {AMOUNT}
    if order_type.needs_price or order_type.price_optional:
        shown.add(PRICE)
    if order_type.needs_stop_price:
        shown.add(STOP)
    if order_type.needs_trail:
        shown.add(TRAIL)
    if order_type is OrderType.ICEBERG:
        shown.add(VISIBLE)
    if order_type is OrderType.BRACKET or (bracket and order_type.can_carry_bracket):
        shown |= {TAKE_PROFIT, STOP_LOSS}
    return shown


def _known(value: float) -> bool:
    return value is not None and math.isfinite(value) and value > 0


def step_decimals(step: float) -> int:
    if step <= 0 or step >= 1:
        return 0
    return max(0, -math.floor(math.log10(step) + 1e-9))


def _step_decimal(step: float) -> Decimal:
    return Decimal(repr(step))


def fmt_value(value: float, step: float, fmt: NumberFormat) -> str:
    """A value with its market's decimals in the user's locale, grouped for reading."""
    decimals = step_decimals(step)
    text = f"{value:,.{decimals}f}"
    if fmt.decimal == ".":
        return text.replace(",", fmt.group) if fmt.group != "," else text
    return text.replace(",", "\0").replace(".", fmt.decimal).replace("\0", fmt.group)


class _Checker:
    def __init__(self, form: OrderForm, state: MarketState, fmt: NumberFormat) -> None:
        self.form, self.state, self.fmt = form, state, fmt
        self.market = state.market
        self.errors: dict[str, str] = {}

    def fail(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def number(self, name: str, text: str, required: bool, missing: str) -> ParsedNumber | None:
        if not text.strip():
            if required:
                self.fail(name, missing)
            return None
        try:
            return parse_number(text, self.fmt)
        except NumberError as exc:
            self.fail(name, tr_message(exc))
            return None

    def positive(self, name: str, parsed: ParsedNumber | None) -> ParsedNumber | None:
        if parsed is not None and parsed.value <= 0:
            self.fail(name, _t("Must be greater than zero."))
            return None
        return parsed

    def on_tick(self, name: str, parsed: ParsedNumber | None) -> float | None:
        """A price that must be a multiple of the market's tick."""
        parsed = self.positive(name, parsed)
        if parsed is None:
            return None
        tick = self.market.price_tick
        if tick > 0 and parsed.value % _step_decimal(tick) != 0:
            self.fail(name, _t("Not a multiple of the tick {tick} {quote}.").format(
                tick=fmt_value(tick, tick, self.fmt), quote=self.market.quote))
            return None
        return parsed.float

    def on_step(self, name: str, parsed: ParsedNumber | None) -> float | None:
        """A base amount that must be a multiple of the market's amount step."""
        parsed = self.positive(name, parsed)
        if parsed is None:
            return None
        step = self.market.amount_step
        if step > 0 and parsed.value % _step_decimal(step) != 0:
            decimals = step_decimals(step)
            if parsed.decimals > decimals:
                self.fail(name, _t("Too many decimals: at most {n} (step {step} {base}).")
                          .format(n=decimals, step=fmt_value(step, step, self.fmt),
                                  base=self.market.base))
            else:
                self.fail(name, _t("Not a multiple of the step {step} {base}.").format(
                    step=fmt_value(step, step, self.fmt), base=self.market.base))
            return None
        return parsed.float

    # -- fields --------------------------------------------------------------------------

    def prices(self) -> tuple[float | None, float | None]:
        form = self.form
        shown = fields_for(form.type, form.bracket)
        price = stop = None
        if PRICE in shown:
            required = form.type.needs_price
            price = self.on_tick(PRICE, self.number(
                PRICE, form.price, required, _t("Enter a limit price.")))
        if STOP in shown:
            stop = self.on_tick(STOP, self.number(
                STOP, form.stop, True, _t("Enter a trigger price.")))
        return price, stop

    def trail(self) -> tuple[float | None, float | None]:
        form = self.form
        if form.type is not OrderType.TRAILING_STOP:
            return None, None
        parsed = self.number(TRAIL, form.trail, True, _t("Enter the trailing distance."))
        if not form.trail_percent:
            return self.on_tick(TRAIL, parsed), None
        parsed = self.positive(TRAIL, parsed)
        if parsed is not None and parsed.value >= 100:
            self.fail(TRAIL, _t("A trailing distance in percent must be below 100."))
            return None, None
        return None, parsed.float if parsed is not None else None

    def amount(self, entry: float) -> float | None:
        form, market = self.form, self.market
        parsed = self.number(AMOUNT, form.amount, True, _t("Enter an amount."))
        if form.amount_unit is AmountUnit.BASE:
            amount = self.on_step(AMOUNT, parsed)
        else:
            parsed = self.positive(AMOUNT, parsed)
            if parsed is None:
                return None
            if not _known(entry):
                self.fail(AMOUNT, _t("No price yet to convert {quote} into {base}: enter the "
                                     "amount in {base}.").format(quote=market.quote,
                                                                 base=market.base))
                return None
            amount = market.round_amount(parsed.float / entry, "floor")
        if amount is None:
            return None
        shown = fmt_value(amount, market.amount_step, self.fmt)
        if amount <= 0 or amount < market.min_amount * (1 - 1e-12):
            self.fail(AMOUNT, _t("{amount} {base} is below the minimum {minimum} {base}.").format(
                amount=shown, minimum=fmt_value(market.min_amount, market.amount_step, self.fmt),
                base=market.base))
            return None
        if amount > market.max_amount:
            self.fail(AMOUNT, _t("{amount} {base} is above the maximum {maximum} {base}.").format(
                amount=shown, maximum=fmt_value(market.max_amount, market.amount_step, self.fmt),
                base=market.base))
            return None
        return amount

    def notional_and_balance(self, amount: float, entry: float, fee_rate: float) -> None:
        form, market, state = self.form, self.market, self.state
        if not _known(entry):
            return  # a market order before the first price: the venue judges it
        value = amount * entry
        tick = max(market.price_tick, 0.01)
        if market.min_notional > 0 and value < market.min_notional * (1 - 1e-12):
            self.fail(AMOUNT, _t("Order value {value} {quote} is below the minimum {minimum} "
                                 "{quote}.").format(value=fmt_value(value, tick, self.fmt),
                                                    minimum=fmt_value(market.min_notional,
                                                                      tick, self.fmt),
                                                    quote=market.quote))
            return
        if market.contract or form.reduce_only:
            return  # margin and reduce-only orders are judged by the venue
        if form.side is Side.BUY and math.isfinite(state.quote_free):
            cost = value * (1 + fee_rate)
            if cost > state.quote_free * (1 + 1e-12):
                self.fail(AMOUNT, _t("Needs {cost} {quote}; {free} {quote} available.").format(
                    cost=fmt_value(cost, tick, self.fmt),
                    free=fmt_value(state.quote_free, tick, self.fmt), quote=market.quote))
        elif (form.side is Side.SELL and math.isfinite(state.base_free)
              and amount > state.base_free * (1 + 1e-12)):
            step = market.amount_step
            self.fail(AMOUNT, _t("Sells {amount} {base}; {free} {base} available.").format(
                amount=fmt_value(amount, step, self.fmt),
                free=fmt_value(max(0.0, state.base_free), step, self.fmt), base=market.base))

    def exits(self, entry: float) -> tuple[float | None, float | None]:
        """Take-profit and stop-loss as prices on the market's tick, on the right sides."""
        form, market = self.form, self.market
        if not form.has_bracket:
            return None, None
        sign = form.side.sign
        sl = self._exit(STOP_LOSS, form.stop_loss, form.stop_loss_mode, entry, -sign, None)
        tp = self._exit(TAKE_PROFIT, form.take_profit, form.take_profit_mode, entry, sign, sl)
        if not _known(entry):
            return tp, sl
        quote = fmt_value(entry, market.price_tick, self.fmt)
        if tp is not None and (tp - entry) * sign <= 0:
            self.fail(TAKE_PROFIT, (_t("Must be above the entry {price}.") if sign > 0 else
                                    _t("Must be below the entry {price}.")).format(price=quote))
            tp = None
        if sl is not None and (entry - sl) * sign <= 0:
            self.fail(STOP_LOSS, (_t("Must be below the entry {price}.") if sign > 0 else
                                  _t("Must be above the entry {price}.")).format(price=quote))
            sl = None
        return tp, sl

    def _exit(self, name: str, text: str, mode: ExitMode, entry: float, direction: int,
              stop_loss: float | None) -> float | None:
        missing = (_t("Enter a take-profit.") if name == TAKE_PROFIT
                   else _t("Enter a stop-loss."))
        parsed = self.number(name, text, True, missing)
        if mode is ExitMode.PRICE:
            return self.on_tick(name, parsed)
        parsed = self.positive(name, parsed)
        if parsed is None:
            return None
        if not _known(entry):
            self.fail(name, _t("No entry price yet: give this as a price."))
            return None
        if mode is ExitMode.PERCENT:
            if direction < 0 and parsed.value >= 100:
                self.fail(name, _t("A distance in percent must be below 100."))
                return None
            price = entry * (1 + direction * parsed.float / 100)
        else:
            if stop_loss is None:
                self.fail(name, _t("An R multiple needs a valid stop-loss."))
                return None
            price = entry + direction * parsed.float * abs(entry - stop_loss)
        rounded = self.market.round_price(price)
        if rounded <= 0:
            self.fail(name, _t("That puts the price at or below zero."))
            return None
        return rounded


def check_order(form: OrderForm, state: MarketState, fmt: NumberFormat) -> CheckedOrder:
    """Check every field; the request is built only when none is wrong."""
    market = state.market
    c = _Checker(form, state, fmt)
    price, stop = c.prices()
    trail_amount, trail_percent = c.trail()
    if price is not None:
        entry = price
    elif form.type.needs_stop_price and stop is not None and form.type is not OrderType.OCO:
        entry = stop
    else:
        entry = state.reference(form.side)
    maker = False
    if form.type.needs_price and price is not None:
        opposite = state.reference(form.side)
        crosses = _known(opposite) and (price - opposite) * form.side.sign >= 0
        maker = form.type is not OrderType.STOP_LIMIT and not crosses
    post_only = form.post_only and form.type is OrderType.LIMIT
    if post_only and price is not None and not maker and _known(state.reference(form.side)):
        c.fail(PRICE, (_t("A post-only buy must be below the ask {price}.")
                       if form.side is Side.BUY else
                       _t("A post-only sell must be above the bid {price}.")).format(
            price=fmt_value(state.reference(form.side), market.price_tick, fmt)))
    if form.time_in_force is not TimeInForce.GTC and form.type is not OrderType.LIMIT:
        c.fail(TIME_IN_FORCE, _t("Time in force applies to limit orders only."))
    if form.reduce_only and not market.contract:
        c.fail(REDUCE_ONLY, _t("Reduce-only applies to derivatives; {symbol} is spot.")
               .format(symbol=market.symbol))
    amount = c.amount(entry)
    visible = None
    if form.type is OrderType.ICEBERG:
        visible = c.on_step(VISIBLE, c.number(VISIBLE, form.visible, True,
                                              _t("Enter the visible amount.")))
        if visible is not None and amount is not None and visible > amount:
            c.fail(VISIBLE, _t("Cannot exceed the order amount."))
    fee_rate = market.maker_fee if maker else market.taker_fee
    if amount is not None and AMOUNT not in c.errors:
        c.notional_and_balance(amount, entry, fee_rate)
    take_profit, stop_loss = c.exits(entry)
    result = CheckedOrder(errors=c.errors, amount=amount if amount is not None else math.nan,
                          entry=entry, maker=maker)
    result.stop = stop_loss if stop_loss is not None else (
        stop if form.type is OrderType.OCO and stop is not None else math.nan)
    result.target = take_profit if take_profit is not None else (
        price if form.type is OrderType.OCO and price is not None else math.nan)
    if c.errors or amount is None:
        if amount is None and AMOUNT not in c.errors:
            c.fail(AMOUNT, _t("Enter an amount."))
        return result
    order_type = OrderType.BRACKET if form.has_bracket else form.type
    tif = TimeInForce.POST_ONLY if post_only else (
        form.time_in_force if form.type is OrderType.LIMIT else TimeInForce.GTC)
    result.request = OrderRequest(
        symbol=market.symbol, side=form.side, type=order_type,
        amount=market.round_amount(amount),
        price=market.round_price(price) if price is not None else None,
        stop_price=market.round_price(stop) if stop is not None else None,
        trail_amount=market.round_price(trail_amount) if trail_amount is not None else None,
        trail_percent=trail_percent,
        take_profit=take_profit, stop_loss=stop_loss,
        visible_amount=market.round_amount(visible) if visible is not None else None,
        time_in_force=tif, reduce_only=form.reduce_only)
    return result


def amount_for_fraction(fraction: float, side: Side, state: MarketState, entry: float) -> float:
    """The base amount that spends `fraction` of what is available: the quote balance (less
    the taker fee) for a buy, the base balance for a sell; on the market's step, rounded
    down so it always fits. 0 when the balance or the price is not known."""
    market = state.market
    fraction = min(1.0, max(0.0, fraction))
    if side is Side.BUY:
        if not (_known(entry) and math.isfinite(state.quote_free)):
            return 0.0
        amount = state.quote_free * fraction / (entry * (1 + market.taker_fee))
    else:
        if not math.isfinite(state.base_free):
            return 0.0
        amount = max(0.0, state.base_free) * fraction
    return max(0.0, market.round_amount(amount, "floor"))


def share_of_balance(checked: CheckedOrder, side: Side, state: MarketState) -> int:
    """The % of the available balance the checked amount spends, for the balance slider
    (0 without an amount or a balance to compare with; at most 100)."""
    full = amount_for_fraction(1.0, side, state, checked.entry)
    amount = checked.amount
    if not (full > 0 and math.isfinite(amount) and amount > 0):
        return 0
    return round(min(1.0, amount / full) * 100)


def fraction_amount_text(percent: int, values: OrderForm, state: MarketState,
                         fmt: NumberFormat) -> str:
    """The Amount field's text for the % slider: `percent` of what is available, in the
    form's amount unit (quote at the entry price when that is known)."""
    checked = check_order(replace(values, amount="1"), state, fmt)
    entry = checked.entry
    amount = amount_for_fraction(percent / 100, values.side, state, entry)
    market = state.market
    if values.amount_unit is AmountUnit.QUOTE and math.isfinite(entry):
        return fmt.format(amount * entry, step_decimals(max(0.01, market.price_tick)))
    return fmt.format(amount, step_decimals(market.amount_step))
