"""Channel names as the trader reads them, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertChannelNames", text)


def channel_name(channel: str) -> str:
    return {
        "desktop": _t("Desktop notification"),
        "tray": _t("System tray message"),
        "toast": _t("In-app message"),
        "sound": _t("Sound"),
        "email": _t("Email"),
        "telegram": _t("Telegram"),
        "discord": _t("Discord"),
        "slack": _t("Slack"),
        "webhook": _t("Webhook"),
    }.get(channel, channel)


def state_name(state: str) -> str:
    return {"pending": _t("waiting"), "sending": _t("sending"), "sent": _t("sent"),
            "failed": _t("failed")}.get(state, state)
