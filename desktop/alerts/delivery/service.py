"""The delivery service the engine holds: submit triggers, ask how their deliveries stand and
how each channel is doing, configure and test channels. Runs on the engine thread's loop;
the UI reaches it through EngineClient coroutines and hears AlertDeliveryEvent,
AlertChannelHealthEvent and AlertNotifyEvent on the bus.

Triggers submitted before the database is open are kept and queued once it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from desktop.alerts.delivery.channel_settings import ChannelSettings
from desktop.alerts.delivery.outbox import Outbox, Outgoing
from desktop.alerts.delivery.outbox_store import OutboxStore
from desktop.alerts.delivery.policy import DeliveryError
from desktop.alerts.delivery.texts import DeliveryTexts
from desktop.core.alert_delivery import (
    CHANNELS,
    ChannelConfig,
    ChannelDraft,
    ChannelHealth,
    DeliveryMessage,
    DeliveryStatus,
    severity_of,
)
from desktop.core.errors import PregaoError
from desktop.core.events import Event
from desktop.core.messages import Message, marker
from desktop.log_redaction import redact
from desktop.secrets import SecretStore
from desktop.storage.db import Database

_t = marker("Alerts")

log = logging.getLogger(__name__)

NOT_READY = "Alert delivery is not ready yet: the database is still opening."


def as_message(trigger: Any) -> DeliveryMessage:
    """A DeliveryMessage from itself or from an alert trigger (desktop.alerts.model
    AlertTrigger: id, rule id, symbol, time_ms, value, title, message, severity, channels)."""
    if isinstance(trigger, DeliveryMessage):
        return trigger
    symbol = str(getattr(trigger, "symbol", "") or "")
    text = _text(getattr(trigger, "message", ""))  # a Message stays one: rendered when sent
    title = _text(getattr(trigger, "title", "")) or (
        f"{symbol}: {text}" if symbol and text else (text or symbol or "Pregão"))
    if not isinstance(title, Message):
        title = title.splitlines()[0][:200] if title else title
    return DeliveryMessage(
        trigger_id=str(getattr(trigger, "trigger_id", "") or getattr(trigger, "id", "")),
        title=title, body=text,
        severity=severity_of(getattr(trigger, "severity", "info")),
        channels=tuple(str(c) for c in (getattr(trigger, "channels", ()) or ())),
        rule_id=str(getattr(trigger, "rule_id", "") or ""), symbol=symbol,
        time_ms=int(getattr(trigger, "time_ms", 0) or 0))


def _text(value: Any) -> str:
    if isinstance(value, Message):
        return value
    return str(value or "")


class DeliveryService:
    def __init__(self, publish: Callable[[Event], None],
                 secrets: SecretStore | None = None,
                 render: Callable[[object], str] = str) -> None:
        """`render` turns a trigger's sentence (a desktop.core.messages.Message, or the
        trader's own text) into what every channel sends: `str` (English) by default; the
        app passes desktop.shell.messages.tr_message, so it reads in the UI's language."""
        self._publish = publish
        self.render = render
        self.secrets = secrets or SecretStore()
        self.texts = DeliveryTexts()
        self.window_open = False
        self.outbox: Outbox | None = None
        self.settings: ChannelSettings | None = None
        self._queue: list[DeliveryMessage] = []
        self._flush_soon = False

    async def start(self, database: Database) -> list[DeliveryStatus]:
        """Open the outbox on `database`, resolve what a crash left mid-send, queue what came
        in meanwhile and deliver everything pending."""
        self.settings = ChannelSettings(database, self.secrets, self._publish,
                                        lambda: self.window_open, lambda: self.texts)
        self.outbox = Outbox(OutboxStore(database), self.settings.channel, self._publish,
                             self.texts, render=self.render)
        resolved = self.outbox.start()
        self._flush()  # what was submitted before the database was open
        return resolved

    async def stop(self) -> None:
        if self.outbox is not None:
            await self.outbox.stop()

    # -- triggers ----------------------------------------------------------------------------
    def submit(self, trigger: Any) -> None:
        """Queue a trigger for each of its channels. Triggers submitted in one turn of the
        engine loop (a burst of rules firing on one tick) are committed together right after
        it, in one transaction: one disk sync instead of one per trigger (~10 ms each), which
        the engine loop would otherwise wait for. The same trigger id again is a no-op per
        channel; unknown channel names are skipped with a warning."""
        self._queue.append(self._checked(trigger))
        if self.outbox is None or self._flush_soon:
            return  # before start: start() queues them
        try:
            asyncio.get_running_loop().call_soon(self._flush)
            self._flush_soon = True
        except RuntimeError:  # not on a loop: commit now
            self._flush()

    def submit_now(self, trigger: Any) -> list[DeliveryStatus]:
        """Like submit, committed before it returns; the rows it created (none when the
        trigger was there already)."""
        self._queue.append(self._checked(trigger))
        return self._flush()

    def _flush(self) -> list[DeliveryStatus]:
        self._flush_soon = False
        if self.outbox is None or not self._queue:
            return []
        queue, self._queue = self._queue, []
        return self.outbox.submit(queue)

    def _checked(self, trigger: Any) -> DeliveryMessage:
        message = as_message(trigger)
        if not message.trigger_id:
            raise PregaoError(_t("An alert trigger needs an id to be delivered once"))
        unknown = [c for c in message.channels if c not in CHANNELS]
        if unknown:
            log.warning("Alert %s names unknown channels %s", message.trigger_id, unknown)
        return replace(message, channels=tuple(c for c in message.channels if c in CHANNELS))

    def statuses(self, trigger_ids: Iterable[str] | None = None) -> list[DeliveryStatus]:
        """Per trigger, per channel: pending / sending / sent / failed with the reason."""
        if self.outbox is None:
            return []
        return self.outbox.store.statuses(None if trigger_ids is None else list(trigger_ids))

    def health(self) -> list[ChannelHealth]:
        return [] if self.outbox is None else self.outbox.health()

    # -- the window --------------------------------------------------------------------------
    def set_window_open(self, is_open: bool) -> None:
        """Toasts and the tray fallback need a window; with none they wait and retry."""
        self.window_open = is_open

    def set_texts(self, texts: DeliveryTexts) -> None:
        """The window's translation of the sentences delivery writes."""
        self.texts = texts
        if self.outbox is not None:
            self.outbox.texts = texts

    # -- channel settings --------------------------------------------------------------------
    async def channel_configs(self) -> list[ChannelConfig]:
        return await self._settings().configs()

    async def save_channel(self, draft: ChannelDraft) -> ChannelConfig:
        return await self._settings().save(draft)

    async def remove_channel(self, channel: str) -> None:
        await self._settings().remove(channel)

    async def send_test(self, draft: ChannelDraft) -> str:
        """Send a test message now through the channel as `draft` describes it (outside the
        outbox: the dialog shows the answer). Returns a note ("" or how it went); raises
        PregaoError with the reason when it did not arrive."""
        settings = self._settings()
        try:
            channel = await settings.test_channel(draft)
            note = await channel.send(Outgoing(f"pregao-test-{draft.channel}",
                                               self.texts.test_title, self.texts.test_body,
                                               "info"))
        except DeliveryError as exc:
            raise PregaoError(redact(str(exc))) from None
        if self.outbox is not None and not note:  # it works now: no longer shown failing
            self.outbox.mark_healthy(draft.channel)
        return note

    def _settings(self) -> ChannelSettings:
        if self.settings is None:
            raise PregaoError(NOT_READY)
        return self.settings
