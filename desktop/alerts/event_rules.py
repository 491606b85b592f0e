"""Rules decided by engine events: orders, position P&L, margin use, bots, risk states,
connections and rate-limit bans.

Events are rare next to ticks, so rules are found through a dict keyed by (kind, op) and
filtered by symbol / target; what turns an event stream into "filled", "lost", "signal"...
(a transition, not a repeated state) is remembered here per order, venue and bot.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from desktop.alerts.edges import OP_CODES, edge_fires
from desktop.alerts.model import AlertRule, ConditionKind
from desktop.core.bots import BotEvent, BotState
from desktop.core.enums import ConnectionState, OrderStatus
from desktop.core.events import (
    ConnectionEvent,
    Event,
    MarginEvent,
    ModelDriftEvent,
    OrderEvent,
    PositionEvent,
)
from desktop.core.risk import TradingState, TradingStateEvent

_ORDER_OPS = {
    OrderStatus.FILLED: "filled", OrderStatus.PARTIALLY_FILLED: "partially_filled",
    OrderStatus.CANCELED: "cancelled", OrderStatus.REJECTED: "rejected",
}
_LOST = (ConnectionState.DISCONNECTED, ConnectionState.DEGRADED, ConnectionState.BANNED)
_KEEP_ORDERS = 10_000  # orders whose last status is remembered (finals are dropped at once)
# Codes a trading state change carries that are not a breaker (the trader, a resume).
_NOT_BREAKERS = frozenset({"", "resumed", "manual", "kill_switch"})


class EventRules:
    def __init__(self, rules: Sequence[AlertRule], rows: Sequence[int]) -> None:
        self._index: dict[tuple[ConditionKind, str], list[tuple[int, AlertRule]]] = (
            defaultdict(list))
        levels: list[tuple[int, AlertRule]] = []
        for row, rule in zip(rows, rules, strict=True):
            if rule.condition.kind in (ConditionKind.POSITION_PNL, ConditionKind.MARGIN):
                levels.append((row, rule))
            else:
                self._index[(rule.condition.kind, rule.condition.op)].append((row, rule))
        # P&L and margin rules: compared like prices, vectorised per event's subset
        self._lvl_rows = np.array([r for r, _ in levels], dtype=np.int64)
        self._lvl_kind = [rule.condition.kind for _, rule in levels]
        self._lvl_key = np.array([rule.symbol if rule.condition.kind is ConditionKind.POSITION_PNL
                                  else rule.condition.target for _, rule in levels], dtype=object)
        self._lvl_is_pnl = np.array([k is ConditionKind.POSITION_PNL for k in self._lvl_kind],
                                    dtype=bool)
        self._lvl_op = np.array([OP_CODES[rule.condition.op] for _, rule in levels],
                                dtype=np.int8)
        self._lvl_value = np.array([rule.condition.value for _, rule in levels])
        self._lvl_prev = np.full(len(levels), np.nan)
        self._orders: dict[str, tuple[OrderStatus, float]] = {}
        self._venues: dict[str, ConnectionState] = {}
        self._bots: dict[str, tuple[int, BotState]] = {}

    def adopt_state(self, other: EventRules) -> None:
        """Keep what the replaced rule set remembered of orders, venues and bots."""
        self._orders, self._venues, self._bots = other._orders, other._venues, other._bots

    def on_event(self, event: Event) -> tuple[list[int], list[float], str]:
        """Rows whose condition this event met, the value each saw, and the symbol."""
        if isinstance(event, PositionEvent):
            pos = event.position
            return (*self._levels(True, pos.symbol, pos.unrealized_pnl), pos.symbol)
        if isinstance(event, MarginEvent):
            m = event.margin
            return (*self._levels(False, m.account, m.margin_use * 100.0), "")
        if isinstance(event, OrderEvent):
            return self._order(event)
        if isinstance(event, ModelDriftEvent):
            # Each drift check that finds drift is one event: a state, not a transition,
            # so a rule fires per check (its gate — once, cooldown — spaces them).
            rows = [row for row, rule in self._index.get((ConditionKind.MODEL_DRIFT, "drifted"), ())
                    if rule.condition.target in ("", event.model)
                    and rule.symbol in ("", event.symbol)]
            return rows, [math.nan] * len(rows), event.symbol
        matched: list[tuple[str, str, str]] = []  # (kind op key, target, symbol)
        if isinstance(event, ConnectionEvent):
            before = self._venues.get(event.venue)
            self._venues[event.venue] = event.state
            if event.state is ConnectionState.BANNED and before is not ConnectionState.BANNED:
                matched.append(("rate_limit:banned", event.venue, ""))
            if event.state in _LOST and before is ConnectionState.CONNECTED:
                matched.append(("connection:lost", event.venue, ""))
            if event.state is ConnectionState.CONNECTED and before in _LOST:
                matched.append(("connection:restored", event.venue, ""))
        elif isinstance(event, TradingStateEvent):
            account = event.status.account
            matched.append(("risk:state_changed", account, ""))
            if event.status.state is not TradingState.ACTIVE and event.code not in _NOT_BREAKERS:
                matched.append(("risk:breaker_tripped", account, ""))
        elif isinstance(event, BotEvent):
            bot = event.bot
            seen = self._bots.get(bot.id)
            self._bots[bot.id] = (bot.last_signal_ts, bot.state)
            if seen is not None and bot.last_signal and bot.last_signal_ts != seen[0]:
                matched.append(("bot:signal", bot.id, ""))
            if bot.state is BotState.ERROR and (seen is None or seen[1] is not BotState.ERROR):
                matched.append(("bot:error", bot.id, ""))
        rows: list[int] = []
        for key, target, _ in matched:
            kind, op = key.split(":")
            for row, rule in self._index.get((ConditionKind(kind), op), ()):
                if rule.condition.target in ("", target):
                    rows.append(row)
        return rows, [math.nan] * len(rows), ""

    def _order(self, event: OrderEvent) -> tuple[list[int], list[float], str]:
        order = event.order
        key = order.client_order_id or order.id
        before = self._orders.get(key)
        now = (order.status, order.filled)
        if order.status.is_final:
            self._orders.pop(key, None)
        else:
            if len(self._orders) >= _KEEP_ORDERS:
                self._orders.pop(next(iter(self._orders)))
            self._orders[key] = now
        op = _ORDER_OPS.get(order.status)
        if op is None or before == now:
            return [], [], order.symbol
        price = order.average if getattr(order, "average", None) else order.price
        rows = [row for row, rule in self._index.get((ConditionKind.ORDER, op), ())
                if rule.symbol in ("", order.symbol)]
        value = float(price) if price else math.nan
        return rows, [value] * len(rows), order.symbol

    def _levels(self, pnl: bool, key: str, value: float) -> tuple[list[int], list[float]]:
        if self._lvl_rows.size == 0:
            return [], []
        # margin rules with no account named watch every account
        named = (self._lvl_key == key) | (~self._lvl_is_pnl & (self._lvl_key == ""))
        mine = np.flatnonzero((self._lvl_is_pnl == pnl) & named)
        if mine.size == 0:
            return [], []
        x = np.full(mine.size, value)
        lo = self._lvl_value[mine]
        fires = edge_fires(self._lvl_op[mine], self._lvl_prev[mine], x, lo, lo, lo)
        self._lvl_prev[mine] = value
        hit = mine[fires]
        return self._lvl_rows[hit].tolist(), [value] * hit.size
