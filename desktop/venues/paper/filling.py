"""The matching engine's executions: price-driven triggering and resting-limit matching, taker
executions against the current liquidity, fills with their fees and balance moves, cancels, and
releasing a reservation once no live order uses it.

A mixin of `MatchingEngine` (matching.py, whose docstring states the execution rules): it reads
and writes the engine's state and calls its bookkeeping and placement methods.
"""

from __future__ import annotations

import math

from desktop.core import Fill, FillEvent, Market, OrderStatus, OrderType, Side
from desktop.core.messages import Message, marker
from desktop.venues.paper.config import SlippageModel
from desktop.venues.paper.fees import fee_for
from desktop.venues.paper.formatting import format_quantity
from desktop.venues.paper.funds import Execution, affordable_prefix, taker_need
from desktop.venues.paper.liquidity import (
    book_executions,
    crosses,
    fillable,
    fixed_slippage_execution,
    take,
    take_amount,
    walk,
)
from desktop.venues.paper.working_order import WorkingOrder

_t = marker("PaperVenue")


class Filling:
    """Moves working orders forward as prices arrive: triggers, fills, cancels."""

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
        wo.updated_ts = self.time_of(wo.symbol)
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
        if market.kind.has_margin:
            executions = self._taker_executions(market, wo.side, wo.remaining, None)
            self._execute(wo, market, self._affordable_opening(wo, market, executions))
            self._finish_taker(wo, market, _t("the market had no more depth or margin ran out"))
            return
        self.ledger.release(wo.reservation_key)
        wo.reservation_key = wo.id
        executions = self._taker_executions(market, wo.side, wo.remaining, None)
        budget = self.ledger.free(market.quote if wo.side is Side.BUY else market.base)
        executions = affordable_prefix(market, wo.side, executions, budget)
        currency, need = taker_need(market, wo.side, executions)
        self.ledger.reserve(wo.reservation_key, currency, min(need, self.ledger.free(currency)))
        self._execute(wo, market, executions)
        self._finish_taker(wo, market, _t("the market had no more depth or funds ran out"))

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

    def _finish_taker(self, wo: WorkingOrder, market: Market, why: Message) -> None:
        """A market execution never rests: whatever it could not fill now is canceled."""
        if wo.active:
            done = format_quantity(wo.filled, market.amount_step)
            total = format_quantity(wo.amount, market.amount_step)
            self._cancel(wo, _t("Filled {done} of {total} {base}; the rest was canceled "
                                "because {why}", done=done, total=total, base=market.base,
                                why=why))

    def _fill(self, wo: WorkingOrder, market: Market, price: float, size: float,
              maker: bool, fee: float | None = None) -> None:
        if wo.reduce_only and market.kind.has_margin:
            size = self._reducible(wo, size)
            if size <= wo.amount * 1e-12:
                self._cancel(wo, self._describe_cut(wo, market))
                return
        notional = price * size
        if fee is None:
            fee = fee_for(market, notional, maker)
        if market.kind.has_margin:
            self._book_margin_fill(wo, market, price, size, fee)
        elif wo.side is Side.BUY:
            self.ledger.spend(wo.reservation_key, market.quote, notional + fee)
            self.ledger.credit(market.base, size)
        else:
            self.ledger.spend(wo.reservation_key, market.base, size)
            self.ledger.credit(market.quote, notional - fee)
        now = self.time_of(wo.symbol)
        wo.record_fill(price, size, fee, now)
        if wo.visible_amount is not None:
            wo.slice_left = max(0.0, wo.slice_left - size)
        self._fill_seq += 1
        fill = Fill(
            id=f"pf-{self._fill_seq}", order_id=wo.id, client_order_id=wo.client_order_id,
            symbol=wo.symbol, side=wo.side, price=price, amount=size, fee=fee,
            fee_currency=market.quote, ts=now, maker=maker, venue=self._venue,
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
            self._cancel(sibling, _t("The other leg of the OCO filled or triggered"))
        parent = self._orders.get(wo.parent_id)
        if parent is not None and parent.type is OrderType.BRACKET and parent.children[0] != wo.id:
            self._cancel_bracket_entry(parent)

    def _cancel(self, wo: WorkingOrder, reason: str) -> None:
        wo.status = OrderStatus.CANCELED
        wo.reason = reason
        wo.updated_ts = self.time_of(wo.symbol)
        self._emit(wo)
        self._release_if_unused(wo.reservation_key)
        self._refresh_parent(wo)

    # -- funds ---------------------------------------------------------------------------

    def _release_if_unused(self, key: str) -> None:
        if not key:
            return
        for other in self._live.values():
            if other.active and not other.is_container and other.reservation_key == key:
                return
        self.ledger.release(key)
