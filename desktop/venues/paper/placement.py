"""The matching engine's placement of each order type: market, limit and iceberg, conditional
(stop, take-profit, trailing stop), OCO and bracket, and the bracket's exit legs.

A mixin of `MatchingEngine` (matching.py, whose docstring states the execution rules): it reads
and writes the engine's state and calls its bookkeeping and execution methods.
"""

from __future__ import annotations

import dataclasses
import math

from desktop.core import (
    InsufficientFunds,
    InvalidOrder,
    Market,
    OrderRequest,
    OrderType,
    Side,
    TimeInForce,
)
from desktop.core.messages import Message, marker
from desktop.venues.paper.formatting import format_money, format_money_up, format_quantity
from desktop.venues.paper.funds import executed_amount
from desktop.venues.paper.triggers import Trigger, TriggerKind, trailing_trigger
from desktop.venues.paper.working_order import WorkingOrder, is_complete

_t = marker("PaperVenue")


def _no_price_yet(symbol: str) -> Message:
    return _t("No price for {symbol} yet: the paper venue fills market orders once its price "
              "source has sent one", symbol=symbol)


class OrderPlacement:
    """Turns an accepted request into working orders, reserving what each needs."""

    # -- placement -----------------------------------------------------------------------

    def _place(self, req: OrderRequest, market: Market) -> WorkingOrder:
        if req.type is OrderType.MARKET:
            return self._place_market(req, market)
        if req.type in (OrderType.LIMIT, OrderType.ICEBERG):
            return self._place_limit(req, market)
        if req.type.is_conditional:
            return self._place_conditional(req, market)
        if req.type is OrderType.OCO:
            return self._place_oco(req, market)
        if req.type is OrderType.BRACKET:
            return self._place_bracket(req, market)
        raise InvalidOrder(_t("The paper venue does not support {type} orders", type=req.type),
                           self._venue)

    def _place_market(self, req: OrderRequest, market: Market,
                      parent: WorkingOrder | None = None) -> WorkingOrder:
        executions = self._taker_executions(market, req.side, req.amount, None)
        if not executions and math.isnan(self._liq(req.symbol).last):
            raise InvalidOrder(_no_price_yet(req.symbol), self._venue)
        currency, need = self._taker_need(market, req.side, executions)
        self._require(market, currency, need)
        wo = self._new(req, market, OrderType.MARKET, parent=parent)
        self.ledger.reserve(wo.reservation_key, currency, need)
        self._register(wo, parent)
        self._execute(wo, market, executions)
        self._finish_taker(wo, market, _t("the book had no more depth"))
        return wo

    def _place_limit(self, req: OrderRequest, market: Market,
                     parent: WorkingOrder | None = None) -> WorkingOrder:
        assert req.price is not None
        limit = req.price
        currency, need = self._limit_need(market, req.side, req.amount, limit)
        self._require(market, currency, need)
        tif = req.time_in_force
        first_slice = req.visible_amount if req.type is OrderType.ICEBERG else None
        executions = self._taker_executions(market, req.side, first_slice or req.amount, limit)
        if tif is TimeInForce.POST_ONLY and executions:
            best = format_money(executions[0][0], market.price_tick)
            raise InvalidOrder(_t(
                "Post-only {side} at {limit} would take liquidity at {best} {quote}; it was "
                "rejected to keep it a maker order",
                side=_t("buy") if req.side is Side.BUY else _t("sell"),
                limit=format_money(limit, market.price_tick), best=best, quote=market.quote),
                self._venue)
        wo = self._new(req, market, req.type, limit_price=limit, parent=parent)
        if first_slice is not None:
            wo.visible_amount = first_slice
            wo.slice_left = first_slice
        if tif is TimeInForce.FOK and not is_complete(executed_amount(executions), req.amount):
            self._register(wo, parent)
            available = format_quantity(executed_amount(executions), market.amount_step)
            self._cancel(wo, _t("Fill-or-kill: only {available} {base} was available at "
                                "{limit} or better; nothing filled", available=available,
                                base=market.base, limit=format_money(limit, market.price_tick)))
            return wo
        self.ledger.reserve(wo.reservation_key, currency, need)
        self._register(wo, parent)
        self._execute(wo, market, executions)
        if tif is TimeInForce.IOC and wo.active:
            self._cancel(wo, _t("Immediate-or-cancel: the unfilled rest was canceled"))
        return wo

    def _place_conditional(self, req: OrderRequest, market: Market) -> WorkingOrder:
        last = self._liq(req.symbol).last
        if req.type is OrderType.TRAILING_STOP:
            if math.isnan(last):
                raise InvalidOrder(_t(
                    "No price for {symbol} yet: a trailing stop starts from the last price",
                    symbol=req.symbol), self._venue)
            trigger = trailing_trigger(req.side, last, req.trail_amount, req.trail_percent)
            limit = None
        else:
            assert req.stop_price is not None
            take_profit = req.type is OrderType.TAKE_PROFIT
            kind = TriggerKind.TAKE_PROFIT if take_profit else TriggerKind.STOP
            trigger = Trigger(kind, req.side, req.stop_price)
            limit = req.price if req.type is not OrderType.STOP_MARKET else None
            self._refuse_if_already_triggered(market, trigger, last)
        estimate = limit if limit is not None else trigger.stop_price
        currency, need = self._limit_need(market, req.side, req.amount, estimate)
        self._require(market, currency, need)
        wo = self._new(req, market, req.type, limit_price=limit)
        wo.trigger = trigger
        wo.emulated = req.type is OrderType.TRAILING_STOP
        self.ledger.reserve(wo.reservation_key, currency, need)
        self._register(wo, None)
        return wo

    def _place_oco(self, req: OrderRequest, market: Market) -> WorkingOrder:
        assert req.price is not None and req.stop_price is not None
        stop = Trigger(TriggerKind.STOP, req.side, req.stop_price)
        self._refuse_if_already_triggered(market, stop, self._liq(req.symbol).last)
        currency, need = self._limit_need(
            market, req.side, req.amount, max(req.price, req.stop_price))
        self._require(market, currency, need)
        parent = self._new(req, market, OrderType.OCO, limit_price=req.price)
        parent.emulated = True
        parent.shown_stop_price = req.stop_price
        self.ledger.reserve(parent.reservation_key, currency, need)
        self._register(parent, None)
        limit_leg, _ = self._add_exit_pair(
            parent, req.side, req.amount, req.price, stop, parent.reservation_key,
            suffixes=("limit", "stop"))
        self._execute(limit_leg, market,
                      self._taker_executions(market, req.side, req.amount, req.price))
        return parent

    def _place_bracket(self, req: OrderRequest, market: Market) -> WorkingOrder:
        parent = self._new(req, market, OrderType.BRACKET, limit_price=req.price)
        parent.emulated = True
        parent.bracket_take_profit = req.take_profit
        parent.bracket_stop_loss = req.stop_loss
        parent.shown_stop_price = req.stop_loss
        entry_type = OrderType.MARKET if req.price is None else OrderType.LIMIT
        entry_req = dataclasses.replace(
            req, type=entry_type, client_order_id=f"{parent.client_order_id}-entry",
            take_profit=None, stop_loss=None)
        # The entry checks funds before anything is registered, so a rejection leaves no trace.
        if entry_type is OrderType.MARKET:
            executions = self._taker_executions(market, req.side, req.amount, None)
            if not executions and math.isnan(self._liq(req.symbol).last):
                raise InvalidOrder(_no_price_yet(req.symbol), self._venue)
            self._require(market, *self._taker_need(market, req.side, executions))
        else:
            assert req.price is not None
            self._require(market, *self._limit_need(market, req.side, req.amount, req.price))
        self._register(parent, None)
        if entry_type is OrderType.MARKET:
            self._place_market(entry_req, market, parent=parent)
        else:
            self._place_limit(entry_req, market, parent=parent)
        self._refresh_container(parent)
        self._emit(parent)
        return parent

    def _add_exit_pair(self, parent: WorkingOrder, side: Side, amount: float, target: float,
                       stop: Trigger, key: str,
                       suffixes: tuple[str, str]) -> tuple[WorkingOrder, WorkingOrder]:
        market = self._markets[parent.symbol]
        coid = parent.client_order_id
        limit_leg = WorkingOrder(
            id=self._next_order_id(), client_order_id=f"{coid}-{suffixes[0]}",
            symbol=parent.symbol, side=side, type=OrderType.LIMIT, amount=amount,
            created_ts=self.time_of(parent.symbol), updated_ts=self.time_of(parent.symbol),
            reservation_key=key,
            limit_price=target, parent_id=parent.id, fee_currency=market.quote,
            reduce_only=parent.reduce_only, bot_id=parent.bot_id)
        stop_leg = WorkingOrder(
            id=self._next_order_id(), client_order_id=f"{coid}-{suffixes[1]}",
            symbol=parent.symbol, side=side, type=OrderType.STOP_MARKET, amount=amount,
            created_ts=self.time_of(parent.symbol), updated_ts=self.time_of(parent.symbol),
            reservation_key=key,
            trigger=stop, parent_id=parent.id, fee_currency=market.quote,
            reduce_only=parent.reduce_only, bot_id=parent.bot_id)
        limit_leg.sibling_id, stop_leg.sibling_id = stop_leg.id, limit_leg.id
        self._register(limit_leg, parent)
        self._register(stop_leg, parent)
        return limit_leg, stop_leg

    # -- bracket exits -------------------------------------------------------------------

    def _grow_bracket_exit(self, bracket: WorkingOrder, market: Market, delta: float) -> None:
        assert bracket.bracket_take_profit is not None and bracket.bracket_stop_loss is not None
        side = bracket.side.opposite()
        key = f"{bracket.id}/exit"
        exits = [self._orders[i] for i in bracket.children[1:]]
        if exits and any(leg.filled > 0 or leg.triggered or not leg.active for leg in exits):
            return  # the exit is already executing; the entry rest is being canceled
        price = max(bracket.bracket_take_profit, bracket.bracket_stop_loss)
        currency, need = self._limit_need(market, side, delta, price)
        if need > self.ledger.free(currency):
            bracket.reason = _t("Not enough {currency} to place the take-profit and stop-loss; "
                                "the position is unprotected", currency=currency)
            return
        self.ledger.reserve(key, currency, need)
        if exits:
            for leg in exits:
                leg.amount += delta
                leg.updated_ts = self.time_of(leg.symbol)
                self._emit(leg)
            return
        stop = Trigger(TriggerKind.STOP, side, bracket.bracket_stop_loss)
        self._add_exit_pair(bracket, side, delta, bracket.bracket_take_profit, stop, key,
                            suffixes=("tp", "sl"))

    def _cancel_bracket_entry(self, bracket: WorkingOrder) -> None:
        entry = self._orders[bracket.children[0]]
        if entry.active:
            self._cancel(entry, _t("The bracket's exit started; the unfilled entry was "
                                   "canceled"))

    # -- funds ---------------------------------------------------------------------------

    def _require(self, market: Market, currency: str, need: float) -> None:
        have = self.ledger.free(currency)
        if need <= have or need <= 0.0:  # an order that holds nothing (a perpetual's close)
            return
        if currency == market.base:
            shown_need = format_quantity(need, market.amount_step)
            shown_have = format_quantity(have, market.amount_step)
        else:
            shown_need = format_money_up(need, market.price_tick)
            shown_have = format_money(have, market.price_tick)
        raise InsufficientFunds(_t("Insufficient {currency}: need {need}, have {have}",
                                   currency=currency, need=shown_need, have=shown_have),
                                self._venue)

    def _refuse_if_already_triggered(self, market: Market, trigger: Trigger, last: float) -> None:
        if not math.isnan(last) and trigger.would_trigger(last):
            raise InvalidOrder(_t(
                "Stop price {stop} is already reached (last {last} {quote}); the order would "
                "trigger immediately", stop=format_money(trigger.stop_price, market.price_tick),
                last=format_money(last, market.price_tick), quote=market.quote), self._venue)
