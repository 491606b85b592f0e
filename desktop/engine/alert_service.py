"""The engine's alert service: rules in the database, evaluated on the engine thread, each
trigger stored in the history, published on the bus as an `AlertEvent` and handed to delivery.

Every event of the bus reaches `_on_event` (a sink, called on the publisher's thread). Ticks
are only appended to a buffer there; every BATCH_S the buffered ticks are decided in one
vectorised pass (desktop/alerts/evaluator.py), together with the closed bars and engine events
that arrived meanwhile, in arrival order. So the cost per tick is an append, and the cost per
batch grows with the number of rules only through numpy.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop.alerts.evaluator import AlertEvaluator, check_rule
from desktop.alerts.model import (
    AlertRule,
    AlertRuleError,
    AlertTrigger,
    TriggerRecord,
    duplicate_rule,
    new_rule_id,
)
from desktop.core import PregaoError
from desktop.core.bots import BotEvent
from desktop.core.events import (
    AlertEvent,
    AlertRulesChangedEvent,
    BarEvent,
    ConnectionEvent,
    Event,
    MarginEvent,
    ModelDriftEvent,
    OrderEvent,
    PositionEvent,
    TickEvent,
)
from desktop.core.messages import marker
from desktop.core.risk import TradingStateEvent

_t = marker("Alerts")

if TYPE_CHECKING:
    from desktop.engine.bus import EventBus
    from desktop.storage.alert_store import AlertStore

log = logging.getLogger(__name__)

BATCH_S = 0.01  # ticks are decided together every 10 ms: a trigger is at most that late
PERSIST_S = 0.25  # triggers and fired counts are written together at most this often
MAX_RULES = 50_000
_EVENT_TYPES = (OrderEvent, PositionEvent, MarginEvent, ConnectionEvent, TradingStateEvent,
                BotEvent, ModelDriftEvent)


def _now_ms() -> int:
    return int(time.time() * 1000)


class AlertService:
    def __init__(self, bus: EventBus, history: Any = None, clock: Any = None) -> None:
        """`history(symbol)`: closed 1-minute candles of a symbol to start indicator rules
        from (None: they warm up on live candles). `clock()`: epoch ms (tests, benchmarks)."""
        self.bus = bus
        self.history = history
        self.clock = clock or _now_ms
        self.store: AlertStore | None = None
        #: Delivery (desktop/alerts/delivery/service.py) when it is wired: `submit(trigger)`
        #: and `statuses(trigger_ids)` -> [DeliveryStatus].
        self.delivery: Any = None
        self._rules: list[AlertRule] = []
        self._position: dict[str, int] = {}  # rule id -> index in _rules
        self._unsaved_triggers: list[AlertTrigger] = []
        self._unsaved_rules: set[str] = set()
        self._persist_handle: asyncio.TimerHandle | None = None
        self.evaluator = AlertEvaluator([])
        self._inbox: deque[Event] = deque()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._scheduled = False
        self._lock = threading.Lock()
        self._remove_sink: Any = None
        self._primary_venue: dict[str, str] = {}
        self._seeding: asyncio.Task | None = None
        #: Seconds each batch took to decide, wall clock and this thread's CPU (the benchmark
        #: reads them: on a busy machine the first includes time the OS gave to others).
        self.batch_seconds: deque[float] = deque(maxlen=100_000)
        self.batch_cpu_seconds: deque[float] = deque(maxlen=100_000)

    # -- lifecycle ---------------------------------------------------------------------------
    async def start(self, store: AlertStore | None) -> None:
        self._loop = asyncio.get_running_loop()
        self.store = store
        if store is not None:
            rules = await asyncio.to_thread(store.rules)
            self._rules = [r for r in rules if _usable(r)]
        self._rebuild()
        self._remove_sink = self.bus.add_sink(self._on_event, takes_early_events=False)

    async def stop(self) -> None:
        if self._remove_sink is not None:
            self._remove_sink()
            self._remove_sink = None
        if self._seeding is not None:
            self._seeding.cancel()
        if self._persist_handle is not None:
            self._persist_handle.cancel()
        self._flush_pending()  # what arrived in the last few ms is decided and kept too
        self._persist()  # fired rules are written with their triggers; nothing else changed

    # -- the hot path ------------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, TickEvent):
            venue = self._primary_venue.setdefault(event.tick.symbol, event.tick.venue)
            if venue != event.tick.venue:
                return  # the same symbol on a second venue would make prices jump
        elif not (isinstance(event, BarEvent) and event.closed) and not isinstance(
                event, _EVENT_TYPES):
            return
        self._inbox.append(event)
        if not self._scheduled:
            with self._lock:
                if self._scheduled or self._loop is None:
                    return
                self._scheduled = True
            self._loop.call_soon_threadsafe(self._loop.call_later, BATCH_S, self._flush)

    def _flush(self) -> None:
        self._scheduled = False
        started = time.perf_counter()
        cpu_started = time.thread_time()
        inbox, ev = self._inbox, self.evaluator
        triggers: list[AlertTrigger] = []
        sym: list[int] = []
        price: list[float] = []
        bid: list[float] = []
        ask: list[float] = []
        index = ev.symbols
        now = self.clock()
        while inbox:
            event = inbox.popleft()
            if isinstance(event, TickEvent):
                t = event.tick
                sym.append(index(t.symbol))
                price.append(t.last)
                bid.append(t.bid)
                ask.append(t.ask)
                continue
            if sym:  # ticks before this event are decided before it
                triggers += ev.on_ticks(np.array(sym), np.array(price), np.array(bid),
                                        np.array(ask), now)
                sym, price, bid, ask = [], [], [], []
            if isinstance(event, BarEvent):
                triggers += ev.on_bar(event.symbol, event.bar, now)
            else:
                triggers += ev.on_event(event, now)
        if sym:
            triggers += ev.on_ticks(np.array(sym), np.array(price), np.array(bid),
                                    np.array(ask), now)
        self.batch_seconds.append(time.perf_counter() - started)
        self.batch_cpu_seconds.append(time.thread_time() - cpu_started)
        if triggers:
            self._emit(triggers)

    def _emit(self, triggers: list[AlertTrigger]) -> None:
        fired = {t.rule_id for t in triggers}
        self._sync_fired(fired)
        fired_rules = [self._rules[self._position[rid]] for rid in fired]
        if self.store is not None:
            self._unsaved_triggers.extend(triggers)
            self._unsaved_rules.update(fired)
            if self._persist_handle is None and self._loop is not None:
                self._persist_handle = self._loop.call_later(PERSIST_S, self._persist)
        for t in triggers:
            if self.delivery is not None:  # first: its outbox row exists when the UI hears
                try:
                    self.delivery.submit(t)
                except Exception:
                    log.exception("Delivery of alert %s refused", t.id)
            self.bus.publish(AlertEvent(t.title, t.message, t.symbol, t.time_ms, t.id,
                                        t.rule_id, t.severity, t.value))
        disarmed = tuple(r.id for r in fired_rules if not r.enabled)
        if disarmed:
            self.bus.publish(AlertRulesChangedEvent(disarmed))

    def _persist(self) -> None:
        """Write what fired since the last write in one transaction (a storm of triggers costs
        one commit every PERSIST_S, not one per tick batch)."""
        self._persist_handle = None
        triggers, self._unsaved_triggers = self._unsaved_triggers, []
        fired, self._unsaved_rules = self._unsaved_rules, set()
        if self.store is None or not (triggers or fired):
            return
        try:
            self.store.add_triggers(triggers)
            self._save([self._rules[self._position[r]] for r in fired if r in self._position])
        except PregaoError as exc:  # a full disk must not stop the alerts reaching the trader
            log.error("Alert history not saved: %s", exc)

    # -- rules (client calls, engine loop) ---------------------------------------------------
    def rules(self) -> list[AlertRule]:
        self._sync_fired()
        return list(self._rules)

    def save_rule(self, rule: AlertRule) -> AlertRule:
        """Create (empty id) or replace a rule; AlertRuleError says what is wrong with it."""
        if not rule.id:
            rule = replace(rule, id=new_rule_id(), created_ms=self.clock())
        elif not rule.created_ms:
            rule = replace(rule, created_ms=self.clock())
        _check(rule)
        self._sync_fired()
        known = {r.id: i for i, r in enumerate(self._rules)}
        if rule.id in known:
            self._rules[known[rule.id]] = rule
        elif len(self._rules) >= MAX_RULES:
            raise PregaoError(_t("At most {limit:,} alert rules; delete some first.",
                                 limit=MAX_RULES))
        else:
            self._rules.append(rule)
        self._changed([rule])
        return rule

    def set_enabled(self, rule_ids: list[str], enabled: bool) -> None:
        self._update(rule_ids, lambda r: replace(
            r, enabled=enabled, snoozed_until_ms=None if enabled else r.snoozed_until_ms,
            # re-arming a used-up rule starts its count again
            fired_count=0 if enabled and not r.is_armed(self.clock()) else r.fired_count))

    def snooze(self, rule_ids: list[str], until_ms: int | None) -> None:
        self._update(rule_ids, lambda r: replace(r, snoozed_until_ms=until_ms))

    def move(self, rule_id: str, value: float, edge: str = "value") -> AlertRule:
        """A price line dragged on the chart: the rule's level (`edge` "value2": a channel's
        upper edge) becomes `value`."""
        if edge not in ("value", "value2"):
            raise PregaoError(_t("Unknown edge {edge!r}", edge=edge))
        self._find(rule_id)
        self._update([rule_id], lambda r: replace(r, condition=replace(
            r.condition, **{edge: float(value)})))
        return next(r for r in self._rules if r.id == rule_id)

    def duplicate(self, rule_id: str) -> AlertRule:
        rule = self._find(rule_id)
        return self.save_rule(replace(duplicate_rule(rule), created_ms=self.clock()))

    def delete(self, rule_ids: list[str]) -> None:
        gone = set(rule_ids)
        self._sync_fired()
        self._rules = [r for r in self._rules if r.id not in gone]
        if self.store is not None:
            self.store.delete_rules(gone)
        self._rebuild()
        self.bus.publish(AlertRulesChangedEvent(tuple(gone)))

    # -- history -----------------------------------------------------------------------------
    def triggers(self, limit: int = 500) -> list[TriggerRecord]:
        """Newest first, each with its per-channel delivery status when delivery reports one."""
        self._persist()  # what fired a moment ago is in the history the dock reads
        records = self.store.triggers(limit) if self.store is not None else []
        if self.delivery is None or not records:
            return records
        try:
            statuses = self.delivery.statuses([r.trigger.id for r in records])
        except Exception:
            log.exception("Delivery statuses unavailable")
            return records
        by_trigger: dict[str, list[tuple[str, str]]] = {}
        for s in statuses:
            text = f"{s.state}: {s.last_error}" if s.state == "failed" and s.last_error \
                else s.state
            by_trigger.setdefault(s.trigger_id, []).append((s.channel, text))
        return [replace(r, delivery=tuple(by_trigger.get(r.trigger.id, ()))) for r in records]

    def acknowledge(self, trigger_ids: list[str] | None = None) -> int:
        """Mark triggers read (None: all); returns the unread count left."""
        if self.store is None:
            return 0
        self._persist()
        self.store.acknowledge(trigger_ids)
        return self.store.unread_count()

    def unread_count(self) -> int:
        self._persist()
        return self.store.unread_count() if self.store is not None else 0

    # -- internals ---------------------------------------------------------------------------
    def _find(self, rule_id: str) -> AlertRule:
        for r in self._rules:
            if r.id == rule_id:
                return r
        raise PregaoError(_t("That alert rule no longer exists."))

    def _update(self, rule_ids: list[str], change: Any) -> None:
        self._sync_fired()
        wanted = set(rule_ids)
        for i, r in enumerate(self._rules):
            if r.id in wanted:
                self._rules[i] = change(r)
        changed = [r for r in self._rules if r.id in wanted]
        for r in changed:
            _check(r)
        self._changed(changed)

    def _changed(self, rules: list[AlertRule]) -> None:
        self._save(rules)
        self._rebuild()
        self.bus.publish(AlertRulesChangedEvent(tuple(r.id for r in rules)))

    def _save(self, rules: list[AlertRule]) -> None:
        if self.store is not None and rules:
            self.store.save_rules(rules)

    def _sync_fired(self, only: set[str] | None = None) -> None:
        """Copy what the evaluator's gate recorded (count, last time, ONCE disarmed) into the
        rules, so a save or a rebuild keeps it."""
        ev = self.evaluator
        for rule_id in self._position if only is None else only:
            i = self._position.get(rule_id)
            if i is None or rule_id not in ev.row_of:
                continue
            r = self._rules[i]
            count, last, enabled = ev.fired_state(rule_id)
            if (count, last, enabled) != (r.fired_count, r.last_fired_ms, r.enabled):
                self._rules[i] = replace(r, fired_count=count, last_fired_ms=last,
                                         enabled=enabled)

    def _rebuild(self) -> None:
        self._flush_pending()
        self.evaluator = AlertEvaluator(self._rules, previous=self.evaluator)
        self._position = {r.id: i for i, r in enumerate(self._rules)}
        idle = self._seeding is None or self._seeding.done()
        if self.history is not None and self.evaluator.unseeded and self._loop and idle:
            self._seeding = self._loop.create_task(self._seed(), name="alerts-seed")

    def _flush_pending(self) -> None:
        if self._inbox:
            self._flush()

    async def _seed(self) -> None:
        """Indicator rules start from the feed's history, one symbol at a time."""
        while self.evaluator.unseeded:
            symbol, _ = next(iter(self.evaluator.unseeded))
            try:
                candles = await asyncio.to_thread(self.history, symbol)
            except Exception as exc:
                log.info("No history for alert rules on %s: %s", symbol, exc)
                candles = None
            if candles is not None and len(candles):
                self.evaluator.seed(symbol, candles)
            self.evaluator.unseeded -= {k for k in self.evaluator.unseeded if k[0] == symbol}


def _check(rule: AlertRule) -> None:
    c = rule.condition
    if c.op in ("enters_channel", "exits_channel") and not c.value2 > c.value:
        raise PregaoError(_t("A channel's upper edge must be above its lower edge."))
    try:
        check_rule(rule)
    except AlertRuleError as exc:
        raise PregaoError(str(exc)) from None


def _usable(rule: AlertRule) -> bool:
    try:
        check_rule(rule)
    except AlertRuleError as exc:
        log.warning("Alert rule %s not armed: %s", rule.id, exc)
        return False
    return True
