"""Keeping an exchange connection usable when the exchange is not: retries with backoff, a
circuit breaker, the ban/rate-limit gate, clock offset and the markets cache.

Qt-free and exchange-agnostic: it sees only `desktop.core` errors. A venue wraps each request in
`Resilience.call(fn, idempotent=...)`:

- Reads and cancels (idempotent) are retried on temporary errors (`VenueError.retryable`) with
  exponential backoff and jitter, never sooner than a Retry-After the exchange asked for.
- Anything else is sent once: a retried order could be placed twice.
- A ban (HTTP 418) closes the gate for every request until it ends: nothing is sent meanwhile,
  each call raises `ExchangeBanned` saying until when.
- A rate limit (429) holds every request until its Retry-After has passed.
- After `failure_threshold` consecutive temporary failures the breaker opens: calls fail fast
  for `cooldown_s`, then one probe is let through; its success closes the breaker.
  State changes are published as `ConnectionEvent`s.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from desktop.core import (
    ConnectionEvent,
    ConnectionState,
    Event,
    ExchangeBanned,
    ExchangeUnavailable,
    RateLimited,
    VenueError,
)
from desktop.core.messages import Message, marker, text_of

log = logging.getLogger(__name__)
_t = marker("ExchangeErrors")
T = TypeVar("T")
Publish = Callable[[Event], None]
MARKETS_TTL_S = 24 * 3600.0


def wall_ms() -> int:
    return int(time.time() * 1000)


def utc_clock_text(ms: int) -> str:
    """"14:05:30 UTC" (with the date when it is not today)."""
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    if moment.date() == datetime.now(UTC).date():
        return moment.strftime("%H:%M:%S UTC")
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")


def ban_sentence(exchange: str, until_ms: int) -> Message:
    return _t("{exchange} has banned this IP address for sending too many requests; no request "
              "will be sent until {until}.", exchange=exchange, until=utc_clock_text(until_ms))


# -- retry ---------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class RetryPolicy:
    max_attempts: int = 4  # first try included
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0
    jitter: float = 0.5  # each delay is scaled by a random factor in [1 - jitter, 1]

    def delay_s(self, attempt: int, retry_after_s: float | None = None,
                rng: random.Random | None = None) -> float:
        """Wait before retry number `attempt` (1 = first retry)."""
        backoff = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        backoff *= 1.0 - self.jitter * (rng or random).random()
        return max(backoff, retry_after_s or 0.0)


# -- circuit breaker -----------------------------------------------------------------------


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitOpen(ExchangeUnavailable):
    """Refused locally: the breaker is open, the request was not sent."""

    retryable = False


class CircuitBreaker:
    def __init__(self, failure_threshold: int = 5, cooldown_s: float = 30.0,
                 on_change: Callable[[BreakerState, str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.failure_threshold = failure_threshold
        self.cooldown_s = cooldown_s
        self.state = BreakerState.CLOSED
        self.failures = 0
        self._opened_at = 0.0
        self._probe_in_flight = False
        self.on_change = on_change or (lambda state, detail: None)
        self._clock = clock

    def before_call(self, venue: str, exchange: str) -> None:
        """Raise `CircuitOpen` unless a request may be sent now."""
        if self.state is BreakerState.CLOSED:
            return
        waited = self._clock() - self._opened_at
        if self.state is BreakerState.OPEN and waited >= self.cooldown_s:
            self._set(BreakerState.HALF_OPEN, _t("{exchange}: trying one request",
                                                 exchange=exchange))
        if self.state is BreakerState.HALF_OPEN and not self._probe_in_flight:
            self._probe_in_flight = True
            return
        left = max(0.0, self.cooldown_s - waited)
        raise CircuitOpen(_t(
            "{exchange} is not answering ({failures} failed requests in a row); requests are "
            "paused, the next try is in {left:.0f} s", exchange=exchange,
            failures=self.failures, left=left), venue)

    def record_success(self) -> None:
        self._probe_in_flight = False
        self.failures = 0
        if self.state is not BreakerState.CLOSED:
            self._set(BreakerState.CLOSED, _t("connection restored"))

    def record_failure(self, why: str = "") -> None:
        self._probe_in_flight = False
        self.failures += 1
        if self.state is BreakerState.HALF_OPEN or (
            self.state is BreakerState.CLOSED and self.failures >= self.failure_threshold
        ):
            self._opened_at = self._clock()
            if why:
                detail = _t("{failures} failed requests in a row ({why}); pausing {pause:g} s",
                            failures=self.failures, why=why, pause=self.cooldown_s)
            else:
                detail = _t("{failures} failed requests in a row; pausing {pause:g} s",
                            failures=self.failures, pause=self.cooldown_s)
            self._set(BreakerState.OPEN, detail)

    def _set(self, state: BreakerState, detail: str) -> None:
        if state is self.state:
            return
        self.state = state
        self.on_change(state, detail)


# -- ban / rate-limit gate -----------------------------------------------------------------


class RequestGate:
    """Holds every request of a venue during a ban (refused) or a rate-limit pause (waited)."""

    def __init__(self, clock_ms: Callable[[], int] = wall_ms) -> None:
        self.banned_until_ms = 0
        self.paused_until_ms = 0
        self._clock_ms = clock_ms

    def now_ms(self) -> int:
        return self._clock_ms()

    def ban(self, until_ms: int) -> None:
        self.banned_until_ms = max(self.banned_until_ms, until_ms)

    def pause(self, seconds: float) -> None:
        self.paused_until_ms = max(self.paused_until_ms, self._clock_ms() + int(seconds * 1000))

    @property
    def banned(self) -> bool:
        return self._clock_ms() < self.banned_until_ms

    async def wait(self, venue: str, exchange: str,
                   sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        if self.banned:
            raise ExchangeBanned(ban_sentence(exchange, self.banned_until_ms), venue,
                                 until_ms=self.banned_until_ms)
        while (left := self.paused_until_ms - self._clock_ms()) > 0:
            await sleep(left / 1000)


# -- the combination -----------------------------------------------------------------------


class Resilience:
    """Gate + breaker + retry for one venue; publishes its connection state."""

    def __init__(self, venue: str, exchange: str, policy: RetryPolicy | None = None,
                 breaker: CircuitBreaker | None = None, publish: Publish | None = None,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 clock_ms: Callable[[], int] = wall_ms, rng: random.Random | None = None) -> None:
        self.venue = venue
        self.exchange = exchange
        self.policy = policy or RetryPolicy()
        self.breaker = breaker or CircuitBreaker()
        self.breaker.on_change = self._breaker_changed
        self.gate = RequestGate(clock_ms)
        self._publish = publish or (lambda event: None)
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._was_banned = False

    async def call(self, fn: Callable[[], Awaitable[T]], *, idempotent: bool) -> T:
        attempt = 0
        while True:
            await self.gate.wait(self.venue, self.exchange, self._sleep)
            if self._was_banned:
                self._was_banned = False
                self._announce(ConnectionState.CONNECTED, _t("the ban has ended"))
            self.breaker.before_call(self.venue, self.exchange)
            attempt += 1
            try:
                result = await fn()
            except ExchangeBanned as err:
                self.breaker.record_success()  # it answered; the ban is not an outage
                until = err.until_ms or self.gate.now_ms() + 60_000
                self.gate.ban(until)
                self._was_banned = True
                self._announce(ConnectionState.BANNED, _t("banned until {until}",
                                                          until=utc_clock_text(until)))
                raise
            except RateLimited as err:
                self.breaker.record_success()
                wait = self.policy.delay_s(attempt, err.retry_after_s, self._rng)
                self.gate.pause(wait)
                self._announce(ConnectionState.DEGRADED,
                               _t("rate limited, retrying in {wait:.0f} s", wait=wait))
                if not idempotent or attempt >= self.policy.max_attempts:
                    raise
                continue
            except VenueError as err:
                if not err.retryable:
                    self.breaker.record_success()  # a refusal is an answer: the link works
                    raise
                self.breaker.record_failure(text_of(err))
                if not idempotent or attempt >= self.policy.max_attempts:
                    raise
                if self.breaker.state is BreakerState.OPEN:
                    raise
                delay = self.policy.delay_s(attempt, None, self._rng)
                log.info("%s: %s; retry %d in %.2f s", self.venue, err, attempt, delay)
                await self._sleep(delay)
                continue
            self.breaker.record_success()
            return result

    def _breaker_changed(self, state: BreakerState, detail: str) -> None:
        if state is BreakerState.OPEN:
            self._announce(ConnectionState.DEGRADED, detail)
        elif state is BreakerState.CLOSED:
            self._announce(ConnectionState.CONNECTED, detail)

    def _announce(self, state: ConnectionState, detail: str) -> None:
        self._publish(ConnectionEvent(self.venue, state, detail))


# -- clock offset --------------------------------------------------------------------------


@dataclass(slots=True)
class ClockOffset:
    """Exchange clock minus local clock, in ms; the request's travel time split evenly."""

    offset_ms: int = 0
    measured_at_ms: int = 0

    async def measure(self, fetch_server_ms: Callable[[], Awaitable[int]],
                      local_ms: Callable[[], int] = wall_ms) -> int:
        sent = local_ms()
        server = await fetch_server_ms()
        received = local_ms()
        self.offset_ms = int(server - (sent + received) / 2)
        self.measured_at_ms = received
        return self.offset_ms

    def exchange_now_ms(self, local_ms: Callable[[], int] = wall_ms) -> int:
        return local_ms() + self.offset_ms


# -- markets cache -------------------------------------------------------------------------


class MarketsCache:
    """Markets kept for `ttl_s` in memory and, when a directory is given, on disk as JSON, so a
    restart within a day does not download every market again."""

    def __init__(self, key: str, cache_dir: Path | None = None, ttl_s: float = MARKETS_TTL_S,
                 clock_ms: Callable[[], int] = wall_ms) -> None:
        self.key = key
        self.path = Path(cache_dir) / f"markets-{key}.json" if cache_dir else None
        self.ttl_s = ttl_s
        self._clock_ms = clock_ms
        self._payload: object | None = None
        self._saved_ms = 0

    def get(self) -> object | None:
        if self._payload is not None and self._fresh(self._saved_ms):
            return self._payload
        return self._read_disk()

    def put(self, payload: object) -> None:
        self._payload, self._saved_ms = payload, self._clock_ms()
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"saved_ms": self._saved_ms, "payload": payload}))
            tmp.replace(self.path)  # atomic: a crash never leaves half a file
        except (OSError, TypeError, ValueError) as err:
            log.warning("Could not save the markets cache %s: %s", self.path, err)

    def clear(self) -> None:
        self._payload = None
        if self.path is not None and self.path.exists():
            self.path.unlink()

    def _fresh(self, saved_ms: int) -> bool:
        return self._clock_ms() - saved_ms < self.ttl_s * 1000

    def _read_disk(self) -> object | None:
        if self.path is None or not self.path.exists():
            return None
        try:
            data = json.loads(self.path.read_text())
            saved_ms = int(data["saved_ms"])
            payload = data["payload"]
        except (OSError, ValueError, KeyError, TypeError) as err:
            log.warning("Ignoring the unreadable markets cache %s: %s", self.path, err)
            return None
        if not self._fresh(saved_ms):
            return None
        self._payload, self._saved_ms = payload, saved_ms
        return payload
