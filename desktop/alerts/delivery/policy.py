"""How hard and how often each channel is tried: the error taxonomy, backoff, rate limits.

One error type (`DeliveryError`) says whether trying again can help (temporary), cannot
(permanent: a wrong token, an unknown chat) or must wait for a time the service named
(retry-after). The outbox reads nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.alert_delivery import (
    DESKTOP,
    DISCORD,
    EMAIL,
    SLACK,
    SOUND,
    TELEGRAM,
    TOAST,
    TRAY,
    WEBHOOK,
)

MAX_ATTEMPTS = 8  # then the delivery is failed, with the last reason
BACKOFF_BASE_S = 2.0
BACKOFF_MAX_S = 600.0
FAILING_AFTER = 3  # consecutive failures before a channel is shown as failing
MAX_RETRY_AFTER_S = 3600.0  # a service asking for longer is capped (and retried then)


class DeliveryError(Exception):
    """A delivery attempt that did not arrive. The text is shown to the user and stored: it
    never carries a token, a password or a webhook URL."""

    def __init__(self, text: str, *, permanent: bool = False,
                 retry_after_s: float | None = None) -> None:
        super().__init__(text)
        self.permanent = permanent
        self.retry_after_s = retry_after_s


def backoff_s(attempts: int) -> float:
    """Wait before attempt `attempts + 1`: 2, 4, 8 … seconds, capped at ten minutes."""
    return min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** max(0, attempts - 1))


def retry_delay_s(attempts: int, retry_after_s: float | None) -> float:
    """The service's retry-after when it names one (it knows when it will take the message
    again), else our exponential backoff."""
    if retry_after_s is not None:
        return min(MAX_RETRY_AFTER_S, max(0.0, retry_after_s))
    return backoff_s(attempts)


@dataclass(slots=True, frozen=True)
class RateLimit:
    """At most `messages` per `period_s` (a token bucket: a full bucket allows a burst)."""

    messages: int
    period_s: float


#: Published limits where the service has one (Telegram: ~20 messages a minute to one chat;
#: Discord webhooks: 5 requests per 2 s; Slack incoming webhooks: 1 message a second), and a
#: calm pace for the local ones so a storm of alerts folds instead of covering the screen.
RATE_LIMITS: dict[str, RateLimit] = {
    TELEGRAM: RateLimit(20, 60.0),
    DISCORD: RateLimit(5, 2.0),
    SLACK: RateLimit(1, 1.0),
    EMAIL: RateLimit(10, 60.0),
    WEBHOOK: RateLimit(60, 60.0),
    DESKTOP: RateLimit(5, 10.0),
    TOAST: RateLimit(5, 10.0),
    TRAY: RateLimit(5, 10.0),
    SOUND: RateLimit(1, 2.0),
}


class TokenBucket:
    def __init__(self, limit: RateLimit, now_s: float) -> None:
        self.capacity = float(limit.messages)
        self.rate = limit.messages / limit.period_s
        self.tokens = self.capacity
        self.stamp = now_s
        self.blocked_until_s = 0.0  # a retry-after pauses the whole channel

    def refill(self, now_s: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now_s - self.stamp) * self.rate)
        self.stamp = now_s
        return self.tokens

    def wait_s(self, now_s: float) -> float:
        """How long until one message may go."""
        if now_s < self.blocked_until_s:
            return self.blocked_until_s - now_s
        tokens = self.refill(now_s)
        return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def take(self, now_s: float) -> None:
        self.refill(now_s)
        self.tokens = max(0.0, self.tokens - 1.0)

    def block(self, until_s: float) -> None:
        self.blocked_until_s = max(self.blocked_until_s, until_s)
