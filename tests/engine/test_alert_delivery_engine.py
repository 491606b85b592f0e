"""On the real engine: a rule the alert service fires goes to delivery's outbox, the toast
reaches the window's bridge, and the client reads the delivery status per channel (the alert
center's history too); the same trigger submitted again adds nothing."""

from __future__ import annotations

import asyncio

from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core import Tick, TickEvent
from desktop.core.alert_delivery import SENT, AlertNotifyEvent, DeliveryTexts

SYMBOL = "DLVR/USDT"  # not a demo symbol: only this test's ticks move it


def test_a_fired_rule_is_delivered_and_its_status_reaches_the_client(runtime, bridge, aio):
    shown: list[AlertNotifyEvent] = []
    bridge.subscribe(AlertNotifyEvent, shown.append)
    client = runtime.client
    aio.run(client.alert_delivery_window(True, DeliveryTexts()), timeout=30)
    rule = aio.run(client.alert_save(AlertRule(
        "", SYMBOL, Condition(ConditionKind.PRICE, "crosses_above", 100.0), TriggerMode.ONCE,
        severity="critical", channels=("toast",))))
    for i, price in enumerate([99.0, 101.0]):
        runtime.bus.publish(TickEvent(Tick(SYMBOL, 1000 + i, price, price - 0.1, price + 0.1,
                                           venue="test")))

    async def delivered() -> list:
        while True:
            statuses = await client.alert_delivery_statuses()
            if any(s.state == SENT for s in statuses):
                return statuses
            await asyncio.sleep(0.05)

    (status,) = aio.run(delivered(), timeout=20)
    assert status.channel == "toast"
    aio.wait_until(lambda: shown, what="the toast on the bridge")
    assert shown[0].severity == "critical" and "crossed above 100" in shown[0].title
    # the alert center's history shows the delivery per channel
    (record,) = [r for r in aio.run(client.alert_triggers()) if r.trigger.rule_id == rule.id]
    assert record.trigger.id == status.trigger_id
    assert record.delivery == (("toast", "sent"),)
    # the same trigger again (a replayed event, a second submit) adds nothing
    assert aio.run(client.alert_delivery_submit(record.trigger)) == []
