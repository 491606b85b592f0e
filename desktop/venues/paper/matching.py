"""The paper venue's matching engine: synchronous, deterministic, no wall clock.

It is driven by two things only: order requests (`submit`, `cancel`) and price updates
(`on_tick`, `on_book`, `on_bar`). Its clock is the timestamp of the latest price update; ids
come from counters. Given the same inputs it produces the same events, fills and balances.

Execution rules (see also liquidity.py, triggers.py, fees.py, ledger.py):
- Market orders and the marketable part of limit orders are takers: they execute against the
  current liquidity (book levels or the fixed-slippage price) at the taker fee.
- A resting limit order fills, at its own price and the maker fee, when the other side of the
  market reaches it: a buy when asks are at or below its price, a sell when bids are at or
  above; with a book, by as much as the book shows there.
- Conditional orders trigger on traded prices (ticks' last, bar paths). A triggered order
  executes at market, or rests as a limit order if it has a limit price.
- A closed bar is walked with the one intrabar rule of desktop.fills.intrabar, which the
  backtester follows too: open -> nearer extreme -> farther extreme -> close, stopping at every
  order level on the way in price order; a stop triggered there executes at its level (at
  the open on a gap), a resting limit fills at its own price.
- Spot only: buys spend quote, sells need the base currency in hand; funds are reserved when
  an order is accepted and released exactly when it ends.
- OCO and bracket members form a group: canceling any member cancels the whole group.
- A bracket's take-profit and stop-loss appear when its entry first fills, sized to what the
  entry filled, and grow with further entry fills until one of them starts executing; from then
  on the unfilled rest of the entry is canceled (the trade is being closed).
- A bracket is FILLED when its exit has closed everything the entry bought; until its legs are
  done it stays OPEN (or PARTIALLY_FILLED once its entry filled).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Callable, Iterable

from desktop.core import (
    Balance,
    Bar,
    Event,
    Fill,
    FillEvent,
    InsufficientFunds,
    InvalidOrder,
    Market,
    Order,
    OrderBook,
    OrderEvent,
    OrderNotFound,
    OrderRequest,
    OrderStatus,
    OrderType,
    Side,
    Tick,
    TimeInForce,
)
from desktop.fills import intrabar
from desktop.venues.paper.config import PaperConfig, SlippageModel
from desktop.venues.paper.fees import fee_for
from desktop.venues.paper.formatting import format_money, format_money_up, format_quantity
from desktop.venues.paper.funds import (
    Execution,
    affordable_prefix,
    executed_amount,
    limit_need,
    taker_need,
)
from desktop.venues.paper.groups import refresh_group
from desktop.venues.paper.ledger import BalanceLedger
from desktop.venues.paper.liquidity import (
    SymbolLiquidity,
    book_executions,
    crosses,
    fillable,
    fixed_slippage_execution,
    take,
    take_amount,
    walk,
)
from desktop.venues.paper.triggers import Trigger, TriggerKind, trailing_trigger
from desktop.venues.paper.validation import check_request
from desktop.venues.paper.working_order import WorkingOrder, is_complete

Publish = Callable[[Event], None]


class MatchingEngine:
    def __init__(
        self,
        markets: Iterable[Market],
        balances: dict[str, float],
        publish: Publish | None = None,
        config: PaperConfig | None = None,
    ) -> None:
        self.config = config or PaperConfig()
        self._markets = {m.symbol: m for m in markets}
        self.ledger = BalanceLedger(balances, self.config.venue, self.config.account)
        self._publish = publish or (lambda event: None)
        self._orders: dict[str, WorkingOrder] = {}  # insertion order is time priority
        # Orders that may still act, so a price update costs O(live orders), not O(history).
        self._live: dict[str, WorkingOrder] = {}
        self._by_client_id: dict[str, str] = {}
        self._fills: list[Fill] = []
        self._liquidity: dict[str, SymbolLiquidity] = {}
        self._last_emitted: dict[str, Order] = {}
        self._order_seq = 0
        self._fill_seq = 0
        self._now = 0

    # -- queries -------------------------------------------------------------------------

    @property
    def now(self) -> int:
        """The engine's clock: ms timestamp of the latest price update."""
        return self._now

    def markets(self) -> list[Market]:
        return list(self._markets.values())

    def last_price(self, symbol: str) -> float:
        return self._liq(symbol).last

    def balances(self) -> list[Balance]:
        return self.ledger.balances()

    def order(self, order_id: str) -> Order:
        wo = self._orders.get(order_id)
        if wo is None:
            raise OrderNotFound(f"Order {order_id} is unknown to the paper venue", self._venue)
        return self._snapshot(wo)

    def order_by_client_id(self, client_order_id: str) -> Order:
        order_id = self._by_client_id.get(client_order_id)
        if order_id is None:
            raise OrderNotFound(
                f"No order with client id {client_order_id} reached the paper venue", self._venue
            )
        return self.order(order_id)

    def orders(self, symbol: str | None = None, open_only: bool = False) -> list[Order]:
        return [
            self._snapshot(wo)
            for wo in self._orders.values()
            if (symbol is None or wo.symbol == symbol) and (wo.active or not open_only)
        ]

    def fills(self, symbol: str | None = None, since_ms: int | None = None) -> list[Fill]:
        return [
            f for f in self._fills
            if (symbol is None or f.symbol == symbol) and (since_ms is None or f.ts >= since_ms)
        ]

    # -- price updates -------------------------------------------------------------------

    def on_tick(self, tick: Tick) -> None:
        self._advance_clock(tick.ts)
        liq = self._liq(tick.symbol)
        if math.isfinite(tick.last) and tick.last > 0:
            liq.last = tick.last
        liq.set_top(tick.bid, tick.ask, tick.bid_size, tick.ask_size)
        if math.isfinite(tick.last) and tick.last > 0:
            self._check_triggers(tick.symbol, tick.last)
        self._match_resting(tick.symbol)

    def on_book(self, book: OrderBook) -> None:
        self._advance_clock(book.ts)
        self._liq(book.symbol).set_book(book)
        self._match_resting(book.symbol)

    def on_price(self, symbol: str, ts: int, price: float) -> None:
        """A bare traded price (e.g. the close of a still-forming candle): unlimited depth."""
        self._advance_clock(ts)
        self._liq(symbol).set_point(price)
        self._check_triggers(symbol, price)
        self._match_resting(symbol)

    def on_bar(self, symbol: str, bar: Bar) -> None:
        """A *closed* candle: its whole path is replayed (see the module docstring). Feeding a
        forming candle here would replay prices from earlier in the minute; use on_price."""
        self._advance_clock(bar.ts)
        corners = intrabar.bar_path(bar.open, bar.high, bar.low, bar.close)
        self._visit(symbol, corners[0])
        for start, end in itertools.pairwise(corners):
            here = start
            while here != end:
                here = self._next_stop(symbol, here, end)
                self._visit(symbol, here)

    def _visit(self, symbol: str, price: float) -> None:
        """The bar's path reached `price`: triggers, then resting limits, oldest first."""
        self._liq(symbol).set_point(price)
        self._check_triggers(symbol, price)
        self._match_resting(symbol)

    def _next_stop(self, symbol: str, here: float, end: float) -> float:
        """The first price on the leg from `here` to `end` where a live order acts."""
        best = end
        for wo in self._live_orders(symbol):
            if wo.waiting_for_trigger:
                assert wo.trigger is not None
                best = intrabar.next_level(here, end, wo.trigger.stop_price, best)
            elif wo.resting:
                assert wo.limit_price is not None
                best = intrabar.next_level(here, end, wo.limit_price, best)
        return best

    # -- orders --------------------------------------------------------------------------

    def submit(self, req: OrderRequest) -> Order:
        """Accept or reject `req`. Rejections raise InvalidOrder / InsufficientFunds (and are
        recorded and published as REJECTED orders, so a lookup by client id finds them)."""
        if req.client_order_id and req.client_order_id in self._by_client_id:
            # A resend of an order we already have (e.g. after a timeout): never a second order.
            return self.order_by_client_id(req.client_order_id)
        try:
            market = self._market(req.symbol)
            check_request(market, req, self._liq(req.symbol).last, self._venue)
            wo = self._place(req, market)
        except (InvalidOrder, InsufficientFunds) as err:
            self._record_rejection(req, str(err))
            raise
        return self._snapshot(wo)

    def cancel(self, order_id: str, reason: str = "Canceled by the trader") -> Order:
        wo = self._orders.get(order_id)
        if wo is None:
            raise OrderNotFound(f"Order {order_id} is unknown to the paper venue", self._venue)
        if not wo.active:
            return self._snapshot(wo)
        group = self._orders.get(wo.parent_id) if wo.parent_id else wo
        assert group is not None
        if not group.is_container:
            self._cancel(wo, reason)
            return self._snapshot(wo)
        for child_id in group.children:
            child = self._orders[child_id]
            if child.active:
                self._cancel(child, reason)
        if group.active:
            group.reason = reason
            group.status = OrderStatus.CANCELED
            self._refresh_container(group)
            self._emit(group)
        return self._snapshot(wo)

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
        raise InvalidOrder(f"The paper venue does not support {req.type} orders", self._venue)

    def _place_market(self, req: OrderRequest, market: Market,
                      parent: WorkingOrder | None = None) -> WorkingOrder:
        executions = self._taker_executions(market, req.side, req.amount, None)
        if not executions and math.isnan(self._liq(req.symbol).last):
            raise InvalidOrder(
                f"No price for {req.symbol} yet: the paper venue fills market orders once its "
                "price source has sent one", self._venue)
        currency, need = taker_need(market, req.side, executions)
        self._require(market, currency, need)
        wo = self._new(req, market, OrderType.MARKET, parent=parent)
        self.ledger.reserve(wo.reservation_key, currency, need)
        self._register(wo, parent)
        self._execute(wo, market, executions)
        self._finish_taker(wo, market, "the book had no more depth")
        return wo

    def _place_limit(self, req: OrderRequest, market: Market,
                     parent: WorkingOrder | None = None) -> WorkingOrder:
        assert req.price is not None
        limit = req.price
        currency, need = limit_need(market, req.side, req.amount, limit)
        self._require(market, currency, need)
        tif = req.time_in_force
        first_slice = req.visible_amount if req.type is OrderType.ICEBERG else None
        executions = self._taker_executions(market, req.side, first_slice or req.amount, limit)
        if tif is TimeInForce.POST_ONLY and executions:
            best = format_money(executions[0][0], market.price_tick)
            raise InvalidOrder(
                f"Post-only {req.side.value} at {format_money(limit, market.price_tick)} would "
                f"take liquidity at {best} {market.quote}; it was rejected to keep it a maker "
                "order", self._venue)
        wo = self._new(req, market, req.type, limit_price=limit, parent=parent)
        if first_slice is not None:
            wo.visible_amount = first_slice
            wo.slice_left = first_slice
        if tif is TimeInForce.FOK and not is_complete(executed_amount(executions), req.amount):
            self._register(wo, parent)
            available = format_quantity(executed_amount(executions), market.amount_step)
            self._cancel(wo, f"Fill-or-kill: only {available} {market.base} was available at "
                             f"{format_money(limit, market.price_tick)} or better; nothing filled")
            return wo
        self.ledger.reserve(wo.reservation_key, currency, need)
        self._register(wo, parent)
        self._execute(wo, market, executions)
        if tif is TimeInForce.IOC and wo.active:
            self._cancel(wo, "Immediate-or-cancel: the unfilled rest was canceled")
        return wo

    def _place_conditional(self, req: OrderRequest, market: Market) -> WorkingOrder:
        last = self._liq(req.symbol).last
        if req.type is OrderType.TRAILING_STOP:
            if math.isnan(last):
                raise InvalidOrder(
                    f"No price for {req.symbol} yet: a trailing stop starts from the last price",
                    self._venue)
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
        currency, need = limit_need(market, req.side, req.amount, estimate)
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
        currency, need = limit_need(
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
                raise InvalidOrder(
                    f"No price for {req.symbol} yet: the paper venue fills market orders once "
                    "its price source has sent one", self._venue)
            self._require(market, *taker_need(market, req.side, executions))
        else:
            assert req.price is not None
            self._require(market, *limit_need(market, req.side, req.amount, req.price))
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
            created_ts=self._now, updated_ts=self._now, reservation_key=key,
            limit_price=target, parent_id=parent.id, fee_currency=market.quote)
        stop_leg = WorkingOrder(
            id=self._next_order_id(), client_order_id=f"{coid}-{suffixes[1]}",
            symbol=parent.symbol, side=side, type=OrderType.STOP_MARKET, amount=amount,
            created_ts=self._now, updated_ts=self._now, reservation_key=key,
            trigger=stop, parent_id=parent.id, fee_currency=market.quote)
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
        currency, need = limit_need(market, side, delta, price)
        if need > self.ledger.free(currency):
            bracket.reason = (f"Not enough {currency} to place the take-profit and stop-loss; "
                              "the position is unprotected")
            return
        self.ledger.reserve(key, currency, need)
        if exits:
            for leg in exits:
                leg.amount += delta
                leg.updated_ts = self._now
                self._emit(leg)
            return
        stop = Trigger(TriggerKind.STOP, side, bracket.bracket_stop_loss)
        self._add_exit_pair(bracket, side, delta, bracket.bracket_take_profit, stop, key,
                            suffixes=("tp", "sl"))

    def _cancel_bracket_entry(self, bracket: WorkingOrder) -> None:
        entry = self._orders[bracket.children[0]]
        if entry.active:
            self._cancel(entry, "The bracket's exit started; the unfilled entry was canceled")

    # -- price-driven matching -----------------------------------------------------------

    def _check_triggers(self, symbol: str, price: float) -> None:
        """Fire the conditional orders `price` reaches; they execute at market, here (a bar's
        walk stops at each trigger level, so that is the level, or the open on a gap)."""
        for wo in self._live_orders(symbol):
            if not wo.waiting_for_trigger:
                continue
            assert wo.trigger is not None
            if wo.trigger.observe(price):
                self._fire(wo)

    def _fire(self, wo: WorkingOrder) -> None:
        market = self._markets[wo.symbol]
        wo.triggered = True
        wo.updated_ts = self._now
        self._on_leg_started(wo)
        self._emit(wo)
        if wo.limit_price is None:
            self._execute_triggered_market(wo, market)
        else:
            self._execute(wo, market,
                          self._taker_executions(market, wo.side, wo.remaining, wo.limit_price))
        self._refresh_parent(wo)

    def _execute_triggered_market(self, wo: WorkingOrder, market: Market) -> None:
        """Run a triggered order at market with what the account holds now: its reservation
        was an estimate (the trigger price), the market may have moved past it."""
        self.ledger.release(wo.reservation_key)
        wo.reservation_key = wo.id
        executions = self._taker_executions(market, wo.side, wo.remaining, None)
        budget = self.ledger.free(market.quote if wo.side is Side.BUY else market.base)
        executions = affordable_prefix(market, wo.side, executions, budget)
        currency, need = taker_need(market, wo.side, executions)
        self.ledger.reserve(wo.reservation_key, currency, min(need, self.ledger.free(currency)))
        self._execute(wo, market, executions)
        self._finish_taker(wo, market, "the market had no more depth or funds ran out")

    def _match_resting(self, symbol: str) -> None:
        market = self._markets.get(symbol)
        if market is None:
            return
        for wo in self._live_orders(symbol):
            if not wo.resting:
                continue
            if wo.visible_amount is not None and wo.slice_left <= wo.amount * 1e-12:
                wo.slice_left = min(wo.visible_amount, wo.remaining)  # the iceberg refills
            self._fill_resting(wo, market)

    def _fill_resting(self, wo: WorkingOrder, market: Market) -> None:
        assert wo.limit_price is not None
        liq = self._liq(wo.symbol)
        cap = wo.remaining if wo.visible_amount is None else min(wo.remaining, wo.slice_left)
        levels = liq.levels_for_taker(wo.side)
        if self.config.slippage_model is SlippageModel.FIXED_BPS:
            best = liq.best_for_taker(wo.side)
            available = math.inf if not math.isnan(best) and crosses(
                wo.side, best, wo.limit_price) else 0.0
        else:
            available = fillable(levels, wo.side, wo.limit_price)
        size = min(cap, available)
        if size <= wo.amount * 1e-12:
            return
        if self.config.slippage_model is SlippageModel.ORDER_BOOK:
            take_amount(levels, wo.side, wo.limit_price, size)
        self._fill(wo, market, wo.limit_price, size, maker=True)

    # -- executions ----------------------------------------------------------------------

    def _taker_executions(self, market: Market, side: Side, amount: float,
                          limit: float | None) -> list[Execution]:
        liq = self._liq(market.symbol)
        if self.config.slippage_model is SlippageModel.FIXED_BPS:
            return fixed_slippage_execution(market, side, liq.best_for_taker(side), amount,
                                            limit, self.config.slippage_bps)
        return book_executions(market, liq.levels_for_taker(side), side, amount, limit)

    def _execute(self, wo: WorkingOrder, market: Market, executions: list[Execution]) -> None:
        if wo.visible_amount is not None:
            executions = walk([[p, a] for p, a in executions], wo.side, wo.slice_left)
        if self.config.slippage_model is SlippageModel.ORDER_BOOK and executions:
            take(self._liq(wo.symbol).levels_for_taker(wo.side), executions)
        for price, size in executions:
            if not wo.active:
                break
            self._fill(wo, market, price, size, maker=False)

    def _finish_taker(self, wo: WorkingOrder, market: Market, why: str) -> None:
        """A market execution never rests: whatever it could not fill now is canceled."""
        if wo.active:
            done = format_quantity(wo.filled, market.amount_step)
            total = format_quantity(wo.amount, market.amount_step)
            self._cancel(wo, f"Filled {done} of {total} {market.base}; the rest was canceled "
                             f"because {why}")

    def _fill(self, wo: WorkingOrder, market: Market, price: float, size: float,
              maker: bool) -> None:
        notional = price * size
        fee = fee_for(market, notional, maker)
        if wo.side is Side.BUY:
            self.ledger.spend(wo.reservation_key, market.quote, notional + fee)
            self.ledger.credit(market.base, size)
        else:
            self.ledger.spend(wo.reservation_key, market.base, size)
            self.ledger.credit(market.quote, notional - fee)
        wo.record_fill(price, size, fee, self._now)
        if wo.visible_amount is not None:
            wo.slice_left = max(0.0, wo.slice_left - size)
        self._fill_seq += 1
        fill = Fill(
            id=f"pf-{self._fill_seq}", order_id=wo.id, client_order_id=wo.client_order_id,
            symbol=wo.symbol, side=wo.side, price=price, amount=size, fee=fee,
            fee_currency=market.quote, ts=self._now, maker=maker, venue=self._venue,
            account=self.config.account)
        self._fills.append(fill)
        self._publish(FillEvent(fill))
        self._emit(wo)
        self._on_leg_started(wo)
        parent = self._orders.get(wo.parent_id)
        if parent is not None and parent.type is OrderType.BRACKET and parent.children[0] == wo.id:
            self._grow_bracket_exit(parent, market, size)
        if not wo.active:
            self._release_if_unused(wo.reservation_key)
        self._refresh_parent(wo)

    def _on_leg_started(self, wo: WorkingOrder) -> None:
        """An OCO leg that fills or triggers cancels its sibling; a bracket exit that does so
        also cancels the unfilled entry."""
        sibling = self._orders.get(wo.sibling_id)
        if sibling is not None and sibling.active:
            self._cancel(sibling, "The other leg of the OCO filled or triggered")
        parent = self._orders.get(wo.parent_id)
        if parent is not None and parent.type is OrderType.BRACKET and parent.children[0] != wo.id:
            self._cancel_bracket_entry(parent)

    def _cancel(self, wo: WorkingOrder, reason: str) -> None:
        wo.status = OrderStatus.CANCELED
        wo.reason = reason
        wo.updated_ts = self._now
        self._emit(wo)
        self._release_if_unused(wo.reservation_key)
        self._refresh_parent(wo)

    # -- funds ---------------------------------------------------------------------------

    def _require(self, market: Market, currency: str, need: float) -> None:
        have = self.ledger.free(currency)
        if need <= have:
            return
        if currency == market.base:
            shown_need = format_quantity(need, market.amount_step)
            shown_have = format_quantity(have, market.amount_step)
        else:
            shown_need = format_money_up(need, market.price_tick)
            shown_have = format_money(have, market.price_tick)
        raise InsufficientFunds(
            f"Insufficient {currency}: need {shown_need}, have {shown_have}", self._venue)

    def _release_if_unused(self, key: str) -> None:
        if not key:
            return
        for other in self._live.values():
            if other.active and not other.is_container and other.reservation_key == key:
                return
        self.ledger.release(key)

    def _refuse_if_already_triggered(self, market: Market, trigger: Trigger, last: float) -> None:
        if not math.isnan(last) and trigger.would_trigger(last):
            raise InvalidOrder(
                f"Stop price {format_money(trigger.stop_price, market.price_tick)} is already "
                f"reached (last {format_money(last, market.price_tick)} {market.quote}); the "
                "order would trigger immediately", self._venue)

    # -- records and events --------------------------------------------------------------

    def _new(self, req: OrderRequest, market: Market, order_type: OrderType,
             limit_price: float | None = None,
             parent: WorkingOrder | None = None) -> WorkingOrder:
        order_id = self._next_order_id()
        return WorkingOrder(
            id=order_id,
            client_order_id=req.client_order_id or f"paper-{order_id}",
            symbol=req.symbol, side=req.side, type=order_type, amount=req.amount,
            created_ts=self._now, updated_ts=self._now, reservation_key=order_id,
            limit_price=limit_price, time_in_force=req.time_in_force,
            parent_id=parent.id if parent is not None else "", fee_currency=market.quote)

    def _register(self, wo: WorkingOrder, parent: WorkingOrder | None) -> None:
        self._orders[wo.id] = wo
        self._live[wo.id] = wo
        self._by_client_id[wo.client_order_id] = wo.id
        if parent is not None:
            parent.children.append(wo.id)
        self._emit(wo)

    def _record_rejection(self, req: OrderRequest, reason: str) -> None:
        order_id = self._next_order_id()
        market = self._markets.get(req.symbol)
        wo = WorkingOrder(
            id=order_id, client_order_id=req.client_order_id or f"paper-{order_id}",
            symbol=req.symbol, side=req.side, type=req.type, amount=req.amount,
            created_ts=self._now, updated_ts=self._now, reservation_key="",
            limit_price=req.price, time_in_force=req.time_in_force,
            status=OrderStatus.REJECTED, reason=reason,
            fee_currency=market.quote if market else "")
        self._orders[wo.id] = wo
        self._by_client_id[wo.client_order_id] = wo.id
        self._emit(wo)

    def _refresh_parent(self, wo: WorkingOrder) -> None:
        parent = self._orders.get(wo.parent_id)
        if parent is not None:
            self._refresh_container(parent)
            self._emit(parent)

    def _refresh_container(self, parent: WorkingOrder) -> None:
        refresh_group(parent, [self._orders[i] for i in parent.children])

    def _emit(self, wo: WorkingOrder) -> None:
        order = self._snapshot(wo)
        unchanged = dataclasses.replace(order, updated_ts=0)
        if self._last_emitted.get(wo.id) == unchanged:
            return
        self._last_emitted[wo.id] = unchanged
        self._publish(OrderEvent(order))

    def _snapshot(self, wo: WorkingOrder) -> Order:
        return wo.snapshot(self._venue, self.config.account)

    # -- small helpers -------------------------------------------------------------------

    @property
    def _venue(self) -> str:
        return self.config.venue

    def _market(self, symbol: str) -> Market:
        market = self._markets.get(symbol)
        if market is None:
            raise InvalidOrder(f"{symbol} is not traded on the paper venue", self._venue)
        return market

    def _liq(self, symbol: str) -> SymbolLiquidity:
        liq = self._liquidity.get(symbol)
        if liq is None:
            liq = self._liquidity[symbol] = SymbolLiquidity()
        return liq

    def _live_orders(self, symbol: str) -> list[WorkingOrder]:
        """Live orders of `symbol` in time priority; forgets those that have ended."""
        ended = [order_id for order_id, wo in self._live.items() if not wo.active]
        for order_id in ended:
            del self._live[order_id]
        return [wo for wo in self._live.values() if wo.symbol == symbol]

    def _advance_clock(self, ts: int) -> None:
        self._now = max(self._now, int(ts))

    def _next_order_id(self) -> str:
        self._order_seq += 1
        return f"po-{self._order_seq}"
