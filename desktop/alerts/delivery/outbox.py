"""The outbox worker: delivers every pending row, one task per channel, on the engine loop.

Per channel: wait for a due row and a rate-limit token; when more rows are due than tokens
remain, fold them into one message ("…and 7 more alerts:"); mark the rows `sending` and commit;
send; mark them `sent`, or pending again after a backoff (the service's retry-after when it
names one, which also pauses the whole channel), or `failed` with the reason when trying again
cannot help or the attempts are used up. A channel that fails FAILING_AFTER times in a row (or
once for good) is reported failing until a delivery succeeds again.

What "exactly once" means per channel (see recover()): a request carrying an idempotency key
(the generic webhook: `Idempotency-Key` header and `id` field) is repeated after a crash mid-
send and the receiver drops the repeat; Telegram, Discord, Slack, email and the desktop
channels have no such key, so a delivery interrupted mid-send is failed with that reason
rather than risking a second copy. Everything not yet marked `sending` is delivered once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from desktop.alerts.delivery.outbox_store import OutboxItem, OutboxStore
from desktop.alerts.delivery.policy import (
    FAILING_AFTER,
    MAX_ATTEMPTS,
    RATE_LIMITS,
    DeliveryError,
    RateLimit,
    TokenBucket,
    retry_delay_s,
)
from desktop.alerts.delivery.texts import DeliveryTexts, fold
from desktop.core.alert_delivery import (
    FAILED,
    WEBHOOK,
    AlertChannelHealthEvent,
    AlertDeliveryEvent,
    ChannelHealth,
    DeliveryMessage,
    DeliveryStatus,
)
from desktop.core.events import Event
from desktop.log_redaction import redact

log = logging.getLogger(__name__)

STOP_GRACE_S = 0.5  # the engine's whole stop has ~2 s
#: Channels whose requests carry an idempotency key the receiver honours.
IDEMPOTENT_CHANNELS = frozenset({WEBHOOK})


@dataclass(slots=True, frozen=True)
class Outgoing:
    """One message on the wire: a single alert or a folded burst (`items`, first = head)."""

    key: str  # idempotency key: stable across retries and restarts
    title: str
    body: str
    severity: str
    items: tuple[OutboxItem, ...] = field(default=())


class Channel(Protocol):
    name: str

    async def send(self, message: Outgoing) -> str:
        """Deliver or raise DeliveryError; returns a note for the history ("" usually)."""
        ...


ChannelSource = Callable[[str], Awaitable[Channel]]


class Outbox:
    def __init__(self, store: OutboxStore, channels: ChannelSource,
                 publish: Callable[[Event], None], texts: DeliveryTexts | None = None,
                 rate_limits: dict[str, RateLimit] | None = None,
                 render: Callable[[object], str] = str) -> None:
        self.store = store
        # a stored sentence (a Message) to the text a channel sends: English, or the UI's
        # language when the app passes desktop.shell.messages.tr_message
        self.render = render
        self._channel = channels  # raises DeliveryError when the channel is not usable
        self._publish = publish
        self.texts = texts or DeliveryTexts()
        self._limits = rate_limits or RATE_LIMITS
        self._buckets: dict[str, TokenBucket] = {}
        self._wake: dict[str, asyncio.Event] = {}
        self._tasks: dict[str, asyncio.Task] = {}
        self._health: dict[str, ChannelHealth] = {}
        self._running = False

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> list[DeliveryStatus]:
        """Resolve what a crash left mid-send, then deliver everything pending."""
        self._running = True
        resolved = self.store.recover(
            lambda channel: channel in IDEMPOTENT_CHANNELS,
            lambda _channel: self.texts.interrupted)
        for status in resolved:
            self._publish(AlertDeliveryEvent(status))
        # a channel whose last delivery failed is still shown failing after a restart
        for channel, last in self.store.last_outcomes().items():
            if last.state == FAILED:
                self._set_health(channel, ok=False, detail=last.last_error, permanent=True)
        for channel in self.store.channels_with_work():
            self._kick(channel)
        return resolved

    async def stop(self) -> None:
        """A send in flight gets STOP_GRACE_S to finish (so a normal quit does not leave it
        `sending`, to be failed as interrupted at the next start); then the workers go."""
        self._running = False
        tasks = [t for t in self._tasks.values() if not t.done()]
        for event in self._wake.values():
            event.set()  # idle workers see _running False and end
        if tasks:
            await asyncio.wait(tasks, timeout=STOP_GRACE_S)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    # -- API ---------------------------------------------------------------------------------
    def submit(self, messages: list[DeliveryMessage]) -> list[DeliveryStatus]:
        """Queue each message for each of its channels, in one transaction committed before
        this returns."""
        created = self.store.add(messages, _now_ms())
        for status in created:
            self._publish(AlertDeliveryEvent(status))
        for channel in dict.fromkeys(s.channel for s in created):
            self._kick(channel)
        return created

    def mark_healthy(self, channel: str) -> None:
        """A test message got through (the trader fixed the settings): said even when this
        outbox did not see it fail, so every view showing it failing clears."""
        self._set_health(channel, ok=True)
        self._publish(AlertChannelHealthEvent(self._health[channel]))

    def health(self) -> list[ChannelHealth]:
        return sorted(self._health.values(), key=lambda h: h.channel)

    # -- the per-channel worker ---------------------------------------------------------------
    def _kick(self, channel: str) -> None:
        self._wake.setdefault(channel, asyncio.Event()).set()
        task = self._tasks.get(channel)
        if self._running and (task is None or task.done()):
            self._tasks[channel] = asyncio.create_task(self._run(channel),
                                                       name=f"alert-outbox-{channel}")

    async def _run(self, channel: str) -> None:
        wake = self._wake.setdefault(channel, asyncio.Event())
        bucket = self._buckets.get(channel)
        if bucket is None:
            limit = self._limits.get(channel, RateLimit(30, 60.0))
            bucket = self._buckets[channel] = TokenBucket(limit, time.monotonic())
        while self._running:
            wake.clear()
            due = self.store.due(channel, _now_ms())
            if not due:
                next_ms = self.store.next_due_ms(channel)
                if next_ms is None:
                    await wake.wait()  # a submit wakes us
                else:
                    await _wait(wake, (next_ms - _now_ms()) / 1000)
                continue
            pause = bucket.wait_s(time.monotonic())
            if pause > 0:
                await _wait(wake, pause)
                continue  # more may be due now: fold them too
            tokens = bucket.refill(time.monotonic())
            batch = due if len(due) > 1 and len(due) > tokens else due[:1]
            bucket.take(time.monotonic())
            try:
                await self._deliver(channel, batch, bucket)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not stop the channel's other deliveries
                log.exception("Alert delivery to %s failed unexpectedly", channel)
                self._emit(self.store.mark_retry(batch, "internal error",
                                                 _now_ms() + 60_000))

    async def _deliver(self, channel: str, batch: list[OutboxItem], bucket: TokenBucket) -> None:
        head = batch[0]
        # the items as sent: their sentences rendered (the webhook lists each of them too)
        items = tuple(replace(i, title=self._render(i.title), body=self._render(i.body))
                      for i in batch)
        title, body = fold(self.texts, (items[0].title, items[0].body),
                           [(i.title, i.body) for i in items[1:]])
        message = Outgoing(f"pregao-{head.trigger_id}-{channel}", title, body,
                           _worst(batch), items)
        self._emit(self.store.mark_sending(batch))
        try:
            sender = await self._channel(channel)
            note = await sender.send(message)
        except DeliveryError as exc:
            self._failed(channel, batch, exc, bucket)
            return
        self._emit(self.store.mark_sent(batch, _now_ms(), redact(self._render(note or ""))))
        self._set_health(channel, ok=True)

    def _failed(self, channel: str, batch: list[OutboxItem], exc: DeliveryError,
                bucket: TokenBucket) -> None:
        text = redact(str(exc))
        attempts = max(i.attempts for i in batch) + 1
        if exc.permanent or attempts >= MAX_ATTEMPTS:
            self._emit(self.store.mark_failed(batch, text))
        else:
            delay = retry_delay_s(attempts, exc.retry_after_s)
            until_ms = _now_ms() + int(delay * 1000)
            self._emit(self.store.mark_retry(batch, text, until_ms))
            if exc.retry_after_s is not None:
                bucket.block(time.monotonic() + delay)
                self.store.hold(channel, until_ms)
        log.warning("Alert delivery to %s failed (attempt %d): %s", channel, attempts, text)
        self._set_health(channel, ok=False, detail=text, permanent=exc.permanent)

    def _render(self, text: str) -> str:
        try:
            return self.render(text)
        except Exception:  # a broken renderer must not lose the alert: English then
            log.exception("Rendering an alert text failed")
            return str(text)

    # -- health ------------------------------------------------------------------------------
    def _set_health(self, channel: str, ok: bool, detail: str = "",
                    permanent: bool = False) -> None:
        old = self._health.get(channel, ChannelHealth(channel))
        if ok:
            new = ChannelHealth(channel, False, "", 0, _now_ms())
        else:
            count = old.consecutive_failures + 1
            failing = permanent or count >= FAILING_AFTER
            new = ChannelHealth(channel, failing, detail, count, old.last_success_ms)
        self._health[channel] = new
        if new.failing != old.failing or (new.failing and new.detail != old.detail):
            self._publish(AlertChannelHealthEvent(new))

    def _emit(self, statuses: list[DeliveryStatus]) -> None:
        for status in statuses:
            self._publish(AlertDeliveryEvent(status))


async def _wait(event: asyncio.Event, timeout_s: float) -> None:
    try:
        await asyncio.wait_for(event.wait(), max(0.0, timeout_s))
    except TimeoutError:
        pass


_SEVERITY_RANK = {"info": 0, "warning": 1, "critical": 2}


def _worst(items: list[OutboxItem]) -> str:
    return max((i.severity for i in items), key=lambda s: _SEVERITY_RANK.get(s, 0))


def _now_ms() -> int:
    return int(time.time() * 1000)
