"""The channels on this computer: the native desktop notification (with the system tray
message as its fallback), the in-app toast and the sound.

The native notification goes through plyer's notification facade. On Linux plyer's own
backends need dbus-python or the notify-send program and do not report a failure (notify-send's
exit status is ignored), which would hide exactly the case the tray fallback is for; so on Linux
the facade is given a backend that makes the `org.freedesktop.Notifications.Notify` call over
D-Bus itself (jeepney, already used for the Secret Service) and raises when no notification
server answers. Elsewhere plyer's platform backend is used.

The toast and the tray message (a channel of its own too) need Qt: they are events the window
shows
(`AlertNotifyEvent`); with no window open they fail (and are retried when one is).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from desktop.alerts.delivery.outbox import Outgoing
from desktop.alerts.delivery.policy import DeliveryError
from desktop.alerts.delivery.sound import play_severity
from desktop.alerts.delivery.texts import DeliveryTexts
from desktop.core.alert_delivery import DESKTOP, SOUND, TOAST, TRAY, AlertNotifyEvent
from desktop.core.events import Event
from desktop.core.messages import marker

_t = marker("AlertDelivery")

APP_NAME = "Pregão"
NOTIFY_TIMEOUT_S = 5.0
_URGENCY = {"info": 1, "warning": 1, "critical": 2}  # freedesktop: 0 low, 1 normal, 2 critical


def _notification_facade():
    from plyer.facades import Notification

    class DBusNotification(Notification):
        """plyer's Notification facade, over D-Bus with the failure reported."""

        def _notify(self, **kwargs: Any) -> None:
            hints = kwargs.get("hints") or {}
            self.notification_id = notify_dbus(
                kwargs.get("app_name", APP_NAME), kwargs.get("title", ""),
                kwargs.get("message", ""), int(hints.get("urgency", 1)),
                int(kwargs.get("timeout", 10)) * 1000)

    return DBusNotification()


def notify_dbus(app_name: str, title: str, body: str, urgency: int = 1,
                expire_ms: int = 10_000) -> int:
    """`Notify` on the session bus; the server's notification id, or an exception."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    address = DBusAddress("/org/freedesktop/Notifications",
                          bus_name="org.freedesktop.Notifications",
                          interface="org.freedesktop.Notifications")
    call = new_method_call(address, "Notify", "susssasa{sv}i",
                           (app_name, 0, "", title, body, [], {"urgency": ("y", urgency)},
                            expire_ms))
    with closing(open_dbus_connection(bus="SESSION")) as connection:
        reply = connection.send_and_get_reply(call, timeout=NOTIFY_TIMEOUT_S)
    from jeepney import MessageType

    if reply.header.message_type is MessageType.error:
        raise RuntimeError(str(reply.body[0]) if reply.body else "error reply")
    return int(reply.body[0])


def native_notify(title: str, body: str, severity: str) -> None:
    """Blocking: the platform's notification, or an exception saying why not."""
    if sys.platform.startswith("linux"):
        _notification_facade().notify(title=title, message=body, app_name=APP_NAME,
                                      hints={"urgency": _URGENCY.get(severity, 1)}, timeout=10)
    else:
        from plyer import notification

        notification.notify(title=title, message=body, app_name=APP_NAME, timeout=10)


@dataclass(slots=True)
class DesktopChannel:
    """The native notification; when it fails and a window is open, the tray message."""

    publish: Callable[[Event], None]
    window_open: Callable[[], bool]
    texts: DeliveryTexts
    notify: Callable[[str, str, str], None] = native_notify
    name: str = DESKTOP

    async def send(self, message: Outgoing) -> str:
        try:
            await asyncio.to_thread(self.notify, message.title, message.body, message.severity)
            return ""
        except Exception as exc:
            reason = _reason(exc)
            if not self.window_open():
                raise DeliveryError(f"The desktop notification failed ({reason})") from None
            self.publish(AlertNotifyEvent("tray", message.title, message.body, message.severity,
                                          message.items[0].trigger_id if message.items else ""))
            # a Message: the outbox renders it in the UI's language for the history
            return _t("The desktop notification failed ({reason}); shown in the system tray",
                      reason=reason)


@dataclass(slots=True)
class WindowChannel:
    """A message the window shows: the in-app toast, or the system tray's balloon."""

    publish: Callable[[Event], None]
    window_open: Callable[[], bool]
    texts: DeliveryTexts
    name: str = TOAST

    async def send(self, message: Outgoing) -> str:
        if not self.window_open():
            raise DeliveryError(self.texts.no_window)
        self.publish(AlertNotifyEvent(self.name, message.title, message.body, message.severity,
                                      message.items[0].trigger_id if message.items else ""))
        return ""


def toast_channel(publish: Callable[[Event], None], window_open: Callable[[], bool],
                  texts: DeliveryTexts) -> WindowChannel:
    return WindowChannel(publish, window_open, texts, TOAST)


def tray_channel(publish: Callable[[Event], None], window_open: Callable[[], bool],
                 texts: DeliveryTexts) -> WindowChannel:
    return WindowChannel(publish, window_open, texts, TRAY)


@dataclass(slots=True)
class SoundChannel:
    name: str = SOUND

    async def send(self, message: Outgoing) -> str:
        try:
            await asyncio.to_thread(play_severity, message.severity)
        except Exception as exc:
            raise DeliveryError(f"The sound could not be played ({_reason(exc)})") from None
        return ""


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text[:160]}" if text else name
