"""Telegram, Discord, Slack and a JSON webhook, each through the outbox against a local server
speaking its request format and its errors; tokens and webhook URLs from a real Secret
Service, never in the database or the logs."""

from __future__ import annotations

import asyncio
import logging

from desktop.alerts.delivery.service import DeliveryService
from desktop.core.alert_delivery import (
    DISCORD,
    FAILED,
    PENDING,
    SENT,
    SLACK,
    TELEGRAM,
    WEBHOOK,
    AlertChannelHealthEvent,
    AlertDeliveryEvent,
    ChannelDraft,
)
from desktop.secrets import SecretStore
from tests.alerts.chat_server import (
    DISCORD_PATH,
    SLACK_PATH,
    TELEGRAM_TOKEN,
    WEBHOOK_PATH,
    ChatServer,
    Fault,
)
from tests.alerts.delivery_helpers import Events, message, migrated_database, wait_final

SERVICES = (TELEGRAM, DISCORD, SLACK, WEBHOOK)


async def _configured(tmp_path, chat: ChatServer, events: Events,
                      token: str = TELEGRAM_TOKEN) -> DeliveryService:
    service = DeliveryService(events, SecretStore())
    await service.start(migrated_database(tmp_path))
    await service.save_channel(ChannelDraft(TELEGRAM, True, {"chat_id": "-100200300",
                                                             "api_url": chat.url}, token))
    await service.save_channel(ChannelDraft(DISCORD, True, {}, chat.url + DISCORD_PATH))
    await service.save_channel(ChannelDraft(SLACK, True, {}, chat.url + SLACK_PATH))
    await service.save_channel(ChannelDraft(WEBHOOK, True, {}, chat.url + WEBHOOK_PATH))
    return service


def test_each_service_gets_the_alert_in_its_format_with_secrets_only_in_the_keyring(
        tmp_path, chat, secret_service, caplog):
    caplog.set_level(logging.DEBUG)
    events = Events()

    async def run():
        service = await _configured(tmp_path, chat, events)
        service.submit(message(1, SERVICES))
        statuses = await wait_final(service, 4)
        await service.stop()
        return statuses

    statuses = asyncio.run(run())
    assert {(s.channel, s.state, s.attempts) for s in statuses} == {
        (c, SENT, 1) for c in SERVICES}
    for service in SERVICES:
        assert len(chat.texts(service)) == 1, service
        assert "BTC/USDT crossed 80001" in chat.texts(service)[0]
    telegram = next(r for r in chat.received if r.service == TELEGRAM)
    assert telegram.payload["chat_id"] == "-100200300"
    discord = next(r for r in chat.received if r.service == DISCORD)
    assert discord.payload["allowed_mentions"] == {"parse": []}
    hook = next(r for r in chat.received if r.service == WEBHOOK)
    assert hook.payload["id"] == hook.headers["Idempotency-Key"] == "pregao-trig-1-webhook"
    assert hook.payload["alerts"][0]["trigger_id"] == "trig-1"
    # the secrets are in the Secret Service, and nowhere else
    stored = {attrs["username"]: secret for attrs, secret in secret_service.items("Pregao")}
    assert stored["alert-channel:telegram"] == TELEGRAM_TOKEN
    assert stored["alert-channel:slack"].endswith(SLACK_PATH)
    database = (tmp_path / "pregao.db").read_bytes() + (tmp_path / "pregao.db-wal").read_bytes() \
        if (tmp_path / "pregao.db-wal").exists() else (tmp_path / "pregao.db").read_bytes()
    for secret in (TELEGRAM_TOKEN, DISCORD_PATH, SLACK_PATH, WEBHOOK_PATH):
        assert secret.encode() not in database
        assert secret not in caplog.text
    assert [e.status.state for e in events.of(AlertDeliveryEvent)
            if e.status.channel == TELEGRAM] == [PENDING, "sending", SENT]


def test_429_waits_for_each_services_retry_after_then_delivers(tmp_path, chat, secret_service):
    events = Events()
    chat.fail(TELEGRAM, Fault(429, retry_after=1))
    chat.fail(DISCORD, Fault(429, retry_after=1.0))
    chat.fail(SLACK, Fault(429, retry_after=1))
    chat.fail(WEBHOOK, Fault(503, retry_after=1))

    async def run():
        service = await _configured(tmp_path, chat, events)
        service.submit(message(2, SERVICES))
        statuses = await wait_final(service, 4)
        await service.stop()
        return statuses

    statuses = asyncio.run(run())
    assert {(s.channel, s.state, s.attempts) for s in statuses} == {
        (c, SENT, 2) for c in SERVICES}
    for service in SERVICES:
        assert chat.requests[service] == 2 and len(chat.texts(service)) == 1
    retried = {e.status.channel: e.status for e in events.of(AlertDeliveryEvent)
               if e.status.state == PENDING and e.status.attempts == 1}
    # the wait each service asked for was read from its own answer format
    assert "retry after 1 s" in retried[TELEGRAM].last_error  # JSON parameters.retry_after
    assert "retry after 1 s" in retried[DISCORD].last_error  # JSON retry_after + header
    assert "retry after 1 s" in retried[SLACK].last_error  # Retry-After header only
    assert retried[WEBHOOK].last_error.startswith("The webhook answered 503")


def test_a_wrong_token_fails_at_once_with_the_reason_and_the_channel_shows_failing(
        tmp_path, chat, secret_service):
    events = Events()
    wrong = "987654321:wrong-token-never-shown"

    async def run():
        service = await _configured(tmp_path, chat, events, token=wrong)
        service.submit(message(3, (TELEGRAM,)))
        statuses = await wait_final(service, 1)
        health = service.health()
        await service.stop()
        return statuses, health

    (status,), health = asyncio.run(run())
    assert status.state == FAILED and status.attempts == 1
    assert status.last_error == "Telegram answered 401: Unauthorized"
    assert wrong not in status.last_error
    assert health[0].channel == TELEGRAM and health[0].failing
    (event,) = events.of(AlertChannelHealthEvent)
    assert event.health.failing and "401" in event.health.detail


def test_a_burst_beyond_the_telegram_rate_is_folded_into_one_message(
        tmp_path, chat, secret_service):
    events = Events()

    async def run():
        service = await _configured(tmp_path, chat, events)
        for n in range(25):  # Telegram allows 20 a minute to one chat: 25 at once fold
            service.submit(message(n, (TELEGRAM,)))
        statuses = await wait_final(service, 25)
        await service.stop()
        return statuses

    statuses = asyncio.run(run())
    (text,) = chat.texts(TELEGRAM)
    assert text.startswith("BTC/USDT crossed 80000\nPrice rule a0")
    assert "…and 24 more alerts:" in text and text.endswith("• BTC/USDT crossed 80010\n…")
    assert all(s.state == SENT for s in statuses)
    assert {s.folded_into for s in statuses[1:]} == {"trig-0"}


def test_a_normal_quit_lets_the_message_in_flight_finish(tmp_path, chat, secret_service):
    chat.delay_s = 0.2  # Slack takes its time to answer

    async def run():
        service = await _configured(tmp_path, chat, Events())
        service.submit(message(4, (SLACK,)))
        while not chat.texts(SLACK):  # the request is out, the answer not yet back
            await asyncio.sleep(0.01)
        await service.stop()
        return service.statuses()

    (status,) = asyncio.run(run())
    assert status.state == SENT  # not left "sending", to be failed as interrupted next start
