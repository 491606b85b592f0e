"""What alert delivery tells the rest of the app: channel names, per-delivery status, channel
health, the events the UI shows (toasts, tray messages) and the message a delivery carries.

Plain data, Qt-free, shared by the engine (desktop/alerts/delivery) and the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.events import Event

#: Every channel a rule can choose, in the order the UI lists them (desktop.alerts.model's
#: CHANNELS names the same ones).
DESKTOP = "desktop"  # native notification (D-Bus on Linux), the tray message as fallback
TRAY = "tray"  # the system tray's message balloon
TOAST = "toast"  # a message inside the window
SOUND = "sound"  # a short WAV per severity
EMAIL = "email"
TELEGRAM = "telegram"
DISCORD = "discord"
SLACK = "slack"
WEBHOOK = "webhook"
CHANNELS = (DESKTOP, TRAY, TOAST, SOUND, EMAIL, TELEGRAM, DISCORD, SLACK, WEBHOOK)
#: Channels that need settings (and a secret in the keyring) before they can send.
CONFIGURABLE = (EMAIL, TELEGRAM, DISCORD, SLACK, WEBHOOK)

SEVERITIES = ("info", "warning", "critical")

# Delivery states of one (trigger, channel) row of the outbox.
PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"


def severity_of(value: Any) -> str:
    """"info", "warning" or "critical" from a str or an enum (unknown values read as info)."""
    text = str(getattr(value, "value", value) or "").lower()
    return text if text in SEVERITIES else "info"


@dataclass(slots=True, frozen=True)
class DeliveryMessage:
    """One alert to deliver: `trigger_id` is the dedupe key (submitting it again for the same
    channel does nothing)."""

    trigger_id: str
    title: str
    body: str
    severity: str = "info"
    channels: tuple[str, ...] = ()
    rule_id: str = ""
    symbol: str = ""
    time_ms: int = 0


@dataclass(slots=True, frozen=True)
class DeliveryTexts:
    """The sentences delivery writes into messages and errors. English here; the window hands
    the engine its translated set (widgets/alert_channels/notifier.py), so a Telegram message
    or an error in the alert history reads in the user's language."""

    more_alerts: str = "…and {count} more alerts:"
    interrupted: str = ("Pregão stopped while sending this alert and this channel cannot tell "
                        "whether it arrived, so it was not sent again (no duplicate).")
    not_configured: str = "This channel is not set up: open Alert channels to set it up."
    disabled: str = "This channel is turned off in Alert channels."
    no_window: str = "No Pregão window was open to show it."
    test_title: str = "Pregão test alert"
    test_body: str = "If you can read this, alerts reach you here."


@dataclass(slots=True, frozen=True)
class DeliveryStatus:
    """Where one trigger's delivery to one channel stands."""

    trigger_id: str
    channel: str
    state: str  # pending / sending / sent / failed
    attempts: int = 0
    last_error: str = ""
    next_attempt_ms: int = 0
    sent_ms: int | None = None
    folded_into: str = ""  # the trigger whose message carried this one (a folded burst)


@dataclass(slots=True, frozen=True)
class ChannelHealth:
    channel: str
    failing: bool = False
    detail: str = ""  # the last error, when failing
    consecutive_failures: int = 0
    last_success_ms: int | None = None


@dataclass(slots=True, frozen=True)
class ChannelConfig:
    """A channel's settings as the UI sees them: never the secret itself, only whether the
    keyring holds one."""

    channel: str
    enabled: bool = False
    settings: dict[str, Any] = field(default_factory=dict)
    has_secret: bool = False


@dataclass(slots=True, frozen=True)
class ChannelDraft:
    """Settings typed into the channel dialog. An empty `secret` keeps the stored one."""

    channel: str
    enabled: bool = True
    settings: dict[str, Any] = field(default_factory=dict)
    secret: str = field(default="", repr=False)


class ChannelSettingError(ValueError):
    """A channel setting is wrong: `field` names it, the message says what to type."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass(slots=True, frozen=True)
class AlertDeliveryEvent(Event):
    """A delivery changed state (never dropped: the alert history shows it)."""

    status: DeliveryStatus


@dataclass(slots=True, frozen=True)
class AlertChannelHealthEvent(Event):
    """A channel started or stopped failing."""

    health: ChannelHealth


@dataclass(slots=True, frozen=True)
class AlertNotifyEvent(Event):
    """Something the window shows: `kind` "toast" (in-app) or "tray" (the system tray message,
    when the native notification failed)."""

    kind: str
    title: str
    body: str
    severity: str = "info"
    trigger_id: str = ""
