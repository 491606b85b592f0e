"""A trigger of the alert rules reaches the window's channels through the delivery service;
submitting it again changes nothing; a channel nobody set up fails at once with the reason."""

from __future__ import annotations

import asyncio

from desktop.alerts.delivery.service import DeliveryService
from desktop.alerts.model import AlertTrigger
from desktop.core.alert_delivery import (
    FAILED,
    SENT,
    AlertChannelHealthEvent,
    AlertNotifyEvent,
    DeliveryTexts,
)
from tests.alerts.delivery_helpers import Events, migrated_database, wait_final


def test_a_rule_trigger_reaches_the_toast_and_the_tray_once(tmp_path):
    events = Events()
    trigger = AlertTrigger("t-1", "rule-9", "ETH/USDT", 1_780_000_000_000, 3012.5,
                           "ETH/USDT above 3,000", "Last price 3,012.50", "warning",
                           ("toast", "tray", "telegram"))

    async def run():
        service = DeliveryService(events)
        service.submit(trigger)  # before the database is open: kept, queued at start
        await service.start(migrated_database(tmp_path))
        service.set_texts(DeliveryTexts(not_configured="Canal não configurado."))
        service.set_window_open(True)
        await wait_final(service, 3)
        assert service.submit_now(trigger) == []  # the same trigger again: nothing new
        statuses = service.statuses(["t-1"])
        health = service.health()
        await service.stop()
        return statuses, health

    statuses, health = asyncio.run(run())
    by_channel = {s.channel: s for s in statuses}
    assert by_channel["toast"].state == by_channel["tray"].state == SENT
    assert by_channel["telegram"].state == FAILED
    assert by_channel["telegram"].last_error == "Canal não configurado."
    shown = [(e.kind, e.title, e.body, e.severity) for e in events.of(AlertNotifyEvent)]
    assert sorted(shown) == [("toast", "ETH/USDT above 3,000", "Last price 3,012.50", "warning"),
                             ("tray", "ETH/USDT above 3,000", "Last price 3,012.50", "warning")]
    assert [h.channel for h in health if h.failing] == ["telegram"]
    assert events.of(AlertChannelHealthEvent)[-1].health.channel == "telegram"


def test_a_channel_whose_last_delivery_failed_is_still_failing_after_a_restart(tmp_path):
    database = migrated_database(tmp_path)

    async def run(events: Events, submit: bool):
        service = DeliveryService(events)
        await service.start(database)
        if submit:  # telegram is not set up: failed at once
            service.submit(AlertTrigger("t-2", "r", "BTC/USDT", 1, 1.0, "x", "y", "info",
                                        ("telegram",)))
            await wait_final(service, 1)
        health = service.health()
        await service.stop()
        return health

    asyncio.run(run(Events(), submit=True))
    events = Events()
    health = asyncio.run(run(events, submit=False))
    assert [(h.channel, h.failing) for h in health] == [("telegram", True)]
    assert events.of(AlertChannelHealthEvent)[0].health.detail == DeliveryTexts().not_configured
