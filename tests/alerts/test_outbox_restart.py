"""Never lost, never twice: the delivering process is killed with SIGKILL while a Telegram
message and a webhook call are in flight (the server took them, the answers never came back).
After a restart every alert is delivered exactly once, or shown as failed with the reason
where the channel cannot tell whether it arrived."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

from desktop.alerts.delivery.outbox_store import OutboxStore
from desktop.alerts.delivery.service import DeliveryService
from desktop.core.alert_delivery import (
    FAILED,
    SENDING,
    SENT,
    TELEGRAM,
    WEBHOOK,
    ChannelDraft,
    DeliveryTexts,
)
from desktop.secrets import SecretStore
from tests.alerts.chat_server import TELEGRAM_TOKEN, WEBHOOK_PATH
from tests.alerts.delivery_helpers import migrated_database
from tests.conftest import REPO

COUNT = 3


def _spawn(url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.alerts.outbox_process", url, str(COUNT),
         f"{TELEGRAM},{WEBHOOK}"], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def test_sigkill_mid_delivery_then_restart_delivers_each_alert_once_or_says_why_not(
        tmp_path, chat, secret_service):
    database = migrated_database(tmp_path)

    async def configure() -> None:
        service = DeliveryService(lambda _e: None, SecretStore())
        await service.start(database)
        await service.save_channel(ChannelDraft(TELEGRAM, True, {"chat_id": "42",
                                                                 "api_url": chat.url},
                                                TELEGRAM_TOKEN))
        await service.save_channel(ChannelDraft(WEBHOOK, True, {}, chat.url + WEBHOOK_PATH))

    asyncio.run(configure())
    store = OutboxStore(database)
    chat.hold(TELEGRAM)
    chat.hold(WEBHOOK)
    first = _spawn(database.url)
    try:
        _until(lambda: chat.texts(TELEGRAM) and chat.texts(WEBHOOK), "both requests in flight")
        sending = [(s.trigger_id, s.channel) for s in store.statuses() if s.state == SENDING]
        assert sorted(sending) == [("trig-0", TELEGRAM), ("trig-0", WEBHOOK)]
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    chat.held.clear()

    second = _spawn(database.url)
    try:
        _until(lambda: len(store.statuses()) == 2 * COUNT and all(
            s.state in (SENT, FAILED) for s in store.statuses()), "every delivery final")
    finally:
        second.kill()
        second.wait(10)

    statuses = {(s.trigger_id, s.channel): s for s in store.statuses()}
    assert len(statuses) == 2 * COUNT  # the restart's second submit added nothing
    # Telegram has no idempotency key: the interrupted message is not sent again, and the
    # alert says so (the server did get it once; nothing went twice)
    interrupted = statuses[("trig-0", TELEGRAM)]
    assert interrupted.state == FAILED
    assert interrupted.last_error == DeliveryTexts().interrupted
    # the webhook carries an Idempotency-Key: resent, and the receiver dropped the repeat
    assert statuses[("trig-0", WEBHOOK)].state == SENT
    assert chat.duplicates == ["pregao-trig-0-webhook"]
    for n in range(1, COUNT):
        assert statuses[(f"trig-{n}", TELEGRAM)].state == SENT
        assert statuses[(f"trig-{n}", WEBHOOK)].state == SENT
    for channel in (TELEGRAM, WEBHOOK):
        texts = chat.texts(channel)
        assert sorted(texts) == sorted(set(texts)), f"{channel} got an alert twice"
        assert len(texts) == COUNT
