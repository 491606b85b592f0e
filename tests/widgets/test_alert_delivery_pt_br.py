"""An alert fired on the engine thread (no Qt there) reaches the trader's channels in the UI's
language: with Brazilian Portuguese chosen, the toast carries the Portuguese sentence with the
numbers written the Portuguese way, the trigger history reloaded from the database still
translates, and what is read as plain text (the CLI, logs) stays English."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from PySide6.QtCore import QLocale, QTranslator

from desktop.alerts.delivery.service import DeliveryService
from desktop.alerts.evaluator import AlertEvaluator
from desktop.alerts.model import AlertRule, Condition, ConditionKind, TriggerMode
from desktop.core.alert_delivery import SENT, AlertNotifyEvent
from desktop.shell.messages import tr_message
from desktop.storage.alert_store import AlertStore
from tests.alerts.delivery_helpers import Events, migrated_database, wait_final


@pytest.fixture
def pt_br(qapp):
    from desktop.shell.i18n import install_translators

    previous = QLocale()
    assert install_translators(qapp, "pt_BR") == "pt_BR"
    yield
    for t in qapp.findChildren(QTranslator):
        qapp.removeTranslator(t)
    QLocale.setDefault(previous)


def _fire() -> list:
    rule = AlertRule("r1", "BTC/USDT", Condition(ConditionKind.PRICE, "crosses_above", 81_000.0),
                     TriggerMode.ONCE, channels=("toast", "tray"))
    evaluator = AlertEvaluator([rule])
    row = evaluator.symbols("BTC/USDT")
    fired = []
    for i, price in enumerate((80_950.0, 81_012.5)):
        fired += evaluator.on_ticks(np.array([row]), np.array([price]),
                                    np.array([price - 0.5]), np.array([price + 0.5]),
                                    1_000_000 + i * 100)
    assert len(fired) == 1
    return fired


def test_a_fired_price_rule_reaches_the_toast_in_portuguese(pt_br, tmp_path):
    (trigger,) = _fire()
    # plain text (the CLI, the log) reads English, exactly as before
    assert trigger.title == "BTC/USDT crossed above 81,000"
    assert trigger.message == "BTC/USDT crossed above 81,000 (now 81,012.5)"
    events = Events()
    database = migrated_database(tmp_path)

    async def run():
        service = DeliveryService(events, render=tr_message)
        await service.start(database)
        service.set_window_open(True)
        service.submit(trigger)
        statuses = await wait_final(service, 2)
        await service.stop()
        return statuses

    assert {s.state for s in asyncio.run(run())} == {SENT}
    shown = sorted((e.kind, e.title, e.body) for e in events.of(AlertNotifyEvent))
    assert shown == [
        ("toast", "BTC/USDT cruzou acima de 81.000",
         "BTC/USDT cruzou acima de 81.000 (agora 81.012,5)"),
        ("tray", "BTC/USDT cruzou acima de 81.000",
         "BTC/USDT cruzou acima de 81.000 (agora 81.012,5)")]

    # the history, stored and read back, is still a translatable sentence
    store = AlertStore(database)
    store.add_triggers([trigger])
    (record,) = store.triggers()
    assert record.trigger.message == "BTC/USDT crossed above 81,000 (now 81,012.5)"
    assert tr_message(record.trigger.message) == \
        "BTC/USDT cruzou acima de 81.000 (agora 81.012,5)"
