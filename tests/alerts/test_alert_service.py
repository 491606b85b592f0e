"""The engine's alert service on a real engine thread and SQLite file: a rule saved through
the client fires on ticks published on the bus, reaches the UI as an AlertEvent, lands in the
trigger history, and is still there (fired, disarmed) after a restart."""

from __future__ import annotations

import math

import pytest

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core import AlertEvent, AlertRulesChangedEvent, PregaoError, Tick, TickEvent

SYMBOL = "ALRT/USDT"  # not a demo symbol: only this test's ticks move it


def _tick(price: float, ts: int) -> TickEvent:
    return TickEvent(Tick(SYMBOL, ts, price, price - 0.1, price + 0.1, venue="test"))


def test_rule_fires_is_stored_and_survives_a_restart(aio, bridge) -> None:
    from desktop.engine.runtime import EngineRuntime

    alerts: list[AlertEvent] = []
    changes: list[AlertRulesChangedEvent] = []
    bridge.subscribe(AlertEvent, alerts.append)
    bridge.subscribe(AlertRulesChangedEvent, changes.append)
    rt = EngineRuntime(demo_days=2)
    rt.bus.add_sink(bridge.post)
    rt.start()
    try:
        client = rt.client
        rule = aio.run(client.alert_save(AlertRule(
            "", SYMBOL, Condition(ConditionKind.PRICE, "crosses_above", 100.0),
            TriggerMode.ONCE, severity="warning", channels=("desktop", "telegram"))))
        assert rule.id and rule.created_ms
        with pytest.raises(PregaoError, match="unknown indicator"):
            aio.run(client.alert_save(AlertRule("", SYMBOL, Condition(
                ConditionKind.INDICATOR, "<", 30.0, indicator="nope"))))
        for i, price in enumerate([99.0, 99.5, 101.0]):
            rt.bus.publish(_tick(price, 1000 + i))
        aio.wait_until(lambda: alerts, what="the AlertEvent")
        aio.wait_until(lambda: any(rule.id in c.rule_ids for c in changes[1:]),
                       what="the ONCE rule disarming itself")
        for i, price in enumerate([99.0, 102.0]):  # crosses again: ONCE stays quiet
            rt.bus.publish(_tick(price, 2000 + i))
        aio.run(client.alert_rules())  # a round trip through the engine loop
        assert len(alerts) == 1
        event = alerts[0]
        assert (event.rule_id, event.symbol, event.severity, event.value) == (
            rule.id, SYMBOL, "warning", 101.0)
        assert "crossed above 100" in event.title
        history = aio.run(client.alert_triggers())
        assert [(h.trigger.id, h.trigger.value, h.trigger.channels, h.acknowledged)
                for h in history] == [(event.trigger_id, 101.0, ("desktop", "telegram"), False)]
        # handed to delivery: each channel of the rule has a delivery status in the history
        assert {channel for channel, _ in history[0].delivery} == {"desktop", "telegram"}
        assert aio.run(client.alert_unread_count()) == 1
        assert aio.run(client.alert_acknowledge(None)) == 0
        copy = aio.run(client.alert_duplicate(rule.id))
        assert copy.id != rule.id and copy.enabled and copy.fired_count == 0
        aio.run(client.alert_delete([copy.id]))
    finally:
        assert rt.stop(timeout=10.0)
    rt2 = EngineRuntime(demo_days=2)
    rt2.start()
    try:
        (stored,) = aio.run(rt2.client.alert_rules())
        assert (stored.id, stored.enabled, stored.fired_count) == (rule.id, False, 1)
        (again,) = aio.run(rt2.client.alert_triggers())
        assert again.acknowledged and math.isclose(again.trigger.value, 101.0)
    finally:
        assert rt2.stop(timeout=10.0)
