"""Carries out the position management rules (desktop/risk/position_rules.py) for the
connected accounts, on the risk service's watch loop: initial ATR stops, stops moved to
break-even, positions closed after their time. Every action goes through the order manager
and the guard (as an exit the engine sends on its own: it passes REDUCING and HALTED only when
it reduces the position)."""

from __future__ import annotations

import logging
import math
import time
from typing import TYPE_CHECKING

import numpy as np

from desktop.core import (
    Candles,
    OrderRequest,
    OrderType,
    PregaoError,
    Side,
    timeframe_ms,
)
from desktop.core.messages import marker
from desktop.risk.position_rules import Action, Tracked, decide, protective_stop

_t = marker("PositionRules")

if TYPE_CHECKING:
    from desktop.engine.risk_service import RiskService

log = logging.getLogger(__name__)

ATR_STALE_S = 600.0


class PositionRulesRunner:
    def __init__(self, risk: RiskService) -> None:
        self.risk = risk
        self.tracked: dict[str, dict[str, Tracked]] = {}
        self._atr: dict[tuple[str, str, str, int], tuple[float, float]] = {}

    async def run_once(self, account_id: str, now_ms: int | None = None) -> list[Action]:
        rules = self.risk.rules(account_id)
        if all(v is None for v in (rules.break_even_at_r, rules.close_after_hours,
                                   rules.close_after_bars, rules.atr_stop_multiple)):
            return []
        orders = self.risk.orders
        now = now_ms if now_ms is not None else int(time.time() * 1000)
        held = {p.symbol: p for p in orders.positions(account_id) if abs(p.amount) > 1e-12}
        tracked = self.tracked.setdefault(account_id, {})
        for symbol in [s for s in tracked if s not in held]:
            del tracked[symbol]  # closed: a new position starts afresh
        if not held:
            return []
        open_orders = orders.open_orders(account_id)
        marks = self.risk._marks.get(account_id, {})
        done: list[Action] = []
        for symbol, position in held.items():
            entry = tracked.get(symbol)
            if entry is None or entry.amount * position.amount < 0:
                entry = tracked[symbol] = Tracked(symbol, position.amount,
                                                  position.entry_price,
                                                  self._opened_ms(account_id, symbol, now))
            entry.amount, entry.entry = position.amount, position.entry_price
            stop = protective_stop(entry, open_orders)
            atr = math.nan
            if stop is None and rules.atr_stop_multiple is not None \
                    and not entry.atr_stop_placed:
                atr = await self._atr_of(account_id, symbol, rules.atr_timeframe,
                                         rules.atr_period)
            for action in decide(rules, entry, stop, marks.get(symbol, math.nan), now, atr):
                try:
                    await self._carry_out(account_id, entry, action)
                except PregaoError as err:
                    log.warning("Position rule on %s %s not carried out: %s (%s)",
                                account_id, symbol, action.reason, err)
                done.append(action)
        return done

    async def _carry_out(self, account_id: str, entry: Tracked, action: Action) -> None:
        orders = self.risk.orders
        log.info("Position rule on %s %s: %s", account_id, entry.symbol, action.reason)
        if action.kind == "close":
            entry.closing = True
            # Its stops first: on spot they hold the coins the closing order must sell.
            for stop in [o for o in orders.open_orders(account_id)
                         if o.symbol == entry.symbol and o.type in (
                             OrderType.STOP_MARKET, OrderType.STOP_LIMIT)
                         and o.side is (Side.SELL if entry.amount > 0 else Side.BUY)]:
                await orders.cancel(account_id, stop.client_order_id,
                                    reason=_t("The position was closed by the time rule."))
            await orders.flatten(account_id, entry.symbol, protective=True)
        elif action.kind == "move_stop" and action.order is not None:
            entry.break_even_done = True
            await orders.modify(account_id, action.order.client_order_id, price=action.price,
                                protective=True)
        elif action.kind == "place_stop":
            entry.atr_stop_placed = True
            venue = orders._venue(account_id)
            market = await orders._market(venue, entry.symbol)
            side = Side.SELL if entry.amount > 0 else Side.BUY
            amount = market.round_amount(abs(entry.amount))
            if side is Side.SELL and not market.contract:  # spot: what is really held
                free = await orders._free(account_id, fresh=True) or {}
                amount = market.round_amount(min(amount, free.get(market.base, 0.0)))
            request = OrderRequest(entry.symbol, side, OrderType.STOP_MARKET, amount,
                                   stop_price=market.round_price(action.price),
                                   reduce_only=market.contract)
            await orders.place(account_id, request, risk_checked="leg")

    def _opened_ms(self, account_id: str, symbol: str, now: int) -> int:
        """When the current position in `symbol` opened: the last fill that moved it away
        from flat (the journal's fills, so a restart keeps the clock)."""
        amount, opened = 0.0, now
        fills = [f for f in self.risk.orders.journal.fills(account_id, limit=100_000)
                 if f.symbol == symbol]
        for fill in sorted(fills, key=lambda f: f.ts):
            before = amount
            amount += fill.amount * fill.side.sign
            if abs(before) <= 1e-12 or before * amount < 0:
                opened = fill.ts
        return opened

    async def _atr_of(self, account_id: str, symbol: str, timeframe: str, period: int) -> float:
        key = (account_id, symbol, timeframe, period)
        cached = self._atr.get(key)
        if cached is not None and time.monotonic() - cached[0] < ATR_STALE_S:
            return cached[1]
        from desktop.data.resample import resample

        orders = self.risk.orders
        venue = orders._venue(account_id)
        source = getattr(getattr(venue, "config", None), "price_source", "")
        feeds = self.risk.feed_history
        try:
            if feeds is not None and source in feeds[0]():
                candles = resample(feeds[1](source, symbol), timeframe)
            else:
                candles = await venue.fetch_ohlcv(symbol, timeframe, limit=period * 3 + 1)
        except PregaoError as err:
            log.info("No %s candles of %s for the ATR stop: %s", timeframe, symbol, err)
            return math.nan
        value = _last_atr(candles, period, timeframe)
        self._atr[key] = (time.monotonic(), value)
        return value


def _last_atr(candles: Candles, period: int, timeframe: str) -> float:
    """The ATR of the last complete candle (NaN without enough of them)."""
    from strategies.indicators import atr

    now = int(time.time() * 1000)
    complete = np.asarray(candles.ts) + timeframe_ms(timeframe) <= now
    high = np.asarray(candles.high, dtype=float)[complete]
    low = np.asarray(candles.low, dtype=float)[complete]
    close = np.asarray(candles.close, dtype=float)[complete]
    if len(close) <= period:
        return math.nan
    values = atr(high, low, close, period)
    return float(values[-1]) if math.isfinite(values[-1]) else math.nan
