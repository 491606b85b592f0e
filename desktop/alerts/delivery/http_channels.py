"""Telegram (bot API sendMessage), Discord and Slack webhooks, and a generic JSON webhook.

Each speaks its service's request format and reads its service's errors: Telegram answers
`{"ok": false, "error_code": 429, "parameters": {"retry_after": 5}}`; Discord a 429 with
`retry_after` in the JSON body and a Retry-After header; Slack a 429 with Retry-After and
plain-text errors (`invalid_token`, `no_service`). Error texts are written here from the
status and the service's own sentence, never from the request: the bot token sits in the
Telegram URL and a webhook URL is itself the secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from desktop.alerts.delivery.outbox import Outgoing
from desktop.alerts.delivery.policy import DeliveryError
from desktop.core.alert_delivery import DISCORD, SLACK, TELEGRAM, WEBHOOK

TIMEOUT_S = 15.0
TELEGRAM_API = "https://api.telegram.org"
TELEGRAM_MAX = 4096
DISCORD_MAX = 2000
# 4xx answers that no retry can fix (429 and 408 are the temporary ones)
TEMPORARY_4XX = (408, 425, 429)


@dataclass(slots=True)
class _Answer:
    status: int
    text: str
    headers: dict[str, str]

    def json(self) -> dict[str, Any]:
        try:
            value = json.loads(self.text)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}


async def _post(service: str, url: str, payload: dict[str, Any],
                headers: dict[str, str] | None = None) -> _Answer:
    timeout = aiohttp.ClientTimeout(total=TIMEOUT_S)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session, \
                session.post(url, json=payload, headers=headers or {}) as response:
            text = await response.text()
            return _Answer(response.status, text, dict(response.headers))
    except TimeoutError:
        raise DeliveryError(f"{service} did not answer within {TIMEOUT_S:g} s") from None
    except aiohttp.InvalidURL:
        raise DeliveryError(f"The {service} address is not a valid URL", permanent=True) from None
    except aiohttp.ClientError as exc:
        # the exception names the URL (a secret): only its kind is kept
        raise DeliveryError(f"{service} could not be reached ({type(exc).__name__})") from None
    except OSError as exc:
        raise DeliveryError(f"{service} could not be reached ({exc.strerror or 'network error'})"
                            ) from None


def _retry_after_header(answer: _Answer) -> float | None:
    value = answer.headers.get("Retry-After") or answer.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _raise_for(service: str, answer: _Answer, sentence: str,
               retry_after: float | None) -> None:
    status = answer.status
    if 200 <= status < 300:
        return
    what = f"{service} answered {status}" + (f": {sentence[:200]}" if sentence else "")
    if status == 429:
        wait = retry_after if retry_after is not None else _retry_after_header(answer)
        raise DeliveryError(f"{what} (rate limited" + (f", retry after {wait:g} s)" if wait
                            is not None else ")"), retry_after_s=wait)
    permanent = 400 <= status < 500 and status not in TEMPORARY_4XX
    raise DeliveryError(what, permanent=permanent, retry_after_s=_retry_after_header(answer))


def _text(message: Outgoing, limit: int) -> str:
    text = f"{message.title}\n{message.body}".strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(slots=True)
class TelegramChannel:
    token: str = field(repr=False)
    chat_id: str
    api_url: str = TELEGRAM_API
    name: str = TELEGRAM

    async def send(self, message: Outgoing) -> str:
        url = f"{self.api_url.rstrip('/')}/bot{self.token}/sendMessage"
        payload = {"chat_id": self.chat_id, "text": _text(message, TELEGRAM_MAX),
                   "disable_web_page_preview": True}
        answer = await _post("Telegram", url, payload)
        body = answer.json()
        if answer.status == 200 and body.get("ok", True):
            return ""
        parameters = body.get("parameters") or {}
        retry = parameters.get("retry_after") if isinstance(parameters, dict) else None
        _raise_for("Telegram", answer, str(body.get("description") or answer.text[:200]),
                   float(retry) if isinstance(retry, int | float) else None)
        raise DeliveryError(f"Telegram refused the message: {body.get('description', '')}",
                            permanent=True)


@dataclass(slots=True)
class DiscordChannel:
    webhook_url: str = field(repr=False)
    name: str = DISCORD

    async def send(self, message: Outgoing) -> str:
        payload = {"content": _text(message, DISCORD_MAX), "username": "Pregão",
                   "allowed_mentions": {"parse": []}}  # an alert text never pings anyone
        answer = await _post("Discord", self.webhook_url, payload)
        body = answer.json()
        retry = body.get("retry_after")
        _raise_for("Discord", answer, str(body.get("message") or ""),
                   float(retry) if isinstance(retry, int | float) else None)
        return ""


@dataclass(slots=True)
class SlackChannel:
    webhook_url: str = field(repr=False)
    name: str = SLACK

    async def send(self, message: Outgoing) -> str:
        text = f"*{message.title}*\n{message.body}".strip()
        answer = await _post("Slack", self.webhook_url, {"text": text})
        _raise_for("Slack", answer, answer.text.strip()[:200], None)
        return ""


@dataclass(slots=True)
class WebhookChannel:
    """A JSON POST any receiver can read. `id` and the Idempotency-Key header are the same
    across retries and restarts, so a receiver that honours them never acts twice."""

    url: str = field(repr=False)
    name: str = WEBHOOK

    async def send(self, message: Outgoing) -> str:
        payload = {
            "id": message.key,
            "title": message.title,
            "body": message.body,
            "severity": message.severity,
            "alerts": [{"trigger_id": i.trigger_id, "rule_id": i.rule_id, "symbol": i.symbol,
                        "title": i.title, "body": i.body, "severity": i.severity,
                        "time_ms": i.created_ms} for i in message.items],
        }
        answer = await _post("The webhook", self.url, payload,
                             {"Idempotency-Key": message.key})
        _raise_for("The webhook", answer, answer.text.strip()[:200], None)
        return ""
