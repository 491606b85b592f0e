"""Each channel's settings: the plain ones in the database (alert_channels), the secret one
(bot token, SMTP password, webhook URL) in the keyring through desktop.secrets, and the
channel object built from both when something is to be sent.

`validate` is the one list of what each channel needs; its messages are marked for
translation (desktop.core.messages) and shown next to the field in the channel dialog.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import select

from desktop.alerts.delivery.email_channel import SECURITY, EmailChannel
from desktop.alerts.delivery.http_channels import (
    TELEGRAM_API,
    DiscordChannel,
    SlackChannel,
    TelegramChannel,
    WebhookChannel,
)
from desktop.alerts.delivery.local_channels import (
    DesktopChannel,
    SoundChannel,
    toast_channel,
    tray_channel,
)
from desktop.alerts.delivery.outbox import Channel
from desktop.alerts.delivery.policy import DeliveryError
from desktop.alerts.delivery.texts import DeliveryTexts
from desktop.core.alert_delivery import (
    CHANNELS,
    CONFIGURABLE,
    DESKTOP,
    DISCORD,
    EMAIL,
    SLACK,
    SOUND,
    TELEGRAM,
    TOAST,
    TRAY,
    WEBHOOK,
    ChannelConfig,
    ChannelDraft,
    ChannelSettingError,
)
from desktop.core.events import Event
from desktop.core.messages import marker
from desktop.secrets import SecretStore
from desktop.storage.db import Database
from desktop.storage.models import AlertChannelRecord

_t = marker("AlertChannels")
REQUIRED = _t("This field is required.")
BAD_PORT = _t("Type a port number from 1 to 65535.")
BAD_URL = _t("Type the full address, starting with https://")
BAD_TOKEN = _t("A bot token looks like 123456789:ABC-def… (ask @BotFather).")
BAD_EMAIL = _t("Type one or more email addresses, separated by commas.")
BAD_SECURITY = _t("Choose STARTTLS, SSL or none.")
UNKNOWN_CHANNEL = _t("Unknown channel.")

#: The plain settings each channel keeps (its secret is separate), with defaults.
SETTINGS: dict[str, dict[str, Any]] = {
    EMAIL: {"host": "", "port": 587, "security": "starttls", "username": "", "sender": "",
            "recipients": ""},
    TELEGRAM: {"chat_id": "", "api_url": TELEGRAM_API},
    DISCORD: {},
    SLACK: {},
    WEBHOOK: {},
}
#: What the keyring holds for each configurable channel.
SECRET_NAMES = {EMAIL: "password", TELEGRAM: "bot_token", DISCORD: "webhook_url",
                SLACK: "webhook_url", WEBHOOK: "url"}


def validate(channel: str, settings: dict[str, Any], secret: str,
             has_stored_secret: bool) -> dict[str, Any]:
    """The cleaned settings, or ChannelSettingError naming the first wrong field."""
    if channel not in CHANNELS:
        raise ChannelSettingError("channel", UNKNOWN_CHANNEL)
    if channel not in CONFIGURABLE:
        return {}
    clean = {**SETTINGS[channel], **{k: v for k, v in settings.items() if k in SETTINGS[channel]}}
    have_secret = bool(secret) or has_stored_secret
    if channel == EMAIL:
        clean["host"] = str(clean["host"]).strip()
        if not clean["host"]:
            raise ChannelSettingError("host", REQUIRED)
        try:
            port = int(str(clean["port"]).strip())
        except ValueError:
            raise ChannelSettingError("port", BAD_PORT) from None
        if not 1 <= port <= 65535:
            raise ChannelSettingError("port", BAD_PORT)
        clean["port"] = port
        if clean["security"] not in SECURITY:
            raise ChannelSettingError("security", BAD_SECURITY)
        clean["sender"] = str(clean["sender"]).strip()
        if "@" not in clean["sender"]:
            raise ChannelSettingError("sender", BAD_EMAIL)
        recipients = [r.strip() for r in str(clean["recipients"]).split(",") if r.strip()]
        if not recipients or any("@" not in r for r in recipients):
            raise ChannelSettingError("recipients", BAD_EMAIL)
        clean["recipients"] = ", ".join(recipients)
        clean["username"] = str(clean["username"]).strip()
        if clean["username"] and not have_secret:
            raise ChannelSettingError("secret", REQUIRED)
    elif channel == TELEGRAM:
        clean["chat_id"] = str(clean["chat_id"]).strip()
        if not clean["chat_id"]:
            raise ChannelSettingError("chat_id", REQUIRED)
        clean["api_url"] = str(clean["api_url"] or TELEGRAM_API).strip()
        if not _is_url(clean["api_url"]):
            raise ChannelSettingError("api_url", BAD_URL)
        if not have_secret:
            raise ChannelSettingError("secret", REQUIRED)
        if secret and (":" not in secret or not secret.split(":", 1)[0].isdigit()):
            raise ChannelSettingError("secret", BAD_TOKEN)
    else:  # a webhook URL is the whole of the channel
        if not have_secret:
            raise ChannelSettingError("secret", REQUIRED)
        if secret and not _is_url(secret):
            raise ChannelSettingError("secret", BAD_URL)
    return clean


def _is_url(text: str) -> bool:
    parsed = urlparse(text.strip())
    return parsed.scheme in ("https", "http") and bool(parsed.netloc)


class ChannelSettings:
    """Runs on the engine thread; keyring calls go to a worker thread (they block on D-Bus)."""

    def __init__(self, database: Database, secrets: SecretStore, publish: Callable[[Event], None],
                 window_open: Callable[[], bool], texts: Callable[[], DeliveryTexts]) -> None:
        self.database = database
        self.secrets = secrets
        self._publish = publish
        self._window_open = window_open
        self._texts = texts
        self._built: dict[str, Channel] = {}

    def _rows(self) -> dict[str, AlertChannelRecord]:
        with self.database.session() as session:
            return {r.channel: r for r in session.scalars(select(AlertChannelRecord))}

    async def configs(self) -> list[ChannelConfig]:
        rows = self._rows()
        out = []
        for channel in CHANNELS:
            row = rows.get(channel)
            settings = {**SETTINGS.get(channel, {}),
                        **(json.loads(row.settings_json) if row else {})}
            has_secret = False
            if channel in CONFIGURABLE and row is not None:
                has_secret = bool(await asyncio.to_thread(self.secrets.load_channel_secret,
                                                          channel))
            # the channels on this computer need no setting: on until turned off
            enabled = row.enabled if row is not None else channel not in CONFIGURABLE
            out.append(ChannelConfig(channel, enabled, settings, has_secret))
        return out

    async def save(self, draft: ChannelDraft) -> ChannelConfig:
        stored = ""
        if draft.channel in CONFIGURABLE:
            stored = await asyncio.to_thread(self.secrets.load_channel_secret, draft.channel)
        clean = validate(draft.channel, draft.settings, draft.secret, bool(stored))
        if draft.secret and draft.channel in CONFIGURABLE:
            await asyncio.to_thread(self.secrets.save_channel_secret, draft.channel,
                                    draft.secret.strip())
        with self.database.session() as session:
            row = session.get(AlertChannelRecord, draft.channel)
            if row is None:
                row = AlertChannelRecord(channel=draft.channel)
                session.add(row)
            row.enabled = draft.enabled
            row.settings_json = json.dumps(clean, sort_keys=True)
            row.updated_ms = int(time.time() * 1000)
        self._built.pop(draft.channel, None)
        return ChannelConfig(draft.channel, draft.enabled, clean,
                             bool(draft.secret or stored))

    async def remove(self, channel: str) -> None:
        """Forget a channel's settings and its keyring secret."""
        if channel in CONFIGURABLE:
            await asyncio.to_thread(self.secrets.delete_channel_secret, channel)
        with self.database.session() as session:
            row = session.get(AlertChannelRecord, channel)
            if row is not None:
                session.delete(row)
        self._built.pop(channel, None)

    async def channel(self, channel: str) -> Channel:
        """The channel ready to send, or DeliveryError (permanent) saying what is missing."""
        built = self._built.get(channel)
        if built is not None:
            return built
        row = self._rows().get(channel)
        texts = self._texts()
        if row is not None and not row.enabled:
            raise DeliveryError(texts.disabled, permanent=True)
        if channel in CONFIGURABLE:
            if row is None:
                raise DeliveryError(texts.not_configured, permanent=True)
            secret = await asyncio.to_thread(self.secrets.load_channel_secret, channel)
            built = self.build(channel, json.loads(row.settings_json), secret)
        else:
            built = self.build(channel, {}, "")
        self._built[channel] = built
        return built

    def build(self, channel: str, settings: dict[str, Any], secret: str) -> Channel:
        texts = self._texts()
        if channel == DESKTOP:
            return DesktopChannel(self._publish, self._window_open, texts)
        if channel == TOAST:
            return toast_channel(self._publish, self._window_open, texts)
        if channel == TRAY:
            return tray_channel(self._publish, self._window_open, texts)
        if channel == SOUND:
            return SoundChannel()
        needs_secret = channel != EMAIL or bool(settings.get("username"))
        if needs_secret and not secret:
            raise DeliveryError(texts.not_configured, permanent=True)
        if channel == EMAIL:
            recipients = tuple(r.strip() for r in str(settings["recipients"]).split(",")
                               if r.strip())
            return EmailChannel(settings["host"], int(settings["port"]), settings["sender"],
                                recipients, settings.get("username", ""), secret,
                                settings.get("security", "starttls"))
        if channel == TELEGRAM:
            return TelegramChannel(secret, str(settings["chat_id"]),
                                   settings.get("api_url") or TELEGRAM_API)
        if channel == DISCORD:
            return DiscordChannel(secret)
        if channel == SLACK:
            return SlackChannel(secret)
        if channel == WEBHOOK:
            return WebhookChannel(secret)
        raise DeliveryError(UNKNOWN_CHANNEL, permanent=True)

    async def test_channel(self, draft: ChannelDraft) -> Channel:
        """The channel as the draft describes it (the stored secret where it has none), for
        the dialog's Send test: nothing is saved."""
        stored = ""
        if draft.channel in CONFIGURABLE:
            stored = await asyncio.to_thread(self.secrets.load_channel_secret, draft.channel)
        clean = validate(draft.channel, draft.settings, draft.secret, bool(stored))
        return self.build(draft.channel, clean, draft.secret.strip() or stored)
