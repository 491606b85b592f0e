"""All armed rules of the app, decided on the engine thread: ticks (tick_rules), closed
candles (candle_rules) and engine events (event_rules), with the trigger modes applied to
every candidate at once (edges.TriggerGate). Qt-free and I/O-free: the engine's alert service
(desktop/engine/alert_service.py) feeds it, stores what fired and publishes it.

Rules are immutable here: an edit builds a new evaluator that takes over the old one's
market state (last prices, candles, what it knew of orders and venues), so editing one rule
never makes another fire.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from desktop.alerts.candle_rules import CandleRules
from desktop.alerts.candle_series import CANDLE_KINDS, check_condition
from desktop.alerts.edges import TriggerGate
from desktop.alerts.event_rules import EventRules
from desktop.alerts.model import (
    AlertRule,
    AlertTrigger,
    ConditionKind,
    TriggerMode,
    new_trigger_id,
)
from desktop.alerts.tick_rules import TICK_KINDS, SymbolIndex, TickRules, check_tick_rule
from desktop.alerts.wording import trigger_text
from desktop.core.candles import Candles
from desktop.core.events import Event
from desktop.core.types import Bar


def check_rule(rule: AlertRule) -> None:
    """Raise AlertRuleError if the engine cannot evaluate `rule` as written."""
    check_condition(rule.condition)
    check_tick_rule(rule)
    from desktop.core.timeframes import timeframe_ms

    try:
        timeframe_ms(rule.condition.timeframe)
    except ValueError as exc:
        from desktop.alerts.model import AlertRuleError

        raise AlertRuleError(f"rule {rule.id!r}: {exc}") from None


def on_ticks(rule: AlertRule) -> bool:
    """Decided on every tick (else on closed candles or on events)."""
    kind = rule.condition.kind
    return kind is ConditionKind.SPREAD or (
        kind in TICK_KINDS and rule.trigger is not TriggerMode.ONCE_PER_BAR_CLOSE)


class AlertEvaluator:
    def __init__(self, rules: Sequence[AlertRule], previous: AlertEvaluator | None = None) -> None:
        self.rules = list(rules)
        self.row_of = {r.id: i for i, r in enumerate(self.rules)}
        self.gate = TriggerGate(self.rules)
        self.symbols = previous.symbols if previous is not None else SymbolIndex()
        tick = [i for i, r in enumerate(self.rules) if on_ticks(r)]
        candle_groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        events: list[int] = []
        tick_rows = set(tick)
        for i, r in enumerate(self.rules):
            if i in tick_rows:
                continue
            if r.condition.kind in CANDLE_KINDS:
                candle_groups[(r.symbol, r.condition.timeframe)].append(i)
            else:
                events.append(i)
        self.ticks = TickRules([self.rules[i] for i in tick], tick, self.symbols)
        self.candles: dict[tuple[str, str], CandleRules] = {
            key: CandleRules(key[0], key[1], [self.rules[i] for i in rows], rows)
            for key, rows in candle_groups.items()
        }
        self.candles_by_symbol: dict[str, list[CandleRules]] = defaultdict(list)
        for group in self.candles.values():
            self.candles_by_symbol[group.symbol].append(group)
        self.events = EventRules([self.rules[i] for i in events], events)
        self.unseeded = set(self.candles)
        if previous is not None:
            self.ticks.adopt_state(previous.ticks.last, previous.ticks.spread)
            self.events.adopt_state(previous.events)
            for key, group in self.candles.items():
                old = previous.candles.get(key)
                if old is not None and len(old.candles):
                    group.candles, group._forming = old.candles, old._forming
                    self.unseeded.discard(key)

    # -- inputs ----------------------------------------------------------------------------
    def on_ticks(self, sym: np.ndarray, price: np.ndarray, bid: np.ndarray, ask: np.ndarray,
                 now_ms: int) -> list[AlertTrigger]:
        """A batch of ticks; `sym` are rows of `self.symbols`."""
        if self.ticks.rows.size == 0:
            return []
        rows, values = self.ticks.on_ticks(sym, price, bid, ask, now_ms)
        return self._fire(rows, values, now_ms)

    def on_bar(self, symbol: str, bar: Bar, now_ms: int) -> list[AlertTrigger]:
        """A closed 1-minute bar of `symbol`."""
        out: list[AlertTrigger] = []
        for group in self.candles_by_symbol.get(symbol, ()):
            for _, _, rows, values in group.on_bar(bar):
                out.extend(self._fire(rows, values, now_ms))
        return out

    def on_event(self, event: Event, now_ms: int) -> list[AlertTrigger]:
        rows, values, symbol = self.events.on_event(event)
        if not rows:
            return []
        return self._fire(np.asarray(rows, dtype=np.int64), np.asarray(values), now_ms, symbol)

    def seed(self, symbol: str, closed_1m: Candles) -> None:
        for group in self.candles_by_symbol.get(symbol, ()):
            group.seed(closed_1m)
            self.unseeded.discard((group.symbol, group.timeframe))

    # -- firing ----------------------------------------------------------------------------
    def _fire(self, rows: np.ndarray, values: np.ndarray, now_ms: int,
              symbol: str = "") -> list[AlertTrigger]:
        if rows.size == 0:
            return []
        order = np.argsort(rows, kind="stable")
        rows, values = rows[order], values[order]
        allowed = self.gate.admit(rows, now_ms)
        if allowed.size == 0:
            return []
        self.gate.record(allowed, now_ms)
        seen = dict(zip(rows.tolist(), values.tolist(), strict=True))
        out = []
        for row in allowed.tolist():  # per fired rule: firing is rare, never the whole set
            rule = self.rules[row]
            title, message = trigger_text(rule, seen[row])
            out.append(AlertTrigger(
                id=new_trigger_id(), rule_id=rule.id, symbol=rule.symbol or symbol,
                time_ms=now_ms, value=seen[row], title=title, message=message,
                severity=rule.severity, channels=rule.channels,
            ))
        return out

    def fired_state(self, rule_id: str) -> tuple[int, int | None, bool]:
        """(fired count, last fired ms, still enabled) of a rule as the gate has it now."""
        row = self.row_of[rule_id]
        last = int(self.gate.last_fired_ms[row])
        return (int(self.gate.fired_count[row]), last if last > 0 else None,
                bool(self.gate.enabled[row]))
